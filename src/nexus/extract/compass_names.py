"""A body named after a region whose compass word the tagger left out ("[Western] X Command").

The tagger often tags only the place of "Western X Command" and a later stage makes "X Command"
of it; the capitalised compass word before (``compass_words`` of entities.yaml, "Western",
"North") opens the name: no other capitalised word stands before it.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from nexus import ontology


@cache
def _compass_words() -> frozenset[str]:
    words = ontology.table("entities.yaml").get("compass_words", [])
    return frozenset(w.capitalize() for w in words if not w.endswith("-"))


def with_compass_openers(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each organisation's span of two words or more that a capitalised compass word
    stands right before (itself after no capitalised word and in no span) run on over it."""
    starts = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        at = ent.start - 1
        if (
            ent.label_ == "ORG"
            and len(ent) >= 2
            and at >= 0
            and at not in starts
            and doc[at].text in _compass_words()
            and not (at > 0 and doc[at - 1].is_title and doc[at - 1].is_alpha)
        ):
            ent = Span(doc, at, ent.end, label="ORG", kb_id=ent.kb_id_)
        out.append(ent)
    return out
