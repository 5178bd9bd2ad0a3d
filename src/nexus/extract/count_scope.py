"""What a count or a study covers: "our count includes only attacks in which someone died".

A data page's method paragraph says which kinds of happening its figures take in ("This
analysis covers bombings and ambushes in the three provinces from 2020 to 2025", "The tally
excludes kidnappings, which police log apart"). The kinds named are no happening, nor is the
harm that defines them ("attacks in which at least one person was killed"). The subject is a
noun of a survey (``modality.survey_heads`` of ``events.yaml``, or one of
``modality.own_figure_nouns``, "data", "figures", owned by "our"/"this"), the verb one of scope
(``modality.scope_verbs``), its object a bare plural (no article, possessive or figure: "the
attack on the market on 3 May" is one happening).
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus import ontology


def _words(key: str) -> frozenset[str]:
    return ontology.words("events.yaml", "modality", key)


def _survey_subject(verb: Token) -> bool:
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        word = subject.lemma_.lower()
        if word in _words("survey_heads") or subject.lower_ in _words("survey_heads"):
            return True
        if subject.lower_ in _words("own_figure_nouns") and any(
            c.dep_ in ("poss", "det") and c.lower_ in ("our", "this", "these") for c in subject.children
        ):
            return True
    return False


def _bare_plural(noun: Token) -> bool:
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def in_count_scope(token: Token) -> bool:
    """Whether a trigger ``token`` names a kind a count or study covers: it lies in the bare plural
    object of a ``scope_verbs`` verb whose subject is a survey noun.

    "Our count includes only attacks in which at least one person was killed": True for
    "attacks" and "killed"; "the report covers the attack on the Varn market on 3 May": False
    (one happening, with its article).
    """
    node = token
    while node.head.i != node.i:
        head = node.head
        if (
            node.dep_ == "dobj"
            and head.lemma_.lower() in _words("scope_verbs")
            and _bare_plural(node)
            and _survey_subject(head)
        ):
            return True
        node = head
    return False
