"""People coordinated before a name that is "of" a body are of that body too."""

from __future__ import annotations

from typing import Any

import pytest


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


@pytest.mark.parametrize(
    ("text", "people", "body"),
    [
        (
            "Gunmen attacked the post. Two of them, sepoy Ali Raza and naik Gul Khan of the Levies, "
            "were killed.",
            ("Ali Raza", "Gul Khan"),
            "Levies",
        ),
        (
            "Gunmen attacked the patrol. Head constable Ramu Kashyap and constable Sonu Podiyam of the "
            "District Reserve Guard were wounded.",
            ("Ramu Kashyap", "Sonu Podiyam"),
            "District Reserve Guard",
        ),
        (
            "Gunmen attacked the post. Ali Raza, Omar Khan and Gul Khan of the Levies were killed.",
            ("Ali Raza", "Omar Khan", "Gul Khan"),
            "Levies",
        ),
    ],
)
def test_each_person_of_the_list_is_of_the_body(
    relations: Any, text: str, people: tuple[str, ...], body: str
) -> None:
    found = relations(text)
    for person in people:
        assert rel(person, body, "affiliation") in found


def test_a_place_closing_the_list_is_left_to_the_last_name(relations: Any) -> None:
    text = "Prime Minister Ali Hassan and President Omar Farah of Somalia met in Nairobi."
    assert rel("Ali Hassan", "Somalia", "affiliation") not in relations(text)
