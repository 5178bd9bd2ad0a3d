"""The town a comparison frame names as having undergone the violence: "X has not known such
carnage since 2012, traders said, after a blast at the depot left nine dead", "Never since 2008
had Y witnessed a raid so bloody as Friday's, when riders ...".

The subject of a verb of undergoing (``undergoing_verbs`` of entities.yaml) whose object is
violence (``undergone_nouns``) names where the happening the sentence compares took place. Two
readings hang on it: :func:`untagged_undergoing_towns` gives such a subject the NER left out, or
read as a person, as a place when the gazetteer knows a city by the whole name; and
:func:`undergone_scene` gives a happening of the sentence with no place of its own that subject
as its scene (not the happening counted from: "since the 2019 raid on Z" keeps its own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.host_towns import subject_name
from nexus.extract.scene_towns import known_city, positions
from nexus.extract.tokens import lemmas, matching

if TYPE_CHECKING:
    from nexus.extract.entities import EntityCluster


def _undergoing(verb: Token) -> bool:
    """ "had not seen such bloodshed", "has suffered an attack": a verb of undergoing violence."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ontology.words(
        "entities.yaml", "undergoing_verbs"
    ):
        return False
    nouns = ontology.words("entities.yaml", "undergone_nouns")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]


def untagged_undergoing_towns(doc: Doc, taken: set[int], could_be_town: Callable[[str], bool]) -> list[Span]:
    """Subjects of a verb of undergoing violence that no entity covers (``taken``: token indices
    of the entities to keep; a name read as a person is left out of it by the caller) and that
    the gazetteer knows exactly as a city, or that no entity tags, opens no sentence and may be a
    town's (``could_be_town(text) -> bool``): GPE spans of ``doc``, in order, one per name."""
    found: list[Span] = []
    for i in positions(lemmas(doc), ontology.words("entities.yaml", "undergoing_verbs")):
        verb = doc[i]
        if not _undergoing(verb):
            continue
        for subject in _subjects(verb):
            span = subject_name(subject)
            if span is None or any(t.i in taken for t in span):
                continue
            untagged = not any(t.ent_type_ for t in span) and not span[0].is_sent_start
            if known_city(span.text) or (untagged and could_be_town(span.text)):
                found.append(Span(doc, span.start, span.end, label="GPE"))
    return sorted(found, key=lambda s: s.start)


def undergone_places(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The PLACE clusters (``index``: token index -> cluster) :func:`undergone_scene` names for
    the trigger, at most one."""
    found = [c for t in undergone_scene(trigger) if (c := index.get(t.i)) is not None and c.type == "PLACE"]
    return found[:1]


def undergone_scene(trigger: Token) -> list[Token]:
    """Tokens of the subject of a verb of undergoing violence in the trigger's sentence, the scene
    of the happening the trigger tells; empty when the trigger is that verb's object (the violence
    noun itself) or lies in its "since" phrase (the yardstick), or when there is no such verb.
    ("an attack as bloody as Monday's, when raiders shot 12": the clause in the object is the
    happening compared, and keeps the scene.)"""
    out: list[Token] = []
    for verb in matching(trigger.sent, ontology.words("entities.yaml", "undergoing_verbs")):
        if not _undergoing(verb):
            continue
        since = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "since" for t in c.subtree}
        undergone = {c.i for c in verb.children if c.dep_ == "dobj"}
        if trigger.i in since | undergone or trigger.i == verb.i:
            continue
        out += [t for s in _subjects(verb) for t in s.subtree]
    return out
