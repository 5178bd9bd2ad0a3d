"""A state whose troops serve in an international force is a member of it.

"Xian soldiers now serve in the Y mission", "X first deployed in 2011; today its units are part
of the Y mission", "X's troops serve under the Y force": the state contributes to the body
(affiliation, as ``_membership`` reads "X contributes troops to Y"). Only a body
:func:`relation_members.is_coalition` knows as a coalition or an international mission, and
only a subject that is a state's men in arms (``relations.yaml`` ``force_men``) owned by a
state through a nationality word, a possessive name or a possessive pronoun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import (
    PRONOUNS,
    RelationContext,
    is_country,
    lemma_of,
    pobjs,
    subjects_of,
)
from nexus.extract.relation_members import is_coalition
from nexus.extract.tokens import matching

__all__ = ["serving_in_bodies"]

_SERVING = frozenset({"serve"})


def _force_men() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("force_men") or ())


def _owning_state(ctx: RelationContext, men: Token) -> EntityCluster | None:
    """The state whose men in arms a noun names: "Xian soldiers", "X's troops", "its forces"."""
    if lemma_of(men) not in _force_men() | {"contingent"}:
        return None
    for child in men.children:
        if child.i > men.i:
            continue
        found: list[EntityCluster] = []
        if child.dep_ == "poss" and child.lower_ in PRONOUNS:
            found = ctx.pronoun(child)
        elif child.dep_ in ("poss", "amod", "compound", "nmod"):
            c = ctx.entity(child) or ctx.demonym(child)
            found = [c] if c is not None else []
        states = [c for c in found if is_country(c)]
        if states:
            return states[0]
    return None


def serving_in_bodies(ctx: RelationContext, sent: Span) -> None:
    """Affiliate each state whose men serve in (or under, with) an international body."""
    for verb in matching(sent, _SERVING):
        if verb.pos_ != "VERB" or lemma_of(verb) not in _SERVING:
            continue
        bodies = [
            c for _, p in pobjs(verb, ("in", "under", "with")) for c in ctx.actors(p) if is_coalition(c)
        ]
        if not bodies:
            continue
        for subject in subjects_of(verb):
            state = _owning_state(ctx, subject)
            for body in bodies:
                ctx.add(state, "affiliation", body, "serve", sent, verb)
