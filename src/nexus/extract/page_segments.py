"""The segments of a page that are written apart: its update notes and its list items.

A developing story stacks update notes above its first version ("UPDATE 2 (Thursday 17 June):
...", "UPDATE 1 (Tuesday 15 June): ..."), each written on its own day, newest first; a list page
packs items (list_items.py). A figure told without a trigger of its own in one segment never
continues the happening the segment above it told, and the story's main happening is the one
told below the update notes, in the story itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from nexus.extract.doctext import doc_text
from nexus.extract.page import PageLayout, page_layout, update_label_end

_KEY = "nexus_update_notes"


def update_notes(text: str, layout: PageLayout) -> list[tuple[int, int, int]]:
    """The page's update notes as ``(start, label end, end)`` character offsets, in order: each
    line of an update zone opening with an update label ("UPDATE 2 (18:40):") to the next such
    line or the zone's end (adjacent notes share one zone)."""
    notes: list[tuple[int, int, int]] = []
    for zone in layout.zones:
        if zone.kind != "update":
            continue
        opened: list[tuple[int, int]] = []
        for line in re.finditer(r"[^\n]+", text[zone.start_char : zone.end_char]):
            label_end = update_label_end(line.group(0))
            if label_end is not None:
                start = zone.start_char + line.start()
                opened.append((start, start + label_end))
        for k, (start, label_end) in enumerate(opened):
            end = opened[k + 1][0] if k + 1 < len(opened) else zone.end_char
            notes.append((start, label_end, end))
    return notes


def doc_update_notes(doc: Doc) -> list[tuple[int, int, int]]:
    """:func:`update_notes` of the Doc's page, read once per Doc."""
    found = doc.user_data.get(_KEY)
    if not isinstance(found, list):
        found = update_notes(doc_text(doc), page_layout(doc))
        doc.user_data[_KEY] = found
    return found


def in_update_note(doc: Doc, char: int) -> bool:
    """Whether character ``char`` stands in one of the page's update notes."""
    return _note_at(doc_update_notes(doc), char) is not None


def other_segments(doc: Doc, a_char: int, b_char: int) -> bool:
    """Whether characters ``a_char`` and ``b_char`` stand in two different update notes or list
    items, or one in an update note and the other outside it (written apart)."""
    layout = page_layout(doc)
    if layout.items:
        a, b = layout.item_at(a_char), layout.item_at(b_char)
        if a is not None and b is not None and a != b:
            return True
    notes = doc_update_notes(doc)
    return bool(notes) and _note_at(notes, a_char) != _note_at(notes, b_char)


def _note_at(notes: list[tuple[int, int, int]], char: int) -> int | None:
    i = bisect_right([start for start, _, _ in notes], char) - 1
    return i if i >= 0 and char < notes[i][2] else None
