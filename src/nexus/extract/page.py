"""The zones of a news page: headline, standfirst, byline, update note, caption, dateline, body.

A report copied from a web page keeps its furniture: a headline and a
standfirst above the body, a byline ("By Staff Reporter"), an update note
("UPDATE (9 pm): ..."), photo captions ("FILE PHOTO: ...", or a caption line
above the dateline), and a dateline that need not stand at character 0. The
body is what the report asserts; the other zones repeat or date it, and yield
to it: a headline alone creates no event, a caption's toll is an older one.

Around and inside the body a page may also carry the site's menu, a cookie
banner and key-point bullets (read as bylines and standfirst), links to other
stories ("Also on <Outlet>: ...", a "More from X" heading over a list: teasers),
embedded social posts (the post and its "— Police (@handle) Date" signature),
notices about the page itself ("Correction: ...", "This story has been
updated to ..."), and, in a bulletin, several unrelated items each opened by
a place label ("Diyala: ...", "• MECULA – ..."), kept apart as their own reports.

The zones are read from the text's lines by general cues (length, terminal
punctuation, position before the dateline, the labels in ``page.yaml``),
computed once per Doc and kept in ``doc.user_data``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from spacy.tokens import Doc

from nexus import ontology
from nexus.extract.dateline import (
    Dateline,
    parse_dateline,
    parse_lone_place,
    parse_place_line,
    timestamp_line,
)
from nexus.extract.dates import day_in_figures, find_dates
from nexus.extract.doctext import doc_text
from nexus.extract.list_items import item_end, list_items
from nexus.extract.page_blocks import with_blocks
from nexus.extract.recaps import with_recaps
from nexus.extract.text_tables import table_rows

ZoneKind = Literal[
    "headline",
    "standfirst",
    "byline",
    "update",
    "caption",
    "dateline",
    "body",
    "teaser",
    "embed",
    "notice",
    "checked",
    "label",
    "boilerplate",
    "asked",
    "table_head",
    "reference",
]

#: Zones that only repeat, frame or illustrate the body: their events and figures yield to it.
#: A teaser ("Also read: ...") is another story's headline: it tells nothing of this report.
#: An embedded social post ("... — Police (@handle) May 3, 2025") is quoted material, and a
#: notice ("Correction: an earlier version said ...") speaks of the page, not of the news.
SECONDARY_ZONES: frozenset[str] = frozenset(
    {
        "headline",
        "standfirst",
        "byline",
        "caption",
        "teaser",
        "embed",
        "notice",
        "checked",
        "boilerplate",
        "asked",
        "reference",
    }
)

#: Zones that tell nothing of this report's happenings: a teaser (another story's headline) and
#: a fact-check's claim under test ("CLAIM: ...", a ``checked_claim_labels`` line of page.yaml),
#: a company's or an agency's standing text ("About <Company>", "Media contact:") and a written
#: question's lettered items ("(b) the number of personnel killed ...;"; page_blocks.py) and a
#: text table's header row ("Date | Place | Killed | Injured"), a source line or a glossary line
#: ("Source: the group's channel", "IED - improvised explosive device"; reference_lines.py).
#: Their events and figures are dropped.
MUTE_ZONES: frozenset[str] = frozenset(
    {"teaser", "checked", "boilerplate", "asked", "table_head", "reference"}
)

_KEY = "nexus_page"
#: The page's furniture sits in its first lines; a dateline further down is body text.
_HEAD_LINES = 16
_HEAD_CHARS = 3000
#: A headline or standfirst is a short line; a caption above the dateline a short sentence.
_TITLE_MAX = 220
_CAPTION_MAX = 320
_BYLINE_MAX = 100
_FURNITURE_MAX = 160
_SUBHEAD_MAX = 100


@dataclass(frozen=True)
class Zone:
    """One zone of the page: its kind and character offsets ``[start_char, end_char)``."""

    kind: ZoneKind
    start_char: int
    end_char: int


@dataclass(frozen=True)
class PageLayout:
    """The zones tiling a text (in order, without gaps) and the dateline among them.

    ``items`` are the ``[start_char, end_char)`` spans of a bulletin's items ("Diyala: ...",
    "Babil: ...": short unrelated reports packed under one headline), of a page of briefs each
    opened by a dateline or of numbered items headed in capitals (list_items.py); empty on other
    pages. ``labels`` are their place labels (an empty span where an item has none).
    """

    zones: tuple[Zone, ...]
    dateline: Dateline | None
    items: tuple[tuple[int, int], ...] = ()
    labels: tuple[tuple[int, int], ...] = ()  # each item's place label ("Diyala", "MECULA")
    openings: tuple[tuple[int, int], ...] = ()  # each item's opening words (label, dateline, heading)
    rows: tuple[tuple[int, int], ...] = ()  # a text table's rows ("22 Apr | X | ... | 1 | 2"), text_tables.py

    def item_at(self, char: int) -> int | None:
        """The index of the bulletin item holding character ``char``, None outside any."""
        i = bisect_right([s for s, _ in self.items], char) - 1
        return i if i >= 0 and char < self.items[i][1] else None

    def row_at(self, char: int) -> int | None:
        """The index of the text table's row holding character ``char``, None outside any."""
        i = bisect_right([s for s, _ in self.rows], char) - 1
        return i if i >= 0 and char < self.rows[i][1] else None

    def zone_at(self, char: int) -> ZoneKind:
        """The kind of zone that holds character ``char`` ('body' outside the text)."""
        starts = [z.start_char for z in self.zones]
        i = bisect_right(starts, char) - 1
        if i < 0 or char >= self.zones[-1].end_char:
            return "body"
        return self.zones[i].kind

    @property
    def body_start(self) -> int:
        """Where the body begins: after the headline, standfirst, byline, captions and dateline."""
        for zone in self.zones:
            if zone.kind in ("body", "update"):
                return zone.start_char
        return self.zones[-1].end_char if self.zones else 0


