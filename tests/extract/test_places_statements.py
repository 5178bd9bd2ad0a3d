"""Where a statement or a measure was made: the place of its own reporting phrase ("In X, the
spokesman said ...", "speaking to reporters in X", "said in X that ..."), never the scene of the
happening it is about."""

from __future__ import annotations

from typing import Any


def places_of(extraction: Any, kind: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == kind]


def test_a_relayed_condemnation_is_placed_where_the_spokesman_spoke(extract: Any) -> None:
    text = (
        "Gunmen killed five farmers in Dutsin-Ma on Monday. In Zaria, a government spokesman said "
        "on Tuesday the governor had strongly condemned the killings."
    )
    places = places_of(extract(text, published="2024-06-05"), "statement")
    assert places and places[0] == "Zaria"


def test_an_accusation_joined_to_the_told_clause_is_placed_where_it_was_told(extract: Any) -> None:
    text = (
        "Gunmen killed five farmers in Dutsin-Ma on Monday. In Bauchi, a police spokesman told "
        "reporters on Tuesday that troops were pursuing the gunmen and accused the bandits of "
        "hiding in the forest."
    )
    places = places_of(extract(text, published="2024-06-05"), "statement")
    assert "Bauchi" in places
    assert "Dutsin-Ma" not in places


def test_speaking_to_reporters_elsewhere_places_the_statement_not_the_massacre(extract: Any) -> None:
    text = (
        "Gunmen killed five farmers in Dutsin-Ma on Monday. The governor condemned the massacre in "
        "Dutsin-Ma and promised more troops, speaking to reporters in Minna on Tuesday."
    )
    places = places_of(extract(text, published="2024-06-05"), "statement")
    assert places == ["Minna"]


def test_a_condemnation_followed_by_said_in_a_city_takes_that_city(extract: Any) -> None:
    text = (
        "Gunmen killed five farmers in Dutsin-Ma on Monday. The interior minister condemned the "
        "attack as cowardly and said in Lagos that patrols would be stepped up."
    )
    places = places_of(extract(text, published="2024-06-05"), "statement")
    assert places == ["Lagos"]


def test_added_to_a_sanctions_list_is_no_speech_so_its_city_places_the_measure(extract: Any) -> None:
    text = (
        "In Geneva, ministers on Tuesday added the smuggling network and its leader to the bloc's "
        "sanctions list over Iran's hostile activities in Europe, freezing any assets they hold."
    )
    places = places_of(extract(text, published="2024-06-05"), "sanction")
    assert places and places[0] == "Geneva"
