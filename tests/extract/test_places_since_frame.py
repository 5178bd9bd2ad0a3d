"""A happening recalled in a "since ..., when ..." clause that names no place of its own is placed
at the place the frame of the clause names, not at the dateline's town (places.py)."""

from __future__ import annotations

from typing import Any

TEXT = (
    "QUETTA, June 11 - A bomb killed five policemen at a checkpoint in Kalat on Tuesday, officials "
    "said. Kalat has been in turmoil since May 2023, when a separatist offensive left dozens of "
    "villagers dead and emptied whole hamlets."
)


def test_the_recalled_offensive_is_placed_at_the_frames_subject(extract: Any) -> None:
    events = extract(TEXT, published="2025-06-12").events
    recalled = [e for e in events if e.date is not None and e.date.iso.startswith("2023")]
    assert recalled and all(e.place is not None and e.place.name == "Kalat" for e in recalled)


def test_a_recalled_attack_that_names_its_own_town_keeps_it(extract: Any) -> None:
    text = (
        "QUETTA, June 11 - A bomb killed five policemen at a checkpoint in Kalat on Tuesday, "
        "officials said. That blast was the bloodiest in Kalat since March 2023, when a suicide "
        "bomber struck a tribal gathering in Mangochar."
    )
    events = extract(text, published="2025-06-12").events
    recalled = [e for e in events if e.date is not None and e.date.iso.startswith("2023")]
    assert recalled and recalled[0].place is not None and recalled[0].place.name == "Mangochar"


def test_towns_of_a_recalled_raid_give_way_to_the_province_the_frame_names(extract: Any) -> None:
    text = (
        "QUETTA, June 11 - A bomb killed five policemen at a checkpoint in Kalat on Tuesday, "
        "officials said. Balochistan has endured mounting separatist unrest since April 2024, when "
        "gunmen stormed police posts in Surab and Mangochar, leaving 14 people dead."
    )
    events = extract(text, published="2025-06-12").events
    recalled = [e for e in events if e.date is not None and e.date.iso.startswith("2024")]
    assert recalled and all(e.place is not None and e.place.name == "Balochistan" for e in recalled)
