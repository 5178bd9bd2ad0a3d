"""A village no gazetteer knows takes an approximate point from the place the text sets it by: the
reference town ("X, a hamlet 12 km east of Y", "X near Y"), a town the reference is itself set by
when no gazetteer knows the reference ("X, east of Z, Y prefecture": Z at Y, X by Z), or the town
of a division written with its kind ("X, in Y district"). The event keeps the village's name, and the
point records where it came from (``Place.derivation``). A village the text sets by nothing stays
without a point."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.geo import haversine_km

#: Towns of the gazetteer the tests set their invented villages by.
BASSAR = (9.25, 0.78)
MORA = (11.05, 14.14)
NDELE = (8.41, 20.65)
GBOKO = (7.32, 9.00)


def first_place(extraction: Any, kinds: tuple[str, ...] = ("attack",)) -> Any:
    events = [e for e in extraction.events if e.type in kinds]
    assert events, "no event found"
    return events[0].place


def km_from(place: Any, point: tuple[float, float]) -> float:
    assert place is not None and place.lat is not None and place.lon is not None, "no point"
    return haversine_km(place.lat, place.lon, *point)


@pytest.mark.parametrize(
    ("text", "name", "town", "far"),
    [
        (
            "Raiders in pirogues stormed the gendarmerie post on Wabtiri, an army-held island some "
            "20 km north-west of Mora, before sunrise on Friday, killing two gendarmes.",
            "Wabtiri",
            MORA,
            20.0,
        ),
        (
            "Armed men raided Ouandja-Kotto, a herders' settlement roughly 18 km south-east of Ndélé, "
            "on Thursday night and shot dead four people.",
            "Ouandja-Kotto",
            NDELE,
            18.0,
        ),
    ],
)
def test_a_settlement_with_a_joined_modifier_lies_off_its_reference_town(
    extract: Any, text: str, name: str, town: tuple[float, float], far: float
) -> None:
    place = first_place(extract(text, published="2025-06-14"))
    assert place.name == name
    # the told distance away from the town, not at the town itself
    assert abs(km_from(place, town) - far) < 3
    assert place.derivation is not None and "km" in place.derivation


def test_a_village_set_by_an_unknown_hamlet_of_a_known_prefecture_takes_its_point(extract: Any) -> None:
    text = (
        "On 9 May 2025, gunmen entered the primary school of Sorkpa, a hamlet about 6 km west of "
        "Kalanga, Bassar prefecture, and killed a teacher in front of his class."
    )
    place = first_place(extract(text, published="2025-05-12"))
    assert place.name == "Sorkpa"
    assert km_from(place, BASSAR) < 12
    # the derivation tells both steps: by the unknown hamlet, which is itself placed at the town
    assert place.derivation is not None
    assert "Kalanga" in place.derivation and "Bassar" in place.derivation


def test_a_village_takes_the_town_of_the_prefecture_written_after_it(extract: Any) -> None:
    text = (
        "Gunmen raided the village of Tchakpali, Bassar prefecture, and abducted its chief on "
        "Monday, local officials said."
    )
    place = first_place(extract(text, published="2025-05-12"), ("attack", "kidnapping"))
    assert place.name == "Tchakpali"
    assert km_from(place, BASSAR) < 5


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five farmers in Ukpiam, a hamlet outside Gboko, on Sunday night.",
        "Gunmen killed five farmers in Ukpiam (Gboko district) on Sunday night, police said.",
        "Gunmen killed five farmers in Ukpiam village in Gboko local government area on Sunday night.",
    ],
)
def test_other_ways_of_setting_a_village_by_a_town(extract: Any, text: str) -> None:
    place = first_place(extract(text, published="2025-05-12"))
    assert place.name == "Ukpiam"
    assert km_from(place, GBOKO) < 30


def test_a_village_set_by_nothing_stays_without_a_point(extract: Any) -> None:
    text = "Gunmen killed five farmers in Ukpiam on Sunday night, a community leader said."
    place = first_place(extract(text, published="2025-05-12"))
    assert place is not None and place.name == "Ukpiam"
    assert place.lat is None and place.lon is None
    assert place.derivation is None


#: Mokwa, a town of Nigeria's Niger State.
MOKWA = (9.29, 5.05)


def test_a_state_named_like_a_country_sets_the_report_in_its_own_country(extract: Any) -> None:
    text = (
        "Bandits stormed Gbajibo-Tasha, a hamlet about 10 km north of Mokwa in Niger State, on "
        "Saturday night and killed six farmers, the Niger State Emergency Management Agency said. "
        "The Niger State Police Command said it had deployed officers to the area."
    )
    place = first_place(extract(text, published="2025-08-04"))
    assert place.name == "Gbajibo-Tasha"
    assert abs(km_from(place, MOKWA) - 10.0) < 3
