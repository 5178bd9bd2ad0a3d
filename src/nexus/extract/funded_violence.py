"""Violence a funding verb pays for, when the parser misread the verb as a noun.

"the ring funnels ransom cash into raids", "the firms bankroll a militia's
bombings": the verb (``funding_governors``, or the verb of a ``funding_prepositions`` pair of
``ontology/events.yaml``) is written before the violent noun's phrase, but the parser took it for
a noun or a name, so no governor of the noun says it is paid for. Read from the words: the noun
names a kind of violence, not a happening.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

#: Endings of a verb's inflections ("channels", "channelled", "financed", "funding").
_ENDINGS = frozenset({"s", "es", "ed", "led", "d", "ing", "ling"})

#: How many words before the violent noun's phrase (or its preposition) the verb may stand.
_REACH = 4


def _forms(word: str, lemma: str) -> bool:
    """Whether ``word`` is an inflection of the verb ``lemma`` ("channels", "channelled", "funds")."""
    return word == lemma or (word.startswith(lemma) and word[len(lemma) :] in _ENDINGS)


def paid_for_by_words(noun: Token, governors: Iterable[str], prepositions: Iterable[str]) -> bool:
    """Whether a plural violent noun is what a funding verb (one of ``governors``, or the verb of
    a "verb preposition" pair of ``prepositions``), written just before its phrase, pays for:
    "X channel(s) money into the bombings", "X bankroll Y's bombings" (after a plural subject).
    False for a singular noun (one happening may be told with money words)."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    pairs = [p.split() for p in prepositions]
    doc = noun.doc
    start = noun.left_edge.i
    prep = noun.head if noun.dep_ in ("pobj", "conj") and noun.head.pos_ == "ADP" else None
    if noun.dep_ == "conj" and noun.head.dep_ == "pobj" and noun.head.head.pos_ == "ADP":
        prep = noun.head.head  # "into the bombings and kidnappings"
    if prep is not None:
        for word in doc[max(noun.sent.start, prep.i - _REACH) : prep.i]:
            if any(len(p) == 2 and p[1] == prep.lower_ and _forms(word.lower_, p[0]) for p in pairs):
                return True
        return False
    for word in doc[max(noun.sent.start, start - 1) : noun.i]:
        subject_before = word.i > 0 and doc[word.i - 1].tag_ in ("NNS", "NNPS", "PRP")
        if subject_before and any(_forms(word.lower_, g) for g in governors):
            return True  # "the houses bankroll al-Shabaab's bombings", read as one name
    return False
