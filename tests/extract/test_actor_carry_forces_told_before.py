"""Unnamed troops or police doing an operation are the one force of that kind named before."""

from __future__ import annotations

from typing import Any


def _actions(extract: Any, text: str) -> list[Any]:
    return [e for e in extract(text, published="2025-06-12").events if e.type == "military_action"]


def test_troops_after_the_named_army_are_that_army(extract: Any) -> None:
    text = (
        "Gunmen ambushed an army patrol near Tessit on Monday, killing three soldiers, a spokesman "
        "for the Ruritanian Army said.\n"
        "Troops backed by helicopters pursued the attackers into the hills on Tuesday, killing "
        "seven of them, the spokesman said."
    )
    actions = _actions(extract, text)
    assert actions and "Ruritanian Army" in actions[0].actors


def test_police_teams_after_the_named_police_command_are_that_command(extract: Any) -> None:
    text = (
        "Bandits abducted 20 villagers in Kovalla on Sunday, the Kovalla State Police Command said "
        "in a statement.\n"
        "On Tuesday, in another operation, police tactical teams stormed a bandit camp near "
        "Ardana and rescued 12 travellers."
    )
    actions = _actions(extract, text)
    assert actions and actions[0].actors == ["Kovalla State Police Command"]


def test_troops_of_a_named_nationality_are_not_the_army_named_before(extract: Any) -> None:
    text = (
        "Gunmen ambushed a patrol of the Ruritanian Army near Tessit on Monday, killing three "
        "soldiers.\n"
        "Ardanian troops shelled the hills on Tuesday, killing seven fighters, residents said."
    )
    actions = _actions(extract, text)
    assert actions and "Ruritanian Army" not in actions[0].actors


def test_troops_after_two_named_forces_are_both(extract: Any) -> None:
    text = (
        "The Ruritanian Army and the Ruritanian Navy said on Monday they had begun a joint "
        "operation near Tessit.\n"
        "Troops killed seven fighters on Tuesday, residents said."
    )
    actions = [a for a in _actions(extract, text) if a.date and a.date.iso == "2025-06-10"]
    assert actions and sorted(actions[0].actors) == ["Ruritanian Army", "Ruritanian Navy"]


def test_troops_after_a_military_court_only_are_not_the_court(extract: Any) -> None:
    text = (
        "The Ruritanian Military Court sentenced two men to prison on Monday for an attack on Tessit.\n"
        "On Tuesday, troops killed seven fighters near Ardana, residents said."
    )
    actions = [a for a in _actions(extract, text) if a.date and a.date.iso == "2025-06-10"]
    assert actions and "Ruritanian Military Court" not in actions[0].actors


def test_police_after_only_an_army_named_are_not_that_army(extract: Any) -> None:
    text = (
        "Gunmen ambushed a patrol of the Ruritanian Army near Tessit on Monday, killing three "
        "soldiers, residents said.\n"
        "On Tuesday, police arrested two suspected informants in Ardana."
    )
    actions = _actions(extract, text)
    assert actions and "Ruritanian Army" not in actions[0].actors
