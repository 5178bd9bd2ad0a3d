"""A verb joined to a violent trigger verb and sharing its subject tells the same happening: the
scene its own phrase names ("... and stole about 150 cows near X") is the happening's place, finer
than a framing "In Y State," (arguments.own_places)."""

from __future__ import annotations

from typing import Any


def violent(extraction: Any) -> list[tuple[str, str | None]]:
    kinds = ("attack", "military_action")
    return [(e.type, e.place.name if e.place else None) for e in extraction.events if e.type in kinds]


def test_the_scene_of_a_joined_verb_is_the_attacks_place(extract: Any) -> None:
    text = (
        "KATSINA, March 9 - In Katsina State, bandits killed six herders and stole about 150 cows near "
        "Yankara in Faskari LGA on Friday, a councillor said."
    )
    assert violent(extract(text, published="2025-03-09")) == [("attack", "Yankara")]


def test_a_joined_clause_with_its_own_subject_keeps_its_own_place(extract: Any) -> None:
    text = (
        "MAIDUGURI, March 9 - In Borno State, insurgents killed four farmers in Konduga, and soldiers "
        "later arrested two suspects in Bama."
    )
    expected = [("attack", "Konduga"), ("military_action", "Bama")]
    assert violent(extract(text, published="2025-03-09")) == expected
