"""Unnamed state bodies as the actors of what they do or report.

A report often names a state's organ by its common noun only: "the interior ministry said",
"a criminal court in <city> sentenced", "an attack the army blamed on X", "the immigration
department closed the crossing". By the annotation conventions such an unnamed state body
stands for its state. And a state's strike told with no performer of its own ("an air strike
killed two operatives") under the report of a named military body ("Ruritania's Northern
Command said ...") is that body's strike.

Inputs are a trigger token of the spaCy parse and the document's token -> entity index
(:func:`nexus.extract.entities.token_entity_index`); outputs are lists of entity clusters of
the document (an unnamed body's state is a country cluster the document names, or one a
nationality word in the body's own phrase evokes).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Doc, Token

from nexus import ontology
from nexus.extract.arguments import (
    _country_cluster,
    _subject_tokens,
    doer_words,
    is_state,
    reporting_verb_above,
)
from nexus.extract.entities import EntityCluster
from nexus.extract.triggers import event_ontology, event_words, reporting_verbs


@cache
def _body_nouns() -> frozenset[str]:
    """Common nouns of a state's organs and forces (``events.yaml`` ``state_body_nouns``)."""
    return event_words("state_body_nouns")


@cache
def _force_nouns() -> frozenset[str]:
    """Nouns of a state's armed forces (``events.yaml`` ``state_force_words``)."""
    return event_words("state_force_words")


@cache
def _combatant_words() -> frozenset[str]:
    """Words for non-state fighters (``attacker_nouns`` and ``non_state_modifiers``)."""
    return event_words("attacker_nouns") | event_words("non_state_modifiers")


@cache
def _not_the_state() -> frozenset[str]:
    """Modifiers that make a body a region's, an institution's or another's rather than the
    state's (``events.yaml`` ``non_state_body_qualifiers``: "the regional government", "the camp
    administration", "the rebel army")."""
    return event_words("non_state_body_qualifiers")


def _is_body(noun: Token) -> bool:
    return noun.lemma_.lower() in _body_nouns() or noun.lower_ in _body_nouns()


def _code_of(cluster: EntityCluster) -> str | None:
    """The country code of a place: its own, else its container's ("a town in X district")."""
    if cluster.type != "PLACE":
        return None
    code, outer = cluster.country, cluster.within
    for _ in range(3):
        if code or outer is None:
            break
        code, outer = outer.country, outer.within
    return code


