"""Blocks of a page's body that tell no news of their own: standing text, questions, posts.

Three shapes, each read from the page's lines by general cues and the word lists of
``ontology/page.yaml``:

* boilerplate: a heading over a company's, an agency's or a record's standing text ("About
  <Company>", "Media contact:", "Forward-looking statements", "For further information, please
  contact: ..."), in the page's second half or over a paragraph that opens on the name after
  "About"; the heading and its paragraph (to the next blank
  line) are read as the ``boilerplate`` zone, which holds no event (``boilerplate_headings``);
* a written question's lettered items ("(a) whether the Government ...;", "(b) the number of
  personnel killed ...;"): a lower-case opening word of ``question_item_openers`` and no
  sentence end, what is asked, never asserted (the ``asked`` zone);
* a text table's header row ("Date | Location | Incident | Killed"): it names the columns and
  tells nothing (the ``table_head`` zone);
* a source line or a glossary line ("Source: the group's channel, 14 March", "IED - improvised
  explosive device"; reference_lines.py): it refers to the text, not to a happening (the
  ``reference`` zone, which holds no event);
* an embedded social post written as a card: a marker line ("[Embedded post]") or a header
  with a handle ("Provincial Police @ProvPolice · Posted at 09:22"), then the post's lines to
  the next blank line (the ``embed`` zone: its events only join those the body tells).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from nexus import ontology
from nexus.extract.reference_lines import glossary_line, source_line
from nexus.extract.text_tables import header_rows, table_rows

if TYPE_CHECKING:
    from nexus.extract.page import ZoneKind

#: A heading is a short line; its paragraph is read from the page's second half only.
_HEADING_MAX = 80
_SECOND_HALF = 0.5
#: A post's header: a name, a handle, then a separator and a time, a date or "Posted".
_POST_HEADER = re.compile(r"^[^\n@]{0,60}@\w{2,30}\s*(?:[·•|–—-]\s*)(?:posted|\d|[A-Z][a-z]{2}\b)", re.I)
#: A lettered item: "(a) ...", "(b) & (c): ...", "a) ...".
_ITEM = re.compile(r"^\(?([a-h]|i{1,3}|iv|v|vi{0,3})\)\s+(.+)$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = ontology.table("page.yaml")

    def words(key: str) -> str:
        items = sorted((w for w in table[key] if w != "about"), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"[\s,]+") for w in items)

    # "Media contact", "Forward-looking statements:", "For further information, please contact: X"
    label = re.compile(rf"(?:{words('boilerplate_headings')})\s*(?::.*)?", re.I)
    # "About Congo Basin Energy plc", "About this record: ...": "about" and a capitalised name
    about = re.compile(r"[Aa]bout\s+(?:[A-Z][\w&'’.-]*|this|us|the)(?:\s+[\w&'’().-]+){0,7}\s*(?::.*)?")
    asked = re.compile(rf"(?:{words('question_item_openers')})\b", re.I)
    marker = re.compile(rf"\[\s*(?:{words('embed_markers')})\s*\]", re.I)
    return label, about, asked, marker


def block_spans(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, ZoneKind]]:
    """The ``(start, end, kind)`` character spans of ``text`` that are boilerplate (kind
    ``'boilerplate'``), a question's lettered items (``'asked'``), source or glossary lines
    (``'reference'``) or embedded post cards (``'embed'``); ``lines`` are the text's non-blank
    lines as ``(start, end, stripped text)``.
    A text table's header row ("Date | Place | Killed") is read as ``'table_head'``, and its
    rows with figures as ``'body'``.
    Spans in order, none overlapping; empty on a page without such blocks."""
    label, about, asked, marker = _patterns()
    heads = {start: end for start, end in header_rows(text)}
    data = {start for start, end in table_rows(text) if re.search(r"\d", text[start:end])}
    spans: list[tuple[int, int, ZoneKind]] = []
    index = 0
    while index < len(lines):
        start, end, line = lines[index]
        kind: ZoneKind | None = None
        if start in heads or start in data:
            # a header names columns and tells nothing; a row with figures is body, never a
            # section heading however short ("3 Mar | Omberly | Market raided | 2 | 5")
            spans.append((start, end, "table_head" if start in heads else "body"))
            index += 1
            continue
        if marker.fullmatch(line) or _POST_HEADER.match(line):
            kind = "embed"
        elif _boilerplate_heading(line, label, about) and (
            start >= len(text) * _SECOND_HALF or _restated(line, lines[index + 1 : index + 2])
        ):
            kind = "boilerplate"
        elif _question_item(line, asked) or source_line(line) or glossary_line(line):
            spans.append((start, end, "asked" if _question_item(line, asked) else "reference"))
            index += 1
            continue
        if kind is None:
            index += 1
            continue
        last = index
        while last + 1 < len(lines) and "\n\n" not in text[lines[last][1] : lines[last + 1][0]]:
            last += 1  # the block runs to the paragraph's end
            if kind == "embed" and marker.fullmatch(lines[last][2]):
                last -= 1
                break
        if kind == "embed" and last == index and marker.fullmatch(line) and index + 1 < len(lines):
            last = index + 1  # "[Embedded post]" over a blank line: the next paragraph is the post
            while last + 1 < len(lines) and "\n\n" not in text[lines[last][1] : lines[last + 1][0]]:
                last += 1
        spans.append((start, lines[last][1], kind))
        index = last + 1
    return spans


def _boilerplate_heading(line: str, label: re.Pattern[str], about: re.Pattern[str]) -> bool:
    """A heading over standing text: a label of ``boilerplate_headings`` (alone or with a colon)
    or "About" and a name, as a short line not ended like a sentence."""
    head = line.split(":", 1)[0]
    if len(head) > _HEADING_MAX:
        return False
    if label.fullmatch(line):
        return True
    return about.fullmatch(line) is not None and not head.rstrip().endswith((".", "!", "?"))


def _restated(line: str, below: list[tuple[int, int, str]]) -> bool:
    """Whether the line under an "About <Name>" heading opens on the name ("About Congo Basin
    Energy plc" over "Congo Basin Energy is an independent ..."): a company's standing text."""
    words = line.split()
    return len(words) > 1 and bool(below) and below[0][2].split()[0] == words[1]


def _question_item(line: str, asked: re.Pattern[str]) -> bool:
    """A written question's lettered item: "(a) whether the Government ...;" (a lower-case
    opening word of ``question_item_openers``, ended by ';', '?', ':' or "; and", not by '.')."""
    match = _ITEM.match(line)
    if match is None:
        return False
    body = match.group(2)
    if not body[:1].islower() or asked.match(body) is None:
        return False
    return body.rstrip().endswith((";", "?", ":", "; and", "; or", ",")) or not body.rstrip().endswith(".")


def with_blocks(
    marks: list[tuple[int, ZoneKind]], text: str, lines: list[tuple[int, int, str]], body_start: int
) -> list[tuple[int, ZoneKind]]:
    """``page.parse_page``'s zone marks (``(offset, kind)``) with each block of
    :func:`block_spans` that begins in the body (at or after ``body_start``) marked its kind up
    to its end, where the body resumes; the marks the block covers give way to it."""
    blocks = [b for b in block_spans(text, lines) if b[0] >= body_start]
    if not blocks:
        return marks
    kept = [m for m in marks if not any(s <= m[0] < e for s, e, _ in blocks)]
    for start, end, kind in blocks:
        kept.extend([(start, kind), (end, "body")])
    return kept
