"""Date expressions: absolute and relative, normalised to ISO with a precision.

News gives dates loosely: "April 22, 2025", "Sept 19", "on Tuesday", "last
year", "two weeks earlier". Each is resolved against the publication date
(the only anchor a wire report reliably has) and keeps the precision the text
gives: day, month or year. The common shapes are parsed by the patterns below
(fast, predictable); anything else inside a spaCy DATE span goes to dateparser
with the publication date as its relative base.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token

from nexus import ontology
from nexus.extract.date_time_groups import date_time_groups
from nexus.extract.doctext import doc_text
from nexus.extract.tokens import entity_spans, sentence_starts
from nexus.model import DateMention, DateValue, Span

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS |= {"sept": 9}
#: Month names and their abbreviations as one regex alternation, longest first ("september|...|may").
MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_RE = r"(?P<month>" + MONTH_NAMES + r")\.?"
#: Weekday names (lower case) -> Monday 0 ... Sunday 6.
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


def year_in_figures(token: Token) -> bool:
    """Whether ``token`` is a year written in four figures, 1900 to 2100 ("2019")."""
    return token.text.isdigit() and len(token.text) == 4 and 1900 <= int(token.text) <= 2100


#: The days a report counts from its own day of writing ("yesterday", "overnight": the night that
#: ends on its morning).
NEWS_DAYS: tuple[str, ...] = (
    "yesterday",
    "today",
    "tonight",
    "last night",
    "overnight",
    "the previous day",
    "the day before",
    "the previous evening",
    "the previous night",
)
#: The news days that name the day before the one they are told from ("the previous evening").
_DAY_BEFORE = frozenset({"the previous day", "the day before", "the previous evening", "the previous night"})
#: Day and month names and their abbreviations (English), lower case: they precede or
#: follow a name without being part of it ("on Monday Harakat ...", "Sept").
CALENDAR_WORDS = frozenset(
    w.lower()
    for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr)
    if w
)
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "few": 3,
    "a few": 3,
    "couple of": 2,
    "a couple of": 2,
}

#: Words after "the weekend" that start no noun phrase it could date ("the weekend in Jos", "the
#: weekend before the vote"): the weekend is then a time of the clause, not a happening's name.
_FUNCTION_WORDS = (
    r"of|before|after|and|or|but|in|at|on|to|into|onto|when|as|that|which|while|with|for|by|from"
    r"|was|were|is|are|had|has|have|the|a|an|this|its|their|his|her"
)

#: "the January bombings", "a March attack": a capitalised month naming a happening's month (not
#: "the march"); every match starts with a month name, where :data:`_MONTH_START` finds one.
_CAPITAL_MONTH = re.compile(
    r"(?:(?<=\bthe )|(?<=\ba )|(?<=\ban ))"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?=\s+[a-z])"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    # "on 06.01.2025", "11/11/2025": a day written in figures, its year in full (see _numeric_day)
    (
        "numeric",
        re.compile(
            r"(?<![\d.,/-])(?P<first>[0-3]?\d)(?P<sep>[./])(?P<second>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b(?![.,/-]\d)"
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"\b{_MONTH_RE}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>(?:19|20)\d\d)\b", re.I
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE},?\s+(?P<year>(?:19|20)\d\d)\b",
            re.I,
        ),
    ),
    (
        "md",
        re.compile(
            rf"\b{_MONTH_RE}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?(?:19|20)\d\d)(?!\s*(?:per\s*cent|%|people))"
            r"(?P<last>,?\s+last\s+year\b)?",
            re.I,
        ),
    ),
    (
        "dm",
        re.compile(
            rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}\b(?!,?\s+(?:19|20)\d\d)"
            r"(?P<last>,?\s+last\s+year\b)?",
            re.I,
        ),
    ),
    ("my", re.compile(rf"\b{_MONTH_RE},?\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    (  # "on the 14th": a day of the month of publication (or of the month before)
        "ordinal_day",
        re.compile(
            r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|when|at|in|after|before|as|while|but|near|outside)\b)",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?P<prep>in|since|by|until|during|early|late|mid|last|this|of|from)[\s-]+{_MONTH_RE}\b"
            r"(?!\s+[0-3]?\d\b)(?!,?\s+(?:19|20)\d\d)(?P<last>\s+last\s+year)?"
            r"(?(last)|(?:\s+(?:of\s+)?this\s+year\b)?)",  # "in June this year": one month, not a year too
            re.I,
        ),
    ),
    ("month", _CAPITAL_MONTH),
    (
        "weekday",
        re.compile(
            r"\b(?P<prefix>on|last|this|since|by|until|from|early|late)?\s*(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.I,
        ),
    ),
    (
        "relday",
        re.compile(rf"\b(?P<rel>{'|'.join(NEWS_DAYS)})\b", re.I),
    ),
    (  # "at the start of the year", "at the end of last month": the period, not a day
        "period_part",
        re.compile(
            r"\b(?:at|in|by|towards?)\s+the\s+(?:start|beginning|end|middle|turn)\s+of\s+"
            r"(?P<which>the|this|last|the\s+previous|the\s+past)\s+(?P<unit>year|month)\b",
            re.I,
        ),
    ),
    (  # "the weekend raid", "last weekend's bombing": a weekend naming the happening a noun tells
        "weekend",  # (not "at the weekend", "since the weekend,", "the same weekend": no noun is dated)
        re.compile(
            r"(?<!\buntil )(?<!\btill )(?<!\bbefore )"
            r"\b(?P<which>last|this|the\s+past|the)\s+weekend(?:'s|’s)?"
            r"(?=\s+(?!(?:" + _FUNCTION_WORDS + r")\b)[a-z])",
            re.I,
        ),
    ),
    (
        "relunit",
        re.compile(
            r"\b(?P<which>last|this|earlier this|later this|next|previous|past)\s+"
            r"(?P<unit>week|month|year)\b",
            re.I,
        ),
    ),
    (
        "offset",
        re.compile(
            r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|several|a few|a couple of)\s+(?P<unit>day|week|month|year)s?\s+"
            r"(?P<dir>ago|earlier|before|prior|later|after|back)\b",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            # "the deadliest year was 2021, when ...": a year named as what a year was
            r"\b(?P<prep>in|since|by|until|during|of|from|early|late|mid|before|after|(?<=year\s)was)"
            r"[\s-]+(?P<year>(?:19|20)\d\d)\b(?!-)",
            re.I,
        ),
    ),
]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


#: Days after publication a day told without a year may still lie in (a call for a strike "on
#: October 5" in a report of October 2, two days' slack for time zones): beyond them, last year's.
_AHEAD_DAYS = 10


def _nearest_past_year(month: int, day: int, published: date) -> int:
    """Year for a day given without one: the publication year unless that is well in the future."""
    candidate = _safe_date(published.year, month, day)
    # news tells what happened: a day after publication is last year's (two days' slack for time zones)
    if candidate is not None and candidate > published + timedelta(days=_AHEAD_DAYS):
        return published.year - 1
    return published.year


_MONTH_OF_TOLD_YEAR = re.compile(
    rf"\b{_MONTH_RE}\s+(?:of\s+)?(?:that|the\s+same|that\s+same|the\s+following|the\s+next|the\s+previous)\s+year\b",
    re.I,
)


def month_of_told_year(text: str) -> int | None:
    """ "in May that year", "In October of the following year": the month (1-12) a text names
    within a year it counts from one told before, or None when it names none (or several)."""
    found = {_MONTHS[m.group("month").lower()] for m in _MONTH_OF_TOLD_YEAR.finditer(text)}
    return found.pop() if len(found) == 1 else None


def count_word(text: str) -> int:
    """A small count written as digits or a word ("3", "three", "a few"); 1 when unknown."""
    text = text.lower()
    return int(text) if text.isdigit() else _NUMBER_WORDS.get(text, 1)


def shift_months(base: date, months: int) -> date:
    """``base`` moved by ``months`` calendar months (negative: back), its day kept or cut to the
    new month's last."""
    month_index = base.year * 12 + base.month - 1 + months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(base.day, calendar.monthrange(year, month + 1)[1]))


