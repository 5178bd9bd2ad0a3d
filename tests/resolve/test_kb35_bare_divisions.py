"""A division given by its bare name and a town spelt like it (session 35): the district "Kelm" that a
geocoder returns without coordinates, and the town of Kelm (or "Kellm") another outlet names, are one
place when both lie in one province of one country; a namesake in another province stays apart."""

from __future__ import annotations

from nexus.resolve.events import TOWN_REGION_SCORE, PlaceKey, place_score


def district(name: str, admin1: str | None, country: str = "IQ") -> PlaceKey:
    return PlaceKey(name=name, kind="admin", country=country, admin1=admin1)


def town(name: str, admin1: str | None, country: str = "IQ") -> PlaceKey:
    return PlaceKey(name=name, kind="city", country=country, admin1=admin1, lat=34.1, lon=43.9)


def test_a_bare_district_and_the_town_spelt_like_it_in_its_province_are_one_place() -> None:
    score, reason = place_score(district("Sulaymat", "Saladin"), town("Suleimat", "Saladin"))
    assert score == TOWN_REGION_SCORE
    assert "division named for it" in reason
    assert place_score(town("Suleimat", "Saladin"), district("Sulaymat", "Saladin"))[0] == TOWN_REGION_SCORE


def test_a_bare_district_of_another_province_is_no_division_of_the_town() -> None:
    assert place_score(district("Sulaymat", "Anbar"), town("Suleimat", "Saladin"))[0] is None


def test_a_bare_district_of_another_country_is_no_division_of_the_town() -> None:
    assert place_score(district("Sulaymat", "Saladin", "SY"), town("Suleimat", "Saladin"))[0] is None
