"""The town of a source told after the happening: "..., wounding three guards, an official in X
said", "..., an official in Y said".

The parser often hangs such a trailing source on the last noun of the clause before it (an
apposition of "soldiers") and its verb on the happening's verb as a conjunct, so the phrase is no
subject of a reporting verb in the parse. Read from the words instead: a source noun
(``source_nouns`` of hedges.yaml, less the residents and witnesses who live at a scene and the
police and troops whose town is their own beat) with a locative phrase, after the happening's
trigger, and a reporting verb right after that phrase. The town says where the speaker is, so it
is a fallback for the happening's place, not its scene.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from nexus import ontology
from nexus.extract.triggers import reporting_verbs

__all__ = ["note_source_town", "source_told_after", "source_towns"]

#: Doc.user_data key: ids of the place clusters read only as a trailing source's town.
_KEY = "nexus_source_towns"

#: Prepositions that set a source in a town ("a source in X", "an official at Y", "a spokesman from Z").
_SOURCE_PREPS = frozenset({"in", "at", "from"})


@cache
def _speaker_nouns() -> frozenset[str]:
    """Source nouns whose town is where they speak from: hedges.yaml ``source_nouns`` less
    entities.yaml ``home_nouns`` and ``scene_witness_nouns`` and events.yaml ``police_nouns``."""
    sources = {str(w).lower() for w in ontology.table("hedges.yaml").get("source_nouns", [])}
    entities = ontology.table("entities.yaml")
    apart = {str(w).lower() for w in entities.get("home_nouns", [])}
    apart |= {str(w).lower() for w in entities.get("scene_witness_nouns", [])}
    apart |= {str(w).lower() for w in ontology.table("events.yaml").get("police_nouns", [])}
    return frozenset(sources - apart)


def source_told_after(anchor: Token, trigger: Token) -> bool:
    """Whether ``anchor`` (a place mention's head, the object of "in", "at" or "from") sets a
    source named after ``trigger`` whose reporting verb follows the phrase right away ("wounding
    three guards, an official in X said"). False for a resident or a witness, for police
    or troops ("police in X said": their own town), and for a source named before the trigger."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in _SOURCE_PREPS:
        return False
    noun = anchor.head.head
    if noun.pos_ != "NOUN" or noun.i <= trigger.i or noun.lower_ not in _speaker_nouns():
        return False
    after = anchor.right_edge.i + 1
    doc = anchor.doc
    if after >= len(doc) or after == trigger.i:
        return False
    verb = doc[after]
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in reporting_verbs()


def note_source_town(doc: Doc, cluster: object) -> None:
    """Remember that the place ``cluster`` was read as a trailing source's town in ``doc``."""
    doc.user_data.setdefault(_KEY, set()).add(id(cluster))


def source_towns(doc: Doc) -> frozenset[int]:
    """Ids of the place clusters :func:`note_source_town` noted in ``doc`` (empty when none)."""
    return frozenset(doc.user_data.get(_KEY, ()))
