"""The items of a list-shaped page: briefs each opened by a dateline, numbered items with a heading.

A page of briefs packs short reports from several places under one headline, each opened by its
own dateline ("**TOWN, Country, Nov 18 (Agency)** — ...", "TOWN (Agency) - ..."); a police
blotter or a round-up numbers its items and heads each with a few words in capitals ("2. BLAST
AT THE DEPOT. Gunmen threw ..."). Each item is a report of its own: its happenings never join
another item's, its relative dates count from its own date, and its heading words (the dateline,
"2. BLAST AT THE DEPOT.") anchor it but are no sentence of the report.

Items are read from the body's lines by general cues only: two or more lines opening with a
dateline that carries a date or an outlet, or two or more numbered lines, numbered in sequence,
whose opening words are a heading in capitals ended by a stop or a colon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from nexus.extract.dateline import parse_dateline

if TYPE_CHECKING:
    from nexus.extract.page import Zone, ZoneKind

#: Markdown emphasis around a brief's dateline ("**TOWN, Nov 18 (Agency)** —"), blanked before
#: the dateline is read (same length, so offsets stay true).
_EMPHASIS = re.compile(r"\*\*|__")
#: A numbered item's number and its heading in capitals: "2. BLAST AT THE DEPOT. ", "(3) ARRESTS: ".
_HEADED = re.compile(
    r"(?:\((?P<a>\d{1,2})\)|(?P<b>\d{1,2})[.)])\s+"
    r"(?P<head>[A-Z0-9][A-Z0-9'’,&/ -]*[A-Z0-9'’])\s*[.:]\s+(?=[\"“‘'(]?[A-Z0-9])"
)
#: A heading has at least this many letters and at most this many words.
_HEAD_LETTERS = 4
_HEAD_WORDS = 12
#: A list needs at least this many items.
_MIN_ITEMS = 2

#: (start, end, place label start, place label end, start of the item's first sentence); the
#: place label is the dateline's place ("ORVANE"), an empty span for a heading in capitals
Item = tuple[int, int, int, int, int]


def item_end(
    text: str, zones: Sequence[Zone], start: int, next_start: int | None, open_kinds: tuple[str, ...]
) -> int:
    """Where an item opened at character ``start`` ends: where the next item opens
    (``next_start``), or for the last item at its paragraph's end (what follows a blank line
    speaks of them all); earlier where the page's furniture resumes (a zone whose kind is not
    in ``open_kinds``)."""
    if next_start is not None:
        end = next_start
    else:
        blank = text.find("\n\n", start)
        end = blank if blank != -1 else len(text)
    for zone in zones:
        if start < zone.start_char < end and zone.kind not in open_kinds:
            return zone.start_char
    return end


def list_items(
    text: str, lines: list[tuple[int, int, str]], zones: tuple[Zone, ...]
) -> tuple[list[Item], ZoneKind]:
    """The items of a list-shaped page: briefs opened by a dateline with a date or an outlet, or
    numbered items headed in capitals. Each is ``(start, end, place start, place end, body
    start)`` in characters: ``[place start, place end)`` is the place its dateline names (an
    empty span at ``start`` under a heading) and ``[start, body start)`` its dateline or heading.
    An item runs to the next one or, for the last, to its paragraph's end, and ends where the
    page's furniture resumes. Also returns the zone those opening words are read as: ``'label'``
    for a dateline, ``'headline'`` for a heading in capitals. ``lines``: the text's non-blank
    lines as ``(start, end, stripped text)``; ``zones``: the page's zones so far. No items when
    the page holds fewer than two of one shape."""
    body = [(z.start_char, z.end_char) for z in zones if z.kind == "body"]

    def in_body(char: int) -> bool:
        return any(s <= char < e for s, e in body)

    kind: ZoneKind = "label"
    opens = [o for o in (_dated_brief(text, start) for start, _, _ in lines if in_body(start)) if o]
    if len(opens) < _MIN_ITEMS:
        kind, opens = "headline", _headed_items([(start, line) for start, _, line in lines if in_body(start)])
    if len(opens) < _MIN_ITEMS:
        return [], kind
    items: list[Item] = []
    for k, (start, place_start, place_end, body_at) in enumerate(opens):
        end = item_end(
            text, zones, start, opens[k + 1][0] if k + 1 < len(opens) else None, ("body", "headline")
        )
        items.append((start, end, place_start, place_end, body_at))
    return items, kind


def _dated_brief(text: str, start: int) -> tuple[int, int, int, int] | None:
    """A brief's opening at line ``start``: ``(start, place start, place end, body start)`` when
    the line opens with a dateline (markdown emphasis around it aside) that gives a date or an
    outlet."""
    end = text.find("\n", start)
    line = _EMPHASIS.sub(lambda m: " " * len(m.group(0)), text[start : end if end != -1 else len(text)])
    found = parse_dateline(line)
    if found is None or not (found.date_text or found.outlet) or not found.places:
        return None
    place = start + found.places_start
    return start, place, place + len(found.places), start + found.end


def _headed_items(lines: list[tuple[int, str]]) -> list[tuple[int, int, int, int]]:
    """Numbered lines headed in capitals ("1. THEFT ON MAIN ROAD. Thieves broke ..."), numbered
    in sequence from any number: ``(start, start, start, body start)`` each (no place label);
    empty when fewer than two."""
    found: list[tuple[int, int, int]] = []  # (number, start, body start)
    for start, line in lines:
        match = _HEADED.match(line)
        if match is None:
            continue
        head = match.group("head")
        if sum(c.isalpha() for c in head) < _HEAD_LETTERS or len(head.split()) > _HEAD_WORDS:
            continue
        number = int(match.group("a") or match.group("b"))
        found.append((number, start, start + match.end()))
    run: list[tuple[int, int, int]] = []
    for item in found:
        if run and item[0] != run[-1][0] + 1:
            if len(run) >= _MIN_ITEMS:
                break
            run = []
        run.append(item)
    return [(s, s, s, b) for _, s, b in run] if len(run) >= _MIN_ITEMS else []
