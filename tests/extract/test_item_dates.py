"""Pages made of dated items: what an item tells is dated from that item's own date line or day
heading, not from the day the page came out (entry_dates.py), and a date-time group dates the
line it stands in (date_time_groups.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from nexus.extract.date_time_groups import date_time_groups
from nexus.extract.dates import find_dates

_TAG_PAGE = """Harrow Valley Courier
Home · Region · Security · Sport
TAG: PELLAM
Showing 1–4 of 52 stories tagged Pellam | Newest first
Apr 16, 2027 · SECURITY
Governor tours Pellam clinic after market blast
The governor visited wounded traders at the Pellam clinic on Thursday and promised new lights.
Apr 9, 2027 · SECURITY
Rebels ambush police truck outside Ostrow
Gunmen fired on a police truck on the Ostrow ring road on Tuesday, killing three officers, police said.
Apr 2, 2027 · COMMUNITIES
Two herders shot near Lusk
Two herders were shot dead on Monday near Lusk by men who took forty goats, village elders said.
Load more stories →
© 2027 Harrow Valley Courier
"""

_ARCHIVE = """Harrow Valley Courier
Archive: Ostrow district

12 April 2027
Bomb hits bus depot in Ostrow
A bomb hidden in a sack went off at the Ostrow bus depot on Sunday and four passengers died.

5 April 2027
Rebels raid Lusk police post
Rebels stormed the police post at Lusk on Saturday, killing two constables and seizing rifles, officials said.
"""

_WEEK = """HARROW VALLEY WEEKLY
The week in the valley: an ambush, a raid and a farmers' strike

Saturday 17 April 2027

MONDAY
Gunmen ambushed a police truck in Ostrow, killing three officers, the district office said.

TUESDAY
Farmers blocked the Pellam road to protest against the price of fertiliser.

THURSDAY
Rebels attacked the army post at Lusk before dawn, killing two soldiers, the army said.
"""

_DIARY = """THE WEEK IN THE VALLEY | Saturday, April 17, 2027

MONDAY, APRIL 12
Police post overrun near Lusk
Gunmen overran a police post near Lusk late on Monday, killing two constables, officials said.
On Wednesday the Hill Rangers Front claimed responsibility for the raid in a message sent to reporters.

THURSDAY, APRIL 15
Farmers block the Ostrow road
Farmers blocked the Ostrow road for six hours to protest against the price of fertiliser.
"""

_TRANSCRIPT = """Harrow District Police
Transcript: press briefing by the district police chief, Monday 14 September 2026, Lusk police lines

Superintendent Arun Vale: Good afternoon. Yesterday evening a group of about twenty rebels attacked the
police outpost at Ostrow and killed two constables. On Saturday our teams raided a hideout near Pellam
and arrested four suspects.

Question: Were any weapons seized?

Superintendent Arun Vale: Two rifles and a grenade were recovered.
"""

_SITREP = """FROM: CDR 7 BDE
TO: HQ 2 DIV
SUBJ: SITREP NR 41, AOR 7 BDE
1. CONTACT. 021930H OCT 27. PATROL OF B COY CLASHED WITH EST 10 REBELS VIC OSTROW. 2 REBELS KIA.
2. IED BLAST. 040610H OCT 27. IED DETONATED VIC LUSK MARKET. 1 CIV KILLED, 3 CIV WIA.
"""


def _days(extraction: Any) -> dict[str, str | None]:
    return {
        str(e.place.name if e.place else None): e.date.iso if e.date else None
        for e in extraction.events
        if e.type in ("attack", "military_action")
    }


def test_tag_page_weekday_counts_from_its_story_date(extract: Any) -> None:
    days = _days(extract(_TAG_PAGE, published="2027-04-17"))
    assert days.get("Ostrow") == "2027-04-06"
    assert days.get("Lusk") == "2027-03-29"


def test_archive_date_line_alone_dates_its_story(extract: Any) -> None:
    days = _days(extract(_ARCHIVE, published="2027-04-14"))
    assert days.get("Ostrow") == "2027-04-11"
    assert days.get("Lusk") == "2027-04-03"


def test_week_in_review_day_headers_in_capitals(extract: Any) -> None:
    days = _days(extract(_WEEK, published="2027-04-17"))
    assert days.get("Ostrow") == "2027-04-12"
    assert days.get("Lusk") == "2027-04-15"


def test_day_headers_of_a_diary_may_tell_a_later_weekday(extract: Any) -> None:
    extraction = extract(_DIARY, published="2027-04-17")
    claims = [e.date.iso for e in extraction.events if e.type == "claim" and e.date]
    assert _days(extraction).get("Lusk") == "2027-04-12"
    assert claims == ["2027-04-14"]  # told under Monday, a later Wednesday: not the one before


def test_transcript_words_count_from_the_day_spoken(extract: Any) -> None:
    days = _days(extract(_TRANSCRIPT, published="2026-09-17"))
    assert days.get("Ostrow") == "2026-09-13"
    assert days.get("Pellam") == "2026-09-12"


def test_sitrep_lines_dated_by_their_date_time_groups(extract: Any) -> None:
    extraction = extract(_SITREP, published="2027-10-09")
    violent = [e for e in extraction.events if e.type in ("attack", "military_action")]
    dates = sorted(e.date.iso for e in violent if e.date)
    assert dates == ["2027-10-02", "2027-10-04"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2. IED INCIDENT. 051200H AUG 27. A device went off", "2027-08-05"),
        ("REF: SPOTREP 151000Z JUL 27", "2027-07-15"),
        ("CONTACT AT 220730LMAR2027 VIC HILL 40", "2027-03-22"),
        ("at 090815h Nov 27, patrol fired on", "2027-11-09"),
    ],
)
def test_date_time_group_is_its_day(text: str, iso: str) -> None:
    found = find_dates(text, date(2027, 12, 1))
    assert [d.value.iso for d in found if d.value.precision == "day"] == [iso]


def test_no_date_time_group_without_month_or_real_time() -> None:
    assert date_time_groups("UPDATED AT 051430H") == []
    assert date_time_groups("CODE 123456Z MAR 27") == []  # hour 34
    assert date_time_groups("SERIAL 310000Z FEB 27") == []  # no 31 February
