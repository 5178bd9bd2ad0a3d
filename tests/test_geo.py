"""The shared sphere: one great-circle distance and one list of distance units."""

from __future__ import annotations

import pytest

from nexus.geo import DISTANCE_UNITS, destination, haversine_km


def test_one_degree_of_longitude_on_the_equator_is_about_111_km() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.2)


def test_distance_is_symmetric_and_zero_at_one_point() -> None:
    a, b = (9.06, 7.49), (12.0, 8.52)
    assert haversine_km(*a, *b) == pytest.approx(haversine_km(*b, *a))
    assert haversine_km(*a, *a) == 0.0


def test_antipodes_do_not_overflow() -> None:
    assert haversine_km(10.0, 20.0, -10.0, -160.0) == pytest.approx(20015.1, abs=1.0)


def test_units_cover_metric_and_imperial_spellings() -> None:
    assert {"km", "kilometres", "kilometers", "miles", "metres"} <= DISTANCE_UNITS
    assert "hours" not in DISTANCE_UNITS


def test_destination_goes_the_given_distance_along_the_bearing() -> None:
    start = (12.5, -3.2)
    for bearing in (0.0, 90.0, 225.0):
        end = destination(*start, bearing, 40.0)
        assert haversine_km(*start, *end) == pytest.approx(40.0, abs=0.01)
    north = destination(*start, 0.0, 40.0)
    assert north[0] > start[0] and north[1] == pytest.approx(start[1])