_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: A day of a month written out ("10 March", "March 10th", "the 3rd of May"), without its year.
_MONTH_DAY = (
    rf"(?:{MONTH_NAMES})\.?\s+[0-3]?\d(?:st|nd|rd|th)?"  # "March 10th"
    rf"|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})\b"  # "10 March", "the 3rd of May"
)
_A_DAY = rf"(?:{_WEEKDAY_NAMES}|{_MONTH_DAY})(?:,?\s+(?:19|20)\d\d\b)?"
_CALENDAR_DAY = re.compile(rf"\b(?:{_MONTH_DAY})\b", re.I)


def names_a_calendar_day(text: str) -> bool:
    """Whether ``text`` writes a day of a month ("10 March", "March 10"), not a weekday or a
    span of time: the same day whatever sentence it is read in, though its year is inferred."""
    return _CALENDAR_DAY.search(text) is not None


#: A night told by the two days it spans ("the night of Saturday to Sunday", "the night from
#: 30 June to 1 July", "Saturday night into Sunday"): dated by the second day.
_NIGHT = re.compile(
    rf"\b(?:(?:over)?night\s+(?:of|from|between)\s+(?:the\s+)?(?:{_A_DAY}|[0-3]?\d(?:st|nd|rd|th)?)"
    rf"|(?:{_WEEKDAY_NAMES})\s+night)"
    rf"\s+(?:to|and|into|through)\s+(?:the\s+)?(?P<second>{_A_DAY})",
    re.I,
)


