"""Where people were taken from: the "from" phrase of an arrest or an abduction names where it
happened (a fallback below a place the clause names with "in" or "at"), unlike the "from" of an
origin or a source."""

from __future__ import annotations

from typing import Any


def place_of(extraction: Any, etype: str) -> str | None:
    events = [e for e in extraction.events if e.type == etype]
    assert events, f"no {etype} event"
    return events[0].place.name if events[0].place else None


def test_arrested_from_a_village_beats_the_town_its_distance_is_counted_from(extract: Any) -> None:
    text = (
        "Soldiers arrested four suspected smugglers from Bouka village, roughly six kilometres up "
        "the road from Menaka, late on Friday."
    )
    assert place_of(extract(text, published="2025-05-07"), "military_action") == "Bouka"


def test_abducted_from_a_village_is_where_the_abduction_happened(extract: Any) -> None:
    text = "Gunmen abducted 12 pupils from Kuriga village, some 9 km south of Kaduna, on Thursday."
    assert place_of(extract(text, published="2025-05-07"), "attack") == "Kuriga"


def test_a_place_the_clause_names_with_in_still_comes_first(extract: Any) -> None:
    text = "Police detained two brothers from Gujrat during a raid in Lahore on Sunday."
    assert place_of(extract(text, published="2025-05-07"), "military_action") == "Lahore"


def test_fired_from_stays_an_origin(extract: Any) -> None:
    text = "Militants fired three rockets from Khan Younis at Sderot late on Friday, Israeli medics reported."
    assert place_of(extract(text, published="2025-05-07"), "attack") == "Sderot"
