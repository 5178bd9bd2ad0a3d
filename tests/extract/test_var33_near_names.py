"""Where victims live and what lies close by: "shot dead seven residents of the village of X"
places the attack at X (nexus.extract.arguments.home_of_a_person, whose "a native of X" stays a
person's home); a name after "close to" or "from neighbouring" is a place, as after "near"
(nexus.extract.entities)."""

from __future__ import annotations

from typing import Any

import pytest


def _places(extraction: Any) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen shot dead seven residents of the village of Kolo on Sunday.", "Kolo"),
        ("Raiders shot dead eleven residents of Gwadabawa village on Tuesday.", "Gwadabawa"),
    ],
)
def test_the_home_of_the_harmed_townsfolk_places_the_attack(extract: Any, text: str, place: str) -> None:
    assert _places(extract(text, published="2024-03-13")) == [place]


def test_a_scene_named_beside_the_victims_home_stays_the_place(extract: Any) -> None:
    text = "Gunmen killed six residents of Kolo in an attack on a market in Dansadau on Sunday."
    assert _places(extract(text, published="2024-03-13")) == ["Dansadau"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen ambushed an army convoy close to Mavivi on Friday and killed 13 soldiers.", "Mavivi"),
        (
            "A knifeman attacked two travellers aboard a minibus close to Souk Larbaa on Sunday.",
            "Souk Larbaa",
        ),
    ],
)
def test_a_name_close_to_which_it_happened_is_a_place(extract: Any, text: str, name: str) -> None:
    extraction = extract(text, published="2025-05-20")
    assert {e.name: e.type for e in extraction.entities}.get(name) == "PLACE"
    assert _places(extraction) == [name]


def test_a_name_after_from_neighbouring_is_a_place(extract: Any) -> None:
    text = (
        "A grenade wounded four guards at a depot near Tanga on Sunday, according to Amos Kireru, "
        "a police spokesman from neighbouring Korogwe."
    )
    ents = {e.name: e.type for e in extract(text, published="2024-11-05").entities}
    assert ents.get("Korogwe") == "PLACE"
