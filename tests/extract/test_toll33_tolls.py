"""Tolls (session 33): a passive that names its doer ('he was shot dead by police days later')
tells the forces' own act, so its victim is that military action's toll and not the attack's told
beside it."""

from __future__ import annotations

from typing import Any


def tolls(extraction: Any) -> list[tuple[str, str | None, int | None, int | None]]:
    """(type, date, killed, injured) of every violent event."""
    return sorted(
        (
            e.type,
            e.date.iso if e.date else None,
            e.killed.value if e.killed else None,
            e.injured.value if e.injured else None,
        )
        for e in extraction.events
        if e.type in ("attack", "military_action")
    )


# --------------------------------------------------------------------------- a passive with its doer


def test_an_attacker_shot_dead_by_police_later_is_the_polices_toll(extract: Any) -> None:
    text = (
        "The town remembers the evening of 4 May 2019, when a gunman opened fire near the fair in "
        "Lyon, killing four people and wounding nine before he was shot dead by police three days later."
    )
    found = tolls(extract(text, published="2026-03-12"))
    assert ("attack", "2019-05-04", 4, 9) in found
    assert ("military_action", "2019-05-07", 1, None) in found


def test_the_shooting_by_police_takes_none_of_the_attacks_toll(extract: Any) -> None:
    text = (
        "The town remembers the evening of 4 May 2019, when a gunman opened fire near the fair in "
        "Lyon, killing four people and wounding nine before he was shot dead by police three days later."
    )
    actions = [t for t in tolls(extract(text, published="2026-03-12")) if t[0] == "military_action"]
    assert all(injured is None for *_, injured in actions)
