"""Links derived from events: who claimed, attacked, struck, sanctioned, met or visited whom, and where.

A stated relation comes from a sentence that states it ("X is allied with
Y"). Most reports state no relation but describe an event: a group claims an
attack in a town, an army strikes a province, two ministers meet. Each
current report of such an event yields typed, dated links from its actors to
its targets and to its place:

==================  =============  ===========================================
event type          link type      ends
==================  =============  ===========================================
claim               claimed        actor -> target, actor -> place
attack              attacked       actor -> target, actor -> place
military_action     struck         actor -> target, actor -> place
sanction            sanctioned     actor -> target
meeting             met            actor -> target, actor <-> actor (sorted)
visit               visited        actor -> target, actor -> place
==================  =============  ===========================================

They live in ``relations`` with ``origin = "event"`` (stated ones have
``origin = "stated"``), so the network, paths, metrics, timelines and exports
walk them with the stated ones and a ``RelationFilter(origins=...)`` keeps
them apart. ``event_link_reports`` keeps one row per (link, report): the
evidence sentence, the date (the report's own date, else the publication
date), the independent source (a near-duplicate copy counts for its
original), with the date's precision (``seen_precision``: a report dated
only "in 2019" gives 2019 as a year, not 2019-01-01, and a link's
``first_seen_precision`` / ``last_seen_precision`` keep it).
``refresh_event_links`` recomputes the links of a collection of events (the
store calls it whenever it refreshes events: ingest, manual merges and
splits, entity overrides).

Extraction errors must not become links, so each end is checked against
``ontology/event_links.yaml``: actors are people, organisations and
states (or their regions and cities), never news outlets or the platforms
a claim is posted on ("claimed the raid on its Telegram channel"); the
place is a place entity; a target that is the report's place under another
type, or a "person" named like a street, is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import delete, exists, insert, inspect, select
from sqlalchemy.engine import Connection

from nexus import ontology
from nexus.model import stable_id
from nexus.resolve.events import PRECISION_RANK
from nexus.resolve.names import name_key
from nexus.store import linker
from nexus.store.records import EvidenceRecord
from nexus.store.schema import (
    documents,
    entities,
    entity_aliases,
    event_link_reports,
    event_reports,
    events,
    evidence,
    mentions,
    relations,
    report_entities,
)

#: Event type -> the type of the links its reports yield.
EVENT_LINK_TYPES = {
    "claim": "claimed",
    "attack": "attacked",
    "military_action": "struck",
    "sanction": "sanctioned",
    "meeting": "met",
    "visit": "visited",
}
#: Link types whose place is an end too (where a group claimed, attacked, struck or visited).
PLACE_LINKS = frozenset({"claimed", "attacked", "struck", "visited"})
#: Link types that read the same both ways; their pair is stored sorted.
SYMMETRIC_EVENT_LINKS = frozenset({"met"})
#: The ``origin`` of stated and of event-derived relations.
STATED, EVENT = "stated", "event"
#: Prefix of event-link ids (``stable_id`` kind).
ID_KIND = "eventlink"


def event_link_id(source_id: str, link_type: str, target_id: str) -> str:
    """The id of the event link of ``link_type`` from ``source_id`` to ``target_id`` (sorted if symmetric)."""
    source_id, target_id = _ends(source_id, link_type, target_id)
    return stable_id(ID_KIND, source_id, link_type, target_id)


def is_event_link(relation_id: str) -> bool:
    """Whether a relation id names an event-derived link."""
    return relation_id.startswith(ID_KIND + "-")


def _ends(source_id: str, link_type: str, target_id: str) -> tuple[str, str]:
    if link_type in SYMMETRIC_EVENT_LINKS and target_id < source_id:
        return target_id, source_id
    return source_id, target_id


def report_link_pairs(
    link_type: str, actors: Sequence[str], targets: Sequence[str], place: str | None
) -> list[tuple[str, str]]:
    """The (source, target) pairs one report yields, in order, without self-links or repeats.

    ``actors`` and ``targets`` are canonical entity ids; ``place`` the
    canonical id of the report's place, if it names one.
    """
    ends: list[str] = list(targets)
    if place is not None and link_type in PLACE_LINKS and place not in targets:
        ends.append(place)
    pairs: list[tuple[str, str]] = []
    for actor in actors:
        for end in ends:
            if end != actor:
                pairs.append(_ends(actor, link_type, end))
    if link_type in SYMMETRIC_EVENT_LINKS:
        for i, a in enumerate(actors):
            for b in actors[i + 1 :]:
                if a != b:
                    pairs.append(_ends(a, link_type, b))
    return list(dict.fromkeys(pairs))


def derive_link_rows(connection: Connection, event_ids: Sequence[str]) -> list[dict[str, Any]]:
    """``event_link_reports`` rows for the current reports of ``event_ids`` (nothing is written)."""
    reports = _current_reports(connection, event_ids)
    if not reports:
        return []
    ends = _report_ends(connection, reports)
    places = _place_ids(connection, reports)
    out: list[dict[str, Any]] = []
    for report in reports:
        link_type = EVENT_LINK_TYPES[report.type]
        actors = sorted({c for c, role in ends.get(report.id, []) if role == "actor"})
        targets = sorted({c for c, role in ends.get(report.id, []) if role == "target"} - set(actors))
        place = places.get(report.id)
        for source_id, target_id in report_link_pairs(link_type, actors, targets, place):
            out.append(
                {
                    "relation_id": event_link_id(source_id, link_type, target_id),
                    "report_id": report.id,
                    "event_id": report.event_id,
                    "source_id": source_id,
                    "type": link_type,
                    "target_id": target_id,
                    "seen": report.date_day or report.published,
                    "seen_precision": (report.date_precision or "day") if report.date_day else "day",
                    "doc_id": report.doc_id,
                    "source_key": linker.row_source(report),
                    "evidence_id": report.evidence_id,
                    "hedged": bool(report.hedged),
                    "asserter": report.asserter,
                }
            )
    return out


def _current_reports(connection: Connection, event_ids: Sequence[str]) -> list[Any]:
    """Current reports of ``event_ids`` whose type yields links and that name an actor (explicit
    columns: migrations call this).

    Every link starts at an actor (``report_link_pairs``), so a report naming none yields no
    link: a famous attack recalled in passing by thousands of reports without its perpetrator
    is not read again each time one more report recalls it.
    """
    names_actor = exists().where(
        report_entities.c.report_id == event_reports.c.id, report_entities.c.role == "actor"
    )
    out: list[Any] = []
    for batch in linker.chunks(event_ids):
        out.extend(
            connection.execute(
                select(
                    event_reports.c.id,
                    event_reports.c.event_id,
                    event_reports.c.type,
                    event_reports.c.doc_id,
                    event_reports.c.doc_version,
                    event_reports.c.date_day,
                    event_reports.c.date_precision,
                    event_reports.c.published,
                    event_reports.c.place_name,
                    event_reports.c.country,
                    event_reports.c.evidence_id,
                    event_reports.c.hedged,
                    event_reports.c.asserter,
                    event_reports.c.outlet,
                    documents.c.duplicate_of,
                    linker.original_documents.c.outlet.label("original_outlet"),
                )
                .join(documents, documents.c.id == event_reports.c.doc_id)
                .outerjoin(
                    linker.original_documents,
                    linker.original_documents.c.id == documents.c.duplicate_of,
                )
                .where(
                    event_reports.c.event_id.in_(batch),
                    event_reports.c.superseded.is_(False),
                    event_reports.c.type.in_(sorted(EVENT_LINK_TYPES)),
                    names_actor,
                )
                .order_by(event_reports.c.id)
            ).all()
        )
    return out


def backfill(connection: Connection) -> int:
    """Derive the links of every stored event (a store written before event links); returns how many.

    A store not yet migrated to the newest link columns (``seen_precision``)
    is left alone: the migration that adds them derives the links again.
    """
    columns = {column["name"] for column in inspect(connection).get_columns(event_link_reports.name)}
    if "seen_precision" not in columns:
        return 0
    ids = list(connection.execute(select(events.c.id).order_by(events.c.id)).scalars())
    return len(refresh_event_links(connection, ids))


@cache
def _rules() -> dict[str, Any]:
    """``ontology/event_links.yaml``, with its word lists as sets."""
    data = ontology.table("event_links.yaml")
    return {
        "actor_types": {k: (None if v is None else frozenset(v)) for k, v in data["actor_types"].items()},
        "place_types": {k: (None if v is None else frozenset(v)) for k, v in data["place_types"].items()},
        "platforms": frozenset(name_key(w) for w in data["platforms"]),
        "place_words": frozenset(data["place_name_words"]),
        "place_suffixes": tuple(data["place_name_suffixes"]),
        "counterparts": frozenset(data["counterpart_links"]),
    }


def _allowed(types: dict[str, frozenset[str] | None], entity_type: str, subtype: str | None) -> bool:
    """Whether the type is listed and so is the subtype (an entity without a subtype passes)."""
    if entity_type not in types:
        return False
    subtypes = types[entity_type]
    return subtypes is None or not subtype or subtype in subtypes


def named_like_a_place(name: str) -> bool:
    """Whether a name's last word says it is a place ("Harbour Road", "Lindenstraße")."""
    words = name_key(name).split()
    if not words:
        return False
    rules = _rules()
    return words[-1] in rules["place_words"] or (
        len(words) == 1 and words[-1].endswith(rules["place_suffixes"])
    )


