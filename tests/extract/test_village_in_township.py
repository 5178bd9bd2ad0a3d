"""A nameless village told inside a town the sentence writes as a division ("a village in X
township") takes the name the next sentences give it: nexus.extract.places.generic_place_referents
with written_as_division."""

from __future__ import annotations

from typing import Any

import pytest


def _places(extraction: Any, kind: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Myanmar's military bombed a clinic in a village in Magway Region's Pauk township on "
            "Friday, killing nine patients, the resistance said.\n\n"
            "The patients were asleep in the clinic in Kyaung Gon village when a jet dropped two "
            "bombs at about 2 am.",
            "Kyaung Gon",
        ),
    ],
)
def test_the_village_named_next_is_the_scene(extract: Any, text: str, place: str) -> None:
    assert _places(extract(text, published="2025-09-14"), "military_action")[:1] == [place]


def test_a_town_written_plainly_keeps_the_scene(extract: Any) -> None:
    # "a church in X village": X names the church's village, no later name is looked for
    text = (
        "Gunmen attacked a church in Kufana village on Sunday, killing four worshippers.\n\n"
        "Residents of Maro said the attackers fled towards the hills."
    )
    assert _places(extract(text, published="2025-09-14"), "attack")[:1] == ["Kufana"]


def test_a_town_of_an_older_attack_does_not_name_the_village(extract: Any) -> None:
    # the next sentence's town is where an older attack the new one is compared with took place
    text = (
        "Militiamen killed six people in a village in Mokambo territory on Saturday, a local chief "
        "said.\n\n"
        "It was the deadliest attack in the area since March 2024, when rebels stormed a church in "
        "Bakele, killing 20."
    )
    places = _places(extract(text, published="2025-09-14"), "attack")
    assert "Bakele" in places and places[0] != "Bakele"


def test_a_separate_incident_does_not_name_the_village(extract: Any) -> None:
    # the sentence after the lead tells another attack: its town is not the lead's village
    text = (
        "Seven labourers were killed on Tuesday when gunmen stormed their camp in Kohlu district, "
        "officials said. In a separate incident, two traders were shot dead in Gwadar on Tuesday "
        "evening, police said."
    )
    by_toll = {e.killed.value: e for e in extract(text, published="2025-02-12").events if e.killed}
    assert by_toll[7].place is not None and by_toll[7].place.name != "Gwadar"
