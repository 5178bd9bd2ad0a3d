"""Happening nouns measured by degree against another: a class to compare with, no happening.

"The port had never known so grim a raid before 1999", "few recall an ambush as costly as this one",
"such a bloody raid": the noun names the kind of happening the sentence measures with, not one
that took place. The words come from ``degree_adverbs`` and ``degree_determiners`` of
``ontology/coreference.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.entities import EntityCluster


def _words(key: str) -> frozenset[str]:
    return ontology.words("coreference.yaml", key)


def _adjective(token: Token) -> bool:
    return token.pos_ == "ADJ" or token.tag_ in ("JJ", "JJR", "JJS")


def degree_measured(trigger: Token) -> bool:
    """Whether a noun trigger is measured by degree: "so ADJ a N", "as ADJ an N", "such a (ADJ) N"
    before it, or "N as ADJ as" after it. False for a verb and for a plain "a deadly attack"."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    doc, i = trigger.doc, trigger.i
    adverbs, determiners = _words("degree_adverbs"), _words("degree_determiners")
    before = list(doc[max(trigger.sent.start, i - 4) : i])
    lows = [t.lower_ for t in before]
    # "so lethal a bombing", "as deadly an ambush"
    if len(before) >= 3 and lows[-1] in ("a", "an") and _adjective(before[-2]) and lows[-3] in adverbs:
        return True
    # "such a bloody raid", "such attacks"
    marks = [k for k, w in enumerate(lows) if w in determiners]
    if marks and all(_adjective(t) or t.lower_ in ("a", "an") for t in before[marks[-1] + 1 :]):
        return True
    # "an attack as deadly as Tuesday's"
    after = doc[i + 1 : min(trigger.sent.end, i + 4)]
    return (
        len(after) == 3
        and after[0].lower_ in adverbs
        and _adjective(after[1])
        and after[2].lower_ in ("as", "than")
    )


#: Punctuation that closes the phrase before a superlative's clause.
_BREAKS = frozenset({",", ";", ":", "(", "—", "–"})


def ranked_by_a_clause(since: Token) -> bool:
    """Whether a "since" phrase closes a superlative noun phrase's own clause: "(left 14 dead,)
    the heaviest loss the valley has known since 1998", "among the bloodiest raids its farms have
    endured since 2007": the words from the last break before it (a comma, a dash) hold a
    superlative ("worst", "-iest", JJS) and a verb of that clause; a yardstick, not a span."""
    sent = since.sent
    start = since.i
    while start > sent.start and since.doc[start - 1].text not in _BREAKS:
        start -= 1
    words = since.doc[start : since.i]
    ranked = [t for t in words if t.tag_ == "JJS" or t.lower_ == "worst" or t.lower_.endswith("iest")]
    if not ranked:
        return False
    first = ranked[0].i
    # a verb of the clause after the superlative's noun, the one "since" hangs on
    return since.head.i > first and since.head.pos_ in ("VERB", "AUX")


def yardstick_town_first(
    trigger: Token, places: list[EntityCluster], index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """``places`` with the town of a yardstick's own "in" phrase first: "since the 2014 X School
    massacre in Y" is told as Y's (the named site stands in the town). A yardstick is the object of
    a ``yardstick_prepositions`` word (coreference.yaml); other mentions keep ``places`` as given."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in _words("yardstick_prepositions"):
        return places
    towns = [
        index[g.i]
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for g in p.children
        if g.dep_ == "pobj" and g.i in index and index[g.i].type == "PLACE" and index[g.i].subtype == "city"
    ]
    sites = [c for c in places if c.subtype == "site"]
    if not towns or not sites or towns[0] not in places:
        return places
    return [towns[0], *(c for c in places if c is not towns[0])]
