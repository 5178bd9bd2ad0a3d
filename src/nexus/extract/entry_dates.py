"""The date heading an entry of a round-up or a brief: the day its happenings took place.

A weekly round-up heads each day's news with that day ("FRIDAY", "TUESDAY | <town>"), and a
monthly brief or a situation report opens each entry with its date and place ("<town>, 4 March.
...", "3 July - <village>. ..."). What an entry tells without a date of its own happened on the
entry's date, not on the day the page was published; and entries told on different dates are
different happenings, however alike their words.

An entry heading is a short label made of one day-precise date and at most a few words naming
a place, the date opening or closing it and set off by a separator (a comma, a dash, a bar, a
colon, brackets: "<town> (Monday)."); the page must open two or more entries so (a series, not
a lone line that happens to hold a date). A heading alone on its line dates the lines below it
up to the next heading or section title (a live blog's timed post titles stay under it); a label
opening a paragraph dates that paragraph. A byline, an update note or a dateline heads no entry,
nor does a line with no body below it. A weekday told inside an entry is the one nearest the
entry's date, and an entry's happening never joins a period's summary told outside the entries.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

from nexus.extract.dated_lines import date_then_text
from nexus.extract.dateline import dateline_end, dateline_start
from nexus.extract.dates import NEWS_DAYS, WEEKDAYS
from nexus.extract.doctext import doc_text
from nexus.extract.page import PageLayout, page_layout
from nexus.extract.page_segments import update_notes
from nexus.extract.spoken_day import spoken_day
from nexus.model import DateMention, DateValue

_KEY = "nexus_entry_dates"
#: The longest label an entry opens with, in characters and in words besides the date.
_LABEL_MAX = 80
_PLACE_WORDS_MAX = 6
#: What sets a label's date off from its place or its section ("<town>, 4 March", "3 July -
#: <village>", "<town> (Monday)", "Apr 16, 2027 · SECURITY").
_SEPARATORS = ",|:-–—()·"
_MARKS = _SEPARATORS + " \t.•*·"
#: The end of a label opening a paragraph: a full stop followed by the entry's first sentence.
_LABEL_END = re.compile(r"\.\s+(?=[A-Z\"“‘'(])")
#: A figure or a clock time, never a word of a place ("N380 road" is one).
_FIGURE = re.compile(r"[\d:.,/]+(?:am|pm|h)?", re.I)
#: A live blog's post opened by its hour ("14:20 - Blast near the market"): a post of the day
#: heading it, not a section title.
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\b")
#: The number of a list item ("3. ", "4) ", "(5) ", "#6 ") before an entry heading.
_ITEM_NUMBER = re.compile(r"(?:\(\d{1,3}\)|\d{1,3}[.)]|#\d{1,3})\s+")
#: The zones a heading may stand in: the body, or a heading read as a headline or a standfirst
#: (page.py); never the byline, an update note or a caption.
_HEADING_ZONES = frozenset({"body", "headline", "standfirst"})
#: The zones a story's headline under its date line is read as (page.py).
_STORY_TITLES = frozenset({"headline", "standfirst"})
#: A line ended like a sentence (a section title has no such end).
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'’”)\]]*$")


@dataclass(frozen=True)
class Entry:
    """One dated entry: its characters ``[start, end)`` and the date its heading gives;
    ``filed`` when that date is the day a brief was filed (its dateline's), not the day its
    happenings took place."""

    start: int
    end: int
    date: DateValue
    filed: bool = False


def entry_date(doc: Doc, char: int, dates: list[DateMention], *, filed: bool = True) -> DateValue | None:
    """The date of the entry holding character ``char`` (its heading's date), None outside any
    entry or on a page that opens no series of dated entries; with ``filed`` False, None too in
    a brief dated by its dateline (the day it was filed, not the day of what it tells).
    ``dates``: the Doc's date mentions (read once per Doc)."""
    entry = _entry_at(_entries(doc, dates), char)
    return entry.date if entry is not None and (filed or not entry.filed) else None


def weekdays_of_their_entries(
    doc: Doc, dates: list[DateMention], published: date | None
) -> list[DateMention]:
    """ "Monday 15 September - X" over "gunmen attacked a checkpoint on Monday evening", in a
    round-up published a week later: a weekday told inside a dated entry falls in the days around
    the entry's date. The latest such day before publication stands when it lies in the week from
    three days before the entry's date ("said on Wednesday" under Tuesday's heading); else the day
    is the one nearest the entry's date (at most three days before or after it, never after
    ``published``: "buried the men killed in Saturday's ambush" in Thursday's entry of a page out
    on Friday is the Saturday before). Mentions in, the same mentions out (those moved)."""
    entries = _entries(doc, dates, published)
    if not entries:
        return dates
    out: list[DateMention] = []
    for mention in dates:
        entry = _entry_at(entries, mention.span.start)
        words = mention.span.text.lower().split()
        if (
            entry is not None
            and mention.value.relative
            and mention.value.precision == "day"
            and words[-1] in WEEKDAYS
            and words[:-1] in ([], ["on"])
        ):
            anchor = entry.date.as_date()
            if -3 <= (mention.value.as_date() - anchor).days <= (0 if entry.filed else 6):
                out.append(mention)  # "on Wednesday", "Speaking on Saturday": in the week after it
                continue
            back = 6 if entry.filed else 3  # a story written on its day tells no later weekday
            day = anchor + timedelta(days=(WEEKDAYS[words[-1]] - anchor.weekday() + back) % 7 - back)
            latest = anchor if entry.filed else published  # an update note may postdate the page
            if latest is not None and day > latest:
                day -= timedelta(days=7)
            if day.isoformat() != mention.value.iso:
                value = mention.value.model_copy(update={"iso": day.isoformat()})
                mention = mention.model_copy(update={"value": value})
        out.append(mention)
    return out


def news_days_of_their_entries(
    doc: Doc, dates: list[DateMention], published: date | None
) -> list[DateMention]:
    """ "SUNDAY 22 NOVEMBER / ... raided a hideout overnight", in a digest published on the 26th:
    a news day told inside a dated entry ("today", "overnight", "yesterday") is counted from the
    entry's date, as the entry was written on its day, not from ``published``. Mentions in, the
    same mentions out (those moved keep their text and precision)."""
    entries = _entries(doc, dates, published)
    if not entries or published is None:
        return dates
    out: list[DateMention] = []
    for mention in dates:
        entry = _entry_at(entries, mention.span.start)
        if (
            entry is not None
            and entry.date.precision == "day"
            and mention.value.relative
            and mention.value.precision == "day"
            and " ".join(mention.span.text.lower().split()) in NEWS_DAYS
        ):
            day = entry.date.as_date() + (mention.value.as_date() - published)
            if (
                day <= (entry.date.as_date() if entry.filed else published)
                and day.isoformat() != mention.value.iso
            ):
                value = mention.value.model_copy(update={"iso": day.isoformat()})
                mention = mention.model_copy(update={"value": value})
        out.append(mention)
    return out


def apart_from_a_period(
    doc: Doc, a_char: int, a_date: DateValue | None, b_char: int, b_date: DateValue | None
) -> bool:
    """Whether two tellings (at characters ``a_char`` and ``b_char``, with their dates) are one a
    dated entry's happening and the other a period's told outside the entries ("In July our
    monitors recorded 11 incidents" above "3 July - X. Gunmen killed six"): the summary's tally
    is no entry's happening; nor is a happening dated after an entry's day one that entry
    tells again. Reads the entries :func:`entry_date` found for the Doc (none
    before it ran)."""
    entries = doc.user_data.get(_KEY)
    if not isinstance(entries, list) or not entries:
        return False
    a_entry, b_entry = _entry_at(entries, a_char), _entry_at(entries, b_char)
    if _after_its_entry(a_entry, b_date) or _after_its_entry(b_entry, a_date):
        return True  # "3 March - X. ... the attack": not a happening of 17 March
    if (a_entry is None) == (b_entry is None):
        return False
    outside = b_date if a_entry is not None else a_date
    return outside is not None and outside.precision != "day"


def after_its_entry(doc: Doc, char: int, other: DateValue | None) -> bool:
    """Whether ``other`` is a day after the day the update note or the brief holding character
    ``char`` was written (its dated label): then the note's words are never of that happening.
    False outside such notes and briefs (after :func:`entry_date` ran for the Doc)."""
    entries = doc.user_data.get(_KEY)
    if not isinstance(entries, list) or not entries:
        return False
    entry = _entry_at(entries, char)
    return entry is not None and entry.filed and _after_its_entry(entry, other)


def in_one_entry(doc: Doc, a_char: int, b_char: int) -> bool:
    """Whether characters ``a_char`` and ``b_char`` stand in one dated entry (after
    :func:`entry_date` ran for the Doc)."""
    entries = doc.user_data.get(_KEY)
    if not isinstance(entries, list):
        return False
    entry = _entry_at(entries, a_char)
    return entry is not None and entry is _entry_at(entries, b_char)


def _after_its_entry(entry: Entry | None, other: DateValue | None) -> bool:
    """Whether ``other`` is a day more than a day after the date of ``entry``: what the entry
    tells again happened by its date."""
    if entry is None or other is None or other.precision != "day":
        return False
    return (other.as_date() - entry.date.as_date()).days > (0 if entry.filed else 1)


def _entry_at(entries: list[Entry], char: int) -> Entry | None:
    i = bisect_right([e.start for e in entries], char) - 1
    return entries[i] if i >= 0 and char < entries[i].end else None


def _entries(doc: Doc, dates: list[DateMention], published: date | None = None) -> list[Entry]:
    found = doc.user_data.get(_KEY)
    if isinstance(found, list):
        return found
    found = dated_entries(doc, dates, published)
    doc.user_data[_KEY] = found
    return found


def dated_entries(doc: Doc, dates: list[DateMention], published: date | None = None) -> list[Entry]:
    """The page's dated entries in order: those two or more headings open, else a list page's
    dated items, its dated update notes, or a transcript's words spoken on a day before
    ``published`` (spoken_day.py)."""
    text = doc_text(doc)
    dates = [_trimmed(d) for d in dates]
    layout = page_layout(doc)
    filed = dateline_end(doc)
    # a page dated by its first line alone ("Apr 16, 2027 · SECURITY" over a tag page's first
    # story): that line may head the first entry of a series
    first = text.rfind("\n", 0, dateline_start(doc)) + 1 if filed else 0
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.start() >= first]
    headings: list[tuple[int, int, DateValue, bool]] = []  # (line start, line end, date, alone)
    titles: list[int] = []  # starts of the section titles between entries ("LOOKING BACK")
    for k, (start, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        offset = start + len(line) - len(line.lstrip())
        if start < filed or (not headings and layout.zone_at(offset) == "byline"):
            # the page's date line heads an entry only alone on its line and opened by its date
            # ("Apr 16, 2027 · SECURITY", not "By Staff | Sunday, March 15, 2026")
            heading = _heading(doc, dates, offset, stripped)
            opened = any(d.span.start == offset for d in dates)
            heading = heading if heading is not None and heading[1] and opened else None
        else:
            heading = _heading(doc, dates, offset, stripped) if _heads_body(layout, lines, k) else None
        if heading is not None:
            value, alone = heading
            headings.append((offset, start + len(line.rstrip()), value, alone))
        elif not (
            len(stripped) > _LABEL_MAX
            or _SENTENCE_END.search(stripped)
            or _CLOCK.match(stripped)
            or (headings and headings[-1][3] and _next_line(lines, headings[-1][1]) == start)
        ):
            titles.append(offset)  # (a line right under a heading alone is its entry's headline)
    if headings and _furniture(layout, headings[0][0], filed) and not all(h[3] for h in headings[1:]):
        headings = headings[1:]  # a dateline or a byline's date, unlike the headings below it
    if len(headings) < 2 or len({h[2].iso for h in headings}) < 2:
        found = _dated_items(layout, dates) + _dated_updates(text, layout, dates)
        found.sort(key=lambda e: e.start)
        spoken = spoken_day(text, layout, dates, published) if not found else None
        return [Entry(spoken[0], len(text), spoken[1], filed=True)] if spoken is not None else found
    # stories listed newest first (a tag or archive page), each under the day it came out, not
    # a diary of the days its happenings took place (a round-up runs from the first day on)
    listing = all(a[2].as_date() >= b[2].as_date() for a, b in itertools.pairwise(headings))
    entries: list[Entry] = []
    for k, (start, end, value, alone) in enumerate(headings):
        story = listing and alone and layout.zone_at(_next_line(lines, end) or end) in _STORY_TITLES
        if alone:
            following = [s for s in (*titles, *(h[0] for h in headings[k + 1 :])) if s > start]
            end = min(following, default=len(text))
        entries.append(Entry(start, end, value, filed=story))  # a story dated the day it came out
    return entries


def _dated_items(layout: PageLayout, dates: list[DateMention]) -> list[Entry]:
    """A list page's items (list_items.py) as entries, each dated by the one day its label gives
    in its opening words ("**TOWN, Country, Nov 18 (Agency)** —"); empty unless two items or more
    are so dated."""
    entries: list[Entry] = []
    for (start, end), (label_start, label_end) in zip(layout.items, layout.openings, strict=True):
        day = _label_day([d for d in dates if label_start <= d.span.start and d.span.end <= label_end])
        if day is not None:
            entries.append(Entry(start, end, day, filed=True))
    return entries if len(entries) >= 2 else []


def _dated_updates(text: str, layout: PageLayout, dates: list[DateMention]) -> list[Entry]:
    """A page's update notes dated by their label ("UPDATE 2 (Thursday 17 June): Police said on
    Wednesday ..."), as entries: what a note tells is counted from the day it was written."""
    entries: list[Entry] = []
    for start, label_end, end in update_notes(text, layout):
        day = _label_day([d for d in dates if start <= d.span.start and d.span.end <= label_end])
        if day is not None:
            entries.append(Entry(start, end, day, filed=True))
    return entries


def _label_day(inside: list[DateMention]) -> DateValue | None:
    """The one day a label's dates give ("Nov 18", "Thursday 17 June": a weekday and its date),
    its written date before a weekday; None for no date, a coarser one or two days."""
    if not inside or any(d.value.precision != "day" for d in inside):
        return None
    if len({d.value.iso for d in inside if not d.value.relative} or {inside[-1].value.iso}) > 1:
        return None
    return next((d.value for d in reversed(inside) if not d.value.relative), inside[-1].value)


def _trimmed(mention: DateMention) -> DateMention:
    """The mention without the spaces its span opens with ("\n\nMONDAY" read after a line above)."""
    text = mention.span.text
    lead = len(text) - len(text.lstrip())
    if not lead:
        return mention
    span = mention.span.model_copy(update={"start": mention.span.start + lead, "text": text[lead:]})
    return mention.model_copy(update={"span": span})


def _furniture(layout: PageLayout, start: int, filed: int) -> bool:
    """Whether a heading at character ``start`` is read as the page's dateline or byline."""
    return start < filed or layout.zone_at(start) == "byline"


def _next_line(lines: list[tuple[int, str]], after: int) -> int | None:
    """The start of the first non-blank line starting after character ``after``."""
    return next((start for start, line in lines if start > after and line.strip()), None)


def _heads_body(layout: PageLayout, lines: list[tuple[int, str]], k: int) -> bool:
    """Whether line ``k`` may head an entry: it stands in the body or is read as a heading
    (not the byline, an update note or a caption), and body text follows it, on its own line,
    below a live blog's post title ("18:05 - Curfew extended") or below one headline (a tag
    page's date line over each story's headline and snippet)."""
    if layout.zone_at(lines[k][0]) not in _HEADING_ZONES:
        return False
    inline = layout.zone_at(lines[k][0] + len(lines[k][1]) - 1) == "body"
    below = [start for start, line in lines[k + 1 :] if line.strip() and not _CLOCK.match(line.strip())][:2]
    if below and layout.zone_at(below[0]) in _STORY_TITLES:
        below = below[1:]  # "Apr 16, 2027 · SECURITY" over the story's headline, then its snippet
    return inline or (bool(below) and layout.zone_at(below[0]) == "body")


def _heading(doc: Doc, dates: list[DateMention], start: int, line: str) -> tuple[DateValue, bool] | None:
    """The date an entry heading gives, and whether the heading stands alone on its line; None
    when the line opens with no such heading. ``start``: the line's first character. A list
    item's number before the heading ("3. Friday 12 June - <village>", "(4) 9 May, <town>") is
    skipped; a line opened by its date and a dash before the entry's own words ("- 4 June -
    Gunmen burned ...", "14 August 2026 – A bomb hit ...") is headed by that date."""
    number = _ITEM_NUMBER.match(line)
    if number is not None:
        start, line = start + number.end(), line[number.end() :]
    labelled = _labelled_heading(doc, dates, start, line)
    if labelled is not None:
        return labelled
    opened = date_then_text(dates, start, line)
    return None if opened is None else (opened, False)


def _labelled_heading(
    doc: Doc, dates: list[DateMention], start: int, line: str
) -> tuple[DateValue, bool] | None:
    found = _LABEL_END.search(line)
    label_end = found.start() if found is not None else len(line.rstrip("."))
    if label_end > _LABEL_MAX:
        return None
    inside = [d for d in dates if start <= d.span.start and d.span.end <= start + label_end]
    if not inside or any(d.value.precision != "day" for d in inside):
        return None
    if any(doc_text(doc)[a.span.end : b.span.start].strip(", ") for a, b in itertools.pairwise(inside)):
        return None  # two dates apart: no one day ("Wednesday 11 June" is one)
    mention = next((d for d in reversed(inside) if not d.value.relative), inside[-1])
    before = line[: inside[0].span.start - start]
    if before.strip(_MARKS).lower() in WEEKDAYS:
        before = ""  # "Monday 15 September": the weekday of the day told (when no date of its own)
    after = line[inside[-1].span.end - start : label_end]
    if before.strip(_MARKS) and after.strip(_MARKS):
        return None  # the date neither opens nor closes the label
    rest = before if before.strip(_MARKS) else after
    place = re.sub(r"\([^)]*\)", " ", rest).strip(_MARKS)
    if place:
        joint = before.rstrip() if rest is before else after.lstrip()
        if not joint or (joint[-1] if rest is before else joint[0]) not in _SEPARATORS:
            return None  # "On Monday the army ...": no label
        words = place.split()
        if len(words) > _PLACE_WORDS_MAX or any(_FIGURE.fullmatch(w.strip(",;")) for w in words):
            return None
        if not any(w[:1].isupper() for w in words):
            return None
        span = doc.char_span(start, start + label_end, alignment_mode="expand")
        inline = bool(line[label_end:].strip(" ."))
        if inline and span is not None and any(t.pos in (VERB, AUX) and t.is_lower for t in span):
            return None  # an entry opens with a place, not a clause
    return mention.value, not line[label_end:].strip(" .")
