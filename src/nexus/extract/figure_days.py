"""Days written in figures whose order the page decides: "23/05 – <village>: ..." opening the
items of a digest, "on 06/04/2027" in a police statement.

A slash between a day and a month does not say which comes first: "06/04" is 6 April on most
pages and July 3 on an American one. The page decides, in this order: a part over 12 in any of
its slashed days (only a day can be); else its dates written in words ("7 April 2026" puts the
day first, "April 7, 2026" the month); else the day first, the order of most outlets that
write days so. A page whose slashed days disagree (one "23/05", one "05/23") gives none.

A slashed day without a year is read only as the opening of a list item ("05/02 – <road>: gunmen
took two drivers ..."; two or more such lines make a list) or, on a page with such a list, after
"on" ("freed on 06/02"): elsewhere "3/4" is a fraction, a score or a count. Its year is the
one that puts the day nearest before publication (as for "March 4"). Days with a year that
:mod:`nexus.extract.dates` already reads ("22/07/2026", "06.01.2025") are left to it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from nexus.extract.dates import MONTH_NAMES
from nexus.model import DateMention, DateValue, Span

#: A slashed day with its year in full: "06/04/2027".
_WITH_YEAR = re.compile(
    r"(?<![\d.,/-])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])"
)
#: A slashed day without a year opening a line (after bullets or an item's number) and set off
#: from the item's words by a dash, a colon or a bar: "23/05 – <town>: ...", "- 05/02: ...".
_OPENING_ITEM = re.compile(
    r"^[ \t•*·▪●◦–—-]*(?:\(?\d{1,3}[.)]\s+)?"
    r"(?P<day>(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d))(?![\d/])(?=[ \t]*[-–—:|][ \t]+\S)",
    re.M,
)
#: A slashed day without a year after "on", inside a list item's words: "freed on 06/02".
_ON_DAY = re.compile(r"\bon\s+(?P<day>(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d))(?![\d/])", re.I)
#: A list needs at least this many items opened by a day.
_MIN_ITEMS = 2

#: "7 April 2026", "on 3 June": a day written before its month's name.
_DAY_MONTH = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})\b\.?", re.I)
#: "April 7, 2026", "on June 3": a month's name before its day.
_MONTH_DAY = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b(?!\s*(?:%|per\s*cent))", re.I)
#: Days after publication a day told without a year may lie in (as ``dates._AHEAD_DAYS``).
_AHEAD_DAYS = 10


def day_first(text: str, published: date | None = None) -> bool | None:
    """Whether the page writes a slashed day before its month (True), after it (False), or
    disagrees with itself (None): a part over 12 of any slashed day first; then a slashed day
    with its year that only one order puts on or before ``published`` (a report tells what
    happened: "07/03/2026" on a page of 9 March 2026 is 7 March); then whether its days in
    words put the day or the month first (the more frequent order); else True."""
    firsts, seconds = set(), set()
    for m in (*_WITH_YEAR.finditer(text), *_OPENING_ITEM.finditer(text)):
        first, second = int(m.group("first")), int(m.group("second"))
        if first > 12 and 1 <= second <= 12:
            firsts.add(m.start())
        elif second > 12 and 1 <= first <= 12:
            seconds.add(m.start())
    if firsts and seconds:
        return None
    if firsts or seconds:
        return bool(firsts)
    if published is not None:
        latest = published + timedelta(days=_AHEAD_DAYS)
        for m in _WITH_YEAR.finditer(text):
            first, second, year = int(m.group("first")), int(m.group("second")), int(m.group("year"))
            by_day, by_month = _day_of(year, second, first), _day_of(year, first, second)
            if by_day is None or by_month is None:
                continue
            if (by_day <= latest) != (by_month <= latest):
                return by_day <= latest
    return len(_DAY_MONTH.findall(text)) >= len(_MONTH_DAY.findall(text))


def days_in_figures(text: str, found: list[DateMention], published: date | None) -> list[DateMention]:
    """``found`` (the text's date mentions, in order) with the slashed days read by the page's
    order (:func:`day_first`) added where no mention covers them: those with a year that
    ``found`` lacks, and without a year the days opening two or more list items and the days
    after "on" on such a page (their year from ``published``; none without it)."""
    order = day_first(text, published) if "/" in text else None
    if order is None:
        return found
    taken = [(d.span.start, d.span.end) for d in found]
    added: list[DateMention] = []

    def add(m: re.Match[str], group: str | int, year: int | None) -> None:
        start, end = m.start(group), m.end(group)
        if any(s < end and start < e for s, e in taken):
            return
        first, second = int(m.group("first")), int(m.group("second"))
        day, month = (first, second) if order else (second, first)
        if year is None:
            if published is None:
                return
            year = published.year
            this_year = _day_of(year, month, day)
            if this_year is not None and this_year > published + timedelta(days=_AHEAD_DAYS):
                year -= 1  # a day well after publication is last year's
        told = _day_of(year, month, day)
        if told is None:
            return
        value = DateValue(iso=told.isoformat(), precision="day", text=m.group(group))
        taken.append((start, end))
        added.append(DateMention(span=Span(start=start, end=end, text=m.group(group)), value=value))

    for m in _WITH_YEAR.finditer(text):
        add(m, 0, int(m.group("year")))
    items = list(_OPENING_ITEM.finditer(text))
    if len(items) >= _MIN_ITEMS:
        for m in items:
            add(m, "day", None)
        for m in _ON_DAY.finditer(text):
            add(m, "day", None)
    if not added:
        return found
    return sorted([*found, *added], key=lambda d: d.span.start)


def _day_of(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
