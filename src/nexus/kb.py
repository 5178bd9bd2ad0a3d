"""The Python API of the knowledge base: ``nexus.open(db) -> KnowledgeBase``.

    import nexus
    with nexus.open("sqlite:///kb.db") as kb:
        kb.ingest(extractions)
        kb.show("Jaish-e-Mohammed").relations
        kb.path("Jaish-e-Mohammed", "ISI").hops[0].evidence
        kb.events(type="attack", since="2019-01-01", place="Pulwama")

Every method mirrors a CLI command (``nexus show``, ``nexus path`` ...) and
returns pydantic models from ``nexus.store.records`` / ``nexus.analyze.models``
(``.model_dump(mode="json")`` gives plain JSON). Names are resolved like the
CLI resolves them: an entity id, an exact surface form, then a fuzzy match.
Unknown names raise ``NotFoundError`` (a ``StoreError``: a clean message).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import make_url

from nexus.errors import StoreError
from nexus.store import DocumentResult, IngestSummary, Store, open_store, reader
from nexus.store.engine import make_engine, resolve_url
from nexus.store.event_list import known_method, period_end, period_start
from nexus.store.reader import RelationFilter
from nexus.store.records import (
    Contradiction,
    DocumentHit,
    EntityDetail,
    EntitySummary,
    EventRecord,
    RelationRecord,
    SearchHit,
)
from nexus.store.schema import events as events_table
from nexus.store.schema import overrides

if TYPE_CHECKING:  # networkx and the analysis models load only when a method needs them
    from nexus.analyze.models import GraphMetrics, Network, PathResult, Timeline
    from nexus.model import Extraction

DateLike = date | str | None


class NotFoundError(StoreError):
    """A name, id or event the knowledge base does not know."""

    code = "E301"


_DATE_TEXT = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?")


def date_bound(value: DateLike, *, end: bool = False) -> date | None:
    """A window bound: the first day of a year or month given (``2025-06`` -> 2025-06-01), or
    with ``end`` its last day (-> 2025-06-30), so ``until=2025-06`` keeps all of June;
    ``StoreError`` for anything but YYYY, YYYY-MM or a real YYYY-MM-DD."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    try:
        if not _DATE_TEXT.fullmatch(text):
            raise ValueError(text)
        return period_end(text) if end else period_start(text)
    except ValueError as exc:
        raise StoreError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}") from exc


def relation_filter(
    *,
    types: Sequence[str] = (),
    since: DateLike = None,
    until: DateLike = None,
    min_sources: int = 1,
    include_hedged: bool = True,
    origins: Sequence[str] = (),
) -> RelationFilter:
    """A ``RelationFilter`` from user-facing arguments (dates may be ISO strings).

    ``origins``: "stated" and/or "event" (links derived from events); empty means both.
    """
    return RelationFilter(
        types=tuple(types),
        since=date_bound(since),
        until=date_bound(until, end=True),
        min_sources=min_sources,
        include_hedged=include_hedged,
        origins=tuple(origins),
    )


