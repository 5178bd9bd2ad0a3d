"""The dateline of a report: "BAMAKO, Sept 19 (Sahel Post) - ...", "HERAT:", "June 20 (Wire) --".

It says where and when the report was filed and by whom, not where or when
things happened: the entity stage reads its places and outlet, and the event
and relation stages skip it when they look for dates, places and actors. Its
date dates the report when the input gives no publication date.

``parse_dateline`` reads one line's opening; where on the page the dateline
stands (after a headline, a standfirst, a byline or a caption) is decided by
``nexus.extract.page``, and ``dateline(doc)`` returns what that found, parsed
once per Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc

from nexus import ontology
from nexus.extract.dates import find_dates

_WORD_CAPS = r"[A-Z][A-Z'’.\-]*"  # QUETTA, N'DJAMENA, ST.
_WORD_TITLE = r"[A-Z][\w'’.\-]*"  # Islamabad, N'Djamena
_PARTICLE = r"(?:de|del|da|do|es|el|al|la|le|of|am|an|upon|sur)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?,?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_DATE = rf"(?:{_WEEKDAY}\s+)?(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+(?:19|20)\d\d)?"
_OUTLET = r"\((?P<outlet>[A-Z][^()\n]{0,59})\)"
_SEP = r"\s*(?P<sep>[-–—]{1,3}|:|\||[·•])(?:[ \t]+|$|(?<=[–—])(?=[A-Z“\"‘']))"
#: A separator, or none right after the outlet's bracket: "New Delhi, Sep 3 (PTI) Two men ...".
_END = rf"(?:{_SEP}|(?<=\))(?P<bare>[ \t]+)(?=[A-Z“\"‘']))"

_NAME = rf"(?:{_WORD_TITLE}(?:\s+(?:{_WORD_TITLE}|{_PARTICLE})){{0,3}})"
_PLACES = rf"(?P<places>{_NAME}(?:\s*/\s*{_NAME}){{0,3}})"
_COUNTRY = rf"(?:,\s*(?P<country>{_WORD_TITLE}(?:\s+{_WORD_TITLE}){{0,2}}))"
#: An agency set between slashes after the place: "Baghdad / INA / ...", "Sanaa/SABA/" ending its line.
_SLASHED = r"\s*/\s*(?P<slashed>[A-Z]{2,10}(?:[ \t][A-Z]{2,10})?)\s*/(?:[ \t]+(?=[A-Z“\"‘'])|[ \t]*$)"


@cache
def _place_first() -> re.Pattern[str]:
    """ "CITY[, Country][, Month Day][ (Outlet)] -" and "City :" at the start of a line.

    The date may also be written in Spanish, Portuguese or French ("10 de junio",
    "3 juin"; the month names are in ``page.yaml``).
    """
    months: list[str] = ontology.table("page.yaml").get("dateline_foreign_months", [])
    foreign = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    when = rf"(?:{_DATE}|{_DAY}\s+(?:de\s+)?(?i:{foreign})(?:\s+(?:de\s+)?(?:19|20)\d\d)?)"
    return re.compile(
        rf"[ \t]*{_PLACES}{_COUNTRY}?(?:,?\s*(?P<date>{when}))?(?:(?:\s*{_OUTLET}\.?)?{_END}|{_SLASHED})"
    )


#: "June 20 (Outlet) --", "Mon 02 June 2025:", "Sept 8 (Outlet) --" at the start of a line.
_DATE_FIRST = re.compile(rf"[ \t]*(?P<date>{_DATE})(?:\s*{_OUTLET})?{_END}")
#: "(Outlet) - " alone at the start of a line.
_OUTLET_FIRST = re.compile(rf"[ \t]*{_OUTLET}{_END}")

#: A portal's place-and-timestamp line: "Srinagar, Updated: Sep 3, 2025 09:47 IST",
#: "Pune | Published 4 May 2025".
_PLACE_STAMP = re.compile(
    rf"[ \t]*{_PLACES}{_COUNTRY}?\s*[,|]\s*"
    rf"(?:(?:first|last)\s+)?(?:updated|published|posted)(?:\s+on)?\s*:?\s*"
    rf"(?P<date>{_DATE})(?P<rest>[^\n]*)",
    re.I,
)

_KEY = "nexus_dateline"


@dataclass(frozen=True)
class Dateline:
    """Character offsets into the text: the filing places ("ISLAMABAD/NEW DELHI"), outlet, date.

    ``start``/``end`` bound the whole dateline (``end`` is where the body text
    begins); ``places`` is empty for a dateline that opens with its date.
    """

    end: int
    places: str
    places_start: int
    outlet: str | None = None
    outlet_start: int = 0
    start: int = 0
    date_text: str | None = None
    date_start: int = 0

    def filed(self, published: date | None = None) -> date | None:
        """The filing day: the dateline's date, its year taken from ``published`` when it has none."""
        if not self.date_text:
            return None
        for mention in find_dates(self.date_text, published):
            if mention.value.precision == "day":
                return mention.value.as_date()
        return None


