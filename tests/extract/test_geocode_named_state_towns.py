"""A town a report's state knows by a shortened name ("Ciudad X" called X) outweighs a small exact
namesake in a state the report does not name; a country's name is no state's ("Mexico" of a report
is not the State of Mexico)."""

from __future__ import annotations

from typing import Any

from nexus.extract.geocode import Geocoder
from nexus.geo import haversine_km


def test_the_town_of_the_named_state_beats_a_hamlet_of_another_state() -> None:
    place = Geocoder(["MX"] * 5, ["Tamaulipas"]).resolve("Río Bravo")
    assert place is not None and place.admin1 == "Tamaulipas"
    place = Geocoder(["MX"] * 5, ["Guerrero"]).resolve("Chilapa")
    assert place is not None and place.admin1 == "Guerrero"


def test_without_the_state_named_the_exact_name_keeps_its_rank() -> None:
    place = Geocoder(["MX"] * 5).resolve("Río Bravo")
    assert place is not None and place.admin1 != "Tamaulipas"


def test_a_capital_is_not_displaced_by_a_town_once_called_so() -> None:
    place = Geocoder(["NG"] * 5, ["Niger"]).resolve("Abuja")
    assert place is not None and place.admin1 != "Niger"


def test_the_country_named_is_no_state_of_its_name(extract: Any) -> None:
    text = (
        "Gunmen shot dead three municipal police officers at a roadblock in Los Reyes, "
        "Michoacán, on Tuesday evening, Mexico's federal security cabinet said."
    )
    attacks = [e for e in extract(text, published="2025-07-02").events if e.type == "attack"]
    assert attacks and attacks[0].place is not None
    place = attacks[0].place
    assert place.lat is not None and place.lon is not None
    # Los Reyes de Salgado, Michoacán, not the Los Reyes of the State of Mexico
    assert haversine_km(place.lat, place.lon, 19.59, -102.47) < 25