@cache
def _lexicon() -> dict[str, re.Pattern[str]]:
    table = ontology.table("page.yaml")

    def words(key: str) -> str:
        items: list[str] = sorted(table[key], key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in items)

    def multi(key: str) -> str:
        items: list[str] = sorted((w for w in table[key] if " " in w), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)

    return {
        # "PHOTO: ...", "FILE PHOTO (Reuters) - ", "[Picture: ...]", a two-word label and a comma
        # ("Image caption, ...")
        "caption": re.compile(
            rf"^[\[(]?(?:{words('caption_labels')})s?\s*(?:\([^()\n]{{0,40}}\)\s*)?[:|–—-]"
            rf"|^(?:{multi('caption_labels')}),\s",
            re.I,
        ),
        "credit": re.compile(
            rf"\([^()\n]*\b(?:{words('caption_credits')})\b[^()\n]*\)\s*$"
            # "... mourn their dead [Ali Hassan/Reuters]": a photographer and an agency in brackets
            r"|\[[A-Z][^\[\]\n]{0,50}/\s*[A-Z][^\[\]\n]{0,30}\]\s*$"
            rf"|\b(?:{words('caption_credits')})s?\s*(?:by|credit|:)\s*[A-Z][^.\n]{{0,40}}$",
            re.I,
        ),
        "teaser": re.compile(
            # ("Related brief: ...": a label and one word naming what it links)
            rf"^(?:{words('teaser_labels')})(?:\s+[^\W\d_]+)?\s*[:|–—-]"
            rf"|^(?:{words('teaser_lead_ins')})\s+[^:|\n]{{1,40}}[:|]\s",
            re.I,
        ),
        # a bare heading over a list of links: "Related Stories", "More from Jharkhand", "Trending"
        "teaser_heading": re.compile(
            rf"(?:{words('teaser_labels')}|(?:{words('teaser_lead_ins')})(?:\s+[\w'’&.-]+){{1,5}})\s*:?",
            re.I,
        ),
        "summary": re.compile(rf"(?:{words('summary_labels')})\s*:?", re.I),
        "menu": re.compile(rf"(?:{words('menu_words')})(?:\s*[|·•/]?\s*(?:{words('menu_words')}))*", re.I),
        "notice": re.compile(
            # ("Correction, 3 May 2024, 09:15: ...": a label dated before its colon)
            rf"^(?:{words('notice_labels')})\b\s*(?:\([^()\n]{{0,40}}\)\s*|,[^:\n]{{1,40}})?[:–—-]"
            rf"|^(?:{words('notice_openers')})\b",
            re.I,
        ),
        # "CLAIM: ...", "Claim 2: ...", "Our rating: False": a fact-check's claim under test
        "checked": re.compile(rf"^(?:{words('checked_claim_labels')})\s*\d{{0,2}}\s*:", re.I),
        # "Subject: ...", "Ref: ...": a release's or a memo's subject line (never "Re-elected")
        "subject": re.compile(rf"^(?:{words('subject_labels')})\s*:\s*\S", re.I),
        "update": re.compile(
            rf"^(?:{words('update_labels')})\b\s*\d{{0,2}}\s*(?:\([^()\n]{{0,40}}\)\s*)?[:–—-]", re.I
        ),
        "byline_opener": re.compile(
            rf"^\(?(?:{words('byline_openers')})(?:\s*:\s*|\s+)(?:[A-Z]|our\b|the\b|\d)", re.I
        ),
        "byline_word": re.compile(rf"\b(?:{words('byline_words')})\b", re.I),
        # "Share on X | Subscribe", "Tags: ...", "© 2025 Outlet", "(c) Agency 2025": a word, then a
        # separator, a year or a capital, never a lower-case word going on as prose ("shares fell")
        "furniture": re.compile(
            rf"^(?:{words('furniture_openers')})(?:\s*(?:[:|–—-]|$)|\s+(?:[A-Z©]|\d{{4}}\b|this\b|our\b|us\b|to\b|on\b|now\b))",
            re.I,
        ),
    }


