"""A name written as what surroundings belong to ("in the countryside of X", "the vicinity of
Y") is a place whatever the NER read it as, and the event there is placed at it."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Bandits killed nine people in the countryside of Tel Ghazal on Friday, officials said.",
            "Tel Ghazal",
        ),
        (
            "Troops clashed with rebels in the vicinity of Wadi Faris on Monday, killing six fighters.",
            "Wadi Faris",
        ),
        (
            "Gunmen ambushed a police patrol in the environs of Kafr Nabil on Sunday, killing two officers.",
            "Kafr Nabil",
        ),
    ],
)
def test_the_name_the_surroundings_belong_to_is_a_place(extract: Any, text: str, place: str) -> None:
    result = extract(text)
    assert {e.name: e.type for e in result.entities}.get(place) == "PLACE"
    assert any(e.place is not None and e.place.name == place for e in result.events)


def test_a_follower_of_a_person_keeps_the_person(extract: Any) -> None:
    names = {
        e.name: e.type
        for e in extract("Police arrested a sympathiser of Omar Farouk in the city on Monday.").entities
    }
    assert names.get("Omar Farouk") == "PERSON"
