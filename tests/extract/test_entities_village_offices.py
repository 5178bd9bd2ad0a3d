"""The name a village head's office belongs to ("the headman of X", "the mukhtar of Y") is a
place whatever the NER read it as; a person called a mukhtar stays a person."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Armed men abducted the headman of Dar Salim and his two sons overnight.", "Dar Salim"),
        ("Fighters stormed the home of the mukhtar of Kafr Dael before dawn and killed him.", "Kafr Dael"),
    ],
)
def test_the_name_a_village_office_belongs_to_is_a_place(extract: Any, text: str, place: str) -> None:
    result = extract(text)
    assert {e.name: e.type for e in result.entities}.get(place) == "PLACE"
    assert any(e.place is not None and e.place.name == place for e in result.events)


def test_a_mukhtar_named_in_apposition_stays_a_person(extract: Any) -> None:
    names = {
        e.name: e.type
        for e in extract("The mukhtar, Hassan Jabir, said Jabir family land had been seized.").entities
    }
    assert names.get("Hassan Jabir") == "PERSON"
    assert "PLACE" not in names.values()
