"""``run_ingest``: one call reads, skips what is stored, extracts and stores, reporting as it goes."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest

import nexus
from nexus.kb import KnowledgeBase
from nexus.model import Document, Extraction
from nexus.service import (
    ChunkOutcome,
    ExtractFailed,
    ExtractSkipped,
    ForkRunner,
    InProcessRunner,
    ProgressEvent,
    extract_chunk,
    run_ingest,
)
from nexus.store.samples import ExtractionBuilder

POISON = "@@unparseable@@"


def stub_extract(document: Document) -> Extraction:
    """Every capitalised word becomes an organisation; a text holding POISON cannot be extracted."""
    if POISON in document.text:
        raise ValueError("the stub cannot read this text")
    builder = ExtractionBuilder(document.id, document.text, published=document.published)
    for word in dict.fromkeys(w.strip(".,") for w in document.text.split() if w[:1].isupper()):
        builder.entity(word)
    built = builder.build()
    return built.model_copy(update={"document": document})


class ChunkStub:
    """An extractor whose batched path fails for a whole chunk when one document is bad."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.batches = 0

    def extract(self, document: Document) -> Extraction:
        self.calls.append(document.id)
        return stub_extract(document)

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        self.batches += 1
        batch = list(documents)
        if any(POISON in d.text for d in batch):
            raise RuntimeError("the batch broke")
        self.calls.extend(d.id for d in batch)
        return iter([stub_extract(d) for d in batch])


TEXTS = [
    "Rebels from Karsa shelled Olvin on Sunday.",
    "Police in Tamaro arrested two Vesk members.",
    "The Dunmere council condemned the raid.",
    "Border guards from Istel clashed with Varro smugglers.",
]


def documents() -> list[Document]:
    return [Document(id=f"r{i}", text=t, origin=f"memory:{i}") for i, t in enumerate(TEXTS)]


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with nexus.open(f"sqlite:///{tmp_path / 'kb.db'}") as opened:
        yield opened


def test_progress_reports_every_document_once_in_order(kb: KnowledgeBase) -> None:
    events: list[ProgressEvent] = []
    summary = run_ingest(documents(), kb, extractor=stub_extract, on_progress=events.append, batch_size=3)
    assert [e.doc_id for e in events] == ["r0", "r1", "r2", "r3"]
    assert [e.done for e in events] == [1, 2, 3, 4]
    assert {e.outcome for e in events} == {"added"}
    assert summary.added == summary.stored == 4 and summary.ok


def test_a_document_that_cannot_be_extracted_is_named_with_its_reason_and_the_rest_are_stored(
    kb: KnowledgeBase,
) -> None:
    docs = documents()
    docs.insert(2, Document(id="bad", text=f"Garbled {POISON} page", origin="feed.jsonl:7"))
    stub = ChunkStub()
    events: list[ProgressEvent] = []
    summary = run_ingest(docs, kb, extractor=stub, on_progress=events.append)
    assert summary.added == 4
    [problem] = summary.failed
    assert problem.origin == "feed.jsonl:7" and problem.doc_id == "bad" and problem.stage == "extract"
    assert "ValueError" in problem.reason and "cannot read this text" in problem.reason
    failed = [e for e in events if e.outcome == "failed"]
    assert [(e.origin, e.stage) for e in failed] == [("feed.jsonl:7", "extract")]
    assert not kb.store.has_document("bad", docs[2].text)
    assert all(kb.store.has_document(d.id, d.text) for d in docs if d.id != "bad")


def test_extract_chunk_keeps_the_batched_path_when_nothing_is_wrong() -> None:
    stub = ChunkStub()
    outcomes = extract_chunk(stub, documents())
    assert stub.batches == 1 and all(isinstance(o, Extraction) for o in outcomes)


def test_extract_chunk_redoes_a_broken_chunk_one_by_one() -> None:
    docs = [*documents()[:2], Document(id="bad", text=POISON), *documents()[2:]]
    outcomes = extract_chunk(ChunkStub(), docs)
    assert [type(o).__name__ for o in outcomes] == [
        "Extraction", "Extraction", "ExtractFailed", "Extraction", "Extraction"
    ]  # fmt: skip


