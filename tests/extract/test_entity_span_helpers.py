"""The entity stage's span helpers: nesting by grouping, a mention's kept span, column walks."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from nexus.extract.entities import (
    _PLACE_CONTEXTS,
    Mention,
    _mention_span,
    _place_only_context,
    _reads_as_place_only,
)
from nexus.extract.hyphened_acronyms import _outermost
from nexus.extract.parse_index import expand_span
from nexus.extract.scene_towns import positions
from nexus.extract.tokens import release, texts

WORDS = ["Raiders", "of", "the", "Qor", "-", "Tel", "Front", "burned", "two", "depots", ",", "police", "said"]


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS)


def _pairwise(spans: list[Span]) -> list[Span]:
    """What :func:`_outermost` replaces: every span tested against every other."""
    return [
        e for e in spans if not any(o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in spans)
    ]


def test_outermost_drops_spans_a_longer_one_covers() -> None:
    doc = _doc()
    spans = [Span(doc, 3, 7), Span(doc, 3, 4), Span(doc, 5, 7), Span(doc, 8, 10), Span(doc, 0, 1)]
    kept = _outermost(spans)
    assert [(s.start, s.end) for s in kept] == [(3, 7), (8, 10), (0, 1)]
    assert kept == _pairwise(spans)


def test_outermost_keeps_equal_and_overlapping_spans() -> None:
    doc = _doc()
    spans = [Span(doc, 3, 6), Span(doc, 3, 6), Span(doc, 5, 8), Span(doc, 6, 7)]
    kept = _outermost(spans)
    assert [(s.start, s.end) for s in kept] == [(3, 6), (3, 6), (5, 8)]  # (6, 7) lies inside (5, 8)
    assert kept == _pairwise(spans)
    assert _outermost([]) == []


def test_outermost_agrees_with_the_pairwise_test_on_every_small_layout() -> None:
    doc = _doc()
    bounds = [(a, b) for a in range(5) for b in range(a + 1, 6)]
    for i, first in enumerate(bounds):
        for second in bounds[i:]:
            for third in bounds[::4]:
                spans = [Span(doc, *first), Span(doc, *second), Span(doc, *third)]
                assert _outermost(spans) == _pairwise(spans)


def test_a_mention_span_is_kept_per_doc() -> None:
    doc = _doc()
    start = len(" ".join(WORDS[:3])) + 1  # "Qor - Tel Front"
    mention = Mention(start, start + len("Qor - Tel Front"), "Qor - Tel Front", 0)
    span = _mention_span(doc, mention)
    assert span is not None and span.text == "Qor - Tel Front"
    assert (span.start, span.end) == (3, 7)
    again = _mention_span(doc, Mention(mention.start, mention.end, mention.text, 0))
    assert again is span  # (asked again: the same Span, not a new one)
    assert _mention_span(doc, Mention(start, start + 2, "Qo", 0)) == expand_span(doc, start, start + 2)
    release(doc)
    assert _mention_span(doc, mention) is not span  # (a released Doc's spans are built again)


def test_positions_reads_a_column() -> None:
    doc = _doc()
    assert positions(texts(doc), (",",)) == [10]
    assert positions(texts(doc), frozenset({"Front", "said"})) == [6, 12]
    assert positions(texts(doc), ()) == []


def test_place_readings_are_kept_only_while_clusters_are_built() -> None:
    doc = Doc(Vocab(), words=["Gunmen", "fired", "in", "Qorvath", "on", "Monday"])
    span = Span(doc, 3, 4)
    alone = _place_only_context(span)
    assert _PLACE_CONTEXTS not in doc.user_data  # (outside the clusters' build: nothing kept)
    doc.user_data[_PLACE_CONTEXTS] = {}
    assert _place_only_context(span) == alone == _reads_as_place_only(span)
    assert doc.user_data[_PLACE_CONTEXTS] == {(3, 4): alone}
