"""GraphML and GEXF: read back by networkx and igraph with their attributes."""

from __future__ import annotations

from pathlib import Path

import igraph
import networkx as nx
import pytest

import nexus
from nexus.export import ExportScope, export_gexf, export_graphml
from nexus.kb import KnowledgeBase
from nexus.store.samples import ExtractionBuilder


def write(kb: KnowledgeBase, path: Path, scope: ExportScope | None = None) -> Path:
    writer = export_graphml if path.suffix == ".graphml" else export_gexf
    with kb.store.connect() as connection, path.open("w", encoding="utf-8") as handle:
        writer(connection, handle, scope)
    return path


def by_label(graph: nx.Graph, label: str) -> str:
    return str(next(n for n, data in graph.nodes(data=True) if data.get("label") == label))


def test_networkx_reads_graphml_nodes_and_edges(kb: KnowledgeBase, tmp_path: Path) -> None:
    graph = nx.read_graphml(write(kb, tmp_path / "kb.graphml"))
    assert graph.number_of_nodes() == 6 and graph.number_of_edges() == 5  # 3 stated, 2 from events


def test_graphml_node_attributes(kb: KnowledgeBase, tmp_path: Path) -> None:
    graph = nx.read_graphml(write(kb, tmp_path / "kb.graphml"))
    group = graph.nodes[by_label(graph, "Red Hand Brigade")]
    assert (group["type"], group["subtype"], group["country"]) == ("ORG", "armed_group", "PK")
    assert group["degree"] == 4
    assert graph.nodes[by_label(graph, "Sarak")]["lat"] == 35.2


def test_graphml_degree_matches_the_graph(kb: KnowledgeBase, tmp_path: Path) -> None:
    graph = nx.read_graphml(write(kb, tmp_path / "kb.graphml"))
    assert all(data["degree"] == graph.degree(node) for node, data in graph.nodes(data=True))


def test_graphml_edge_attributes(kb: KnowledgeBase, tmp_path: Path) -> None:
    graph = nx.read_graphml(write(kb, tmp_path / "kb.graphml"))
    edge = next(d for _, _, d in graph.edges(data=True) if d["relation_type"] == "cooperation")
    assert (edge["sources"], edge["independent_sources"], edge["hedged_share"]) == (2, 2, 0.5)
    assert (edge["first_seen"], edge["last_seen"], edge["symmetric"]) == ("2021-05-03", "2021-05-04", True)


def test_igraph_reads_graphml(kb: KnowledgeBase, tmp_path: Path) -> None:
    graph = igraph.Graph.Read_GraphML(str(write(kb, tmp_path / "kb.graphml")))
    assert (graph.vcount(), graph.ecount()) == (6, 5)
    assert graph.is_directed()
    assert sorted(graph.es["relation_type"]) == [
        "affiliation",
        "attacked",
        "based_in",
        "cooperation",
        "sanctioned",
    ]
    assert "Tariq Vale" in graph.vs["label"]


def test_networkx_reads_gexf_with_attributes(kb: KnowledgeBase, tmp_path: Path) -> None:
    graph = nx.read_gexf(write(kb, tmp_path / "kb.gexf"))
    assert graph.number_of_nodes() == 6 and graph.number_of_edges() == 5
    group = graph.nodes[by_label(graph, "Red Hand Brigade")]
    assert (group["type"], group["degree"]) == ("ORG", 4)
    edge = next(d for _, _, d in graph.edges(data=True) if d["relation_type"] == "cooperation")
    assert (edge["independent_sources"], edge["weight"]) == (2, 2.0)


def test_gexf_edges_carry_their_time_span(kb: KnowledgeBase, tmp_path: Path) -> None:
    graph = nx.read_gexf(write(kb, tmp_path / "kb.gexf"))
    edge = next(d for _, _, d in graph.edges(data=True) if d["relation_type"] == "cooperation")
    assert (edge["start"], edge["end"]) == ("2021-05-03", "2021-05-04")


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_names_with_markup_characters_survive(tmp_path: Path, suffix: str) -> None:
    text = 'The "Hawks & Lions" <Front> is allied with Group Nine.'
    builder = ExtractionBuilder("m1", text)
    hawks = builder.entity('"Hawks & Lions" <Front>')
    nine = builder.entity("Group Nine")
    builder.relation(hawks, "cooperation", nine, text)
    with nexus.open(f"sqlite:///{tmp_path / 'm.db'}") as kb:
        kb.ingest([builder.build()])
        path = write(kb, tmp_path / f"m{suffix}")
    graph = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert '"Hawks & Lions" <Front>' in {d["label"] for _, d in graph.nodes(data=True)}


def test_min_sources_filter_keeps_corroborated_edges(kb: KnowledgeBase, tmp_path: Path) -> None:
    graph = nx.read_graphml(write(kb, tmp_path / "kb.graphml", ExportScope(min_sources=2)))
    labels = sorted(d["label"] for _, d in graph.nodes(data=True))
    assert labels == ["Kalam", "Northern Front", "Red Hand Brigade"]  # two outlets report the attack there
