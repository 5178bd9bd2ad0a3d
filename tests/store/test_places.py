"""Place pages: the events that happened at a place and the actors active there (store, CLI, API)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import nexus
from nexus.api import create_app
from nexus.cli.app import app
from nexus.model import Extraction
from nexus.store.samples import ExtractionBuilder, place

#: An invented town with three attacks by two groups, and a meeting in another town of the same country.
MARSH = place("Marshford", country="ZQ", admin1="Fen Province", lat=10.5, lon=20.5)
HILL = place("Hillcrest", country="ZQ", admin1="Upland Province", lat=11.5, lon=21.5)
REPORTS = (
    ("p1", "2022-04-02", "Tide Courier", "Crow Brigade", MARSH, "attack", 6, 9),
    ("p2", "2022-05-11", "Reed Gazette", "Crow Brigade", MARSH, "attack", 2, None),
    ("p3", "2022-06-20", "Tide Courier", "Ash Column", MARSH, "claim", None, None),
    ("p4", "2022-07-01", "Reed Gazette", "Ash Column", HILL, "attack", 4, 1),
)


def corpus() -> list[Extraction]:
    out = []
    for doc_id, day, outlet, group, where, kind, killed, injured in REPORTS:
        verb = "claimed an ambush" if kind == "claim" else "raided a depot"
        text = f"The {group} {verb} in {where.name} on {day}, officials in the area said."
        b = ExtractionBuilder(doc_id, text, outlet=outlet, published=date.fromisoformat(day))
        actor = b.entity(group, subtype="armed_group", country="ZQ")
        b.entity(where.name, "PLACE", country="ZQ", at=where)
        b.event(kind, text, date=day, at=where, actors=[actor], killed=killed, injured=injured)
        out.append(b.build())
    return out


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(corpus())
    yield url


def test_place_page_lists_the_events_there_and_the_actors(db: str) -> None:
    with nexus.open(db) as kb:
        page = kb.show("Marshford")
    assert [(e.type, e.date) for e in page.events] == [
        ("attack", "2022-04-02"),
        ("attack", "2022-05-11"),
        ("claim", "2022-06-20"),
    ]
    assert [(a.name, a.n_events) for a in page.actors] == [("Crow Brigade", 2), ("Ash Column", 1)]


def test_a_country_page_gathers_the_events_in_the_country(tmp_path: Path) -> None:
    b = ExtractionBuilder(
        "c1", "Zequa said the Crow Brigade raided a depot in Marshford.", outlet="Tide Courier"
    )
    b.entity("Zequa", "PLACE", country="ZQ", at=place("Zequa", kind="country", country="ZQ"))
    group = b.entity("Crow Brigade", subtype="armed_group", country="ZQ")
    b.event(
        "attack",
        "Zequa said the Crow Brigade raided a depot in Marshford.",
        date="2022-08-08",
        at=MARSH,
        actors=[group],
    )
    with nexus.open(f"sqlite:///{tmp_path / 'kb.db'}") as kb:
        kb.ingest([*corpus(), b.build()])
        page = kb.show("Zequa")
    assert len(page.events) == 5 and {e.place.name for e in page.events if e.place} == {
        "Marshford",
        "Hillcrest",
    }
    assert [(a.name, a.n_events) for a in page.actors] == [("Crow Brigade", 3), ("Ash Column", 2)]


def test_other_entities_keep_their_own_events_and_no_actor_list(db: str) -> None:
    with nexus.open(db) as kb:
        group = kb.show("Ash Column")
    assert {e.type for e in group.events} == {"attack", "claim"} and group.actors == []


def test_cli_show_renders_the_place_page(db: str) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["show", "Marshford", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "2022-05-11" in shown.output and "Crow Brigade\tORG\t2\t" in shown.output  # the actors there
    as_json = runner.invoke(app, ["show", "Marshford", "--db", db, "--json"])
    detail = json.loads(as_json.stdout)
    assert len(detail["events"]) == 3 and detail["actors"][0]["name"] == "Crow Brigade"


def test_api_entity_page_of_a_place_has_events_and_actors(db: str) -> None:
    with TestClient(create_app(db, token=None), base_url="http://localhost") as client:
        response = client.get("/api/entities/Marshford")
    assert response.status_code == 200
    page = response.json()
    first = page["events"][0]
    assert {k: first[k] for k in ("type", "date", "place", "killed", "injured")} == {
        "type": "attack",
        "date": "2022-04-02",
        "place": "Marshford",
        "killed": {"value": 6, "qualifier": "exact", "text": None},
        "injured": {"value": 9, "qualifier": "exact", "text": None},
    }
    assert all(e["at_place"] for e in page["events"]) and len(page["events"]) == 3
    assert [(a["name"], a["n_events"]) for a in page["actors"]] == [("Crow Brigade", 2), ("Ash Column", 1)]
    assert page["entity"]["actors"] == page["actors"]
