"""Help given at another's request: the doer and the one who asked cooperate.

"X sent troops at Y's invitation", "the suspect was detained by X police at Y's request", "troops
from X, deployed in Y at the government's request", "X deployed soldiers at the request of Y": whoever
does the deed the "at ... request" phrase hangs on acts for the one who asked (cooperation). The
nouns are ``relations.yaml``'s ``request_nouns``; the asker is the noun's possessor or its "of"
phrase, the doer the subject of the verb the phrase hangs on, its "by" agent when it is passive, or
the noun a participle describes ("troops from X, deployed ...").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, is_actor, lemma_of, pobjs, subjects_of
from nexus.extract.tokens import matching

__all__ = ["at_request"]


@cache
def _request_nouns() -> frozenset[str]:
    """Nouns of asking for help (``relations.yaml`` ``request_nouns``: "request", "invitation")."""
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("request_nouns") or ())


def _askers(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """Who asked: "Y's request", "the request of Y" (an organisation, a person or a state), "the
    government's request" (the state named last before it)."""
    heads = [c for c in noun.children if c.dep_ == "poss"] + [p for _, p in pobjs(noun, ("of",))]
    found = [c for h in heads for c in ctx.actors(h) if is_actor(c)]
    if not found:  # "deployed in X at the government's request": the state named last before
        bare = [h for h in heads if lemma_of(h) in ("government", "authority") and h.is_lower]
        found = [c for h in bare if not _modified(h) for c in [ctx.country_anaphor(h)] if c is not None]
    return found


def _modified(noun: Token) -> bool:
    """Whether a noun has a word of its own naming whose it is ("the Xian government")."""
    return any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in noun.children)


def _doers(ctx: RelationContext, verb: Token) -> list[EntityCluster]:
    """Who did the deed: the verb's subject or "by" agent, or the noun its participle describes."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "troops from X, deployed in Y at Z's request"
        noun = verb.head
        found = ctx.actors(noun) or [c for _, p in pobjs(noun, ("from", "of")) for c in ctx.actors(p)]
        return [c for c in found if is_actor(c)]
    agents = [p for _, p in pobjs(verb, ("by",))]
    subjects = agents if agents else subjects_of(verb)
    if any(c.dep_ == "nsubjpass" for c in verb.children) and not agents:
        return []  # "X was detained at Y's request": the doer is not told
    return [c for s in subjects for c in ctx.actors(s) if is_actor(c)]


def at_request(ctx: RelationContext, sent: Span) -> None:
    """Cooperation of a deed's doer with the one at whose request or invitation it was done."""
    for noun in matching(sent, _request_nouns()):  # (the nouns of the lexicon only)
        if noun.pos_ != "NOUN":
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("at", "on"):
            continue
        verb = prep.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and verb.dep_ in ("pobj", "prep"):
            verb = verb.head  # "detained ... on 3 December at Y's request": the phrase hung on the date
        if verb.pos_ != "VERB":
            continue
        askers = _askers(ctx, noun)
        if not askers:
            continue
        for doer in _doers(ctx, verb):
            for asker in askers:
                if doer is not asker:
                    ctx.add(doer, "cooperation", asker, lemma_of(noun), sent, noun)
