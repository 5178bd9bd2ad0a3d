"""An event mention's type once its actors are known.

The trigger lexicon gives a first type; who acts decides between an attack
(violence by non-state actors) and a military_action (by a state's forces),
following the annotation conventions:

- a named armed group, an unnamed attacker ("gunmen", "a suicide bomber") or
  a non-state modifier ("a terror strike") makes it an attack, also when the
  group is named with its country ("Syria's Liwa al-Quds militia");
- state forces as subject ("Houthi security forces arrested"), a state or a
  state body as actor or agent ("an assassination carried out by Turkey"), an
  arrest, or killing attackers makes it a military_action.

For a noun trigger only its own modifiers and agents, or the subject of a
light verb it is the object of ("carried out the attack"), say who acted:
"the army confirmed the attack" does not make the army the attacker.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.arguments import (
    _LIGHT_VERBS,
    _subject_tokens,
    cached_entity_index,
    doer_words,
    is_state,
)
from nexus.extract.dateline import dateline_end
from nexus.extract.entities import EntityCluster
from nexus.extract.role_kinds import (
    fight_partners,
    group_named_force,
    killed_fighting_the_state,
    launched_by_a_group,
    partner_is_non_state,
    partner_is_state,
    position_of_state_forces,
    seized_by_a_non_state_side,
    state_body_force,
)
from nexus.extract.triggers import (
    answering_clause,
    event_family,
    event_words,
    killing_verbs,
    kills_attackers,
    misread_answer,
    misread_main_verb,
    misread_participle,
    misread_subject,
    misread_verb,
    non_state_side,
    noun_clause_head,
    passive_verb,
    reporting_verbs,
    trigger_tables,
)
from nexus.extract.within_clauses import within_clauses


def _came_under_fire(trigger: Token) -> bool:
    """ "the column came under fire near a ford": the subject of a verb with "under" (``come`` of
    the ``phrasal_only`` verbs) is the side fired on, whoever it is; the shooters are the
    performers. Not when the subject answers in a verb of its own ("came under fire and shot
    back, killing four"): the force's action tells the exchange."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() != "come":
        return False
    under = any(
        p.dep_ == "prep" and p.lower_ == "under" and any(g.dep_ == "pobj" for g in p.children)
        for p in trigger.children
    )
    answered = any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > trigger.i for c in trigger.children)
    return under and not answered and not _in_its_own_operation(trigger)


def _in_its_own_operation(verb: Token) -> bool:
    """ "troops came under fire in a fresh raid", "during a sweep": the force was carrying out an
    operation of its own (an ``own_operation_nouns`` noun after "in" or "during") when fired on."""
    nouns = event_words("own_operation_nouns")
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("in", "during")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in p.children)
        for p in verb.children
    )


