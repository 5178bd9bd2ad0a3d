"""Session 28's speed shortcuts give what the slow way gives: the shared empty answer of
``tokens.matching``, the toll-rise test that visits only toll nouns, and the stages that slice the
Doc's cached text instead of rebuilding ``Doc.text`` on each call."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc, Span

from nexus.extract import attribution, entities, tolls
from nexus.extract.casualties import find_casualties
from nexus.extract.doctext import doc_text
from nexus.extract.tokens import _disjoint, matching, sentences

QUIET = "The ferry to the island left the harbour late because of fog."
LOUD = "Rebels burned two granaries and killed a herder near the ford."


@pytest.fixture(scope="module")
def pair(extractor: Any) -> tuple[Span, Span]:
    doc = extractor.nlp(f"{QUIET} {LOUD}")
    quiet, loud = sentences(doc)[:2]
    return quiet, loud


def test_an_empty_answer_read_by_one_caller_leaves_the_next_answer_whole(pair: tuple[Span, Span]) -> None:
    quiet, loud = pair
    first, second = matching(quiet, {"kill"}), matching(quiet, {"burn"})
    assert list(first) == [] and list(second) == [] and list(first) == []
    assert [t.text for t in matching(loud, {"kill", "burn"})] == ["burned", "killed"]
    assert next(matching(quiet, {"kill"}), None) is None


def test_no_form_words_finds_what_a_scan_by_lemma_finds(pair: tuple[Span, Span]) -> None:
    _, loud = pair
    wanted = {"kill", "herder", "granary"}
    scanned = [t.i for t in loud if t.lemma_.lower() in wanted]
    assert [t.i for t in matching(loud, wanted)] == scanned
    assert [t.i for t in matching(loud, wanted, ())] == scanned
    assert [t.i for t in matching(loud, wanted, {})] == scanned


def test_positions_asked_for_are_reached_even_in_a_span_without_the_words(pair: tuple[Span, Span]) -> None:
    quiet, _ = pair
    assert [t.i for t in matching(quiet, {"kill"}, (), {quiet.start + 1})] == [quiet.start + 1]


@pytest.mark.parametrize(
    ("present", "words", "expected"),
    [
        (frozenset({"a", "b"}), (), True),
        (frozenset({"a", "b"}), {}, True),
        (frozenset({"a", "b"}), {"b": 1}, False),
        (frozenset({"a", "b"}), ["c", "a"], False),
        (frozenset(), ["c"], True),
    ],
)
def test_disjoint_reads_sets_dicts_and_nothing(present: frozenset[str], words: Any, expected: bool) -> None:
    assert _disjoint(present, words) is expected


def _rise_by_full_scan(sent: Span) -> str | None:
    """The toll-rise test as it read every word of the sentence before session 28."""
    for noun in sent:
        verb = noun.head
        if (
            noun.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and noun.lemma_.lower() in tolls._toll_nouns()
            and verb.lemma_.lower() in tolls._update_verbs()
            and verb.tag_ in {"VBD", "VBN"}
            and verb.dep_ in {"ROOT", "conj", "ccomp"}
            and not any(tolls._gives_figure(c) for c in verb.children)
        ):
            return tolls.toll_kind(noun)
    return None


@pytest.mark.parametrize(
    "text",
    [
        "By nightfall the number of the dead had climbed once more.",
        "Hospital staff later revised the tally of injured upwards.",
        "The count of missing fishermen rose to nine on Friday.",
        "Medics said the figure kept changing as crews dug through the rubble.",
        "Nobody could say how many villagers had fled the valley.",
        "The provincial toll soared, and the governor asked for more ambulances.",
    ],
)
def test_a_rise_without_a_figure_reads_as_the_full_scan_reads(extractor: Any, text: str) -> None:
    doc = extractor.nlp(text)
    for sent in sentences(doc):
        assert tolls._rise_without_figure(sent) == _rise_by_full_scan(sent)


def _mentions(doc: Doc) -> list[tuple[Span, Any]]:
    return [(sent, m) for sent in sentences(doc) for m in find_casualties(sent)]


def test_a_figure_that_sets_aside_an_earlier_one_is_current(extractor: Any) -> None:
    doc = extractor.nlp("Nine guards were wounded, not five as announced earlier by the prison service.")
    found = _mentions(doc)
    assert found and any(tolls._not_as_reported(sent, m) for sent, m in found)
    assert doc_text(doc) == doc.text


def test_a_figure_without_a_correction_sets_nothing_aside(extractor: Any) -> None:
    doc = extractor.nlp("Nine guards were wounded when the convoy was ambushed, the prison service said.")
    found = _mentions(doc)
    assert found and not any(tolls._not_as_reported(sent, m) for sent, m in found)
    assert not any(tolls._superseded_in_notice(sent, m) for sent, m in found)


def test_a_surname_told_after_the_full_name_is_no_lone_first_word(extractor: Any) -> None:
    doc = extractor.nlp("Judge Amara Okonkwo adjourned the hearing. Okonkwo gave no reason.")
    later = next(t for t in doc if t.text == "Okonkwo" and t.i > 4)
    first = next(t for t in doc if t.text == "Amara")
    assert not entities._lone_first_word(doc[later.i : later.i + 1], ["Okonkwo"])
    assert entities._lone_first_word(doc[first.i : first.i + 1], ["Amara"])


def test_a_line_break_between_two_sentences_is_a_paragraph_break(extractor: Any) -> None:
    doc = extractor.nlp("The depot burned for hours.\n\nFirefighters arrived at dawn. They found nobody.")
    first, second, third = sentences(doc)[:3]
    assert attribution._paragraph_break(doc, first, second)
    assert not attribution._paragraph_break(doc, second, third)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Fighters entered Baro-Kessou before dawn.", "Baro", "Baro-Kessou"),
        ("Fighters entered Baro-Kessou before dawn.", "Kessou", "Baro-Kessou"),
        ("Scouts camped at Dimba and Ouloumi for a week.", "Dimba", "Dimba"),
        ("The convoy left the Tanda-Moro road at noon.", "Tanda", "Tanda"),
        ("A - Gossi patrol came back empty-handed.", "Gossi", "Gossi"),
    ],
)
def test_a_name_widens_over_a_hyphen_it_touches(extractor: Any, text: str, word: str, expected: str) -> None:
    doc = extractor.nlp(text)
    token = next(t for t in doc if t.text == word)
    start, end = entities.hyphened_extent(doc, token.i, token.i + 1)
    assert doc[start:end].text == expected
