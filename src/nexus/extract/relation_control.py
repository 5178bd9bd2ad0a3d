"""Ground held by a group, told by a noun of control: "towns under X control", "Y remains under
the control of X", "Y fell under X's rule"; or by the hands that hold it (:func:`in_hands`):
"Y has been in the hands of X since 2022", "Y fell into X's hands".

The verbs of holding ground ("X controls Y", "Y, held by X") are read in relations.py
(``_controls``); this reads the same fact when "control" is a noun in an "under" phrase. The
holder is the noun's modifier or its "of" phrase, an armed group; the ground is what the "under"
phrase is said of: the noun it hangs on, with that noun's "including" list ("towns under X
control, including Y and Z"), or the subject of the verb it hangs on ("Y remains partly under X
control", "Y fell under X control in 2014").

A state's forces hold ground too when the text says a place is held by them in a participle or
passive ("Y, the last city still held by the army", :func:`held_by_forces`); their other verbs of
control ("the army controls the road") are left out, as they are in relations.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, lemma_of, places_in, pobjs, subjects_of
from nexus.extract.tokens import matching

__all__ = ["held_by_forces", "in_hands", "under_control"]

#: Nouns of holding ground that an "under" phrase takes ("under X control", "under X rule").
_CONTROL_NOUNS = frozenset({"control", "rule", "occupation"})


def held_by_forces(ctx: RelationContext, verb: Token) -> list[EntityCluster]:
    """The state forces that hold a place by a passive verb of holding ("Y, still held by the
    army", "Y is held by X troops"): the agents of a past participle that are a military body."""
    if verb.tag_ != "VBN":
        return []
    agents = [p for prep, p in pobjs(verb, ("by",)) if prep.dep_ == "agent"]
    return [c for a in agents for c in ctx.actors(a) if c.type == "ORG" and c.subtype == "military"]


def _holders(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """The armed group a control noun names as holder: its modifier ("X control", "X's control")
    or its "of" phrase ("the control of X")."""
    found = ctx.modifier_entity(noun)
    holders = [found] if found is not None else [c for _, p in pobjs(noun, ("of",)) for c in ctx.actors(p)]
    return [h for h in holders if h.type == "ORG" and h.subtype == "armed_group"]


def _ground(ctx: RelationContext, under: Token) -> list[EntityCluster]:
    """The places an "under" phrase is said of: the noun it hangs on, or the subject of its verb."""
    head = under.head
    while head.pos_ == "ADV" and head.head is not head:  # "partly under X control"
        head = head.head
    if head.pos_ in ("NOUN", "PROPN"):
        return [c for c in places_in(ctx, head) if c.type == "PLACE"]
    if head.pos_ in ("VERB", "AUX"):
        return [c for s in subjects_of(head) for c in places_in(ctx, s) if c.type == "PLACE"]
    return []


def under_control(ctx: RelationContext, sent: Span) -> None:
    """based_in from "under X control" phrases in ``sent`` (see the module docstring)."""
    for tok in matching(sent, _CONTROL_NOUNS):
        if tok.pos_ != "NOUN" or lemma_of(tok) not in _CONTROL_NOUNS:
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ != "under":
            continue
        holders = _holders(ctx, tok)
        if not holders:
            continue
        places = _ground(ctx, tok.head)
        # ("towns under X control, including Y and Z": the list parsed on the control noun)
        listed = [c for _, p in pobjs(tok, ("including",)) for c in places_in(ctx, p) if c.type == "PLACE"]
        for place in [*places, *(c for c in listed if c not in places)]:
            for holder in holders:
                ctx.add(holder, "based_in", place, lemma_of(tok), sent, tok)


def _holding_nouns() -> frozenset[str]:
    """Nouns that, after "in" or "into", name who holds ground (``relations.yaml`` ``holding_nouns``)."""
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("holding_nouns") or ())


def in_hands(ctx: RelationContext, sent: Span) -> None:
    """based_in from "Y is in the hands of X", "Y fell into X's hands", "the town, in the hands of
    X since 2020": the holder is the noun's possessor or its "of" phrase, an armed group (a state's
    force holds ground without being based there, and a suspect "in the hands of the police" is no
    ground); the ground is the place the "in" phrase is said of, as for "under X control"."""
    nouns = _holding_nouns()
    for tok in matching(sent, nouns):
        if tok.pos_ != "NOUN" or lemma_of(tok) not in nouns:
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "into"):
            continue
        holders = _holders(ctx, tok)
        if not holders:
            continue
        for place in _ground(ctx, tok.head):
            for holder in holders:
                ctx.add(holder, "based_in", place, lemma_of(tok), sent, tok)
