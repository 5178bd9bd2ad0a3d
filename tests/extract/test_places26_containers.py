"""Containers that hold the scene, and states that act around a happening without locating it."""

from __future__ import annotations

from typing import Any

import pytest


def places_of(extraction: Any, kind: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed rebel camps in Afghanistan's Kunar and Nangarhar provinces on Tuesday, killing eight "
        "fighters.",
        "Jets bombed rebel camps in the Kunar and Nangarhar provinces of Afghanistan on Tuesday, killing "
        "eight fighters.",
    ],
)
def test_a_strike_over_two_listed_provinces_is_placed_in_their_country(extract: Any, text: str) -> None:
    places = places_of(extract(text, published="2025-05-07"), "military_action")
    assert places == ["Afghanistan"]


def test_two_listed_districts_with_no_container_keep_the_first(extract: Any) -> None:
    text = "Jets bombed rebel camps in the Kunar and Nangarhar provinces on Tuesday, killing eight fighters."
    places = places_of(extract(text, published="2025-05-07"), "military_action")
    assert places and places[0] in ("Kunar", "Nangarhar")


def test_a_state_acting_hours_after_an_attack_is_not_its_place(extract: Any) -> None:
    text = (
        "Kenya on Friday froze the accounts of three traders, hours after militants stormed "
        "an army camp in the south."
    )
    places = places_of(extract(text, published="2025-05-07"), "attack")
    assert places and "Kenya" not in places


def test_a_state_that_reports_an_attack_still_places_it_when_nothing_finer_is_named(extract: Any) -> None:
    text = "Kenya said on Friday that gunmen had stormed an army camp overnight."
    places = places_of(extract(text, published="2025-05-07"), "attack")
    assert places == ["Kenya"]
