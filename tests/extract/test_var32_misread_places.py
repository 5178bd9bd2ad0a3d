"""Places the NER misreads: a known town's name read as a people or a thing where only a place
can stand (nexus.extract.entities._misread_known_town), and a lodging's name read as a company
(``site_words_before_names`` and the lodging words of ``site_words`` in entities.yaml)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen ambushed a police convoy in Las Matas on Friday, killing four officers.", "Las Matas"),
        ("Eleven rebels died in an army air raid outside Las Margaritas on Monday.", "Las Margaritas"),
    ],
)
def test_a_known_town_read_as_a_people_is_the_place_after_in_or_outside(
    extract: Any, text: str, town: str
) -> None:
    result = extract(text, published="2025-05-10")
    assert any(e.name == town and e.type == "PLACE" for e in result.entities)
    violent = [e for e in result.events if e.type in ("attack", "military_action")]
    assert violent and all(e.place is not None and e.place.name == town for e in violent)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Gunmen seized the Hotel Tamarind in central Mombasa late on Friday, killing at least "
            "nine guests, police said.",
            "Hotel Tamarind",
        ),
        (
            "Gunmen attacked the Jacaranda Guesthouse in Beledweyne on Thursday, killing five people.",
            "Jacaranda Guesthouse",
        ),
    ],
)
def test_a_lodging_named_as_such_is_the_site_of_the_attack(extract: Any, text: str, site: str) -> None:
    result = extract(text, published="2025-05-10")
    assert any(e.name == site and e.type == "PLACE" and e.subtype == "site" for e in result.entities)
    attacks = [e for e in result.events if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].place is not None and attacks[0].place.name == site
