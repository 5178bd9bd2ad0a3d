"""A state force's action on unnamed combatants is hostile to the group they belong to, read by
coreference (events._combatants_group), also when a place is named in the combatants' phrase or
the action is told as an operation they were killed in."""

from __future__ import annotations

from typing import Any


def _hostile(result: Any) -> set[frozenset[str]]:
    return {frozenset((r.source, r.target)) for r in result.relations if r.type == "hostility"}


def test_fighters_struck_near_a_place_are_the_group_named_before(extract: Any) -> None:
    text = (
        "ZOMBA, Malawi - The Shire Highlands Front, a separatist militia, claimed an attack on a "
        "village near Chingale on Sunday that killed five farmers. Jets of the Malawi Defence "
        "Force then struck the fleeing fighters near Lake Chilwa, killing 12 of them, the army said."
    )
    assert frozenset(("Malawi Defence Force", "Shire Highlands Front")) in _hostile(extract(text))


def test_militants_killed_in_an_operation_are_its_targets(extract: Any) -> None:
    text = (
        "ZOMBA, Malawi - The Shire Highlands Front, a separatist militia, claimed an attack on a "
        "village near Chingale on Sunday that killed five farmers.\nIn a separate development, "
        "the Malawi Defence Force said its troops killed four suspected militants in an operation "
        "near Mulanje on Tuesday."
    )
    assert frozenset(("Malawi Defence Force", "Shire Highlands Front")) in _hostile(extract(text))


def test_unnamed_fighters_are_the_branch_not_its_parent(extract: Any) -> None:
    text = (
        "ZOMBA, Malawi - Fighters of Islamic State Shire Province, which pledged allegiance to the "
        "Islamic State in 2019, attacked a village near Chingale on Sunday. The Islamic State later "
        "claimed the raid, and the Islamic State said it had killed five soldiers.\n"
        "On Tuesday, jets of the Malawi Defence Force struck the fleeing insurgents near Lake Chilwa, "
        "killing 12 of them, the army said."
    )
    pairs = _hostile(extract(text))
    assert frozenset(("Malawi Defence Force", "Islamic State Shire Province")) in pairs
