"""Long documents: extracted in sentence-aligned windows, never refused by spaCy (issue 13, item 2)."""

from __future__ import annotations

import itertools

import pytest

from nexus.extract import pipeline
from nexus.extract.pipeline import Extractor, windows
from nexus.model import Document, content_id

REPORT = (
    "Gunmen attacked a police post in Khost on Tuesday, killing four officers, officials said. "
    "The Taliban claimed responsibility for the raid.\n\n"
    "Separately, a roadside bomb wounded two soldiers near Gardez on Wednesday.\n\n"
)


@pytest.mark.parametrize("size", [40, 100, 333])
def test_windows_cover_the_text_contiguously_within_the_size(size: int) -> None:
    text = REPORT * 12
    ranges = windows(text, size)
    assert "".join(text[a:b] for a, b in ranges) == text
    assert all(b - a <= size for a, b in ranges)
    assert all(b == c for (_, b), (c, _) in itertools.pairwise(ranges))


def test_windows_end_at_paragraph_or_sentence_breaks() -> None:
    text = REPORT * 12
    for _, end in windows(text, 400)[:-1]:
        before = text[:end].rstrip()
        assert before.endswith((".", "\n")), before[-30:]


def test_a_short_text_is_one_window() -> None:
    assert windows("Short.", 100) == [(0, 6)]
    assert windows("", 100) == [(0, 0)]


def test_a_word_longer_than_a_window_is_cut() -> None:
    text = "x" * 250
    assert windows(text, 100) == [(0, 100), (100, 200), (200, 250)]


def test_text_longer_than_max_length_is_extracted_not_refused(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # spaCy refuses texts over nlp.max_length (E088); a small limit stands in for 1,000,000 chars.
    monkeypatch.setattr(extractor.nlp, "max_length", 600)
    text = REPORT * 6
    assert len(text) > 600
    extraction = extractor.extract(Document(id=content_id(text), text=text))
    assert extraction.events
    for event in extraction.events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.sentence
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_windowed_extraction_merges_entities_and_keeps_offsets(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", 300)
    text = REPORT * 4
    extraction = extractor.extract(Document(id="long-1", text=text))
    ids = [e.id for e in extraction.entities]
    assert len(ids) == len(set(ids))  # one entity per name, across windows
    khost = [e for e in extraction.entities if e.name == "Khost"]
    assert khost
    assert len(khost[0].mentions) == 4  # one per copy of the paragraph, offsets into the whole text
    assert {text[m.start : m.end] for m in khost[0].mentions} == {"Khost"}
    event_ids = [e.id for e in extraction.events]
    assert len(event_ids) == len(set(event_ids))
    assert max(e.evidence.start for e in extraction.events) > 300
    for date in extraction.dates:
        assert text[date.span.start : date.span.end] == date.span.text


def test_extract_many_keeps_order_around_a_long_document(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", 300)
    docs = [
        Document(id="a", text="A bomb exploded in Quetta on Monday."),
        Document(id="long", text=REPORT * 3),
        Document(id="b", text="Militants attacked a checkpoint in Bannu."),
    ]
    assert [x.document.id for x in extractor.extract_many(docs)] == ["a", "long", "b"]
