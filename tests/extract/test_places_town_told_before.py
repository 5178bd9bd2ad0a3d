"""A definite "the town" points back to the town just named, not forward to one named later."""

from __future__ import annotations

from typing import Any


def attack_places(extraction: Any) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == "attack"]


def test_the_town_is_the_one_named_just_before(extract: Any) -> None:
    text = (
        "Herders in Kotka say they are tired. In May 2023, an ambush on a police convoy on the track "
        "east of the town left six officers dead. In June 2024, gunmen attacked the weekly market at "
        "Dabanga, killing nine traders."
    )
    assert attack_places(extract(text, published="2026-03-02")) == ["Kotka", "Dabanga"]


def test_a_nameless_village_still_takes_the_name_told_after_it(extract: Any) -> None:
    text = (
        "Gunmen raided a village on Monday and burned twenty houses, police said. "
        "The toll in Dabanga rose to nine on Tuesday."
    )
    assert attack_places(extract(text, published="2026-03-02")) == ["Dabanga"]