#: A weekday of the week before the report's ("on Tuesday last week", "last week on Tuesday",
#: "Tuesday of last week"): that week's day, never the latest such weekday.
_DAY_OF_LAST_WEEK = re.compile(
    rf"\b(?:(?:on\s+)?(?P<weekday>{_WEEKDAY_NAMES})\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+week"
    rf"|last\s+week,?\s+on\s+(?P<later>{_WEEKDAY_NAMES}))\b",
    re.I,
)
#: A span of days in one month ("from 5 to 8 March 2025", "between 12 and 14 June"): dated by its
#: first day, when the happening began.
_DAY_RANGE = re.compile(
    r"\b(?:from|between)\s+(?:the\s+)?(?P<first>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:to|until|till|and|-|–)\s+"
    rf"(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<rest>(?:{MONTH_NAMES})\b\.?(?:,?\s+(?:19|20)\d\d\b)?)",
    re.I,
)


def _day_of_last_week(m: re.Match[str], published: date) -> DateValue:
    """The day :data:`_DAY_OF_LAST_WEEK` names: its weekday in the week (Monday on) before the
    week of ``published``."""
    weekday = WEEKDAYS[(m.group("weekday") or m.group("later")).lower()]
    monday = published - timedelta(days=published.weekday() + 7)
    d = monday + timedelta(days=weekday)
    return DateValue(iso=d.isoformat(), precision="day", text=m.group(0), relative=True)


def day_in_figures(first: int, second: int, year: int, *, slashed: bool) -> date | None:
    """The day of a date written in figures, its year last: day first with dots or dashes (the
    European and South Asian form, "06.01.2025" is 6 January); with slashes only when one part is
    over 12 ("14/03/2025", "03/14/2025"). None for "02/04/2025" (2 April or February 4) and for
    no such day."""
    if not slashed or first > 12:
        day, month = first, second
    elif second > 12:
        day, month = second, first
    else:
        return None
    return _safe_date(year, month, day)


def _numeric_day(m: re.Match[str]) -> DateValue | None:
    """A day written in figures in the text ("on 06.01.2025", "11/11/2025"): :func:`day_in_figures`."""
    first, second, year = int(m.group("first")), int(m.group("second")), int(m.group("year"))
    d = day_in_figures(first, second, year, slashed=m.group("sep") == "/")
    return DateValue(iso=d.isoformat(), precision="day", text=m.group(0)) if d else None


def _resolve(kind: str, m: re.Match[str], published: date | None) -> DateValue | None:
    g = m.groupdict()
    text = m.group(0).strip()
    month = _MONTHS.get((g.get("month") or "").lower().rstrip("."), 0)
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["mnum"]), int(g["day"]))
        return DateValue(iso=d.isoformat(), precision="day", text=text) if d else None
    if kind == "numeric":
        return _numeric_day(m)
    if kind in ("mdy", "dmy"):
        d = _safe_date(int(g["year"]), month, int(g["day"]))
        return DateValue(iso=d.isoformat(), precision="day", text=text) if d else None
    if kind == "my":
        return DateValue(iso=f"{int(g['year']):04d}-{month:02d}", precision="month", text=text)
    if kind == "year":
        return DateValue(iso=g["year"], precision="year", text=text)
    if published is None:
        return None
    if kind in ("md", "dm"):
        day = int(g["day"])
        # "October 1 last year" says the year outright
        year = published.year - 1 if g.get("last") else _nearest_past_year(month, day, published)
        d = _safe_date(year, month, day)
        return DateValue(iso=d.isoformat(), precision="day", text=text, relative=True) if d else None
    if kind == "month":
        # a past-tense report's bare month is the latest one not after publication;
        # "in July last year" says so outright
        year = published.year if month <= published.month else published.year - 1
        if g.get("last"):
            year = published.year - 1
        return DateValue(iso=f"{year:04d}-{month:02d}", precision="month", text=text, relative=True)
    if kind == "period_part":
        back = -1 if g["which"].lower().split()[-1] in ("last", "previous", "past") else 0
        if g["unit"].lower() == "year":
            return DateValue(iso=str(published.year + back), precision="year", text=text, relative=True)
        d = shift_months(published, back)
        return DateValue(iso=f"{d.year:04d}-{d.month:02d}", precision="month", text=text, relative=True)
    if kind == "ordinal_day":
        day = int(g["day"])
        year, month = published.year, published.month
        if day > published.day:  # "on the 28th" in a report of the 3rd: the month before
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        d = _safe_date(year, month, day)
        return DateValue(iso=d.isoformat(), precision="day", text=text, relative=True) if d else None
    if kind == "weekday":
        weekday = WEEKDAYS[g["weekday"].lower()]
        back = (published.weekday() - weekday) % 7
        if (g.get("prefix") or "").lower() == "last" and back == 0:
            back = 7
        d = published - timedelta(days=back)
        return DateValue(iso=d.isoformat(), precision="day", text=text, relative=True)
    if kind == "relday":
        rel = g["rel"].lower()
        # "overnight": the night that ends on the morning of publication
        d = published if rel in ("today", "tonight", "overnight") else published - timedelta(days=1)
        return DateValue(iso=d.isoformat(), precision="day", text=text, relative=True)
    if kind == "weekend":
        # the Saturday of the latest weekend: this one when published on it, else the one before;
        # "last weekend" told on a weekend is the one before that
        d = published - timedelta(days=(published.weekday() - 5) % 7)
        if g["which"].lower() == "last" and published.weekday() >= 5:
            d -= timedelta(weeks=1)
        return DateValue(iso=d.isoformat(), precision="day", text=text, relative=True)
    if kind == "relunit":
        which, unit = g["which"].lower(), g["unit"].lower()
        step = -1 if which in ("last", "previous", "past") else (1 if which == "next" else 0)
        if unit == "year":
            return DateValue(iso=str(published.year + step), precision="year", text=text, relative=True)
        if unit == "month":
            d = shift_months(published, step)
            return DateValue(iso=f"{d.year:04d}-{d.month:02d}", precision="month", text=text, relative=True)
        d = published + timedelta(weeks=step)
        return DateValue(iso=d.isoformat(), precision="day", text=text, relative=True)
    if kind == "offset":
        if g["dir"].lower() in ("after", "later"):
            return None  # counted from another event, not from publication: resolved by the event stage
        n = count_word(g["n"])
        sign = 1 if g["dir"].lower() in ("later", "after") else -1
        unit = g["unit"].lower()
        if unit == "day":
            d = published + timedelta(days=sign * n)
            return DateValue(iso=d.isoformat(), precision="day", text=text, relative=True)
        if unit == "week":
            d = published + timedelta(weeks=sign * n)
            return DateValue(iso=d.isoformat(), precision="day", text=text, relative=True)
        if unit == "month":
            d = shift_months(published, sign * n)
            return DateValue(iso=f"{d.year:04d}-{d.month:02d}", precision="month", text=text, relative=True)
        return DateValue(iso=str(published.year + sign * n), precision="year", text=text, relative=True)
    return None