_TERMINAL = re.compile(r"[.!?…][\"'’”)\]]*$")
#: A bulleted line: "• Blast hit a patrol", "- Two arrested", "▪ Toll rises".
_BULLET = re.compile(r"^[•▪●◦·*–-]\s+\S")
#: The signature of an embedded social post: "— Police HQ (@PoliceHQ) May 3, 2025".
_POST_SIGNATURE = re.compile(
    r"^(?:[—–―-]{1,2}\s*|a\s+post\s+shared\s+by\s+)[^\n()]{1,80}\(@[\w.]{1,30}\)", re.I
)
#: What marks a paragraph as a post's text: a picture link, a web link, a hashtag or a handle.
_POST_MARK = re.compile(r"pic\.twitter\.com/|https?://|(?:^|\s)[#@]\w")
#: A site menu: several short capitalised items between bars or chevrons ("Home | India | Crime").
_MENU_SEPARATOR = re.compile(r"\s*[|›»>]\s*")
_LINE_WORDS = frozenset({"our", "the", "in", "from", "and", "by", "with"})


def _furniture(line: str) -> ZoneKind | None:
    """'caption', 'update', 'byline', 'notice' (about the page), 'embed' (a post's signature),
    'teaser' (a link to another story) or 'headline' (a release's subject line) when the line's
    cues say so."""
    lex = _lexicon()
    if lex["teaser"].match(line):
        return "teaser"  # "READ MORE: ...", "Also on <Outlet>: ...": another story's headline
    if lex["notice"].match(line):
        return "notice"  # "Correction: ...", "This story has been updated to ...": about the page
    if lex["checked"].match(line):
        return "checked"  # "CLAIM: Rebels blew up the bridge": what a fact-check weighs
    if lex["caption"].match(line) or lex["credit"].search(line):
        return "caption"
    if lex["subject"].match(line):
        return "headline"  # "Subject: Two cadres killed in ...": a release's own headline
    if lex["update"].match(line):
        return "update"
    if _POST_SIGNATURE.match(line):
        return "embed"  # the signature line of an embedded social post
    if len(line) <= _FURNITURE_MAX and (_boilerplate(line) or _menu(line)):
        return "byline"  # share buttons, tags, a copyright note, the site's menu: page metadata
    if len(line) <= _BYLINE_MAX and not _TERMINAL.search(line):
        if lex["byline_opener"].match(line) or timestamp_line(line):
            return "byline"
        stamped = "|" in line and any(timestamp_line(part.strip()) for part in line.split("|")[1:])
        if stamped and parse_dateline(line) is None:  # "Jammu | Updated: ..." is a dateline
            return "byline"  # "The Outlet | 3 November 2025"
        words = line.split()
        name_like = all(w[:1].isupper() or w.lower() in _LINE_WORDS for w in words)
        if len(words) <= 8 and name_like and lex["byline_word"].search(line):
            return "byline"  # "Staff Reporter", "Monitoring Desk"
    return None


def update_label_end(line: str) -> int | None:
    """Where an update note's label ends ("UPDATE 2 (Thursday 17 June):", "Updated 18:40 -"):
    the offset in ``line`` after its separator; None when the line opens with no such label."""
    found = _lexicon()["update"].match(line)
    return found.end() if found is not None else None


