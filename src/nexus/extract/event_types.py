"""An event mention's type once its actors are known.

The trigger lexicon gives a first type; who acts decides between an attack
(violence by non-state actors) and a military_action (by a state's forces),
following the annotation conventions.
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus.extract.arguments import is_state, subject_is_attacker_noun, subject_is_state_noun
from nexus.extract.entities import EntityCluster
from nexus.extract.triggers import kills_attackers


def refine_type(trigger: Token, etype: str, actors: list[EntityCluster]) -> str:
    """``etype`` corrected by the actors of ``trigger``: states strike, groups attack."""
    if etype == "attack" and (
        any(is_state(a) for a in actors) or subject_is_state_noun(trigger) or kills_attackers(trigger)
    ):
        return "military_action"
    if etype == "military_action" and (
        subject_is_attacker_noun(trigger) or any(a.subtype == "armed_group" for a in actors)
    ):
        return "attack"  # "a suicide bomber struck a market": strikes by non-state actors are attacks
    return etype
