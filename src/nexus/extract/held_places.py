"""Towns no gazetteer knows, read from the clause that says who holds them.

Two constructions name a town as the subject of its clause, where the NER, seeing a capitalised
word open the sentence, often tags nothing or a person:

* a passive verb that takes only ground (``ground_only_verbs`` of entities.yaml): "X was overrun
  by the rebels", "Y was retaken on Monday";
* a holding phrase: a copular or motion verb with "in"/"under"/"into" and a noun of holding
  (``holding_nouns``) that a side modifies: "X is back in army hands", "Y remained under rebel
  control", "Z fell into insurgent hands".

:func:`held_places` gives those subjects as place spans.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.tokens import title_flags

#: Prepositions that put a subject in someone's hands or under their control.
_HOLDING_PREPS = frozenset({"in", "under", "into"})


def _words(key: str) -> frozenset[str]:
    return ontology.words("entities.yaml", key)  # (cached by the ontology)


def held_places(within: Doc | Span, could_be_town: Callable[[str], bool]) -> list[Span]:
    """Subjects of a passive ground-taking verb or of a holding phrase that may be a town's name
    (``could_be_town(text) -> bool``), read in ``within`` (a Doc, or one sentence of it): GPE
    spans of the Doc, one to three capitalised words each, in order. Subjects with a determiner
    or a possessor ("the base", "his house") are no names and are left out."""
    found: list[Span] = []
    doc = within if isinstance(within, Doc) else within.doc
    lo, hi = (0, len(doc)) if isinstance(within, Doc) else (within.start, within.end)
    titles = title_flags(doc)
    for i in range(lo, hi):
        if not titles[i]:
            continue  # (the column first: a Token only for a capitalised word)
        token = doc[i]
        if token.dep_ not in ("nsubj", "nsubjpass") or not token.is_title or token.like_num:
            continue
        verb = token.head
        if not (_passive_ground_taking(token, verb) or _held_in_hands(verb)):
            continue
        if any(c.dep_ in ("det", "poss", "amod", "nummod", "prep") for c in token.children):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
            start -= 1  # "Adan" of "Adan Yabaal"
        span = doc[start : token.i + 1]
        if len(span) > 3 or not could_be_town(span.text):
            continue
        if not all(t.is_alpha or t.text == "-" for t in span):
            continue
        found.append(Span(doc, start, token.i + 1, label="GPE"))
    return found


def _passive_ground_taking(subject: Token, verb: Token) -> bool:
    """ "X was retaken": the passive subject of a verb that takes only ground."""
    return (
        subject.dep_ == "nsubjpass"
        and any(c.dep_ == "auxpass" for c in verb.children)  # (the tagger may call the verb a noun)
        and (verb.lemma_.lower() in _words("ground_only_verbs") or verb.lower_ in _words("ground_only_verbs"))
    )


def _held_in_hands(verb: Token) -> bool:
    """ "X is back in army hands", "X fell into rebel hands": the verb (or "back" under it) holds a
    preposition of holding whose object is a holding noun a side's word modifies."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back")]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _HOLDING_PREPS):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                if noun.lower_ not in _words("holding_nouns"):
                    continue
                if any(c.dep_ in ("amod", "compound") for c in noun.children):
                    return True
    return False
