"""Military date-time groups: "021930H OCT 27", "090815Z NOV 2027", "220730LMAR27".

Situation and spot reports date each line by a date-time group: the day of the month and the
time in six figures, a time-zone letter (in either case), the month's abbreviation and the year in two or four
figures ("021930H OCT 27" is 19:30 local time on 2 October 2027). Read as ordinary words, its
month and year would be taken for a day of the month ("OCT 27"); read whole, it is the day it
names, at day precision.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from nexus.model import DateMention, DateValue, Span

_MONTH_ABBR = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
#: Day, hour and minute in six figures, a zone letter (not J, in either case), the month's abbreviation in any
#: case and the year in two or four figures; spaces between the parts optional.
_GROUP = re.compile(
    r"(?<![\w/.-])(?P<day>[0-3]\d)(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)\s?(?P<zone>[A-IK-Za-ik-z])\s?"
    r"(?P<month>(?i:" + "|".join(_MONTH_ABBR) + r"))\s?(?P<year>(?:19|20)?\d\d)(?![\w/-])"
)


def date_time_groups(text: str) -> list[DateMention]:
    """Every date-time group in ``text`` as a day-precise date mention spanning the whole group
    (``iso`` "YYYY-MM-DD"); a group naming no real day (day 00, hour 25, "31 FEB") is skipped.
    A two-figure year is of the 2000s."""
    found: list[DateMention] = []
    for m in _GROUP.finditer(text):
        if int(m.group("hour")) > 24:
            continue
        year = int(m.group("year"))
        year = year + 2000 if year < 100 else year
        try:
            day = date(year, _MONTH_ABBR[m.group("month").lower()], int(m.group("day")))
        except ValueError:
            continue
        value = DateValue(iso=day.isoformat(), precision="day", text=m.group(0))
        found.append(DateMention(span=Span(start=m.start(), end=m.end(), text=m.group(0)), value=value))
    return found
