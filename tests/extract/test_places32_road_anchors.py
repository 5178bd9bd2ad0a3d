"""A village no gazetteer knows that the text sets on a road ("X, a village on the A-B road", "X
trading centre, on the main road outside Y town") keeps its own name and takes the point of
the town the road is told by, as an approximate point derived from that town."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.geo import haversine_km


def attack_place(extraction: Any) -> Any:
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert attacks, "no attack found"
    return attacks[0].place


#: Kitgum and Gulu, the two ends of the road the tests name, and the point half-way between them.
ROAD_ENDS = ((3.28, 32.89), (2.78, 32.30))
HALF_WAY = (3.03, 32.59)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels raided Lakwor, a village on the Kitgum–Gulu road, late on Friday, killing six farmers.",
        "Rebels raided Lakwor, a farming village on the Gulu-Kitgum road, on Friday, killing six farmers.",
        "Rebels raided Lakwor, a village on the road between Gulu and Kitgum, on Friday, killing six men.",
    ],
)
def test_a_village_on_a_road_between_two_towns_lies_between_them(extract: Any, text: str) -> None:
    place = attack_place(extract(text, published="2025-05-10"))
    assert place.name == "Lakwor"
    assert place.lat is not None and place.lon is not None
    # half-way when the text names both ends; by the end it names when only one is recognised
    assert min(haversine_km(place.lat, place.lon, *spot) for spot in (HALF_WAY, *ROAD_ENDS)) < 10


def test_the_middle_of_a_road_records_both_ends(extract: Any) -> None:
    text = "Rebels raided Lakwor, a village on the road between Gulu and Kitgum, on Friday, killing six men."
    place = attack_place(extract(text, published="2025-05-10"))
    assert place.derivation == "between Gulu and Kitgum"
    assert haversine_km(place.lat, place.lon, *HALF_WAY) < 5


def test_a_trading_centre_on_the_road_outside_a_town_lies_by_that_town(extract: Any) -> None:
    text = (
        "Late on Sunday raiders shot dead three constables at Pabwor trading centre, "
        "on the main road outside Lira town, police said."
    )
    place = attack_place(extract(text, published="2025-05-12"))
    assert place.name == "Pabwor"
    assert place.lat is not None and place.lon is not None
    assert haversine_km(place.lat, place.lon, 2.25, 32.90) < 10


def test_a_borrowed_point_records_the_town_it_is_derived_from(extract: Any) -> None:
    text = "Gunmen killed four herders in Odwee, a hamlet outside Lira, on Sunday."
    place = attack_place(extract(text, published="2025-05-12"))
    assert place.derivation == "at Lira"


def test_an_offset_point_records_its_distance_and_bearing(extract: Any) -> None:
    text = "Gunmen killed four herders in Odwee, a hamlet about 40 km south-west of Lira, on Sunday."
    extraction = extract(text, published="2025-05-12")
    place = attack_place(extraction)
    assert place.derivation == "about 40 km south-west of Lira"
    assert haversine_km(place.lat, place.lon, 2.25, 32.90) == pytest.approx(40, abs=1)
    contract = next(e for e in extraction.to_contract()["events"] if e["type"] == "attack")
    assert contract["place_derivation"] == "about 40 km south-west of Lira"


def test_a_gazetteer_town_has_no_derivation(extract: Any) -> None:
    place = attack_place(extract("Gunmen killed four herders in Lira on Sunday.", published="2025-05-12"))
    assert place.lat is not None
    assert place.derivation is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen raided Odwee, a farming locality in the hills of Kitgum, on Tuesday.", (3.28, 32.89)),
        ("Gunmen raided Odwee, a hamlet in the outskirts of Gulu, on Tuesday, killing seven.", (2.78, 32.30)),
    ],
)
def test_a_village_in_the_hills_of_a_town_takes_its_point(
    extract: Any, text: str, town: tuple[float, float]
) -> None:
    place = attack_place(extract(text, published="2025-05-13"))
    assert place.name == "Odwee"
    assert place.lat is not None and place.lon is not None
    assert haversine_km(place.lat, place.lon, *town) < 5


def test_villages_told_together_by_a_town_both_take_its_point(extract: Any) -> None:
    text = "Gunmen raided Odwee and Pabwor, two villages near Lira, on Tuesday, killing seven residents."
    extraction = extract(text, published="2025-05-13")
    points = {e.name: e.place for e in extraction.entities if e.name in ("Odwee", "Pabwor")}
    assert set(points) == {"Odwee", "Pabwor"}
    for place in points.values():
        assert place is not None and place.lat is not None and place.lon is not None
        assert haversine_km(place.lat, place.lon, 2.25, 32.90) < 5


def test_a_village_far_from_a_town_in_no_told_direction_takes_no_point_at_the_town(extract: Any) -> None:
    text = "Gunmen killed four herders in Odwee, a hamlet some 90 km from Lira, on Sunday."
    place = attack_place(extract(text, published="2025-05-12"))
    assert place.name == "Odwee"
    assert place.country == "UG"
    assert place.lat is None and place.lon is None


def test_a_village_near_a_town_in_no_told_direction_is_put_at_the_town(extract: Any) -> None:
    text = "Gunmen killed four herders in Odwee, a hamlet some 12 km from Lira, on Sunday."
    place = attack_place(extract(text, published="2025-05-12"))
    assert place.lat is not None and place.lon is not None
    assert haversine_km(place.lat, place.lon, 2.25, 32.90) < 5
