"""Hostility from a deed ascribed to a group: "police attributed the bombing to X", "the attack
was attributed to Y by the army", "a killing the governor ascribed to Z".

Blame is read in relations.py with its own "on" or "for" phrase ("blamed the attack on X"); a
verb of ascribing (``relations.yaml`` ``ascribing_verbs``) names the doer by its "to" phrase
instead. Whoever ascribes the deed (the verb's subject, or the "by" agent of its passive) stands
against the doer, as a party that blames one does; the doer is an organisation, never a person
or a place ("attributed the delay to the weather" gives nothing, nor does "attributed the quote
to the minister"). A deed ascribed to an outside cause ("attributed the fire to an electrical
fault") has no actor and gives nothing.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, lemma_of, pobjs, subjects_of
from nexus.extract.tokens import matching

__all__ = ["ascribed_deeds"]


@cache
def _verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("ascribing_verbs") or ())


def _ascribers(ctx: RelationContext, verb: Token) -> list[EntityCluster]:
    """Who ascribes: the subject of an active verb, the "by" agent of a passive or a participle."""
    passive = verb.tag_ == "VBN" and (
        verb.dep_ == "acl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    )
    if passive:
        return [c for prep, p in pobjs(verb, ("by",)) if prep.dep_ == "agent" for c in ctx.actors(p)]
    return [c for s in subjects_of(verb) for c in ctx.actors(s)]


def ascribed_deeds(ctx: RelationContext, sent: Span) -> None:
    """hostility between whoever ascribes a deed and the organisation the "to" phrase names."""
    for verb in matching(sent, _verbs()):
        if verb.pos_ != "VERB" or lemma_of(verb) not in _verbs():
            continue
        # (the parser may hang the "to" phrase on the deed's own phrases: "the ambush on the road to X")
        deed = [
            c
            for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ != "to")
        ]
        heads = [verb, *(t for d in deed for t in d.subtree if t.pos_ in ("NOUN", "PROPN"))]
        doers = [c for h in heads for _, p in pobjs(h, ("to",)) for c in ctx.actors(p) if c.type == "ORG"]
        if not doers:
            continue
        ctx.add_pairs(_ascribers(ctx, verb), "hostility", doers, lemma_of(verb), sent, verb)
