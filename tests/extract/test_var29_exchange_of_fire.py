"""'An exchange of fire' is combat as 'exchanged fire' is; 'a prisoner exchange' or 'an exchange
of letters' is none."""

from __future__ import annotations

from typing import Any


def _events(extract: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    found = extract(text, published="2024-09-04").events
    return [(e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in found]


def test_dying_in_an_exchange_of_fire_is_a_military_action(extract: Any) -> None:
    text = "Two rebels died on Sunday during an exchange of fire with troops in Kpokou village of Bambari."
    found = extract(text, published="2024-09-04").events
    actions = [e for e in found if e.type == "military_action"]
    assert actions and actions[0].date is not None and actions[0].date.iso == "2024-09-01", found
    assert actions[0].killed is not None and actions[0].killed.value == 2, found


def test_an_exchange_of_gunfire_between_police_and_raiders(extract: Any) -> None:
    text = (
        "Three herders were killed on Tuesday in an exchange of gunfire between police and cattle "
        "raiders at Lokori."
    )
    found = _events(extract, text)
    assert ("military_action", "2024-09-03", "Lokori") in found, found


def test_a_prisoner_exchange_is_no_combat(extract: Any) -> None:
    assert _events(extract, "The two sides agreed a prisoner exchange in Doha on Monday.") == []


def test_an_exchange_of_letters_is_no_combat(extract: Any) -> None:
    found = _events(extract, "The exchange of letters between the two governments began on Monday.")
    assert not [e for e in found if e[0] == "military_action"], found
