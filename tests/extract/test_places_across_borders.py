"""A town of the report's own country keeps its reading when its container reads as a namesake
abroad ("X, in the Y region", Y also a district of a neighbour), and a town of a province the
report names stays itself across the border the report is about, though the report names only the
neighbour's country."""

from __future__ import annotations

from typing import Any

from nexus.geo import haversine_km


def attack_place(extraction: Any) -> Any:
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert attacks, "no attack found"
    return attacks[0].place


def test_a_town_keeps_its_country_when_its_region_reads_abroad(extract: Any) -> None:
    # "Catatumbo" is also a municipality of Venezuela's Zulia state in the GeoNames tables
    text = (
        "A motorcycle bomb blew up beside the police station in Sardinata, in the Catatumbo "
        "region, on Thursday, killing one officer, Colombia's police said. Colombian officials said "
        "the bombers had fled towards Venezuela; Colombia asked for help in finding them, and the "
        "Colombian army sent two battalions."
    )
    place = attack_place(extract(text, published="2025-03-08"))
    assert place.name == "Sardinata"
    assert place.country == "CO"
    assert place.lat is not None and place.lon is not None
    assert haversine_km(place.lat, place.lon, 8.08, -72.80) < 25


def test_a_town_of_a_named_province_next_door_is_no_weak_foreign_reading(extract: Any) -> None:
    text = (
        "Fighters who crossed from Nigeria shot dead three herders outside Mora, in the Far North "
        "region, on Sunday. Nigerian troops said they had pursued the group across the border, and "
        "a Nigerian army spokesman said Nigeria would step up patrols."
    )
    place = attack_place(extract(text, published="2025-03-10"))
    assert place.name == "Mora"
    assert place.country == "CM"
    assert place.lat is not None and place.lon is not None
    assert haversine_km(place.lat, place.lon, 11.05, 14.14) < 25
