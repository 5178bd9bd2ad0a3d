"""A change in the kinds of happening a side goes in for: "the movement switched from raids on
convoys to raids on villages", "the gang turned to kidnappings".

Analysts and research digests tell how a group's way of acting changed; the plurals they name
after the verb of change are kinds, not happenings told. A trigger is such a kind when it is a
bare plural (no article, possessive or figure: "shifted to the attack on the depot" is one
happening) under a preposition of ``kind_shifts.preps`` hung on a verb of ``kind_shifts.verbs``
(events.yaml).
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus import ontology


def _words(key: str) -> frozenset[str]:
    return ontology.words("events.yaml", "kind_shifts", key)


def _kind_under_verb(token: Token) -> bool:
    """A bare plural object of a ``kind_shifts`` preposition on a ``kind_shifts`` verb."""
    if token.tag_ != "NNS" or token.dep_ != "pobj":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    prep = token.head
    return prep.lower_ in _words("preps") and prep.head.lemma_.lower() in _words("verbs")


def in_kind_shift(token: Token) -> bool:
    """Whether the trigger ``token`` is a kind a side shifted from or to: a bare plural object of
    a ``kind_shifts`` preposition on a ``kind_shifts`` verb, or of such a preposition the parse
    hung inside the phrase of the first kind ("moved from raids on convoys to raids on
    markets"). False for anything else."""
    if _kind_under_verb(token):
        return True
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.head.lower_ not in _words("preps"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    for above in token.head.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return False
        if _kind_under_verb(above):
            return True
    return False