@lru_cache(maxsize=1)
def _holidays() -> tuple[dict[str, tuple[int, int]], re.Pattern[str]]:
    """``fixed_holidays`` of ``calendar.yaml``: lower-case name -> (month, day), and one pattern."""
    table: dict[str, str] = ontology.table("calendar.yaml")["fixed_holidays"]
    days = {name.lower(): (int(md[:2]), int(md[3:])) for name, md in table.items()}
    names = "|".join(re.escape(n).replace("'", "['’]") for n in sorted(days, key=len, reverse=True))
    return days, re.compile(rf"\b(?P<holiday>{names})\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)


def _holiday(m: re.Match[str], published: date | None) -> DateValue | None:
    """ "on Christmas Day" (the latest one not after publication), "on New Year's Eve 2023"."""
    days, _ = _holidays()
    month, day = days[m.group("holiday").lower().replace("’", "'")]
    if m.group("year"):
        year = int(m.group("year"))
    elif published is not None:
        year = _nearest_past_year(month, day, published)
    else:
        return None
    found = _safe_date(year, month, day)
    if found is None:
        return None
    return DateValue(iso=found.isoformat(), precision="day", text=m.group(0), relative=not m.group("year"))


#: Patterns whose every match starts with a month name (these kinds' and :data:`_CAPITAL_MONTH`),
#: and where month names start: those patterns are tried only there (one scan for four, the same
#: matches as ``finditer``).
_MONTH_LED = frozenset({"mdy", "md", "my"})

_MONTH_START = re.compile(rf"\b(?={MONTH_NAMES})", re.I)


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can only match at one of ``starts`` (ascending):
    the leftmost match from each candidate on, never overlapping the previous one."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            end = m.end()


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in ``text``, resolved; overlapping matches keep the first pattern's.

    Fixed-date holidays ("on Christmas Day") come from ``calendar.yaml``.
    """
    found: list[DateMention] = date_time_groups(text)  # "021930H OCT 27": one day, not "OCT 27"
    taken: list[tuple[int, int]] = [(d.span.start, d.span.end) for d in found]
    lower = text.lower()
    for m in _holidays()[1].finditer(text):
        value = _holiday(m, published)
        if value is not None:
            taken.append((m.start(), m.end()))
            found.append(DateMention(span=Span(start=m.start(), end=m.end(), text=m.group(0)), value=value))
    if "night" in lower:
        for m in _NIGHT.finditer(text):
            # "on the night of Saturday to Sunday", "in the night of 30 June to 1 July",
            # "overnight from Monday to Tuesday" (no "overnight" of the publication night): the
            # day the night ends on (a night told by the two days it spans ends on the second)
            second = find_dates(m.group("second"), published)
            if not second or second[0].value.precision != "day":
                continue
            value = second[0].value.model_copy(update={"text": m.group(0)})
            taken.append((m.start(), m.end()))
            found.append(DateMention(span=Span(start=m.start(), end=m.end(), text=m.group(0)), value=value))
    if published is not None and "week" in lower:
        for m in _DAY_OF_LAST_WEEK.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            value = _day_of_last_week(m, published)
            found.append(DateMention(span=Span(start=m.start(), end=m.end(), text=m.group(0)), value=value))
    for m in _DAY_RANGE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        first = find_dates(f"{m.group('first')} {m.group('rest')}", published)
        if not first or first[0].value.precision != "day":
            continue
        taken.append((m.start(), m.end()))
        value = first[0].value.model_copy(update={"text": m.group(0)})
        found.append(DateMention(span=Span(start=m.start(), end=m.end(), text=m.group(0)), value=value))
    month_starts: list[int] | None = None
    for kind, pattern in _PATTERNS:
        matches: Iterator[re.Match[str]]
        if kind == "weekend" and "weekend" not in lower:
            continue  # every match holds the word (no letter of it but "k" matches a non-ASCII one in
            # IGNORECASE: the Kelvin sign, which ``str.lower`` turns into "k")
        if kind in _MONTH_LED or pattern is _CAPITAL_MONTH:
            if month_starts is None:
                month_starts = [m.start() for m in _MONTH_START.finditer(text)]
            matches = _matches_at(pattern, text, month_starts)
        else:
            matches = pattern.finditer(text)
        for m in matches:
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if "\n" in m.group(0).strip():
                continue  # "Wednesday 11 February\n17:45 - ...": a heading's day and the next line's hour
            if kind == "weekday" and not m.group("prefix") and _names_a_feast(text, start):
                continue  # "the Easter Sunday bombings": a feast's day, not last Sunday
            value = _resolve(kind, m, published)
            if value is None:
                continue
            if value.precision == "day" and eve_of(text, start):
                # "on the eve of Sunday's vote": the day before the day named
                day = value.as_date() - timedelta(days=1)
                value = value.model_copy(update={"iso": day.isoformat(), "relative": True})
            taken.append((start, end))
            found.append(DateMention(span=Span(start=start, end=end, text=m.group(0)), value=value))
    return sorted(found, key=lambda d: d.span.start)


@lru_cache(maxsize=1)
def _feast_words() -> frozenset[str]:
    """``named_weekday_words`` of ``calendar.yaml`` (lower case)."""
    return frozenset(w.lower() for w in ontology.table("calendar.yaml").get("named_weekday_words", []))


def _names_a_feast(text: str, start: int) -> bool:
    """Whether the weekday starting at ``start`` of ``text`` is part of a feast's or a remembered
    day's name ("Easter Sunday", "Good Friday", "Bloody Sunday")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _feast_words()


#: "on the eve of" right before a day: that day's eve (searched only before a day found).
_EVE_OF = re.compile(r"\bthe\s+eve\s+of\s*(?:the\s+)?$", re.I)


def eve_of(text: str, start: int) -> bool:
    """Whether the date starting at ``start`` of ``text`` follows "the eve of": the day told is
    the one before it ("killed on the eve of Sunday's vote", "on the eve of the March 9 polls")."""
    return _EVE_OF.search(text, max(0, start - 24), start) is not None


@lru_cache(maxsize=4096)
def _dateparser(text: str, published: date | None) -> DateValue | None:
    """Fallback for shapes the patterns do not know (slow: used on DATE spans only)."""
    import dateparser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type,unused-ignore]
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None:
        return None
    return DateValue(iso=parsed.date().isoformat(), precision="day", text=text, relative=True)


