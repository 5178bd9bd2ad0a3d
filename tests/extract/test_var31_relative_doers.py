"""Who acts in a relative clause of a happening's noun performs it ("a raid in which troops
killed ..."): nexus.extract.event_types._relative_doers."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "It came after a raid on Tuesday in which Ethiopian troops killed three militants outside Dolow.",
        "The strike followed a raid two days earlier in which French soldiers killed five fighters "
        "near Menaka.",
    ],
)
def test_a_raid_in_which_state_troops_killed_is_a_military_action(extract: Any, text: str) -> None:
    types = [e.type for e in extract(text, published="2025-04-11").events]
    assert "military_action" in types
    assert "attack" not in types


def test_a_raid_in_which_gunmen_killed_stays_an_attack(extract: Any) -> None:
    text = "It came after a raid on Tuesday in which gunmen killed three herders outside Dolow."
    assert [e.type for e in extract(text, published="2025-04-11").events] == ["attack"]


def test_soldiers_who_died_in_an_ambush_are_its_victims_not_its_doers(extract: Any) -> None:
    text = "Militants ambushed a convoy near Djibo on Monday, an ambush in which six soldiers died."
    assert "military_action" not in [e.type for e in extract(text, published="2025-04-11").events]
