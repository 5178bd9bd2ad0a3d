"""Units under a command: "the 5th Battalion, under the 2nd Brigade", "the X Brigade is under
the operational control of the Y Division", "the Z Column operates under the W Front".

A force or armed group placed "under" another (directly, or under its "command", "control" or
"authority": ``relations.yaml`` ``command_nouns``) is part of it (affiliation). The subordinate is
the name the "under" phrase hangs on, or the subject ("troops of X" included) of a verb of being
or serving it hangs on (``relations.yaml`` ``command_verbs``), or of any verb when the phrase is
set off by commas ("troops of X, under Y, were patrolling"). Both must be forces or armed
groups of their own: a state, a ministry or a place under a command is left alone (ground "under
X control" is read by :mod:`nexus.extract.relation_control`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, lemma_of, pobjs, subjects_of
from nexus.extract.tokens import matching

__all__ = ["units_under"]

#: The kinds of organisation that stand in a chain of command of their own.
_UNIT_SUBTYPES = frozenset({"military", "armed_group"})

#: The word whose phrases :func:`units_under` reads.
_UNDER = frozenset({"under"})


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get(key) or ())


def _unit(c: EntityCluster | None) -> bool:
    return c is not None and c.type == "ORG" and c.subtype in _UNIT_SUBTYPES


def _commanders(ctx: RelationContext, pobj: Token) -> list[EntityCluster]:
    """The unit an "under" phrase names: its object ("under the Y Brigade") or, when the object
    is a command noun, that noun's possessor, modifier or "of" phrase ("under the operational
    control of Y", "under Y's command")."""
    found = ctx.entity(pobj)
    if found is None and lemma_of(pobj) in _words("command_nouns"):
        found = ctx.modifier_entity(pobj)
        if found is None:
            found = next((c for _, p in pobjs(pobj, ("of",)) for c in ctx.actors(p, conj=False)), None)
    return [found] if found is not None and _unit(found) else []


def _set_off(under: Token) -> bool:
    """Whether an "under" phrase stands between commas right after its verb's subject ("troops
    of X, under Y, were patrolling"): said of the subject, whatever the verb."""
    doc = under.doc
    end = under.right_edge.i + 1
    return under.i > 0 and doc[under.i - 1].text == "," and end < len(doc) and doc[end].text == ","


def _subordinates(ctx: RelationContext, under: Token) -> list[EntityCluster]:
    """The units an "under" phrase is said of: the name it hangs on ("X, under Y"), or the
    subjects of the verb of being or serving it hangs on ("X is under Y", "troops of X operate
    under Y")."""
    head = under.head
    if head.pos_ in ("NOUN", "PROPN"):
        heads = [head]
    elif head.pos_ in ("VERB", "AUX") and (lemma_of(head) in _words("command_verbs") or _set_off(under)):
        heads = subjects_of(head)
    else:
        return []
    found: list[EntityCluster] = []
    for tok in heads:
        named = ctx.entity(tok)
        if named is None:  # "troops of X": the unit the men are of
            named = next((c for _, p in pobjs(tok, ("of",)) for c in ctx.actors(p, conj=False)), None)
        if named is not None and _unit(named):
            found.append(named)
    return found


def units_under(ctx: RelationContext, sent: Span) -> None:
    """affiliation from "under" phrases in ``sent`` that place one unit under another (see the
    module docstring)."""
    for under in matching(sent, (), _UNDER):  # (only its "under" tokens built, not every token)
        if under.dep_ != "prep":
            continue
        commanders = [c for p in under.children if p.dep_ == "pobj" for c in _commanders(ctx, p)]
        if not commanders:
            continue
        for unit in _subordinates(ctx, under):
            for commander in commanders:
                if unit is not commander:
                    ctx.add(unit, "affiliation", commander, "under", sent, under)
