"""A bomb dropped from the air ("glide bomb", "barrel bombs") with a nationality word before it
is that state's strike, not a planted bomb (``doers.yaml`` ``dropped_bomb_modifiers``)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A Russian glide bomb hit a school in Velykyi Brod on Monday, killing three teachers.",
        "Syrian barrel bombs fell on a bakery in Kafr Tamra on Monday, killing six people.",
    ],
)
def test_a_states_dropped_bomb_is_a_military_action(extract: Any, text: str) -> None:
    events = extract(text, published="2025-04-15").events
    assert [e.type for e in events if e.type in ("attack", "military_action")] == ["military_action"]


def test_a_planted_bomb_with_a_nationality_word_stays_an_attack(extract: Any) -> None:
    text = "A roadside bomb planted by militants hit a Russian convoy near Velykyi Brod on Monday, killing 2."
    events = extract(text, published="2025-04-15").events
    assert "attack" in [e.type for e in events]
    assert "military_action" not in [e.type for e in events]