class KnowledgeBase:
    """An open knowledge base. Thin over ``Store`` (writes) and ``reader``/``analyze`` (reads)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------

    def ingest(
        self,
        extractions: Iterable[Extraction],
        *,
        batch_size: int = 50,
        on_result: Callable[[DocumentResult], None] | None = None,
    ) -> IngestSummary:
        """Add extractions (idempotent, resumable; see ``Store.ingest``)."""
        return self.store.ingest(extractions, batch_size=batch_size, on_result=on_result)

    def merge(self, keep: str, absorb: str) -> EntityDetail:
        """Declare ``absorb`` the same entity as ``keep`` (names or ids); returns the result."""
        keep_id, absorb_id = self.entity_id(keep), self.entity_id(absorb)
        if keep_id == absorb_id:
            raise StoreError(f"{keep!r} and {absorb!r} are already one entity ({keep_id})")
        self.store.merge(keep_id, absorb_id)
        return self.show(keep_id)

    def split(self, name: str, forms: Sequence[str]) -> EntityDetail:
        """Move the mentions of ``name`` written as any of ``forms`` to a new entity; returns it."""
        return self.show(self.store.split(self.entity_id(name), forms))

    def overrides(self) -> list[dict[str, Any]]:
        """Manual merges and splits, in the order they are replayed."""
        with self.store.connect() as connection:
            rows = connection.execute(select(overrides).order_by(overrides.c.seq)).all()
        return [
            {"seq": r.seq, "kind": r.kind, "entity_id": r.entity_id, "other_id": r.other_id, "forms": r.forms}
            for r in rows
        ]

    # -- entities ----------------------------------------------------------------------------

    def entity_id(self, name: str) -> str:
        """The canonical id for a name or id; raises ``NotFoundError``."""
        with self.store.connect() as connection:
            found = reader.find_entity(connection, name)
        if found is None:
            raise NotFoundError(f"no entity named {name!r}")
        return found

    def entities(
        self, *, type: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[EntitySummary]:
        """Canonical entities, most documented first."""
        with self.store.connect() as connection:
            return reader.list_entities(connection, type=type, limit=limit, offset=offset)

    def show(self, name: str) -> EntityDetail:
        """One entity: aliases, relations (with evidence) and events."""
        entity_id = self.entity_id(name)
        with self.store.connect() as connection:
            detail = reader.entity_detail(connection, entity_id)
        if detail is None:  # pragma: no cover - entity_id only returns known ids
            raise NotFoundError(f"no entity {entity_id}")
        return detail

    def relations(
        self,
        name: str,
        *,
        types: Sequence[str] = (),
        since: DateLike = None,
        until: DateLike = None,
        min_sources: int = 1,
        include_hedged: bool = True,
        evidence: int = 3,
    ) -> list[RelationRecord]:
        """Relations of one entity passing the filters, each with up to ``evidence`` sentences."""
        entity_id = self.entity_id(name)
        rf = relation_filter(
            types=types, since=since, until=until, min_sources=min_sources, include_hedged=include_hedged
        )
        with self.store.connect() as connection:
            return reader.relations_of(connection, [entity_id], rf, evidence_per_relation=evidence)

    # -- events ------------------------------------------------------------------------------

    def events(
        self,
        *,
        type: str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        place: str | None = None,
        actor: str | None = None,
        method: str | None = None,
        with_reports: bool = False,
        limit: int | None = None,
    ) -> list[EventRecord]:
        """Events, oldest first; each with figure summaries (and its reports if asked).

        ``method`` keeps events one of whose reports gives that means ("explosives", see
        ``ontology/methods.yaml``); an unknown name raises ``StoreError``.
        """
        actor_ids = [self.entity_id(actor)] if actor else None
        means = known_method(method)
        with self.store.connect() as connection:
            return reader.list_events(
                connection,
                type=type,
                since=date_bound(since),
                until=date_bound(until, end=True),
                place=place,
                actor_ids=actor_ids,
                method=means,
                with_reports=with_reports,
                limit=limit,
            )

    def event(self, event_id: str) -> EventRecord:
        """One event with every report and its own figures (``event_id`` may be a unique start)."""
        with self.store.connect() as connection:
            found = reader.event_detail(connection, event_id)
            if found is None and len(event_id) >= 4:
                like = event_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                ids = (
                    connection.execute(
                        select(events_table.c.id).where(events_table.c.id.like(like, escape="\\")).limit(2)
                    )
                    .scalars()
                    .all()
                )
                if len(ids) > 1:
                    raise NotFoundError(f"{event_id!r} starts more than one event id; give more of it")
                if ids:
                    found = reader.event_detail(connection, ids[0])
        if found is None:
            raise NotFoundError(f"no event {event_id!r}")
        return found

    def contradictions(self, *, include_compatible: bool = True) -> list[Contradiction]:
        """Events whose reports disagree on a figure (``incompatible`` says whether both can hold)."""
        with self.store.connect() as connection:
            return reader.contradictions(connection, include_compatible=include_compatible)

    def search_documents(self, text: str, *, limit: int = 50) -> list[DocumentHit]:
        """Documents whose whole text matches ``text`` (stemmed words, "phrases", prefix*),
        best first, each with a highlighted snippet and the events and entities at its matches."""
        with self.store.connect() as connection:
            return reader.search_documents(connection, text, limit=limit)

    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Evidence sentences containing every word of ``text``."""
        with self.store.connect() as connection:
            return reader.search(connection, text, limit=limit)

    # -- network -----------------------------------------------------------------------------

    def network(
        self,
        name: str,
        depth: int = 2,
        *,
        types: Sequence[str] = (),
        since: DateLike = None,
        until: DateLike = None,
        min_sources: int = 1,
        include_hedged: bool = True,
        origins: Sequence[str] = (),
        max_nodes: int | None = None,
        evidence_per_edge: int = 0,
    ) -> Network:
        """Entities within ``depth`` hops of ``name`` and the relations among them."""
        rf = relation_filter(
            types=types,
            since=since,
            until=until,
            min_sources=min_sources,
            include_hedged=include_hedged,
            origins=origins,
        )
        from nexus.analyze import network

        entity_id = self.entity_id(name)
        with self.store.connect() as connection:
            return network.neighbourhood(
                connection,
                entity_id,
                depth=depth,
                relation_filter=rf,
                max_nodes=network.MAX_NODES if max_nodes is None else max_nodes,
                evidence_per_edge=evidence_per_edge,
            )

    def path(
        self,
        source: str,
        target: str,
        *,
        types: Sequence[str] = (),
        since: DateLike = None,
        until: DateLike = None,
        min_sources: int = 1,
        include_hedged: bool = True,
        origins: Sequence[str] = (),
        max_hops: int | None = None,
    ) -> PathResult:
        """A shortest chain of relations from ``source`` to ``target``, with evidence per hop."""
        rf = relation_filter(
            types=types,
            since=since,
            until=until,
            min_sources=min_sources,
            include_hedged=include_hedged,
            origins=origins,
        )
        from nexus.analyze import network

        a, b = self.entity_id(source), self.entity_id(target)
        hops = network.MAX_PATH_HOPS if max_hops is None else max_hops
        with self.store.connect() as connection:
            return network.shortest_path(connection, a, b, relation_filter=rf, max_hops=hops)

    def timeline(
        self,
        name: str | None = None,
        *,
        since: DateLike = None,
        until: DateLike = None,
        limit: int | None = 1000,
    ) -> Timeline:
        """Events and first-seen links (of one entity, or all), oldest first."""
        from nexus.analyze.timeline import timeline

        entity_id = self.entity_id(name) if name else None
        with self.store.connect() as connection:
            first, last = date_bound(since), date_bound(until, end=True)
            return timeline(connection, entity_id, since=first, until=last, limit=limit)

    def metrics(
        self,
        *,
        types: Sequence[str] = (),
        since: DateLike = None,
        until: DateLike = None,
        min_sources: int = 1,
        include_hedged: bool = True,
        origins: Sequence[str] = (),
        top: int | None = 50,
    ) -> GraphMetrics:
        """Degree, betweenness, PageRank and Louvain community of the most central entities."""
        rf = relation_filter(
            types=types,
            since=since,
            until=until,
            min_sources=min_sources,
            include_hedged=include_hedged,
            origins=origins,
        )
        from nexus.analyze.metrics import graph_metrics

        with self.store.connect() as connection:
            return graph_metrics(connection, rf, top=top)

    def new_links(self, since: DateLike, until: DateLike = None) -> list[RelationRecord]:
        """Relations first seen in [since, until]."""
        start = date_bound(since)
        if start is None:
            raise StoreError("new_links needs a start date")
        from nexus.analyze.metrics import new_links

        with self.store.connect() as connection:
            return new_links(connection, start, date_bound(until, end=True))


