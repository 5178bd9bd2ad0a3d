"""Who acts on whom in a violent mention: the kind of its doer and of its patient.

The annotation conventions type violence by its doer: an armed group's (or unknown
gunmen's) is an ``attack``, a state force's a ``military_action``. Words alone often
mislead: "forces" and "commandos" are a state's in most reports, but "Houthi forces" are a
group's; "fighters" are a group's, but "fighters of the intelligence directorate" are a
state's; an arrest is a state's, but "rebels captured six soldiers" is an abduction. These
helpers read the doer's and the patient's kind from the trigger's arguments, with the word
lists of ``events.yaml`` (``seizing_verbs``, ``state_personnel``, ``fight_nouns`` ...); the
decision itself stays in :func:`nexus.extract.event_types.refine_type`.

Every function takes spaCy tokens of a parsed document whose entities were indexed
(:func:`nexus.extract.arguments.cached_entity_index`) and returns a plain value; none raises.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.arguments import cached_entity_index, doer_words, is_state
from nexus.extract.triggers import _armed_performer, event_family, event_words, killing_verbs, non_state_side

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _is_group(token: Token) -> bool:
    cluster = cached_entity_index(token.doc).get(token.i)
    return cluster is not None and cluster.subtype == "armed_group"


def _is_state_name(token: Token) -> bool:
    cluster = cached_entity_index(token.doc).get(token.i)
    return cluster is not None and is_state(cluster)


def group_named_force(performer: Token) -> bool:
    """ "Houthi forces blew up a house", "Houthi commandos seized the crew": a common noun of
    fighters or forces whose modifier names an armed group (its entity's subtype), so the
    force is that group's, not a state's. Not when a state's word stands beside the name
    ("Houthi security forces", "Taliban intelligence forces": the forces of a de facto state)."""
    if performer.pos_ != "NOUN":
        return False
    modifiers = [c for c in performer.children if c.dep_ in _MODIFIER_DEPS and c.i < performer.i]
    state = event_words("state_nouns") | event_words("state_force_modifiers") | event_words("state_personnel")
    if any(c.lower_ in state or c.lemma_.lower() in state for c in modifiers):
        return False
    return any(_is_group(c) for c in modifiers)


def launched_by_a_group(performer: Token) -> bool:
    """ "drones launched by a militia hit two depots": a weapon any side flies (``launched_weapons``
    of doers.yaml) whose launch participle's "by" agent is an armed group's name."""
    weapons = doer_words("launched_weapons")
    if performer.lower_ not in weapons and performer.lemma_.lower() not in weapons:
        return False
    return any(
        _is_group(t)
        for acl in performer.children
        if acl.dep_ == "acl"
        for agent in acl.children
        if agent.dep_ == "agent"
        for g in agent.children
        if g.dep_ == "pobj"
        for t in g.subtree
    )


def state_body_force(performer: Token) -> bool:
    """ "fighters of the intelligence directorate raided a house", "men of the interior
    ministry's brigade": a noun of fighters owned by "of" (or by the owner's possessor) a state
    body's name, so the men act for the state, whatever their word (a noun of people or
    forces: ``attacker_nouns``, ``force_heads``, ``private_performers``, ``state_nouns``; not
    "a vehicle of the armed forces", which may be the target). A state body a group possesses
    ("the Taliban's intelligence directorate") is still a state's (a de facto state's)."""
    people = (
        event_words("attacker_nouns")
        | event_words("force_heads")
        | event_words("private_performers")
        | event_words("state_nouns")
    )
    if performer.pos_ != "NOUN" or not {performer.lower_, performer.lemma_.lower()} & people:
        return False
    for prep in (c for c in performer.children if c.dep_ == "prep" and c.lower_ == "of"):
        for owner in (g for g in prep.children if g.dep_ == "pobj"):
            owners = [owner, *(c for c in owner.children if c.dep_ in ("poss", "compound"))]
            if _is_state_name(owner) and not _is_group(owner):
                return True  # "the Taliban's intelligence directorate": a state body, a group's or not
            if any(_is_group(o) for o in owners):
                return False
            if any(_is_state_name(o) for o in owners):
                return True
    return False


def _subjects(verb: Token) -> list[Token]:
    """The verb's own subject, else the subject of the verb it is coordinated with."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not own and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return own


