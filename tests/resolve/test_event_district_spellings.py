"""A place read as a part of a city (``kind`` ``district``) is compared with a town or site by every
way outlets write one name, as two towns are (``events.one_name_written_two_ways``): a Creole name
beside the French one that closes with the region it is "of", a name cut to its last word, a
transliteration; another name stays another place (``events.district_score``, ``place_score``)."""

from __future__ import annotations

import pytest

from nexus.resolve.events import (
    SPELT_ALIKE_SCORE,
    PlaceKey,
    district_score,
    one_name_written_two_ways,
    place_score,
)


def _district(name: str, within: str | None = "Ostrelia's") -> PlaceKey:
    return PlaceKey(name=name, kind="district", country="ZZ", within=within)


def _site(name: str) -> PlaceKey:
    return PlaceKey(name=name, kind="site", country="ZZ", admin1="Velmora")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Gran Mon Kelvo", "Grand-Morne Kelvo de la Dravane"),  # Creole, and the French with its region
        ("Sen Dravo", "Saint-Dravo"),
        ("Kelvora", "Bir Kelvora"),  # cut to the last word of a compound
    ],
)
def test_one_name_written_two_ways(first: str, second: str) -> None:
    assert one_name_written_two_ways(first, second)
    assert one_name_written_two_ways(second, first)


@pytest.mark.parametrize(
    ("first", "second"), [("Gran Mon Kelvo", "Grand-Morne Ostra"), ("Kelvora", "Dastrani"), ("", "Kelvora")]
)
def test_other_names_are_not_one(first: str, second: str) -> None:
    assert not one_name_written_two_ways(first, second)


def test_a_district_and_a_site_of_one_name_written_two_ways_are_one_place() -> None:
    district, site = _district("Grand-Morne Kelvo de la Dravane"), _site("Gran Mon Kelvo")
    assert district_score(district, site) == (
        SPELT_ALIKE_SCORE,
        "one place spelt two ways (Grand-Morne Kelvo de la Dravane/Gran Mon Kelvo)",
    )
    score, _ = place_score(site, district)
    assert score == SPELT_ALIKE_SCORE


def test_a_district_and_a_site_of_another_name_stay_apart() -> None:
    score, _ = place_score(_district("Grand-Morne Ostra de la Dravane"), _site("Gran Mon Kelvo"))
    assert score is None


def test_a_district_of_another_country_is_not_the_site() -> None:
    abroad = PlaceKey(name="Grand-Morne Kelvo de la Dravane", kind="district", country="YY", within="Ostrel")
    assert district_score(abroad, _site("Gran Mon Kelvo")) is None