def _menu(line: str) -> bool:
    """A line of the site's menu: menu words alone ("Sign in   Subscribe") or several short
    capitalised items between bars or chevrons ("Home | India | States | Crime")."""
    if _lexicon()["menu"].fullmatch(line):
        return True
    items = [i for i in _MENU_SEPARATOR.split(line) if i]
    if len(items) < 3 or _MENU_SEPARATOR.search(line) is None:
        return False
    return all(len(i.split()) <= 3 and (i[0].isupper() or i[0].isdigit()) for i in items)


#: A menu entry on a line of its own: a word or two, capitalised, no sentence end ("World", "Sign in").
_MENU_ENTRY = re.compile(r"[A-Z0-9][\w&'’.-]*(?:\s+[\w&'’.-]+)?")


def _menu_column(lines: list[tuple[int, int, str]]) -> int:
    """How many of the page's first lines are its menu written one entry a line ("Home" / "News" /
    "World" / ...): a run of four or more; 0 otherwise."""
    run = 0
    for _start, _end, line in lines:
        if len(line) > 30 or _MENU_ENTRY.fullmatch(line) is None or line.endswith("."):
            break
        run += 1
    return run if run >= 4 else 0


def _teaser_heading(line: str) -> bool:
    """A bare heading over links to other stories ("Related Stories", "More from Jharkhand")."""
    return len(line) <= _SUBHEAD_MAX and _lexicon()["teaser_heading"].fullmatch(line) is not None


def _embedded_posts(text: str, lines: list[tuple[int, int, str]]) -> set[int]:
    """The indices of the lines that are embedded social posts: each signature line
    ("— Police HQ (@PoliceHQ) May 3, 2025") and the post's text right above it, up to a
    blank line or a line ending in a colon ("Police wrote:"); a paragraph standing apart
    above the signature is the post's text only when it carries a link, a hashtag or a handle."""
    out: set[int] = set()
    reach = 6 if "\n\n" in text else 1  # paragraphs a line each: only the line above is the post
    for index, (_start, _end, line) in enumerate(lines):
        if not _POST_SIGNATURE.match(line):
            continue
        out.add(index)
        j = index - 1
        apart = j >= 0 and text.count("\n", lines[j][1], lines[j + 1][0]) >= 2
        if apart and not _POST_MARK.search(lines[j][2]):
            continue
        while j >= 0 and index - j <= reach and not lines[j][2].endswith(":") and j not in out:
            out.add(j)
            if j == 0 or text.count("\n", lines[j - 1][1], lines[j][0]) >= 2:
                break  # the post's first line: a blank line stands above it
            j -= 1
    return out


def _boilerplate(line: str) -> bool:
    """A share, subscribe, tag or copyright line ("Share on Facebook | Share on X", "© 2025 The Post")."""
    return _lexicon()["furniture"].match(line) is not None


def _title_like(line: str) -> bool:
    """A headline or standfirst: short, and not ended like a sentence (nor by ':' or ',')."""
    if len(line) > _TITLE_MAX or line.endswith((":", ",", ";")):
        return False
    return not _TERMINAL.search(line) or (line.endswith("?") and len(line) <= 150)


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, stripped text); offsets of the stripped text."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group(0)
        stripped = raw.strip()
        if stripped:
            start = match.start() + (len(raw) - len(raw.lstrip()))
            out.append((start, start + len(stripped), stripped))
    return out


