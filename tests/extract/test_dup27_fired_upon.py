"""A force that comes under fire is the target of an attack; one that answers makes the action."""

from __future__ import annotations

from typing import Any


def violent_types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events if e.type in ("attack", "military_action")]


def test_a_named_army_patrol_coming_under_fire_is_attacked(extract: Any) -> None:
    text = "A unit of the Burkinabe Armed Forces came under fire near Djibo on Monday, an official said."
    assert violent_types(extract(text)) == ["attack"]


def test_a_patrol_that_fires_back_makes_the_military_action(extract: Any) -> None:
    text = "Soldiers on patrol near Dori came under fire on Monday and returned fire, killing three gunmen."
    assert violent_types(extract(text)) == ["military_action"]


def test_a_force_fired_on_in_its_own_sweep_makes_the_military_action(extract: Any) -> None:
    text = "Gendarmes came under fire during a sweep of the scrubland east of Maradi on Monday."
    assert violent_types(extract(text)) == ["military_action"]
