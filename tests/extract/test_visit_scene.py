"""What a visitor says or holds on a visit is placed where the visit went (visit_scene.py)."""

from __future__ import annotations

from typing import Any

LEAD = (
    "KANO, June 11 - Gunmen shot dead seven farmers in Dutsin Kura village of Gwarzo district "
    "early on Monday, police said. "
)


def _places(extract: Any, text: str, etype: str) -> list[str | None]:
    events = extract(LEAD + text, published="2025-06-12").events
    return [e.place.name if e.place else None for e in events if e.type == etype]


def test_a_statement_told_there_by_a_visitor_takes_the_visits_place(extract: Any) -> None:
    text = (
        "The state's security commissioner, Hamza Lawan-Idris, who travelled to Gwarzo on Tuesday, "
        "told community leaders there that the killers would be caught."
    )
    assert _places(extract, text, "statement") == ["Gwarzo"]


def test_a_meeting_held_on_the_visit_is_not_placed_at_a_party_met(extract: Any) -> None:
    text = (
        "The state's security commissioner travelled to Gwarzo that Tuesday and held a crisis "
        "meeting with the chairman of Bebeji."
    )
    assert _places(extract, text, "meeting") == ["Gwarzo"]


def test_a_meeting_that_names_its_own_place_keeps_it(extract: Any) -> None:
    text = (
        "The governor visited Gwarzo that Tuesday, then chaired a crisis meeting in Kano with "
        "the police commissioner."
    )
    assert _places(extract, text, "meeting") == ["Kano"]
