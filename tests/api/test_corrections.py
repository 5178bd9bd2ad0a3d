"""Marking facts wrong through the API: hidden from every view and export but kept, undone on
request, refused without the token, kept across re-ingest, and listed in the audit."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

import nexus
from nexus.api import create_app
from nexus.export import export_csv, export_stix
from nexus.store.samples import ExtractionBuilder, place, sample_corpus
from nexus.store.schema import events

TOKEN = "correction-test-token"


@pytest.fixture
def writer(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db, token=TOKEN), base_url="http://localhost") as test_client:
        yield test_client


def auth(who: str | None = None) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    if who is not None:
        headers["X-Nexus-Analyst"] = who
    return headers


def event_at(client: TestClient, town: str) -> dict[str, Any]:
    events = client.get("/api/events", params={"limit": 100}).json()["items"]
    return next(e for e in events if e["place"] and e["place"]["name"] == town)


def relation_between(client: TestClient, source: str, target: str) -> dict[str, Any]:
    rows = client.get("/api/relations", params={"entity": source, "limit": 100}).json()["items"]
    return next(r for r in rows if r["target"]["name"] == target or r["source"]["name"] == target)


def mark(client: TestClient, kind: str, target: str, reason: str = "misread the report") -> Any:
    return client.post(
        "/api/corrections", json={"kind": kind, "target": target, "reason": reason}, headers=auth()
    )


def exported_text(db: str) -> str:
    with nexus.open(db) as kb, kb.store.connect() as connection:
        stix = io.StringIO()
        export_stix(connection, stix)
    return stix.getvalue()


def test_a_wrong_event_leaves_lists_detail_timeline_entity_and_exports_and_undo_restores_it(
    writer: TestClient, db: str, tmp_path: Any
) -> None:
    rally = event_at(writer, "Lahore")
    before_export = exported_text(db)
    assert rally["id"] in before_export

    response = mark(writer, "event", rally["id"], "the gathering was a funeral, not a rally")
    assert response.status_code == 201
    correction = response.json()
    assert correction["active"] is True and correction["who"] == "token holder"
    assert "rally" in correction["label"]

    ids = [e["id"] for e in writer.get("/api/events", params={"limit": 100}).json()["items"]]
    assert rally["id"] not in ids and ids  # the other events stay
    assert writer.get(f"/api/events/{rally['id']}").status_code == 404
    timeline = writer.get("/api/timeline").json()
    assert rally["id"] not in json.dumps(timeline)
    entity = writer.get("/api/entities/Lashkar-e-Taiba").json()["entity"]
    assert rally["id"] not in [e["id"] for e in entity["events"]]
    assert rally["id"] not in exported_text(db)
    found = writer.get("/api/search", params={"q": "rally"}).json()
    assert found["sentences"] and rally["id"] not in json.dumps(found)  # the sentence stays, unlinked
    statements = writer.get("/api/documents/d4").json()["statements"]
    assert rally["id"] not in [s["id"] for s in statements] and statements
    with nexus.open(db) as kb, kb.store.connect() as connection:
        export_csv(connection, tmp_path / "csv")
    assert rally["id"] not in (tmp_path / "csv" / "events.csv").read_text()

    # Kept, not deleted: the statement is still in the store, and undo brings the event back.
    with nexus.open(db) as kb, kb.store.connect() as connection:
        kept = connection.execute(select(events.c.id).where(events.c.id == rally["id"])).scalar()
    assert kept == rally["id"]
    undone = writer.post(f"/api/corrections/{correction['id']}/undo", headers=auth("Ana Lima"))
    assert undone.status_code == 200
    assert undone.json()["active"] is False and undone.json()["undone_by"] == "Ana Lima"
    assert writer.get(f"/api/events/{rally['id']}").status_code == 200
    assert rally["id"] in exported_text(db)
    again = writer.post(f"/api/corrections/{correction['id']}/undo", headers=auth())
    assert again.status_code == 409


def test_a_wrong_relation_leaves_network_relations_path_and_entity_links(writer: TestClient) -> None:
    link = relation_between(writer, "Lashkar-e-Taiba", "Muridke")
    assert mark(writer, "relation", link["id"], "the headquarters moved years ago").status_code == 201

    network = writer.get("/api/network", params={"entity": "Lashkar-e-Taiba", "depth": 1}).json()
    assert link["id"] not in [e["id"] for e in network["edges"]]
    assert "Muridke" not in [n["name"] for n in network["nodes"]]
    assert writer.get(f"/api/relations/{link['id']}").status_code == 404
    page = writer.get("/api/entities/Lashkar-e-Taiba").json()
    assert "based_in" not in page["linked"]
    assert (
        writer.get("/api/path", params={"source": "Lashkar-e-Taiba", "target": "Muridke"}).json()["found"]
        is False
    )

    active = writer.get("/api/corrections", params={"active": "true"}).json()
    assert [c["target"] for c in active] == [link["id"]]
    writer.post(f"/api/corrections/{active[0]['id']}/undo", headers=auth())
    assert writer.get(f"/api/relations/{link['id']}").status_code == 200


def test_a_wrong_report_no_longer_counts_in_the_event_figures(writer: TestClient) -> None:
    contradictions = writer.get("/api/contradictions").json()["items"]
    event_id = next(c["event_id"] for c in contradictions if c["field"] == "killed")
    event = writer.get(f"/api/events/{event_id}").json()
    higher = next(r for r in event["reports"] if r["killed"] and r["killed"]["value"] == 44)
    assert mark(writer, "report", higher["id"], "the toll includes a separate blast").status_code == 201
    figures = writer.get(f"/api/events/{event_id}").json()["figures"]["killed"]
    assert figures["min"] == figures["max"] == 40
    left = writer.get("/api/contradictions").json()["items"]
    assert [c for c in left if c["event_id"] == event_id and c["field"] == "killed"] == []


def test_marking_needs_the_token_a_reason_and_a_known_fact(writer: TestClient, client: TestClient) -> None:
    rally = event_at(writer, "Lahore")
    body = {"kind": "event", "target": rally["id"], "reason": "wrong"}
    assert writer.post("/api/corrections", json=body).status_code == 401
    assert (
        writer.post("/api/corrections", json=body, headers={"Authorization": "Bearer nope"}).status_code
        == 401
    )
    assert (
        client.post("/api/corrections", json=body, headers=auth()).status_code == 403
    )  # no token configured
    assert writer.post("/api/corrections/1/undo").status_code == 401
    assert mark(writer, "event", rally["id"], "   ").status_code == 422
    assert mark(writer, "event", "event-does-not-exist").status_code == 404
    assert mark(writer, "planet", rally["id"]).status_code == 422
    assert mark(writer, "event", rally["id"]).status_code == 201
    assert mark(writer, "event", rally["id"]).status_code == 409  # already hidden
    assert writer.get(f"/api/events/{rally['id']}").status_code == 404  # a failed write changed nothing


def later_report() -> Any:
    """A new document about the Lahore gathering, ingested after the correction."""
    text = "Lashkar-e-Taiba held a rally in Lahore on March 1, a second paper said."
    b = ExtractionBuilder("d5", text, outlet="Daily Times")
    let = b.entity("Lashkar-e-Taiba", country="PK")
    b.event(
        "rally", text, date="2019-03-01", at=place("Lahore", country="PK", lat=31.55, lon=74.34), actors=[let]
    )
    return b.build()


def revised_rally_report() -> Any:
    """A second version of the rally document (d4): reworded, same facts."""
    text = (
        "Several thousand people joined a Lashkar-e-Taiba rally in Lahore on March 1, organisers said. "
        "Lashkar-e-Taiba is headquartered in Muridke."
    )
    b = ExtractionBuilder("d4", text, outlet="Express Tribune", published=date(2019, 3, 2))
    let = b.entity("Lashkar-e-Taiba", country="PK")
    town = b.entity("Muridke", "PLACE", country="PK", at=place("Muridke", country="PK", lat=31.8, lon=74.26))
    lahore = place("Lahore", country="PK", lat=31.55, lon=74.34)
    b.event("rally", text.split(". ")[0] + ".", date="2019-03-01", at=lahore, actors=[let])
    b.relation(let, "based_in", town, "Lashkar-e-Taiba is headquartered in Muridke.", date="2019-03-02")
    return b.build()


def test_a_correction_survives_re_ingest(writer: TestClient, db: str) -> None:
    rally = event_at(writer, "Lahore")
    link = relation_between(writer, "Lashkar-e-Taiba", "Muridke")
    assert mark(writer, "event", rally["id"]).status_code == 201
    assert mark(writer, "relation", link["id"]).status_code == 201
    with nexus.open(db) as kb:
        kb.ingest([*sample_corpus(), later_report()])
        assert kb.ingest([revised_rally_report()]).updated == 1  # a new version of the rally's document
        assert [e.id for e in kb.events() if e.type == "rally"] == []  # no new event took its place
        assert [r.type for r in kb.relations("Lashkar-e-Taiba") if r.type == "based_in"] == []
    assert writer.get(f"/api/events/{rally['id']}").status_code == 404


def test_audit_lists_who_changed_what_and_when_newest_first(writer: TestClient) -> None:
    rally = event_at(writer, "Lahore")
    made = mark(writer, "event", rally["id"]).json()
    writer.post(f"/api/corrections/{made['id']}/undo", headers=auth("R%C3%BCdiger"))  # percent-encoded UTF-8
    merged = writer.post(
        "/api/entities/merge", json={"keep": "Lashkar-e-Taiba", "absorb": "ISI"}, headers=auth("Kim")
    )
    assert merged.status_code == 200
    split = writer.post(
        "/api/entities/split", json={"entity": "Lashkar-e-Taiba", "forms": ["ISI"]}, headers=auth("Kim")
    )
    assert split.status_code == 200 and split.json()["name"] == "ISI"

    entries = writer.get("/api/audit").json()["items"]
    assert [e["action"] for e in entries] == ["entity-split", "entity-merge", "undo", "correct"]
    assert [e["who"] for e in entries] == ["Kim", "Kim", "Rüdiger", "token holder"]
    assert all(e["at"] for e in entries)
    assert entries[3]["correction"]["id"] == made["id"] and entries[3]["correction"]["active"] is False
    assert entries[3]["detail"]["reason"] == "misread the report"


def test_audit_lists_merges_made_outside_the_api_without_who_or_when(writer: TestClient, db: str) -> None:
    with nexus.open(db) as kb:
        kb.merge("Lashkar-e-Taiba", "Muridke")
    entries = writer.get("/api/audit").json()["items"]
    assert [(e["action"], e["who"], e["at"]) for e in entries] == [("entity-merge", None, None)]


def test_event_merge_and_split_through_the_api_are_audited(writer: TestClient) -> None:
    contradictions = writer.get("/api/contradictions").json()["items"]
    event_id = next(c["event_id"] for c in contradictions if c["field"] == "killed")
    split = writer.post("/api/events/split", json={"event": event_id, "docs": ["d2"]}, headers=auth())
    assert split.status_code == 200
    new_id = split.json()["id"]
    merged = writer.post("/api/events/merge", json={"keep": event_id, "absorb": new_id}, headers=auth())
    assert merged.status_code == 200 and merged.json()["n_reports"] == 3
    actions = [e["action"] for e in writer.get("/api/audit").json()["items"]]
    assert actions == ["event-merge", "event-split"]


def test_a_wrong_event_leaves_the_contradictions_and_the_network_node_stays(writer: TestClient) -> None:
    contradictions = writer.get("/api/contradictions").json()["items"]
    event_id = next(c["event_id"] for c in contradictions if c["field"] == "killed")
    assert mark(writer, "event", event_id, "two incidents counted as one").status_code == 201
    assert [c for c in writer.get("/api/contradictions").json()["items"] if c["event_id"] == event_id] == []
    network = writer.get("/api/network", params={"entity": "Jaish-e-Mohammed", "depth": 1}).json()
    assert "ISI" in [n["name"] for n in network["nodes"]]  # only the event is hidden, not its actors' links


def test_an_event_marked_wrong_leaves_the_events_page_count_and_the_statistics(writer: TestClient) -> None:
    before = writer.get("/api/events", params={"limit": 100}).json()
    stats_before = writer.get("/api/stats").json()
    target = before["items"][0]
    assert mark(writer, "event", target["id"]).status_code in (200, 201)
    after = writer.get("/api/events", params={"limit": 100}).json()
    assert after["total"] == before["total"] - 1
    assert target["id"] not in {e["id"] for e in after["items"]}
    stats_after = writer.get("/api/stats").json()
    assert stats_after["n_events"] == stats_before["n_events"] - 1
    assert (
        stats_after["events_by_type"].get(target["type"], 0)
        == stats_before["events_by_type"][target["type"]] - 1
    )