def find_doc_dates(doc: Doc, published: date | None) -> list[DateMention]:
    """Pattern dates over the whole text, plus dateparser on unexplained DATE spans."""
    found = find_dates(doc_text(doc), published)
    covered = [(d.span.start, d.span.end) for d in found]
    for ent in entity_spans(doc):  # (the finished Doc's, built once)
        if ent.label_ == "EVENT":
            found.extend(_year_of_named_event(ent.text, ent.start_char, covered))
            continue
        lead = _LEADING_YEAR.match(ent.text) if ent.label_ != "DATE" else None
        if lead is not None:
            # "the 2014 X School massacre": a year the NER took into a name it opens
            found.extend(_year_of_named_event(lead.group(0), ent.start_char, covered))
            continue
        if ent.label_ != "DATE" or any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        if not re.search(r"\d|yesterday|today|week|month|year", ent.text, re.I):
            continue
        if re.search(r"\b(?:year|month|week|day)s?\b", ent.text, re.I) and not re.search(
            r"\b(?:ago|last|next|this|earlier|later)\b", ent.text, re.I
        ):
            continue  # durations ("two months", "a decade") are not dates
        if re.fullmatch(r"(?:the\s+)?(?:19|20)\d\d", ent.text.strip(), re.I):
            year = re.search(r"\d{4}", ent.text)
            if year:
                value = DateValue(iso=year.group(0), precision="year", text=ent.text)
                found.append(
                    DateMention(span=Span(start=ent.start_char, end=ent.end_char, text=ent.text), value=value)
                )
            continue
        if published is None and not re.search(r"\b(?:19|20)\d\d\b", ent.text):
            continue  # nothing to resolve a relative date against
        if not re.search(rf"\b(?:{MONTH_NAMES})\b", ent.text, re.I) and not re.search(
            r"\b(?:ago|yesterday|today|last|next)\b", ent.text, re.I
        ):
            continue  # no calendar word: a number, a duration or an age, not a date
        parsed = _dateparser(ent.text, published)
        if parsed is not None:
            found.append(
                DateMention(span=Span(start=ent.start_char, end=ent.end_char, text=ent.text), value=parsed)
            )
    found = _with_year_context(doc, sorted(found, key=lambda d: d.span.start))
    return _weekdays_after_a_day(doc, _counted_back_from_a_day(doc, found, published))


