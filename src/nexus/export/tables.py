"""CSV export: ``events.csv``, ``edges.csv`` and ``entities.csv`` in a directory.

``events.csv`` has GTD-like columns, one row per event (all its reports
folded in): ``event_id, date, date_precision, country, admin1, place, lat,
lon, type, actors, targets, killed_min, killed_max, injured_min,
injured_max, sources, hedged, reports, contradictory, method, methods,
place_derivation``. ``date`` is as
precise as ``date_precision`` says (``2019``, ``2019-02``, ``2019-02-14``).
Figures give the range of the values the reports state (each report keeps
its qualifier in the STIX and JSON Lines exports; an "at least 20" counts as
20 here); an empty cell means no report gave a figure. ``sources`` counts
independent documents (a near-duplicate copy counts once); ``hedged`` is the
share (0–1) of reports that hedge the event ("reportedly", "allegedly").
Actors and targets are names joined with "; ". ``method`` is the means of
the event most of its reports give (explosives, firearms, melee, vehicle,
incendiary, kidnapping, drone, missile, artillery, airstrike; empty when no
report names one) and ``methods`` every means they give ("; "-joined).
``place_derivation`` says how a point no gazetteer gives was derived from a
known place the text sets the event's place by ("at Lira", "between Gulu
and Lira", "about 25 km north of Lira"); empty for a gazetteer's own point.

``edges.csv``: ``source, target, type, first_seen, last_seen, sources,
independent_sources, hedged_share, asserters`` then ``roles, statements,
source_id, target_id, relation_id``; ``sources`` counts documents,
``independent_sources`` counts a near-duplicate copy once; then ``origin``
(``stated``: a sentence states the relation; ``event``: derived from events,
of type claimed, attacked, struck, sanctioned, met or visited) and
``event_ids`` ("; "-joined). Every edge reads from ``source`` to ``target``:
hostility from the accuser or attacker to the accused or attacked; only
cooperation and "met" have no direction. ``entities.csv``
(``id, name, type, subtype, country, aliases, documents, lat, lon``) lists
the entities the edges and events name, so the ids can be joined.

Rows are written as they are read. What CSV cannot carry: evidence
sentences, each report's own figures and qualifiers, and documents.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from nexus.export.selection import ExportEvent, ExportRelation, ExportScope, Selection, as_selection

Progress = Callable[[int], None]

EVENT_COLUMNS = (
    "event_id", "date", "date_precision", "country", "admin1", "place", "lat", "lon", "type",
    "actors", "targets", "killed_min", "killed_max", "injured_min", "injured_max", "sources",
    "hedged", "reports", "contradictory", "method", "methods", "place_derivation",
)  # fmt: skip
EDGE_COLUMNS = (
    "source", "target", "type", "first_seen", "last_seen", "sources", "independent_sources",
    "hedged_share", "asserters", "roles", "statements", "source_id", "target_id", "relation_id",
    "origin", "event_ids",
)  # fmt: skip
ENTITY_COLUMNS = ("id", "name", "type", "subtype", "country", "aliases", "documents", "lat", "lon")


@dataclass
class TablesSummary:
    events: int = 0
    edges: int = 0
    entities: int = 0


def _cell(value: Any) -> Any:
    return "" if value is None else value


def event_row(event: ExportEvent) -> dict[str, Any]:
    record = event.record
    place = record.place
    row: dict[str, Any] = {
        "event_id": record.id,
        "date": record.date,
        "date_precision": record.date_precision,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "place": place.name if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "place_derivation": place.derivation if place else None,
        "type": record.type,
        "method": record.method,
        "methods": "; ".join(record.methods),
        "actors": "; ".join(a.name for a in record.actors),
        "targets": "; ".join(t.name for t in record.targets),
        "sources": record.n_sources,
        "hedged": event.hedged_share,
        "reports": record.n_reports,
        "contradictory": int(record.contradictory),
    }
    for figure in ("killed", "injured"):
        summary = record.figures.get(figure)
        row[f"{figure}_min"] = summary.min if summary else None
        row[f"{figure}_max"] = summary.max if summary else None
    return {column: _cell(row[column]) for column in EVENT_COLUMNS}


def edge_row(relation: ExportRelation) -> dict[str, Any]:
    record = relation.record
    row = {
        "source": record.source.name,
        "target": record.target.name,
        "type": record.type,
        "first_seen": record.first_seen_text,
        "last_seen": record.last_seen_text,
        "sources": relation.n_documents,
        "independent_sources": record.n_sources,
        "hedged_share": record.hedged_share,
        "asserters": "; ".join(record.asserters),
        "roles": "; ".join(record.roles),
        "statements": record.n_statements,
        "source_id": record.source.id,
        "target_id": record.target.id,
        "relation_id": record.id,
        "origin": record.origin,
        "event_ids": "; ".join(record.event_ids),
    }
    return {column: _cell(row[column]) for column in EDGE_COLUMNS}


def export_csv(
    connection: Connection,
    out_dir: Path,
    scope: ExportScope | Selection | None = None,
    *,
    progress: Progress | None = None,
) -> TablesSummary:
    """Write ``events.csv``, ``edges.csv`` and ``entities.csv`` for the scope into ``out_dir``."""
    advance = progress or (lambda _n: None)
    selection = as_selection(connection, scope)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = TablesSummary()
    named: set[str] = set()
    with (out_dir / "events.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, EVENT_COLUMNS)
        writer.writeheader()
        for events_page in selection.event_pages():
            for event in events_page:
                writer.writerow(event_row(event))
                named.update(ref.id for ref in (*event.record.actors, *event.record.targets))
            summary.events += len(events_page)
            advance(len(events_page))
    with (out_dir / "edges.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, EDGE_COLUMNS)
        writer.writeheader()
        for relations_page in selection.relation_pages():
            for relation in relations_page:
                writer.writerow(edge_row(relation))
                named.update((relation.record.source.id, relation.record.target.id))
            summary.edges += len(relations_page)
            advance(len(relations_page))
    with (out_dir / "entities.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ENTITY_COLUMNS)
        writer.writeheader()
        pages = selection.entity_pages(None if selection.scope.is_everything else named)
        for entity_page in pages:
            for entity in entity_page:
                writer.writerow(
                    {
                        "id": entity.id,
                        "name": entity.name,
                        "type": entity.type,
                        "subtype": _cell(entity.subtype),
                        "country": _cell(entity.country),
                        "aliases": "; ".join(entity.aliases),
                        "documents": entity.n_documents,
                        "lat": _cell(entity.lat),
                        "lon": _cell(entity.lon),
                    }
                )
            summary.entities += len(entity_page)
            advance(len(entity_page))
    return summary
