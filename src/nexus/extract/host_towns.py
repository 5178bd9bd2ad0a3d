"""Towns the NER left out that host a gathering: "X hosted a round of talks on Monday", "X played
host to the two delegations".

A name standing as the subject of a hosting verb (visit ``host_verbs`` of events.yaml, and
"play" with the object "host") that no entity covers is a city's when the gazetteer knows a city
by the whole name. A report often opens its sentence with such a name, where the tagger, lacking
the context on its left, leaves it out; the gazetteer, not the capital letter, decides.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.scene_towns import known_city, positions
from nexus.extract.tokens import lemmas


@cache
def _host_verbs() -> frozenset[str]:
    return frozenset(ontology.table("events.yaml")["types"]["visit"].get("host_verbs") or ())


def _hosting(verb: Token) -> bool:
    """ "hosted", "received"; "played host (to)"."""
    lemma = verb.lemma_.lower()
    if lemma in _host_verbs():
        return True
    return lemma == "play" and any(c.dep_ == "dobj" and c.lower_ == "host" for c in verb.children)


def subject_name(subject: Token) -> Span | None:
    """The proper name ``subject`` heads (its compound words included), or None."""
    words = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i] + [subject]
    if any(c.dep_ in ("det", "poss", "amod") for c in subject.children):
        return None  # "the Capital", "our City": no town's name
    start = min(w.i for w in words)
    span = subject.doc[start : subject.i + 1]
    if not all(t.tag_ == "NNP" and t.is_title and t.is_alpha for t in span):
        return None
    return span


def untagged_host_towns(doc: Doc, taken: set[int]) -> list[Span]:
    """Names no entity covers (``taken``: token indices of the entities found) that are the
    subject of a hosting verb and that the gazetteer knows exactly as a city: GPE spans of
    ``doc``, in order, one per name."""
    found: list[Span] = []
    for i in positions(lemmas(doc), _host_verbs() | {"play"}):
        verb = doc[i]
        if verb.pos_ != "VERB" or not _hosting(verb):
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            span = subject_name(subject)
            if span is None or any(t.i in taken or t.ent_type_ for t in span):
                continue
            if known_city(span.text):
                found.append(Span(doc, span.start, span.end, label="GPE"))
    return sorted(found, key=lambda s: s.start)
