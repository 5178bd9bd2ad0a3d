"""Whole-graph measures: degree, betweenness, PageRank, communities; links new in a period.

The relation graph is loaded into networkx undirected, each pair weighted by
its number of independent sources. Everything random is seeded (Louvain,
betweenness sampling), so the same store gives the same numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from nexus.analyze.models import CentralityRow, GraphMetrics
from nexus.store import reader
from nexus.store.reader import RelationFilter
from nexus.store.records import RelationRecord
from nexus.store.schema import relations

if TYPE_CHECKING:  # networkx loads when a graph is built, not at import
    import networkx as nx

#: Above this many nodes betweenness is estimated from a sample of source nodes.
EXACT_BETWEENNESS_LIMIT = 2000
BETWEENNESS_SAMPLE = 500
SEED = 0
#: The best-sourced links listed (with evidence) in the metrics.
TOP_LINKS = 10


def relation_graph(
    connection: Connection, relation_filter: RelationFilter | None = None, rows: Sequence[Any] | None = None
) -> nx.Graph:
    """The (filtered) relation graph, undirected, weighted by independent sources.

    Stated and event-derived links both count (a ``RelationFilter`` with
    ``origins`` keeps one kind); ``rows`` are ``relations`` rows already read.
    """
    import networkx as nx

    graph = nx.Graph()
    if rows is None:
        rows = reader.all_relations(connection, relation_filter or RelationFilter())
    for row in rows:
        if graph.has_edge(row.source_id, row.target_id):
            graph[row.source_id][row.target_id]["weight"] += row.n_sources
        else:
            graph.add_edge(row.source_id, row.target_id, weight=row.n_sources)
    return graph


def graph_metrics(
    connection: Connection, relation_filter: RelationFilter | None = None, *, top: int | None = 50
) -> GraphMetrics:
    """Centrality and community of each entity, most central (PageRank) first."""
    import networkx as nx

    links = reader.all_relations(connection, relation_filter or RelationFilter())
    graph = relation_graph(connection, relation_filter, links)
    if graph.number_of_nodes() == 0:
        return GraphMetrics(n_nodes=0, n_edges=0, n_communities=0, betweenness_sampled=False, rows=[])
    by_origin = Counter(getattr(r, "origin", None) or "stated" for r in links)
    by_type = Counter(r.type for r in links)
    best = sorted(links, key=lambda r: (-r.n_sources, -r.n_statements, r.id))[:TOP_LINKS]
    sampled = graph.number_of_nodes() > EXACT_BETWEENNESS_LIMIT
    betweenness = nx.betweenness_centrality(
        graph, k=min(BETWEENNESS_SAMPLE, graph.number_of_nodes()) if sampled else None, seed=SEED
    )
    pagerank = nx.pagerank(graph, weight="weight")
    communities = sorted(
        (sorted(c) for c in nx.community.louvain_communities(graph, weight="weight", seed=SEED)),
        key=lambda c: (-len(c), c[0]),
    )
    community_of = {node: index for index, members in enumerate(communities) for node in members}
    ranked = sorted(graph.nodes, key=lambda n: (-pagerank[n], n))
    if top is not None:
        ranked = ranked[:top]
    refs = reader.entity_refs(connection, ranked)
    rows = [
        CentralityRow(
            **(refs[n].model_dump() if n in refs else {"id": n, "name": n, "type": "ORG"}),
            degree=graph.degree(n),
            betweenness=round(betweenness[n], 6),
            pagerank=round(pagerank[n], 6),
            community=community_of[n],
        )
        for n in ranked
    ]
    return GraphMetrics(
        n_nodes=graph.number_of_nodes(),
        n_edges=graph.number_of_edges(),
        n_communities=len(communities),
        betweenness_sampled=sampled,
        rows=rows,
        links_by_origin=dict(sorted(by_origin.items())),
        links_by_type=dict(sorted(by_type.items())),
        top_links=reader.relation_records(connection, best, evidence_per_relation=1),
    )


def new_links(
    connection: Connection,
    since: date,
    until: date | None = None,
    relation_filter: RelationFilter | None = None,
) -> list[RelationRecord]:
    """Relations first seen within [since, until], in order of first sighting."""
    query = select(relations).where(relations.c.first_seen >= since)
    if until is not None:
        query = query.where(relations.c.first_seen <= until)
    if relation_filter is not None:
        query = relation_filter.apply(query)
    rows = connection.execute(query.order_by(relations.c.first_seen, relations.c.id)).all()
    return reader.relation_records(connection, rows, evidence_per_relation=1)
