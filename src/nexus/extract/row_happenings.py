"""The happening of an incident-log row that no trigger rule read.

A row of an incident log (:func:`~nexus.extract.text_tables.logged_rows`) is one happening by
construction, and its "what" cell is written in the log's terse style ("IED detonates near fuel
stalls", "Landmine explodes under a tractor"), where the parser often reads the verb as a plural
noun. When no event was told in the row, the first word of the cell that the ontology lists as a
trigger verb or noun (``events.yaml`` ``types``; whatever part of speech the parser gave it)
triggers the row's event. A verb or noun the ontology licenses only in some phrases (its
``requires_object_for``, ``requires_subject_for`` or ``requires_governor_for`` words: "explode"
only of a bomb) triggers only when one of those words is a noun of the same cell. A word dated
in its own phrase ("figures for the 4 Mar raid corrected") names a happening of another row: no trigger.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Doc, Token

from nexus.extract.dates import find_dates
from nexus.extract.events import EventDraft
from nexus.extract.text_tables import Row
from nexus.extract.triggers import event_ontology, trigger_tables

_LICENCES = ("requires_object_for", "requires_subject_for", "requires_governor_for")


@cache
def _licence_words() -> dict[tuple[str, str], frozenset[str]]:
    """(type, lemma) -> the lower-case words that license the lemma in a row's cell ("bomb",
    "ied" for the attack verb "explode"), for the lemmas a type licenses only in some phrases."""
    out: dict[tuple[str, str], set[str]] = {}
    for etype, spec in event_ontology()["types"].items():
        for key in _LICENCES:
            table = spec.get(key) or {}
            if not isinstance(table, dict):
                continue
            for lemma, entries in table.items():
                words = out.setdefault((etype, str(lemma).lower()), set())
                for entry in _flat(entries):
                    for part in re.split(r"[+:]", entry):
                        if part and part.islower() and part != "subject":
                            words.add(part)
    return {key: frozenset(words) for key, words in out.items()}


def _flat(entries: object) -> list[str]:
    if isinstance(entries, str):
        return [entries]
    if isinstance(entries, list):
        return [s for e in entries for s in _flat(e)]
    return []


def row_draft(doc: Doc, row: Row, published: date | None) -> EventDraft | None:
    """The draft of ``row``'s happening triggered by the first event word of its "what" cell,
    None when the row has no such cell or the cell names no happening the ontology knows
    ("Weekly total", "no incident reported")."""
    if "what" not in row.cells:
        return None
    lo, hi = row.cells["what"]
    tokens = [t for t in doc if lo <= t.idx < hi]
    nouns = {w for t in tokens if t.pos_ in ("NOUN", "PROPN") for w in (t.lower_, t.lemma_.lower())}
    verbs, nouns_table = trigger_tables()
    licences = _licence_words()
    for token in tokens:
        if not token.is_alpha or _dated_phrase(doc, token, lo, published):
            continue
        lemma = token.lemma_.lower()
        for etype in _types_of(token, lemma, verbs, nouns_table):
            needed = licences.get((etype, lemma))
            if needed is not None and not (needed & nouns):
                continue
            return EventDraft(type=etype, trigger=token, sent=token.sent, mentions=[token])
    return None


def _types_of(
    token: Token, lemma: str, verbs: dict[str, list[str]], nouns: dict[str, list[str]]
) -> list[str]:
    """The event types ``token`` may trigger: its verb types first when the parser read it as a
    verb, its noun types first otherwise."""
    as_verb, as_noun = verbs.get(lemma, []), nouns.get(lemma, nouns.get(token.lower_, []))
    first, second = (as_verb, as_noun) if token.pos_ in ("VERB", "AUX") else (as_noun, as_verb)
    return [*first, *[t for t in second if t not in first]]


def _dated_phrase(doc: Doc, token: Token, lo: int, published: date | None) -> bool:
    """Whether a date stands right before ``token`` in its clause of the cell that starts at
    ``lo``, at most two words before it ("the 4 Mar raid", "2 Feb depot bombing")."""
    before = re.split(r"[;,]", doc.text[lo : token.idx])[-1]
    return any(len(before[m.span.end :].split()) <= 2 for m in find_dates(before, published))
