"""The day a transcript was spoken: "Transcript: press briefing, Tuesday 13 April 2027".

A page that records a briefing, a speech or a hearing word for word says in its heading on what
day the words were spoken; the speakers' "yesterday", "this morning" and "on Tuesday" count from
that day, which may lie days before the page came out. The heading is a line of the page's
furniture (its headline, standfirst or byline) holding one of ``calendar.yaml``'s
``spoken_record_words`` and one written day before publication; the page from that line on is
one entry dated that day (entry_dates.py), written on it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from nexus import ontology
from nexus.extract.page import PageLayout
from nexus.model import DateMention, DateValue

#: The zones a transcript's heading stands in (page.py).
_HEADING_ZONES = frozenset({"headline", "standfirst", "byline"})
#: A body line longer than this (characters) is the page's text, past its heading.
_HEADING_MAX = 80


@lru_cache(maxsize=1)
def _record_words() -> re.Pattern[str]:
    words = ontology.table("calendar.yaml").get("spoken_record_words", [])
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def spoken_day(
    text: str, layout: PageLayout, dates: list[DateMention], published: date | None
) -> tuple[int, DateValue] | None:
    """``(start, day)``: where the page's words spoken on a stated day start (the end of the
    heading that states it, a character offset) and that day; None when no heading of the
    page's furniture, above its text, names a transcript and one written day before
    ``published``."""
    if published is None:
        return None
    for line in re.finditer(r"[^\n]+", text):
        zone = layout.zone_at(line.start())
        if zone == "body" and len(line.group(0)) > _HEADING_MAX:
            return None  # the page's text has begun: its heading is above
        if zone not in _HEADING_ZONES or not _record_words().search(line.group(0)):
            continue
        inside = [d for d in dates if line.start() <= d.span.start and d.span.end <= line.end()]
        days = {d.value.iso for d in inside if d.value.precision == "day" and not d.value.relative}
        if len(days) != 1:
            continue
        value = next(d.value for d in inside if d.value.iso in days and not d.value.relative)
        if value.as_date() < published:
            return line.end(), value
    return None