def end_allowed(
    role: str,
    entity_type: str,
    subtype: str | None,
    name: str,
    place_name: str | None = None,
    link_type: str | None = None,
) -> bool:
    """Whether an entity of a report may be an end of its event links in ``role``.

    ``role`` is ``actor`` or ``target``; ``place_name`` is the report's place
    and ``link_type`` the type of its links. Never a news outlet (subtype
    ``media``) or a platform; an actor (or the target of a counterpart link
    such as ``met``) only of ``actor_types``; a target that is no place
    entity but bears the report's place name, or a person named like a
    place, is an extraction error.
    """
    rules = _rules()
    if subtype == "media" or name_key(name) in rules["platforms"]:
        return False
    acts = role == "actor" or link_type in rules["counterparts"]
    if acts and not _allowed(rules["actor_types"], entity_type, subtype):
        return False
    if entity_type != "PLACE" and place_name and name_key(name) == name_key(place_name):
        return False
    return not (entity_type == "PERSON" and named_like_a_place(name))


def place_allowed(entity_type: str, subtype: str | None) -> bool:
    """Whether an entity may be the place end of an event link (``place_types``)."""
    return _allowed(_rules()["place_types"], entity_type, subtype)


def _report_ends(connection: Connection, reports: Sequence[Any]) -> dict[str, list[tuple[str, str]]]:
    """Report id -> [(canonical id, role)] of the entities allowed as link ends (``end_allowed``)."""
    out: dict[str, list[tuple[str, str]]] = {}
    place_of = {r.id: r.place_name for r in reports}
    link_of = {r.id: EVENT_LINK_TYPES.get(r.type) for r in reports}
    for batch in linker.chunks(list(place_of)):
        rows = connection.execute(
            select(
                report_entities.c.report_id,
                mentions.c.canonical_id,
                report_entities.c.role,
                mentions.c.type,
                mentions.c.subtype,
                mentions.c.name,
            )
            .join(mentions, mentions.c.id == report_entities.c.mention_id)
            .where(report_entities.c.report_id.in_(batch))
        )
        for report_id, canonical_id, role, entity_type, subtype, name in rows:
            if end_allowed(role, entity_type, subtype, name, place_of[report_id], link_of[report_id]):
                out.setdefault(report_id, []).append((canonical_id, role))
    return out


