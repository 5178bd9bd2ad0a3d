"""Older happenings recalled in passing: the dates the text itself gives them.

Reports recall older attacks in a sentence or a clause ("Gunmen ambushed a fuel
convoy six years ago this week"; "Parliament granted the region autonomy in 2019.
In October that year, a lorry bomb killed 14 people"). Such a happening is an event of its
own, dated as the text dates it, never from the report's own news:

- "N years ago this week" (or "this month", "N months ago this week") is one
  expression, the month N years (months) before publication, not "this week"
  and a count of years read apart;
- "In May that year", "in October of the same year": the month of the year the
  text wrote out just before. The date stage gives it that year; this module
  records which mentions got their year so (:func:`year_told_before`), so that
  the coreference stage does not date them again from the happening told last
  (the report's own, when the sentence between named the year of something else).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from nexus.extract.casualties import parse_number
from nexus.extract.dates import count_word, find_dates, shift_months
from nexus.extract.doctext import doc_text
from nexus.model import DateMention, DateValue, Span

#: "six years ago this week", "two months ago this month": a count back to this week's (month's)
#: counterpart.
_AGO_THIS = re.compile(
    r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty)\s+(?P<unit>year|month)s?\s+ago,?\s+this\s+(?:week|month)\b",
    re.I,
)

#: Words after a month that give it the year told just before: "In May that year", "in March of
#: the same year".
_OF_THAT_YEAR = re.compile(r",?\s*(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b", re.I)

#: A year told back from the date written before it, and its step: "later that year" (0), "a year
#: later" (+1), "the previous year" (-1).
_YEAR_BACK = re.compile(
    r"\b(?P<which>(?:later|earlier)\s+that|that\s+same|the\s+same|that|a|the\s+following|the\s+next"
    r"|the\s+previous|the\s+preceding)\s+year(?P<dir>\s+(?:later|earlier))?\b(?!\s+(?:after|before)\b)",
    re.I,
)
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*(?:of\s+)?$", re.I
)


def _year_step(match: re.Match[str]) -> int | None:
    """How many years after the year told before a :data:`_YEAR_BACK` match lies; None when the
    words are no year told back ("a year" alone is a duration)."""
    which = " ".join(match.group("which").lower().split())
    way = (match.group("dir") or "").strip().lower()
    if which == "a":
        return {"later": 1, "earlier": -1}.get(way)  # ("a year after the raid": counted from the raid)
    if way:
        return None  # "that year later": no such expression
    return {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(which, 0)


#: Where :func:`recalled_dates` keeps the starts (characters) of the month and day mentions whose
#: year is a year the text wrote out just before ("In May that year" after "in 2014").
_TOLD_YEARS = "nexus_year_told_before"


def _count(word: str) -> int:
    """A count of years or months written as digits or words ("six", "twenty", "a")."""
    parsed = parse_number(word)
    return parsed[0] if parsed else count_word(word)


def _ago_this(text: str, published: date | None, found: list[DateMention]) -> list[DateMention]:
    """The mentions with each "N years ago this week" as one month-precision mention, in place of
    the parts the patterns read apart ("N years ago", "this week")."""
    if published is None:
        return found
    for m in _AGO_THIS.finditer(text):
        n = _count(m.group("n"))
        months = n * 12 if m.group("unit").lower() == "year" else n
        iso = shift_months(published, -months).strftime("%Y-%m")
        value = DateValue(iso=iso, precision="month", text=m.group(0), relative=True)
        found = [d for d in found if not (d.span.start < m.end() and m.start() < d.span.end)]
        found.append(DateMention(span=Span(start=m.start(), end=m.end(), text=m.group(0)), value=value))
    return sorted(found, key=lambda d: d.span.start)


def _told_years(text: str, found: list[DateMention]) -> tuple[list[DateMention], set[int]]:
    """The mentions with each month or day followed by "that year" ("In May that year", "in
    October of the same year") in the year a written-out date right before it gives, and the
    starts of those mentions (not after a day counted from publication, "on Tuesday", which names
    no year of its own: the coreference stage dates those from the happening told last)."""
    starts: set[int] = set()
    out: list[DateMention] = []
    for i, mention in enumerate(found):
        before = found[i - 1] if i else None
        if (
            before is not None
            and mention.value.precision in ("month", "day")
            and mention.value.relative
            and not before.value.relative
            and _OF_THAT_YEAR.match(text, mention.span.end) is not None
        ):
            value = mention.value.model_copy(update={"iso": before.value.iso[:4] + mention.value.iso[4:]})
            mention = mention.model_copy(update={"value": value})
            starts.add(mention.span.start)
        out.append(mention)
    return out, starts


def _year_anaphors(text: str, found: list[DateMention]) -> list[DateMention]:
    """A year told back ("later that year", "a year later", "the previous year") with no month or
    day of its own, as a year-precision mention of the year the written-out date right before it
    gives (in the same paragraph); none after a day counted from publication ("police said on
    Tuesday. That year ..."), which the coreference stage dates from the happening told last."""
    out = list(found)
    for m in _YEAR_BACK.finditer(text):
        # "a year earlier" the patterns count back from publication: read again from the text
        counted = [d for d in found if d.span.start == m.start() and d.span.end == m.end()]
        if any(d.span.start < m.end() and m.start() < d.span.end for d in found if d not in counted):
            continue
        if _MONTH_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "In May that year": the month's own mention takes the year
        before = [d for d in found if d.span.end <= m.start()]
        if not before or before[-1].value.relative or "\n" in text[before[-1].span.end : m.start()]:
            continue
        step = _year_step(m)
        if step is None:
            continue
        told = before[-1].value
        year = f"{int(told.iso[:4]) + step:04d}"
        if step and told.precision in ("month", "day"):
            # "in July 2022 ... A year later": July of the year after, as the month told goes on
            value = DateValue(iso=f"{year}{told.iso[4:7]}", precision="month", text=m.group(0), relative=True)
        else:
            value = DateValue(iso=year, precision="year", text=m.group(0), relative=True)
        out = [d for d in out if d not in counted]
        out.append(DateMention(span=Span(start=m.start(), end=m.end(), text=m.group(0)), value=value))
    return sorted(out, key=lambda d: d.span.start)


def recalled_dates(doc: Doc, found: list[DateMention], published: date | None) -> list[DateMention]:
    """The document's date mentions (``dates.find_doc_dates``) with the counts back to this
    week's counterpart read whole, and the months that take a year written out before them
    recorded for :func:`year_told_before`."""
    text = doc_text(doc)
    if "ago" in text:
        found = _ago_this(text, published, found)
    if "year" in text:
        before = {(d.span.start, d.value.iso) for d in found}
        found = _year_anaphors(text, found)
        told = {d.span.start for d in found if (d.span.start, d.value.iso) not in before}
    else:
        told = set()
    found, months = _told_years(text, found)
    doc.user_data[_TOLD_YEARS] = months | told
    return found


def year_told_before(doc: Doc, start: int) -> bool:
    """Whether the date mention starting at character ``start`` is a month or day whose year is
    the year the text wrote out just before it ("In May that year"): dated by the text, not
    from the happening told last."""
    told: set[int] = doc.user_data.get(_TOLD_YEARS, set())
    return start in told


def another_period(own: DateValue, other: DateValue | None) -> bool:
    """Whether a month or year a clause writes out (``own``) lies outside the date of another
    happening of its sentence (``other``): "killing 12 on Sunday; in March 2020, 14 soldiers were
    killed" tells two happenings, the second with its own toll (False when ``other`` is undated)."""
    if other is None:
        return False
    mine, theirs = own.as_date(), other.as_date()
    if "year" in (own.precision, other.precision):
        return mine.year != theirs.year
    return (mine.year, mine.month) != (theirs.year, theirs.month)


def dated_elsewhen(sentence: str, day: DateValue | None) -> bool:
    """Whether a sentence that names no happening dates itself, by a date with its year written
    out, apart from ``day`` (the date of the happening its figures would otherwise go to): "On
    October 3, 2011, at least 40 people died" tells another happening's toll, not that of a
    happening of this year (False when the sentence writes out no such date or ``day`` is None)."""
    if day is None:
        return False
    written = [d.value for d in find_dates(sentence, None) if not d.value.relative]
    return bool(written) and all(_apart(value, day) for value in written)


def _apart(own: DateValue, other: DateValue) -> bool:
    if own.precision == other.precision == "day":
        return abs((own.as_date() - other.as_date()).days) > 1
    return another_period(own, other)
