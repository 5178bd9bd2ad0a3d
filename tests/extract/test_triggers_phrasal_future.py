"""A violent verb under a future phrasal verb ("will go on attacking") is planned, not a report."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        'Reached by telephone, a rebel leader said: "Our fighters will go on attacking any post they build."',
        'A spokesman for the militia said: "Our men will carry on shelling their positions."',
    ],
)
def test_threat_to_go_on_attacking_is_no_attack(extract: Any, text: str) -> None:
    types = [e.type for e in extract(text, published="2025-06-02").events]
    assert "attack" not in types
    assert "military_action" not in types


def test_past_going_on_attacking_is_still_reported(extract: Any) -> None:
    text = "Gunmen went on shooting at the crowd in Pelora market on Sunday, killing nine people."
    types = [e.type for e in extract(text, published="2025-06-02").events]
    assert "attack" in types


@pytest.mark.parametrize(
    "text",
    [
        "The water board said its crews would repair the pumps once soldiers had cleared the district.",
        "The mayor urged herders not to return to the pastures until troops had swept the hills.",
    ],
)
def test_operation_awaited_in_a_clause_of_time_is_no_event(extract: Any, text: str) -> None:
    types = [e.type for e in extract(text, published="2025-06-02").events]
    assert "military_action" not in types
    assert "attack" not in types


def test_operation_told_before_a_clause_of_time_is_reported(extract: Any) -> None:
    text = "Villagers hid in the church until soldiers had stormed the rebel camp near Tolvan on Sunday."
    types = [e.type for e in extract(text, published="2025-06-02").events]
    assert "military_action" in types