def refine_type(trigger: Token, etype: str, actors: list[EntityCluster]) -> str:
    """``etype`` corrected by the actors of ``trigger``: states strike, groups attack.

    ``actors`` are the entities found for the mention; returns ``attack``,
    ``military_action`` or ``etype`` unchanged for the other types.
    """
    if etype not in ("attack", "military_action"):
        return etype
    if _came_under_fire(trigger):
        return "attack"  # "the patrol came under fire": the patrol is the target, not the performer
    performers = _performer_tokens(trigger)
    index = cached_entity_index(trigger.doc)
    by_agents = [
        g for t in performers for p in t.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
    ]
    grouped = [  # "drone strikes by the Rapid Support Forces hit a market": the group struck
        t
        for t in (*performers, *by_agents)
        if ((c := index.get(t.i)) is not None and c.subtype == "armed_group")
        or group_named_force(t)  # "Houthi forces blew up a house"
        or launched_by_a_group(t)  # "drones launched by a militia hit two depots"
    ]
    owned = [t for t in performers if t not in grouped and state_body_force(t)]  # "fighters of the GDI"
    # "strikes by the Rapid Support Forces": a named armed group's "Forces" is no state's force
    kept = [t for t in performers if t not in grouped and t not in owned]
    lemmas = {t.lemma_.lower() for t in kept} | {t.lower_ for t in kept} | {_compound_name(t) for t in kept}
    units = {  # "police officers", "army personnel": a state force word before a generic head
        c.lower_
        for t in performers
        if t.lemma_.lower() in event_words("force_heads")
        for c in t.children
        if c.dep_ in ("compound", "nmod")  # ("police tactical teams": "police" hung as nmod)
    } | _flown_by_words(performers)
    state_subject = bool(owned) or bool(
        (lemmas | units | _launch_origin_words(performers)) & event_words("state_nouns")
    )
    attacker_subject = bool(
        lemmas & (event_words("attacker_nouns") | event_words("non_state_performers") | {"bomber", "bombers"})
    ) or any(_of_a_non_state_side(t) for t in kept)  # "fighters of the emirate"
    attacker_subject = (
        attacker_subject or bool(grouped) or any(_between_non_state_sides(t) for t in (trigger, *performers))
    )
    agents = actors + _agent_entities(trigger)
    state_named = any(is_state(a) for a in agents)
    armed_group = any(a.subtype == "armed_group" for a in agents)
    non_state_modifier = _non_state_modifier(trigger)
    if not attacker_subject and _at_state_forces(trigger, performers, lemmas | units, agents):
        return "attack"  # "drones struck an army post": the state's forces were the target
    if (
        not state_subject
        and trigger.lemma_.lower() in event_words("run_into_verbs")
        and ran_into_a_planted_weapon(trigger)
    ):
        return "attack"  # "their vehicle struck an IED", filed from the victims' country: no strike of it
    if _fight_of_the_state(trigger):
        return "military_action"  # "a clash pitting gendarmes against the rebel band"
    if etype == "attack":
        if state_subject and not attacker_subject:
            return "military_action"  # "security forces stormed the hideout"
        if (
            trigger.pos_ == "VERB"
            and _struck_by_the_state(performers)
            and not (armed_group or attacker_subject)
        ):
            return "military_action"  # "an air strike on a school killed 22": the strike's killing
        if kills_attackers(trigger) and not attacker_subject:
            return "military_action"  # "troops killed four militants" (not "separatists killed 84 fighters")
        if killed_fighting_the_state(trigger) and not attacker_subject:
            return "military_action"  # "a smuggler was killed in a long exchange of shots with gendarmes"
        if _joined_to_an_arrest(trigger) and not (attacker_subject or armed_group or non_state_modifier):
            return "military_action"  # "gendarmes raided two shops and arrested a trader": one force
        if armed_group or attacker_subject or non_state_modifier:
            return "attack"  # "a rocket attack by Syria's Liwa al-Quds militia"
        if _state_strike_modifier(trigger) and not lemmas & event_words("planted_weapons"):
            return "military_action"  # "an air attack against mourners left 14 dead": from the air
        if state_named and not _sponsored(trigger):
            return "military_action"  # "an assassination carried out by Turkey"
        return "attack"  # (and "the bombing was ordered by Ruritania through a gang": its sponsor)
    if state_subject and not attacker_subject:
        return "military_action"  # "Houthi security forces arrested five people"
    if _fight_lost_by_forces(trigger, performers) and not state_named:
        return "attack"  # "seven soldiers were killed in a firefight near X": the foe struck them
    if _fought_with_the_state(trigger):
        return "military_action"  # "the rebels clashed with security personnel"
    if seized_by_a_non_state_side(trigger):
        return "attack"  # "gunmen rounded up 12 farmers", "rebels captured six soldiers": an abduction
    if event_family(trigger) in ("arrest", "court") and not (
        (attacker_subject or armed_group) and _took_ground(trigger)
    ):
        return "military_action"  # arrests, detentions and sentences are the state's
    if attacker_subject or non_state_modifier or armed_group:
        return "attack"  # "a suicide bomber struck a market", "a terror strike on a police post"
    private = event_words("private_performers") | event_words("private_pronouns")
    if lemmas & private and not state_named:
        return "attack"  # "men in fatigues fired on the crowd", "he struck six people": no state named
    if _noun_killing_civilians(trigger, performers) and not state_named:
        return "attack"  # "raids on two villages killed 100 civilians": no state named
    if lemmas & event_words("planted_weapons") and not state_subject and not state_named:
        return "attack"  # "an explosive device struck their vehicle": a planted bomb, no state named
    if not agents and not performers and _unclaimed_launch(trigger):
        return "attack"  # "two rockets fired from across the border": nobody's state named
    if not state_subject and not state_named and ran_into_a_planted_weapon(trigger):
        return "attack"  # "their truck struck a landmine": a planted bomb, no state named
    return etype


