"""Names a page signs: bylines, credit lines and photo credits.

A report names its writers, editors and photographers in lines of their own
("By A in X and B in Y", "(Reporting by A; Editing by B)", "A, Security
Correspondent", "A reporting", a caption's "(Outlet/A)"). They are persons, but
the NER reads such names, cut off from any sentence, as towns or organisations,
and a parser may chain a byline's last name to the dateline's town below it.
Here a line is read by its own grammar: openers (``byline_openers`` of
page.yaml ending in "by"), names joined by commas, "and" or "&", an optional
"in <town>" after each, an optional role holding a ``byline_words`` word
("Bogotá correspondent"), clauses split by ";". The spans returned are PERSON
spans; :mod:`nexus.extract.entities` types them as persons whatever their
context says.

A line counts when the page layout reads it as a byline, or when every piece of
it parses: a sentence ("By Monday, the toll had risen to 12.") has pieces that
are no names and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span

from nexus import ontology
from nexus.extract.doctext import doc_text
from nexus.extract.page import zone_at

#: The longest line read as a byline or a credit line.
_LINE_MAX = 140
#: Words a name may hold in lower case ("Ana de la Cruz", "Omar bin Said").
NAME_PARTICLES = frozenset(
    {"de", "da", "del", "dos", "das", "di", "du", "van", "von", "der", "bin", "ben", "al", "el", "la", "le"}
)
_INITIAL = re.compile(r"^[A-Z][a-z]?\.$")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
_SEGMENTS = re.compile(r"[|·—–]")
_PIECES = re.compile(r",|\s+and\s+|\s*&\s*")
_AT_PLACE = re.compile(r"\s+in\s+\S.*$", re.S)
_REPORTING = re.compile(r"\s+reporting$", re.I)
#: A credit: "(Outlet/Name)" closing a line, or "Photo: Outlet/Name", "© Outlet/Name".
_CREDIT = re.compile(
    r"(?:\(|\b(?:photo(?:graph)?s?|pictures?|images?|credit|courtesy)(?:\s+credit)?\s*:\s*|©\s*)"
    r"(?P<credit>[^()\n:]*/[^()\n:]*?)\s*(?:\)|\.?\s*$)",
    re.I | re.M,
)


@cache
def _openers() -> tuple[str, ...]:
    """The byline openers that end in "by" ("by", "reporting by", "editing by") and the
    ``signing_openers`` ("edited by", "author:"), longest first."""
    table = ontology.table("page.yaml")
    openers = [str(w).lower() for w in table.get("byline_openers", [])]
    openers = [w for w in openers if w.split()[-1] == "by"]
    openers += [str(w).lower() for w in table.get("signing_openers", [])]
    return tuple(sorted(openers, key=len, reverse=True))


@cache
def _byline_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("page.yaml").get("byline_words", []))


@cache
def _role_words() -> frozenset[str]:
    return _byline_words() | {str(w).lower() for w in ontology.table("page.yaml").get("signer_roles", [])}


def _opener_end(clause: str) -> int | None:
    """Where a clause's opener ("By", "Additional reporting by:", "Author:") ends, or None
    without one."""
    lowered = clause.lower()
    for opener in _openers():
        if lowered.startswith(opener) and re.match(r":?\s+\S", clause[len(opener) :]):
            return len(opener) + len(re.match(r":?\s*", clause[len(opener) :]).group())  # type: ignore[union-attr]
    return None


def _role_piece(piece: str) -> bool:
    """ "Security Correspondent", "Bogotá correspondent", "Senior Fellow", "Staff": a role of
    the signer, closing with a ``byline_words`` or ``signer_roles`` word."""
    words = piece.lower().split()
    return bool(words) and len(words) <= 4 and (words[-1] in _role_words() or piece.lower() in _role_words())


def _name_piece(piece: str) -> bool:
    """Two to five words, each capitalised (a lower-case letter after the first), a name
    particle or an initial ("Peter L. Marsh"); no digit, no byline word, the last capitalised."""
    words = piece.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in piece):
        return False
    if any(w.lower().strip(".") in _byline_words() or w.lower() in ("our", "the") for w in words):
        return False
    for word in words:
        if not _NAME_WORD.match(word):
            return False  # "Reporting: A": a label, no name
        if word in NAME_PARTICLES or _INITIAL.match(word):
            continue
        if not (word[:1].isupper() and any(c.islower() for c in word[1:])):
            return False
    return words[-1][:1].isupper() and not _INITIAL.match(words[-1])


def _pieces(chunk: str) -> list[tuple[int, str]]:
    """The pieces of a chunk split at commas, "and" and "&", each with its offset in the chunk,
    stripped of blanks and of a trailing "in <town>"."""
    out: list[tuple[int, str]] = []
    pos = 0
    for sep in [*_PIECES.finditer(chunk), None]:
        raw = chunk[pos : sep.start() if sep else len(chunk)]
        lead = len(raw) - len(raw.lstrip())
        out.append((pos + lead, _AT_PLACE.sub("", raw.strip()).strip()))
        pos = sep.end() if sep else len(chunk)
    return out


def _clause_names(clause: str, *, lenient: bool) -> list[tuple[int, str]] | None:
    """The names a clause signs (offset in the clause, name), or None when it is not a signing
    clause. With an opener, the names are its pieces that read as names (``lenient``: the line
    is a byline by the page's layout) or, otherwise, all its pieces must be names or a role. With
    none, the clause must be names and "reporting", or names and a role, or two names or more."""
    opened = _opener_end(clause)
    body = clause[opened:] if opened is not None else clause
    offset = opened or 0
    reporting = _REPORTING.search(body) if opened is None else None
    if reporting:
        body = body[: reporting.start()]
    pieces = [(offset + at, p) for at, p in _pieces(body.rstrip(" .)"))]
    if not pieces or not any(p for _, p in pieces):
        return None
    first_role = next((k for k, (_, p) in enumerate(pieces) if _role_piece(p)), len(pieces))
    roles = [p for _, p in pieces[first_role:] if _role_piece(p)]
    names = [(at, p) for at, p in pieces[:first_role] if _name_piece(p)]
    # "A, Senior Fellow, Levant Institute": what follows the role is where the signer works
    whole = bool(names) and len(names) == first_role and (not roles or len(pieces) - first_role <= 2)
    if opened is not None:
        return names if (lenient or whole) else None
    if not whole:
        return None
    if reporting or roles or len(names) >= 2:
        return names
    return None


def _line_names(line: str, *, lenient: bool) -> list[tuple[int, str]]:
    """The names a line signs, with their offsets in the line."""
    stripped = line.strip()
    if not stripped or len(stripped) > _LINE_MAX or stripped.isupper():
        return []
    out: list[tuple[int, str]] = []
    pos = 0
    for seg in [*_SEGMENTS.finditer(line), None]:
        segment = line[pos : seg.start() if seg else len(line)]
        base = pos
        pos = seg.end() if seg else len(line)
        cpos = 0
        for semi in [*re.finditer(";", segment), None]:
            clause = segment[cpos : semi.start() if semi else len(segment)]
            at = base + cpos
            cpos = semi.end() if semi else len(segment)
            lead = len(clause) - len(clause.lstrip(" \t("))
            found = _clause_names(clause[lead:].rstrip(), lenient=lenient)
            out.extend((at + lead + offset, name) for offset, name in found or [])
        if out and seg is not None and not lenient:
            break  # "By A | The Outlet | 3 May": the names come first
    return out


def _credit_names(line: str, not_a_signer: Callable[[str], bool]) -> list[tuple[int, str]]:
    """The photographers a credit names ("(Outlet/A B)", "Photo: A B/Outlet"), with their
    offsets in the line: slash-joined pieces that read as names and are no outlet."""
    out: list[tuple[int, str]] = []
    for match in _CREDIT.finditer(line):
        credit, start = match.group("credit"), match.start("credit")
        pos = 0
        for part in credit.split("/"):
            piece = part.strip()
            at = start + pos + len(part) - len(part.lstrip())
            pos += len(part) + 1
            if _name_piece(piece) and not not_a_signer(piece):
                out.append((at, piece))
    return out


def signed_names(doc: Doc, not_a_signer: Callable[[str], bool]) -> list[Span]:
    """PERSON spans for the names the page's bylines, credit lines and photo credits sign.
    ``not_a_signer`` tells a piece that names no signer (an outlet's or a body's name, "Benadir
    Wire"; a known place) from a person's name."""
    text = doc_text(doc)
    out: list[Span] = []
    for match in re.finditer(r"[^\n]+", text):
        line, start = match.group(), match.start()
        lenient = zone_at(doc, start) == "byline"
        found = _line_names(line, lenient=lenient) + _credit_names(line, not_a_signer)
        for at, name in found:
            if not_a_signer(name):
                continue
            span = doc.char_span(start + at, start + at + len(name), label="PERSON", alignment_mode="expand")
            if span is not None and not any(s.start < span.end and span.start < s.end for s in out):
                out.append(span)
    return out
