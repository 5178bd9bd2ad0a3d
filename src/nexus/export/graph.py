"""GraphML and GEXF export: the relation graph for Gephi, Cytoscape, networkx and igraph.

The graph is the relation graph: a node per entity with at least one
exported relation, an edge per aggregated relation, directed from source
to target (hostility from the accuser or attacker to the accused or
attacked; ``symmetric`` marks cooperation and "met", whose direction means
nothing). Edges are stated relations (``origin`` "stated") and links derived
from events (``origin`` "event": claimed, attacked, struck, sanctioned, met,
visited, with the ``event_ids`` "; "-joined). Two entities may share several
edges of different types, so readers may build a multigraph. Events
themselves are not in the graph (see the CSV and STIX exports); an edge
derived from events carries their means as ``method`` (explosives, firearms
...: the means most reports of each event give, "; "-joined when they differ).

Node attributes: ``label`` (name), ``type``, ``subtype``, ``country``,
``aliases`` ("; "-joined), ``degree`` (in the exported graph), ``documents``,
``lat``/``lon`` for places. Edge attributes: ``relation_type``, ``roles``,
``sources`` (documents), ``independent_sources`` (a near-duplicate copy
counts once), ``statements``, ``first_seen``/``last_seen`` (ISO dates),
``hedged_share``, ``asserters``, ``symmetric``, ``relation_id`` (the Nexus id,
also the edge id), ``weight`` (independent
sources, for layouts), ``method`` (edges from events). A missing value is left out rather than written as
an empty string. GEXF edges also carry ``start``/``end`` (dynamic mode), so
Gephi's timeline can replay when links were seen.

Both files are written by hand as a stream: one pass over the relations
computes degrees (ids only), then nodes and edges are written page by page.
What the graph formats cannot carry: evidence sentences, per-report figures,
events, and the documents themselves.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from sqlalchemy.engine import Connection

from nexus.export.selection import ExportEntity, ExportRelation, ExportScope, Selection, as_selection
from nexus.store import reader
from nexus.store.event_links import SYMMETRIC_EVENT_LINKS
from nexus.store.linker import SYMMETRIC_RELATIONS
from nexus.store.methods import method_names

Progress = Callable[[int], None]

#: (name, GraphML type) of node and edge attributes, in file order.
NODE_ATTRIBUTES = (
    ("label", "string"),
    ("type", "string"),
    ("subtype", "string"),
    ("country", "string"),
    ("aliases", "string"),
    ("degree", "int"),
    ("documents", "int"),
    ("first_seen", "string"),
    ("last_seen", "string"),
    ("lat", "double"),
    ("lon", "double"),
)
EDGE_ATTRIBUTES = (
    ("relation_id", "string"),
    ("relation_type", "string"),
    ("roles", "string"),
    ("sources", "int"),
    ("independent_sources", "int"),
    ("statements", "int"),
    ("first_seen", "string"),
    ("last_seen", "string"),
    ("hedged_share", "double"),
    ("asserters", "string"),
    ("symmetric", "boolean"),
    ("weight", "double"),
    ("origin", "string"),
    ("event_ids", "string"),
    ("method", "string"),
)
_GEXF_TYPES = {"string": "string", "int": "integer", "double": "double", "boolean": "boolean"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class GraphSummary:
    nodes: int = 0
    edges: int = 0


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return escape(_NOT_XML.sub("", str(value)))


def _attr(value: object) -> str:
    return quoteattr(_NOT_XML.sub("", str(value)))


def node_values(entity: ExportEntity, degree: int) -> dict[str, Any]:
    values: dict[str, Any] = {
        "label": entity.name,
        "type": entity.type,
        "subtype": entity.subtype,
        "country": entity.country,
        "aliases": "; ".join(entity.aliases) or None,
        "degree": degree,
        "documents": entity.n_documents,
        "first_seen": entity.first_seen.isoformat() if entity.first_seen else None,
        "last_seen": entity.last_seen.isoformat() if entity.last_seen else None,
        "lat": entity.lat,
        "lon": entity.lon,
    }
    return {k: v for k, v in values.items() if v is not None}


def edge_values(relation: ExportRelation, methods: dict[str, str] | None = None) -> dict[str, Any]:
    """The attributes of an edge (missing ones left out). ``methods`` maps event ids to their means
    (``reader.event_methods``): an edge derived from events gets the distinct means of its events
    ("; "-joined, in the lexicon's order) as ``method``."""
    record = relation.record
    means = {methods[e] for e in record.event_ids if e in methods} if methods else set()
    rank = {name: i for i, name in enumerate(method_names())}
    values: dict[str, Any] = {
        "relation_id": record.id,
        "relation_type": record.type,
        "roles": "; ".join(record.roles) or None,
        "sources": relation.n_documents,
        "independent_sources": record.n_sources,
        "statements": record.n_statements,
        "first_seen": record.first_seen_text,
        "last_seen": record.last_seen_text,
        "hedged_share": record.hedged_share,
        "asserters": "; ".join(record.asserters) or None,
        "symmetric": record.type in SYMMETRIC_RELATIONS or record.type in SYMMETRIC_EVENT_LINKS,
        "weight": float(record.n_sources),
        "origin": record.origin,
        "event_ids": "; ".join(record.event_ids) or None,
        "method": "; ".join(sorted(means, key=lambda m: (rank.get(m, len(rank)), m))) or None,
    }
    return {k: v for k, v in values.items() if v is not None}


class _GraphStream:
    """Degrees first (one pass over relation ids), then nodes and edges page by page."""

    def __init__(self, selection: Selection, progress: Progress | None) -> None:
        self.selection = selection
        self.progress = progress or (lambda _n: None)
        self.degrees: Counter[str] = Counter()
        for rows in selection.relation_rows():
            for row in rows:
                self.degrees[row.source_id] += 1
                self.degrees[row.target_id] += 1

    def nodes(self) -> Iterator[tuple[ExportEntity, int]]:
        for page in self.selection.entity_pages(self.degrees):
            for entity in page:
                yield entity, self.degrees[entity.id]
            self.progress(len(page))

    def edges(self) -> Iterator[tuple[ExportRelation, dict[str, str]]]:
        """Each edge with the means of the events of its page (event id -> means)."""
        for page in self.selection.relation_pages():
            methods = reader.event_methods(
                self.selection.connection, [e for r in page for e in r.record.event_ids]
            )
            for relation in page:
                yield relation, methods
            self.progress(len(page))


def export_graphml(
    connection: Connection,
    out: IO[str],
    scope: ExportScope | Selection | None = None,
    *,
    progress: Progress | None = None,
) -> GraphSummary:
    """Write the relation graph of the scope as GraphML to ``out``."""
    stream = _GraphStream(as_selection(connection, scope), progress)
    summary = GraphSummary()
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for prefix, target, attributes in (("n", "node", NODE_ATTRIBUTES), ("e", "edge", EDGE_ATTRIBUTES)):
        for name, kind in attributes:
            out.write(f'  <key id="{prefix}_{name}" for="{target}" attr.name="{name}" attr.type="{kind}"/>\n')
    out.write('  <graph id="nexus" edgedefault="directed">\n')
    for entity, degree in stream.nodes():
        out.write(f"    <node id={_attr(entity.id)}>")
        for name, value in node_values(entity, degree).items():
            out.write(f'<data key="n_{name}">{_text(value)}</data>')
        out.write("</node>\n")
        summary.nodes += 1
    for relation, methods in stream.edges():
        record = relation.record
        out.write(
            f"    <edge id={_attr(record.id)} source={_attr(record.source.id)} "
            f"target={_attr(record.target.id)}>"
        )
        for name, value in edge_values(relation, methods).items():
            out.write(f'<data key="e_{name}">{_text(value)}</data>')
        out.write("</edge>\n")
        summary.edges += 1
    out.write("  </graph>\n</graphml>\n")
    return summary


def export_gexf(
    connection: Connection,
    out: IO[str],
    scope: ExportScope | Selection | None = None,
    *,
    progress: Progress | None = None,
) -> GraphSummary:
    """Write the relation graph of the scope as GEXF 1.2 (dynamic edges) to ``out``."""
    stream = _GraphStream(as_selection(connection, scope), progress)
    summary = GraphSummary()
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
        "  <meta><creator>Nexus</creator><description>Relation graph</description></meta>\n"
        '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n'
    )
    node_ids = {name: str(i) for i, (name, _) in enumerate(NODE_ATTRIBUTES) if name != "label"}
    edge_ids = {name: str(i) for i, (name, _) in enumerate(EDGE_ATTRIBUTES) if name != "weight"}
    for cls, attributes, ids in (("node", NODE_ATTRIBUTES, node_ids), ("edge", EDGE_ATTRIBUTES, edge_ids)):
        out.write(f'    <attributes class="{cls}" mode="static">\n')
        for name, kind in attributes:
            if name in ids:
                out.write(f'      <attribute id="{ids[name]}" title="{name}" type="{_GEXF_TYPES[kind]}"/>\n')
        out.write("    </attributes>\n")
    out.write("    <nodes>\n")
    for entity, degree in stream.nodes():
        values = node_values(entity, degree)
        out.write(f"      <node id={_attr(entity.id)} label={_attr(values.pop('label'))}>")
        _attvalues(out, values, node_ids)
        out.write("</node>\n")
        summary.nodes += 1
    out.write("    </nodes>\n    <edges>\n")
    for relation, methods in stream.edges():
        record = relation.record
        values = edge_values(relation, methods)
        times = ""
        if record.first_seen and record.last_seen:
            times = f' start="{record.first_seen.isoformat()}" end="{record.last_seen.isoformat()}"'
        out.write(
            f"      <edge id={_attr(record.id)} source={_attr(record.source.id)} "
            f"target={_attr(record.target.id)} label={_attr(record.type)} "
            f'weight="{values.pop("weight")}"{times}>'
        )
        _attvalues(out, values, edge_ids)
        out.write("</edge>\n")
        summary.edges += 1
    out.write("    </edges>\n  </graph>\n</gexf>\n")
    return summary


def _attvalues(out: IO[str], values: dict[str, Any], ids: dict[str, str]) -> None:
    if not values:
        return
    out.write("<attvalues>")
    for name, value in values.items():
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        out.write(f'<attvalue for="{ids[name]}" value={_attr(text)}/>')
    out.write("</attvalues>")
