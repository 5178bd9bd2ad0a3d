"""A Doc the extractor is done with keeps no caches (they point back at it and would keep it alive)."""

from __future__ import annotations

import gc
import weakref

import pytest
from spacy.tokens import Doc

from nexus.extract import pipeline
from nexus.extract.pipeline import Extractor
from nexus.model import Document, Extraction

TEXTS = [
    "Militants stormed a checkpoint near Bannu on Friday, killing three policemen, officials said.",
    "A car bomb wounded nine people outside a court in Mogadishu; al-Shabaab said it was behind it.",
]


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[Doc]:
    """The Docs the extractor turns into Extractions, in order."""
    docs: list[Doc] = []
    original = pipeline.to_extraction

    def spy(doc: Doc, document: Document, version: str) -> Extraction:
        docs.append(doc)
        return original(doc, document, version)

    monkeypatch.setattr(pipeline, "to_extraction", spy)
    return docs


def test_extract_many_releases_each_doc_and_keeps_its_facts(extractor: Extractor, seen: list[Doc]) -> None:
    documents = [Document(id=f"rel-{i}", text=t) for i, t in enumerate(TEXTS)]
    extractions = list(extractor.extract_many(documents))
    assert len(seen) == 2
    assert all(not doc.user_data for doc in seen)  # the stages' caches and extension values are gone
    assert all(x.events and x.entities for x in extractions)


def test_a_released_doc_is_freed_without_the_cyclic_collector(extractor: Extractor, seen: list[Doc]) -> None:
    gc.disable()
    try:
        extractor.extract(Document(id="rel-one", text=TEXTS[0]))
        ref = weakref.ref(seen.pop())
        assert ref() is None  # reference counting alone freed it
    finally:
        gc.enable()


def test_extract_many_collects_less_often_while_it_runs_and_restores_the_threshold(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = gc.get_threshold()
    during: list[tuple[int, int, int]] = []
    original = pipeline.to_extraction

    def spy(doc: Doc, document: Document, version: str) -> Extraction:
        during.append(gc.get_threshold())
        return original(doc, document, version)

    monkeypatch.setattr(pipeline, "to_extraction", spy)
    documents = [Document(id=f"gc-{i}", text=t) for i, t in enumerate(TEXTS)]
    assert len(list(extractor.extract_many(documents))) == 2
    assert during and all(t[0] >= pipeline.GC_YOUNG_THRESHOLD and t[1:] == before[1:] for t in during)
    assert gc.get_threshold() == before


def test_the_loaded_model_is_kept_out_of_the_cyclic_collector(extractor: Extractor) -> None:
    assert gc.get_freeze_count() > 10_000  # the model's objects, frozen when the extractor was built
