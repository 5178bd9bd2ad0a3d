"""One happening per row of a text incident log, dated, placed and counted by its columns.

A situation report or a brief logs its incidents as text rows under a header naming the columns
("date | place | what happened | killed | injured"; :func:`~nexus.extract.text_tables.logged_rows`).
Each row is one happening: the event whose trigger stands in the row's "what" cell takes the
row's day, the place named in its place cell and the figures of its killed and injured cells
(or of a "casualties" cell: "1 killed, 2 injured"); a second event of the same type told in the
same row is the same happening, and so is one the prose tells of the same day and place ("the
1 May attack at X", "the nine people arrested at Y on 3 May"): it is linked to the row's, not
kept as a second event.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from nexus.extract.dates import find_dates
from nexus.extract.doctext import doc_text
from nexus.extract.entities import EntityCluster
from nexus.extract.events import EventDraft
from nexus.extract.logged_places import cell_place
from nexus.extract.row_happenings import row_draft
from nexus.extract.text_tables import Row, logged_rows
from nexus.model import Count, DateValue

#: "1 killed, 2 injured", "4 insurgents killed (FADM)", "3 dead": a casualties cell's figures.
_FIGURE = {
    "killed": re.compile(r"\b(\d{1,4})\s+(?:[a-z]+\s+)?(?:killed|dead|deaths?|fatalities)\b", re.I),
    "injured": re.compile(r"\b(\d{1,4})\s+(?:[a-z]+\s+)?(?:injured|wounded|hurt)\b", re.I),
}


def table_events(
    doc: Doc, drafts: list[EventDraft], clusters: list[EntityCluster], published: date | None
) -> list[EventDraft]:
    """``drafts`` with each logged row's happening read from its columns and the other tellings
    of it (in the row, or in prose of the same type, day and place) dropped; unchanged on a page
    without an incident log."""
    text = doc_text(doc)
    rows = logged_rows(text)
    if not rows:
        return drafts
    dropped: set[int] = set()
    place_cells = [row.cells["place"] for row in rows if "place" in row.cells]
    for row in rows:
        told = [d for d in drafts if row.start <= d.trigger.idx < row.end and id(d) not in dropped]
        if "what" in row.cells:
            lo, hi = row.cells["what"]
            told = [d for d in told if lo <= d.trigger.idx < hi] or told
        if not told:  # the row's happening joined to a telling in prose: told from the row
            day = _row_day(row, text, published)
            for draft in drafts:
                if id(draft) in dropped or not any(row.start <= m.idx < row.end for m in draft.mentions):
                    continue
                if day is None or (draft.date is not None and _near(draft.date, day)):
                    told = [_anchored_in(draft, row)]
                else:  # another day's happening took the row's mention: the row tells its own
                    told = [_split_off(draft, row)]
                    drafts.append(told[0])
                    if not _dated_by_its_sentence(draft, text, published):
                        dropped.add(id(draft))  # an undated remark left over ("have raided camps")
                break
        if not told:  # no telling at all: the row's own words tell it (row_happenings.py)
            told = [d for d in [row_draft(doc, row, published)] if d is not None]
            drafts.extend(told)
        if not told:
            continue
        main = told[0]
        for other in told[1:]:
            if other.type == main.type:
                dropped.add(id(other))
        _read_columns(main, row, text, clusters, published, place_cells)
        for other in told[1:]:  # "X claims the 19 May bombing" in a row: the bombing is the row's too
            if other.type != main.type and not other.places:
                other.places = main.places[:1]
        for other in drafts:
            if other is main or id(other) in dropped or _in_rows(other, rows):
                continue
            if _same_happening(main, other):
                dropped.add(id(other))
                if not main.actors:
                    main.actors = other.actors
                if not main.target_entities:  # (what it hit: the event's dyads, assemble.py)
                    main.target_entities, main.targets = other.target_entities, other.targets or main.targets
    return [d for d in drafts if id(d) not in dropped]


def _anchored_in(draft: EventDraft, row: Row) -> EventDraft:
    """The draft with its first mention in the row as its trigger (the row's sentence its own):
    the row is the happening's fullest telling."""
    inside = [m for m in draft.mentions if row.start <= m.idx < row.end]
    draft.trigger = inside[0]
    draft.sent = inside[0].sent
    return draft


def _split_off(draft: EventDraft, row: Row) -> EventDraft:
    """A draft of its own for the row's mentions, taken out of ``draft`` (told of another day)."""
    inside = [m for m in draft.mentions if row.start <= m.idx < row.end]
    draft.mentions = [m for m in draft.mentions if not row.start <= m.idx < row.end]
    draft.places = [p for p in draft.places if not all(row.start <= m.start < row.end for m in p.mentions)]
    return EventDraft(type=draft.type, trigger=inside[0], sent=inside[0].sent, mentions=inside)


def _dated_by_its_sentence(draft: EventDraft, text: str, published: date | None) -> bool:
    """Whether the draft's own sentence gives a day ("On 13 June, fighters attacked ...")."""
    sent = draft.trigger.sent
    return any(
        m.value.precision == "day" for m in find_dates(text[sent.start_char : sent.end_char], published)
    )


def _row_day(row: Row, text: str, published: date | None) -> DateValue | None:
    """The day the row's date cell gives, None without one."""
    if "date" not in row.cells:
        return None
    lo, hi = row.cells["date"]
    days = [m for m in find_dates(text[lo:hi], published) if m.value.precision == "day"]
    return days[0].value if days else None


def _near(a: DateValue, b: DateValue) -> bool:
    """Whether two dates are days within one of each other."""
    if a.precision != "day" or b.precision != "day":
        return False
    return abs((a.as_date() - b.as_date()).days) <= 1


def _in_rows(draft: EventDraft, rows: list[Row]) -> bool:
    return any(row.start <= draft.trigger.idx < row.end for row in rows)


def _read_columns(
    draft: EventDraft,
    row: Row,
    text: str,
    clusters: list[EntityCluster],
    published: date | None,
    place_cells: list[tuple[int, int]],
) -> None:
    """Set the draft's day, place and figures from the row's cells (``place_cells``: the spans of
    the log's place cells, :func:`~nexus.extract.logged_places.cell_place`)."""
    day = _row_day(row, text, published)
    if day is not None:
        draft.date = day
    if "place" in row.cells:
        first = cell_place(text, row.cells["place"], place_cells, clusters)
        if first is not None:
            draft.places = [first, *[p for p in draft.places if p is not first]]
    for kind in ("killed", "injured"):
        figure = _figure(row, text, kind)
        if figure is not None:
            draft.casualties[kind] = [figure]
            draft.toll_ranks[kind] = [1]


def _figure(row: Row, text: str, kind: str) -> Count | None:
    """The row's figure of ``kind`` ('killed' or 'injured'): its own column's number, or the
    number a casualties cell gives it; None when the row gives none."""
    if kind in row.cells:
        lo, hi = row.cells[kind]
        cell = text[lo:hi].strip()
        if re.fullmatch(r"\d{1,4}", cell):
            return Count(value=int(cell), qualifier="exact", text=cell)
        return None
    if "casualties" in row.cells:
        lo, hi = row.cells["casualties"]
        found = _FIGURE[kind].search(text[lo:hi])
        if found is not None:
            return Count(value=int(found.group(1)), qualifier="exact", text=found.group(0))
    return None


def _same_happening(logged: EventDraft, other: EventDraft) -> bool:
    """Whether a draft told outside the log is the row's happening: the same type, the same day
    (within one) and the row's place among its places (or no place of its own)."""
    if other.type != logged.type or other.date is None or logged.date is None:
        return False
    if not _near(other.date, logged.date):
        return False
    if not logged.places or not other.places:
        return not other.places
    return any(p is logged.places[0] for p in other.places)
