"""Per-Doc facts about tokens, computed once and kept with the Doc.

spaCy builds a new ``Token`` (and, for ``Token.sent``, a new ``Span`` after a
scan back to the sentence start) on every access; stages that ask the same
question of the same Doc many times read it from here instead. The Doc must
be fully parsed: sentence boundaries and entities are read once and never change after.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

_STARTS = "nexus_sentence_starts"
_ENTS = "nexus_entity_spans"


def sentence_starts(doc: Doc) -> list[int]:
    """The token index of each sentence start of a parsed Doc, ascending (``doc.sents``)."""
    starts: list[int] | None = doc.user_data.get(_STARTS)
    if starts is None:
        starts = [sent.start for sent in doc.sents]
        doc.user_data[_STARTS] = starts
    return starts


def sentence_start(doc: Doc, i: int) -> int:
    """``doc[i].sent.start`` without building the sentence: the start of the sentence holding token ``i``."""
    starts = sentence_starts(doc)
    return starts[max(bisect_right(starts, i) - 1, 0)]


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """``(start, end)`` token indices of the sentence holding token ``i`` (``doc[i].sent``)."""
    starts = sentence_starts(doc)
    at = max(bisect_right(starts, i) - 1, 0)
    return starts[at], starts[at + 1] if at + 1 < len(starts) else len(doc)


def entity_spans(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` of a finished Doc, built once (spaCy builds every entity Span on each access)."""
    ents: tuple[Span, ...] | None = doc.user_data.get(_ENTS)
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data[_ENTS] = ents
    return ents
