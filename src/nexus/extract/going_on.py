"""A happening noun that only goes on: "the sweep is still continuing in the hills".

The subject of a verb of continuation (``modality.going_on_verbs`` in ``events.yaml``) in the
present tense is a happening told before, still under way; the sentence tells no new one. Its
past ("fighting continued until dawn", "the raid continued for an hour") is left alone: that
tells how long a happening lasted, often the only telling of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus import ontology

_PRESENT = frozenset({"VBZ", "VBP"})


def _verbs() -> frozenset[str]:
    return ontology.words("events.yaml", "modality", "going_on_verbs")


def going_on(noun: Token) -> bool:
    """Whether ``noun`` is the subject of a present-tense verb of continuation.

    "operations continue", "the operation is continuing", "searches are proceeding": True;
    "the fighting continued", "operations will continue" (a future: the modality's ``planned``
    reads it), "troops continue their operations" (the noun is no subject): False.
    """
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.lemma_.lower() not in _verbs():
        return False
    if verb.tag_ in _PRESENT:
        return True
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and bool(auxes) and all(a.tag_ in _PRESENT for a in auxes)


def _periods() -> frozenset[str]:
    return ontology.words("events.yaml", "modality", "recurring_periods")


def every_period(verb: Token) -> bool:
    """Whether a simple-present ``verb`` is dated by a recurrence ("every Friday", "each night").

    "Every Friday, the paper rounds up the week": True; "every Friday last month, gunmen
    raided ..." (a past): False; "will strike every day" (no simple present): False.
    """
    if verb.tag_ not in _PRESENT or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    periods = _periods()
    for child in verb.children:
        nouns = [child] if child.dep_ == "npadvmod" else []
        if child.dep_ == "prep":
            nouns = [g for g in child.children if g.dep_ == "pobj"]
        for noun in nouns:
            if noun.lower_ in periods and any(
                d.dep_ == "det" and d.lower_ in ("every", "each") for d in noun.children
            ):
                return True
    return False
