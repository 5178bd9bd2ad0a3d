"""Names of units that close on a number ("the Kestrel 41 rapid-response squad").

The NER reads the capitalised word as a person or a group and the number after it as a count,
cutting the unit's name in two. Where the name and its number stand right before lower-case words
that close on a noun of a unit (``numbered_name_nouns`` of entities.yaml: "squad", "unit",
"team"), the number is part of the name: :func:`with_numbered_names` joins them.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from nexus import ontology

#: Lower-case words (besides hyphens) that may stand between the number and the unit noun
#: ("counter-terrorism", "rapid-response", "elite").
_MAX_MODIFIERS = 4


@cache
def _unit_nouns() -> frozenset[str]:
    return ontology.words("entities.yaml", "numbered_name_nouns")


def with_numbered_names(ents: list[Span]) -> list[Span]:
    """``ents`` (spans of one Doc, in order) where a one- or two-word capitalised name with no
    gazetteer key, a number of one to three digits and lower-case words closing on a unit noun
    follow each other: the name taken on over the number as an organisation; spans over the
    number dropped."""
    out: list[Span] = []
    skip_to = -1
    for ent in ents:
        if ent.start < skip_to:
            continue
        joined = _joined(ent)
        if joined is not None:
            skip_to = joined.end
            ent = joined
        out.append(ent)
    return out


def _joined(ent: Span) -> Span | None:
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "GPE") or ent.kb_id_ or len(ent) > 2 or ent.end + 1 >= len(doc):
        return None
    if not all(t.is_title and t.is_alpha for t in ent):
        return None
    number = doc[ent.end]
    if not (number.text.isdigit() and len(number.text) <= 3 and ent[-1].whitespace_):
        return None
    at = ent.end + 1
    while at < len(doc) and at - ent.end <= _MAX_MODIFIERS + 1:
        word = doc[at]
        if word.is_lower and word.lower_ in _unit_nouns():
            return Span(doc, ent.start, ent.end + 1, label="ORG")
        if not (word.is_lower or word.text == "-"):
            return None
        at += 1
    return None
