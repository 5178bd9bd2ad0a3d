"""Neighbourhoods, shortest paths with evidence, filters, metrics, timelines, new links."""

from __future__ import annotations

from nexus.analyze import to_networkx
from nexus.kb import KnowledgeBase


def test_network_depth_one_is_the_direct_neighbours(kb: KnowledgeBase) -> None:
    network = kb.network("Jaish-e-Mohammed", depth=1)
    stated = {"Jaish-e-Mohammed", "Masood Azhar", "ISI", "Lashkar-e-Taiba"}
    assert {n.name for n in network.nodes} == stated | {"Pulwama"}  # the attack there is an event link
    assert network.centre.name == "Jaish-e-Mohammed"
    only_stated = kb.network("Jaish-e-Mohammed", depth=1, origins=["stated"])
    assert {n.name for n in only_stated.nodes} == stated
    assert {e.origin for e in only_stated.edges} == {"stated"}


def test_network_depth_two_reaches_second_ring(kb: KnowledgeBase) -> None:
    names = {n.name: n.depth for n in kb.network("Masood Azhar", depth=2).nodes}
    assert names == {"Masood Azhar": 0, "Jaish-e-Mohammed": 1, "ISI": 2, "Lashkar-e-Taiba": 2, "Pulwama": 2}


def test_network_without_hedged_links_drops_the_isi(kb: KnowledgeBase) -> None:
    names = {n.name for n in kb.network("Jaish-e-Mohammed", depth=1, include_hedged=False).nodes}
    assert "ISI" not in names


def test_network_filtered_by_relation_type(kb: KnowledgeBase) -> None:
    network = kb.network("Jaish-e-Mohammed", depth=1, types=["affiliation"])
    assert [e.type for e in network.edges] == ["affiliation"]


def test_network_time_window_excludes_later_links(kb: KnowledgeBase) -> None:
    names = {n.name for n in kb.network("Lashkar-e-Taiba", depth=1, until="2019-02-28").nodes}
    assert "Muridke" not in names


def test_copies_do_not_reach_min_sources(kb: KnowledgeBase) -> None:
    names = {n.name for n in kb.network("Jaish-e-Mohammed", depth=1, min_sources=2).nodes}
    assert names == {"Jaish-e-Mohammed"}


def test_network_converts_to_networkx(kb: KnowledgeBase) -> None:
    graph = to_networkx(kb.network("Jaish-e-Mohammed", depth=2))
    assert graph.number_of_nodes() == 6 and graph.number_of_edges() == 5
    origins = {data["type"]: data["origin"] for _, _, data in graph.edges(data=True)}
    assert origins["attacked"] == "event" and origins["affiliation"] == "stated"


def test_path_has_evidence_for_every_hop(kb: KnowledgeBase) -> None:
    path = kb.path("Masood Azhar", "Muridke")
    assert path.found
    assert [(h.source.name, h.relation.type, h.target.name) for h in path.hops] == [
        ("Masood Azhar", "affiliation", "Jaish-e-Mohammed"),
        ("Jaish-e-Mohammed", "cooperation", "Lashkar-e-Taiba"),
        ("Lashkar-e-Taiba", "based_in", "Muridke"),
    ]
    assert all(hop.evidence and hop.evidence[0].sentence for hop in path.hops)


def test_path_walks_relations_against_their_direction(kb: KnowledgeBase) -> None:
    path = kb.path("Muridke", "Masood Azhar")
    assert [h.source.name for h in path.hops] == ["Muridke", "Lashkar-e-Taiba", "Jaish-e-Mohammed"]


def test_no_path_when_filters_cut_the_chain(kb: KnowledgeBase) -> None:
    assert not kb.path("Masood Azhar", "Muridke", types=["affiliation", "based_in"]).found


def test_metrics_rank_the_hub_first(kb: KnowledgeBase) -> None:
    metrics = kb.metrics()
    assert metrics.rows[0].name == "Jaish-e-Mohammed" and metrics.rows[0].degree == 4
    assert metrics.n_nodes == 6 and metrics.n_communities >= 1
    assert metrics.links_by_origin == {"event": 1, "stated": 4}
    stated = kb.metrics(origins=["stated"])
    assert stated.n_edges == 4 and stated.links_by_origin == {"stated": 4}


def test_timeline_of_an_entity_is_in_date_order(kb: KnowledgeBase) -> None:
    items = kb.timeline("Lashkar-e-Taiba").items
    assert [(i.kind, str(i.date)) for i in items] == [
        ("link", "2019-02-15"),
        ("event", "2019-03-01"),
        ("link", "2019-03-02"),
    ]


def test_new_links_in_march(kb: KnowledgeBase) -> None:
    assert [r.type for r in kb.new_links("2019-03-01", "2019-03-31")] == ["based_in"]
