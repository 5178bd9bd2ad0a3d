"""Tables written as text: rows of cells split by pipes, tabs or runs of spaces.

A situation report, a brief's incident log or a tracker keeps its table as lines such as
``22 Apr | near Lakeside | Gunmen fired on a patrol; one guard killed | 1 | 2``. Each such row
tells one happening, dated and placed by its cells: it is one sentence, never cut at its day
number or at a cell's figure (``registry.line_breaks`` keeps it whole).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from nexus import ontology

#: What splits the cells of a row: a pipe, a tab, or a run of three spaces or more.
_SEPARATOR = re.compile(r"\s*\|\s*|\t+|\s{3,}")
#: A table has two rows or more of three cells or more each.
_MIN_CELLS = 3
_MIN_ROWS = 2


def cells(line: str) -> list[str]:
    """The cells of a text row (stripped, empty edge cells dropped: ``| a | b |``)."""
    parts = [p.strip() for p in _SEPARATOR.split(line.strip())]
    while parts and not parts[0]:
        parts.pop(0)
    while parts and not parts[-1]:
        parts.pop()
    return parts


def table_rows(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` character spans of ``text``'s table rows: runs of two lines or more
    in a row (blank lines end a run) that split into the same number of cells, three or more,
    by the same separator. A lone line of pipes (a site's menu, a list of links) is no table."""
    return list(_rows(text))


@lru_cache(maxsize=16)
def _rows(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`table_rows`, read once per text (the page layout, its blocks, the sentence breaks
    and the incident logs all ask for them)."""
    rows: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    shape: tuple[str, int] | None = None
    at = 0
    for line in text.split("\n"):
        span = (at, at + len(line))
        at += len(line) + 1
        form = _form(line)
        if form is not None and form == shape:
            run.append(span)
            continue
        if len(run) >= _MIN_ROWS:
            rows.extend(run)
        run = [span] if form is not None else []
        shape = form
    if len(run) >= _MIN_ROWS:
        rows.extend(run)
    return tuple(sorted(set(rows)))


def _form(line: str) -> tuple[str, int] | None:
    """The separator kind and the cell count of a row, None for a line that is no row."""
    if "|" in line:
        kind = "|"
    elif "\t" in line:
        kind = "\t"
    elif re.search(r"\S\s{3,}\S", line):
        kind = " "
    else:
        return None
    count = len(cells(line))
    return (kind, count) if count >= _MIN_CELLS else None


def header_rows(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of the tables' header rows: each table's first row when it
    holds no figure ("Date | Location | Incident | Killed", "Incidents (date | place | killed):")."""
    heads: list[tuple[int, int]] = []
    previous: tuple[int, int] | None = None
    for span in table_rows(text):
        first = previous is None or text.count("\n", previous[1], span[0]) != 1
        if first and not re.search(r"\d", text[span[0] : span[1]]):
            heads.append(span)
        previous = span
    return heads


@dataclass(frozen=True)
class Row:
    """One row of a text table: its ``[start, end)`` character span and its cells' spans,
    keyed by the role the header gives the column ('date', 'place', 'what', 'killed', 'injured')."""

    start: int
    end: int
    cells: dict[str, tuple[int, int]]


@cache
def _column_words() -> dict[str, frozenset[str]]:
    table: dict[str, list[str]] = ontology.table("tables.yaml")["table_columns"]
    return {role: frozenset(w.lower() for w in words) for role, words in table.items()}


def _roles(header: str) -> list[str | None]:
    """The role of each of a header's cells (None for a column of no known role)."""
    words = _column_words()
    out: list[str | None] = []
    for cell in cells(header.strip().strip("():")):
        name = re.sub(r"[^\w\s,()]", "", cell).strip().lower()
        role = next((r for r, names in words.items() if name in names), None)
        if role is None:
            first = name.split(",")[0].strip()  # "District, province": the first word names it
            role = next((r for r, names in words.items() if first in names), None)
        out.append(role)
    return out


def logged_rows(text: str) -> list[Row]:
    """The rows of ``text``'s incident logs: tables whose header (their first row, or a line of
    cells in brackets right above: "Incidents (date | place | what | killed | injured):") names a
    day column and a column telling what happened. A tally by place ("Municipality | Incidents |
    Killed") logs no happening: none of its rows is returned."""
    found: list[Row] = []
    spans = table_rows(text)
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and text.count("\n", groups[-1][-1][1], span[0]) == 1:
            groups[-1].append(span)
        else:
            groups.append([span])
    for group in groups:
        header = text[group[0][0] : group[0][1]]
        inline = re.search(r"\(([^()]*\|[^()]*)\)\s*:?\s*$", header)
        roles = _roles(inline.group(1) if inline else header)
        if "date" not in roles or "what" not in roles:
            continue
        for start, end in group[1:]:
            line = text[start:end]
            if len(cells(line)) != len(roles):
                continue
            found.append(Row(start, end, _cell_spans(line, start, roles)))
    return found


def _cell_spans(line: str, offset: int, roles: list[str | None]) -> dict[str, tuple[int, int]]:
    """The character spans of a row's cells by role (offsets in the whole text)."""
    pieces: list[tuple[int, int]] = []
    at = 0
    for sep in _SEPARATOR.finditer(line):
        pieces.append((at, sep.start()))
        at = sep.end()
    pieces.append((at, len(line)))
    pieces = [(a, b) for a, b in pieces if line[a:b].strip()]  # empty edge cells: "| a | b |"
    out: dict[str, tuple[int, int]] = {}
    for (a, b), role in zip(pieces, roles, strict=False):
        lead = len(line[a:b]) - len(line[a:b].lstrip())
        if role is not None and role not in out:  # "Location | District, province": the first
            out[role] = (offset + a + lead, offset + a + len(line[a:b].rstrip()))
    return out