def parse_page(text: str) -> PageLayout:
    """The zones of ``text`` and its dateline.

    Above the body, in any order: a headline (the first short line without
    terminal punctuation), standfirst lines (the next such lines), bylines,
    update notes, captions (labelled, or short sentences standing above a
    dateline), then the dateline, if any. The body runs from the dateline's end
    (or the first sentence-like line) to the end; labelled captions, bylines
    and update notes inside it are zones of their own.
    """
    lines = _lines(text)
    marks: list[tuple[int, ZoneKind]] = []
    found: Dateline | None = None
    pending: list[tuple[int, int, str]] = []  # short sentences: captions if a dateline follows
    body_start: int | None = None
    titles = 0
    summary = False  # under "Key points": the bulleted lines repeat the body
    menu = _menu_column(lines)
    counted = 0  # the page's own lines seen; the site's menu and metadata do not count
    for index, (start, _end, line) in enumerate(lines):
        kind = "byline" if index < menu else _furniture(line)
        if counted >= _HEAD_LINES or start > _HEAD_CHARS:
            break
        counted += kind != "byline"
        last = index == len(lines) - 1
        title = _title_like(line)
        if kind is None and not pending and _lexicon()["summary"].fullmatch(line):
            summary, kind = True, "standfirst"
        elif kind is None and not pending and (summary or titles) and _BULLET.match(line):
            # "• Two jawans airlifted to Ranchi": a key point above the body, when a body follows
            kind = "standfirst" if _body_follows(lines, index) else None
        no_dateline = kind in ("caption", "byline", "notice", "checked")
        candidate = parse_dateline(text, start) if not no_dateline else None
        if candidate is None and kind is None and not last and len(line) <= _BYLINE_MAX:
            # "KANO, Nigeria" over "March 3, 2025": a dateline on two lines
            candidate = parse_place_line(text, start, lines[index + 1][0])
        if candidate is None and kind is None and not last and not pending:
            # "LAKKI MARWAT" alone over the body's first sentence
            candidate = _lone_place(start, line, lines[index + 1][2])
            if candidate is not None:
                found = candidate
                marks.append((candidate.start, "dateline"))
                body_start = lines[index + 1][0]
                break
        headline_like = title and not last and not _wrapped(line, lines[index + 1][2] if not last else "")
        if candidate is not None and _accept(candidate, title=headline_like, after_sentences=bool(pending)):
            marks.extend((s, "caption") for s, _, _ in pending)
            pending = []
            found = candidate
            marks.append((candidate.start, "dateline"))
            body_start = candidate.end
            break
        if kind is not None or headline_like:
            if pending and titles and kind == "byline" and _lexicon()["byline_opener"].match(line):
                # "By A | The Outlet" under the headline: the sentences between are its standfirst
                marks.extend((s, "standfirst") for s, _, _ in pending)
                pending = []
            elif pending and not _strong_dateline_below(text, lines, index):
                break  # a sentence came before it: the body had begun
            if kind is None:
                kind = "headline" if titles == 0 else "standfirst"
                titles += 1
            marks.append((start, kind))
            continue
        if len(line) <= _CAPTION_MAX and len(pending) < 2 and not last:
            pending.append((start, _end, line))
            continue
        break
    if body_start is None:
        if pending:
            body_start = pending[0][0]
        else:
            after = [s for s, _, _ in lines if not any(m == s for m, _ in marks)]
            body_start = after[0] if after else len(text)
    marks.append((body_start, "body"))
    teasing = False  # under a bare "Also read:" line: the lines listed are other stories' headlines
    posts = _embedded_posts(text, lines)
    for index, (start, end, line) in enumerate(lines):
        if start <= body_start:
            continue
        kind = _furniture(line)
        if index in posts:
            kind = "embed"
        if teasing and kind is None and _title_like(line.lstrip("-–•* ")):
            kind = "teaser"
        heading = _teaser_heading(line)
        if heading:
            kind = "teaser"  # "Related Stories", "More from Jharkhand": a heading over links
        teasing = (kind == "teaser" and teasing) or heading or bool(_lexicon()["teaser"].fullmatch(line))
        if kind == "byline" and not _byline_kept(line):
            kind = None
        following = lines[index + 1][2] if index + 1 < len(lines) else ""
        if kind is None and following and _subhead(line) and not _wrapped(line, following):
            kind = "headline"  # a section heading between paragraphs
        if kind is not None:
            marks.append((start, kind))
            marks.append((end, "body"))
    marks = with_recaps(marks, lines, body_start)  # recaps read as a standfirst (recaps.py)
    marks = with_blocks(marks, text, lines, body_start)  # standing text, questions, post cards
    zones = _tile(marks, len(text))
    items = _bulletin_items(text, lines, zones)
    bulletin = bool(items)
    if items:  # each item's label ("Diyala:") stands apart, like a dateline, from the item's first sentence
        for _start, _end, label_start, _label_end, body_at in items:
            marks.extend([(label_start, "label"), (body_at, "body")])
        zones = _tile(marks, len(text))
    else:  # briefs each opened by a dateline, numbered items headed in capitals (list_items.py)
        items, opening = list_items(text, lines, zones)
        for start, _end, _label_start, _label_end, body_at in items:
            marks.extend([(start, opening), (body_at, "body")])
        zones = _tile(marks, len(text)) if items else zones
    return PageLayout(
        zones=zones,
        dateline=found,
        items=tuple((item[0], item[1]) for item in items),
        labels=tuple((item[2], item[3]) for item in items),
        openings=tuple((item[2] if bulletin else item[0], item[4]) for item in items),
        rows=tuple(table_rows(text)),
    )


#: A bulletin item's opening: a short capitalised label, a colon or a dash, a sentence.
_ITEM_LABEL = re.compile(r"(?:[•▪●*-]\s*)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*[:–—]\s+[A-Z\"“]")


