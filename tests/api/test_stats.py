"""``/api/stats``: the home page's numbers over a small knowledge base, and over an empty one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

import nexus
from nexus.api import create_app
from nexus.store.event_samples import events_corpus
from nexus.store.samples import ExtractionBuilder, sample_corpus


def test_stats_count_documents_outlets_events_entities_and_the_last_ingest(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    first, second = events_corpus()
    with nexus.open(url) as kb:
        kb.ingest(first)
        kb.ingest(second)
    with TestClient(create_app(url, token=None), base_url="http://localhost") as client:
        response = client.get("/api/stats")
    assert response.status_code == 200
    stats = response.json()
    assert stats["n_documents"] == 5 and stats["n_duplicates"] == 0
    assert stats["n_outlets"] == 4  # one outlet sent two of the reports
    assert stats["n_events"] == 4
    assert stats["events_by_type"] == {"attack": 2, "military_action": 1, "rally": 1}
    assert list(stats["events_by_type"]) == ["attack", "military_action", "rally"]  # most first
    assert stats["events_by_country"] == {"AF": 2, "IQ": 2}
    assert stats["n_contradictory_events"] == 0  # Mosul's 12 then 19 a day later: a toll that rose
    assert stats["event_dates"] == {"first": "2020-11-01", "last": "2022-01-15"}
    assert stats["published"] == {"first": "2020-11-02", "last": "2022-01-16"}
    assert stats["entities_by_type"] == {"ORG": 2, "PLACE": 2}
    assert stats["n_entities"] == 4
    assert stats["last_ingest"]["batch"] == 2
    assert stats["last_ingest"]["n_documents"] == 1
    assert stats["last_ingest"]["last_document"]["id"] == "ev-h1"


def test_stats_count_copies_and_keep_news_outlets_apart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    text = "The Harbour Courier reported that the Blue Dock Union met port officials."
    b = ExtractionBuilder("media-1", text, outlet="Harbour Courier", published=date(2022, 3, 4))
    b.entity("Harbour Courier", subtype="media")
    b.entity("Blue Dock Union")
    with nexus.open(url) as kb:
        kb.ingest([*sample_corpus(), b.build()])
    stats = client_stats(url)
    assert stats["n_documents"] == 5 and stats["n_duplicates"] == 1  # one wire copy
    assert stats["n_relations"] == 4  # stated links; those derived from events are counted apart
    assert isinstance(stats["n_event_links"], int) and stats["n_event_links"] > 0
    entities = stats["entities_by_type"]
    assert isinstance(entities, dict)
    assert entities["MEDIA"] == 1  # the outlet is counted apart, not as an actor
    assert entities["ORG"] == 4  # the three groups of the sample corpus and the union
    assert stats["n_entities"] == sum(n for t, n in entities.items() if t != "MEDIA")


def client_stats(url: str) -> dict[str, object]:
    with TestClient(create_app(url, token=None), base_url="http://localhost") as client:
        body: dict[str, object] = client.get("/api/stats").json()
    return body


def test_stats_of_an_empty_knowledge_base(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url):
        pass
    stats = client_stats(url)
    assert stats["n_documents"] == 0 and stats["n_events"] == 0 and stats["n_entities"] == 0
    assert stats["events_by_type"] == {} and stats["entities_by_type"] == {}
    assert stats["event_dates"] == {"first": None, "last": None}
    assert stats["last_ingest"] is None
