"""What an export covers, and reading it from the store in pages.

Every exporter walks the same three streams: relations, events, entities.
Each is read in pages of ``page_size`` rows (keyset pagination on the id, or
pages of a precomputed id list when the export is restricted to an entity's
neighbourhood), so an exporter writes as it reads and its memory does not
grow with the store; only sets of ids (entities met so far) are kept.

An ``ExportScope`` narrows an export the way the CLI filters do: a time
window (relations whose [first_seen, last_seen] overlaps it, events dated in
it), a minimum number of independent sources, and the neighbourhood of one
entity (``depth`` hops, walked with the same filters). An unfiltered export
covers every current entity, including those with no relation or event; a
filtered one covers the entities its relations and events name.

All reads run on one connection, i.e. one transaction: the export sees one
consistent state of the knowledge base even while something else ingests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.engine import Connection

from nexus.analyze.network import MAX_NODES, neighbourhood
from nexus.errors import StoreError
from nexus.resolve.entities import gazetteer_entity_id
from nexus.store import corrections, event_links, linker, reader
from nexus.store.reader import RelationFilter
from nexus.store.records import EventRecord, EvidenceRecord, RelationRecord
from nexus.store.schema import (
    documents,
    entities,
    entity_aliases,
    event_link_reports,
    event_reports,
    events,
    mentions,
    relation_statements,
    relations,
    report_entities,
)

#: Rows read per round trip.
PAGE_SIZE = 500
#: At most this many source documents are listed per relation or event (the count is always given).
MAX_DOCUMENTS = 25


@dataclass(frozen=True)
class ExportScope:
    """Which part of the knowledge base to export (all of it by default)."""

    since: dt.date | None = None
    until: dt.date | None = None
    min_sources: int = 1
    entity: str | None = None
    depth: int = 2

    @property
    def is_everything(self) -> bool:
        return self.since is None and self.until is None and self.min_sources <= 1 and self.entity is None

    def relation_filter(self) -> RelationFilter:
        return RelationFilter(since=self.since, until=self.until, min_sources=self.min_sources)


@dataclass(frozen=True)
class DocumentRef:
    """A source report: what an external reference to it needs."""

    doc_id: str
    outlet: str | None
    url: str | None
    title: str | None
    published: dt.date | None
    copy_of: str | None


@dataclass
class ExportRelation:
    record: RelationRecord
    n_documents: int
    documents: list[DocumentRef]


@dataclass
class ExportEvent:
    record: EventRecord
    hedged_share: float
    documents: list[DocumentRef]


@dataclass
class ExportEntity:
    """An entity row with what the formats need beyond ``EntitySummary``."""

    id: str
    name: str
    type: str
    subtype: str | None
    country: str | None
    aliases: list[str]
    n_documents: int
    place_kind: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    designations: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Canonical id of a gazetteer actor -> (subtype, designations)."""
    from nexus.errors import OntologyError
    from nexus.ontology import actors

    try:
        return {gazetteer_entity_id(a.id): (a.subtype, tuple(a.designations)) for a in actors()}
    except OntologyError:  # pragma: no cover - the ontology ships with Nexus
        return {}