def _bulletin_items(
    text: str, lines: list[tuple[int, int, str]], zones: tuple[Zone, ...]
) -> list[tuple[int, int, int, int, int]]:
    """The items of a bulletin: body lines opening with a place label ("Diyala: One soldier ...",
    "Babil – Agents arrested ..."), each running to the next such line or to the next zone that
    is not body, as (start, end, label start, label end, start of the item's first sentence).
    A page needs two items or more under distinct labels; a speaker's colon ("Police: ...") is none."""
    layout = PageLayout(zones=zones, dateline=None)
    opens: list[tuple[int, str]] = []
    spans: dict[int, tuple[int, int, int]] = {}
    for start, _end, line in lines:
        match = _ITEM_LABEL.match(line)
        if match is None or layout.zone_at(start) != "body" or len(line) < 60:
            continue
        label = match.group(1)
        if label.split()[0].lower() in _speaker_labels():
            continue
        opens.append((start, label))
        spans[start] = (start + match.start(1), start + match.end(1), start + match.end() - 1)
    if len({label for _, label in opens}) < 2:
        return []
    from nexus.extract.geocode import Geocoder

    geocoder = Geocoder()
    # places label the items: two known to the gazetteer make the page a bulletin, and then
    # an unknown label of the same form ("MECULA –" beside "MARRUPA –") is a place too
    known = {label for _, label in opens if geocoder.candidates(label)}
    if len(known) < 2:
        return []
    caps = all(label.isupper() for label in known)
    opens = [(s, label) for s, label in opens if label in known or (caps and label.isupper())]
    items = []
    for k, (start, _label) in enumerate(opens):
        end = item_end(text, zones, start, opens[k + 1][0] if k + 1 < len(opens) else None, ("body",))
        items.append((start, end, *spans[start]))
    return items


@cache
def _speaker_labels() -> frozenset[str]:
    words: list[str] = ontology.table("page.yaml")["speaker_labels"]
    return frozenset(w.lower() for w in words)


def _body_follows(lines: list[tuple[int, int, str]], index: int) -> bool:
    """Whether a line of prose (not bulleted, not title-like) follows line ``index`` among the
    page's first lines: then bulleted lines above it are a summary, not the body."""
    for _start, _end, line in lines[index + 1 : index + _HEAD_LINES]:
        if not _BULLET.match(line) and _furniture(line) is None and not _title_like(line):
            return True
    return False


def _lone_place(start: int, line: str, following: str) -> Dateline | None:
    """A dateline standing alone on its line ("LAKKI MARWAT", "Maroua") above the body's first
    sentence: the place as :func:`~nexus.extract.dateline.parse_lone_place` reads it, and the next
    line a sentence (ending like one, too long or too plain for a headline)."""
    if not following or not _TERMINAL.search(following):
        return None
    if _title_like(following) or not (following[0].isupper() or following[0] in "\"“‘'"):
        return None
    return parse_lone_place(start, line)


def _strong_dateline_below(text: str, lines: list[tuple[int, int, str]], index: int) -> bool:
    """Whether a dateline with a date or an outlet opens a line below ``index`` among the page's first lines.

    Then what stands above it is furniture, even a line that reads like the start of a sentence
    ("J&K: Two killed in encounter, operation on").
    """
    for start, _end, _line in lines[index + 1 : _HEAD_LINES]:
        if start > _HEAD_CHARS:
            break
        found = parse_dateline(text, start)
        if found is not None and (found.outlet or found.date_text):
            return True
    return False


@cache
def _continuing() -> frozenset[str]:
    words: list[str] = ontology.table("page.yaml")["continuing_words"]
    return frozenset(w.lower() for w in words)


def unwrap_body(text: str) -> str:
    """``text`` with the line breaks that only wrap body prose turned into spaces (same length,
    so every character offset stays true): hard-wrapped copy ("... ambushed a patrol near" /
    "Birnin Gwari, ...") is read as the sentences it holds, not as one sentence per line.
    Breaks in the headline, standfirst, byline and dateline zones and around furniture stay."""
    wraps = [at for at in _breaks(text) if wrapped_break(text, at)]
    if not wraps:
        return text  # most copy has none: the page is not laid out twice
    zones = parse_page(text).zones
    body = [(z.start_char, z.end_char) for z in zones if z.kind == "body"]
    furniture = [(z.start_char, z.end_char) for z in zones if z.kind not in ("body", "dateline")]
    chars = list(text)
    for at in wraps:
        line_start = text.rfind("\n", 0, at) + 1  # a furniture line ending on "on" ("ALSO READ:
        # The crisis, a year on") wraps nothing below it, though the break opens the body's zone
        if any(start <= line_start < end for start, end in furniture):
            continue
        if any(start <= at < end - 1 for start, end in body):
            chars[at] = " "
    return "".join(chars)


