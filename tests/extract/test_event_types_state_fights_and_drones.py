"""Attack or military action for fights between a state's force and a group, and for weapons a
state's force is named as flying (full pipeline)."""

from __future__ import annotations

from typing import Any

import pytest


def types_of(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        "A clash between Marines and Moro rebels near Jolo on Tuesday left three rebels dead.",
        "A firefight between soldiers and the Tiger Column near Sandor on Monday left two fighters dead.",
        "A gun battle between police and the Red Hand gang in Mardale on Friday left four of the gang dead.",
    ],
)
def test_fight_between_state_force_and_group_is_military_action(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2025-03-20"))
    assert "military_action" in found
    assert "attack" not in found


def test_fight_between_two_groups_stays_an_attack(extract: Any) -> None:
    text = "A gunfight between two rival gangs in Verlow on Sunday left five people dead, police said."
    found = types_of(extract(text, published="2025-03-20"))
    assert "attack" in found
    assert "military_action" not in found


@pytest.mark.parametrize(
    "text",
    [
        "A junta drone dropped bombs on a clinic in Tolmar on Monday, killing two patients.",
        "An army drone struck a farmhouse outside Dreska on Monday, killing four civilians.",
    ],
)
def test_drone_of_a_state_force_is_military_action(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2025-03-20"))
    assert "military_action" in found
    assert "attack" not in found


def test_unowned_drone_on_civilians_stays_an_attack(extract: Any) -> None:
    text = "An explosive-laden drone hit a bus station in Velka on Wednesday, killing five passengers."
    found = types_of(extract(text, published="2025-03-20"))
    assert "attack" in found
    assert "military_action" not in found
