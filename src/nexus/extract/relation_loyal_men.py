"""Men named by whom they are loyal to: "forces loyal to X", "fighters loyal to Y".

A subject such as "forces loyal to the X council overran Y positions" names no actor of its own:
the men are X's, and what they do is X's side of a hostility. :func:`loyal_to` gives the actors a
noun for armed men (``relations.yaml`` ``loyal_men.nouns``) is said to be loyal to by an adjective
of ``loyal_men.adjectives`` with a "to" phrase (nested, so that these words are no cue lists of
the relation model's features).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, lemma_of, pobjs

__all__ = ["loyal_to"]


@cache
def _words(key: str) -> frozenset[str]:
    table = ontology.table("relations.yaml").get("loyal_men") or {}
    return frozenset(str(w).lower() for w in table.get(key) or ())


def loyal_to(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """The actors armed men are loyal to ("forces loyal to X" gives X); [] when ``noun`` is no
    unnamed noun of armed men (``loyal_men.nouns``) or carries no adjective of loyalty with a "to"
    phrase naming an actor (organisations and states; a person's men are not read)."""
    if ctx.entity(noun) is not None or lemma_of(noun) not in _words("nouns"):
        return []
    found: list[EntityCluster] = []
    for adj in noun.children:
        if adj.dep_ != "amod" or adj.i < noun.i or lemma_of(adj) not in _words("adjectives"):
            continue
        for _, p in pobjs(adj, ("to",)):
            found += [c for c in ctx.actors(p) if c.type != "PERSON" and c not in found]
    return found
