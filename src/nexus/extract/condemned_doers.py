"""Who condemns an attack stands against the group that carried it out.

"AUSSOM condemned the attack", "the Command condemns these cowardly attacks": a body or a state
that condemns an attack told in the report is hostile to the armed group the report names as its
doer (the attack's actors: the group that claimed it or that a named party blames). The attack is
the one the condemnation's object noun is a mention of, else the attack told last before it. A
person's condemnation is the body's they speak for (``relations.py``), not a dyad of their own.
"""

from __future__ import annotations

from functools import cache

from nexus.extract.entities import EntityCluster
from nexus.extract.events import EventDraft
from nexus.extract.triggers import event_ontology

__all__ = ["condemned_doers"]

#: Verbs of a judgement that sets the judge against whoever did the happening it names.
_CONDEMNING = frozenset({"condemn", "denounce", "deplore", "decry"})


@cache
def _attack_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in event_ontology()["types"]["attack"].get("nouns", []))


def condemned_doers(
    statement: EventDraft, events: list[EventDraft]
) -> list[tuple[EntityCluster, EntityCluster]]:
    """``(judge, armed group)`` pairs of a statement condemning an attack whose doers are named;
    empty for any other statement, a judge that is a person, or an attack with no armed group."""
    if statement.trigger.lemma_.lower() not in _CONDEMNING:
        return []
    judges = [a for a in statement.actors if a.type != "PERSON"]
    objects = [
        c
        for c in statement.trigger.children
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in _attack_nouns()
    ]
    if not judges or not objects:
        return []
    told = [(m.i, e) for e in events if e.type == "attack" for m in e.mentions if m.i <= objects[0].i]
    if not told:
        return []
    attack = next((e for i, e in told if i == objects[0].i), max(told, key=lambda pair: pair[0])[1])
    doers = [a for a in attack.actors if a.type == "ORG" and a.subtype == "armed_group"]
    return [(judge, doer) for judge in judges for doer in doers if judge is not doer]
