"""Officials who meet their counterparts: the two states cooperate.

"A's defence minister met his B counterpart", "X hosted his counterpart from B, C D, for talks":
an official who meets, hosts or holds talks with the holder of the same office in another state
sets the two states in cooperation, and the counterpart named in apposition ("..., C D,") serves
that other state. The official's own state is a country named in the subject phrase, a nationality
word there, or the state the official is already affiliated to.

The verbs are ``relations.yaml``'s ``counterpart_verbs``; the nouns ``counterpart_nouns``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, is_country, lemma_of, pobjs, subjects_of
from nexus.extract.tokens import matching

__all__ = ["counterparts"]


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get(key) or ())


def _state_of(ctx: RelationContext, tok: Token) -> EntityCluster | None:
    """The country a token names, directly or by a nationality word."""
    c = ctx.entity(tok)
    if c is not None and is_country(c):
        return c
    return ctx.demonym(tok)


def _own_state(ctx: RelationContext, subject: Token) -> EntityCluster | None:
    """The state of the subject phrase: the one country it names ("Ghana's interior minister",
    "the Malian minister"), else the one country its persons are affiliated to."""
    named = {id(c): c for t in subject.subtree for c in [_state_of(ctx, t)] if c is not None}
    if len(named) == 1:
        return next(iter(named.values()))
    if named:
        return None
    found = [ctx.entity(t) for t in subject.subtree]
    persons = {id(c): c for c in found if c is not None and c.type == "PERSON"}
    states = {
        id(r.target): r.target
        for r in ctx.out
        if r.type == "affiliation" and id(r.source) in persons and is_country(r.target)
    }
    return next(iter(states.values())) if len(states) == 1 else None


def _other_states(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """The counterparts' states: the nationality words before the noun ("his Togolese
    counterpart", "his Iraqi and Syrian counterparts") or the countries of a "from" phrase on the
    noun or right after it on the verb, each listed one ("from Iraq and Syria"); [] when none."""
    found: dict[int, EntityCluster] = {}
    for child in noun.children:
        if child.i < noun.i and child.dep_ in ("amod", "compound", "nmod"):
            for word in (child, *child.conjuncts):
                state = _state_of(ctx, word)
                if state is not None:
                    found.setdefault(id(state), state)
    if found:
        return list(found.values())
    heads = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    for head in heads:
        for prep, obj in pobjs(head, ("from",)):
            if prep.i <= noun.i:
                continue
            for listed in (obj, *obj.conjuncts):
                for t in listed.subtree:
                    if t.dep_ == "conj" and t is not listed:
                        continue  # each listed country is read as its own item
                    state = _state_of(ctx, t)
                    if state is not None:
                        found.setdefault(id(state), state)
                        break
            if found:
                return list(found.values())
    return []


def _apposed_person(ctx: RelationContext, noun: Token) -> EntityCluster | None:
    """The person named in apposition to the noun ("his counterpart, C D,")."""
    for child in noun.children:
        if child.dep_ == "appos":
            c = ctx.entity(child)
            if c is not None and c.type == "PERSON":
                return c
    return None


def counterparts(ctx: RelationContext, sents: list[Span]) -> None:
    """Add the cooperation of the two states of each meeting of counterparts in ``sents``, and the
    counterpart's affiliation to their state."""
    nouns, verbs = _words("counterpart_nouns"), _words("counterpart_verbs")
    for sent in sents:
        for noun in matching(sent, nouns):  # (the nouns of the lexicon only)
            if noun.pos_ != "NOUN":
                continue
            verb = noun.head
            if noun.dep_ == "pobj" and verb.lower_ == "with":  # "held talks with his counterpart"
                verb = verb.head.head if verb.head.pos_ == "NOUN" else verb.head
            elif noun.dep_ != "dobj":
                continue
            if verb.pos_ != "VERB" or lemma_of(verb) not in verbs:
                continue
            others = _other_states(ctx, noun)
            if not others:
                continue
            person = _apposed_person(ctx, noun)
            if person is not None and len(others) == 1:
                ctx.add(person, "affiliation", others[0], lemma_of(noun), sent, noun)
            own = next((s for s in (_own_state(ctx, t) for t in subjects_of(verb)) if s is not None), None)
            for other in others:
                if own is not None and own is not other:
                    ctx.add(own, "cooperation", other, lemma_of(verb), sent, verb)
