"""Places a sentence names only as an office's area: "the Governor of X State", "X State Governor
A B", "the Y district commissioner", "the prefect of Z".

Such a name says whose office a person holds, not where a happening was: the governor of X visits
the wounded in a town, the Y district commissioner speaks of an ambush on a road. An event's place
candidates keep it only as a last resort, after every place its sentence names otherwise
(:func:`last_for_offices`). "An attack on the X governor's residence" names a building, not an
office: the name there keeps its rank.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.mention_roots import place_roots

#: How many nouns an office's area may climb through to its office ("X State police commissioner").
_MAX_CLIMB = 4


@cache
def _office_nouns() -> frozenset[str]:
    """Nouns of an office a person holds (``role_nouns_before_names``, ``offices_after_places``
    and ``area_office_nouns`` of titles.yaml)."""
    table = ontology.table("titles.yaml")
    keys = ("role_nouns_before_names", "offices_after_places", "area_office_nouns")
    return frozenset(str(w).lower() for key in keys for w in table.get(key, []))


def names_an_office(root: Token) -> bool:
    """Whether the place name whose head token is ``root`` only qualifies an office noun ("the
    Governor of X", "X's governor", "the X district commissioner"), that office noun being no
    owner of a thing ("the X governor's residence") nor the object of a preposition of place."""
    token = root
    for _ in range(_MAX_CLIMB):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.i != head.i:
            token, head = head, head.head
        elif token.dep_ not in ("compound", "poss", "nmod", "amod"):
            return False
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in _office_nouns():
            return _holds_the_office(head)
        if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.dep_ == "compound"):
            return False
        token = head
    return False


def _holds_the_office(noun: Token) -> bool:
    """Whether the office noun stands for its holder, not for a thing the holder owns or a place."""
    if noun.dep_ == "poss" or any(c.tag_ == "POS" for c in noun.children):
        return False  # "the X governor's residence": a building
    return not (noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in", "inside", "outside", "near"))


def last_for_offices(
    places: list[EntityCluster], roots: list[Token], index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """``places`` with those the sentence names only as an office's area (every mention of theirs
    among ``roots``, the sentence's place name heads: :func:`names_an_office`) moved after the
    others; unchanged when all are such."""
    office_only = _office_only(places, roots, index)
    if not office_only or len(office_only) == len(places):
        return places
    return [p for p in places if id(p) not in office_only] + [p for p in places if id(p) in office_only]


def _office_only(
    places: list[EntityCluster], roots: list[Token], index: dict[int, EntityCluster]
) -> set[int]:
    """The ids of the places all of whose mentions among ``roots`` name an office's area."""
    out: set[int] = set()
    for place in places:
        mentions = [r for r in roots if index.get(r.i) is place]
        if mentions and all(names_an_office(r) for r in mentions):
            out.add(id(place))
    return out


def offices_last_here(
    places: list[EntityCluster], sent: Span, index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """:func:`last_for_offices` for the place mentions of ``sent`` (``index``: token index ->
    entity)."""
    if len(places) < 2:
        return places
    return last_for_offices(places, place_roots(sent, index), index)


def without_offices(
    places: list[EntityCluster], sent: Span, index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """``places`` less those ``sent`` names only as an office's area ("the visit of the Governor
    of X to Y": X is no destination)."""
    if not places:
        return places
    office_only = _office_only(places, place_roots(sent, index), index)
    return [p for p in places if id(p) not in office_only]