def test_unreadable_input_is_named_by_file_and_line_and_the_run_goes_on(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "feed.jsonl"
    source.write_text(
        json.dumps({"id": "ok1", "text": TEXTS[0]})
        + "\n{not json\n"
        + json.dumps({"id": "ok2", "text": TEXTS[1]}),
        encoding="utf-8",
    )
    (folder / "notes.xyz").write_text("ignored", encoding="utf-8")
    summary = run_ingest([folder], kb, extractor=stub_extract)
    assert summary.added == 2
    assert [(p.origin, p.stage) for p in summary.failed] == [(f"{source}:2", "read")]
    assert [p.origin for p in summary.skipped] == [str(folder / "notes.xyz")]
    assert summary.counts()["failed"] == 1 and summary.counts()["skipped"] == 1


def test_a_rerun_skips_stored_documents_before_extracting_them(kb: KnowledgeBase) -> None:
    run_ingest(documents()[:2], kb, extractor=stub_extract)
    stub = ChunkStub()
    events: list[ProgressEvent] = []
    summary = run_ingest(documents(), kb, extractor=stub, on_progress=events.append)
    assert summary.unchanged == 2 and summary.added == 2
    assert stub.calls == ["r2", "r3"]  # the stored two were never extracted
    assert [e.outcome for e in events] == ["unchanged", "unchanged", "added", "added"]


def test_changed_text_under_a_known_id_is_an_update(kb: KnowledgeBase) -> None:
    run_ingest(documents()[:1], kb, extractor=stub_extract)
    changed = Document(id="r0", text=TEXTS[0] + " Three fighters were held.")
    summary = run_ingest([changed], kb, extractor=stub_extract)
    assert summary.updated == 1 and summary.added == 0


class SkippingRunner:
    """A runner standing in for a triage stage: documents about sport are out of scope."""

    def run(self, documents: Iterable[Document]) -> Iterator[ChunkOutcome]:
        for document in documents:
            if "match" in document.text:
                yield ExtractSkipped(document, "not about security: a sports report")
            else:
                yield stub_extract(document)

    def close(self) -> None:
        pass


def test_documents_a_runner_skips_are_counted_with_their_reason_and_not_stored(kb: KnowledgeBase) -> None:
    sport = Document(id="s1", text="Orlen won the match against Brask.", origin="sport.txt")
    summary = run_ingest([*documents()[:2], sport], kb, runner=SkippingRunner())
    assert summary.added == 2 and summary.ok
    assert [(p.origin, p.reason, p.stage) for p in summary.skipped] == [
        ("sport.txt", "not about security: a sports report", "extract")
    ]
    assert not kb.store.has_document("s1", sport.text)


# -- forked workers (--jobs) --------------------------------------------------------------------


def test_forked_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    with (
        nexus.open(f"sqlite:///{tmp_path / 'one.db'}") as one,
        nexus.open(f"sqlite:///{tmp_path / 'two.db'}") as two,
    ):
        docs = documents() * 1 + [
            Document(id=f"x{i}", text=f"Unit {i} of Halden met Corvo.") for i in range(9)
        ]
        single = run_ingest(docs, one, extractor=stub_extract)
        forked = run_ingest(docs, two, runner=ForkRunner(stub_extract, jobs=2, chunk_size=2))
        assert single == forked
        assert one.store.counts() == two.store.counts()
        assert [e.id for e in one.entities(limit=None)] == [e.id for e in two.entities(limit=None)]


_PARENT = os.getpid()


def dies_in_a_worker(document: Document) -> Extraction:
    """Kills the worker process it runs in (never the parent) on one document."""
    if document.id == "r1" and os.getpid() != _PARENT:
        os._exit(3)
    return stub_extract(document)


def test_a_killed_worker_process_loses_nothing(kb: KnowledgeBase) -> None:
    runner = ForkRunner(dies_in_a_worker, jobs=2, chunk_size=1)
    try:
        summary = run_ingest(documents(), kb, runner=runner)
    finally:
        runner.close()
    assert summary.added == 4 and summary.ok
    assert all(kb.store.has_document(d.id, d.text) for d in documents())


def test_in_process_runner_preserves_order_across_chunks() -> None:
    docs: Sequence[Document] = [Document(id=f"n{i}", text=f"Group {i} met Arlo.") for i in range(7)]
    runner = InProcessRunner(stub_extract, chunk_size=3)
    outcomes = list(runner.run(docs))
    assert [o.document.id for o in outcomes] == [d.id for d in docs]
    assert not any(isinstance(o, ExtractFailed) for o in outcomes)


def test_warm_up_loads_the_geocoder_indexes_before_a_fork(extractor) -> None:  # type: ignore[no-untyped-def]
    from nexus.extract import geocode
    from nexus.service import warm_up

    warm_up(extractor)
    for index in (geocode.city_table, geocode.country_index, geocode.site_index):
        assert index.cache_info().currsize == 1


def test_a_document_triage_leaves_unparsed_is_skipped_with_its_reason(kb: KnowledgeBase) -> None:
    def triaging(document: Document) -> Extraction:
        if "cup final" in document.text:
            return Extraction(document=document, skipped="no security cue")
        return stub_extract(document)

    match = Document(
        id="cup", text="The cup final went to extra time before a late winner.", origin="cup.txt"
    )
    summary = run_ingest([*documents()[:1], match], kb, extractor=triaging)
    assert summary.added == 1
    assert [(p.origin, p.stage) for p in summary.skipped] == [("cup.txt", "extract")]
    assert "no security cue" in summary.skipped[0].reason
    assert not kb.store.has_document("cup", match.text)


def test_an_id_reused_with_another_text_in_one_run_does_not_replace_the_first(kb: KnowledgeBase) -> None:
    first = Document(id="dup", text="Rebels from Karsa shelled Olvin on Sunday.", origin="batch:1")
    clash = Document(id="dup", text="Border guards from Istel clashed with Varro.", origin="batch:2")
    copy = Document(id="dup", text=first.text, origin="batch:3")
    summary = run_ingest([first, clash, copy], kb, extractor=stub_extract)
    assert summary.added == 1 and summary.updated == 0
    assert [(p.origin, p.stage) for p in summary.failed] == [("batch:2", "read")]
    assert "batch:1" in summary.failed[0].reason
    assert [p.origin for p in summary.skipped] == ["batch:3"]
    assert {e.name for e in kb.entities()} >= {"Karsa", "Olvin"}
    assert "Istel" not in {e.name for e in kb.entities()}
