"""The outlet's own newsgathering: "our correspondent travelled to Kapemba today".

A visit or a meeting whose subject is the outlet's staff (a ``own_staff_nouns`` noun of
``page.yaml`` owned by "our") is how the page got its news, not a happening it reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus import ontology


def _staff() -> frozenset[str]:
    return ontology.words("page.yaml", "own_staff_nouns")


def our_staff_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is "our <staff noun>" ("our correspondent", "our team").

    "Our correspondent travelled to Tarvel": True; "the governor travelled to Tarvel", "a
    correspondent of Radio Dorsa was shot" (no "our"): False.
    """
    staff = _staff()
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        heads = [subject, *(c for c in subject.children if c.dep_ in ("compound", "appos"))]
        for head in heads:
            if head.lower_ in staff and any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children):
                return True
            # "our correspondent Maria Olsen": the name heads the phrase
            if any(
                c.dep_ == "compound" and c.lower_ in staff and any(g.lower_ == "our" for g in c.children)
                for c in head.children
            ):
                return True
        if any(c.lower_ == "our" for c in subject.children) and any(
            c.lower_ in staff for c in subject.children if c.dep_ == "compound"
        ):
            return True
    return False
