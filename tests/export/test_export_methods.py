"""Each event's means in every export: CSV columns, the ``method`` of graph edges derived from
events (GraphML and GEXF), STIX incidents (validated), JSON Lines reports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from stix2validator import validate_string

import nexus
from nexus.export import export_csv, export_gexf, export_graphml, export_stix
from nexus.export.jsonl import export_jsonl
from nexus.export.stix import EXTENSION_PROPERTIES
from nexus.kb import KnowledgeBase
from nexus.store.method_samples import method_corpus


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    url = f"sqlite:///{tmp_path_factory.mktemp('means-export') / 'kb.db'}"
    with nexus.open(url) as opened:
        opened.ingest(method_corpus())
        yield opened


def test_events_csv_has_the_means_columns(kb: KnowledgeBase, tmp_path: Path) -> None:
    with kb.store.connect() as connection:
        export_csv(connection, tmp_path)
    with (tmp_path / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    means = {(r["type"], r["place"]): (r["method"], r["methods"]) for r in rows}
    assert means == {
        ("attack", "Tarvello"): ("explosives", "explosives"),
        ("attack", "Quennard"): ("kidnapping", "kidnapping; firearms"),
        ("military_action", "Ostrava Nova"): ("airstrike", "airstrike"),
        ("rally", "Tarvello"): ("", ""),
    }


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_edges_from_events_carry_their_means(kb: KnowledgeBase, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"kb{suffix}"
    writer = export_graphml if suffix == ".graphml" else export_gexf
    with kb.store.connect() as connection, path.open("w", encoding="utf-8") as handle:
        writer(connection, handle)
    graph = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    edges = [data for _s, _t, data in graph.edges(data=True)]
    assert edges, "the bombing's actor and target give an event-derived edge"
    for data in edges:
        if data.get("origin") == "event":
            assert data["method"] == "explosives"
        else:
            assert "method" not in data


def test_stix_incidents_carry_their_means_and_validate(kb: KnowledgeBase) -> None:
    buffer = io.StringIO()
    with kb.store.connect() as connection:
        export_stix(connection, buffer)
    result = validate_string(buffer.getvalue())
    assert result.is_valid, [str(e) for e in result.errors]
    assert {"x_nexus_method", "x_nexus_methods"} <= set(EXTENSION_PROPERTIES)
    objects: list[dict[str, Any]] = json.loads(buffer.getvalue())["objects"]
    incidents = {o["name"]: o for o in objects if o["type"] == "incident"}
    quennard = next(o for name, o in incidents.items() if "Quennard" in name)
    assert (quennard["x_nexus_method"], quennard["x_nexus_methods"]) == (
        "kidnapping",
        ["kidnapping", "firearms"],
    )
    strike = next(o for name, o in incidents.items() if "Ostrava Nova" in name)
    assert strike["incident_type"] == "military-action" and strike["x_nexus_method"] == "airstrike"
    rally = next(o for o in objects if o.get("x_nexus_event_type") == "rally")
    assert "x_nexus_method" not in rally


def test_jsonl_reports_keep_their_own_means(kb: KnowledgeBase) -> None:
    buffer = io.StringIO()
    with kb.store.connect() as connection:
        export_jsonl(connection, buffer)
    said = sorted(
        event.get("method") or ""
        for line in buffer.getvalue().splitlines()
        for event in json.loads(line).get("extraction", {}).get("events", [])
    )
    assert said == ["", "airstrike", "explosives", "explosives", "firearms", "kidnapping"]