class Selection:
    """An ``ExportScope`` resolved against an open connection."""

    def __init__(
        self, connection: Connection, scope: ExportScope | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        self.connection = connection
        self.scope = scope or ExportScope()
        self.page_size = page_size
        self.relation_filter = self.scope.relation_filter()
        self.nodes: frozenset[str] | None = None
        self.truncated = False
        if self.scope.entity is not None:
            centre = reader.find_entity(connection, self.scope.entity)
            if centre is None:
                raise StoreError(f"no entity named {self.scope.entity!r}")
            network = neighbourhood(
                connection,
                centre,
                depth=self.scope.depth,
                relation_filter=self.relation_filter,
                max_nodes=MAX_NODES,
            )
            self.nodes = frozenset(node.id for node in network.nodes)
            self.truncated = network.truncated

    # -- counting (for progress bars) --------------------------------------------------------

    def count_relations(self) -> int:
        if self.nodes is not None:
            return len(self._relation_ids())
        query = self.relation_filter.apply(select(func.count()).select_from(relations))
        return int(self.connection.execute(query).scalar() or 0)

    def count_events(self) -> int:
        if self.nodes is not None:
            return len(self._event_ids())
        query = self._event_filter(select(func.count()).select_from(events))
        return int(self.connection.execute(query).scalar() or 0)

    def count_entities(self) -> int:
        if self.nodes is not None:
            return len(self.nodes)
        query = select(func.count()).select_from(entities).where(entities.c.n_mentions > 0)
        return int(self.connection.execute(query).scalar() or 0)

    # -- relations ---------------------------------------------------------------------------

    def relation_rows(self) -> Iterator[list[Any]]:
        """Pages of ``relations`` rows in the scope, by id."""
        if self.nodes is not None:
            ids = self._relation_ids()
            for page in linker.chunks(ids, self.page_size):
                yield list(
                    self.connection.execute(
                        select(relations).where(relations.c.id.in_(page)).order_by(relations.c.id)
                    )
                )
            return
        yield from self._keyset(self.relation_filter.apply(select(relations)), relations.c.id)

    def relation_pages(self, *, evidence: int = 0) -> Iterator[list[ExportRelation]]:
        """Pages of relations with their source documents (and ``evidence`` sentences each)."""
        for rows in self.relation_rows():
            records = reader.relation_records(self.connection, rows, evidence)
            docs = self._relation_documents([r.id for r in rows])
            yield [
                ExportRelation(
                    record=record,
                    n_documents=len(docs.get(record.id, [])),
                    documents=docs.get(record.id, [])[:MAX_DOCUMENTS],
                )
                for record in records
            ]

    def _relation_ids(self) -> list[str]:
        assert self.nodes is not None
        found: set[str] = set()
        for batch in linker.chunks(sorted(self.nodes)):
            query = self.relation_filter.apply(
                select(relations.c.id, relations.c.target_id).where(relations.c.source_id.in_(batch))
            )
            found.update(row.id for row in self.connection.execute(query) if row.target_id in self.nodes)
        return sorted(found)

    def _relation_documents(self, relation_ids: Sequence[str]) -> dict[str, list[DocumentRef]]:
        query = (
            select(relation_statements.c.relation_id, *_document_columns())
            .join(documents, documents.c.id == relation_statements.c.doc_id)
            .where(relation_statements.c.superseded.is_(False))
            .distinct()
        )
        found = self._documents(query, relation_statements.c.relation_id, relation_ids)
        derived = [i for i in relation_ids if event_links.is_event_link(i)]
        if derived:  # an event link's documents are those of the reports it comes from
            found.update(
                self._documents(
                    select(event_link_reports.c.relation_id, *_document_columns())
                    .join(documents, documents.c.id == event_link_reports.c.doc_id)
                    .distinct(),
                    event_link_reports.c.relation_id,
                    derived,
                )
            )
        return found

    # -- events ------------------------------------------------------------------------------

    def event_pages(self) -> Iterator[list[ExportEvent]]:
        """Pages of events (with every report) in the scope, by id."""
        for rows in self._event_rows():
            records = reader.event_records(self.connection, rows, with_reports=True)
            docs = self._documents(
                select(event_reports.c.event_id, *_document_columns())
                .join(documents, documents.c.id == event_reports.c.doc_id)
                .where(event_reports.c.superseded.is_(False))
                .distinct(),
                event_reports.c.event_id,
                [r.id for r in rows],
            )
            out = []
            for record in records:
                hedged = sum(1 for report in record.reports if report.evidence.hedged)
                share = round(hedged / len(record.reports), 4) if record.reports else 0.0
                out.append(
                    ExportEvent(
                        record=record, hedged_share=share, documents=docs.get(record.id, [])[:MAX_DOCUMENTS]
                    )
                )
            yield out

    def _event_filter(self, query: Select[Any]) -> Select[Any]:
        query = query.where(corrections.visible(events))
        if self.scope.since is not None:
            query = query.where(events.c.date_day >= self.scope.since)
        if self.scope.until is not None:
            query = query.where(events.c.date_day <= self.scope.until)
        if self.scope.min_sources > 1:
            query = query.where(events.c.n_sources >= self.scope.min_sources)
        return query

    def _event_rows(self) -> Iterator[list[Any]]:
        if self.nodes is not None:
            for page in linker.chunks(self._event_ids(), self.page_size):
                yield list(
                    self.connection.execute(select(events).where(events.c.id.in_(page)).order_by(events.c.id))
                )
            return
        yield from self._keyset(self._event_filter(select(events)), events.c.id)

    def _event_ids(self) -> list[str]:
        assert self.nodes is not None
        found: set[str] = set()
        for batch in linker.chunks(sorted(self.nodes)):
            linked = (
                select(event_reports.c.event_id)
                .join(report_entities, report_entities.c.report_id == event_reports.c.id)
                .join(mentions, mentions.c.id == report_entities.c.mention_id)
                .where(mentions.c.canonical_id.in_(batch), event_reports.c.superseded.is_(False))
            )
            query = self._event_filter(select(events.c.id).where(events.c.id.in_(linked)))
            found.update(self.connection.execute(query).scalars())
        return sorted(found)

    # -- entities ----------------------------------------------------------------------------

    def entity_pages(self, ids: Iterable[str] | None = None) -> Iterator[list[ExportEntity]]:
        """Pages of entities: ``ids`` (sorted), or every current entity when None."""
        if ids is None:
            pages: Iterator[list[Any]] = self._keyset(
                select(entities).where(entities.c.n_mentions > 0), entities.c.id
            )
        else:
            pages = (
                list(
                    self.connection.execute(
                        select(entities).where(entities.c.id.in_(page)).order_by(entities.c.id)
                    )
                )
                for page in linker.chunks(sorted(set(ids)), self.page_size)
            )
        known = _gazetteer()
        for rows in pages:
            page_ids = [row.id for row in rows]
            aliases = self._aliases(page_ids)
            seen = self._entity_dates(page_ids)
            out = []
            for row in rows:
                subtype: str | None = row.subtype
                designations: tuple[str, ...] = ()
                if row.id in known:
                    subtype = subtype or known[row.id][0]
                    designations = known[row.id][1]
                first, last = seen.get(row.id, (None, None))
                out.append(
                    ExportEntity(
                        id=row.id,
                        name=row.name,
                        type=row.type,
                        subtype=subtype,
                        country=row.country,
                        aliases=aliases.get(row.id, []),
                        n_documents=row.n_documents,
                        place_kind=row.place_kind,
                        admin1=row.admin1,
                        lat=row.lat,
                        lon=row.lon,
                        first_seen=first,
                        last_seen=last,
                        designations=list(designations),
                    )
                )
            yield out

    def _aliases(self, ids: Sequence[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for batch in linker.chunks(ids):
            rows = self.connection.execute(
                select(entity_aliases.c.entity_id, entity_aliases.c.alias)
                .where(entity_aliases.c.entity_id.in_(batch))
                .order_by(
                    entity_aliases.c.entity_id, entity_aliases.c.n_mentions.desc(), entity_aliases.c.alias
                )
            )
            for entity_id, alias in rows:
                out.setdefault(entity_id, []).append(alias)
        return out

    def _entity_dates(self, ids: Sequence[str]) -> dict[str, tuple[dt.date | None, dt.date | None]]:
        out: dict[str, tuple[dt.date | None, dt.date | None]] = {}
        for batch in linker.chunks(ids):
            rows = self.connection.execute(
                select(
                    mentions.c.canonical_id, func.min(documents.c.published), func.max(documents.c.published)
                )
                .join(documents, documents.c.id == mentions.c.doc_id)
                .where(mentions.c.canonical_id.in_(batch), mentions.c.superseded.is_(False))
                .group_by(mentions.c.canonical_id)
            )
            for entity_id, first, last in rows:
                out[entity_id] = (first, last)
        return out

    # -- helpers -----------------------------------------------------------------------------

    def _keyset(self, query: Select[Any], key: Any) -> Iterator[list[Any]]:
        last: str | None = None
        while True:
            page_query = query if last is None else query.where(key > last)
            rows = list(self.connection.execute(page_query.order_by(key).limit(self.page_size)))
            if not rows:
                return
            yield rows
            last = rows[-1].id
            if len(rows) < self.page_size:
                return

    def _documents(self, query: Select[Any], key: Any, ids: Sequence[str]) -> dict[str, list[DocumentRef]]:
        out: dict[str, list[DocumentRef]] = {}
        for batch in linker.chunks(ids):
            for row in self.connection.execute(query.where(key.in_(batch))):
                out.setdefault(row[0], []).append(
                    DocumentRef(
                        doc_id=row.doc_id,
                        outlet=row.outlet,
                        url=row.url,
                        title=row.title,
                        published=row.published,
                        copy_of=row.duplicate_of,
                    )
                )
        for refs in out.values():
            refs.sort(key=lambda d: (d.published or dt.date.max, d.doc_id))
        return out


def as_selection(connection: Connection, scope: ExportScope | Selection | None) -> Selection:
    """The ``Selection`` to export: given (the CLI counts with it first), or resolved from a scope."""
    return scope if isinstance(scope, Selection) else Selection(connection, scope)


def _document_columns() -> list[Any]:
    return [
        documents.c.id.label("doc_id"),
        documents.c.outlet,
        documents.c.url,
        documents.c.title,
        documents.c.published,
        documents.c.duplicate_of,
    ]


def confidence(n_sources: int, hedged_share: float) -> int:
    """A 0–100 confidence from independent sources and hedging (STIX ``confidence``).

    One unhedged source is 50 ("moderate"), each further independent source
    halves the remaining doubt (2 -> 75, 3 -> 88); a fact only hedged
    sources state keeps half of that. Never 0: the store holds no fact
    without a source.
    """
    corroboration = 1.0 - 0.5 ** max(n_sources, 1)
    return max(1, min(100, round(100 * corroboration * (1.0 - 0.5 * hedged_share))))


def evidence_json(items: Iterable[EvidenceRecord]) -> list[dict[str, Any]]:
    """Evidence sentences as plain JSON (for custom properties and JSON attributes)."""
    return [
        {
            "doc_id": e.doc_id,
            "sentence": e.sentence,
            "outlet": e.outlet,
            "published": e.published.isoformat() if e.published else None,
            "hedged": e.hedged,
            "asserter": e.asserter,
        }
        for e in items
    ]