def _breaks(text: str) -> Iterator[int]:
    """The offsets of the line breaks in ``text``."""
    at = text.find("\n")
    while at != -1:
        yield at
        at = text.find("\n", at + 1)


def wrapped_break(text: str, at: int) -> bool:
    """Whether the line break at ``text[at]`` only wraps prose ("... when gunmen attacked their" /
    "checkpoint near ..."): a single break between a line ending on an article, a preposition or a
    conjunction, or followed by a line opening in lower case; a blank line is never a wrap."""
    if text[at + 1 : at + 2] in ("\n", ""):
        return False
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at + 1)
    line = text[start:at].strip()
    return bool(line) and _wrapped(line, text[at + 1 : end if end != -1 else len(text)].strip())


def _wrapped(line: str, following: str) -> bool:
    """Whether ``following`` continues ``line`` (hard-wrapped prose).

    It does when it opens in lower case, or when ``line`` ends on an article,
    a preposition or a conjunction ("... raided a market near").
    """
    if not following:
        return False
    words = line.split()
    return following[0].islower() or (words[-1].lower() in _continuing() if words else False)


def _subhead(line: str) -> bool:
    """A short heading between body paragraphs: a few words, no sentence end, no lead-in colon."""
    return len(line) <= _SUBHEAD_MAX and _title_like(line) and len(line.split()) >= 2


def _metadata_line(line: str) -> bool:
    """A dated publication line below the body ("Published: 10 November 2024"), never prose."""
    opener = re.match(r"^(?:first\s+|last\s+)?(?:published|posted|updated)\b\s*:?", line, re.I)
    return opener is not None and metadata_date(line) is not None


def _byline_kept(line: str) -> bool:
    """Whether a byline-looking line in the body stays furniture: a credit, metadata, boilerplate
    or menu line (asked only of bylines: the tests cost, and every other line would skip them)."""
    return _credit_line(line) or _metadata_line(line) or _boilerplate(line) or _menu(line)


def _credit_line(line: str) -> bool:
    """A byline inside the body is only a credit line ("Reporting by ..."), never prose."""
    credit = re.match(r"^\(?(?:[A-Z][a-z]+ing|additional reporting)\b.*\bby\b", line, re.I)
    return bool(credit or re.match(r"^\(?with\s+(?:agency\s+)?inputs\b", line, re.I))


def _accept(candidate: Dateline, *, title: bool, after_sentences: bool) -> bool:
    """Whether a dateline-shaped opening is the dateline in its position on the page.

    A headline-like line ("Pakistan: five killed in blast") needs an outlet
    or a date to be a dateline; below sentences it must be unmistakable (an
    outlet, a date or an all-caps place).
    """
    strong = bool(candidate.outlet or candidate.date_text)
    if title:
        return strong
    if after_sentences:
        letters = [c for c in candidate.places if c.isalpha()]
        return strong or (bool(letters) and all(c.isupper() for c in letters))
    return True


def _tile(marks: list[tuple[int, ZoneKind]], length: int) -> tuple[Zone, ...]:
    marks = sorted(set(marks), key=lambda m: m[0])
    merged: list[tuple[int, ZoneKind]] = []
    for start, kind in marks:
        if start >= length and merged:
            continue
        if merged and merged[-1][0] == start:
            merged[-1] = (start, kind)  # a later mark at the same offset wins
        elif merged and merged[-1][1] == kind:
            continue
        else:
            merged.append((start, kind))
    if not merged:
        return (Zone("body", 0, length),)
    if merged[0][0] > 0:
        merged[0] = (0, merged[0][1])
    zones = []
    for i, (start, kind) in enumerate(merged):
        end = merged[i + 1][0] if i + 1 < len(merged) else length
        zones.append(Zone(kind, start, end))
    return tuple(zones)


def page_layout(doc: Doc) -> PageLayout:
    """The Doc's page layout, computed once from its text."""
    layout = doc.user_data.get(_KEY)
    if not isinstance(layout, PageLayout):
        layout = parse_page(doc_text(doc))
        doc.user_data[_KEY] = layout
    return layout


