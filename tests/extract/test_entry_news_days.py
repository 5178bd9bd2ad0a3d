"""A news day ("overnight", "today", "yesterday") told inside a dated entry of a digest is counted
from the entry's date, not from the day the page came out (entry_dates.news_days_of_their_entries)."""

from __future__ import annotations

from typing import Any

_DIGEST = """HARROW VALLEY BULLETIN
Weekly letter on the upper valley | Issue 40 | Saturday, 13 March 2027

Our round-up of the week, day by day, is below.

MONDAY 8 MARCH
Rebels shelled the outskirts of Pellam in the afternoon, killing one farmer, the district office said.

TUESDAY 9 MARCH
The border police said its officers had raided a rebel safe house in Ostrow overnight, killing two.

WEDNESDAY 10 MARCH
Gunmen shot dead a ferryman in Lusk yesterday, the district office said.
"""


def _days(extraction: Any) -> dict[str, str | None]:
    return {
        str(e.place.name if e.place else None): e.date.iso if e.date else None
        for e in extraction.events
        if e.type in ("attack", "military_action")
    }


def test_overnight_under_a_day_heading_is_that_day(extract: Any) -> None:
    days = _days(extract(_DIGEST, published="2027-03-13"))
    assert days.get("Ostrow") == "2027-03-09"


def test_yesterday_under_a_day_heading_is_the_day_before_it(extract: Any) -> None:
    days = _days(extract(_DIGEST, published="2027-03-13"))
    assert days.get("Lusk") == "2027-03-09"


def test_news_days_outside_entries_keep_the_page_day(extract: Any) -> None:
    text = "Police said they had raided a rebel safe house in Ostrow overnight, killing two fighters."
    days = _days(extract(text, published="2027-03-13"))
    assert days.get("Ostrow") == "2027-03-13"
