"""The ``Store``: a knowledge base in SQLite or PostgreSQL.

Writing goes through ``ingest`` (statements from extractions) and through
``merge``/``split`` (manual overrides); reading through ``connect()`` and the
query functions of ``nexus.store.reader``. Each ingest batch is one
transaction, so a process killed mid-run loses at most the batch in flight,
and re-running the same input skips what was committed (documents are keyed
by id and content hash): nothing is lost and nothing is duplicated.

Several processes may write to one store at once (two ``nexus ingest`` runs,
the server): every write transaction holds the store's single writer lock
from its start (``BEGIN IMMEDIATE`` on SQLite, a transaction-level advisory
lock on PostgreSQL), so writers wait their turn and the store ends up with
the union of their documents. The in-memory indexes a store keeps between
batches are reloaded when another process has written since (``_fingerprint``
changed). A batch that still cannot get the lock (another writer held it for
minutes) is retried with backoff, then fails with one clean ``StoreError``.

Database errors reach the user as a ``StoreError`` without the password of
the URL; a damaged store (a table missing, a corrupt file) says so and names
``nexus doctor`` to repair it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field
from sqlalchemy import func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from nexus.errors import StoreError
from nexus.model import Extraction
from nexus.resolve.names import name_key
from nexus.resolve.overrides import split_entity_id
from nexus.store import linker, migrate
from nexus.store.engine import make_engine, redact, safe_url
from nexus.store.schema import (
    corrections,
    document_versions,
    documents,
    entities,
    event_overrides,
    mentions,
    overrides,
    relations,
)
from nexus.store.writer import IngestSession, Outcome, SessionState, content_hash

if TYPE_CHECKING:  # the near-duplicate index (numpy, datasketch) loads for writing only
    from nexus.store.dedupe import DuplicateIndex

DEFAULT_BATCH_SIZE = 50
#: Attempts at a write batch that finds the store locked (each waits the busy timeout first).
WRITE_ATTEMPTS = 5
#: Attempts at creating or migrating a store another run is migrating at the same moment, and the
#: pause before the next (times the attempt's number), seconds.
OPEN_ATTEMPTS = 6
OPEN_RETRY_SECONDS = 1.0
#: The PostgreSQL advisory-lock key of the store's writer lock (any constant; "nexus" in ASCII).
WRITER_LOCK_KEY = 0x6E65787573
#: Phrases of SQLite/PostgreSQL errors that mean the store itself is damaged, not the request.
_DAMAGE = ("no such table", "no such column", "malformed", "not a database", "does not exist", "corrupt")


class StoreDamaged(StoreError):
    """The store itself is damaged (a table missing, a corrupt file): ``nexus doctor`` tells more."""

    code = "E302"


def is_locked(exc: BaseException) -> bool:
    """Whether a database error means "another writer holds the lock"."""
    message = str(exc).lower()
    return isinstance(exc, OperationalError) and ("locked" in message or "busy" in message)


def is_damaged(exc: BaseException) -> bool:
    """Whether a database error means the store itself is damaged (a table missing, a corrupt file)."""
    message = str(getattr(exc, "orig", None) or exc).lower()
    return isinstance(exc, DatabaseError) and any(phrase in message for phrase in _DAMAGE)


def store_error(exc: BaseException, url: str | None, doing: str) -> StoreError:
    """A clean, password-free ``StoreError`` for a database error met while ``doing`` something."""
    detail = redact(str(getattr(exc, "orig", None) or exc).strip().splitlines()[0], url)
    where = safe_url(url)
    if is_damaged(exc):
        return StoreDamaged(
            f"the store at {where} is damaged ({detail}) while {doing}; run `nexus doctor --db ...` "
            "to see what is wrong and `nexus doctor --repair` to rebuild it"
        )
    if is_locked(exc):
        return StoreError(f"the store at {where} stayed locked by another writer while {doing}; try again")
    return StoreError(f"database error at {where} while {doing}: {detail}")


class DocumentResult(BaseModel):
    """What ingest did with one document."""

    doc_id: str
    outcome: Outcome
    duplicate_of: str | None = None
    error: str | None = None


class IngestSummary(BaseModel):
    """Counts for one ``Store.ingest`` call."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    duplicates: int = Field(default=0, description="added documents that copy an earlier one")
    failures: list[DocumentResult] = Field(default_factory=list)

    def count(self, result: DocumentResult) -> None:
        setattr(self, result.outcome, getattr(self, result.outcome) + 1)
        if result.duplicate_of is not None:
            self.duplicates += 1
        if result.outcome == "failed":
            self.failures.append(result)


