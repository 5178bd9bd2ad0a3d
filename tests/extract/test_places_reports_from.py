"""Figures or a toll "from" a place, or "from the village of" a place (places._reports_from),
name the nameless village an earlier sentence raided."""

from __future__ import annotations

from typing import Any


def _told(extraction: Any) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in extraction.events
    ]


def test_figures_from_the_village_of_a_name_place_the_raid(extract: Any) -> None:
    text = (
        "Unidentified gunmen have attacked a farming settlement in eastern Chad, leaving several dead.\n\n"
        "Figures from the village of Tirenga were at odds: a teacher counted four bodies, while a "
        "herder said eleven had been killed."
    )
    told = _told(extract(text, published="2025-03-04"))
    assert any(t == "attack" and place == "Tirenga" for t, _, place in told), told


def test_the_toll_from_a_name_places_the_raid(extract: Any) -> None:
    text = (
        "Unidentified gunmen have attacked a farming settlement in eastern Chad, leaving several dead.\n\n"
        "The toll from Tirenga remained unclear, with a teacher counting four bodies and a herder eleven."
    )
    told = _told(extract(text, published="2025-03-04"))
    assert any(t == "attack" and place == "Tirenga" for t, _, place in told), told