def _country_of(cluster: EntityCluster, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The country cluster of a place (itself for a country), when the document names it."""
    if cluster.type == "PLACE" and cluster.subtype == "country":
        return cluster
    code = _code_of(cluster)
    return _country_cluster(code, index) if code else None


def report_state(
    doc: Doc, index: dict[int, EntityCluster], near: Token | None = None
) -> EntityCluster | None:
    """The state a report is about, for an unnamed body of it: with ``near`` (a trigger) the
    country of the first place its sentence names, else the named country that the document's
    places lie in most (each mention of a country, a town or a region of it counts). None when
    that country is not named in the document, or two countries tie."""
    if near is not None:
        for i in range(near.sent.start, near.sent.end):
            place = index.get(i)
            if place is not None and place.type == "PLACE" and place.subtype != "country":
                found = _country_of(place, index)
                if found is not None:
                    return found
    tally: Counter[str] = Counter()
    for cluster in {id(c): c for c in index.values()}.values():
        code = _code_of(cluster)
        if code:
            tally[code] += len(cluster.mentions)
    ranked = tally.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None  # no place, or two countries as often: no telling whose body it is
    return _country_cluster(ranked[0][0], index)


def body_state(
    noun: Token, index: dict[int, EntityCluster], near: Token | None = None
) -> EntityCluster | None:
    """The state an unnamed state body stands for: "the Ruritanian interior ministry" (the
    nationality word), "Ruritania's army" (the possessor), "a court in <city>" (the country of
    the place it sits in), else the country the report is about (:func:`report_state`).

    None when ``noun`` is no state body's common noun, is itself (part of) a name, or is
    qualified as another's ("the group's military wing", "the regional government", "the
    rebel army")."""
    if noun.i in index or noun.pos_ not in ("NOUN", "PROPN") or not _is_body(noun):
        return None
    qualifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(c.lower_ in _not_the_state() for c in qualifiers):
        return None
    state: EntityCluster | None = None
    for word in qualifiers:
        named = index.get(word.i)
        if named is not None:
            if named.type != "PLACE":
                return None  # "the group's army", "the UN Security Council committee"
            state = state or _country_of(named, index)
        elif word.dep_ == "poss":
            return None  # "its army", "the movement's police": whose is told elsewhere
        elif word.lower_ in ontology.demonyms():
            state = state or _country_cluster(ontology.demonyms()[word.lower_], index, word)
    if state is not None:
        return state
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        for place in (index.get(g.i) for g in prep.children if g.dep_ == "pobj"):
            if place is not None and place.type != "PLACE":
                return None  # "the army of the movement"
            found = _country_of(place, index) if place is not None else None
            if found is not None:
                return found  # "a military court in <city>": the state it sits in
    return report_state(noun.doc, index, near)


def body_named_before(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The state body a bare definite body noun refers back to: "the ministry blamed ..." after
    "the Ruritanian Ministry of Defence said ...", "the committee said" after a named committee:
    the one state organisation named before ``noun`` whose name has the noun as a word. None when
    the noun is qualified ("the interior ministry", "its army": :func:`body_state` reads those),
    is itself a name, or no or several such bodies were named."""
    if noun.i in index or noun.pos_ != "NOUN" or not _is_body(noun):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
        c.dep_ in ("amod", "compound", "nmod", "poss", "prep") for c in noun.children
    ):
        return None
    words = {noun.lemma_.lower(), noun.lower_}
    named = {
        id(c): c
        for i, c in index.items()
        if i < noun.i
        and c.type == "ORG"
        and is_state(c)
        and words & set(c.name.lower().replace("-", " ").split())
    }
    return next(iter(named.values())) if len(named) == 1 else None


def unnamed_body_actors(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The states behind a trigger whose subjects are all unnamed state bodies ("the interior
    ministry said", "an attack the army blamed on X", "a court in <city> sentenced"); empty
    when a subject is anything else."""
    subjects = _subject_tokens(trigger)
    states = [body_named_before(s, index) or body_state(s, index) for s in subjects]
    if not states or any(s is None for s in states):
        return []
    return list(dict.fromkeys(s for s in states if s is not None))


def _fights_combatants(clause: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether a clause names non-state fighters ("killed 11 fighters", "a terrorist hideout",
    "two operatives of <group>"): the state's own strike, not one it suffered."""
    for token in clause.subtree:
        if token.lower_ in _combatant_words() or token.lemma_.lower() in _combatant_words():
            return True
        named = index.get(token.i)
        if named is not None and named.subtype == "armed_group":
            return True
    return False


@cache
def _press_words() -> tuple[str, ...]:
    return tuple(str(w).lower() for w in event_ontology()["press_office_words"])


def _press_office(body: EntityCluster) -> bool:
    """Whether a body's name makes it a press office ("the Army Directorate of Public Relations")."""
    name = " " + " ".join(body.name.lower().replace("-", " ").split()) + " "
    return any(f" {w} " in name for w in _press_words())


def _office_owner(
    subject: Token, office: EntityCluster, index: dict[int, EntityCluster]
) -> EntityCluster | None:
    """The force a press office's own apposition names as its owner ("the X Army's media wing",
    "the media wing of the X Army"): a named military body of the office's state, which speaks
    through it. None when the apposition names none."""
    for noun in (c for c in subject.children if c.dep_ == "appos"):
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        for owner in owners:
            named = index.get(owner.i)
            if (
                named is not None
                and named is not office
                and named.type == "ORG"
                and named.subtype == "military"
                and named.country in (None, office.country)
                and not _press_office(named)
            ):
                return named
    return None


#: Dependencies under a reporting verb that hold what it reports ("said in a communique that ...",
#: parsed with the clause under the communique, holds it too).
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "advcl", "prep"})


def reporting_force(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The military body that reports a strike on fighters with no performer of its own ("the
    Northern Command said an air strike killed two operatives of <group>", "the army said a
    sweep had killed 11 fighters"): the named body (for a press office, its state), or for an
    unnamed one ("the army", "the army general staff") its state (:func:`body_state`). Empty
    when no military body reports it, the strike's clause names no non-state fighters, or the
    strike is told as a means of another's act ("backed by air strikes from the coalition")."""
    if trigger.dep_ in ("pobj", "agent", "dobj"):
        return []
    current = trigger
    for _ in range(6):
        if current.head.i == current.i:
            return []
        clause, current = current, current.head
        if current.pos_ != "VERB" or current.lemma_.lower() not in reporting_verbs():
            continue
        if clause.dep_ not in _REPORTED_DEPS or not _fights_combatants(clause, index):
            return []
        found: list[EntityCluster] = []
        for subject in (c for c in current.children if c.dep_ == "nsubj"):
            named = index.get(subject.i)
            if named is not None:
                if named.type == "ORG" and named.subtype == "military" and is_state(named):
                    speaks_for = _country_cluster(named.country, index) if named.country else None
                    if _press_office(named) and speaks_for is None:
                        speaks_for = _office_owner(subject, named, index)
                    found += [speaks_for] if _press_office(named) and speaks_for else [named]
                continue
            words = {subject.lemma_.lower(), subject.lower_} | {
                c.lower_ for c in subject.children if c.dep_ in ("compound", "nmod", "amod")
            }
            state = body_state(subject, index, trigger) if words & _force_nouns() else None
            if state is None and words & _force_nouns() and not _is_body(subject):
                # "the army general staff said": the staff of the state's army
                owner = next((c for c in subject.children if c.lower_ in _force_nouns()), None)
                state = (
                    body_state(owner, index, trigger) if owner is not None and owner.dep_ != "poss" else None
                )
            if state is not None:
                found.append(state)
        return list(dict.fromkeys(found))
    return []


def reporting_unit(
    trigger: Token, index: dict[int, EntityCluster], actors: list[EntityCluster]
) -> list[EntityCluster]:
    """The named military body of a state that reports its unnamed forces' action ("Army troops
    killed two rebels, the Third Division said", "the Joint Command said troops had killed"):
    that body, to stand beside the state ``actors`` hold. Empty unless ``actors`` is one country,
    the trigger's subjects are all unnamed state forces, and the report's subject is a military
    body of that country (or of none known) that is no press office."""
    if len(actors) != 1 or actors[0].subtype != "country":
        return []
    subjects = _subject_tokens(trigger)
    if not subjects and trigger.dep_ == "pobj":
        subjects = _subject_tokens(trigger.head.head)  # "troops killed two in a clash"
    if not subjects or any(s.i in index or not _is_body(s) for s in subjects):
        return []
    verb = reporting_verb_above(trigger)
    if verb is None:
        return []
    found = [
        named
        for subject in verb.children
        if subject.dep_ == "nsubj"
        and (named := index.get(subject.i) or _bare_unit(subject, index)) is not None
        and named.type == "ORG"
        and (named.subtype == "military" or _is_force_unit(named))  # ("the Third Division", untyped)
        and named.country in (None, actors[0].country)
        and not _press_office(named)
    ]
    return list(dict.fromkeys(found))


def _bare_unit(subject: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "the brigade said" after "Troops of the 18th Brigade": the one unit the report names
    with that last word (``force_unit_nouns`` of ``doers.yaml``), or None."""
    if subject.lemma_.lower() not in doer_words("force_unit_nouns"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    return _unit_named(subject, index)


def _is_force_unit(cluster: EntityCluster) -> bool:
    """An organisation, not an armed group, whose name ends in one of ``force_unit_nouns`` of
    ``doers.yaml`` ("the Third Division", "the 18th Brigade", "the Western Command")."""
    if cluster.type != "ORG" or cluster.subtype == "armed_group":
        return False
    return any(cluster.name.lower().endswith(" " + unit) for unit in doer_words("force_unit_nouns"))


def _unit_named(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The one unit the report names before ``noun`` whose name ends in its word ("the brigade"
    after "the 18th Brigade"), or None when it names none or several."""
    word = " " + noun.lemma_.lower()

    def unit(c: EntityCluster) -> bool:
        return c.type == "ORG" and c.subtype != "armed_group" and c.name.lower().endswith(word)

    found = {id(c): c for i, c in index.items() if i < noun.i and unit(c)}
    if not found:
        found = {id(c): c for c in getattr(noun.doc._, "nexus_entities", None) or [] if unit(c)}
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def _fight_nouns() -> frozenset[str]:
    """Nouns of fighting between two sides (``events.yaml`` ``fight_nouns``)."""
    return event_words("fight_nouns")


def _sides(prep: Token) -> list[Token]:
    """The heads a "with" or "between" phrase names: its object and the object's conjuncts."""
    return [t for g in prep.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]


def _side(head: Token, index: dict[int, EntityCluster], near: Token) -> tuple[bool, list[EntityCluster]]:
    """What one side of a fight names: (whether it is a state's, its actors). A named side is
    its entity; an unnamed state force ("the army", "security forces") its state; "a joint team
    of <force> and <force>" the forces it is made of; anything else (``militants``) nothing.
    ``near`` is the fight's trigger, whose sentence's places say whose state an unnamed force is."""
    named = index.get(head.i)
    if named is not None:
        actor = named.type in ("ORG", "PERSON") or named.subtype == "country"
        return is_state(named), [named] if actor else []
    state = body_state(head, index, near)
    if state is not None:
        return True, [state]
    members = [
        index[t.i]
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for t in _sides(p)
        if t.i in index and is_state(index[t.i])
    ]
    return bool(members), list(dict.fromkeys(members))


def fight_parties(trigger: Token, index: dict[int, EntityCluster], etype: str) -> list[EntityCluster]:
    """The sides of a fight noun that the fight's own phrase names. For a state's action, the
    state side of "a gunfight with the army", "a shootout with security forces", "a clash with
    a joint team of <force> and <force>"; for an attack, the named groups of "clashes between
    <group> and <group>" (every side named, none a state's). Empty otherwise."""
    nouns = [trigger] + [c for c in trigger.children if c.dep_ in ("nsubj", "advcl")]
    for noun in nouns:
        if noun.lemma_.lower() not in _fight_nouns() and noun.lower_ not in _fight_nouns():
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            sides = [_side(h, index, trigger) for h in _sides(prep)]
            if prep.lower_ == "with" and etype == "military_action":
                found = [c for state, actors in sides if state for c in actors]
            elif prep.lower_ == "between" and etype == "attack" and len(sides) >= 2:
                if any(state or not actors for state, actors in sides):
                    return []
                found = [c for _, actors in sides for c in actors if c.type == "ORG"]
            else:
                continue
            if found:
                return list(dict.fromkeys(found))
    return []


def meeting_sides(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The sides of "talks between the government and <group>" (a meeting noun's "between"
    phrase): each a named party, an unnamed state body's state (:func:`body_state`), or "the
    group" resolved to the group last named. Empty unless every side (two or more) is found."""
    from nexus.extract.arguments import _resolve_mention  # (private: the anaphora resolver)

    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between"):
        heads = _sides(prep)
        found: list[EntityCluster] = []
        for head in heads:
            named = index.get(head.i)
            side = named if named is not None else body_state(head, index) or _resolve_mention(head, index)
            if side is None or (side.type == "PLACE" and side.subtype != "country"):
                return []
            found.append(side)
        if len(heads) >= 2:
            return list(dict.fromkeys(found))
    return []
