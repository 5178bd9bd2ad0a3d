"""``run_ingest``: inputs in, a knowledge base updated, a ``RunSummary`` out.

The run has three stages, streamed so memory stays flat on any input size:

1. **read** — ``iter_documents`` turns paths (files, folders, ``-``) into
   ``Document`` objects and failure records; already built ``Document``
   objects pass through. A document whose exact text the store already
   holds is counted ``unchanged`` and never extracted (this is what makes a
   re-run after an interruption cheap: it resumes where the store stopped).
2. **extract** — a ``Runner`` turns the documents into extractions, one
   outcome per document in input order. ``InProcessRunner`` runs chunks
   through ``Extractor.extract_many`` (batched ``nlp.pipe``) and redoes a
   chunk that fails one document at a time, so only the bad document is lost
   (``extract_chunk``). ``ForkRunner`` does the same in ``jobs`` forked
   worker processes, forked after the model and the geocoder indexes are
   loaded (``warm_up``), so each worker starts ready. ``DaskRunner`` (in
   ``nexus.service.dask``) does it on a Dask cluster.
3. **store** — the extractions go to ``KnowledgeBase.ingest`` in batches of
   ``batch_size``, one transaction each, in input order, by this process
   only: a worker that dies never leaves half a document behind, and a run
   killed mid-batch loses that batch's uncommitted work only, which the
   next run redoes (documents are keyed by id and content hash, so nothing
   is stored twice).

Bad input never stops the run: each failure is a ``Problem`` naming the
document (its origin, file and line, when it has one) and the reason, and
the run goes on. ``on_progress`` is called once per input item with a final
outcome (``ProgressEvent``), as it happens.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from pydantic import BaseModel, Field

from nexus.model import Document, Extraction

if TYPE_CHECKING:
    from nexus.extract.pipeline import Extractor
    from nexus.ingest import IngestFailure
    from nexus.kb import KnowledgeBase
    from nexus.store import DocumentResult

T = TypeVar("T")
F = TypeVar("F")

#: Where a problem happened: reading the input, extracting, or storing.
Stage = Literal["read", "extract", "store"]
#: A document's final outcome in a run.
Outcome = Literal["added", "updated", "unchanged", "failed", "skipped"]
#: A plain extraction function (what the API holds) works wherever an ``Extractor`` does.
ExtractFn = Callable[[Document], Extraction]

#: Documents per chunk given to an extractor at once (one ``nlp.pipe`` call, one worker task).
DEFAULT_CHUNK = 16
#: Documents queued or running per forked worker: this process submits only between the
#: batches it stores, so the queue must outlast a batch or the workers wait on it.
FORK_IN_FLIGHT = 128
#: Input documents looked up in the store at once (one query) to skip those already stored.
LOOKUP_CHUNK = 64
#: A short report, in our own words, extracted once before forking so workers inherit warm caches.
WARM_UP_TEXT = (
    "Gunmen attacked a police checkpoint near Peshawar on Monday, killing three officers, "
    "a provincial spokesman said. No group has claimed the attack."
)


class Problem(BaseModel):
    """An input that failed, or was skipped, and why.

    ``origin`` names it for a person (the file and line it came from, else
    its document id); ``doc_id`` is set once the input was read.
    """

    origin: str
    reason: str
    stage: Stage
    doc_id: str | None = None


class RunSummary(BaseModel):
    """What one ``run_ingest`` call did.

    ``added``/``updated`` documents were stored (``stored`` is their sum),
    ``unchanged`` ones were already stored with the same text (and were not
    extracted again), ``duplicates`` counts added documents that copy an
    earlier one. ``failed`` lists real errors (the run exits non-zero on
    them); ``skipped`` lists notices (unsupported files in a folder, and
    documents a triage stage judged out of scope), which are not errors.
    """

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = Field(default=0, description="added documents that copy an earlier one")
    failed: list[Problem] = Field(default_factory=list)
    skipped: list[Problem] = Field(default_factory=list)

    @property
    def stored(self) -> int:
        """Documents written by this run (added or updated)."""
        return self.added + self.updated

    @property
    def ok(self) -> bool:
        """True when nothing failed (skipped inputs and duplicates are fine)."""
        return not self.failed

    def counts(self) -> dict[str, int]:
        """The counters as one flat dict: added, updated, unchanged, duplicates, failed, skipped."""
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "failed": len(self.failed),
            "skipped": len(self.skipped),
        }


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    """One input reached its final outcome (passed to ``on_progress``).

    ``done`` counts the inputs finished so far in this run, this one
    included; ``reason`` and ``stage`` are set for ``failed`` and ``skipped``.
    """

    outcome: Outcome
    origin: str
    doc_id: str | None
    done: int
    reason: str | None = None
    stage: Stage | None = None
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class ExtractFailed:
    """The extractor could not handle ``document``; ``reason`` says why."""

    document: Document
    reason: str


@dataclass(frozen=True, slots=True)
class ExtractSkipped:
    """The extractor judged ``document`` out of scope (a triage stage); ``reason`` says why."""

    document: Document
    reason: str


#: What a runner gives for one document.
ChunkOutcome = Extraction | ExtractFailed | ExtractSkipped


class Runner(Protocol):
    """Turns documents into outcomes: exactly one per document, in input order."""

    def run(self, documents: Iterable[Document]) -> Iterator[ChunkOutcome]:
        """Extract ``documents`` lazily (a run may be stopped after any outcome)."""
        ...

    def close(self) -> None:
        """Release what the runner holds (worker processes, a cluster)."""
        ...


# -- extraction --------------------------------------------------------------------------------


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter), lazily."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _failure_reason(exc: BaseException) -> str:
    return f"extraction failed: {type(exc).__name__}: {exc}"


def _triaged(outcome: ChunkOutcome) -> ChunkOutcome:
    """An extraction the triage stage left unparsed (``Extraction.skipped``) is a skip, not a store."""
    if isinstance(outcome, Extraction) and outcome.skipped:
        return ExtractSkipped(outcome.document, f"not about security: {outcome.skipped}")
    return outcome


def extract_chunk(extractor: Extractor | ExtractFn, documents: Sequence[Document]) -> list[ChunkOutcome]:
    """One outcome per document of ``documents``, in order; never raises for a bad document.

    With an ``Extractor`` the chunk goes through ``extract_many`` (one
    batched ``nlp.pipe``); when that fails, the chunk is redone one document
    at a time, so only the documents that fail alone become ``ExtractFailed``.
    A plain function is called per document.
    """
    extract_many = getattr(extractor, "extract_many", None)
    if extract_many is not None and len(documents) > 1:
        try:
            results: list[ChunkOutcome] = list(extract_many(documents))
        except Exception:  # some document in the chunk is bad: find it below
            pass
        else:
            if len(results) == len(documents):
                return [_triaged(outcome) for outcome in results]
    extract_one: ExtractFn = extractor.extract if hasattr(extractor, "extract") else extractor
    outcomes: list[ChunkOutcome] = []
    for document in documents:
        try:
            outcomes.append(_triaged(extract_one(document)))
        except Exception as exc:  # a document the extractor cannot handle
            outcomes.append(ExtractFailed(document, _failure_reason(exc)))
    return outcomes


def warm_up(extractor: Extractor | ExtractFn) -> None:
    """Load what an ``Extractor`` loads lazily (geocoder indexes, lexicon caches) by extracting
    one short report, so processes forked afterwards start with all of it in memory.

    A plain function is left alone (calling it may have side effects).
    """
    if getattr(extractor, "nlp", None) is None:
        return
    from nexus.extract import geocode

    geocode.city_table()
    geocode.country_index()
    geocode.site_index()
    extract_chunk(extractor, [Document(id="nexus-warm-up", text=WARM_UP_TEXT)])


def ordered(
    chunks: Iterable[list[Document]],
    submit: Callable[[list[Document]], F],
    collect: Callable[[list[Document], F], list[ChunkOutcome]],
    window: int,
) -> Iterator[ChunkOutcome]:
    """Outcomes of asynchronously extracted chunks, in input order, with at most ``window``
    chunks in flight (``submit`` starts one, ``collect`` waits for it and decodes it)."""
    pending: deque[tuple[list[Document], F]] = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        while len(pending) >= max(1, window):
            first, handle = pending.popleft()
            yield from collect(first, handle)
    while pending:
        first, handle = pending.popleft()
        yield from collect(first, handle)


def _default_extractor() -> Extractor:
    from nexus.extract.pipeline import Extractor

    return Extractor()


class InProcessRunner:
    """Extracts in this process, ``chunk_size`` documents per ``nlp.pipe`` batch.

    The extractor is built on first use when none is given, so a re-run
    that finds everything stored never loads the model.
    """

    def __init__(self, extractor: Extractor | ExtractFn | None = None, *, chunk_size: int = 0) -> None:
        self._extractor = extractor
        self.chunk_size = chunk_size

    @property
    def extractor(self) -> Extractor | ExtractFn:
        """The extractor (built now if it was not given)."""
        if self._extractor is None:
            self._extractor = _default_extractor()
        return self._extractor

    def _chunk_size(self) -> int:
        if self.chunk_size > 0:
            return self.chunk_size
        return max(32, int(getattr(self.extractor, "batch_size", 8)) * 4)

    def run(self, documents: Iterable[Document]) -> Iterator[ChunkOutcome]:
        """Outcomes in input order (see ``extract_chunk``)."""
        iterator = iter(documents)
        first = next(iterator, None)
        if first is None:
            return
        size = self._chunk_size()
        for chunk in chunked(_prepend(first, iterator), size):
            yield from extract_chunk(self.extractor, chunk)

    def close(self) -> None:
        """Nothing to release."""


#: The extractor forked workers use (set by ``ForkRunner`` just before it forks).
_FORKED: Extractor | ExtractFn | None = None


def _extract_forked(documents: list[Document]) -> list[ChunkOutcome]:
    if _FORKED is None:  # pragma: no cover - only when a worker was not forked by ForkRunner
        raise RuntimeError("no extractor in this worker process")
    return extract_chunk(_FORKED, documents)


class ForkRunner:
    """Extracts in ``jobs`` worker processes forked from this one; this process stores.

    The extractor is built and warmed up (``warm_up``) before the fork, so
    the workers share the loaded model and geocoder index copy-on-write
    instead of each loading them again. Chunks of ``chunk_size`` documents
    go to the workers, ``FORK_IN_FLIGHT`` documents' worth per worker in flight, and come back in
    input order. A chunk whose worker failed (a worker process killed) is
    redone in this process, so nothing is lost; a pool that broke is not
    used again.
    """

    def __init__(
        self,
        extractor: Extractor | ExtractFn | None = None,
        *,
        jobs: int = 2,
        chunk_size: int = DEFAULT_CHUNK,
    ) -> None:
        self._local = InProcessRunner(extractor)
        self.jobs = max(1, jobs)
        self.chunk_size = max(1, chunk_size)
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False

    def _start(self) -> ProcessPoolExecutor:
        global _FORKED
        if self._pool is None:
            extractor = self._local.extractor
            warm_up(extractor)
            _FORKED = extractor
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("fork"))
        return self._pool

    def _submit(self, chunk: list[Document]) -> Future[list[ChunkOutcome]] | None:
        if self._broken:
            return None
        try:
            return self._start().submit(_extract_forked, chunk)
        except RuntimeError:  # BrokenProcessPool (a RuntimeError): go on in this process
            self._broken = True
            return None

    def _collect(
        self, chunk: list[Document], future: Future[list[ChunkOutcome]] | None
    ) -> list[ChunkOutcome]:
        if future is not None:
            try:
                return future.result()
            except Exception:  # the worker died or could not return the chunk
                self._broken = self._broken or bool(self._pool and getattr(self._pool, "_broken", False))
        return extract_chunk(self._local.extractor, chunk)

    def run(self, documents: Iterable[Document]) -> Iterator[ChunkOutcome]:
        """Outcomes in input order; the pool is forked when the first document arrives."""
        window = self.jobs * max(2, -(-FORK_IN_FLIGHT // self.chunk_size))
        yield from ordered(chunked(documents, self.chunk_size), self._submit, self._collect, window)

    def close(self) -> None:
        """Stop the worker processes."""
        global _FORKED
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        _FORKED = None


def _prepend(first: T, rest: Iterator[T]) -> Iterator[T]:
    yield first
    yield from rest


# -- the run -----------------------------------------------------------------------------------


def already_stored(kb: KnowledgeBase, documents: Sequence[Document]) -> set[tuple[str, str]]:
    """The ``(id, text)`` of the ``documents`` whose exact text the store holds under their id.

    One query for all of them (``Store.has_document`` answers the same, one
    document and one query at a time).
    """
    if not documents:
        return set()
    from sqlalchemy import select

    from nexus.store.schema import document_versions
    from nexus.store.writer import content_hash

    hashes = {(document.id, content_hash(document.text)): document for document in documents}
    ids = sorted({document.id for document in documents})
    with kb.store.connect() as connection:
        found = connection.execute(
            select(document_versions.c.doc_id, document_versions.c.content_hash).where(
                document_versions.c.doc_id.in_(ids)
            )
        ).all()
    return {
        (doc.id, doc.text) for doc in (hashes.get((row.doc_id, row.content_hash)) for row in found) if doc
    }


def _items(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str] | Document | IngestFailure],
) -> Iterator[Document | IngestFailure]:
    from nexus.ingest import IngestFailure, iter_documents

    if isinstance(inputs, str | os.PathLike):
        yield from iter_documents([inputs])
        return
    for item in inputs:
        if isinstance(item, Document | IngestFailure):
            yield item
        else:
            yield from iter_documents([item])


def run_ingest(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str] | Document | IngestFailure],
    kb: KnowledgeBase,
    *,
    extractor: Extractor | ExtractFn | None = None,
    jobs: int = 1,
    runner: Runner | None = None,
    batch_size: int = 50,
    chunk_size: int = 0,
    on_progress: Callable[[ProgressEvent], None] | None = None,
) -> RunSummary:
    """Read, extract and store ``inputs`` into ``kb``; returns what happened.

    ``inputs`` are paths (files, folders, ``-`` for stdin), ``Document``
    objects, or a mix. ``extractor`` is an ``Extractor`` or a function
    ``Document -> Extraction`` (default: a new ``Extractor``, built only if
    some document needs extracting). ``jobs > 1`` extracts in that many
    forked processes (``ForkRunner``); ``runner`` replaces both (e.g. a
    ``nexus.service.dask.DaskRunner``; it is not closed here). Extractions
    are stored ``batch_size`` per transaction, in input order.
    ``on_progress`` is called once per input as it reaches its outcome.

    Idempotent and resumable: documents already stored with the same text
    are ``unchanged`` and not extracted; re-running after an interruption
    stores what the first run did not, and nothing twice. Store errors that
    concern the whole store (unreachable, damaged) raise ``StoreError``;
    everything that concerns one document is a ``Problem`` in the summary.
    """
    from nexus.ingest import IngestFailure, unique_ids

    summary = RunSummary()
    done = 0
    origins: dict[str, deque[str]] = {}

    def emit(outcome: Outcome, origin: str, doc_id: str | None, **extra: Any) -> None:
        nonlocal done
        done += 1
        if on_progress is not None:
            on_progress(ProgressEvent(outcome=outcome, origin=origin, doc_id=doc_id, done=done, **extra))

    def problem(
        outcome: Literal["failed", "skipped"], origin: str, doc_id: str | None, reason: str, stage: Stage
    ) -> None:
        (summary.failed if outcome == "failed" else summary.skipped).append(
            Problem(origin=origin, reason=reason, stage=stage, doc_id=doc_id)
        )
        emit(outcome, origin, doc_id, reason=reason, stage=stage)

    def documents() -> Iterator[Document]:
        for chunk in chunked(unique_ids(_items(inputs)), LOOKUP_CHUNK):
            stored = already_stored(kb, [item for item in chunk if isinstance(item, Document)])
            for item in chunk:
                if isinstance(item, IngestFailure):
                    problem("skipped" if item.skipped else "failed", item.origin, None, item.reason, "read")
                    continue
                if (item.id, item.text) in stored:
                    summary.unchanged += 1
                    emit("unchanged", item.origin or item.id, item.id)
                    continue
                yield item

    def extractions(outcomes: Iterable[ChunkOutcome]) -> Iterator[Extraction]:
        for outcome in outcomes:
            if isinstance(outcome, Extraction):
                doc = outcome.document
                origins.setdefault(doc.id, deque()).append(doc.origin or doc.id)
                yield outcome
                continue
            doc = outcome.document
            kind: Literal["failed", "skipped"] = "failed" if isinstance(outcome, ExtractFailed) else "skipped"
            problem(kind, doc.origin or doc.id, doc.id, outcome.reason, "extract")

    def stored(result: DocumentResult) -> None:
        waiting = origins.get(result.doc_id)
        origin = waiting.popleft() if waiting else result.doc_id
        if waiting is not None and not waiting:
            del origins[result.doc_id]
        if result.outcome == "failed":
            problem("failed", origin, result.doc_id, result.error or "could not be stored", "store")
            return
        setattr(summary, result.outcome, getattr(summary, result.outcome) + 1)
        if result.duplicate_of is not None:
            summary.duplicates += 1
        emit(result.outcome, origin, result.doc_id, duplicate_of=result.duplicate_of)

    own: Runner | None = None
    if runner is None:
        runner = own = (
            ForkRunner(extractor, jobs=jobs, chunk_size=chunk_size or DEFAULT_CHUNK)
            if jobs > 1
            else InProcessRunner(extractor, chunk_size=chunk_size)
        )
    try:
        kb.ingest(extractions(runner.run(documents())), batch_size=batch_size, on_result=stored)
    finally:
        if own is not None:
            own.close()
    return summary