def sqlite_file(db: str | None) -> Path | None:
    """The file a SQLite ``db`` (URL or path, see ``resolve_url``) names; None for other databases
    and for an in-memory SQLite database."""
    url = make_url(resolve_url(db))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


_REVISION = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def _head_revisions() -> set[str]:
    """The newest migration ids, read from the packaged scripts without importing alembic."""
    revisions, parents = set(), set()
    for script in (Path(__file__).parent / "store" / "migrations" / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(source))
        parents.update(_DOWN_REVISION.findall(source))
    return revisions - parents


def _open_current(db: str | None) -> Store:
    """The store at ``db``, migrating it (alembic) only when it is not at the newest revision.

    Reading the revision with one query keeps alembic out of start-up for the
    common case, a store that is already current.
    """
    engine = make_engine(db)
    try:
        with engine.connect() as connection:
            current = {
                row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            }
    except Exception:  # no alembic_version table yet: a new or foreign database
        current = set()
    if current and current == _head_revisions():
        return Store(engine)
    engine.dispose()
    return open_store(db)


def open(db: str | None = None, *, must_exist: bool = False) -> KnowledgeBase:
    """Open the knowledge base at ``db`` (URL or SQLite path; default ``$NEXUS_DB`` or ./nexus.db).

    A SQLite file that does not exist is created (and migrated), unless
    ``must_exist``: then a ``NotFoundError`` names the path, so a mistyped
    path is never mistaken for an empty knowledge base.
    """
    path = sqlite_file(db)
    if path is not None and path.is_dir():
        raise StoreError(
            f"{path.absolute()} is a folder: give the knowledge base's file (e.g. {path / 'nexus.db'})"
        )
    if must_exist and path is not None and not path.exists():
        raise NotFoundError(
            f"no knowledge base at {path.absolute()} "
            "(give --db or $NEXUS_DB, or create one with nexus ingest)"
        )
    if path is not None and not path.exists() and not path.absolute().parent.is_dir():
        raise StoreError(
            f"cannot create a knowledge base at {path.absolute()}: "
            f"the folder {path.absolute().parent} does not exist"
        )
    return KnowledgeBase(_open_current(db))


__all__ = ["KnowledgeBase", "NotFoundError", "date_bound", "open", "relation_filter", "sqlite_file"]
