"""Where a statement hung on a reporting verb was made, short town names named again, and the
ranker's guard against another day's place."""

from __future__ import annotations

from typing import Any

from nexus.extract import place_model

SHELLING = "Rebels shelled the port of Gao on Friday, wounding six fishermen. "


def places_of(extraction: Any, kind: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == kind]


def test_a_statement_made_in_the_same_act_as_the_telling_takes_its_city(extract: Any) -> None:
    said = (
        '"We will not bow to them," the mayor told reporters in Mopti on Saturday, warning that more '
        "raids might follow."
    )
    places = places_of(extract(SHELLING + said, published="2025-05-05"), "statement")
    assert places and set(places) == {"Mopti"}  # the telling and the warning alike


def test_a_three_letter_town_named_again_without_a_tag_is_the_same_place(extract: Any) -> None:
    text = (
        "Gunmen raided a market in Ati, in central Chad, on Friday. The defence minister visited Ati "
        "on Tuesday and held talks with the local chiefs."
    )
    extraction = extract(text, published="2025-05-05")
    assert places_of(extraction, "visit") == ["Ati"]


def test_a_clash_and_a_raid_of_other_days_are_two_happenings_for_the_ranker() -> None:
    others = [("attack", "2025-03-09", "Lodwar"), ("statement", "2025-03-12", "Nairobi")]
    assert place_model.another_days_place("military_action", "2025-03-12", "Lodwar", others)
    assert not place_model.another_days_place("military_action", "2025-03-09", "Lodwar", others)
    assert not place_model.another_days_place("visit", "2025-03-12", "Lodwar", others)
