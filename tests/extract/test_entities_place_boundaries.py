"""Where a place's name ends and whether a name is a place at all: a dateline's spaced dash before
the body's figure, an office written after a settlement word, a known town the tagger read as a
people."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc, Span


def kinds(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


@pytest.mark.parametrize(
    "text",
    [
        "FORT MALVERN, Tessaly City - Four soldiers were wounded when a mine went off on Monday.",
        "CAMP ORIEL, Dorrin City – 12 rebels surrendered to the army on Friday, officers said.",
    ],
)
def test_a_name_ends_at_a_spaced_dash_before_a_figure(extract: Any, text: str) -> None:
    assert not any("-" in n or "–" in n for n in kinds(extract(text)))


@pytest.mark.parametrize(
    ("words", "spaces", "dash"),
    [
        (["Dorrin", "City", "-", "Four"], [True, True, True, False], True),
        (["Kiri", "-", "3"], [False, False, False], False),  # a hyphen inside one name
        (["Dorrin", "-", "Velo"], [True, True, False], False),  # no figure after the dash
    ],
)
def test_a_dash_before_a_figure_is_spaced_on_both_sides(
    extractor: Any, words: list[str], spaces: list[bool], dash: bool
) -> None:
    from nexus.extract.entities import _dash_before_a_figure

    doc = Doc(extractor.nlp.vocab, words=words, spaces=spaces)
    assert _dash_before_a_figure(doc, words.index("-")) is dash


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gunmen shot dead Barangay Kagawad Elmer Sison outside his store on Sunday.", "Sison"),
        ("Barangay Councilman Dario Ocampo was wounded in the ambush, police said.", "Ocampo"),
    ],
)
def test_an_office_after_a_settlement_word_makes_no_place(extract: Any, text: str, person: str) -> None:
    names = kinds(extract(text))
    assert not any(person in n and kind == "PLACE" for n, kind in names.items())


def test_a_settlement_word_before_a_name_still_opens_a_place(extract: Any) -> None:
    names = kinds(extract("Soldiers clashed with rebels in Barangay Talon Dako on Friday, the army said."))
    assert any("Talon Dako" in n and kind == "PLACE" for n, kind in names.items())


def _norp(extractor: Any, words: list[str], start: int, end: int) -> Span:
    doc = extractor.nlp(" ".join(words))
    return Span(doc, start, end, label="NORP")


def test_a_known_town_of_two_words_read_as_a_people_is_a_place(extractor: Any) -> None:
    from nexus.extract.entities import _town_read_as_a_people

    words = ["Troops", "combed", "the", "hinterlands", "of", "San", "Miguel", "on", "Monday", "."]
    assert _town_read_as_a_people(_norp(extractor, words, 5, 7))


def test_two_words_no_gazetteer_holds_read_as_a_people_stay_a_people(extractor: Any) -> None:
    from nexus.extract.entities import _town_read_as_a_people

    words = ["Troops", "combed", "the", "hinterlands", "of", "Velo", "Dorrani", "on", "Monday", "."]
    assert not _town_read_as_a_people(_norp(extractor, words, 5, 7))


def test_a_known_town_read_as_a_people_outside_a_place_phrase_stays_a_people(extractor: Any) -> None:
    from nexus.extract.entities import _town_read_as_a_people

    words = ["San", "Miguel", "leaders", "met", "the", "governor", "on", "Monday", "."]
    assert not _town_read_as_a_people(_norp(extractor, words, 0, 2))
