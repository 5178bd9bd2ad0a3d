"""The event's place is the most precise one the text names for it, never one named for another
role: the town inside a division or country, a town on a river or a lake before the water, the
marchers' own town."""

from __future__ import annotations

from typing import Any


def places_of(extraction: Any, kind: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == kind]


def test_residents_of_a_town_march_in_that_town(extract: Any) -> None:
    text = (
        "Gunmen killed five farmers near Tambuwal on Monday. On Tuesday, several hundred residents "
        "of Tambuwal marched through the town centre to demand protection."
    )
    places = places_of(extract(text, published="2024-06-05"), "rally")
    assert places == ["Tambuwal"]


def test_a_march_placed_in_its_sentence_keeps_that_place(extract: Any) -> None:
    text = (
        "Gunmen killed five farmers near Tambuwal on Monday. On Tuesday, dozens of residents of "
        "Tambuwal marched in Kontagora to demand protection."
    )
    places = places_of(extract(text, published="2024-06-05"), "rally")
    assert places == ["Kontagora"]


def test_a_village_attacked_after_crossing_a_river_is_the_place_not_the_river(extract: Any) -> None:
    text = (
        "Five people were killed when armed men believed to have crossed the Benue River attacked "
        "Gashiga village in Garoua District on Sunday, police said."
    )
    places = places_of(extract(text, published="2024-06-05"), "attack")
    assert places and places[0] != "Benue River"


def test_the_town_inside_the_country_of_the_strike_is_its_place(extract: Any) -> None:
    text = (
        "A military spokesman said a drone strike in northwest Syria on Monday killed a senior "
        "commander near the town of Binnish in Idlib province."
    )
    places = places_of(extract(text, published="2024-06-05"), "military_action")
    assert places and places[0] == "Binnish"


def test_two_towns_in_the_division_leave_the_division(extract: Any) -> None:
    text = (
        "Air strikes in Hadramawt province killed two commanders on Monday, one in Mukalla and one in Tarim."
    )
    places = places_of(extract(text, published="2024-06-05"), "military_action")
    assert places and places[0] == "Hadramawt"


def test_a_town_of_an_earlier_happening_does_not_replace_the_division(extract: Any) -> None:
    text = (
        "A roadside bomb in Hadramawt province killed four soldiers on Monday, a day after gunmen "
        "raided a checkpoint in Mukalla."
    )
    events = [e for e in extract(text, published="2024-06-05").events if e.type == "attack"]
    bomb = [e for e in events if e.date is not None and e.date.iso == "2024-06-03"]
    assert bomb and bomb[0].place is not None and bomb[0].place.name == "Hadramawt"


def test_a_march_through_the_town_centre_is_in_the_town_told_before(extract: Any) -> None:
    text = (
        "A bomb killed four traders at a market in Bauchi on Monday. Hundreds of residents later "
        "marched through the town centre chanting slogans against the militants."
    )
    places = places_of(extract(text, published="2024-06-05"), "rally")
    assert places == ["Bauchi"]


def test_the_town_of_the_marchers_sentence_comes_before_an_earlier_one(extract: Any) -> None:
    text = (
        "A bomb killed four traders at a market in Bauchi on Monday. On Tuesday, several hundred "
        "people from Gombe marched through the town to demand protection."
    )
    places = places_of(extract(text, published="2024-06-05"), "rally")
    assert places == ["Gombe"]


def test_a_list_of_provinces_is_placed_at_the_first_listed(extract: Any) -> None:
    text = (
        "The governor of the region on Wednesday banned the sale of fuel in jerrycans in the "
        "Sanmatenga, Bam and Namentenga provinces, saying armed groups were buying it."
    )
    places = places_of(extract(text, published="2024-06-05"), "sanction")
    assert places == ["Sanmatenga"]
