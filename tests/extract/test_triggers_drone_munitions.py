"""Munitions a drone lets fall, told with "dropped" as the parser's main verb ("two grenades dropped
from a drone struck the post"): ``types.attack.requires_object_for.drop`` and ``hit`` of events.yaml."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(extraction: Any) -> set[str]:
    return {e.type for e in extraction.events}


@pytest.mark.parametrize(
    "text",
    [
        "Two explosive charges dropped from a quadcopter struck a police post in the hills on Monday night.",
        "Three grenades dropped from a drone struck the army camp near the river early on Sunday.",
    ],
)
def test_charges_a_drone_lets_fall_are_an_attack(extract: Any, text: str) -> None:
    assert "attack" in _kinds(extract(text, published="2025-05-14"))


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors dropped the charges against the two men on Monday.",
        "The charges were dropped after the witness withdrew her statement.",
        "Leaflets dropped from a plane urged residents to leave the city.",
    ],
)
def test_charges_dropped_in_court_or_leaflets_are_no_attack(extract: Any, text: str) -> None:
    assert "attack" not in _kinds(extract(text, published="2025-05-14"))