def _compound_name(noun: Token) -> str:
    """ "air force" of "an air force raid": the noun with the compound words just before it,
    lower case, so a force named in two words ("air force" of ``state_nouns``) is read whole."""
    words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return " ".join([*words, noun.lower_])


def _at_state_forces(
    trigger: Token, performers: list[Token], words: set[str], agents: list[EntityCluster]
) -> bool:
    """Whether a strike no state is named for hit a state's forces: "drones struck an army post",
    "an explosive-laden drone hit the army's base, killing two soldiers". ``words`` are the
    performers' words; a weapon any side flies (``launched_weapons`` of doers.yaml: "drones")
    names no state, but a force ("troops"), a state strike ("an air strike"), a state among the
    ``agents``, an arrest or a court's act keep the state's."""
    weapons = doer_words("launched_weapons")
    if words & (event_words("state_nouns") - weapons) or any(is_state(a) for a in agents):
        return False
    if event_family(trigger) in ("arrest", "court"):
        return False
    if _struck_by_the_state([p for p in performers if p.lemma_.lower() not in weapons]):
        return False
    return _aimed_at_state_forces(trigger)


def _between_non_state_sides(performer: Token) -> bool:
    """ "fighting between the two factions", "clashes between rival gangs", "a gunfight between
    X and Y" (X, Y armed groups), "fighting between X fighters and a local group": a violent noun
    whose "between" sides name a non-state one (``attacker_nouns``, ``non_state_performers`` or
    an armed group's name) and no state's force (``state_nouns``, a state's name)."""
    sides = _between_sides(performer)
    armed = event_words("non_state_modifiers") | {"armed"}  # "a feud between armed lineages": by its arms
    non_state = [
        t
        for t in sides
        if non_state_side(t) or any(c.dep_ == "amod" and c.lower_ in armed for c in t.children)
    ]
    return bool(non_state) and not any(_state_side(t) for t in sides)


def _between_sides(token: Token) -> list[Token]:
    """The sides a "between" phrase of ``token`` names ("clashes between X and Y": X, Y), also
    when the parser hangs it on a verb of outbreak (``outbreak_verbs``) the noun is the subject of
    ("fighting broke out between X and Y")."""
    owners = [token]
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() in event_words("outbreak_verbs")
    ):
        owners.append(token.head)  # (not "raids killed between 50 and 60 fighters": a range)
        # ("broke out at dawn between X and Y": the phrase hung on the bare time word before it)
        owners += [
            g
            for p in token.head.children
            if p.dep_ == "prep" and p.i > token.head.i
            for g in p.children
            if g.dep_ == "pobj" and all(c.dep_ == "prep" and c.lower_ == "between" for c in g.children)
        ]
    return [
        t
        for owner in owners
        for c in owner.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for g in c.children
        if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)
    ]


def _state_side(side: Token) -> bool:
    """ "between soldiers and militants", "between police officers and bandits": a "between" side
    that is a state's force, by its word or its lemma (``state_nouns``: "soldiers", "soldier") or
    by a state force word before a generic head (``force_heads``: "police officers", "security men").
    A name is a state's by its entity only (not "the National Liberation Army")."""
    if side.pos_ == "PROPN":
        named = cached_entity_index(side.doc).get(side.i)
        return named is not None and is_state(named)
    words = {side.lemma_.lower(), side.lower_}
    if side.lemma_.lower() in event_words("force_heads"):
        words |= {c.lower_ for c in side.children if c.dep_ in ("compound", "amod")}
    return bool(words & (event_words("state_nouns") | event_words("state_force_modifiers")))


