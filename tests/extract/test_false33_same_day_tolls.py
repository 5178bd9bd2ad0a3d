"""A doer-less toll told on the very day of the happening told just before is its toll."""

from __future__ import annotations

from typing import Any


def _violent(extraction: Any) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in extraction.events if e.type in ("attack", "military_action")]


def test_a_toll_told_that_night_is_the_attacks_own(extract: Any) -> None:
    text = (
        "Gunmen attacked an army checkpoint outside Kadugli on Monday night. The army said that "
        "night that three of its soldiers had been killed and two wounded."
    )
    extraction = extract(text, published="2025-04-29")
    assert _violent(extraction) == [("attack", "attacked")], _violent(extraction)
    assert extraction.events[0].killed is not None and extraction.events[0].killed.value == 3