def _place_ids(connection: Connection, reports: Sequence[Any]) -> dict[str, str]:
    """Report id -> canonical id of the place mention its document names by the report's place name."""
    wanted = {(r.doc_id, r.doc_version): r for r in reports if r.place_name}
    if not wanted:
        return {}
    by_key: dict[tuple[str, int, str], str] = {}
    for batch in linker.chunks(sorted({doc_id for doc_id, _ in wanted})):
        rows = connection.execute(
            select(
                mentions.c.doc_id,
                mentions.c.doc_version,
                mentions.c.canonical_id,
                mentions.c.name,
                mentions.c.aliases,
                mentions.c.type,
                mentions.c.subtype,
            )
            .where(mentions.c.doc_id.in_(batch), mentions.c.type == "PLACE", mentions.c.superseded.is_(False))
            .order_by(mentions.c.id)
        )
        for doc_id, version, canonical_id, name, aliases, entity_type, subtype in rows:
            if not place_allowed(entity_type, subtype):
                continue
            for form in (name, *(aliases or [])):
                by_key.setdefault((doc_id, version, name_key(form)), canonical_id)
    out: dict[str, str] = {}
    unnamed: list[Any] = []
    for report in reports:
        if report.place_name:
            found = by_key.get((report.doc_id, report.doc_version, name_key(report.place_name)))
            if found is not None:
                out[report.id] = found
            else:
                unnamed.append(report)
    if unnamed:  # the document names the place only as the event's place: a known place of that name
        known = _known_places(connection, {name_key(r.place_name) for r in unnamed})
        for report in unnamed:
            candidates = known.get(name_key(report.place_name), [])
            same = [c for c, country in candidates if report.country and country == report.country]
            chosen = same or ([c for c, _ in candidates] if len(candidates) == 1 else [])
            if chosen:
                out[report.id] = chosen[0]
    return out


