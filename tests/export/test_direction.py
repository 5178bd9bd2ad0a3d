"""Direction survives storage and every export: accusations read from the accuser to the accused.

Hostility used to be stored as an unordered pair (sorted ids), so half of
the accusations came out backwards. Each pair below is stated both ways
round by different documents, so whatever order the ids sort in, a
reversed edge would show.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from io import StringIO
from pathlib import Path

import networkx as nx
import pytest

import nexus
from nexus.export import export_csv, export_gexf, export_graphml, export_stix
from nexus.kb import KnowledgeBase
from nexus.store.samples import ExtractionBuilder

#: (accuser, accused, sentence) in invented words.
ACCUSATIONS = (
    (
        "Lowland Council",
        "River Legion",
        "The Lowland Council accused the River Legion of burning the granary.",
    ),
    ("Stone Guard", "Lowland Council", "The Stone Guard blamed the Lowland Council for the curfew."),
    ("River Legion", "Stone Guard", "The River Legion condemned the Stone Guard over the arrests."),
)


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    extractions = []
    for number, (accuser, accused, sentence) in enumerate(ACCUSATIONS):
        b = ExtractionBuilder(
            f"acc{number}", sentence, outlet=f"Outlet {number}", published=date(2022, 3, 1 + number)
        )
        a = b.entity(accuser, subtype="armed_group", country="ZZ")
        t = b.entity(accused, subtype="armed_group", country="ZZ")
        b.relation(a, "hostility", t, sentence, asserter=accuser)
        extractions.append(b.build())
    with nexus.open(f"sqlite:///{tmp_path / 'kb.db'}") as base:
        base.ingest(extractions)
        yield base


EXPECTED = {(accuser, accused) for accuser, accused, _ in ACCUSATIONS}


def test_the_store_keeps_the_accuser_as_source(kb: KnowledgeBase) -> None:
    found = {(r.source.name, r.target.name) for name in ("Stone Guard",) for r in kb.relations(name)}
    found |= {(r.source.name, r.target.name) for r in kb.relations("River Legion")}
    assert found == EXPECTED


def test_network_edges_keep_direction(kb: KnowledgeBase) -> None:
    edges = kb.network("Lowland Council", depth=2).edges
    assert {(e.source.name, e.target.name) for e in edges if e.type == "hostility"} == EXPECTED


def _labelled_edges(graph: nx.DiGraph) -> set[tuple[str, str]]:
    label = {node: data["label"] for node, data in graph.nodes(data=True)}
    return {(label[a], label[b]) for a, b, d in graph.edges(data=True) if d["relation_type"] == "hostility"}


def test_graphml_and_gexf_keep_direction(kb: KnowledgeBase, tmp_path: Path) -> None:
    for suffix, writer, reader in (
        (".graphml", export_graphml, nx.read_graphml),
        (".gexf", export_gexf, nx.read_gexf),
    ):
        path = tmp_path / f"kb{suffix}"
        with kb.store.connect() as connection, path.open("w", encoding="utf-8") as handle:
            writer(connection, handle)
        graph = reader(path)
        assert graph.is_directed()
        assert _labelled_edges(graph) == EXPECTED
        assert all(not d["symmetric"] for _, _, d in graph.edges(data=True))


def test_csv_edges_keep_direction(kb: KnowledgeBase, tmp_path: Path) -> None:
    with kb.store.connect() as connection:
        export_csv(connection, tmp_path / "csv")
    with (tmp_path / "csv" / "edges.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["source"], r["target"]) for r in rows if r["type"] == "hostility"} == EXPECTED
    assert {r["origin"] for r in rows} == {"stated"}


def test_stix_relationships_keep_direction(kb: KnowledgeBase) -> None:
    out = StringIO()
    with kb.store.connect() as connection:
        export_stix(connection, out)
    objects = json.loads(out.getvalue())["objects"]
    names = {o["id"]: o.get("name") for o in objects}
    links = [o for o in objects if o.get("x_nexus_relation_type") == "hostility"]
    assert {(names[o["source_ref"]], names[o["target_ref"]]) for o in links} == EXPECTED
    assert {o["x_nexus_origin"] for o in links} == {"stated"}
