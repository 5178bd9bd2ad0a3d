"""The day officials 'confirmed' or 'disclosed' a toll is the report's day: the day the next
sentence tells of the raid itself replaces it, and the two tell one raid."""

from __future__ import annotations

from typing import Any


def test_a_confirmation_day_gives_way_to_the_raids_own_day(extract: Any) -> None:
    text = (
        "Police in Zamfara confirmed on Friday that 11 miners had been killed by armed bandits near "
        "Anka. The bandits stormed the mining pit late on Tuesday, a vigilante leader said."
    )
    attacks = [e for e in extract(text, published="2024-06-15").events if e.type == "attack"]
    assert len(attacks) == 1, attacks
    assert attacks[0].date is not None and attacks[0].date.iso == "2024-06-11", attacks
    assert attacks[0].killed is not None and attacks[0].killed.value == 11, attacks


def test_a_disclosed_toll_alone_keeps_the_days_report(extract: Any) -> None:
    text = "Police in Zamfara disclosed on Friday that 11 miners had been killed by armed bandits near Anka."
    attacks = [e for e in extract(text, published="2024-06-15").events if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].date is not None, attacks
