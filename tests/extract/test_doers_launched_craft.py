"""doers: a boat or skiff "launched by" a group names the group as the doer."""

from __future__ import annotations

from typing import Any


def _events(result: Any, kind: str) -> list[Any]:
    return [e for e in result.events if e.type == kind]


def test_a_boat_launched_by_a_group_names_the_doer(extract: Any) -> None:
    result = extract(
        "Three crewmen died on Friday when an armed skiff launched by Sudan's Kaya Liberation movement "
        "rammed their tanker near Obeid."
    )
    attacks = _events(result, "attack")
    assert attacks and attacks[0].actors and "Sudan" not in attacks[0].actors
    assert attacks[0].actors[0].startswith("Kaya Liberation")