def _known_places(connection: Connection, keys: set[str]) -> dict[str, list[tuple[str, str | None]]]:
    """Name key -> [(canonical id, country)] of stored places with that name, most documented first."""
    out: dict[str, list[tuple[str, str | None]]] = {}
    for batch in linker.chunks(sorted(keys)):
        for key, entity_id, country in connection.execute(
            select(entity_aliases.c.alias_key, entities.c.id, entities.c.country)
            .join(entities, entities.c.id == entity_aliases.c.entity_id)
            .where(
                entity_aliases.c.alias_key.in_(batch), entities.c.type == "PLACE", entities.c.n_mentions > 0
            )
            .order_by(entities.c.n_documents.desc(), entities.c.id)
        ):
            out.setdefault(key, []).append((entity_id, country))
    return out


def refresh_event_links(connection: Connection, event_ids: Iterable[str]) -> set[str]:
    """Recompute the event links of ``event_ids`` (and every link they touched); returns the link ids.

    Works per batch: the rows of these events are replaced by what their
    current reports give, then each link that lost or gained a row is
    re-aggregated from all its rows (other events' included).
    """
    ids = sorted(set(event_ids))
    touched: set[str] = set()
    for batch in linker.chunks(ids):
        touched.update(
            connection.execute(
                select(event_link_reports.c.relation_id)
                .where(event_link_reports.c.event_id.in_(batch))
                .distinct()
            ).scalars()
        )
        connection.execute(delete(event_link_reports).where(event_link_reports.c.event_id.in_(batch)))
        rows = derive_link_rows(connection, batch)
        if rows:
            connection.execute(insert(event_link_reports), rows)
            touched.update(row["relation_id"] for row in rows)
    aggregate_event_links(connection, touched)
    return touched


def seen_span(rows: Sequence[Any]) -> tuple[tuple[date | None, str | None], tuple[date | None, str | None]]:
    """The first and last (date, precision) of link rows (``seen``, ``seen_precision``).

    Precision is ``None`` for a day (the column's default) or ``month`` /
    ``year``. Dates compare by their first day, as the columns store them
    (so window filters on ``first_seen``/``last_seen`` keep working); on a
    tie the finer date wins, at either end: "2019" and 2019-03-05 give first
    "2019" and last 2019-03-05.
    """
    dated = [
        (row.seen, getattr(row, "seen_precision", None) or "day") for row in rows if row.seen is not None
    ]
    if not dated:
        return (None, None), (None, None)
    rank = PRECISION_RANK
    first = min(dated, key=lambda item: (item[0], rank.get(item[1], 3)))
    last = max(dated, key=lambda item: (item[0], -rank.get(item[1], 3)))

    def coarse(item: tuple[date, str]) -> tuple[date | None, str | None]:
        return item[0], (None if item[1] == "day" else item[1])

    return coarse(first), coarse(last)


