"""A country's own name is the country, not a small town of another country the report names that
happens to share it ("Lebanon, Tennessee" in a report that mentions American troops); a town of the
named country itself, or a city of millions, keeps its reading."""

from __future__ import annotations

import pytest

from nexus.extract.geocode import Candidate, Geocoder


@pytest.mark.parametrize("name", ["Jordan", "Lebanon", "Palestine", "Peru", "Cuba"])
def test_a_country_name_in_a_report_naming_another_country_is_the_country(name: str) -> None:
    place = Geocoder(["US"]).resolve(name)
    assert place is not None and place.kind == "country" and place.country != "US"


def test_a_country_name_stays_the_country_without_any_context() -> None:
    place = Geocoder().resolve("Lebanon")
    assert place is not None and place.kind == "country" and place.country == "LB"


def _town(country: str, population: int) -> Candidate:
    return Candidate("Velmar", "city", country, None, 1.0, 2.0, population, "geonames")


_COUNTRY = Candidate("Velmar", "country", "VL", None, None, None, 0, "geonames")


def test_a_capital_named_like_its_country_keeps_its_town_reading() -> None:
    top = _town("VL", 50_000)
    assert Geocoder._country_over_a_town_abroad(top, [top, _COUNTRY]) is top


def test_a_city_of_millions_named_like_a_country_abroad_keeps_its_town_reading() -> None:
    top = _town("XX", 2_000_000)
    assert Geocoder._country_over_a_town_abroad(top, [top, _COUNTRY]) is top


def test_a_small_town_named_like_a_country_abroad_gives_way_to_the_country() -> None:
    top = _town("XX", 8_000)
    assert Geocoder._country_over_a_town_abroad(top, [top, _COUNTRY]) is _COUNTRY


def test_a_town_that_names_no_country_keeps_the_context_countrys_reading() -> None:
    place = Geocoder(["US"]).resolve("Springfield")
    assert place is not None and place.kind == "city" and place.country == "US"
