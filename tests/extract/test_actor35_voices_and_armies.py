"""Actors told through a description: a group's spokesman, and a bare "the army" of a state."""

from __future__ import annotations

from typing import Any


def _events(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def test_the_claim_of_the_groups_spokesman_is_the_groups(extract: Any) -> None:
    text = (
        "Fighters of the Red Ridge Front overran a police post near Kitui on Friday, killing 11 "
        "officers, officials said.\n\n"
        "The group's spokesman, Omari Kisanga, said on Saturday that its fighters had stormed the "
        "post and killed 14 officers."
    )
    claims = _events(extract(text, published="2026-02-16"), "claim")
    assert claims and "Red Ridge Front" in claims[0].actors


def test_a_statement_by_its_spokesman_is_also_the_groups(extract: Any) -> None:
    text = (
        "Fighters of the Red Ridge Front overran a police post near Kitui on Friday, killing 11 "
        "officers, officials said.\n\n"
        "In a message sent to journalists on Sunday, its spokesman, Omari Kisanga, accused the "
        "police of torturing prisoners."
    )
    statements = _events(extract(text, published="2026-02-16"), "statement")
    assert statements
    assert {"Omari Kisanga", "Red Ridge Front"} <= set(statements[0].actors)


def test_a_state_officials_statement_takes_no_group(extract: Any) -> None:
    text = (
        "Fighters of the Red Ridge Front overran a police post near Kitui on Friday, killing 11 "
        "officers, officials said.\n\n"
        "Interior Minister Halima Odhiambo condemned the attack on Saturday."
    )
    statements = _events(extract(text, published="2026-02-16"), "statement")
    assert statements and "Red Ridge Front" not in statements[0].actors


def test_the_army_whose_troops_struck_is_the_state_of_the_scene_not_the_last_named(extract: Any) -> None:
    text = (
        "Gunmen killed five herders in an attack on a village in Turkana county, Kenya, on Saturday, "
        "local officials said. The attackers fled across the border into Uganda, residents said.\n\n"
        "The army said on Monday that its troops had killed seven of the attackers during a sweep "
        "near Lodwar on Sunday."
    )
    actions = _events(extract(text, published="2026-03-10"), "military_action")
    assert actions and actions[0].actors == ["Kenya"]
