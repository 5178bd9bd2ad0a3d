"""A deed done to "it" in a sentence whose older happening names a town takes place at that town."""

from __future__ import annotations

from typing import Any

import pytest


def places_by_type(extraction: Any) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for e in extraction.events:
        out.setdefault(e.type, []).append(e.place.name if e.place else None)
    return out


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Insurgents seized Jarabulus in March 2015 and kept the district under their flag until the "
            "army retook it in May 2018.",
            "Jarabulus",
        ),
        (
            "Rebels captured Bunagana in June 2022 and held it until the army recaptured it in March 2024.",
            "Bunagana",
        ),
    ],
)
def test_a_town_retaken_as_it_is_the_place_of_the_retaking(extract: Any, text: str, town: str) -> None:
    assert places_by_type(extract(text, published="2025-06-04")).get("military_action") == [town]


def test_a_deed_told_with_its_own_town_keeps_it(extract: Any) -> None:
    text = "In May 2019, militants seized Garissa, and troops drove them out of Dadaab in June 2019."
    places = places_by_type(extract(text, published="2025-06-04"))
    assert "Garissa" not in places.get("military_action", [])
