"""Organisations named by acronyms joined with a tight hyphen ("ADF-NALU", "SPLM-IO").

The tagger often takes only the first acronym ("[ADF]-NALU fighters") or none ("the SPLM-IO
attacked"). A run of all-capital words of two letters or more joined by hyphens with no
space around them is one name: a span that ends on the first acronym runs on over the rest;
a run no span touches is an organisation when "the" opens it or a fighters' noun follows it
(``fighter_nouns`` and ``group_member_nouns`` of entities.yaml). Not in a line written in
capitals (a headline's place names).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.tokens import texts

_HYPHENS = ("-", "–")


@cache
def _fighter_nouns() -> frozenset[str]:
    table = ontology.table("entities.yaml")
    return frozenset(w.lower() for key in ("fighter_nouns", "group_member_nouns") for w in table.get(key, []))


def _acronym(token: Token) -> bool:
    return token.is_alpha and token.is_upper and 2 <= len(token.text) <= 8


def _run_end(doc: Doc, end: int) -> int:
    """The end of the run of tightly hyphened acronyms that goes on after ``doc[end - 1]``."""
    while (
        end + 1 < len(doc)
        and doc[end].text in _HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and _acronym(doc[end + 1])
    ):
        end += 2
    return end


def _in_capitals(doc: Doc, start: int, end: int) -> bool:
    """Whether the words right around ``doc[start:end]`` are written in capitals too (a
    headline's "CLASHES IN PORT-AU-PRINCE"): no acronyms can be told there."""
    near = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc) and doc[i].is_alpha and len(doc[i]) > 1]
    return any(t.is_upper for t in near)


def _outermost(spans: list[Span]) -> list[Span]:
    """``spans`` less each one a longer span of the list covers, in their order (found by the
    largest end among the spans starting at or before each start, not by comparing pairs)."""
    widest: dict[int, int] = {}  # start -> the largest end of the spans starting there
    for span in spans:
        widest[span.start] = max(widest.get(span.start, span.end), span.end)
    before: dict[int, int] = {}  # start -> the largest end of the spans starting before it
    reach = -1
    for start in sorted(widest):
        before[start] = reach
        reach = max(reach, widest[start])
    return [s for s in spans if widest[s.start] <= s.end and before[s.start] < s.end]


def with_hyphened_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each run of hyphened acronyms read as one organisation's name (module
    docstring); spans lying inside a lengthened one are dropped. Sorted by start."""
    out: list[Span] = []
    taken: set[int] = set()
    for ent in ents:
        end = _run_end(doc, ent.end) if ent.label_ == "ORG" and _acronym(ent[-1]) else ent.end
        if end > ent.end and not _in_capitals(doc, ent.start, end):
            ent = Span(doc, ent.start, end, label="ORG", kb_id=ent.kb_id_)
        out.append(ent)
    for ent in out:
        taken.update(range(ent.start, ent.end))
    out = _outermost(out)
    words = texts(doc)
    for i in range(len(doc) - 1):
        if words[i + 1] not in _HYPHENS:
            continue  # (a run goes on over a hyphen: no Token built for the other words)
        token = doc[i]
        if i in taken or not _acronym(token) or (i > 0 and words[i - 1] in _HYPHENS):
            continue  # (a run is read from its first acronym)
        end = _run_end(doc, i + 1)
        if end == i + 1 or any(j in taken for j in range(i, end)) or _in_capitals(doc, i, end):
            continue
        before = doc[i - 1].lower_ if i > 0 else ""
        after = doc[end].lower_ if end < len(doc) else ""
        if before == "the" or after in _fighter_nouns():
            out.append(Span(doc, i, end, label="ORG"))
            taken.update(range(i, end))
    return sorted(out, key=lambda e: (e.start, e.end))
