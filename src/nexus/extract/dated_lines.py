"""A line of a list or a timeline opened by its own date: "- 4 June - Gunmen burned ...",
"14 August 2026 – A roadside bomb hit ...", "• Friday 5 June: Troops raided ...".

Digests, briefs and "what we know" timelines write each item as one line that opens with the
day it tells, set off by a dash, a bar or a colon from the item's own sentence. The date is no
part of that sentence's grammar (the parser often hangs it on the first noun), so the item's
happenings would take another date; read as the heading of its line, it dates them
(``entry_dates``). The date must open the line (after bullet marks and a weekday), be one day
(a day of a month, its year written or not) and be followed at once by the separator and the
item's first word, capitalised or a figure.
"""

from __future__ import annotations

import re

from nexus.extract.dates import WEEKDAYS
from nexus.model import DateMention, DateValue

#: Bullet marks and spaces before an item's date.
_BULLETS = re.compile(r"[\s•*·▪●◦–—-]*")
#: The separator after the date and the item's first word.
_THEN_TEXT = re.compile(r"\s*[-–—:|]\s+[\"“‘'(]?[A-Z0-9]")
#: How far into the line the date may start (bullets and a weekday before it).
_OPENING_MAX = 16


def date_then_text(dates: list[DateMention], start: int, line: str) -> DateValue | None:
    """The day opening ``line`` when its item's words follow a dash, bar or colon; None when
    the line opens otherwise, or with a date that is no single day ("June", "1-7 June").
    ``start``: the line's first character in the text; ``dates``: the text's date mentions."""
    lead = _BULLETS.match(line)
    at = start + (lead.end() if lead else 0)
    opening = sorted(
        (d for d in dates if at <= d.span.start < at + _OPENING_MAX and d.span.end <= start + len(line)),
        key=lambda d: d.span.start,
    )
    if not opening:
        return None
    first = opening[0]
    before = line[at - start : first.span.start - start].strip(" ,")
    if before and before.lower() not in WEEKDAYS:
        return None
    run = [first]
    for mention in opening[1:]:
        if line[run[-1].span.end - start : mention.span.start - start].strip(" ,"):
            break
        run.append(mention)
    if any(d.value.precision != "day" for d in run):
        return None
    if not _THEN_TEXT.match(line, run[-1].span.end - start):
        return None
    return next((d.value for d in reversed(run) if not d.value.relative), run[-1].value)
