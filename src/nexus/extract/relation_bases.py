"""Based-in readings of two shapes the main rules (relations.py ``_based_in``) miss.

Ground listed beside ground (:func:`conjoined_grounds`):
"operates from the hills of X and neighbouring Y", "has bases in the X forest and the nearby Y
reserve": the parser often hangs the second member of such a list on the first ground noun (the
hills, the bases) rather than on the place inside it, so the place phrase of the ground says only
X. The conjuncts of a ground that are a place themselves, or a common noun carrying a place as
its modifier ("the nearby Y reserve", "Y district"), are further ground of the same verb or noun.

A settlement or division named by its "of" phrase (:func:`named_grounds`): "based in the coastal
city of X", "active in the province of Y" say X and Y (``relations.yaml`` ``named_place_nouns``).

Men kept by a group (:func:`holder_of_men`): "X has fighters who operate from Y", "X keeps
cells that move between Y and Z": the men a relative clause says are based somewhere are the
object of a verb of having whose subject is the group.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, lemma_of, places_in, pobjs, subjects_of

__all__ = ["conjoined_grounds", "holder_of_men", "named_grounds"]

#: Verbs by which a group has men ("has fighters who ...", "keeps cells that ...").
_HAVING = frozenset({"have", "keep", "retain", "maintain"})


def _place(ctx: RelationContext, tok: Token) -> EntityCluster | None:
    found = ctx.entity(tok)
    return found if found is not None and found.type == "PLACE" else None


def _carries_a_place(ctx: RelationContext, noun: Token) -> bool:
    """A common noun with a place as its modifier: "the nearby Y reserve", "Y district"."""
    if not (noun.is_lower and noun.pos_ == "NOUN"):
        return False
    return any(_place(ctx, m) is not None for m in noun.children if m.dep_ in ("compound", "amod"))


def conjoined_grounds(ctx: RelationContext, ground: Token) -> list[Token]:
    """The conjuncts of ``ground`` that name further ground: a place, or a common noun whose
    modifier is one; never an actor or a noun of something else ("bases and supply lines"), and
    only those after it ("X's headquarters in Y and Z's camp in W": the camp's own phrase is W)."""
    return [
        q
        for q in ground.conjuncts
        if q.i > ground.i and (_place(ctx, q) is not None or _carries_a_place(ctx, q))
    ]


def holder_of_men(ctx: RelationContext, verb: Token, men: frozenset[str]) -> list[EntityCluster]:
    """The armed group that has the men a relative clause's verb is said of: "X has fighters who
    operate from Y" gives X. ``men`` are the lemmas of nouns for a group's men or cells
    (``relations.yaml`` ``presence_nouns``); the noun must have no owner of its own ("its
    fighters", "X fighters" are read by the rules), and the having verb's subject must name the
    group itself."""
    if verb.dep_ != "relcl" or not any(s.lower_ in ("who", "that", "which") for s in subjects_of(verb)):
        return []
    noun = verb.head
    if lemma_of(noun) not in men or noun.dep_ != "dobj" or lemma_of(noun.head) not in _HAVING:
        return []
    if any(c.dep_ in ("poss", "compound", "nmod", "amod") and ctx.entity(c) for c in noun.children):
        return []
    return [c for s in subjects_of(noun.head) for c in ctx.actors(s) if c.subtype == "armed_group"]


@cache
def _named_place_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("named_place_nouns") or ())


def named_grounds(ctx: RelationContext, ground: Token) -> list[EntityCluster]:
    """The place a common noun of a settlement or division names by its "of" phrase ("the
    coastal city of X", "the province of Y"); none for other nouns ("the edge of X")."""
    if not (ground.is_lower and ground.pos_ == "NOUN" and lemma_of(ground) in _named_place_nouns()):
        return []
    return [c for _, p in pobjs(ground, ("of",)) for c in places_in(ctx, p) if c.type == "PLACE"]
