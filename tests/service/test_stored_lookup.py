"""Documents already stored are found in one query per chunk of inputs and never extracted again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

import nexus
from nexus.kb import KnowledgeBase
from nexus.model import Document, Extraction
from nexus.service import run_ingest
from nexus.service.ingest import LOOKUP_CHUNK, already_stored
from nexus.store.samples import ExtractionBuilder


def _extract(document: Document) -> Extraction:
    builder = ExtractionBuilder(document.id, document.text)
    builder.entity(document.text.split()[0])
    return builder.build().model_copy(update={"document": document})


def _bulletins(n: int, edition: str = "morning") -> list[Document]:
    return [
        Document(id=f"bulletin-{i}", text=f"Ferrymen at pier {i} struck over unpaid {edition} wages.")
        for i in range(n)
    ]


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with nexus.open(f"sqlite:///{tmp_path / 'kb.db'}") as opened:
        yield opened


def test_already_stored_names_the_same_texts_under_the_same_ids(kb: KnowledgeBase) -> None:
    stored = _bulletins(3)
    run_ingest(stored, kb, extractor=_extract)
    changed = Document(id="bulletin-1", text="Ferrymen at pier 1 ended their strike.")
    unknown = Document(id="bulletin-9", text=stored[0].text)  # a known text under another id
    asked = [*stored, changed, unknown]
    assert already_stored(kb, asked) == {(d.id, d.text) for d in stored}
    assert all(
        kb.store.has_document(d.id, d.text) == ((d.id, d.text) in already_stored(kb, asked)) for d in asked
    )
    assert already_stored(kb, []) == set()


def test_a_rerun_extracts_only_what_changed_with_one_lookup_per_chunk(kb: KnowledgeBase) -> None:
    n = LOOKUP_CHUNK * 2 + 5
    run_ingest(_bulletins(n), kb, extractor=_extract)
    rerun = _bulletins(n)
    rerun[7] = Document(id="bulletin-7", text="Ferrymen at pier 7 struck over unpaid evening wages.")
    extracted: list[str] = []
    lookups: list[str] = []

    def extract(document: Document) -> Extraction:
        extracted.append(document.id)
        return _extract(document)

    def count(*args: Any) -> None:
        # the run's lookups before extraction (the store's own, once per write batch, reads versions too)
        if "document_versions.doc_id IN" in args[2] and "document_versions.version" not in args[2]:
            lookups.append(args[2])

    event.listen(kb.store.engine, "before_cursor_execute", count)
    try:
        summary = run_ingest(rerun, kb, extractor=extract)
    finally:
        event.remove(kb.store.engine, "before_cursor_execute", count)
    assert extracted == ["bulletin-7"]
    assert summary.unchanged == n - 1 and summary.updated == 1
    assert len(lookups) == 3  # ceil(n / LOOKUP_CHUNK), not one per document
