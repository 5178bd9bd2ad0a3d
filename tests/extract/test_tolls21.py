"""Casualty figures on real-page shapes (session 21): the floor of 'at least N were killed and
M wounded' is the dead's alone.  Invented reports (places, names, numbers and wording of our own)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def _figures(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    sent = next(iter(nlp(text).sents))
    return [(m.kind, m.count.value, m.count.qualifier) for m in find_casualties(sent) if not m.part]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 12 villagers were killed and 30 wounded when gunmen raided a market in Tamsel.",
            [("killed", 12, "at_least"), ("injured", 30, "exact")],
        ),
        (
            "More than 40 passengers were killed and 65 injured when two trains collided near Orvald.",
            [("killed", 41, "at_least"), ("injured", 65, "exact")],
        ),
    ],
)
def test_the_floor_of_a_passive_toll_is_the_dead_alone(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _figures(nlp, text) == expected


def test_a_telegraphic_toll_still_shares_its_floor(nlp: Language) -> None:
    assert _figures(nlp, "At least 8 killed, 19 injured in Tamsel blast") == [
        ("killed", 8, "at_least"),
        ("injured", 19, "at_least"),
    ]
