"""A narrow division written with the noun of a division called after its chief town ("Dravo
Township", ``identity.yaml`` ``town_named_divisions``) is that division however it is written: its
name without the noun (``events.admin_key``) is the town's; two namings of it, with and without
the noun, are one division (``events.divisions_spelt_alike``); another division or town stays
another place (``events.place_score``)."""

from __future__ import annotations

import pytest

from nexus.resolve.events import PlaceKey, admin_key, divisions_spelt_alike, place_score

#: A made-up town of a made-up country and first-level division, and the division named for it.
TOWN = PlaceKey(name="Dravo", kind="city", country="ZZ", admin1="Velmora", lat=12.5, lon=41.25)
TOWNSHIP = PlaceKey(name="Dravo Township", kind="admin", country="ZZ", admin1="Velmora")
#: The town's division as a linker may read it from a sentence ("in Dravo"), at the town's point.
DIVISION_AT_TOWN = PlaceKey(name="Dravo", kind="admin", country="ZZ", admin1="Velmora", lat=12.5, lon=41.25)
OTHER_TOWNSHIP = PlaceKey(name="Kessamu Township", kind="admin", country="ZZ", admin1="Velmora")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Dravo Township", "dravo"),
        ("Kessamu subdistrict", "kessamu"),
        ("Dravo", "dravo"),
        ("Township", "township"),  # a name that is only the noun stays
    ],
)
def test_the_noun_of_a_town_named_division_is_left_out(name: str, key: str) -> None:
    assert admin_key(name) == key


def test_a_town_and_its_township_are_one_place() -> None:
    score, reason = place_score(TOWN, TOWNSHIP)
    assert score is not None and score >= 0.8, reason
    assert "named for" in reason


def test_the_division_with_and_without_its_noun_is_one_division() -> None:
    assert divisions_spelt_alike(DIVISION_AT_TOWN, TOWNSHIP)
    score, _ = place_score(DIVISION_AT_TOWN, TOWNSHIP)
    assert score is not None and score >= 0.8


@pytest.mark.parametrize("place", [TOWN, DIVISION_AT_TOWN, TOWNSHIP])
def test_another_township_stays_another_place(place: PlaceKey) -> None:
    assert not divisions_spelt_alike(place, OTHER_TOWNSHIP)
    score, _ = place_score(place, OTHER_TOWNSHIP)
    assert score is None or score < 0.5


def test_a_township_of_another_first_level_division_is_not_one() -> None:
    elsewhere = PlaceKey(name="Dravo Township", kind="admin", country="ZZ", admin1="Ostrelia")
    assert not divisions_spelt_alike(DIVISION_AT_TOWN, elsewhere)