def _fight_lost_by_forces(trigger: Token, performers: list[Token]) -> bool:
    """ "seven soldiers were killed in a firefight near X": a fight noun (``fight_nouns``) with no
    side or doer told, in whose "in"/"during" phrase only a state's forces were killed
    (``force_victim_nouns`` of casualties.yaml): an attack on them, not their operation (not "a
    soldier and four militants were killed in a firefight")."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in event_words("fight_nouns"):
        return False
    nouns = trigger_tables()[1]
    doers = [  # (not another happening's noun read as the doer: "the ambush was the deadliest since ...")
        p
        for p in performers
        if p.pos_ in ("PROPN", "PRON")
        or (p.pos_ == "NOUN" and p.head.i != trigger.i and p.lemma_.lower() not in nouns)
    ]
    if doers or _between_sides(trigger):  # (a "gun battle": "gun" names the fight, not a side)
        return False
    partners = fight_partners(trigger)
    if partner_is_state(partners) or (partners and not partner_is_non_state(partners)):
        return False  # "a gun battle with troops": the force's; "with bandits" keeps the forces' loss
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("in", "during"):
        return False
    verb = trigger.head.head
    if verb.lemma_.lower() not in killing_verbs():
        return False
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    victims += [c for v in victims for c in v.conjuncts]
    forces = victim_nouns("force_victim_nouns")
    return bool(victims) and all(v.lemma_.lower() in forces or v.lower_ in forces for v in victims)


def _noun_killing_civilians(trigger: Token, performers: list[Token]) -> bool:
    """ "simultaneous raids on two villages killed about 100 civilians", "clashes near X left three
    civilians dead", "raids on 20 villages killed 200 people": a violent noun no performer is told
    for, the subject of a killing verb (or of "left ... dead") whose victims are civilians
    (``civilian_victim_nouns`` of casualties.yaml) or, for a raid on the ground
    (``ground_raid_nouns``), that the noun's own "on" phrase sets on villages and homes
    (``civilian_places``), so no state's force is the doer."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return False
    if any(p.pos_ in ("NOUN", "PROPN", "PRON") for p in performers):  # (not "simultaneous")
        return False
    verb = trigger.head
    left_dead = verb.lemma_.lower() == "leave" and any(
        c.lower_ in ("dead", "wounded", "injured")
        for c in verb.subtree
        if c.dep_ in ("oprd", "amod", "acomp", "ccomp")
    )
    if verb.lemma_.lower() not in killing_verbs() and not left_dead:
        return False
    civilians = victim_nouns("civilian_victim_nouns")
    victims = [c for c in verb.children if c.dep_ == "dobj"]
    victims += [g for v in victims for g in v.children if g.dep_ == "nsubj"]  # "left [three civilians] dead"
    if any(v.lemma_.lower() in civilians or v.lower_ in civilians for v in victims):
        return True
    if trigger.lemma_.lower() not in victim_nouns("ground_raid_nouns"):
        return False  # ("a strike on a house killed 12": a strike from the air may be a state's)
    places = victim_nouns("civilian_places")
    return any(
        g.dep_ == "pobj" and (g.lemma_.lower() in places or g.lower_ in places)
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in ("on", "against")
        for g in p.children
    )


@cache
def victim_nouns(key: str) -> frozenset[str]:
    """A victim noun list of casualties.yaml (``civilian_victim_nouns``, ``force_victim_nouns``),
    lower case."""
    return frozenset(str(w).lower() for w in ontology.table("casualties.yaml")[key])


