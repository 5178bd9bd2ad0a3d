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

__all__ = ["mention_heads", "names_state_as_side", "only_where"]


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


def mention_heads(cluster: EntityCluster, sent: Span) -> list[Token]:
    """The head tokens of ``cluster``'s mentions that lie in ``sent`` (empty when none does)."""
    doc = sent.doc
    heads = []
    for mention in cluster.mentions:
        if sent.start_char <= mention.start < sent.end_char:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                heads.append(span.root)
    return heads


def _by_nationality(state: EntityCluster, sent: Span) -> bool:
    """Whether ``sent`` holds a nationality word of ``state`` ("Kenyan soldiers")."""
    demonyms = ontology.demonyms()
    return bool(state.country) and any(demonyms.get(t.lower_) == state.country for t in sent)


def names_state_as_side(state: EntityCluster, sent: Span) -> bool:
    """Whether ``sent`` names ``state`` (a country) as a side: by one of its nationality words
    ("Xian troops"), or by a mention that is not only where something happened ("X's army",
    "aircraft of X", "X struck"); False when the sentence names it only as a place ("in X",
    "near the X border") or not at all."""
    return _by_nationality(state, sent) or any(not _locative(h) for h in mention_heads(state, sent))


def only_where(place: EntityCluster, sent: Span, *, where: bool = True) -> bool:
    """Whether every mention of ``place`` in ``sent`` says where ("in X", "near the border with
    X", "in X's north"; only with ``where``) or what kind a thing is by where it is registered
    ("a X-flagged tanker", "X-registered firms"), none whom or whose ("X's army", "an X army
    post", "attacked X", a nationality word of X anywhere in the sentence). False when ``sent``
    does not mention it."""
    preps = _where_preps() if where else frozenset()
    heads = mention_heads(place, sent)
    if not heads or _by_nationality(place, sent):
        return False  # "Kenyan soldiers were killed ... in Kenya's Garissa county": the state's own men

    def locative(token: Token) -> bool:
        if token.dep_ == "npadvmod" and token.head.tag_ in ("VBN", "JJ") and token.nbor().tag_ == "HYPH":
            return True  # "X-flagged": a participle compounded with the place
        if token.dep_ in ("poss", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
            token = token.head  # "in X's north", "in the X border area"
        return token.dep_ == "pobj" and token.head.lower_ in preps

    return all(locative(h) for h in heads)
