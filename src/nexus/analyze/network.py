"""Walking the relation graph in the database: neighbourhoods and shortest paths.

Both walk breadth-first with indexed SQL lookups (``relations.source_id`` /
``target_id``), one round trip per level, so their cost depends on the size
of the neighbourhood, not of the knowledge base: a million relations are
never loaded to answer a two-hop question. Edges are undirected for walking;
each relation keeps its own direction in the results.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from nexus.analyze.models import Network, NetworkNode, PathHop, PathResult
from nexus.store import linker, reader
from nexus.store.reader import RelationFilter
from nexus.store.records import EntityRef
from nexus.store.schema import relations

if TYPE_CHECKING:  # networkx loads when a graph is built, not at import
    import networkx as nx

#: Longest path searched, in hops.
MAX_PATH_HOPS = 6
#: A neighbourhood stops growing past this many nodes (and says so).
MAX_NODES = 5000


def _adjacent(connection: Connection, frontier: Iterable[str], relation_filter: RelationFilter) -> list[Any]:
    rows: dict[str, Any] = {}
    for batch in linker.chunks(sorted(frontier)):
        for column in (relations.c.source_id, relations.c.target_id):
            query = relation_filter.apply(
                select(relations.c.id, relations.c.source_id, relations.c.target_id).where(column.in_(batch))
            )
            for row in connection.execute(query):
                rows[row.id] = row
    return [rows[k] for k in sorted(rows)]


def neighbourhood(
    connection: Connection,
    centre: str,
    *,
    depth: int = 2,
    relation_filter: RelationFilter | None = None,
    max_nodes: int = MAX_NODES,
    evidence_per_edge: int = 0,
) -> Network:
    """Entities within ``depth`` hops of ``centre`` and every relation among them.

    Edges are stated relations and event-derived links (``origin``), each
    with up to ``evidence_per_edge`` evidence sentences.
    """
    relation_filter = relation_filter or RelationFilter()
    depths = {centre: 0}
    frontier = {centre}
    edge_ids: set[str] = set()
    truncated = False
    for level in range(1, depth + 1):
        if not frontier:
            break
        found: set[str] = set()
        for row in _adjacent(connection, frontier, relation_filter):
            for node in (row.source_id, row.target_id):
                if node not in depths:
                    if len(depths) >= max_nodes:
                        truncated = True
                        continue
                    depths[node] = level
                    found.add(node)
            if row.source_id in depths and row.target_id in depths:
                edge_ids.add(row.id)
        frontier = found
    if frontier and not truncated:  # relations among the outermost ring
        for row in _adjacent(connection, frontier, relation_filter):
            if row.source_id in depths and row.target_id in depths:
                edge_ids.add(row.id)
    rows: list[Any] = []
    for batch in linker.chunks(sorted(edge_ids)):
        rows.extend(connection.execute(select(relations).where(relations.c.id.in_(batch))).all())
    rows.sort(key=lambda r: r.id)
    refs = reader.entity_refs(connection, depths)
    nodes = [
        NetworkNode(**_ref(refs, node).model_dump(), depth=d)
        for node, d in sorted(depths.items(), key=lambda item: (item[1], item[0]))
    ]
    return Network(
        centre=_ref(refs, centre),
        depth=depth,
        nodes=nodes,
        edges=reader.relation_records(connection, rows, evidence_per_edge),
        truncated=truncated,
    )


def _ref(refs: dict[str, EntityRef], entity_id: str) -> EntityRef:
    return refs.get(entity_id) or EntityRef(id=entity_id, name=entity_id, type="ORG")


def shortest_path(
    connection: Connection,
    source: str,
    target: str,
    *,
    relation_filter: RelationFilter | None = None,
    max_hops: int = MAX_PATH_HOPS,
    evidence_per_hop: int = 3,
) -> PathResult:
    """A shortest chain of relations from ``source`` to ``target``, with evidence per hop.

    Bidirectional breadth-first search, expanding the smaller side each
    level; among equally short paths the one through the smallest ids wins,
    so the answer is stable.
    """
    relation_filter = relation_filter or RelationFilter()
    refs = reader.entity_refs(connection, [source, target])
    if source == target:
        return PathResult(source=_ref(refs, source), target=_ref(refs, target), found=True)
    parents: list[dict[str, tuple[str, str] | None]] = [{source: None}, {target: None}]
    frontiers: list[set[str]] = [{source}, {target}]
    distance: list[dict[str, int]] = [{source: 0}, {target: 0}]
    meeting: str | None = None
    for _ in range(max_hops):
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        if not frontiers[side]:
            break
        nxt: set[str] = set()
        for row in _adjacent(connection, frontiers[side], relation_filter):
            for here, there in ((row.source_id, row.target_id), (row.target_id, row.source_id)):
                if here in frontiers[side] and there not in parents[side]:
                    parents[side][there] = (here, row.id)
                    distance[side][there] = distance[side][here] + 1
                    nxt.add(there)
        frontiers[side] = nxt
        met = sorted((distance[1 - side][n], n) for n in nxt if n in parents[1 - side])
        if met:
            meeting = met[0][1]
            break
    if meeting is None:
        return PathResult(source=_ref(refs, source), target=_ref(refs, target), found=False)
    steps: list[tuple[str, str, str]] = []  # (from, to, relation id) in path order
    node = meeting
    while (link := parents[0][node]) is not None:
        steps.insert(0, (link[0], node, link[1]))
        node = link[0]
    node = meeting
    while (link := parents[1][node]) is not None:
        steps.append((node, link[0], link[1]))
        node = link[0]
    rows = connection.execute(select(relations).where(relations.c.id.in_([s[2] for s in steps]))).all()
    records = {r.id: r for r in reader.relation_records(connection, rows)}
    proofs = reader.relation_evidence(connection, list(records), evidence_per_hop)
    refs = reader.entity_refs(connection, [n for s in steps for n in s[:2]])
    hops = [
        PathHop(
            source=_ref(refs, a),
            target=_ref(refs, b),
            relation=records[rel],
            evidence=proofs.get(rel, []),
            forward=records[rel].source.id == a,
        )
        for a, b, rel in steps
    ]
    return PathResult(source=_ref(refs, source), target=_ref(refs, target), found=True, hops=hops)


def to_networkx(network: Network) -> nx.MultiDiGraph:
    """A networkx graph of a ``Network`` (node and edge attributes from the records)."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for node in network.nodes:
        graph.add_node(node.id, name=node.name, type=node.type, depth=node.depth)
    for edge in network.edges:
        graph.add_edge(
            edge.source.id,
            edge.target.id,
            key=edge.id,
            type=edge.type,
            origin=edge.origin,
            event_ids=edge.event_ids,
            n_sources=edge.n_sources,
            first_seen=edge.first_seen,
            last_seen=edge.last_seen,
            hedged_share=edge.hedged_share,
        )
    return graph
