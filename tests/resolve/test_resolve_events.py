"""Event identity: type, date window, distance, actors."""

from __future__ import annotations

from datetime import date

import pytest

from nexus.resolve import EventKey, PlaceKey, best_match, same_event
from nexus.resolve.events import haversine_km

PULWAMA = PlaceKey("Pulwama", "city", "IN", "Jammu and Kashmir", 33.87, 74.89)
AWANTIPORA = PlaceKey("Awantipora", "city", "IN", "Jammu and Kashmir", 33.92, 75.01)
SRINAGAR_FAR = PlaceKey("Leh", "city", "IN", "Ladakh", 34.16, 77.58)


def key(
    day: date | None, place: PlaceKey | None = PULWAMA, actors: tuple[str, ...] = (), **kw: object
) -> EventKey:
    return EventKey("attack", day, place=place, actors=frozenset(actors), **kw)  # type: ignore[arg-type]


def test_haversine_pulwama_awantipora_is_about_12_km() -> None:
    assert 8 < haversine_km(33.87, 74.89, 33.92, 75.01) < 15


def test_dates_within_three_days_and_nearby_places_are_one_event() -> None:
    assert same_event(key(date(2019, 2, 14)), key(date(2019, 2, 16), AWANTIPORA))


def test_dates_a_week_apart_are_two_events() -> None:
    assert not same_event(key(date(2019, 2, 14)), key(date(2019, 2, 21)))


def test_places_beyond_50_km_are_two_events() -> None:
    assert not same_event(key(date(2019, 2, 14)), key(date(2019, 2, 14), SRINAGAR_FAR))


def test_month_precision_contains_a_day() -> None:
    assert same_event(key(date(2019, 2, 14)), key(date(2019, 2, 1), precision="month"))


def test_different_types_are_different_events() -> None:
    assert not same_event(key(date(2019, 2, 14)), EventKey("rally", date(2019, 2, 14), place=PULWAMA))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [(("x",), ("x", "y"), True), (("x",), ("y",), False), ((), ("y",), True)],
)
def test_actors_must_overlap_unless_one_side_names_none(
    a: tuple[str, ...], b: tuple[str, ...], same: bool
) -> None:
    assert same_event(key(date(2019, 2, 14), actors=a), key(date(2019, 2, 14), actors=b)) is same


def test_region_contains_city_without_coordinates() -> None:
    region = PlaceKey("Jammu and Kashmir", "admin", "IN")
    assert same_event(key(date(2019, 2, 14)), key(date(2019, 2, 14), region))


def test_best_match_prefers_the_closest_date() -> None:
    candidates = {"far": key(date(2019, 2, 11)), "near": key(date(2019, 2, 14))}
    assert best_match(key(date(2019, 2, 14)), candidates) == "near"


def test_no_date_at_all_never_matches() -> None:
    assert best_match(key(None), {"e": key(date(2019, 2, 14))}) is None


def test_two_towns_of_one_district_forty_km_apart_are_two_events() -> None:
    """Gunmen in two towns of one district on one day, no figure or actor shared: two raids."""
    here = PlaceKey("Norvale", "city", "NG", "Zamfara", 12.0, 6.0)
    there = PlaceKey("Kesh", "city", "NG", "Zamfara", 12.0, 6.37)  # about 40 km east
    assert 35 < haversine_km(12.0, 6.0, 12.0, 6.37) < 45
    a = key(date(2024, 11, 4), here, figures=frozenset({("killed", 5)}))
    b = key(date(2024, 11, 4), there, figures=frozenset({("killed", 7)}))
    assert not same_event(a, b)
    # a village 8 km from the town is the same scene told two ways
    village = PlaceKey("Dutse Gari", "city", "NG", "Zamfara", 12.0, 6.073)
    assert same_event(a, key(date(2024, 11, 4), village, figures=frozenset({("killed", 6)})))
