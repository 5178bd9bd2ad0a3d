"""Meetings told by "sat down with" and by addressing elders or chiefs (events.yaml)."""

from __future__ import annotations

from typing import Any


def test_sitting_down_with_elders_is_a_meeting_of_the_visitor(extract: Any) -> None:
    text = (
        "Defence Minister Halima Oduya travelled to Abeche on Monday to inspect the damaged garrison. "
        "Army officers told her about the fighting before she sat down with clan elders at the "
        "governor's residence."
    )
    result = extract(text, published="2025-02-11")
    meetings = [e for e in result.events if e.type == "meeting"]
    assert any("Halima Oduya" in e.actors for e in meetings), [(e.type, e.actors) for e in result.events]


def test_sitting_down_alone_is_no_meeting(extract: Any) -> None:
    text = "The accused sat down quietly in the dock of the Abeche court on Monday."
    assert not [e for e in extract(text, published="2025-02-11").events if e.type == "meeting"]


def test_addressing_chiefs_is_a_meeting(extract: Any) -> None:
    text = (
        "Interior Minister Boris Kalenda flew into Abeche on Tuesday, and he later addressed chiefs "
        "at the town hall."
    )
    result = extract(text, published="2025-02-12")
    meetings = [e for e in result.events if e.type == "meeting"]
    assert any("Boris Kalenda" in e.actors for e in meetings), [(e.type, e.actors) for e in result.events]