def page_date(doc: Doc) -> date | None:
    """The day the page dates itself: its dateline's full date ("Mon 02 June 2025:"), else a
    dated byline or metadata line above the body ("Published: 14 March 2025"); None without a year."""
    layout = page_layout(doc)
    if layout.dateline is not None:
        filed = layout.dateline.filed(None)
        if filed is not None:
            return filed
    text = doc_text(doc)
    for zone in layout.zones:
        if zone.kind == "byline":
            found = metadata_date(text[zone.start_char : zone.end_char])
            if found is not None:
                return found
    for zone in layout.zones:
        if zone.kind == "update":  # "Updated: Jun 12, 2025, 10:45 IST" when nothing else dates the page
            line = text[zone.start_char : zone.end_char].strip()
            if timestamp_line(_lexicon()["update"].sub("", line, count=1).strip()):
                return metadata_date(line)
    return None


#: A numeric date in page metadata: "02.04.2025", "2025-04-02", "14/03/2025".
_NUMERIC_DATE = re.compile(r"\b(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([./-])(\d{1,2})\5(\d{4}))\b")


def metadata_date(line: str) -> date | None:
    """The day a metadata line gives ("Published: 10 November 2024", "Posted 02.04.2025 at 18:30").

    Numeric dates are read year-first (ISO), day-first with dots or dashes
    (the European form), and with slashes only when unambiguous (one part is
    over 12); None when the line gives no full day.
    """
    for mention in find_dates(line, None):
        if mention.value.precision == "day":
            return mention.value.as_date()
    match = _NUMERIC_DATE.search(line)
    if match is None:
        return None
    if not match.group(1):  # "02.04.2025", "14/03/2025"
        first, second, year = int(match.group(4)), int(match.group(6)), int(match.group(7))
        return day_in_figures(first, second, year, slashed=match.group(5) == "/")
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def other_items(doc: Doc, a_char: int, b_char: int) -> bool:
    """Whether characters ``a_char`` and ``b_char`` stand in two different items of a bulletin
    or in two different rows of a text table (then what they tell are separate reports, never
    one happening)."""
    layout = page_layout(doc)
    if layout.rows:
        a_row, b_row = layout.row_at(a_char), layout.row_at(b_char)
        if a_row is not None and b_row is not None and a_row != b_row:
            return True
    if not layout.items:
        return False
    a, b = layout.item_at(a_char), layout.item_at(b_char)
    return a is not None and b is not None and a != b


def rows_apart(doc: Doc, chars: list[int], char: int) -> bool:
    """Whether character ``char`` stands in a row of a text table and one of ``chars`` in
    another row (a happening told in one row is never the one another row logs)."""
    layout = page_layout(doc)
    own = layout.row_at(char) if layout.rows else None
    if own is None:
        return False
    return any(row is not None and row != own for row in map(layout.row_at, chars))


def item_label(doc: Doc, char: int) -> tuple[int, int] | None:
    """The ``[start_char, end_char)`` of the place label ("Diyala", "MECULA", a brief's dateline
    place) opening the item that holds character ``char``; None outside a list page's items and
    in an item with no place label (a numbered item's heading)."""
    layout = page_layout(doc)
    i = layout.item_at(char) if layout.items else None
    label = layout.labels[i] if i is not None else None
    return label if label is not None and label[0] < label[1] else None


def page_zones(doc: Doc) -> list[Zone]:
    """The zones of the Doc's page, in order, tiling its text."""
    return list(page_layout(doc).zones)


def zone_at(doc: Doc, char: int) -> ZoneKind:
    """The kind of zone holding character ``char``: 'headline', 'standfirst', 'byline',
    'update', 'caption', 'dateline', 'teaser' (a link to another story), 'embed' (a social
    post), 'notice' (a correction or update note about the page), 'label' (a bulletin item's
    place label), 'boilerplate' (a company's or an agency's standing text), 'asked' (a written
    question's lettered item), 'table_head' (a text table's header row), 'reference' (a source or
    glossary line) or 'body'."""
    return page_layout(doc).zone_at(char)


def is_secondary(doc: Doc, token_i: int) -> bool:
    """Whether token ``token_i`` stands in a headline, standfirst, byline, caption, teaser,
    embedded post or notice."""
    return zone_at(doc, doc[token_i].idx) in SECONDARY_ZONES


def in_body(doc: Doc, token_i: int) -> bool:
    """Whether token ``token_i`` is part of what the report asserts (body, update note or dateline)."""
    return not is_secondary(doc, token_i)
