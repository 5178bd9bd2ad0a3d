"""A country's capital is known abroad by its name: a report plainly about other countries still
reads "Canberra" or "Bern" as the capital, while a town of the same size that is no capital stays
unresolved there (a namesake is likelier than a far-off provincial city)."""

from __future__ import annotations

import pytest

from nexus.extract.geocode import Geocoder

#: A report that names Ecuador six times and Colombia three times.
ANDEAN_REPORT = ["EC"] * 6 + ["CO"] * 3


@pytest.mark.parametrize(("name", "country"), [("Canberra", "AU"), ("Bern", "CH"), ("Washington", "US")])
def test_a_capital_abroad_is_read_as_the_capital(name: str, country: str) -> None:
    place = Geocoder(ANDEAN_REPORT).resolve(name)
    assert place is not None and place.country == country and place.lat is not None


def test_a_provincial_city_abroad_of_the_same_size_stays_unresolved() -> None:
    # Geelong (Australia, some 230,000 people) is no capital: refused in a report on the Andes
    assert Geocoder(ANDEAN_REPORT).resolve("Geelong") is None


def test_a_small_island_capital_is_not_trusted_abroad() -> None:
    place = Geocoder(ANDEAN_REPORT).resolve("Victoria")
    assert place is None or place.country != "SC"
