"""A custom of grief declared: "the government declared three days of national mourning".

A declaration whose object is a custom of grief (``modality.grief_customs`` of
``events.yaml``) states no position and takes no measure: no statement. The rules weigh the
verb (``declare`` takes "mourning" among its objects) so that the learned stage, which adds
events only on words the rules did not judge, leaves it alone too.
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus import ontology


def declared_grief(verb: Token) -> bool:
    """Whether ``verb`` declares a custom of grief: its object, or the "of" noun of its object
    ("three days of mourning", "a day of national mourning"), is among ``grief_customs``.

    "declared three days of mourning": True; "declared war on the gangs", "declared a state of
    emergency": False.
    """
    customs = ontology.words("events.yaml", "modality", "grief_customs")
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        nouns = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
        if any(n.lemma_.lower() in customs or n.lower_ in customs for n in nouns):
            return True
    return False
