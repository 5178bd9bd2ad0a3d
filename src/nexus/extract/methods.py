"""The means of a violent event: explosives, firearms, a knife, a vehicle, a drone ...

An analyst asks how an attack was carried out as often as who carried it out;
event coders record it as a weapon or attack type. The categories and their
words are data (``ontology/methods.yaml``). They are read from the event's own
phrase, never from the rest of the sentence: the trigger and its modifiers ("a
knife attack", "the suicide bombing"), its subject ("gunmen killed", "a roadside
bomb killed"), its objects and instruments ("hurled a grenade", "hit a
landmine", "with a machete"). A clause that names several means gets the first
category the lexicon lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from nexus import ontology

#: Dependents that belong to another clause or another happening, not to the event's phrase.
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "cc", "parataxis", "xcomp", "csubj", "mark"})
#: How far below the trigger the phrase is read (a deeper token is another phrase's):
#: "a man armed with a knife injured" reaches the knife four steps down.
_DEPTH = 4
#: Prepositions that bring in another happening ("in retaliation for a drone attack", "after the
#: bombing"), not the means of this one.
_OTHER_HAPPENINGS = frozenset({"after", "since", "before", "following", "like", "than", "despite", "amid"})
#: Verbs whose object is what was hit, not what hit it ("struck depots of rockets and drones",
#: "seized grenades", "defused a bomb"): their objects say nothing of the means.
_TARGET_VERBS = frozenset(
    {
        "strike",
        "destroy",
        "target",
        "seize",
        "recover",
        "capture",
        "attack",
        "raid",
        "damage",
        "wreck",
        "dismantle",
        "defuse",
        "find",
        "discover",
        "confiscate",
        "hit",
        "bomb",
        "shell",
        "intercept",
        "down",
        "shoot",
    }
)
#: Nouns of a motive whose phrase names the happening avenged (read with their preposition).
_MOTIVES = frozenset({"retaliation", "revenge", "response", "reprisal", "reply", "retribution"})


@dataclass(frozen=True)
class _Method:
    name: str
    words: frozenset[str]
    phrases: tuple[tuple[str, str], ...]  # (verb lemma, the word right after it or its particle)


@cache
def _methods() -> tuple[_Method, ...]:
    """The categories of ``methods.yaml`` in order, ready for matching (``OntologyError`` when malformed)."""
    out = []
    for entry in ontology.methods():
        pairs = tuple((p.lower().split()[0], p.lower().split()[1]) for p in entry.phrases)
        out.append(_Method(entry.name, frozenset(w.lower() for w in entry.words), pairs))
    return tuple(out)


def method_names() -> tuple[str, ...]:
    """Every category, in the lexicon's order of precedence."""
    return tuple(m.name for m in _methods())


def event_method(mentions: list[Token]) -> str | None:
    """The means of the event its trigger ``mentions`` tell, or None when its phrase names none.

    Each mention is read in turn (the first that names a means decides):
    "Gunmen killed six" is ``firearms``, "a roadside bomb killed two" and "the
    convoy hit a landmine" ``explosives``, "a man armed with a knife injured
    three" ``melee``, "drone strikes hit" ``drone``.
    """
    for trigger in mentions:
        found = _method_of(_phrase(trigger))
        if found is not None:
            return found
    return None


def _phrase(trigger: Token) -> list[Token]:
    """The trigger, its own dependents a few levels down, and, for a noun, the verb it is
    the object or subject of with that verb's subject ("gunmen carried out the attack")."""
    out = [trigger]
    stack = [(c, 1) for c in trigger.children if _own(trigger, c)]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
        governor = trigger.head if trigger.dep_ != "pobj" else trigger.head.head
        if governor.pos_ == "VERB":
            out.append(governor)
            stack += [
                (c, 1)
                for c in governor.children
                if c.dep_ in ("nsubj", "agent", "dobj", "prep", "prt") and _own(governor, c)
            ]
    while stack:
        token, depth = stack.pop()
        if token in out or _another_happening(token):
            continue
        out.append(token)
        if depth < _DEPTH:
            stack += [(c, depth + 1) for c in token.children if _own(token, c)]
    return out


def _own(head: Token, child: Token) -> bool:
    """Whether ``child`` stays in the phrase: not another clause, nor what a verb of hitting hit."""
    if child.dep_ in _OTHER_CLAUSES:
        return False
    if child.dep_ == "prep" and head.lemma_.lower() in _MOTIVES:
        return False  # "retaliation for a drone attack": the happening avenged
    if child.dep_ == "dobj" and head.lemma_.lower() in _TARGET_VERBS:
        # "their convoy hit a landmine": a device the subject ran into is the means
        return head.lemma_.lower() == "hit" and _device(child)
    return True


def _device(token: Token) -> bool:
    return token.lemma_.lower() in ("landmine", "mine", "ied", "bomb", "explosive", "device")


def _another_happening(token: Token) -> bool:
    """A preposition whose phrase tells of another happening, or a motive noun ("in retaliation")."""
    if token.dep_ == "prep" and token.lower_ in _OTHER_HAPPENINGS:
        return True
    return token.lemma_.lower() in _MOTIVES


def _method_of(tokens: list[Token]) -> str | None:
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    pairs = set()
    for token in tokens:
        for child in token.children:
            if child.i > token.i and child.dep_ in ("dobj", "prt", "prep"):
                pairs.add((token.lemma_.lower(), child.lower_))
    for method in _methods():
        if lemmas & method.words or pairs & set(method.phrases):
            return method.name
    return None
