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


def _recalled(text: str, extract: Any, year: str) -> list[Any]:
    events = extract(text, published="2025-06-12").events
    return [e for e in events if e.type == "attack" and e.date is not None and e.date.iso.startswith(year)]


def test_a_long_hyphenated_name_does_not_cut_the_town_off_the_recalled_attack(extract: Any) -> None:
    # the parser hangs "in Mangochar" outside the "when" clause after the hyphenated party name;
    # the town is still the recalled bombing's, not the district the frame compares within
    text = (
        "QUETTA, June 11 - A bomb killed five policemen at a checkpoint in Kalat district on Tuesday, "
        "officials said.\nThe blast was the deadliest in Kalat since March 30, 2023, when a suicide "
        "bomber struck a workers' convention of the Jamiat Ulema-e-Islam-Nazriati (JUI-N) in Mangochar, "
        "killing more than 40 people."
    )
    recalled = _recalled(text, extract, "2023")
    assert recalled and all(e.place is not None and e.place.name == "Mangochar" for e in recalled)


def test_the_ends_of_a_road_in_the_when_clause_leave_the_frame_its_place(extract: Any) -> None:
    text = (
        "QUETTA, June 11 - A bomb killed five policemen at a checkpoint in Kalat district on Tuesday, "
        "officials said.\nThe blast was the worst on the police in Kalat since January 6, when rebels "
        "blew up a van carrying levies on the Surab-Mangochar road, killing eight of them."
    )
    recalled = _recalled(text, extract, "2025-01")
    assert recalled and all(e.place is not None and e.place.name == "Kalat" for e in recalled)