@cache
def not_dateline_labels() -> frozenset[str]:
    """Words that open a line like a dateline's place but are labels ("UPDATE", "Analysis"), lead
    in to links ("Read also", "Trending"), give a release's subject ("SUBJECT:") or open a recap
    ("THIS WEEK:"): ``page.yaml`` ``not_datelines``, ``teaser_labels``, ``subject_labels`` and
    ``recap_labels``."""
    table = ontology.table("page.yaml")
    words: list[str] = [
        *table["not_datelines"],
        *(table.get("teaser_labels") or []),
        *(table.get("subject_labels") or []),
        *(table.get("recap_labels") or []),
    ]
    return frozenset(w.lower() for w in words)


def _known_place(name: str) -> bool:
    from nexus.extract.geocode import Geocoder

    return bool(Geocoder().candidates(name))


def parse_dateline(text: str, pos: int = 0) -> Dateline | None:
    """The dateline opening the line that starts at ``pos`` of ``text``, if it has one.

    All-caps places ("HERAT:", "DAVAO CITY:", "CEBU, Philippines -") are
    datelines unless they are a label ("ANALYSIS:"); a place in title case
    ("Islamabad :", "N'Djamena –") needs an outlet, a date or a gazetteer
    entry, so "Police said: ..." is none. A dateline may also open with its
    date ("June 20 (Wire) --", "Mon 02 June 2025:").
    """
    line_end = text.find("\n", pos)
    line = text[pos : line_end if line_end >= 0 else len(text)]
    head = line[:200]
    match = _DATE_FIRST.match(head)
    if match is not None and (
        match.group("outlet") or match.group("sep") == ":" or re.search(r"\d{4}$", match.group("date"))
    ):
        return _dateline(match, pos, places=False)  # "June 20 - the day..." alone is no dateline
    match = _OUTLET_FIRST.match(head)
    if match is not None and match.group("sep") != ":":
        return _dateline(match, pos, places=False)
    stamped = _stamped(line)
    if stamped is not None:
        return _dateline(stamped, pos, places=True)
    match = _place_first().match(head)
    if match is None:
        return None
    places = match.group("places")
    if match.group("bare") and not (match.group("date") or places.isupper()):
        return None  # "Tehreek Khan (TK) Commander ..." opens a sentence: a bare outlet needs a date or caps
    letters = [c for c in places if c.isalpha()]
    caps = bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 3
    if fold_label(places) in not_dateline_labels() or fold_label(places.split()[0]) in not_dateline_labels():
        return None  # "ANALYSIS:", "WATCH LIVE:"
    if match.group("country") and fold_label(match.group("country")) in not_dateline_labels():
        return None
    if re.fullmatch(_WEEKDAY, places.split()[0]):
        return None  # "Monday 15 September - Checkpoint attack": a log's day heading, no place
    if not caps:
        has_support = match.group("outlet") or match.group("slashed") or match.group("date")
        sep_at = match.start("sep")
        spaced_colon = match.group("sep") == ":" and head[sep_at - 1 : sep_at].isspace()
        if not (has_support or spaced_colon or _known_place(places.split("/")[0].strip())):
            return None  # "Police Chief: ..." is a speaker, not a place
    return _dateline(match, pos, places=True)


_PLACE_LINE = re.compile(rf"[ \t]*{_PLACES}{_COUNTRY}?[ \t]*")


def parse_place_line(text: str, pos: int, date_pos: int) -> Dateline | None:
    """A dateline written on two lines: the place alone ("KANO, Nigeria") on the line at ``pos``
    and the date alone ("March 3, 2025", "Tue 4 March 2025 | 10:12 WAT") on the line at ``date_pos``.

    The place must be in capitals or known to the gazetteer, and not a label ("ANALYSIS");
    the body starts after the date line. None when the two lines are not so.
    """
    line_end = text.find("\n", pos)
    line = text[pos : line_end if line_end >= 0 else len(text)]
    match = _PLACE_LINE.fullmatch(line)
    if match is None:
        return None
    date_end = text.find("\n", date_pos)
    date_end = date_end if date_end >= 0 else len(text)
    date_line = text[date_pos:date_end].strip()
    if not date_line or not timestamp_line(date_line):
        return None
    places = match.group("places")
    if fold_label(places) in not_dateline_labels() or "/" in places:
        return None
    letters = [c for c in places if c.isalpha()]
    caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    if not caps and not _known_place(places):
        return None
    start = pos + match.start("places")
    return Dateline(
        end=date_pos + len(text[date_pos:date_end].rstrip()),
        places=places,
        places_start=start,
        start=start,
        date_text=date_line,
        date_start=date_pos + (len(text[date_pos:date_end]) - len(text[date_pos:date_end].lstrip())),
    )


