"""Place anaphors: "the state's", "the city's", "the province's" stand for a place named before.

A title possessed by a definite place noun ("the state's security spokesman, A B", "the city's
mayor, C D") is an office of the province, state or city the report named last before it. The
place nouns and the kind of place each stands for are data (``relations.yaml``
``title_place_anaphors``: ``admin`` for a province, state, region or county, ``city`` for a city or
town). A country is :meth:`RelationContext.country_anaphor`'s ("the country's").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.tokens import sentence_start

__all__ = ["owned_by_place_noun", "place_anaphor"]

#: How many sentences before its own a place anaphor looks back for the place it stands for.
_SENTENCES_BACK = 2


@cache
def _kinds() -> dict[str, str]:
    """Place noun (lower case) -> the subtype of the place it stands for."""
    table = ontology.table("relations.yaml").get("title_place_anaphors") or {}
    return {str(w).lower(): str(kind) for kind, words in table.items() for w in words or ()}


def place_anaphor(tok: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The place a possessive place noun stands for, or None.

    ``tok`` must be a lower-case possessor ("state" of "the state's") that opens with "the" and
    names no entity of its own; ``index`` maps token indexes to the document's entities. The place
    is the last one of the noun's kind (``title_place_anaphors``) named before it, in its own sentence
    or the two before; none when no such place was named there (a bare "the state's" in a report
    that names only countries is the country's government, not read here)."""
    kind = _kinds().get(tok.lower_)
    if kind is None or tok.dep_ != "poss" or not tok.is_lower or tok.i in index:
        return None
    if not any(c.lower_ == "the" for c in tok.children):
        return None
    doc = tok.doc
    first = sentence_start(doc, tok.i)
    for _ in range(_SENTENCES_BACK):
        if first > 0:
            first = sentence_start(doc, first - 1)
    for i in range(tok.i - 1, first - 1, -1):
        cluster = index.get(i)
        if cluster is not None and cluster.type == "PLACE" and cluster.subtype == kind:
            return cluster
    return None


def owned_by_place_noun(title: Token) -> bool:
    """Whether a title is possessed by a definite place noun ("the state's security spokesman"):
    any title so owned is an office of that place's government, whatever its own word."""
    return any(
        c.dep_ == "poss"
        and c.is_lower
        and c.lower_ in _kinds()
        and any(d.lower_ == "the" for d in c.children)
        for c in title.children
    )