def aggregate_event_links(connection: Connection, relation_ids: Iterable[str]) -> None:
    """Rewrite the ``relations`` rows of event links from their ``event_link_reports`` rows.

    A link left with no row is dropped. ``n_statements`` counts reports,
    ``n_sources`` independent sources, ``event_ids`` the events.
    """
    for batch in linker.chunks(sorted(set(relation_ids))):
        grouped: dict[str, list[Any]] = {}
        for row in connection.execute(
            select(event_link_reports).where(event_link_reports.c.relation_id.in_(batch))
        ):
            grouped.setdefault(row.relation_id, []).append(row)
        connection.execute(delete(relations).where(relations.c.id.in_(batch)))
        out = []
        for rel_id, group in sorted(grouped.items()):
            first = group[0]
            earliest, latest = seen_span(group)
            n_hedged = sum(1 for row in group if row.hedged)
            out.append(
                {
                    "id": rel_id,
                    "source_id": first.source_id,
                    "type": first.type,
                    "target_id": first.target_id,
                    "roles": [],
                    "first_seen": earliest[0],
                    "first_seen_precision": earliest[1],
                    "last_seen": latest[0],
                    "last_seen_precision": latest[1],
                    "n_statements": len(group),
                    "n_sources": len({row.source_key for row in group}),
                    "n_hedged": n_hedged,
                    "hedged_share": round(n_hedged / len(group), 4),
                    "asserters": sorted({row.asserter for row in group if row.asserter}),
                    "origin": EVENT,
                    "event_ids": sorted({row.event_id for row in group}),
                }
            )
        if out:
            connection.execute(insert(relations), out)


def event_link_evidence(
    connection: Connection, relation_ids: Sequence[str], limit: int = 3
) -> dict[str, list[EvidenceRecord]]:
    """Up to ``limit`` evidence sentences per event link: independent, unhedged, earliest first."""
    out: dict[str, list[EvidenceRecord]] = {}
    wanted = [i for i in relation_ids if is_event_link(i)]
    for batch in linker.chunks(wanted):
        rows = list(
            connection.execute(
                select(
                    event_link_reports.c.relation_id,
                    event_link_reports.c.seen,
                    event_link_reports.c.evidence_id,
                    event_reports.c.id,
                    event_reports.c.doc_id,
                    event_reports.c.outlet,
                    event_reports.c.published,
                    event_reports.c.hedged,
                    event_reports.c.cues,
                    event_reports.c.asserter,
                    evidence.c.sentence,
                    evidence.c.start,
                    evidence.c.end,
                    documents.c.duplicate_of,
                )
                .join(event_reports, event_reports.c.id == event_link_reports.c.report_id)
                .join(evidence, evidence.c.id == event_link_reports.c.evidence_id)
                .join(documents, documents.c.id == event_link_reports.c.doc_id)
                .where(event_link_reports.c.relation_id.in_(batch))
            )
        )
        rows.sort(key=lambda r: (r.duplicate_of is not None, r.hedged, r.seen or date.max, r.doc_id, r.id))
        used: set[tuple[str, str]] = set()
        for row in rows:
            bucket = out.setdefault(row.relation_id, [])
            if len(bucket) >= limit or (row.relation_id, row.evidence_id) in used:
                continue
            used.add((row.relation_id, row.evidence_id))
            bucket.append(EvidenceRecord.from_row(row))
    return out


def event_link_documents(connection: Connection, relation_ids: Sequence[str]) -> dict[str, set[str]]:
    """Event link id -> the documents whose reports support it."""
    out: dict[str, set[str]] = {}
    for batch in linker.chunks([i for i in relation_ids if is_event_link(i)]):
        for rel_id, doc_id in connection.execute(
            select(event_link_reports.c.relation_id, event_link_reports.c.doc_id).where(
                event_link_reports.c.relation_id.in_(batch)
            )
        ):
            out.setdefault(rel_id, set()).add(doc_id)
    return out


__all__ = [
    "EVENT",
    "EVENT_LINK_TYPES",
    "STATED",
    "aggregate_event_links",
    "backfill",
    "derive_link_rows",
    "event_link_evidence",
    "event_link_id",
    "is_event_link",
    "refresh_event_links",
    "report_link_pairs",
]
