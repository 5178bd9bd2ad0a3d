"""A site seized and then retaken: armed men who "forced their way into" a building attack it
(nexus.extract.triggers, ``force``), a force "clearing" it the next day is a military action,
and "By <day>" in a past narrative dates what was going on or done by then
(nexus.extract.event_dates), not a deadline."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-05-08"


def _events(text: str, extract: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.date.iso if e.date else None) for e in extract(text, published=PUBLISHED).events]


def test_armed_men_forcing_their_way_into_a_site_attack_it(extract: Any) -> None:
    text = (
        "At least five guests died after Boko Haram militants forced their way into the Savannah Inn "
        "in Bama on Friday evening, officials said."
    )
    assert _events(text, extract) == [("attack", "2024-05-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters forced their way into the burning flat in Leeds on Friday.",
        "Volunteers cleared the rubble outside the market on Sunday.",
        "The court cleared him of all charges on Monday.",
    ],
)
def test_no_armed_side_no_event(extract: Any, text: str) -> None:
    assert _events(text, extract) == []


def test_a_force_clearing_the_site_the_next_day_is_dated_by_that_day(extract: Any) -> None:
    text = (
        "At least five guests died after Boko Haram militants forced their way into the Savannah Inn "
        "in Bama on Friday evening, officials said.\n\n"
        "By Saturday afternoon, gendarmes were clearing the inn floor by floor."
    )
    assert _events(text, extract) == [("attack", "2024-05-03"), ("military_action", "2024-05-04")]


def test_a_by_day_of_a_past_perfect_dates_it(extract: Any) -> None:
    text = (
        "Gunmen stormed a guesthouse in Bama on Friday evening, killing four guests.\n\n"
        "By Saturday afternoon, gendarmes had stormed the guesthouse and freed the hostages."
    )
    assert _events(text, extract) == [("attack", "2024-05-03"), ("military_action", "2024-05-04")]
