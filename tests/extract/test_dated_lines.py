"""Items of a digest or a timeline opened by their own date and a dash ("- 4 June - Gunmen
...", "14 August 2026 – A bomb ..."): each item's happenings take its date (dated_lines.py,
read by entry_dates as the heading of the item's line)."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.dated_lines import date_then_text
from nexus.model import DateMention, DateValue, Span

_DIGEST = """KESTREL PLAINS MONITOR
Incident summary, week 19
Coverage: 4-10 May 2027

NORTHERN DISTRICT
- 4 May - Gunmen on motorbikes shot dead three traders on the road outside Varn, residents said.
- 6 May - Suspected insurgents kidnapped two nurses from the clinic in Oskel.
SOUTHERN DISTRICT
- 8 May - A roadside bomb killed two soldiers of a patrol leaving Tamsin.
"""

_TIMELINE = """What we know about the attacks on the Brell valley

A timeline of the month's violence:
2 March 2027 – Fighters stormed a checkpoint at Corvin, killing four guards.
9 March 2027 – A car bomb exploded at the market in Hadlow, killing seven people.
17 March 2027 – Militants ambushed a fuel convoy near Pennick, killing two drivers.
"""


def _days(extraction: Any) -> dict[str, str | None]:
    return {
        str(e.place.name if e.place else None): e.date.iso if e.date else None
        for e in extraction.events
        if e.type in ("attack", "military_action")
    }


def test_each_bulleted_item_takes_the_day_it_opens_with(extract: Any) -> None:
    days = _days(extract(_DIGEST, published="2027-05-11"))
    assert days.get("Oskel") == "2027-05-06"
    assert days.get("Tamsin") == "2027-05-08"


def test_two_items_of_one_type_on_different_days_stay_two_happenings(extract: Any) -> None:
    attacks = [e for e in extract(_DIGEST, published="2027-05-11").events if e.type == "attack"]
    assert {e.date.iso for e in attacks if e.date} >= {"2027-05-04", "2027-05-06", "2027-05-08"}


def test_a_timeline_line_dates_its_happening(extract: Any) -> None:
    days = _days(extract(_TIMELINE, published="2027-03-30"))
    assert days.get("Hadlow") == "2027-03-09"
    assert days.get("Pennick") == "2027-03-17"


def _mention(start: int, end: int, precision: str = "day") -> DateMention:
    iso = "2027-05-04" if precision == "day" else "2027-05"
    return DateMention(
        span=Span(start=start, end=end, text=""), value=DateValue(iso=iso, precision=precision)
    )


@pytest.mark.parametrize(
    ("line", "date_at", "opens"),
    [
        ("- 4 May - Gunmen burned a bus.", (2, 7), True),
        ("• Friday 7 May: Troops raided a camp.", (9, 14), True),
        ("4 May | A mine killed a driver.", (0, 5), True),
        ("4 May was the day the truce ended.", (0, 5), False),  # no dash: a sentence
        ("- 4 May - a quiet day in the town.", (2, 7), False),  # no item's sentence after it
        ("The army said on 4 May - after the raid - that ...", (17, 22), False),  # not the opening
    ],
)
def test_only_a_line_opened_by_its_day_and_a_dash_is_an_item(
    line: str, date_at: tuple[int, int], opens: bool
) -> None:
    found = date_then_text([_mention(*date_at)], 0, line)
    assert (found is not None) is opens


def test_a_span_of_days_opens_no_item() -> None:
    assert date_then_text([_mention(2, 9, "month")], 0, "- 4-10 May - Fighting went on.") is None
