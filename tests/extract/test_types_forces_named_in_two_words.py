"""A state force named in two words ('air force') and hung on a violent noun makes it the
state's action."""

from __future__ import annotations

from typing import Any

import pytest


def _types(extraction: Any) -> list[str]:
    return sorted(e.type for e in extraction.events if e.type in ("attack", "military_action"))


@pytest.mark.parametrize(
    "text",
    [
        "An air force raid on a smugglers' camp near Osgil on Friday killed nine bandits, officials said.",
        "An air force assault on a kidnappers' hideout in the hills above Osgil left six of them dead.",
    ],
)
def test_a_raid_by_the_air_force_is_a_military_action(extract: Any, text: str) -> None:
    assert _types(extract(text, published="2024-05-10")) == ["military_action"]


def test_a_raid_on_an_air_force_base_is_still_an_attack(extract: Any) -> None:
    text = "Insurgents raided an air force base near Osgil on Friday, killing three guards."
    assert _types(extract(text, published="2024-05-10")) == ["attack"]
