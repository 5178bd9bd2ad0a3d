"""Read queries over a store, returning ``nexus.store.records`` models.

Functions take an open ``Connection`` so a caller can run several in one
transaction (one consistent view). Superseded statements are never shown;
near-duplicate copies are shown with ``copy_of`` set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import ColumnElement, Select, and_, or_, select, text
from sqlalchemy.engine import Connection

from nexus.model import Count
from nexus.resolve.entities import gazetteer_aliases, gazetteer_entity_id
from nexus.resolve.figures import FIGURE_FIELDS, summarize
from nexus.resolve.names import name_key
from nexus.store import corrections, event_links, linker, places
from nexus.store.methods import summarize_methods
from nexus.store.records import (
    Contradiction,
    DocumentHit,
    EntityDetail,
    EntityRef,
    EntitySummary,
    EventRecord,
    EvidenceRecord,
    PlaceRecord,
    RelationRecord,
    ReportRecord,
    SearchHit,
)
from nexus.store.schema import (
    documents,
    entities,
    entity_aliases,
    event_reports,
    events,
    evidence,
    mentions,
    relation_statements,
    relations,
    report_entities,
)


@dataclass(frozen=True)
class RelationFilter:
    """Which relations a query walks: types, time window, corroboration, hedging.

    A relation is in the window when its [first_seen, last_seen] overlaps
    [since, until]. ``include_hedged=False`` drops relations that only
    hedged statements support.
    """

    types: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    min_sources: int = 1
    include_hedged: bool = True
    origins: tuple[str, ...] = ()  # "stated" and/or "event" (nexus.store.event_links); () = both

    def apply(self, query: Select[Any]) -> Select[Any]:
        query = query.where(corrections.visible(relations))  # relations marked wrong stay hidden
        if self.origins:
            query = query.where(relations.c.origin.in_(self.origins))
        if self.types:
            query = query.where(relations.c.type.in_(self.types))
        if self.since is not None:
            query = query.where(or_(relations.c.last_seen.is_(None), relations.c.last_seen >= self.since))
        if self.until is not None:
            query = query.where(or_(relations.c.first_seen.is_(None), relations.c.first_seen <= self.until))
        if self.min_sources > 1:
            query = query.where(relations.c.n_sources >= self.min_sources)
        if not self.include_hedged:
            query = query.where(relations.c.hedged_share < 1.0)
        return query


# -- entities --------------------------------------------------------------------------------


def entity_refs(connection: Connection, ids: Iterable[str]) -> dict[str, EntityRef]:
    out: dict[str, EntityRef] = {}
    for batch in linker.chunks(sorted(set(ids))):
        for row in connection.execute(
            select(entities.c.id, entities.c.name, entities.c.type).where(entities.c.id.in_(batch))
        ):
            out[row.id] = EntityRef(id=row.id, name=row.name, type=row.type)
    return out


def _ref(refs: dict[str, EntityRef], entity_id: str) -> EntityRef:
    return refs.get(entity_id) or EntityRef(id=entity_id, name=entity_id, type="ORG")


#: The pseudo-type that lists news outlets and bylines (ORG entities of subtype media).
MEDIA = "MEDIA"


def list_entities(
    connection: Connection, *, type: str | None = None, limit: int | None = None, offset: int = 0
) -> list[EntitySummary]:
    """Canonical entities with at least one current mention, most documented first.

    News outlets (ORG of subtype media) report on the actors rather than
    being actors: they are listed only when ``type`` is ``MEDIA``.
    """
    query = select(entities).where(entities.c.n_mentions > 0)
    is_media = or_(entities.c.subtype.is_(None), entities.c.subtype != "media")
    if type and type.upper() == MEDIA:
        query = query.where(entities.c.subtype == "media")
    else:
        query = query.where(is_media)
        if type:
            query = query.where(entities.c.type == type.upper())
    query = query.order_by(entities.c.n_documents.desc(), entities.c.name, entities.c.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    rows = connection.execute(query).all()
    ids = [row.id for row in rows]
    aliases = _aliases(connection, ids)
    counts = mention_counts(connection, ids)
    return [_summary(row, aliases.get(row.id, []), counts.get(row.id)) for row in rows]


def mention_counts(connection: Connection, ids: Sequence[str]) -> dict[str, int]:
    """How many times each entity is named in current documents (every span, not every document)."""
    out: dict[str, int] = {}
    for batch in linker.chunks(ids):
        rows = connection.execute(
            select(mentions.c.canonical_id, mentions.c.spans).where(
                mentions.c.canonical_id.in_(batch), mentions.c.superseded.is_(False)
            )
        )
        for canonical_id, spans in rows:
            out[canonical_id] = out.get(canonical_id, 0) + max(1, len(spans or []))
    return out


def _aliases(connection: Connection, ids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for batch in linker.chunks(ids):
        rows = connection.execute(
            select(entity_aliases)
            .where(entity_aliases.c.entity_id.in_(batch))
            .order_by(entity_aliases.c.n_mentions.desc(), entity_aliases.c.alias)
        )
        for row in rows:
            out.setdefault(row.entity_id, []).append(row.alias)
    return out


def _summary(row: Any, aliases: list[str], n_mentions: int | None = None) -> EntitySummary:
    return EntitySummary(
        id=row.id,
        name=row.name,
        type=row.type,
        subtype=row.subtype,
        country=row.country,
        n_mentions=row.n_mentions if n_mentions is None else n_mentions,
        n_documents=row.n_documents,
        aliases=aliases,
    )


def find_entity(connection: Connection, name: str) -> str | None:
    """The canonical id for an id or a name (exact surface form first, then fuzzy).

    An id emptied by a merge leads to the entity it was merged into.
    """
    row = connection.execute(
        select(entities.c.id, entities.c.merged_into).where(entities.c.id == name)
    ).first()
    if row is not None:
        return _follow(connection, row.id, row.merged_into)
    key = name_key(name)
    keys = {key, key.removeprefix("the ")}  # "the Houthis" is "Houthis"
    found = connection.execute(
        select(entity_aliases.c.entity_id)
        .join(entities, entities.c.id == entity_aliases.c.entity_id)
        .where(entity_aliases.c.alias_key.in_(keys), entities.c.n_mentions > 0)
        .order_by(entities.c.n_documents.desc(), entity_aliases.c.entity_id)
    ).first()
    if found is not None:
        return str(found[0])
    for (entity_type, alias), actor_id in gazetteer_aliases().items():
        if alias in keys:  # a gazetteer alias no document used ("JeM")
            row = connection.execute(
                select(entities.c.id).where(
                    entities.c.id == gazetteer_entity_id(actor_id), entities.c.type == entity_type
                )
            ).first()
            if row is not None:
                return str(row[0])
    choices = dict(
        connection.execute(
            select(entity_aliases.c.alias_key, entity_aliases.c.entity_id).order_by(
                entity_aliases.c.alias_key, entity_aliases.c.entity_id
            )
        ).all()
    )
    # a misspelling of a whole name, never a short alias found inside a longer word ("IS" in
    # "Atlantisville"): names of a comparable length, compared whole
    bare = key.removeprefix("the ")
    near = [alias for alias in choices if len(alias) >= 4 and 0.75 <= len(alias) / max(len(bare), 1) <= 1.33]
    best = process.extractOne(bare, near, scorer=fuzz.ratio, score_cutoff=85)
    return choices[best[0]] if best else None


def _follow(connection: Connection, entity_id: str, merged_into: str | None) -> str:
    seen = {entity_id}
    while merged_into and merged_into not in seen:
        seen.add(merged_into)
        entity_id = merged_into
        merged_into = connection.execute(
            select(entities.c.merged_into).where(entities.c.id == entity_id)
        ).scalar()
    return entity_id


def entity_detail(
    connection: Connection, entity_id: str, *, evidence_per_relation: int = 3
) -> EntityDetail | None:
    row = connection.execute(select(entities).where(entities.c.id == entity_id)).first()
    if row is None:
        return None
    summary = _summary(
        row,
        _aliases(connection, [entity_id]).get(entity_id, []),
        mention_counts(connection, [entity_id]).get(entity_id),
    )
    place = None
    if row.lat is not None or row.place_kind is not None:
        place = PlaceRecord(
            name=row.name,
            kind=row.place_kind,
            country=row.country,
            admin1=row.admin1,
            lat=row.lat,
            lon=row.lon,
        )
    rels = relations_of(
        connection, [entity_id], RelationFilter(), evidence_per_relation=evidence_per_relation
    )
    return EntityDetail(
        **summary.model_dump(),
        gazetteer_id=row.gazetteer_id,
        place=place,
        merged_into=row.merged_into,
        relations=rels,
        **places.place_activity(connection, row),
    )


# -- relations -------------------------------------------------------------------------------


def relations_of(
    connection: Connection,
    entity_ids: Sequence[str],
    relation_filter: RelationFilter,
    *,
    evidence_per_relation: int = 0,
) -> list[RelationRecord]:
    """Relations touching any of ``entity_ids`` that pass the filter."""
    rows: dict[str, Any] = {}
    for batch in linker.chunks(entity_ids):
        for column in (relations.c.source_id, relations.c.target_id):
            for row in connection.execute(relation_filter.apply(select(relations).where(column.in_(batch)))):
                rows[row.id] = row
    return relation_records(connection, [rows[k] for k in sorted(rows)], evidence_per_relation)


def relation_records(
    connection: Connection, rows: Sequence[Any], evidence_per_relation: int = 0
) -> list[RelationRecord]:
    rows = corrections.drop_hidden(connection, "relation", rows)
    refs = entity_refs(connection, [r.source_id for r in rows] + [r.target_id for r in rows])
    found = (
        relation_evidence(connection, [r.id for r in rows], evidence_per_relation)
        if evidence_per_relation
        else {}
    )
    return [
        RelationRecord(
            id=r.id,
            type=r.type,
            source=_ref(refs, r.source_id),
            target=_ref(refs, r.target_id),
            roles=r.roles or [],
            first_seen=r.first_seen,
            last_seen=r.last_seen,
            first_seen_precision=getattr(r, "first_seen_precision", None),
            last_seen_precision=getattr(r, "last_seen_precision", None),
            n_statements=r.n_statements,
            n_sources=r.n_sources,
            hedged_share=r.hedged_share,
            asserters=r.asserters or [],
            evidence=found.get(r.id, []),
            origin=getattr(r, "origin", None) or "stated",
            event_ids=getattr(r, "event_ids", None) or [],
        )
        for r in rows
    ]


def relation_evidence(
    connection: Connection, relation_ids: Sequence[str], limit: int = 3
) -> dict[str, list[EvidenceRecord]]:
    """Up to ``limit`` evidence sentences per relation: independent, unhedged, earliest first."""
    out: dict[str, list[EvidenceRecord]] = {}
    for batch in linker.chunks(relation_ids):
        rows = list(
            connection.execute(
                select(
                    relation_statements,
                    evidence.c.sentence,
                    evidence.c.start,
                    evidence.c.end,
                    documents.c.duplicate_of,
                )
                .join(evidence, evidence.c.id == relation_statements.c.evidence_id)
                .join(documents, documents.c.id == relation_statements.c.doc_id)
                .where(
                    relation_statements.c.relation_id.in_(batch), relation_statements.c.superseded.is_(False)
                )
            )
        )
        rows.sort(key=lambda r: (r.duplicate_of is not None, r.hedged, r.seen or date.max, r.doc_id, r.id))
        for row in rows:
            bucket = out.setdefault(row.relation_id, [])
            if len(bucket) < limit:
                bucket.append(EvidenceRecord.from_row(row))
    out.update(event_links.event_link_evidence(connection, relation_ids, limit))
    return out


def all_relations(connection: Connection, relation_filter: RelationFilter) -> list[Any]:
    """Every relation row passing the filter (for whole-graph metrics)."""
    return list(connection.execute(relation_filter.apply(select(relations)).order_by(relations.c.id)))


# -- events ----------------------------------------------------------------------------------


def list_events(
    connection: Connection,
    *,
    type: str | None = None,
    since: date | None = None,
    until: date | None = None,
    place: str | None = None,
    actor_ids: Sequence[str] | None = None,
    any_role: bool = False,
    method: str | None = None,
    with_reports: bool = False,
    limit: int | None = None,
) -> list[EventRecord]:
    """Events, oldest first, filtered by type, date window, place name/country, actor and means
    (``method``: events a current report of which gives that means)."""
    query = select(events).where(corrections.visible(events))
    if type:
        query = query.where(events.c.type == type)
    if since:
        query = query.where(events.c.date_day >= since)
    if until:
        query = query.where(events.c.date_day <= until)
    if place:
        key = place.strip()
        query = query.where(
            or_(
                events.c.place_name.ilike(key),
                events.c.admin1.ilike(key),
                events.c.country == key.upper(),
                events.c.id.in_(
                    select(event_reports.c.event_id).where(event_reports.c.place_name.ilike(key))
                ),
            )
        )
    if actor_ids is not None:
        roles = ("actor", "target") if any_role else ("actor",)
        query = query.where(
            events.c.id.in_(
                select(event_reports.c.event_id)
                .join(report_entities, report_entities.c.report_id == event_reports.c.id)
                .join(mentions, mentions.c.id == report_entities.c.mention_id)
                .where(
                    mentions.c.canonical_id.in_(actor_ids),
                    report_entities.c.role.in_(roles),
                    event_reports.c.superseded.is_(False),
                )
            )
        )
    if method:
        query = query.where(events.c.id.in_(reports_with_method(method)))
    query = query.order_by(events.c.date_day.is_(None), events.c.date_day, events.c.id)  # undated last
    if limit is not None:
        query = query.limit(limit)
    return event_records(connection, connection.execute(query).all(), with_reports=with_reports)


def reports_with_method(method: str) -> Select[Any]:
    """The ids of events a current report of which gives ``method`` as the means (a subquery)."""
    return select(event_reports.c.event_id).where(
        event_reports.c.method == method, event_reports.c.superseded.is_(False)
    )


def event_methods(connection: Connection, event_ids: Iterable[str]) -> dict[str, str]:
    """The means most current reports of each event give (``summarize_methods``), by event id;
    events whose reports name none are left out."""
    by_event: dict[str, list[str | None]] = {}
    for batch in linker.chunks(sorted(set(event_ids))):
        rows = connection.execute(
            select(event_reports.c.id, event_reports.c.event_id, event_reports.c.method).where(
                event_reports.c.event_id.in_(batch), event_reports.c.superseded.is_(False)
            )
        ).all()
        for row in corrections.drop_hidden(connection, "report", rows):
            by_event.setdefault(row.event_id, []).append(row.method)
    out = {}
    for event_id, values in by_event.items():
        main, _ = summarize_methods(values)
        if main is not None:
            out[event_id] = main
    return out


def event_records(
    connection: Connection, rows: Sequence[Any], *, with_reports: bool = False
) -> list[EventRecord]:
    """``EventRecord`` of each event row (hidden ones dropped), its figures and means summarised
    over its current reports (and every report when ``with_reports``)."""
    rows = corrections.drop_hidden(connection, "event", rows)
    ids = [row.id for row in rows]
    reports = corrections.drop_hidden(connection, "report", linker.current_reports(connection, ids))
    links = _report_links(connection, [r.id for r in reports])
    refs = entity_refs(connection, {c for pairs in links.values() for c, _ in pairs})
    outlets = media_ids(
        connection, [c for c, role in (p for ps in links.values() for p in ps) if role == "actor"]
    )
    by_event: dict[str, list[Any]] = {}
    for report in reports:
        by_event.setdefault(report.event_id, []).append(report)
    texts = _evidence_texts(connection, [r.evidence_id for r in reports]) if with_reports else {}
    out = []
    for row in rows:
        group = by_event.get(row.id, [])
        actors = sorted(
            {c for r in group for c, role in links.get(r.id, []) if role == "actor" and c not in outlets}
        )
        targets = sorted({c for r in group for c, role in links.get(r.id, []) if role == "target"})
        figures = {}
        for field in FIGURE_FIELDS:
            summary = summarize(field, linker.report_figures(group, field))
            if summary is not None:
                figures[field] = summary
        method, methods = summarize_methods(r.method for r in group)
        out.append(
            EventRecord(
                id=row.id,
                type=row.type,
                date=row.date_iso or (row.date_day.isoformat() if row.date_day else None),
                date_precision=row.date_precision,
                place=_place(row),
                actors=[_ref(refs, a) for a in actors],
                targets=[_ref(refs, t) for t in targets],
                n_reports=row.n_reports,
                n_sources=row.n_sources,
                contradictory=row.contradictory,
                figures=figures,
                method=method,
                methods=methods,
                reports=[_report(r, links.get(r.id, []), refs, texts) for r in group] if with_reports else [],
            )
        )
    return out


def media_ids(connection: Connection, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are news outlets (ORG of subtype media): they report, they are not actors."""
    found: set[str] = set()
    for batch in linker.chunks(sorted(set(ids))):
        found.update(
            connection.execute(
                select(entities.c.id).where(entities.c.id.in_(batch), entities.c.subtype == "media")
            ).scalars()
        )
    return found


