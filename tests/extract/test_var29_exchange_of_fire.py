"""'An exchange of fire' told in a sentence with no other trigger is combat as 'exchanged fire' is;
'the exchange of fire' after an operation is that operation; 'a prisoner exchange' or 'an
exchange of letters' is none."""

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


def test_the_exchange_of_fire_told_after_an_operation_is_that_operation(extract: Any) -> None:
    text = (
        "Troops raided a rebel hideout near Bambari on Sunday, killing five fighters, the army said. "
        "One of the soldiers suffered a leg wound during that exchange of fire."
    )
    found = _events(extract, text)
    assert len([e for e in found if e[0] == "military_action"]) == 1, found


def test_a_prisoner_exchange_is_no_combat(extract: Any) -> None:
    assert _events(extract, "The two sides agreed a prisoner exchange in Doha on Monday.") == []


def test_an_exchange_of_letters_is_no_combat(extract: Any) -> None:
    found = _events(extract, "The exchange of letters between the two governments began on Monday.")
    assert not [e for e in found if e[0] == "military_action"], found