def _state_word(token: Token) -> bool:
    words = {token.lemma_.lower(), token.lower_}
    if token.lemma_.lower() in event_words("force_heads"):
        words |= {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    weapons = doer_words("launched_weapons")
    return bool(words & ((event_words("state_nouns") - weapons) | event_words("state_personnel"))) or (
        _is_state_name(token)
    )


def seized_by_a_non_state_side(verb: Token) -> bool:
    """ "gunmen rounded up 12 farmers", "the rebels captured six soldiers": a verb of seizing
    people (``seizing_verbs``, of the arrest family) in the active voice, whose subject is a
    non-state side (an attacker noun, a group's word or name, "armed men") or whose people seized are a
    state's personnel while its subject is no state force. An abduction, not an arrest; a
    passive ("three gunmen were rounded up") or a suspect's surrender is still the state's."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in event_words("seizing_verbs"):
        return False
    if event_family(verb) != "arrest" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subjects = _subjects(verb)
    if not subjects or any(s.dep_ != "nsubj" for s in subjects):
        return False
    if any(_state_word(s) or (not non_state_side(s) and s.pos_ == "PROPN") for s in subjects):
        return False
    people = [c for c in verb.children if c.dep_ == "dobj"] or _shared_object(verb)
    people += [c for p in people for c in p.conjuncts]
    if not people:
        return False
    personnel = event_words("state_personnel")
    seized_forces = all(p.lemma_.lower() in personnel or p.lower_ in personnel for p in people)
    if seized_forces:
        return True
    taken = event_words("taken_people")
    counts = _vague_counts()
    return all(non_state_side(s) or _armed_performer(s) for s in subjects) and any(
        p.lemma_.lower() in taken or p.lower_ in taken or p.like_num or p.lower_ in counts for p in people
    )


@cache
def _vague_counts() -> frozenset[str]:
    """``vague_plurals`` of casualties.yaml ("dozens", "scores"): a count of the people seized."""
    table = ontology.table("casualties.yaml").get("vague_plurals") or {}
    return frozenset(str(w).lower() for w in table)


def _shared_object(verb: Token) -> list[Token]:
    """The object a verb with none of its own shares with the verb joined after it, which has no
    subject of its own ("rounded up and shot dozens of men": the men)."""
    for joined in verb.conjuncts:
        if joined.i < verb.i or joined.pos_ != "VERB":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
            continue
        return [c for c in joined.children if c.dep_ == "dobj"]
    return []


def fight_partners(noun: Token) -> list[Token]:
    """ "a gunfight with bandits", "an exchange of shots with a mixed unit of the army": the sides
    a fight noun's "with" (or "against") phrase names, also when the phrase hangs on the noun's
    "of" object ("exchange of fire with ..."); a force head's "of" owner stands beside it."""
    holders = [noun, *(g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
    sides = [
        t
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("with", "against")
        for g in p.children
        if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)
    ]
    heads = event_words("force_heads")
    sides += [  # "a mixed unit of gendarmes and police": the bodies the team is made of
        t
        for s in list(sides)
        if s.lemma_.lower() in heads
        for p in s.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)
    ]
    return sides


def partner_is_state(sides: list[Token]) -> bool:
    """Whether the sides a fight names include a state's force (word or name) and no armed
    group's name."""
    return any(_state_word(s) for s in sides) and not any(_is_group(s) for s in sides)


def partner_is_non_state(sides: list[Token]) -> bool:
    """Whether the sides a fight names are only non-state ones (attacker nouns, groups)."""
    return bool(sides) and all(non_state_side(s) for s in sides)


def killed_fighting_the_state(verb: Token) -> bool:
    """ "a smuggler was killed in a long exchange of shots with a mixed unit of the army", "two
    bandits died in a gunfight with police", "he was killed in a National Guard operation": a
    killing with no "by" agent told in a fight (``fight_nouns`` or an exchange of fire) with a
    state's force, or in an operation (``own_operation_nouns``) a state's force word or name
    qualifies: the force's operation."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in killing_verbs() | {"die"}:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    fights = event_words("fight_nouns") | {"exchange", "exchanges"}
    operations = event_words("own_operation_nouns")
    for g in (
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "during")
        for g in p.children
        if g.dep_ == "pobj"
    ):
        if g.lemma_.lower() in fights and partner_is_state(fight_partners(g)):
            return True
        if g.lemma_.lower() in operations and _state_operation(g):
            return True
    return False


def _state_operation(noun: Token) -> bool:
    """ "a National Guard operation", "an army raid", "a police sweep": an operation noun whose
    modifiers name a state's force (a word or a state body's name) and no armed group."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i]
    modifiers += [g for c in modifiers for g in c.children if g.dep_ == "compound"]
    if any(_is_group(c) for c in modifiers):
        return False
    return any(_state_word(c) for c in modifiers)


def position_of_state_forces(target: Token) -> bool:
    """ "a checkpoint of the coast guard forces", "a base of the army": a position noun
    (``state_positions``) owned by "of" a state's force word (not a group's: "a base of the RSF
    forces")."""
    if target.lemma_.lower() not in event_words("state_positions"):
        return False
    return any(
        _state_word(g) and not any(_is_group(c) for c in g.children if c.dep_ in _MODIFIER_DEPS)
        for p in target.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    )