def _took_ground(trigger: Token) -> bool:
    """ "captured the port town", "seized the village of X", "took control of the base": a verb of
    the arrest family whose object is a place (a place entity, or a place or position noun of
    ``taken_places``), so ground was taken, nobody arrested."""
    if trigger.pos_ != "VERB":
        return False
    index = cached_entity_index(trigger.doc)
    places = event_words("taken_places")
    # "the town was captured by insurgents": the passive's subject is what was taken
    for obj in (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")):
        cluster = index.get(obj.i)
        if (cluster is not None and cluster.type == "PLACE") or obj.lemma_.lower() in places:
            return True
    return False


def ran_into_a_planted_weapon(trigger: Token) -> bool:
    """ "their vehicle struck an improvised explosive device", "the bus hit a landmine", "ran over
    a mine": a verb whose object (or "over"/"on" object) is a planted weapon (``planted_weapons``)."""
    if trigger.pos_ != "VERB":
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in ("over", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    weapons = event_words("planted_weapons")
    return any(o.lemma_.lower() in weapons or o.lower_ in weapons for o in objects)


def _aimed_at_state_forces(trigger: Token) -> bool:
    """ "drones struck an army post", "a strike on a police checkpoint", "shelled the military's
    base", "fired on troops": the mention's target (a verb's object, a noun's "on"/"at"/"against"
    object) is a state's force (``state_personnel``) or a position of one (``state_positions``
    with a ``state_personnel`` modifier or possessor)."""
    if trigger.pos_ not in ("VERB", "NOUN"):
        return False
    verb = trigger.pos_ == "VERB"
    targets = [c for c in trigger.children if c.dep_ == "dobj"] if verb else []
    preps = frozenset({"on", "at", "against"} if verb else {"on", "against"})
    targets += [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    personnel, positions = event_words("state_personnel"), event_words("state_positions")
    targets += [  # "struck the perimeter of the army's base": the base
        g
        for t in targets
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for target in (t for g in targets for t in (g, *g.conjuncts)):
        if target.lemma_.lower() in personnel or target.lower_ in personnel:
            return True
        if position_of_state_forces(target):
            return True  # "hit a checkpoint of the coast guard forces"
        if target.lemma_.lower() not in positions:
            continue
        owners = [c for c in target.children if c.dep_ in ("compound", "amod", "poss")]
        owners += [o for c in owners if c.dep_ == "poss" for o in c.children if o.dep_ == "compound"]
        if any(o.lemma_.lower() in personnel or o.lower_ in personnel for o in owners):
            return True
    return False


def _fought_with_the_state(trigger: Token) -> bool:
    """ "they clashed with security personnel", "fought with troops": a verb of fighting
    (``clash_verbs``) whose "with" partner is a state's force (``state_nouns``, or a force head
    such as "personnel" after one); or a fight noun between a state's force and another side."""
    if _fight_of_the_state(trigger):
        return True
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in event_words("clash_verbs"):
        return False
    forces = event_words("state_nouns") | event_words("state_force_modifiers")
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            words = {g.lemma_.lower(), g.lower_}
            if g.lemma_.lower() in event_words("force_heads"):
                words |= {c.lower_ for c in g.children if c.dep_ in ("compound", "amod")}
            if words & forces:
                return True
    return False


def _flown_by_words(performers: list[Token]) -> set[str]:
    """ "a junta drone dropped bombs", "an army drone struck a house", "the military's drones": the
    words that own a weapon any side flies (``launched_weapons`` of doers.yaml), so a state's force
    named before it flies the strike (not "RSF drones": a group's name is no state noun)."""
    weapons = doer_words("launched_weapons")
    return {
        c.lower_
        for t in performers
        if t.lower_ in weapons or t.lemma_.lower() in weapons
        for c in t.children
        if c.dep_ in ("compound", "nmod", "poss", "amod") and c.pos_ in ("NOUN", "ADJ")
    }


def _fight_of_the_state(trigger: Token) -> bool:
    """ "a gunfight between gendarmes and bandit holdouts", "a firefight between police and the
    rebels": a fight noun (``fight_nouns``) whose "between" sides are a state's force and another
    side; the fight is the force's operation, also when the other side is a named group (not two
    states' forces, nor two groups)."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in event_words("fight_nouns"):
        return False
    sides = []
    for side in _between_sides(trigger):
        joined = [c for c in side.children if c.dep_ in ("nmod", "compound") and c.conjuncts]
        # ("between gendarmes and bandit holdouts", the first side parsed as the head's modifier)
        sides += [side, *joined[0].conjuncts[:-1], joined[0]] if joined else [side]
    index = cached_entity_index(trigger.doc)
    state_sides = [
        t for t in sides if _state_side(t) or (t.i not in index and t.lower_ in event_words("state_nouns"))
    ]  # ("Marines" capitalised but no name)
    return len(sides) > 1 and 0 < len(state_sides) < len(sides)


def _unclaimed_launch(trigger: Token) -> bool:
    """ "rockets fired at the town", "a drone launched from the hills": a projectile sent off
    by nobody the sentence names (the trigger is the launch participle of the weapon)."""
    if trigger.lemma_.lower() not in doer_words("launch_verbs"):
        return False
    weapon = trigger.head if trigger.dep_ == "acl" else None
    if weapon is None:
        weapon = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    return weapon is not None and weapon.lower_ in doer_words("launched_weapons")


def _launch_origin_words(performers: list[Token]) -> set[str]:
    """ "shells fired from a navy vessel killed four", "rockets launched from army positions": a
    projectile performer (``launched_weapons``) sent off (``launch_verbs``) from somewhere; the
    words of where from (its head and modifiers: "navy", "vessel"), so a state's force named
    there performs the strike."""
    weapons, launches = doer_words("launched_weapons"), doer_words("launch_verbs")
    words: set[str] = set()
    for weapon in performers:
        if weapon.lower_ not in weapons and weapon.lemma_.lower() not in weapons:
            continue
        verbs = [a for a in weapon.children if a.dep_ == "acl"]
        if weapon.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(weapon.head)  # the participle read as the main verb ("shells fired ... killed")
        for verb in (v for v in verbs if v.lemma_.lower() in launches):
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
                for origin in (g for g in prep.children if g.dep_ == "pobj"):
                    if origin.lower_ in weapons or origin.lemma_.lower() in weapons:
                        continue  # "explosives dropped from drones": a weapon any side flies
                    words |= {origin.lower_, origin.lemma_.lower()}
                    words |= {c.lower_ for c in origin.children if c.dep_ in ("compound", "amod", "nmod")}
    return words


def _struck_by_the_state(performers: list[Token]) -> bool:
    """A subject that is itself a state's strike ("an air strike", "the shelling", "an air
    attack") and nothing else."""
    nouns = trigger_tables()[1]
    return bool(performers) and all(
        (set(nouns.get(t.lemma_.lower(), ())) == {"military_action"} or _state_strike_modifier(t))
        and not _non_state_modifier(t)
        for t in performers
    )


def _of_a_non_state_side(performer: Token) -> bool:
    """ "fighters of the emirate", "fighters of the Islamic State": a force word owned, by "of",
    by a non-state side (``non_state_owners``, an armed group's name, a ``non_state_performers``
    noun), so a group's men are not a state's troops."""
    owners = event_words("non_state_owners") | event_words("non_state_performers")
    index = cached_entity_index(performer.doc)
    for prep in (c for c in performer.children if c.dep_ == "prep" and c.lower_ == "of"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            cluster = index.get(g.i)
            if g.lemma_.lower() in owners or (cluster is not None and cluster.subtype == "armed_group"):
                return True
    return False


def _past_dateline(subject: Token) -> Token:
    """ "BENI, Congo, July 29 (Wire) - Rebels of the group killed ...": a subject the parse found in
    the dateline stands for the first phrase it hangs after the dateline (the body's real subject)."""
    doc = subject.doc
    end = dateline_end(doc)
    for c in subject.children:
        if c.dep_ != "appos" or c.i <= subject.i:
            continue
        if (end and subject.idx < end <= c.idx) or (subject.pos_ == "PROPN" and doc[c.i - 1].text in _DASHES):
            return c  # after the dateline, or after the dash that ends a dateline the page did not mark
    return subject


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _performer_tokens(trigger: Token) -> list[Token]:
    """Who performs a mention: a verb's subject, a noun's modifiers or its light verb's subject."""
    if misread_main_verb(trigger):
        return [t for t in (noun_clause_head(trigger),) if t is not None]  # "an attacker armed ... struck"
    if misread_verb(trigger) or misread_participle(trigger):
        return misread_subject(trigger)  # "gendarmes on patrol shot dead a smuggler"
    happening = _happening_of_the_harmed(trigger) if trigger.pos_ != "NOUN" else None
    if happening is not None:
        # "raised the number of people killed in the bombing": the participle tells of the
        # victims of a happening it names; who counts them, the clause above, did not kill them
        agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return agents or _performer_tokens(happening)
    if trigger.pos_ != "NOUN":
        force = misread_answer(trigger)
        subjects = [force] if force is not None else [_past_dateline(s) for s in _subject_tokens(trigger)]
        if (not subjects and trigger.dep_ == "dep" and trigger.head.pos_ == "VERB") or (
            subjects and all(answering_clause(s) is trigger for s in subjects)
        ):
            # "police officers responding to the call shot dead ..." (a verb hung as "dep"),
            # "soldiers deployed after the raid shot dead ..." (the raid read as the subject)
            subjects = _subject_tokens(trigger.head)
        passive = not subjects and any(c.dep_ == "nsubjpass" for c in trigger.children)
        headline_passive = trigger.tag_ == "VBN" and bool(subjects) and all(s.like_num for s in subjects)
        if passive or headline_passive:  # "Three killed as ...": a headline's passive
            subjects = _cause_clause_subjects(trigger)
        return subjects + [t for s in subjects for t in _antecedent_subjects(s)]
    own = [c for c in trigger.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < trigger.i]
    own += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    own += [
        g
        for a in trigger.children
        if a.dep_ == "acl"
        for c in a.children
        if c.dep_ == "agent"
        for g in c.children
    ]
    sides = _between_sides(trigger)  # "a gunfight between armed groups": both sides perform it
    if sides and not any(_state_side(t) for t in sides):
        own += sides
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if trigger.dep_ in ("dobj", "pobj") and head.pos_ == "VERB" and head.lemma_.lower() in _LIGHT_VERBS:
        own += _subject_tokens(head)  # "troops launched an operation"
    elif (
        trigger.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in event_words("setting_verbs")
    ):
        own += _subject_tokens(head)  # "troops laid an ambush", "police set up a trap"
    elif (framing := framing_verb(trigger)) is not None and not passive_verb(framing):
        # "in a raid on a farm, police arrested three" (not "six soldiers were wounded in the
        # attack on the base": a passive's subject is who suffered it, not who did it)
        own += _subject_tokens(framing)
    own += _relative_doers(trigger)
    return own


def _happening_of_the_harmed(verb: Token) -> Token | None:
    """ "the number of people killed in Monday's blast": a past participle hung on a noun of the
    harmed (no happening's noun itself), within the object or prepositional object of another
    clause, that names the happening they were harmed in ("in" or "during" a noun of an event
    type): that noun, whose performers are the participle's (besides its own "by" agent), never
    the other clause's subject. None otherwise."""
    nouns = trigger_tables()[1]
    head = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ == "VBN" and head.pos_ in ("NOUN", "PRON")):
        return None
    if head.dep_ not in ("pobj", "dobj") or head.lemma_.lower() in nouns:
        return None
    return next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("in", "during")
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in nouns
        ),
        None,
    )


def _relative_doers(noun: Token) -> list[Token]:
    """The subjects of the transitive "in which" clauses on ``noun`` (:func:`within_clauses`):
    "the raid a week before, in which marines shot three smugglers" (the marines)."""
    return [c for clause in within_clauses(noun) for c in clause.children if c.dep_ == "nsubj"]


def framing_verb(noun: Token) -> Token | None:
    """ "In a raid on a farm, police arrested three": for a noun in an "in"/"during" phrase of a
    verb that is itself a trigger of violence or force, that verb (its subject did both); also
    when the parse hangs the phrase on a participle describing the verb's object ("arrested three
    men wanted on charges in a raid"). None otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
        return None
    verb = prep.head
    if verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
        verb = verb.head.head
    elif verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "arrested three suspects in raids in A and B"
    elif verb.lemma_.lower() in reporting_verbs() and prep.i < verb.i:
        # "bandits abducted 43 people, most of them children, in raids on two villages, residents
        # said": the phrase hung on the reporting verb after it belongs to the reported one before
        told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < prep.i]
        verb = told[-1] if told else verb
    harmed_in = _happening_of_the_harmed(verb)
    if verb.pos_ != "VERB" or (harmed_in is not None and harmed_in.i == noun.i):
        return None  # ("the number of people killed in the bombing": no verb of the bombing's doer)
    verbs = trigger_tables()[0].get(verb.lemma_.lower(), ())
    return verb if "attack" in verbs or "military_action" in verbs else None


def _cause_clause_subjects(verb: Token) -> list[Token]:
    """ "Five dead as Turkish jets hit Qandil villages": a passive without agent takes the
    subject of its "as"/"when" clause as the one who acted."""
    out: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in ("as", "when") for m in clause.children):
            out += [c for c in clause.children if c.dep_ == "nsubj"]
    return out


def _antecedent_subjects(pronoun: Token) -> list[Token]:
    """ "Nine terrorists were killed after they tried to storm the base": "they" is the main subject.

    Also "the army says it killed ...": the speaker is the "it" of its own report.
    """
    if pronoun.lower_ not in ("they", "he", "she", "it"):
        return []
    clause = pronoun.head
    if clause.dep_ not in ("advcl", "conj", "relcl", "ccomp") or clause.head is clause:
        return []  # "Niger's army says it killed ...": "it" is the army
    subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    if pronoun.lower_ in ("he", "she"):  # "officers shot a man after he injured three": not the police
        subjects = [
            c for c in subjects if c.tag_ == "NN" and c.lemma_.lower() not in event_words("state_nouns")
        ]
    return subjects


def _agent_entities(trigger: Token) -> list[EntityCluster]:
    """Entities in a noun's "carried out by X" phrase (the parse puts them below a clause)."""
    if trigger.pos_ != "NOUN":
        return []
    index = cached_entity_index(trigger.doc)
    out: list[EntityCluster] = []
    for acl in trigger.children:
        if acl.dep_ != "acl":
            continue
        for agent in acl.children:
            if agent.dep_ != "agent":
                continue
            for token in agent.subtree:
                cluster = index.get(token.i)
                if cluster is not None and cluster not in out:
                    out.append(cluster)
    return out


def _joined_to_an_arrest(trigger: Token) -> bool:
    """ "gendarmes raided two shops and arrested a trader", "police detained two men and stormed the
    house": a verb joined, under the same subject, to a verb of arrest (``arresting_verbs``), which
    only a state's forces make. A conjunct with a subject of its own tells another doer."""
    if trigger.pos_ != "VERB":
        return False
    arrests = event_words("arresting_verbs")
    joined = [*trigger.conjuncts]
    return any(
        v.pos_ == "VERB"
        and v.lemma_.lower() in arrests
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in (v if v.i > trigger.i else trigger).children)
        for v in joined
    )


def _state_strike_modifier(trigger: Token) -> bool:
    """ "an air attack", "an aerial raid": a violent noun whose modifier (``state_strike_modifiers``)
    makes it a strike from the air, which a state's forces fly when no group is named."""
    if trigger.pos_ != "NOUN":
        return False
    words = event_words("state_strike_modifiers")
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in words for c in trigger.children)


def _non_state_modifier(trigger: Token) -> bool:
    """ "a terror strike", "a militant raid", "suicide bombing": words that mark non-state violence."""
    words = event_words("non_state_modifiers")
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in words for c in trigger.children)


def _sponsored(trigger: Token) -> bool:
    """ "the bombing had been ordered by Ruritania through a local gang", "a shooting, financed by
    a state's agents": a noun of violence that a verb of ordering or paying for it
    (``sponsor_verbs``) takes as its passive subject, or that such a participle describes. The
    state named there is the attack's sponsor, not the force that struck."""
    if trigger.pos_ != "NOUN":
        return False
    verbs = event_words("sponsor_verbs")
    if trigger.dep_ == "nsubjpass" and trigger.head.lemma_.lower() in verbs:
        return True
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs for c in trigger.children)