def _place(row: Any) -> PlaceRecord | None:
    if row.place_name is None and row.lat is None and row.country is None:
        return None
    return PlaceRecord(
        name=row.place_name,
        kind=row.place_kind,
        country=row.country,
        admin1=row.admin1,
        lat=row.lat,
        lon=row.lon,
        derivation=getattr(row, "place_derivation", None),
    )


def _report_links(connection: Connection, report_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for batch in linker.chunks(report_ids):
        rows = connection.execute(
            select(report_entities.c.report_id, mentions.c.canonical_id, report_entities.c.role)
            .join(mentions, mentions.c.id == report_entities.c.mention_id)
            .where(report_entities.c.report_id.in_(batch))
        )
        for report_id, canonical_id, role in rows:
            out.setdefault(report_id, []).append((canonical_id, role))
    return out


def _evidence_texts(connection: Connection, ids: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for batch in linker.chunks(ids):
        for row in connection.execute(select(evidence).where(evidence.c.id.in_(batch))):
            out[row.id] = row
    return out


def _report(
    row: Any, links: list[tuple[str, str]], refs: dict[str, EntityRef], texts: dict[str, Any]
) -> ReportRecord:
    counts = {}
    for field in FIGURE_FIELDS:
        value = getattr(row, field)
        counts[field] = (
            Count(value=value, qualifier=getattr(row, f"{field}_qualifier") or "exact")
            if value is not None
            else None
        )
    ev = texts[row.evidence_id]
    return ReportRecord(
        id=row.id,
        doc_id=row.doc_id,
        outlet=row.outlet,
        published=row.published,
        date=row.date_iso,
        date_precision=row.date_precision,
        place=_place(row),
        method=row.method,
        trigger=row.trigger,
        actors=[_ref(refs, c) for c, role in sorted(links) if role == "actor"],
        targets=[_ref(refs, c) for c, role in sorted(links) if role == "target"],
        evidence=EvidenceRecord(
            doc_id=row.doc_id,
            sentence=ev.sentence,
            start=ev.start,
            end=ev.end,
            outlet=row.outlet,
            published=row.published,
            hedged=row.hedged,
            cues=row.cues or [],
            asserter=row.asserter,
            copy_of=row.duplicate_of,
        ),
        resolution=row.resolution,
        **counts,
    )


def event_detail(connection: Connection, event_id: str) -> EventRecord | None:
    rows = connection.execute(select(events).where(events.c.id == event_id)).all()
    records = event_records(connection, rows, with_reports=True)
    return records[0] if records else None


def contradictions(connection: Connection, *, include_compatible: bool = True) -> list[Contradiction]:
    """Every event whose reports disagree on a figure, one entry per field.

    Incompatible figures (26 vs 28) always; with ``include_compatible`` also
    figures that differ but can both hold ("more than 70" vs "77").
    """
    condition: ColumnElement[bool] = events.c.contradictory.is_(True)
    if include_compatible:
        condition = or_(condition, events.c.n_reports > 1)
    rows = connection.execute(
        select(events).where(condition).order_by(events.c.date_day.is_(None), events.c.date_day, events.c.id)
    ).all()
    out = []
    for record in event_records(connection, rows):
        for field, summary in record.figures.items():
            if summary.contradiction or (include_compatible and summary.differs):
                out.append(
                    Contradiction(
                        event_id=record.id,
                        event_type=record.type,
                        date=record.date,
                        place=record.place.name if record.place else None,
                        field=field,
                        values=summary.values,
                        incompatible=summary.contradiction,
                        summary=summary,
                    )
                )
    return out


# -- full-text search ------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def search(connection: Connection, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Evidence sentences matching every word of ``query`` (FTS5 or tsvector), best first."""
    words = _WORD.findall(query)
    if not words:
        return []
    if connection.dialect.name == "postgresql":
        matched = (
            connection.execute(
                text(
                    "SELECT id FROM evidence WHERE NOT superseded"
                    " AND sentence_tsv @@ plainto_tsquery('simple', :q) "
                    "ORDER BY ts_rank(sentence_tsv, plainto_tsquery('simple', :q)) DESC, id LIMIT :n"
                ),
                {"q": " ".join(words), "n": limit},
            )
            .scalars()
            .all()
        )
    else:
        fts_query = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        matched = (
            connection.execute(
                text(
                    "SELECT f.evidence_id FROM evidence_fts f JOIN evidence e ON e.id = f.evidence_id "
                    "WHERE evidence_fts MATCH :q AND NOT e.superseded ORDER BY f.rank, f.evidence_id LIMIT :n"
                ),
                {"q": fts_query, "n": limit},
            )
            .scalars()
            .all()
        )
    rows = _evidence_texts(connection, matched)
    cited_events: dict[str, list[str]] = {}
    cited_relations: dict[str, list[str]] = {}
    for batch in linker.chunks(matched):
        for evidence_id, event_id in connection.execute(
            select(event_reports.c.evidence_id, event_reports.c.event_id).where(
                event_reports.c.evidence_id.in_(batch),
                corrections.visible_link(event_reports.c.event_id, "event"),
            )
        ):
            cited_events.setdefault(evidence_id, []).append(event_id)
        for evidence_id, relation_id in connection.execute(
            select(relation_statements.c.evidence_id, relation_statements.c.relation_id).where(
                and_(relation_statements.c.evidence_id.in_(batch)),
                corrections.visible_link(relation_statements.c.relation_id, "relation"),
            )
        ):
            cited_relations.setdefault(evidence_id, []).append(relation_id)
    published = dict(
        connection.execute(
            select(documents.c.id, documents.c.published).where(
                documents.c.id.in_({r.doc_id for r in rows.values()})
            )
        ).all()
    )
    return [
        SearchHit(
            evidence_id=i,
            doc_id=rows[i].doc_id,
            sentence=rows[i].sentence,
            start=rows[i].start,
            end=rows[i].end,
            outlet=rows[i].outlet,
            published=published.get(rows[i].doc_id),
            events=sorted(set(cited_events.get(i, []))),
            relations=sorted(set(cited_relations.get(i, []))),
        )
        for i in matched
    ]


# -- whole-document search -------------------------------------------------------------------

#: Marks around a matched word in the text the index hands back (private-use code points).
_OPEN, _CLOSE = "\ue000", "\ue001"
_QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')
#: Characters of context kept before and after the first match in a snippet.
SNIPPET_BEFORE, SNIPPET_AFTER = 80, 200


@dataclass(frozen=True)
class SearchTerm:
    """One part of a query: a word (with its agent noun: bomb, bomber), a phrase, or a prefix."""

    words: tuple[str, ...]
    kind: str  # "word", "phrase" or "prefix"

    def alternatives(self) -> tuple[str, ...]:
        """The word and its -er/-ers agent noun (the porter stemmer leaves bombers apart from bomb)."""
        word = self.words[0].lower()
        if self.kind != "word" or len(word) < 4 or not word.isalpha():
            return (word,)
        if word.endswith("ers") and len(word) > 5:
            return (word, word[:-3])
        if word.endswith("er") and len(word) > 4:
            return (word, word[:-2])
        if word.endswith(("ing", "ed", "s")):
            return (word,)
        return (word, word + "er")


def parse_query(query: str) -> list[SearchTerm]:
    """Words, "quoted phrases" and prefix* terms; punctuation inside a word makes it a phrase."""
    terms = []
    for phrase, bare in _QUERY_PART.findall(query):
        words = tuple(_WORD.findall(phrase or bare))
        if not words:
            continue
        if phrase or len(words) > 1:
            terms.append(SearchTerm(words, "phrase"))
        elif bare.endswith("*"):
            terms.append(SearchTerm(words, "prefix"))
        else:
            terms.append(SearchTerm(words, "word"))
    return terms


def _fts5_query(terms: Sequence[SearchTerm]) -> str:
    parts = []
    for term in terms:
        if term.kind == "phrase":
            parts.append('"' + " ".join(term.words) + '"')
        elif term.kind == "prefix":
            parts.append(f'"{term.words[0]}"*')
        else:
            parts.append("(" + " OR ".join(f'"{w}"' for w in term.alternatives()) + ")")
    return " AND ".join(parts)


def _tsquery(terms: Sequence[SearchTerm]) -> str:
    parts = []
    for term in terms:
        if term.kind == "phrase":
            parts.append("(" + " <-> ".join(term.words) + ")")
        elif term.kind == "prefix":
            parts.append(f"{term.words[0]}:*")
        else:
            parts.append("(" + " | ".join(term.alternatives()) + ")")
    return " & ".join(parts)


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without highlight marks, and the [start, end) of each marked stretch."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length, start = 0, 0
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if piece == _OPEN:
            start = length
        elif piece == _CLOSE:
            spans.append((start, length))
        else:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), spans


def _snippet(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the first match, cut at spaces, with the matches inside it."""
    if not spans:
        cut = text[: SNIPPET_BEFORE + SNIPPET_AFTER]
        return (cut + ("…" if len(cut) < len(text) else "")).strip(), []
    first = spans[0][0]
    begin = max(0, first - SNIPPET_BEFORE)
    end = min(len(text), first + SNIPPET_AFTER)
    if begin > 0:
        space = text.find(" ", begin, first)
        begin = space + 1 if space != -1 else begin
    if end < len(text):
        space = text.rfind(" ", spans[0][1], end)
        end = space if space != -1 else end
    prefix = "…" if begin > 0 else ""
    body = " ".join(text[begin:end].split("\n"))
    inside = [(s - begin + len(prefix), e - begin + len(prefix)) for s, e in spans if s >= begin and e <= end]
    return prefix + body + ("…" if end < len(text) else ""), inside


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def search_documents(connection: Connection, query: str, *, limit: int = 50) -> list[DocumentHit]:
    """Documents whose current text matches ``query``, best first, each with a highlighted snippet.

    ``query``: words (stemmed, and a word finds its agent noun: bomb, bombing,
    bombers), "quoted phrases" and prefix* terms, all of which must match.
    Each hit names the events whose evidence sentence contains a match and
    the entities named at a match. FTS5 (porter) on SQLite, an English
    tsvector on PostgreSQL.
    """
    terms = parse_query(query)
    if not terms:
        return []
    if connection.dialect.name == "postgresql":
        options = f"HighlightAll=true, StartSel={_OPEN}, StopSel={_CLOSE}"
        found = connection.execute(
            text(
                "SELECT v.doc_id, ts_headline('english', v.text, to_tsquery('english', :q), :opts) AS marked "
                "FROM document_versions v JOIN documents d ON d.id = v.doc_id AND d.version = v.version "
                "WHERE v.text_tsv @@ to_tsquery('english', :q) "
                "ORDER BY ts_rank(v.text_tsv, to_tsquery('english', :q)) DESC, v.doc_id LIMIT :n"
            ),
            {"q": _tsquery(terms), "opts": options, "n": limit},
        ).all()
    else:
        found = connection.execute(
            text(
                "SELECT doc_id, highlight(document_fts, 2, :open, :close) AS marked FROM document_fts "
                "WHERE document_fts MATCH :q ORDER BY bm25(document_fts), doc_id LIMIT :n"
            ),
            {"q": _fts5_query(terms), "open": _OPEN, "close": _CLOSE, "n": limit},
        ).all()
    doc_ids = [row.doc_id for row in found]
    meta = {
        row.id: row
        for batch in linker.chunks(doc_ids)
        for row in connection.execute(
            select(documents.c.id, documents.c.title, documents.c.outlet, documents.c.published).where(
                documents.c.id.in_(batch)
            )
        )
    }
    spans_by_doc = {row.doc_id: _unmark(row.marked)[1] for row in found}
    event_ids: dict[str, set[str]] = {}
    entity_ids: dict[str, set[str]] = {}
    for batch in linker.chunks(doc_ids):
        for doc_id, event_id, start, end in connection.execute(
            select(event_reports.c.doc_id, event_reports.c.event_id, evidence.c.start, evidence.c.end)
            .join(evidence, evidence.c.id == event_reports.c.evidence_id)
            .where(event_reports.c.doc_id.in_(batch), event_reports.c.superseded.is_(False))
            .where(corrections.visible_link(event_reports.c.event_id, "event"))
        ):
            if _overlaps(start, end, spans_by_doc[doc_id]):
                event_ids.setdefault(doc_id, set()).add(event_id)
        for doc_id, canonical_id, spans in connection.execute(
            select(mentions.c.doc_id, mentions.c.canonical_id, mentions.c.spans).where(
                mentions.c.doc_id.in_(batch), mentions.c.superseded.is_(False)
            )
        ):
            if any(_overlaps(s, e, spans_by_doc[doc_id]) for s, e in spans or []):
                entity_ids.setdefault(doc_id, set()).add(canonical_id)
    refs = entity_refs(connection, {c for ids in entity_ids.values() for c in ids})
    hits = []
    for row in found:
        plain, spans = _unmark(row.marked)
        snippet, inside = _snippet(plain, spans)
        info = meta.get(row.doc_id)
        hits.append(
            DocumentHit(
                doc_id=row.doc_id,
                title=info.title if info else None,
                outlet=info.outlet if info else None,
                published=info.published if info else None,
                snippet=snippet,
                highlights=inside,
                n_matches=len(spans),
                events=sorted(event_ids.get(row.doc_id, set())),
                entities=sorted(
                    (_ref(refs, c) for c in entity_ids.get(row.doc_id, set())), key=lambda r: r.name
                ),
            )
        )
    return hits
