"""One dateline parser: filing places and outlet, for every stage that must skip them."""

from __future__ import annotations

from nexus.extract.dateline import parse_dateline


def test_places_and_outlet_are_found_with_their_offsets() -> None:
    text = "ISLAMABAD/NEW DELHI, May 7 (Frontier Wire) - India struck nine sites."
    found = parse_dateline(text)
    assert found is not None
    assert found.places == "ISLAMABAD/NEW DELHI" and found.places_start == 0
    assert found.outlet == "Frontier Wire"
    assert text[found.outlet_start : found.outlet_start + len(found.outlet)] == "Frontier Wire"
    assert text[found.end :].startswith("India")


def test_country_after_city_double_dash_and_no_outlet() -> None:
    found = parse_dateline("PESHAWAR, Pakistan -- A bomb exploded.")
    assert found is not None and found.places == "PESHAWAR" and found.outlet is None


def test_ordinary_opening_sentence_is_no_dateline() -> None:
    assert parse_dateline("Gunmen attacked a checkpoint in Quetta on Monday.") is None
