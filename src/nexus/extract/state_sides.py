"""Whether a military action's sentence names a state as the side that acts.

An event's actor may be a whole state that the sentence never names as the one acting: the
state read off "the army said", "our soldiers", another country's army ("the X army's
spokesman" for a state next door) or the country where the fighting took place ("in Y, troops
killed ...", "near the Z border"). A hostility dyad between that state and the group its troops
fought is one the text does not tell (the annotated pages set the named force, or no one,
against the group). :func:`names_state_as_side` tells the state named as the side that acts
("Xian troops", "X's army", "aircraft of X", "X struck") from the state named only as where.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster

__all__ = ["names_state_as_side"]


@cache
def _where_preps() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("where_preps") or ())


def _locative(token: Token) -> bool:
    """Whether a name's head word says where: the object of a place preposition ("in X", "near
    the X border"), directly, through the noun it modifies ("in X's north", "the X border") or
    through the town it follows ("near Y, X") or is listed with ("in Y and X")."""
    while token.dep_ in ("appos", "conj") and token.head.i < token.i:
        token = token.head
    if token.dep_ in ("poss", "compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _where_preps()


def names_state_as_side(state: EntityCluster, sent: Span) -> bool:
    """Whether ``sent`` names ``state`` (a country) as a side: by one of its nationality words
    ("Xian troops"), or by a mention that is not only where something happened ("X's army",
    "aircraft of X", "X struck"); False when the sentence names it only as a place ("in X",
    "near the X border") or not at all."""
    if state.country and any(ontology.demonyms().get(t.lower_) == state.country for t in sent):
        return True
    doc = sent.doc
    for mention in state.mentions:
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and not _locative(span.root):
            return True
    return False
