"""Ranges told as a floor and a ceiling, and victims counted by their own verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def figures(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    mentions = find_casualties(next(iter(nlp(text).sents)))
    return [(m.kind, m.count.value, m.count.qualifier) for m in mentions if not m.part]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raid on the hamlet killed at least seven and possibly as many as eleven herders.",
         [("killed", 7, "at_least")]),
        ("Shelling of the depot killed from 30 up to 45 recruits, a monitor reported.",
         [("killed", 30, "at_least")]),
        ("The ambush left 14 or perhaps up to 19 rangers wounded.", [("injured", 14, "at_least")]),
        ("The blast killed nine, and 20 were wounded, up to 25 by some accounts.",
         [("killed", 9, "exact"), ("injured", 20, "exact")]),
    ],
)  # fmt: skip
def test_a_floor_bridged_to_a_ceiling_keeps_the_floor(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(nlp, text) == expected


def test_a_floor_and_a_ceiling_are_never_summed(nlp: Language) -> None:
    found = figures(nlp, "The mortar round killed at least six and maybe as many as ten pupils.")
    assert found == [("killed", 6, "at_least")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said the dead numbered at least 23 by nightfall.", [("killed", 23, "at_least")]),
        ("Deaths totalled at least 40 after the quarry was shelled.", [("killed", 40, "at_least")]),
        ("The wounded numbered about 60, hospital staff said.", [("injured", 60, "approx")]),
    ],
)
def test_victims_counted_by_their_own_verb(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(nlp, text) == expected


def test_a_count_verb_without_victims_gives_no_figure(nlp: Language) -> None:
    assert figures(nlp, "The delegates numbered 40 at the summit in the capital.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medics put the toll of the dead after the shelling of the depot at somewhere from 40 to 55.",
         [("killed", 40, "at_least")]),
        ("The raid on the ridge killed anywhere from 12 to 18 fighters, a major told the radio.",
         [("killed", 12, "at_least")]),
    ],
)  # fmt: skip
def test_a_from_to_range_opened_by_a_word_of_spread_is_no_change(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(nlp, text) == expected
