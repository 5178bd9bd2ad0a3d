"""A landform no gazetteer knows (a range, a forest, a wadi, an island) takes no point from the
report's town: a range the report's town is filed from is somewhere wide, not at the town. A
town its own sentence names beside it still lends its point."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.geo import haversine_km

FILED_FROM_GULU = (
    "GULU, Uganda (Nile Wire) - Two soldiers were killed on Monday in a gunfight with rebels in Gulu "
    "town, the army said.\n\n"
)


def strike_place(extraction: Any, name: str) -> Any:
    places = [e.place for e in extraction.events if e.place is not None and e.place.name == name]
    assert places, f"no event at {name}"
    return places[0]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "On Tuesday, army helicopters struck rebel camps in the Tarkwe mountains, killing nine fighters.",
            "Tarkwe",
        ),
        (
            "On Tuesday, army helicopters struck rebel camps on Mount Tarkwe, killing nine fighters.",
            "Mount Tarkwe",
        ),
        (
            "On Tuesday, army helicopters struck rebel camps in the Tarkwe Forest, killing nine fighters.",
            "Tarkwe Forest",
        ),
    ],
)
def test_a_landform_takes_no_point_from_the_report_town(extract: Any, sentence: str, name: str) -> None:
    place = strike_place(extract(FILED_FROM_GULU + sentence, published="2024-03-06"), name)
    assert (place.lat, place.lon, place.derivation) == (None, None, None)
    assert place.country == "UG"  # the report's country still holds it


def test_a_landform_lies_by_a_town_its_own_sentence_names(extract: Any) -> None:
    text = (
        FILED_FROM_GULU + "On Tuesday, after leaving Kitgum, troops raided rebel camps on Mount Tarkwe, "
        "killing nine fighters."
    )
    place = strike_place(extract(text, published="2024-03-06"), "Mount Tarkwe")
    assert place.derivation == "at Kitgum"
    assert haversine_km(place.lat, place.lon, 3.28, 32.89) < 5


def test_a_camp_still_lies_at_the_report_town(extract: Any) -> None:
    text = FILED_FROM_GULU + "On Tuesday, gunmen attacked the Olwal camp, killing nine people."
    place = strike_place(extract(text, published="2024-03-06"), "Olwal")
    assert place.lat is not None and place.derivation is not None
