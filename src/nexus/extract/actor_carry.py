"""Actors carried from a happening to a later reference to it.

A report tells who struck once and then refers back: "Friday's strikes hit
the port", "the raid left 12 dead", "a second strike on May 3 killed 16". When
such a mention's own sentence names nobody who did it, the doer is the one of
the nearest earlier happening of the same type in the report. Only noun
mentions marked as references count (a definite determiner, a possessive time
word, or a repetition word such as "another" or "second"); a bare indefinite
("an attack on a bus") may be anyone's.

Words are data (``ontology/anaphora.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Protocol

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.entities import EntityCluster

#: Types whose doer a back reference inherits.
_CARRIED_TYPES = frozenset({"attack", "military_action"})


class _Mention(Protocol):
    type: str
    trigger: Token
    actors: list[EntityCluster]
    own_places: list[EntityCluster]


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("anaphora.yaml")[key])


def refers_back(trigger: Token) -> bool:
    """Whether a noun trigger is marked as a reference to a happening told before.

    "the raid", "this offensive", "Friday's strikes", "yesterday's bombing",
    "a second strike", "another raid": true; "an attack", "strikes": false.
    """
    return _reference_kind(trigger) is not None


def _reference_kind(trigger: Token) -> str | None:
    """``definite`` ("the raid"), ``dated`` ("Friday's strikes"), ``repeated`` ("a second
    strike") or None for a noun trigger that is no back reference."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    kind = None
    for child in trigger.children:
        word = child.lower_
        timed = word in _words("time_possessives") or child.ent_type_ in ("DATE", "TIME")
        if child.dep_ == "poss" and timed:
            return "dated"
        if child.dep_ in ("amod", "det") and word in _words("repetition_modifiers"):
            return "repeated"
        if child.dep_ == "det" and word in _words("definite_determiners"):
            kind = "definite"
    return kind


def carry_actors(mentions: Sequence[_Mention]) -> None:
    """Give each actorless back reference the actors of the nearest earlier mention of its type
    (nothing when that mention names no doer either).

    ``mentions`` are event drafts of one document in any order; they are read in
    the order of their triggers and changed in place (``actors`` filled). A definite
    reference naming a place of its own ("the raid on X") takes them only from a mention
    at X; a dated or repeated one ("Monday's raids on X", "a second strike at X") is a new
    happening by the same hand wherever it was.
    """
    ordered = sorted(mentions, key=lambda m: m.trigger.i)
    latest: dict[str, _Mention] = {}
    for mention in ordered:
        if mention.type not in _CARRIED_TYPES:
            continue
        before = latest.get(mention.type)
        latest[mention.type] = mention
        kind = _reference_kind(mention.trigger)
        if mention.actors or before is None or not before.actors or kind is None:
            continue  # the nearest earlier happening is the one referred to, doer told or not
        if kind == "definite" and mention.own_places and not _same_scene(mention, before):
            continue  # "the raid on Kovalla" after a strike elsewhere: not that happening
        mention.actors = list(before.actors)


def _same_scene(mention: _Mention, before: _Mention) -> bool:
    """Whether a place named in the reference's own phrase is one of the earlier mention's."""
    earlier = {id(p) for p in before.own_places}
    return any(id(p) in earlier for p in mention.own_places)
