"""Counted people harmed are an event even in a sentence with market or game words."""

from __future__ import annotations

from typing import Any


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


def test_counted_traders_killed_at_a_market_are_an_attack(extract: Any) -> None:
    x = extract("Four traders were killed at a cattle market in Gusau on March 3.", published="2025-03-05")
    attacks = [e for e in x.events if e.type == "attack"]
    assert attacks and attacks[0].killed is not None and attacks[0].killed.value == 4


def test_shooting_of_counted_brokers_is_an_attack(extract: Any) -> None:
    x = extract("Gunmen shot dead two stock brokers outside the exchange in Karachi on Monday.")
    assert "attack" in _types(x)


def test_game_idiom_with_a_harm_verb_stays_off_topic(extract: Any) -> None:
    x = extract("The visiting striker killed off the contest with two goals in the last ten minutes.")
    assert "attack" not in _types(x)


def test_grenade_that_hit_a_vehicle_is_an_attack(extract: Any) -> None:
    x = extract("A grenade hit a police patrol vehicle in Pulwama on Tuesday, wounding two constables.")
    attacks = [e for e in x.events if e.type == "attack"]
    assert attacks and attacks[0].injured is not None and attacks[0].injured.value == 2