#: What follows a weekday that tells it from a happening before it: "on Thursday, two days after
#: the raid" (a count of days), "on the Wednesday after the ambush" (the first such weekday).
_AFTER_A_HAPPENING = re.compile(
    r"\s*,?\s*(?:(?P<n>\d|one|two|three|four|five|six|a)\s+days?\s+)?after\s+(?:the|that|this)\s+[a-z]",
    re.I,
)
_WEEKDAY_WORD = re.compile(rf"\b(?P<weekday>{_WEEKDAY_NAMES})\b", re.I)
#: How many days before its weekday's own resolution the day a weekday is told after may lie.
_AFTER_WINDOW_DAYS = 14


def _weekdays_after_a_day(doc: Doc, found: list[DateMention]) -> list[DateMention]:
    """ "Gunmen struck the market on Tuesday 3 November ... The union denounced it on
    Friday, three days after the raid"; "On the Wednesday after the ambush, drivers ...": a
    weekday told from a happening is counted from the last calendar day (:func:`names_a_calendar_day`)
    an earlier sentence wrote (up to two weeks before the weekday as resolved against publication),
    not from the publication day: the first such weekday after it, or the day the count gives
    when that day is the weekday. Mentions in, the same mentions out (the counted ones moved)."""
    text = doc_text(doc)
    starts = [doc[s].idx for s in sentence_starts(doc)]
    out: list[DateMention] = []
    for mention in found:
        weekday = _WEEKDAY_WORD.search(mention.span.text)
        after = _AFTER_A_HAPPENING.match(text, mention.span.end)
        if weekday is None or after is None or mention.value.precision != "day":
            out.append(mention)
            continue
        told = mention.value.as_date()
        sent_start = max((c for c in starts if c <= mention.span.start), default=0)
        days = [
            d.value.as_date()
            for d in out
            if d.value.precision == "day"
            and names_a_calendar_day(d.span.text)
            and d.span.end <= sent_start
            and timedelta(0) <= told - d.value.as_date() <= timedelta(days=_AFTER_WINDOW_DAYS)
        ]
        if days:
            base, wanted = days[-1], WEEKDAYS[weekday.group("weekday").lower()]
            if after.group("n"):
                day = base + timedelta(days=count_word(after.group("n")))
            else:
                day = base + timedelta(days=(wanted - base.weekday() - 1) % 7 + 1)
            if day.weekday() == wanted and day != told:
                value = mention.value.model_copy(update={"iso": day.isoformat()})
                mention = mention.model_copy(update={"value": value})
        out.append(mention)
    return out


#: A year written inside a happening's name: "the 2011 Harbour Road bombing".
_NAMED_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?!-)")


#: A year in figures opening a name span ("the 2014 X School"), a capitalised word after it.
_LEADING_YEAR = re.compile(r"(?:the\s+)?(?:19|20)\d\d(?=\s+[A-Z])")


def _year_of_named_event(text: str, start: int, covered: list[tuple[int, int]]) -> list[DateMention]:
    """ "since the 2011 Harbour Road bombing": a year the parser took into the name of a
    happening (an EVENT span of ``text`` starting at character ``start``) rather than a DATE span,
    as a year-precision DateMention at the year's own characters; none where a pattern date
    already covers it."""
    out: list[DateMention] = []
    for m in _NAMED_YEAR.finditer(text):
        s, e = start + m.start(), start + m.end()
        if any(a < e and s < b for a, b in covered):
            continue
        value = DateValue(iso=m.group(0), precision="year", text=m.group(0))
        out.append(DateMention(span=Span(start=s, end=e, text=m.group(0)), value=value))
    return out


