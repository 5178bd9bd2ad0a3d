"""Read endpoints over the sample corpus: one behaviour per test."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def get(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def entity_id(client: TestClient, name: str) -> str:
    found: str = get(client, f"/api/entities/{name}")["entity"]["id"]
    return found


# -- search ------------------------------------------------------------------------------------


def test_suggest_matches_inside_names_prefix_first(client: TestClient) -> None:
    names = [e["name"] for e in get(client, "/api/search/suggest", q="ta")]
    assert names == ["Lashkar-e-Taiba"]
    assert get(client, "/api/search/suggest", q="jaish")[0]["name"] == "Jaish-e-Mohammed"


def test_suggest_treats_like_wildcards_as_text(client: TestClient) -> None:
    assert get(client, "/api/search/suggest", q="%") == []


def test_search_returns_names_and_evidence_sentences(client: TestClient) -> None:
    found = get(client, "/api/search", q="headquartered Muridke")
    assert [e["name"] for e in found["entities"]] == []
    assert found["sentences"][0]["sentence"] == "Lashkar-e-Taiba is headquartered in Muridke."


def test_search_needs_a_query(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": ""}).status_code == 422


# -- entities ----------------------------------------------------------------------------------


def test_entities_are_paginated(client: TestClient) -> None:
    first = get(client, "/api/entities", limit=2)
    second = get(client, "/api/entities", limit=2, offset=2)
    assert len(first["items"]) == 2 and first["has_more"] is True
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in second["items"])


def test_entities_filter_by_type(client: TestClient) -> None:
    people = get(client, "/api/entities", type="PERSON")["items"]
    assert [p["name"] for p in people] == ["Masood Azhar"]


def test_entity_page_groups_linked_actors_by_relation_type(client: TestClient) -> None:
    page = get(client, "/api/entities/Jaish-e-Muhammad")
    assert page["entity"]["name"] == "Jaish-e-Mohammed"
    assert set(page["linked"]) == {"affiliation", "cooperation", "attacked"}
    partners = {link["entity"]["name"] for link in page["linked"]["cooperation"]}
    assert partners == {"ISI", "Lashkar-e-Taiba"}
    (attacked,) = page["linked"]["attacked"]  # derived from the attack event
    assert (attacked["entity"]["name"], attacked["origin"], attacked["direction"]) == (
        "Pulwama",
        "event",
        "out",
    )


def test_entity_page_has_first_and_last_seen(client: TestClient) -> None:
    page = get(client, "/api/entities/Jaish-e-Mohammed")
    assert (page["first_seen"], page["last_seen"]) == ("2019-02-14", "2019-02-15")


def test_unknown_entity_is_404_with_a_message(client: TestClient) -> None:
    response = client.get("/api/entities/Nobody Brigade")
    assert response.status_code == 404
    assert "Nobody Brigade" in response.json()["detail"]


def test_unknown_entity_type_is_422(client: TestClient) -> None:
    assert client.get("/api/entities", params={"type": "ANIMAL"}).status_code == 422


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"offset": -1}, {"limit": "many"}])
def test_bad_paging_is_422(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/api/entities", params=params).status_code == 422


# -- events ------------------------------------------------------------------------------------


def test_events_filter_by_type(client: TestClient) -> None:
    assert [e["type"] for e in get(client, "/api/events", type="rally")["items"]] == ["rally"]


def test_events_filter_by_window(client: TestClient) -> None:
    assert [e["type"] for e in get(client, "/api/events", since="2019-02-20")["items"]] == ["rally"]
    assert [e["type"] for e in get(client, "/api/events", until="2019-02-28")["items"]] == ["attack"]


def test_events_filter_by_place(client: TestClient) -> None:
    assert [e["place"]["name"] for e in get(client, "/api/events", place="Lahore")["items"]] == ["Lahore"]


def test_events_filter_by_actor(client: TestClient) -> None:
    events = get(client, "/api/events", actor="Lashkar-e-Taiba")["items"]
    assert [e["type"] for e in events] == ["rally"]


def test_events_unknown_actor_is_404(client: TestClient) -> None:
    assert client.get("/api/events", params={"actor": "Nobody Brigade"}).status_code == 404


@pytest.mark.parametrize("since", ["yesterday", "2019-13", "2019-02-30"])
def test_events_bad_date_is_422(client: TestClient, since: str) -> None:
    response = client.get("/api/events", params={"since": since})
    assert response.status_code == 422
    assert response.json()["detail"]


def test_event_detail_has_every_report_and_its_figures(client: TestClient) -> None:
    attack = get(client, "/api/events", type="attack")["items"][0]
    event = get(client, f"/api/events/{attack['id']}")
    assert event["contradictory"] is False  # 40, then 44 from another outlet the next day: an update
    assert sorted({r["killed"]["value"] for r in event["reports"]}) == [40, 44]
    assert {r["doc_id"] for r in event["reports"]} == {"d1", "d2", "d3"}


def test_unknown_event_is_404(client: TestClient) -> None:
    assert client.get("/api/events/event-nope").status_code == 404


# -- relations, path, network ------------------------------------------------------------------


def test_relations_carry_evidence(client: TestClient) -> None:
    rows = get(client, "/api/relations", entity="Masood Azhar")["items"]
    assert [r["evidence"][0]["sentence"] for r in rows] == ["Masood Azhar leads Jaish-e-Mohammed."]


def test_relations_filter_by_type(client: TestClient) -> None:
    rows = get(client, "/api/relations", entity="Jaish-e-Mohammed", type="affiliation")["items"]
    assert [r["type"] for r in rows] == ["affiliation"]


def test_unknown_relation_type_is_422(client: TestClient) -> None:
    response = client.get("/api/relations", params={"entity": "Jaish-e-Mohammed", "type": "friendship"})
    assert response.status_code == 422


def test_relation_by_id_has_its_evidence(client: TestClient) -> None:
    row = get(client, "/api/relations", entity="Masood Azhar")["items"][0]
    found = get(client, f"/api/relations/{row['id']}")
    assert found["evidence"][0]["doc_id"] == "d1"


def test_unknown_relation_is_404(client: TestClient) -> None:
    assert client.get("/api/relations/relation-nope").status_code == 404


def test_path_has_evidence_per_hop(client: TestClient) -> None:
    found = get(client, "/api/path", source="Masood Azhar", target="Muridke")
    assert found["found"] is True
    assert len(found["hops"]) == 3
    assert all(hop["evidence"] for hop in found["hops"])


def test_path_unknown_end_is_404(client: TestClient) -> None:
    response = client.get("/api/path", params={"source": "Masood Azhar", "target": "Nobody Brigade"})
    assert response.status_code == 404


def test_network_gives_nodes_and_edges(client: TestClient) -> None:
    network = get(client, "/api/network", entity="Jaish-e-Mohammed", depth=1)
    names = {n["name"] for n in network["nodes"]}
    assert names == {"Jaish-e-Mohammed", "Masood Azhar", "ISI", "Lashkar-e-Taiba", "Pulwama"}
    assert len(network["edges"]) == 4
    (derived,) = [e for e in network["edges"] if e["origin"] == "event"]
    assert (derived["type"], derived["target"]["name"], derived["n_sources"]) == ("attacked", "Pulwama", 1)
    assert derived["event_ids"] and derived["first_seen"] == derived["last_seen"] == "2019-02-14"


def test_network_origin_filter_and_edge_evidence(client: TestClient) -> None:
    stated = get(client, "/api/network", entity="Jaish-e-Mohammed", depth=1, origin="stated")
    assert len(stated["edges"]) == 3 and {e["origin"] for e in stated["edges"]} == {"stated"}
    derived = get(client, "/api/network", entity="Jaish-e-Mohammed", depth=1, origin="event", evidence=1)
    (edge,) = derived["edges"]
    assert "Pulwama" in edge["evidence"][0]["sentence"]
    claimed = get(client, "/api/network", entity="Jaish-e-Mohammed", depth=1, type="claimed")
    assert claimed["edges"] == []


def test_network_without_hedged_drops_hedged_only_links(client: TestClient) -> None:
    network = get(client, "/api/network", entity="Jaish-e-Mohammed", depth=1, include_hedged=False)
    assert "ISI" not in {n["name"] for n in network["nodes"]}


def test_network_min_sources_drops_single_source_links(client: TestClient) -> None:
    network = get(client, "/api/network", entity="Jaish-e-Mohammed", depth=2, min_sources=2)
    assert network["edges"] == []


def test_network_time_window(client: TestClient) -> None:
    network = get(client, "/api/network", entity="Lashkar-e-Taiba", depth=1, since="2019-03-01")
    assert {n["name"] for n in network["nodes"]} == {"Lashkar-e-Taiba", "Muridke"}


def test_network_depth_is_bounded(client: TestClient) -> None:
    assert client.get("/api/network", params={"entity": "ISI", "depth": 9}).status_code == 422


# -- timeline, contradictions, documents -------------------------------------------------------


def test_timeline_has_events_and_links_oldest_first(client: TestClient) -> None:
    items = get(client, "/api/timeline")["items"]
    assert {i["kind"] for i in items} == {"event", "link"}
    dated = [i["date"] for i in items if i["date"]]
    assert dated == sorted(dated)


def test_contradictions_list_both_tolls(client: TestClient) -> None:
    rows = get(client, "/api/contradictions")["items"]
    assert [(r["field"], r["values"]) for r in rows] == [("killed", [40, 44])]


def test_document_has_text_and_mentions_with_spans(client: TestClient) -> None:
    document = get(client, "/api/documents/d4")
    for mention in document["mentions"]:
        assert document["text"][mention["start"] : mention["end"]] == mention["text"]
    assert {m["entity"]["name"] for m in document["mentions"]} == {"Lashkar-e-Taiba", "Muridke"}
    assert {s["kind"] for s in document["statements"]} == {"event", "relation"}


def test_documents_are_listed_in_ingest_order(client: TestClient) -> None:
    assert [d["id"] for d in get(client, "/api/documents")["items"]] == ["d1", "d2", "d3", "d4"]


def test_unknown_document_is_404(client: TestClient) -> None:
    assert client.get("/api/documents/nope").status_code == 404


def test_openapi_schema_lists_every_resource(client: TestClient) -> None:
    paths = get(client, "/openapi.json")["paths"]
    for resource in ("search", "entities", "events", "relations", "path", "network", "timeline"):
        assert f"/api/{resource}" in paths
    assert "/api/contradictions" in paths and "/api/documents/{doc_id}" in paths
