"""Tolls (session 30): those who 'fell in line of duty' died; a second named victim led by a
rank the tagger left untagged ('Corporal A and Private B of the 4th Brigade') is counted; and
'three of the wounded ...' counts some of the hurt, so its figure is a floor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def figures(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    """(kind, value, qualifier) of every figure of the text's sentences."""
    doc = nlp(text)
    return [(m.kind, m.count.value, m.count.qualifier) for s in doc.sents for m in find_casualties(s)]


# --------------------------------------------------------------------------- the line of duty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Three policemen fell in line of duty when raiders hit a roadblock outside Tank.",
            ("killed", 3, "exact"),
            id="fell",
        ),
        pytest.param(
            "Two rangers died in line of duty during a clash with poachers in Garamba.",
            ("killed", 2, "exact"),
            id="died",
        ),
    ],
)
def test_the_line_of_duty_is_a_death(nlp: Language, text: str, expected: tuple[str, int, str]) -> None:
    assert expected in figures(nlp, text)


def test_falling_in_line_is_no_death(nlp: Language) -> None:
    assert figures(nlp, "Two smaller parties fell in line with the coalition after talks in Harare.") == []


# --------------------------------------------------------------------------- named victims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Corporal Daniel Okello and Private Moses Wafula of the 4th Brigade were killed.",
            ("killed", 2, "exact"),
            id="killed",
        ),
        pytest.param(
            "Staff Sergeant Ines Duarte and Private Joel Matavele of the marine battalion fell in "
            "line of duty, and a third marine was hurt by shrapnel.",
            ("killed", 2, "exact"),
            id="line-of-duty",
        ),
        pytest.param(
            "Constable Arjun Rawat and Constable Vikas Negi of the reserve police were injured in the blast.",
            ("injured", 2, "exact"),
            id="injured",
        ),
    ],
)
def test_a_second_ranked_name_counts(nlp: Language, text: str, expected: tuple[str, int, str]) -> None:
    assert expected in figures(nlp, text)


def test_a_name_and_a_unit_count_one(nlp: Language) -> None:
    # 'the Kivu Brigade' is a unit, not a second person
    assert ("killed", 1, "exact") in figures(
        nlp, "Colonel Jean Bahati and the Kivu Brigade were ambushed; Bahati was killed."
    )


# --------------------------------------------------------------------------- some of the hurt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen killed five traders at a market in Zinder on Tuesday. "
            "Three of the wounded remain in critical condition.",
            ("injured", 3, "at_least"),
            id="remain-in-critical-condition",
        ),
        pytest.param(
            "Raiders killed four herders near Bor on Sunday. "
            "Three of the injured, all herders, were then airlifted to hospital in Juba.",
            ("injured", 3, "at_least"),
            id="airlifted-to-hospital",
        ),
        pytest.param(
            "A bomb hit a ferry landing in Mopti on Friday. "
            "Two of the wounded, both boatmen, were later flown to hospital in Sevare.",
            ("injured", 2, "at_least"),
            id="flown-to-hospital",
        ),
    ],
)
def test_some_of_the_hurt_are_a_floor(nlp: Language, text: str, expected: tuple[str, int, str]) -> None:
    assert expected in figures(nlp, text)


def test_a_whole_count_of_the_hurt_stays_exact(nlp: Language) -> None:
    found = figures(nlp, "Gunmen killed five traders in Zinder on Tuesday. Nine people were wounded.")
    assert ("injured", 9, "exact") in found