#: "two days earlier", "a week earlier": a count back with no happening of its own to count from.
_EARLIER = re.compile(r"(?P<n>\w+)\s+(?P<unit>day|night|week)s?\s+earlier", re.I)


def _counted_back_from_a_day(doc: Doc, found: list[DateMention], published: date | None) -> list[DateMention]:
    """ "AFRICOM said on Wednesday that it had carried out a strike ... two days earlier": a count
    back told after a day of its own sentence counts from that day (the Monday), not from the
    publication day; and "Four days earlier, on Tuesday, ..." in a report published on a Tuesday
    names the Tuesday before it, not the day of publication. Mentions in, the same mentions out
    (the counted ones moved)."""
    text = doc_text(doc)
    starts = [doc[s].idx for s in sentence_starts(doc)]
    out: list[DateMention] = []
    for mention in found:
        if published is not None and out and _EARLIER.fullmatch(out[-1].span.text.strip()):
            gap = text[out[-1].span.end : mention.span.start].strip().lower()
            if gap in (",", ", on", "on") and mention.value.iso == published.isoformat():
                day = published - timedelta(days=7)  # "Four days earlier, on Tuesday": not today
                mention = mention.model_copy(
                    update={"value": mention.value.model_copy(update={"iso": day.isoformat()})}
                )
        match = _EARLIER.fullmatch(mention.span.text.strip())
        before = " ".join(mention.span.text.lower().split()) in _DAY_BEFORE
        if before or (
            match is not None and (match.group("n").lower() in _NUMBER_WORDS or match.group("n").isdigit())
        ):
            sent_start = max((s for s in starts if s <= mention.span.start), default=0)
            days_before = [
                d
                for d in out
                if sent_start <= d.span.start
                and d.value.precision == "day"
                and not _EARLIER.fullmatch(d.span.text.strip())
            ]
            if days_before and "\n" not in text[sent_start : mention.span.start]:
                # ("reported on 9 June that a raid the previous day had left 12 dead": the 8th)
                count = (
                    1
                    if match is None
                    else count_word(match.group("n")) * (7 if match.group("unit").lower() == "week" else 1)
                )
                day = days_before[-1].value.as_date() - timedelta(days=count)
                value = mention.value.model_copy(update={"iso": day.isoformat(), "precision": "day"})
                mention = mention.model_copy(update={"value": value})
        out.append(mention)
    return out


_MONTH_WORD = re.compile(rf"\b(?:{MONTH_NAMES})\b", re.I)


def _with_year_context(doc: Doc, found: list[DateMention]) -> list[DateMention]:
    """A month or day given without a year takes the year its context names.

    "In 2023, the group bombed a depot in August": August 2023, not the
    August before publication; "Last year, ... in March": March of last year;
    "In May that year" (or "the same year"): May of the year of the date told
    just before; and a bare month opening the sentence right after one that
    told a month of another year, in the same paragraph ("In May 2019, ... In
    June, ..."), stays in that year: the background story goes on.
    """
    text = doc_text(doc)
    starts = [doc[s].idx for s in sentence_starts(doc)]  # each sentence's start_char
    out: list[DateMention] = []
    in_context: set[int] = set()  # starts of the mentions whose year their context gave
    for mention in found:
        value = mention.value
        after = text[mention.span.end : mention.span.end + 16].lower()
        # "in May this year" names its own year
        own_year = re.match(r"\s*(?:of\s+)?(?:this|last|next)\s+year", after) is not None
        own_year = own_year or _SAYS_ITS_YEAR.search(mention.span.text) is not None  # "in June last year"
        that_year = _THAT_YEAR.match(after) is not None
        if (
            value.relative
            and not own_year
            and value.precision in ("day", "month")
            and _MONTH_WORD.search(mention.span.text)
        ):
            sent_start = max((s for s in starts if s <= mention.span.start), default=0)
            earlier = [d for d in out if d.span.start < mention.span.start]
            years = [
                d.value.iso[:4]
                for d in earlier
                if d.span.start >= sent_start
                and (
                    (d.value.precision == "year" and _names_a_year(d))
                    or d.span.start in in_context
                    or _frames_a_later_month(d, value, text[sent_start : d.span.start])
                )
                and not _opens_a_span(text, d)  # "has fought since 1984": no frame for what follows
            ]  # "In May that year, ..., and the government banned the party in March": that year too
            if that_year:
                years = [d.value.iso[:4] for d in earlier][-1:]  # the year of the date told just before
            elif not years and not text[sent_start : mention.span.start].strip(" \"'“‘"):
                # "In June, ..." opening the sentence after one that told "In May 2019"
                years = _carried_year(text, starts, sent_start, earlier, in_context, value.iso)
            if years:
                in_context.add(mention.span.start)
            if years and years[-1] != value.iso[:4]:
                value = value.model_copy(update={"iso": years[-1] + value.iso[4:]})
                mention = mention.model_copy(update={"value": value})
        out.append(mention)
    return out


