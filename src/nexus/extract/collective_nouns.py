"""Relative clauses on the members of an apposed collective: "X, a network of youth that ...".

In "X, a loose network of armed youth that operates across Y" the parser hangs the relative clause
on the last noun ("youth"), whose modifiers may name a people or a place ("Nuer youth"); what the
clause says is said of X either way, since the network's members are X. A collective noun
(``relations.yaml`` ``collective_nouns``) apposed to a named actor, whose "of" phrase holds the
clause's antecedent, hands the antecedent over to that actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from nexus import ontology

if TYPE_CHECKING:
    from nexus.extract.entities import EntityCluster
    from nexus.extract.relation_context import RelationContext

__all__ = ["collective_apposition"]


def _collectives() -> frozenset[str]:
    return ontology.words("relations.yaml", "collective_nouns")


def collective_apposition(ctx: RelationContext, antecedent: Token) -> EntityCluster | None:
    """The named actor whose apposed collective noun's "of" phrase is ``antecedent``, or None.

    ``antecedent`` must be the object of "of" under a collective noun that names no entity of its
    own and is apposed to a word naming an organisation or a person ("X, a network of youth");
    ``antecedent`` itself must name no entity (in "X, a coalition of Y and Z that ..." the clause
    is read on Y and Z as before)."""
    prep = antecedent.head
    if antecedent.dep_ != "pobj" or prep.lower_ != "of" or ctx.entity(antecedent) is not None:
        return None
    noun = prep.head
    if noun.dep_ != "appos" or noun.lemma_.lower() not in _collectives() or ctx.entity(noun) is not None:
        return None
    named = ctx.entity(noun.head)
    return named if named is not None and named.type in ("ORG", "PERSON") else None