#: A place alone on its line, in capitals: "LAKKI MARWAT", "DERA ISMAIL KHAN", "KANO, NIGERIA".
_LONE_PLACE = re.compile(
    rf"{_WORD_CAPS}(?:\s+{_WORD_CAPS}){{0,3}}(?:,\s*{_WORD_TITLE}(?:\s+{_WORD_TITLE})?)?"
)
#: A town alone on its line in title case: "Maroua", "Dera Ismail Khan".
_LONE_TOWN = re.compile(rf"{_WORD_TITLE}(?:\s+{_WORD_TITLE}){{0,2}}")


def parse_lone_place(start: int, line: str) -> Dateline | None:
    """A dateline that is only a place alone on its line (at offset ``start``): in capitals and
    known to the gazetteer ("LAKKI MARWAT", "KANO, NIGERIA"), or in title case and a town the
    gazetteer knows by that very name ("Maroua"); never a label ("BREAKING"). Whether the line
    stands where a dateline may (over the body's first sentence) is the page's to judge."""
    caps = _LONE_PLACE.fullmatch(line) is not None
    if not caps and _LONE_TOWN.fullmatch(line) is None:
        return None
    place = line.split(",")[0].strip()
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 3 or fold_label(place) in not_dateline_labels():
        return None
    from nexus.extract.geocode import Geocoder

    found = Geocoder().candidates(place)
    if not caps:  # "Maroua": a town by its exact name, not a country or a region over the story
        found = [c for c in found if c.kind == "city" and fold_label(c.name) == fold_label(place)]
    if not found:
        return None
    return Dateline(end=start + len(line), places=line, places_start=start, start=start)


def _stamped(line: str) -> re.Match[str] | None:
    """A line that is only a filing place and a publication timestamp; the body starts on the next line."""
    match = _PLACE_STAMP.fullmatch(line.rstrip())
    if match is None or not match.group("places")[0].isupper():
        return None
    return match if timestamp_line(match.group("date") + match.group("rest")) else None


def timestamp_line(line: str) -> bool:
    """A line that is only a date and a time ("4 March 2025, 10:32 GMT"): page metadata."""
    if len(line) > 60:
        return False
    found = [m for m in find_dates(line, None) if m.value.precision == "day"]
    if not found:
        return False
    rest = line[: found[0].span.start] + line[found[0].span.end :]
    words: list[str] = ontology.table("page.yaml")["timestamp_words"]
    return all(w.lower() in words for w in re.findall(r"[A-Za-z][A-Za-z.]*", rest))


def fold_label(text: str) -> str:
    """A label as the lexicon spells it: lower case, single spaces."""
    return " ".join(text.lower().replace("’", "'").split())


def _dateline(match: re.Match[str], pos: int, *, places: bool) -> Dateline:
    groups = match.groupdict()
    outlet = groups.get("outlet") or groups.get("slashed")
    date_text = groups.get("date")
    lead = len(match.group(0)) - len(match.group(0).lstrip(" \t"))
    return Dateline(
        end=pos + match.end(),
        places=match.group("places") if places else "",
        places_start=pos + match.start("places") if places else pos + lead,
        outlet=outlet.strip() if outlet else None,
        outlet_start=pos + match.start("outlet" if groups.get("outlet") else "slashed") if outlet else 0,
        start=pos + lead,
        date_text=date_text,
        date_start=pos + match.start("date") if date_text else 0,
    )


def dateline(doc: Doc) -> Dateline | None:
    """The Doc's dateline, wherever it stands on the page (found once with the page zones)."""
    if _KEY not in doc.user_data:
        from nexus.extract.page import page_layout  # the page module reads lines with parse_dateline

        doc.user_data[_KEY] = page_layout(doc).dateline
    found: Dateline | None = doc.user_data[_KEY]
    return found


def dateline_end(doc: Doc) -> int:
    """End offset of the dateline (where the body begins), 0 when there is none.

    Everything before it (the dateline and any headline, standfirst, byline
    or caption above it) says nothing about where or when events happened.
    """
    found = dateline(doc)
    return found.end if found else 0


def dateline_start(doc: Doc) -> int:
    """Start offset of the dateline (after any headline, standfirst or caption), 0 when there is none."""
    found = dateline(doc)
    return found.start if found else 0
