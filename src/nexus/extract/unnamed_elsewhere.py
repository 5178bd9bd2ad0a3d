"""Happenings set at an unnamed place apart from the one told: "a strike on a school in a
neighbouring township", "gunmen raided a nearby village". Such a happening is not at the town
another sentence names, nor at the dateline's: it lies somewhere else the text does not name.

The modifiers are ``other_place_modifiers`` of ``coreference.yaml``; the prepositions that set a
happening there are its ``away_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus import ontology


def set_at_an_unnamed_other_place(triggers: list[Token]) -> bool:
    """Whether a trigger's own phrase sets its happening at an unnamed place a modifier sets apart
    ("in a neighbouring township", "at a nearby village"): a lower-case noun, in no named entity,
    the object of a place preposition under the trigger, with one of ``other_place_modifiers``
    before it. False for a named place ("in neighbouring Kelmo") and for a noun outside the
    trigger's phrase ("the gunmen, who came from a nearby village, killed ...")."""
    modifiers = ontology.words("coreference.yaml", "other_place_modifiers")
    prepositions = ontology.words("coreference.yaml", "away_prepositions")
    for trigger in triggers:
        for token in trigger.subtree:
            if (
                token.dep_ == "pobj"
                and token.is_lower
                and not token.ent_type_
                and token.head.lower_ in prepositions
                and any(
                    c.dep_ in ("amod", "advmod", "compound") and c.lower_ in modifiers for c in token.children
                )
                and not _under_a_clause(token, trigger)
            ):
                return True
    return False


def _under_a_clause(token: Token, trigger: Token) -> bool:
    """Whether a verb other than the trigger stands between ``token`` and the trigger (a relative
    or adverbial clause of its own: "a strike that forced people to flee to a nearby village")."""
    node = token.head
    while node.i != trigger.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False
