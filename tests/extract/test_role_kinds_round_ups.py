"""A round-up followed by a killing (role_kinds): by armed men an attack, by soldiers the state's."""

from __future__ import annotations

from typing import Any


def _told(extraction: Any) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in extraction.events
    ]


def test_armed_men_rounding_up_and_shooting_villagers_is_an_attack(extract: Any) -> None:
    text = "In March 2018, armed fighters rounded up and shot scores of villagers near Abeche."
    told = _told(extract(text, published="2025-02-10"))
    assert ("attack", "2018-03", "Abeche") in told, told
    assert not any(t == "military_action" for t, _, _ in told), told


def test_soldiers_rounding_up_and_questioning_traders_is_the_states(extract: Any) -> None:
    text = "In March 2018, soldiers rounded up and questioned dozens of traders near Abeche."
    told = _told(extract(text, published="2025-02-10"))
    assert not any(t == "attack" for t, _, _ in told), told
