"""Recaps inside a page's body: the lines that sum up what the page tells elsewhere.

A live page, a digest or a brief sums itself up as it goes: a heading such as "Key points",
"Where things stand" or "Summary of the day", alone on its line or after an entry's time
("18:40 | Summary of the day", "9:35 pm - Key points so far"), over bulleted lines; or a recap
label opening a line or a sentence ("To recap: the army says ...", "Summary of the day: ...").
Such lines repeat the entries: :func:`recap_spans` finds them, and ``page.parse_page`` reads them
as a standfirst, whose events only join those the entries tell (``coreference``).

The labels are data: ``summary_labels`` (headings) and ``recap_labels`` (headings, or labels
opening a line or a sentence with a colon) in ``ontology/page.yaml``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from nexus import ontology

if TYPE_CHECKING:
    from nexus.extract.page import ZoneKind

#: An entry's time before a heading: "18:40 |", "9:35 pm -", "16:40 —", "08:00 WAT -".
_CLOCK = r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,5}\s*)?[|–—:-]\s*)?"
#: A paragraph of prose: several sentences' worth of words ending like a sentence.
_PROSE = re.compile(r"^.{120,}[.!?][\"'’”)]*$")
#: The forms of a recap's list lines: bulleted ("• Blast hit a patrol", "- Two arrested"),
#: numbered ("1. Deadliest incident: ...", "2) ..."), or opening on a figure and a lower-case word
#: ("40 families displaced", "9 - civilians wounded", "1,900 people registered").
_LIST_FORMS = (
    re.compile(r"^[•▪●◦·*–-]\s+\S"),
    re.compile(r"^\d{1,2}[.)]\s+\S"),
    re.compile(r"^\d[\d,.]*\s+(?:[–—-]\s+)?[a-z]"),
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = ontology.table("page.yaml")

    def words(keys: tuple[str, ...]) -> str:
        items = sorted({w for key in keys for w in table[key]}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in items)

    heading = re.compile(
        rf"{_CLOCK}(?:{words(('summary_labels', 'recap_labels'))})(?:\s+so\s+far)?\s*:?", re.I
    )
    # at a line's start or after a sentence's end, the label, a colon and the recap's first word
    inline = re.compile(rf"(?:^{_CLOCK}|(?<=[.!?]\s))(?:{words(('recap_labels',))})\s*:\s+(?=\S)", re.I)
    prose = re.compile(rf"{_CLOCK}(?:{words(('summary_paragraph_labels',))})\s*:?", re.I)
    return heading, inline, prose


def recap_spans(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The character spans of ``lines`` (each ``(start, end, stripped text)``, in the text's
    order) that recap the page: a summary heading and the list right under it, and a line's
    part from a recap label ("To recap: ...") to the line's end. The list's first line sets its
    form, which the lines after must keep: bulleted ("- Two arrested"), numbered ("2. Curfew
    extended") or opening on a figure ("40 families displaced", "9 - civilians wounded"). Spans
    in order, none overlapping; empty when the page has no recap. A heading over prose, not a
    list, sums the page up in the paragraph right under it when its label says a summary
    (``summary_paragraph_labels``: "Summary", not "What we know so far", which opens a first report)."""
    heading, inline, prose = _patterns()
    spans: list[tuple[int, int]] = []
    under = False  # below a summary heading: its list repeats the page
    form: re.Pattern[str] | None = None  # the list's form, once its first line is seen
    over_prose = False  # the heading may sum up in a paragraph ("Summary"), not only in a list
    for start, end, line in lines:
        if under:
            kept = form.match(line) if form is not None else None
            if form is None:
                form = next((f for f in _LIST_FORMS if f.match(line)), None)
                kept = form.match(line) if form is not None else None
                if form is None and over_prose and _PROSE.search(line):
                    spans.append((start, end))  # "Summary" over one paragraph of prose: that paragraph
                    under = False
                    continue
            if kept is not None:
                spans.append((start, end))
                continue
        under, form = False, None
        if heading.fullmatch(line):
            spans.append((start, end))
            under, over_prose = True, prose.fullmatch(line) is not None
            continue
        found = inline.search(line)
        if found is not None:
            spans.append((start + found.start(), end))
    return spans


def with_recaps(
    marks: list[tuple[int, ZoneKind]], lines: list[tuple[int, int, str]], body_start: int
) -> list[tuple[int, ZoneKind]]:
    """``page.parse_page``'s zone marks (``(offset, kind)``) with each recap span
    (:func:`recap_spans`) that begins in the body (at or after ``body_start``, a character
    offset) marked a standfirst up to its end, where the body resumes. A span whose start another
    zone than the body already claims (a caption, a section heading) is left to it."""
    claimed = {offset for offset, kind in marks if kind != "body"}
    starts: set[int] = set()
    added: list[tuple[int, ZoneKind]] = []
    for start, end in recap_spans(lines):
        if start >= body_start and start not in claimed:
            starts.add(start)
            added.extend([(start, "standfirst"), (end, "body")])
    return [m for m in marks if not (m[1] == "body" and m[0] in starts)] + added
