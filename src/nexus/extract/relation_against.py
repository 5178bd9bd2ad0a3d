"""Hostility from a force raised, sent or set "against" someone.

"X, which brings together troops from A and B against Y and Z", "X deployed two battalions
against Y": the "against" phrase of a verb of raising or sending a force names the force's
enemy, so its subject stands against Y and Z (``relations.yaml`` ``against_purpose`` ``verbs``);
"the fighting pitted X against Y" sets the object against the "against" phrase (``pitting``).
Verbs of fighting read their own "against" phrase in relations.py; a person, a place or a
verb of speech ("warned against Y", "voted against Y") gives nothing here.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from nexus import ontology
from nexus.extract.relation_context import (
    RelationContext,
    lemma_of,
    pobjs,
    subjects_of,
    verb_objects,
)
from nexus.extract.tokens import matching

__all__ = ["raised_against"]


@cache
def _verbs(key: str) -> frozenset[str]:
    table = ontology.table("relations.yaml").get("against_purpose") or {}
    return frozenset(str(w).lower() for w in table.get(key) or ())


@cache
def _cue_verbs() -> frozenset[str]:
    """Every verb lemma :func:`raised_against` reads (its "pitting" and its raising verbs)."""
    return _verbs("pitting") | _verbs("verbs")


def raised_against(ctx: RelationContext, sent: Span) -> None:
    """hostility from the "against" phrase of a verb of raising, sending or pitting a force."""
    for verb in matching(sent, _cue_verbs()):
        if verb.pos_ != "VERB":
            continue
        lemma = lemma_of(verb)
        pitting = lemma in _verbs("pitting")
        if not pitting and lemma not in _verbs("verbs"):
            continue
        phrases = [p for _, p in pobjs(verb, ("against",))]
        if not pitting:  # "deployed two battalions against Y": the phrase hung on the object
            phrases += [p for o in verb_objects(verb) for _, p in pobjs(o, ("against",))]
        enemies = ctx.group_actors(phrases)
        if not enemies:
            continue
        sides = ctx.group_actors(verb_objects(verb) if pitting else subjects_of(verb))
        ctx.add_pairs(sides, "hostility", enemies, lemma, sent, verb)
