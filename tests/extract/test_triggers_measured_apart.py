"""A happening named as the object of an "after" or "before" that a span of time measures is an
event of its own, dated by the offset (``triggers.measured_apart``, ``event_dates.date_for``)."""

from __future__ import annotations

from typing import Any

import pytest


def _violent(extraction: Any) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (e.type, e.date.iso if e.date else None, e.place.name if e.place else None)
        for e in extraction.events
        if e.type in ("attack", "military_action")
    )


@pytest.mark.parametrize(
    ("text", "older"),
    [
        (
            "Bandits shot dead a herder near Garkida on Tuesday, weeks after a bombing at the cattle "
            "market in Gombi.",
            ("attack", "2026-02-17", "Gombi"),
        ),
        (
            "Bandits shot dead a herder near Garkida on Tuesday, two weeks after an ambush outside Gombi.",
            ("attack", "2026-02-24", "Gombi"),
        ),
    ],
)
def test_an_earlier_happening_measured_by_a_span_of_time_is_its_own_event(
    extract: Any, text: str, older: tuple[str, str, str]
) -> None:
    found = _violent(extract(text, published="2026-03-12"))
    assert ("attack", "2026-03-10", "Garkida") in found
    assert older in found


def test_a_happening_the_killing_came_after_with_no_span_is_the_same_one(extract: Any) -> None:
    # "killed after an attack on the post": the attack's own toll, one event
    text = "Two guards were killed after an attack on the customs post at Mubi on Tuesday."
    assert len(_violent(extract(text, published="2026-03-12"))) == 1