@dataclass
class Store:
    """A knowledge base on one database. Create it with ``open_store``."""

    engine: Engine
    _state: SessionState | None = field(default=None, repr=False)
    _seen: tuple[int, int, int, int, tuple[int, int]] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def _secret_url(self) -> str:
        """The URL with its password, only to find and remove that password from messages."""
        return self.engine.url.render_as_string(hide_password=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read connection (reads run in one transaction, so they see one state).

        A database error inside the block (a damaged store) comes out as a clean ``StoreError``.
        """
        try:
            with self.engine.connect() as connection:
                yield connection
        except DatabaseError as exc:
            raise store_error(exc, self._secret_url, "reading") from None

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction holding the store's writer lock from its start (see the module docstring)."""
        with self.engine.connect() as connection:
            connection.execution_options(nexus_write=True)
            with connection.begin():
                if self.dialect == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
                yield connection

    @contextmanager
    def _clean_errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except DatabaseError as exc:
            raise store_error(exc, self._secret_url, doing) from None

    # -- ingest ------------------------------------------------------------------------------

    def has_document(self, doc_id: str, text: str) -> bool:
        """Whether this exact text is stored under ``doc_id`` (lets callers skip extracting it)."""
        with self.connect() as connection:
            found = connection.execute(
                select(document_versions.c.version).where(
                    document_versions.c.doc_id == doc_id,
                    document_versions.c.content_hash == content_hash(text),
                )
            ).first()
        return found is not None

    def ingest(
        self,
        extractions: Iterable[Extraction],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        on_result: Callable[[DocumentResult], None] | None = None,
    ) -> IngestSummary:
        """Store extractions, resolving them against what is already known.

        Idempotent (a document already stored with the same text adds
        nothing), transactional per batch of ``batch_size`` documents, and
        resumable: after an interruption, run it again on the same input.
        ``on_result`` is called once per document after its batch commits.
        """
        summary = IngestSummary()
        batch: list[Extraction] = []
        for extraction in extractions:
            batch.append(extraction)
            if len(batch) >= batch_size:
                self._ingest_batch(batch, summary, on_result)
                batch = []
        if batch:
            self._ingest_batch(batch, summary, on_result)
        return summary

    def _ingest_batch(
        self,
        batch: Sequence[Extraction],
        summary: IngestSummary,
        on_result: Callable[[DocumentResult], None] | None,
    ) -> None:
        delay = 0.5
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                results = self._write_batch(batch)
                break
            except SQLAlchemyError as exc:
                self._state = None
                if is_locked(exc) and attempt < WRITE_ATTEMPTS:
                    time.sleep(delay)
                    delay *= 2
                    continue
                raise store_error(exc, self._secret_url, "storing a batch of documents") from None
        if self._state is not None:
            self._state.batch += 1
        for result in results:
            summary.count(result)
            if on_result is not None:
                on_result(result)

    def _write_batch(self, batch: Sequence[Extraction]) -> list[DocumentResult]:
        """One batch in one write transaction; the results, once committed."""
        results: list[DocumentResult] = []
        try:
            with self.write() as connection:
                if self._state is not None and _fingerprint(connection) != self._seen:
                    self._state = None  # another process wrote since our last batch
                state = self._session_state(connection)
                session = IngestSession(connection, state)
                session.prepare(batch)
                for extraction in batch:
                    doc_id = extraction.document.id
                    try:
                        outcome, original = session.add(extraction)
                    except DatabaseError as exc:
                        if is_damaged(exc) or is_locked(exc):
                            raise  # the store, not the document: no later document would fare better
                        session.fail(doc_id, extraction.document.text, f"{type(exc).__name__}: {exc}")
                        results.append(DocumentResult(doc_id=doc_id, outcome="failed", error=str(exc)))
                        self._state = None
                        continue
                    except Exception as exc:  # one bad document must not sink the batch
                        session.fail(doc_id, extraction.document.text, f"{type(exc).__name__}: {exc}")
                        results.append(DocumentResult(doc_id=doc_id, outcome="failed", error=str(exc)))
                        self._state = None  # in-memory indexes may hold the failed document
                        continue
                    results.append(DocumentResult(doc_id=doc_id, outcome=outcome, duplicate_of=original))
                session.finish()
                self._seen = _fingerprint(connection)  # as this transaction leaves it
        except Exception:
            self._state = None
            raise
        return results

    def _session_state(self, connection: Connection) -> SessionState:
        if self._state is None:
            max_seq = connection.execute(select(func.max(documents.c.seq))).scalar()
            max_batch = connection.execute(select(func.max(documents.c.batch))).scalar()
            self._state = SessionState(
                entity_index=linker.load_entity_index(connection),
                duplicates=_duplicate_index(connection),
                overrides=linker.load_overrides(connection),
                next_seq=(max_seq or 0) + 1,
                batch=(max_batch or 0) + 1,
            )
        return self._state

    # -- manual overrides --------------------------------------------------------------------

    def merge(self, keep: str, absorb: str) -> list[str]:
        """Make ``absorb`` the same entity as ``keep``; persisted and replayed on every ingest.

        Returns the ids of the mentions that moved. Statements are re-pointed,
        never deleted; the emptied entity keeps a ``merged_into`` pointer.
        """
        if keep == absorb:
            raise StoreError(f"cannot merge {keep} with itself")
        with self._clean_errors("merging entities"), self.write() as connection:
            self._require_entities(connection, keep, absorb)
            connection.execute(
                insert(overrides).values(kind="merge", entity_id=keep, other_id=absorb, forms=[])
            )
            moved = list(
                connection.execute(select(mentions.c.id).where(mentions.c.canonical_id == absorb)).scalars()
            )
            connection.execute(
                update(mentions).where(mentions.c.canonical_id == absorb).values(canonical_id=keep)
            )
            self._after_override(connection, moved, {keep, absorb})
            connection.execute(update(entities).where(entities.c.id == absorb).values(merged_into=keep))
            connection.execute(
                update(entities).where(entities.c.merged_into == absorb).values(merged_into=keep)
            )
        self._state = None
        return moved

    def split(self, entity_id: str, forms: Iterable[str]) -> str:
        """Move the mentions of ``entity_id`` named by any of ``forms`` to a new entity.

        Returns the new entity's id (stable for the same entity and forms).
        """
        keys = sorted({name_key(form) for form in forms if name_key(form)})
        if not keys:
            raise StoreError("split needs at least one surface form to move")
        new_id = split_entity_id(entity_id, keys)
        with self._clean_errors("splitting an entity"), self.write() as connection:
            self._require_entities(connection, entity_id)
            connection.execute(
                insert(overrides).values(kind="split", entity_id=entity_id, other_id=new_id, forms=keys)
            )
            candidates = connection.execute(
                select(mentions.c.id, mentions.c.name, mentions.c.aliases).where(
                    mentions.c.canonical_id == entity_id
                )
            ).all()
            moved = [
                row.id
                for row in candidates
                if {name_key(f) for f in (row.name, *(row.aliases or []))} & set(keys)
            ]
            if not moved:
                raise StoreError(f"no mention of {entity_id} is named {', '.join(keys)}")
            for batch in linker.chunks(moved):
                connection.execute(
                    update(mentions).where(mentions.c.id.in_(batch)).values(canonical_id=new_id)
                )
            self._after_override(connection, moved, {entity_id, new_id})
        self._state = None
        return new_id

    def _require_entities(self, connection: Connection, *ids: str) -> None:
        found = set(connection.execute(select(entities.c.id).where(entities.c.id.in_(ids))).scalars())
        missing = [i for i in ids if i not in found]
        if missing:
            raise StoreError(f"unknown entity id(s): {', '.join(missing)}")

    def _after_override(self, connection: Connection, moved: list[str], entity_ids: set[str]) -> None:
        linker.refresh_entities(connection, entity_ids)
        linker.refresh_relations(connection, linker.repoint_relation_statements(connection, moved))
        linker.refresh_events(connection, linker.events_of_mentions(connection, moved))

    # -- bulk load ---------------------------------------------------------------------------

    def bulk_insert(
        self,
        *,
        entity_rows: Sequence[dict[str, Any]] = (),
        relation_rows: Sequence[dict[str, Any]] = (),
        chunk_size: int = 20_000,
    ) -> None:
        """Insert aggregate rows directly (benchmarks, imports): no statements, no resolution.

        Rows are dicts of ``entities`` / ``relations`` columns; missing
        counters default to zero.
        """
        with self.write() as connection:
            for table, rows in ((entities, entity_rows), (relations, relation_rows)):
                for start in range(0, len(rows), chunk_size):
                    connection.execute(insert(table), list(rows[start : start + chunk_size]))
        self._state = None

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables (for status output and tests)."""
        from nexus.store import schema

        with self.connect() as connection:
            return {
                table.name: linker.count_rows(connection, table)
                for table in (
                    schema.documents,
                    schema.document_versions,
                    schema.mentions,
                    schema.entities,
                    schema.evidence,
                    schema.event_reports,
                    schema.events,
                    schema.relation_statements,
                    schema.relations,
                    schema.near_duplicates,
                    schema.overrides,
                )
            }


def open_store(url: str | None = None, *, upgrade: bool = True) -> Store:
    """Open (creating and migrating if needed) the store at ``url``.

    ``url`` defaults to ``$NEXUS_DB``, then ``sqlite:///./nexus.db``; a bare
    path is a SQLite file; PostgreSQL as ``postgresql+psycopg://user@host/db``.
    """
    engine = make_engine(url)
    if upgrade:
        for attempt in range(1, OPEN_ATTEMPTS + 1):
            try:
                migrate.upgrade(engine)
                break
            except Exception as exc:
                if isinstance(exc, DatabaseError) and is_locked(exc) and attempt < OPEN_ATTEMPTS:
                    # two runs creating one new SQLite store: the one that lost the race waits
                    # for the other's migration (SQLite answers a lock upgrade deadlock at once)
                    time.sleep(OPEN_RETRY_SECONDS * attempt)
                    continue
                engine.dispose()
                if isinstance(exc, DatabaseError):
                    raise store_error(exc, url, "opening it") from None
                raise StoreError(redact(f"cannot prepare the store at {safe_url(url)}: {exc}", url)) from None
    return Store(engine)


def _duplicate_index(connection: Connection) -> DuplicateIndex:
    """The store's near-duplicate index (loaded for writing only: reads never import it)."""
    from nexus.store.dedupe import load_index

    return load_index(connection)


def _fingerprint(connection: Connection) -> tuple[int, int, int, int, tuple[int, int]]:
    """What changes whenever any process writes: newest document, newest entity and event
    override, versions stored, corrections made and undone."""
    return (
        connection.execute(select(func.max(documents.c.seq))).scalar() or 0,
        connection.execute(select(func.max(overrides.c.seq))).scalar() or 0,
        connection.execute(select(func.count()).select_from(document_versions)).scalar() or 0,
        _newest_event_override(connection),
        _corrections_made(connection),
    )


def _corrections_made(connection: Connection) -> tuple[int, int]:
    """(newest correction, corrections undone): a fact marked wrong or restored elsewhere."""
    if not inspect(connection).has_table(corrections.name):
        return (0, 0)
    newest, undone = connection.execute(
        select(func.max(corrections.c.id), func.count(corrections.c.undone_at))
    ).one()
    return (newest or 0, undone or 0)


def _newest_event_override(connection: Connection) -> int:
    """The newest manual event merge/split (0 without any, or on a store older than them)."""
    if not inspect(connection).has_table(event_overrides.name):
        return 0
    return connection.execute(select(func.max(event_overrides.c.seq))).scalar() or 0
