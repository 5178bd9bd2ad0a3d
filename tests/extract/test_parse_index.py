"""The parse index of a Doc gives what walking spaCy's Token objects gives."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from nexus.extract.parse_index import ParseIndex, char_range, expand_span, parse_index, range_text
from nexus.extract.pipeline import Extractor
from nexus.extract.tokens import release

TEXT = (
    "KORVEL, Ostrava Province (Wire) -- Masked raiders torched two grain depots outside Lindau "
    "late on Friday, the district prefect said.\n"
    "Seven guards were hurt and a driver, a father of four, is missing.\n\n"
    "The Brisk Hill Brigade, an armed movement active in the hills, retook the bridge at Ostmark."
)


@pytest.fixture(scope="module")
def parsed(extractor: Extractor) -> Doc:
    doc = extractor.nlp(TEXT)
    assert len(list(doc.sents)) > 2
    return doc


def test_every_column_matches_the_tokens(parsed: Doc) -> None:
    index = parse_index(parsed)
    assert len(index.heads) == len(parsed)
    for token in parsed:
        i = token.i
        assert index.heads[i] == token.head.i
        assert index.children(i) == [c.i for c in token.children]
        assert index.left_edge(i) == token.left_edge.i
        assert index.right_edge(i) == token.right_edge.i
        assert index.sentence(i) == (token.sent.start, token.sent.end)
        assert index.lowers[i] == token.lower_
        assert index.lemmas[i] == token.lemma_.lower()
        assert index.tags[i] == token.tag_
        assert index.deps[i] == token.dep_
        assert index.pos[i] == token.pos
        assert index.texts[i] == token.text
        assert index.titles[i] == token.is_title
        assert index.puncts[i] == token.is_punct and index.blanks[i] == token.is_space
        assert index.lower_cased[i] == token.is_lower and index.upper_cased[i] == token.is_upper
        assert index.alphas[i] == token.is_alpha
    assert index.sent_starts == [s.start for s in parsed.sents]
    assert [index.sent_ids[s.start] for s in parsed.sents] == list(range(len(index.sent_starts)))


def test_built_once_and_dropped_with_the_other_caches(parsed: Doc) -> None:
    first = parse_index(parsed)
    assert parse_index(parsed) is first
    release(parsed)
    again = parse_index(parsed)
    assert again is not first
    assert again.heads == first.heads


def test_a_hand_built_tree() -> None:
    # "gunmen from the hills shot two men": "shot" the root, "from the hills" under "gunmen"
    words = ["gunmen", "from", "the", "hills", "shot", "two", "men"]
    heads = [4, 0, 3, 1, 4, 6, 4]
    deps = ["nsubj", "prep", "det", "pobj", "ROOT", "nummod", "dobj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=["NOUN"] * 7)
    index = ParseIndex(doc)
    assert index.heads == heads
    assert index.children(4) == [0, 6]
    assert index.children(0) == [1]
    assert index.children(2) == []
    assert (index.left_edge(0), index.right_edge(0)) == (0, 3)
    assert (index.left_edge(4), index.right_edge(4)) == (0, 6)
    assert (index.left_edge(6), index.right_edge(6)) == (5, 6)
    assert index.sent_ids == [0] * 7
    assert index.sentence(5) == (0, 7)
    assert index.pos == [NOUN] * 7


def test_an_empty_doc() -> None:
    index = ParseIndex(Doc(Vocab(), words=[]))
    assert index.heads == [] and index.sent_ids == [] and index.lemmas == []


def _bounds(make: Callable[[], Span | None]) -> tuple[int, int, str] | str | None:
    """``(start, end, label)`` of the Span ``make`` builds, None, or the name of what it raises."""
    try:
        span = make()
    except IndexError as error:  # (a start in whitespace past the end: spaCy refuses the Span)
        return type(error).__name__
    return None if span is None else (span.start, span.end, span.label_)


def test_char_ranges_match_char_span_expand(parsed: Doc) -> None:
    length = len(parsed.text)
    checked = 0
    for start in range(-1, length + 2, 3):
        for end in range(start - 1, min(start + 30, length + 2)):
            theirs = _bounds(
                lambda s=start, e=end: parsed.char_span(s, e, label="GPE", alignment_mode="expand")
            )
            assert _bounds(lambda s=start, e=end: expand_span(parsed, s, e, label="GPE")) == theirs
            if isinstance(theirs, tuple):
                assert char_range(parsed, start, end) == theirs[:2]
                checked += 1
            elif theirs is None:
                assert char_range(parsed, start, end) is None
    assert checked > 1000
    # a start in the whitespace after "raiders" moves on to "torched"
    at = parsed.text.index("raiders") + len("raiders")
    found = char_range(parsed, at, at + 4)
    assert found is not None and parsed[found[0]].text == "torched"


def test_range_text_is_the_span_text(parsed: Doc) -> None:
    for start in range(len(parsed)):
        for end in range(start, min(start + 8, len(parsed)) + 1):
            assert range_text(parsed, start, end) == parsed[start:end].text


def test_span_roots_match_spacy(parsed: Doc) -> None:
    index = parse_index(parsed)
    for start in range(len(parsed)):
        for end in range(start + 1, min(start + 7, len(parsed)) + 1):
            assert index.span_root(start, end) == parsed[start:end].root.i


def test_forgotten_after_a_lemma_is_mended(extractor: Extractor) -> None:
    from nexus.extract.entities import mend_past_forms
    from nexus.extract.parse_index import forget_parse_index

    doc = extractor.nlp("Rebels overran the garrison at Velka Lhota before dawn.")
    overran = next(t for t in doc if t.lower_ == "overran")
    first = parse_index(doc)
    assert first.lemmas[overran.i] == overran.lemma_.lower()
    overran.lemma_ = "overran"  # (as the lemmatizer leaves it)
    forget_parse_index(doc)
    assert parse_index(doc).lemmas[overran.i] == "overran"
    if mend_past_forms(doc):  # (the lexicon mends it: the index is rebuilt with the mended lemma)
        assert parse_index(doc).lemmas[overran.i] == overran.lemma_.lower() != "overran"
