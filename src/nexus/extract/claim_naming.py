"""The attack a claim names by its what, where or target, among several the report tells.

"Gunmen stormed a market in A on Monday. Later a bomb hit an army convoy near B. The front
claimed the bombing of the convoy": the claim's own words ("the bombing of the convoy", "the
raid in A", "the killing of the guards", "said it was behind a raid on a post in C") name one of
the report's attacks by its kind of happening (``claimed_happening_kinds`` of ``events.yaml``:
bombing, ambush, raid ...), its place, the target it hit, or by telling it anew ("a raid on ...",
not taken up by "the"). The attack whose telling fits those words best, alone, is the one
claimed; a claim that names nothing of the kind ("claimed the attack", "claimed it") is left to
the nearest-attack rules of ``assemble._link_claimants``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Token

from nexus.extract.actor_carry import anaphora_words
from nexus.extract.arguments import cached_entity_index
from nexus.extract.events import EventDraft
from nexus.extract.page import is_secondary
from nexus.extract.tokens import sentence_start
from nexus.extract.triggers import event_ontology, event_words

#: Prepositions after which a claimed happening names what it hit or where ("the raid on the
#: post", "the killing of the guards", "the blast at the market", "the attack in A").
_OBJECT_PREPS = frozenset({"on", "of", "against", "at", "in", "near", "outside"})

#: Dependencies of what a claim verb claims or says: "claimed the raid", "the raid was claimed",
#: "said its men had stormed the post", "claimed to have bombed".
_CLAIMED_DEPS = frozenset({"dobj", "nsubjpass", "ccomp", "xcomp", "attr", "oprd"})

#: Prepositions of what a claim verb claims: "responsibility for the blast", "was behind a raid".
_CLAIMED_PREPS = frozenset({"for", "behind"})

#: Prepositions of where a happening was: "the raid in A", "the blast near A".
_SCENE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside"})

#: Prepositions of what a happening was aimed at: "the raid on the post", "attacks against X".
_AIMED_PREPS = frozenset({"on", "against"})

#: Heads whose objects are what a happening hit: "the raid on the post", "stormed the post".
_HITTING_VERBS = frozenset(
    {
        "attack",
        "target",
        "hit",
        "strike",
        "storm",
        "overrun",
        "destroy",
        "ambush",
        "raid",
        "kill",
        "killing",
        "murder",
    }
)

#: Weights of what a claim's words share with an attack's telling.
_TOLD_ANEW, _PLACE, _KIND, _TARGET = 3, 2, 1, 1

#: The least score that picks an attack: a place, a fresh telling, or two of kind and target
#: (a kind alone, "claimed the raid", is left to the nearest-attack rules).
_ENOUGH = 2


@cache
def _kinds() -> dict[str, str]:
    """Word -> kind of happening (``claimed_happening_kinds`` of ``events.yaml``)."""
    table = event_ontology().get("claimed_happening_kinds") or {}
    return {str(w).lower(): kind for kind, words in table.items() for w in words}


def attack_the_claim_names(claim: EventDraft, attacks: Sequence[EventDraft]) -> EventDraft | None:
    """The one attack of ``attacks`` whose telling ``claim``'s own words name best, or None.

    ``claim``: a claim draft (its trigger's words are read: the claimed noun phrase, or what a
    claiming "said" tells, without the claimant and the document it spoke through);
    ``attacks``: the report's attack drafts (current or background). An attack scores for a
    mention of its own among those words told anew (indefinite, not "the raid"), for its first
    place named there, for a kind of happening and for a target noun both share (the attack's
    side read in its body sentences other than the claim's). Returns the attack of the best
    score when it is alone at it and names something; None when the words name nothing (a
    generic "the attack", "it") or two attacks fit as well.
    """
    words = _claim_words(claim.trigger)
    if not words:
        return None
    doc = claim.trigger.doc
    index = cached_entity_index(doc)
    own = sentence_start(doc, claim.trigger.i)
    at = {id(index[t.i]) for t in words if t.i in index and index[t.i].type == "PLACE" and _scene(t)}
    kinds = {_kinds()[t.lemma_.lower()] for t in words if t.lemma_.lower() in _kinds()}
    targets = _target_nouns(words)
    if not (at or kinds or targets or any(_told_anew(t) for t in words)):
        return None
    scored: list[tuple[int, EventDraft]] = []
    ids = {t.i for t in words}
    for attack in attacks:
        score = 0
        if any(m.i in ids and _told_anew(m) for m in attack.mentions):
            score += _TOLD_ANEW
        if attack.places and id(attack.places[0]) in at:
            score += _PLACE
        told = _told_words(attack, own)
        if kinds & {_kinds()[w] for w in told if w in _kinds()}:
            score += _KIND
        if targets & told:
            score += _TARGET
        if score:
            scored.append((score, attack))
    if not scored:
        return None
    best = max(s for s, _ in scored)
    top = [a for s, a in scored if s == best]
    return top[0] if len(top) == 1 and best >= _ENOUGH else None


def _claim_words(trigger: Token) -> list[Token]:
    """The words of a claim that tell its happening: the subtrees of what the trigger claims or
    says (its object, its passive subject, its clause: "claimed the raid on the post", "said its
    men had stormed the post", "responsibility for the blast", "was behind a raid"), and of the
    noun a claiming relative clause qualifies; not the claimant, the document it spoke through,
    nor what else it said or called the happening ("called it revenge for ...")."""
    documents = event_words("claimant_documents")
    roots: list[Token] = []
    for child in trigger.children:
        if child.dep_ in _CLAIMED_DEPS:
            roots.append(child)
        elif child.dep_ == "prep" and child.lower_ in _CLAIMED_PREPS | _AIMED_PREPS:
            roots.append(child)  # (also "claimed the raid [on the post]" hung on the verb)
    if trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN":
        roots.append(trigger.head)
    words: dict[int, Token] = {}
    for root in roots:
        for t in root.subtree:
            if t.i == trigger.i or (root is trigger.head and trigger in t.ancestors):
                continue  # (the relative clause itself: its claimant, its document)
            words[t.i] = t
    skip = {
        t.i
        for w in words.values()
        if w.dep_ == "prep" and any(g.dep_ == "pobj" and _channel(g, documents) for g in w.children)
        for t in w.subtree
    }
    return [t for i, t in sorted(words.items()) if i not in skip and not t.is_punct]


def _scene(token: Token) -> bool:
    """Whether a place name's word names where a happening was ("the raid in A", "near A", "the A
    bombing"), not what it hit ("the ambush on the A Levies")."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ in _SCENE_PREPS
    return token.dep_ in ("compound", "amod", "nmod", "poss")


def _channel(noun: Token, documents: frozenset[str]) -> bool:
    """Whether a prepositional object is the document or channel a claim came through ("in a
    statement", "on its channel"), not what the happening hit ("the raid on the post")."""
    if noun.lemma_.lower() not in documents:
        return False
    return noun.head.lower_ not in _AIMED_PREPS or any(c.dep_ == "poss" for c in noun.children)


def _told_anew(token: Token) -> bool:
    """Whether a happening word is told here rather than taken up: a verb, or a noun without a
    definite determiner or a possessive ("a raid on the post", not "the raid", "Monday's raid")."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ != "NOUN":
        return False
    definite = anaphora_words("definite_determiners")
    return not any((c.dep_ == "det" and c.lower_ in definite) or c.dep_ == "poss" for c in token.children)


def _target_nouns(words: list[Token]) -> set[str]:
    """Lemmas of the nouns a claim's words say its happening hit: objects of ``_OBJECT_PREPS``
    and of verbs ("overran the post") and their compounds, without happening words."""
    generic = anaphora_words("generic_happening_nouns")
    found: set[str] = set()
    for t in words:
        head = (
            t.head.head
            if t.dep_ == "pobj" and t.head.lower_ in _OBJECT_PREPS
            else t.head
            if t.dep_ == "dobj"
            else None
        )
        if head is None or t.lemma_.lower() in ("responsibility", "claim"):
            continue
        lemma = head.lemma_.lower()
        head_ok = lemma in _kinds() or lemma in generic or lemma in _HITTING_VERBS
        head_ok = head_ok or (
            t.dep_ == "pobj" and t.head.lower_ in _AIMED_PREPS and t.head.head.pos_ == "VERB"
        )
        if not head_ok or t.pos_ != "NOUN" or t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.lemma_.lower() in event_words("claim_time_nouns") | anaphora_words("time_possessives"):
            continue
        for w in (t, *(c for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN")):
            lemma = w.lemma_.lower()
            if lemma not in generic and lemma not in _kinds():
                found.add(lemma)
    return found


def _told_words(attack: EventDraft, own: int) -> set[str]:
    """Lemmas of the body sentences telling ``attack``, other than the claim's (sentence ``own``)."""
    doc = None
    out: set[str] = set()
    seen: set[int] = set()
    for m in attack.mentions:
        doc = m.doc
        start = sentence_start(doc, m.i)
        if start == own or start in seen or is_secondary(doc, m.i):
            continue
        seen.add(start)
        out |= {t.lemma_.lower() for t in m.sent if t.pos_ in ("NOUN", "VERB", "PROPN")}
    return out
