"""The per-Doc token sets that let a rule skip the tokens it can never act on hold every token
walking spaCy's Token objects finds, and follow a mended parse."""

from __future__ import annotations

from spacy.tokens import Doc

from nexus.extract.entities import _apposed_group_nouns, _group_apposition_heads
from nexus.extract.parse_index import forget_parse_index
from nexus.extract.pipeline import Extractor
from nexus.extract.relation_closeness import _side_heads
from nexus.extract.tokens import forget_lemma_columns, release

TEXT = (
    "The Tarvo Rangers, a militia based near Helmsdal, and the Oskar Guard fought side by side "
    "at Vennby on Sunday, a herder told reporters."
)


def _walked_apposition_heads(doc: Doc) -> set[int]:
    nouns = _apposed_group_nouns()
    return {t.head.i for t in doc if t.dep_ == "appos" and (t.lemma_.lower() in nouns or t.lower_ in nouns)}


def test_group_apposition_heads_are_those_a_token_walk_finds(extractor: Extractor) -> None:
    doc = extractor.nlp(TEXT)
    try:
        walked = _walked_apposition_heads(doc)
        assert walked, "the parse should hang 'a militia' on the name as an apposition"
        assert _group_apposition_heads(doc) == walked
    finally:
        release(doc)


def test_group_apposition_heads_follow_a_mended_parse(extractor: Extractor) -> None:
    doc = extractor.nlp(TEXT)
    try:
        before = _group_apposition_heads(doc)
        appos = next(t for t in doc if t.dep_ == "appos" and t.head.i in before)
        appos.dep_ = "conj"  # a stage mends the parse, then drops the stale columns and index
        forget_lemma_columns(doc)
        forget_parse_index(doc)
        after = _group_apposition_heads(doc)
        assert after == _walked_apposition_heads(doc)
        assert after != before
    finally:
        release(doc)


def test_side_heads_hold_the_verb_of_side_by_side_and_nothing_without_it(extractor: Extractor) -> None:
    doc = extractor.nlp(TEXT)
    other = extractor.nlp("Gunmen torched a depot at Vennby on Sunday, a herder told reporters.")
    try:
        assert _side_heads(doc) == {t.head.i for t in doc if t.lower_ == "side"}
        assert any(doc[i].lemma_ == "fight" for i in _side_heads(doc))
        assert _side_heads(other) == frozenset()
    finally:
        release(doc)
        release(other)
