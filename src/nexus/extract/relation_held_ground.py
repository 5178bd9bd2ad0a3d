"""Based-in readings of ground a group holds or hides in, beside the main rules (relations.py).

Bare terrain held (:func:`held_terrain`): "X holds islands in Y", "X, whose cells hold marshes along
the eastern shore of Z": the verb of holding (``control_verbs``) takes a common noun of terrain as
its object and the parser hangs the place phrase on the verb, not on the terrain, so the object's
own phrases say nothing; the verb's phrase after the object (``held_ground.verb_preps``) places it.
The subject may be the group's men (:func:`men_owner`: "whose units", "X fighters").

Ground hidden among (:func:`extra_operate_preps`): "X shelters among the reed beds of Y", a preposition
of ground besides ``operate_preps`` (``held_ground.operate_preps``, nested so that it is no cue
list of the relation model's features).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, lemma_of, pobjs

__all__ = ["extra_operate_preps", "held_terrain", "men_owner"]


@cache
def _table(key: str) -> tuple[str, ...]:
    table = ontology.table("relations.yaml").get("held_ground") or {}
    return tuple(str(w).lower() for w in table.get(key) or ())


def extra_operate_preps() -> tuple[str, ...]:
    """Prepositions of ground a group operates or hides in besides ``operate_preps`` ("hide
    among the islands of X": ``held_ground.operate_preps``)."""
    return _table("operate_preps")


def held_terrain(verb: Token, terrain: frozenset[str]) -> list[Token]:
    """The objects of the phrases that place the bare terrain a verb of holding takes as its
    object ("holds islands in X" gives X, "hold marshes along the eastern shore of Y" gives "shore"):
    the verb's phrases of ``held_ground.verb_preps`` after the object; [] when the verb's direct
    object is no common noun of terrain (``terrain``: lemmas, ``terrain_nouns``)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.is_lower and lemma_of(c) in terrain]
    if not objects:
        return []
    return [p for prep, p in pobjs(verb, _table("verb_preps")) if prep.i > objects[0].i]


def men_owner(ctx: RelationContext, subject: Token, men: frozenset[str]) -> list[EntityCluster]:
    """The armed group whose men a subject names by a possessive or modifier ("whose fighters",
    "X cells"): ``men`` are the lemmas of nouns for a group's men or cells (``presence_nouns``);
    [] for another subject or an owner that is no armed group."""
    if lemma_of(subject) not in men or ctx.entity(subject) is not None:
        return []
    owner = ctx.modifier_entity(subject)
    return [owner] if owner is not None and owner.subtype == "armed_group" else []


def named_ground(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """The named place a definite common noun of ground stands for by the head word of its name:
    "the lake" after "Lake X", "the forest" after "the Y Forest" (``held_ground.name_heads``):
    the last place named before it whose name holds that word; [] for a noun with a modifier or
    an "of" phrase of its own ("the X lake", "the lake of Y": named, not an anaphor), or none."""
    if not (noun.is_lower and noun.pos_ == "NOUN") or lemma_of(noun) not in _table("name_heads"):
        return []
    if ctx.entity(noun) is not None or not any(c.lower_ == "the" for c in noun.children):
        return []
    if any(c.dep_ in ("compound", "nmod", "poss", "amod") for c in noun.children) or any(
        pobjs(noun, ("of",))
    ):
        return []
    word = lemma_of(noun)
    for i in range(noun.i - 1, -1, -1):
        named = ctx.index.get(i)
        if named is not None and named.type == "PLACE" and word in named.name.lower().split():
            return [named]
    return []