def _frames_a_later_month(mention: DateMention, value: DateValue, opening: str) -> bool:
    """ "In August 2023, a gunman killed four ...; he was sentenced in November": a month with its
    year written out, opening its sentence (``opening``: the words before it), frames a bare month
    of that sentence that falls after it in that year (not a yardstick told mid-sentence: "the
    worst since a bombing in January 2019, and came weeks after attacks on June 10")."""
    return (
        opening.strip(" \"'“‘").lower() in ("", "in", "on")
        and mention.value.precision in ("month", "day")
        and not mention.value.relative
        and _MONTH_WORD.search(mention.span.text) is not None
        and value.iso[5:7] >= mention.value.iso[5:7]
    )


def _opens_a_span(text: str, mention: DateMention) -> bool:
    """Whether the mention opens a span reaching to the present ("since 1984", "has fought since
    2019"), the word "since" in its own words or right before it."""
    said = (text[max(0, mention.span.start - 7) : mention.span.start] + " " + mention.span.text).lower()
    return "since" in said.split()


#: A month or day mention whose own words give its year relative to publication ("June last year").
_SAYS_ITS_YEAR = re.compile(r"\b(?:this|last|next)\s+year\b", re.I)

#: "In May that year", "in March of the same year": a month of the year told just before.
_THAT_YEAR = re.compile(r",?\s*(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b")


#: A sentence about one year: "its bloodiest year was 2022", "2021 was the worst year", "the
#: deadliest year on record came in 2019" (the year told as the thing the sentence is about).
_YEAR_AS_TOPIC = re.compile(
    r"\byear\b[^.;:]*\b(?:was|is|came|proved|remains|remained)\b[^.;:]*\b(?:19|20)\d\d$", re.I
)
_YEAR_AS_SUBJECT = re.compile(r"^\s*(?:was|proved|remains|remained|became)\b[^.;:]*\byear\b", re.I)


def _year_in_focus(sentence: str, mention: DateMention, offset: int) -> bool:
    """Whether a sentence is about the year ``mention`` writes out ("The militia's bloodiest year
    was 2022.", "2021 was its worst year."): the bare month opening the next sentence falls in
    that year, as the story told next is that year's. ``offset``: the sentence's start."""
    if mention.value.precision != "year" or mention.value.relative:
        return False
    end = mention.span.end - offset
    return bool(_YEAR_AS_TOPIC.search(sentence[:end]) or _YEAR_AS_SUBJECT.match(sentence[end:]))


def _names_a_year(mention: DateMention) -> bool:
    """Whether a year-precise mention says its year: written out ("in 2019") or counted from the
    publication year ("last year", "this year"), not a duration's."""
    return not mention.value.relative or mention.span.text.lower().split()[0] in ("last", "this")


def _carried_year(
    text: str,
    starts: list[int],
    sent_start: int,
    earlier: list[DateMention],
    in_context: set[int],
    iso: str = "",
) -> list[str]:
    """The year a bare month of the sentence at ``sent_start`` keeps from the sentence before it,
    in the same paragraph, when that sentence's last date is a month or day of a year of its own
    (written out, or given by its context: the starts in ``in_context``)
    ("In May 2019, ... In June, ..."): [year], else []. (The caller asks only for a month opening
    its sentence, as a story told in order does: "the January bombings" mid-sentence is no sequel.)
    Not from a date that opens a span reaching to the present ("has fought since August 2021. In
    May, ..."), nor when the month ``iso`` (the bare month's own value) would fall before that
    date ("began in November 2023 ... In March, ..."): the story goes on, in the months after."""
    before = [s for s in starts if s < sent_start]
    if not before or "\n" in text[before[-1] : sent_start]:
        return []
    told = [d for d in earlier if d.span.start >= before[-1]]
    last = told[-1] if told else None
    if last is not None and _year_in_focus(text[before[-1] : sent_start], last, before[-1]):
        return [last.value.iso[:4]]  # "The group's bloodiest year was 2022. In February, ..."
    if last is None or last.value.precision not in ("day", "month") or not _MONTH_WORD.search(last.span.text):
        return []
    if text[max(0, last.span.start - 7) : last.span.start].lower().split()[-1:] == ["since"]:
        return []  # "since August 2021": a span up to now, its year no frame for what follows
    if iso[5:7] and last.value.iso[5:7] and iso[5:7] < last.value.iso[5:7]:
        return []  # "began in November 2023 ... In March": the March after, not before
    # its year written out, or given by its own context ("In May that year", "in March" after it)
    says_year = not last.value.relative or last.span.start in in_context
    return [last.value.iso[:4]] if says_year else []
