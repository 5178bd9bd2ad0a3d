"""Events: what happened, who did it to whom, when, where, how many were hurt.

Triggers come from ``ontology/events.yaml`` (verb lemmas and nouns per event
type). Arguments come from the dependency parse: the subject (or agent) of a
verb trigger, the modifiers of a noun trigger ("Hamas-led massacre"), the
object and "against/on" phrases as targets, the most specific place in the
sentence, the date nearest the trigger. Mentions of one happening in a
document are merged (same type, compatible date, place and actors), so a
report that says "the attack" five times yields one attack.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.anchored_clauses import dated_from_the_one_before
from nexus.extract.arguments import (
    PLACE_RANK,
    actor_entities,
    claimed_or_blamed_doers,
    doer_words,
    entities_in,
    home_country,
    is_state,
    meeting_partners,
    own_places,
    relative_claim_doers,
    reported_claims,
    speaker_of,
    speaker_places,
    state_performed,
    state_voice,
    targets_of,
    voiced_groups,
)
from nexus.extract.comparisons import degree_measured, yardstick_town_first
from nexus.extract.entities import EntityCluster
from nexus.extract.event_dates import date_for, offset_anchor, when_after_date
from nexus.extract.event_types import framing_verb, ran_into_a_planted_weapon, refine_type, victim_nouns
from nexus.extract.geocode import fold
from nexus.extract.office_areas import offices_last_here, without_offices
from nexus.extract.places import (
    container_of_a_list,
    division_named_before,
    finer_inside,
    locative_places,
    marchers_home,
    office_seat,
    place_candidates,
    said_inside_first,
    said_inside_first_here,
    since_frame,
    situated_first,
    there_named_before,
    told_rank,
    town_named_before,
    where_clause_place,
    without_grievances,
)
from nexus.extract.recollections import another_period
from nexus.extract.relation_context import capitals
from nexus.extract.source_towns import source_towns
from nexus.extract.state_bodies import (
    fight_parties,
    meeting_sides,
    reporting_force,
    reporting_unit,
    unnamed_body_actors,
)
from nexus.extract.tokens import matching, sentence_starts
from nexus.extract.triggers import (
    bare_arrival,
    direct_quote,
    event_family,
    event_ontology,
    event_words,
    find_triggers,
    harm_verbs,
    killing_verbs,
    misread_answer,
    modality_cues,
    quote_closed,
    recounted,
    reporting_verbs,
    statement_cues,
    told_apart,
    witness_account,
)
from nexus.extract.undergone_places import undergone_places
from nexus.model import Count, DateMention, DateValue

#: The types of violent happenings (an armed group's attack, a state force's military action),
#: which several stages treat as one kind of deed.
VIOLENT_TYPES = frozenset({"attack", "military_action"})


@dataclass
class EventDraft:
    """An event while it is being assembled from one or more mentions."""

    type: str
    trigger: Token
    sent: Span
    actors: list[EntityCluster] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    target_entities: list[EntityCluster] = field(default_factory=list)
    places: list[EntityCluster] = field(default_factory=list)
    date: DateValue | None = None
    casualties: dict[str, list[Count]] = field(default_factory=dict)
    toll_ranks: dict[str, list[int]] = field(default_factory=dict)  # parallel to casualties
    #: A claimant's own figures ("the group said it killed 40"): the toll only when no other is told.
    claimed_casualties: dict[str, list[Count]] = field(default_factory=dict)
    measure: str | None = None  # for sanctions: what was done (one event per measure)
    mentions: list[Token] = field(default_factory=list)
    own_places: list[EntityCluster] = field(default_factory=list)  # named in the trigger's own phrase
    #: The place holding the list of places the trigger's phrase names ("X's A and B districts").
    spread_over: EntityCluster | None = None
    background: bool = False  # an older happening recalled in passing (coreference.py)
    distinct: bool = False  # marked as another happening: "a separate bombing"
    anchor: tuple[str, int] | None = None  # dated from the previous happening: ("day", -1) ...
    part: int = 0  # one of several happenings told by one plural trigger (1, 2, ...)
    offset: bool = False  # the anchor counts from a clause of the same sentence ("two days after ...")
    own_day: bool = (
        False  # dated by its own conjunct ("and on Tuesday with ..."): no relative phrase re-dates it
    )


def _measure(trigger: Token) -> str:
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    head = objs[0].lemma_.lower() if objs else ""
    return f"{trigger.lemma_.lower()}:{head}"


def events_in_sentence(
    sent: Span,
    index: dict[int, EntityCluster],
    dates: list[DateMention],
    given: list[tuple[Token, str]] | None = None,
) -> list[EventDraft]:
    """Event mentions of one sentence, arguments filled from the parse.

    ``given`` (trigger, type) pairs replace the lexicon's triggers (the learned hook's drafts).
    """
    drafts: list[EventDraft] = []
    triggers = find_triggers(sent) if given is None else list(given)
    if given is None:
        claims = [t for t in reported_claims(sent, index) if not _disowned(t)]
        claim_ids = {t.i for t in claims}
        # "the gang's leader said his men had taken the town": the saying is the claim, not a statement
        triggers = [(t, k) for t, k in triggers if not (k == "statement" and t.i in claim_ids)]
        triggers += [(t, "claim") for t in claims if all(t.i != x.i for x, _ in triggers)]
    trigger_ids = {t.i for t, _ in triggers}
    # "killed in a strike carried out by X": the participle stands for its noun
    # (not a claim's: "killed in an ambush near X claimed by Y" keeps the killing as the attack
    # when the ambush noun gave way to the verb)
    trigger_ids |= {
        t.head.i
        for t, kind in triggers
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and kind != "claim" and misread_answer(t) is None
    }  # (not "troops responding to the raid killed four gunmen", misread as the raid's clause)
    # a claim only is no happening a kill verb could be the toll of ("killed ..., claimed by X")
    claim_only = {t.i for t, kind in triggers if kind == "claim"} - {
        t.i for t, kind in triggers if kind != "claim"
    }
    happening_ids = trigger_ids - claim_only
    witnessed = _witness_content(sent)  # "'There was a second blast,' a trader said"
    seen: dict[str, int] = sent.doc.user_data.setdefault("nexus_violent_seen", {})
    claimed = {  # what a group's claim says it did: "said its men had staged the ambush"
        t.i
        for c, kind in triggers
        if kind == "claim" and c.pos_ == "VERB"
        for x in _claim_contents(c)
        for t in x.subtree
    }
    retold = {  # what a claim of a happening told before says of it: "claimed the attack, saying ..."
        t.i
        for c, kind in triggers
        if kind == "claim"
        and c.pos_ == "VERB"
        and any(o.dep_ == "dobj" and _definite_mention(o) for o in c.children)
        for x in _claim_contents(c)
        if x.i > c.i  # (not "a bomb exploded in X; IS claimed the attack", the clause read as content)
        for t in x.subtree
    }
    tolls: list[Token] = []  # kill verbs that only tell a happening's harm
    for trigger, etype in triggers:
        if _killed_in_event(trigger, happening_ids):
            tolls.append(trigger)
            continue  # "13 civilians were killed in Indian shelling": the shelling is the event
        actors = actor_entities(trigger, index)
        etype = refine_type(trigger, etype, actors)
        if (
            etype == "attack"
            and trigger.lemma_.lower() in event_words("run_into_verbs")
            and ran_into_a_planted_weapon(trigger)
        ):
            actors = _beside_the_victims(trigger, actors)  # "their vehicle struck an IED"
        if (
            trigger.i in witnessed
            and etype in ("attack", "military_action")
            and seen.get("violent", len(sent.doc)) < sent.start
        ):
            continue  # a witness describing the incident already told makes no second one
        if (
            trigger.i in claimed
            and trigger.pos_ == "VERB"
            and trigger.lemma_.lower() in harm_verbs()
            and (
                any(d.type == "attack" for d in drafts)
                or seen.get("violent", len(sent.doc)) < sent.start  # the attack told before
            )
        ):
            continue  # "claimed the ambush, saying it had killed 40": the claimed toll, no new attack
        if (
            trigger.i in retold
            and etype in ("attack", "military_action")
            and seen.get("violent", len(sent.doc)) < sent.start
        ):
            continue  # 'claimed the raid, saying its men had "hit the garrison hard"': told before
        if trigger.i in claimed and _definite_mention(trigger):
            continue  # "said its men had staged the ambush": the ambush told before, claimed now
        if (
            etype == "attack"
            and trigger.dep_ == "dobj"
            and any(t.i == trigger.head.i and k == "claim" for t, k in triggers)
            and _definite_mention(trigger)
            and not any(c.dep_ in ("compound", "amod", "nummod") for c in trigger.children)
            and seen.get("violent", len(sent.doc)) < sent.start
        ):
            continue  # "IS claimed the killings on Tuesday": the killings told before, claimed now
        if etype == "military_action" and trigger.i in claimed and not any(is_state(a) for a in actors):
            etype = "attack"  # a raid an armed group claims is an attack, not a state's action
        if comparison_class(trigger) or degree_measured(trigger):
            continue  # "one of the deadliest attacks since ...": a class to compare with, not a happening
        if (
            etype in ("attack", "military_action")
            and seen.get("violent", len(sent.doc)) < sent.start
            and _restated_outcome(trigger, sent)
        ):
            continue  # '"The bandits were neutralised," the committee said': the operation told again
        if (
            etype in ("attack", "military_action")
            and seen.get("violent", len(sent.doc)) < sent.start
            and _judged_again(trigger, dates)
            and not any(
                t.i != trigger.i and k in ("attack", "military_action") and not _judged_again(t, dates)
                for t, k in triggers
            )
        ):
            continue  # "the Pope condemned 'a terrible massacre'": the massacre told before, judged
        if (
            etype == "attack"
            and trigger.pos_ == "VERB"
            and trigger.lemma_ in killing_verbs() | {"shoot", "target"}
            and not actors
            and any(d.type == "attack" and not _names_other_event(d.trigger) for d in drafts)
            and not (trigger.dep_ == "relcl" and trigger.head.i not in trigger_ids)  # "since 2021, when ..."
            and not when_after_date(trigger, dates)  # "since May last year, when ..." (on the main verb)
            and not _names_other_event(trigger)  # "The bombing came a week after gunmen killed four ..."
            and not _dated_apart(trigger, drafts, sent, dates)  # "..., and on Tuesday gunmen killed five"
        ):
            continue  # "26 people were killed" restates the attack found in the sentence
        if etype == "statement" and not actors:
            actors = speaker_of(trigger, index)  # "X said ... and vowed", the vow is X's
        if etype == "statement" and actors and all(a.subtype == "country" for a in actors):
            # "spokesman X said the government condemned ...": the state and the one who voices it
            actors = [*actors, *(c for c in state_voice(trigger, index) if c not in actors)]
        if etype == "claim" and not any(a.type == "ORG" for a in actors):
            # "Abu Y, a spokesman for the X Front, said its fighters ...": the claimant is the front
            actors = [*voiced_groups(trigger, index), *actors]
        if etype == "statement" and actors and all(a.type == "PERSON" for a in actors):
            # "its spokesman, Abu Y, accused the army ...": the group speaks through him
            actors = [*actors, *(c for c in voiced_groups(trigger, index) if c not in actors)]
        if etype == "meeting" and trigger.pos_ == "VERB":
            actors = [*actors, *(c for c in meeting_partners(trigger, index) if c not in actors)]
        if etype in ("military_action", "sanction") and not actors and state_performed(trigger):
            where = [
                c
                for c in entities_in(
                    [p for p in trigger.children if p.dep_ == "prep" and p.lower_ == "in"], index
                )
                if c.subtype == "country"
            ]  # "banned in Ruritania since 2009"
            home = where[0] if where else home_country(sent.doc, index, trigger)  # "security forces raided"
            actors = [home] if home is not None else []
        if etype in ("attack", "military_action") and not actors:
            actors = fight_parties(trigger, index, etype)  # "a gunfight with the army"
        if etype == "military_action" and not actors:
            actors = reporting_force(trigger, index)  # "the army said an air strike killed 11 fighters"
        bodies_may_act = etype == "statement" or (
            etype in ("sanction", "military_action") and not state_performed(trigger)
        )
        if bodies_may_act and not actors:
            actors = unnamed_body_actors(trigger, index)  # "the interior ministry said", "a court in X"
        if etype == "military_action":
            actors = [
                *actors,
                *reporting_unit(trigger, index, actors),
            ]  # "troops killed two, the X Division said"
        if etype == "meeting" and not actors:
            actors = meeting_sides(trigger, index)  # "talks between the government and the OLA"
        draft = EventDraft(type=etype, trigger=trigger, sent=sent, actors=actors, mentions=[trigger])
        draft.targets = targets_of(trigger, index, actors)
        if trigger.lemma_.lower() in _WEAPON_VERBS:  # "set off a bomb": the object is the weapon
            draft.targets = [t for t in draft.targets if t.split()[-1].lower() not in _weapon_words()]
        draft.target_entities = _target_entities(trigger, etype, index, actors)
        if etype == "statement" and not draft.target_entities:
            draft.target_entities = _blamed_pronoun(trigger, index, actors)
        draft.places = place_candidates(sent, trigger, index, violent=etype in VIOLENT_TYPES)
        own = own_places(trigger, index)
        draft.own_places = [c for c in draft.places if c in own and c not in actors]  # in places' rank order
        if etype == "statement":
            # said where its own clause says ("told reporters in Kohima"), else nowhere
            draft.own_places = [c for c in speaker_places(trigger, index) if c not in actors]
            said = {t.i for c in trigger.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
            located = locative_places(sent, trigger, index)
            scene = [  # else the scene the sentence names, outside what was said
                c
                for c in draft.places
                if c not in actors
                and c in located
                and not any(
                    sent.start_char <= m.start < sent.end_char and _token_at(sent, m.start) in said
                    for m in c.mentions
                )
            ]
            draft.places = (
                list(draft.own_places)
                or scene
                or where_clause_place(trigger, index)  # "travelled to X, where she condemned ..."
                or there_named_before(sent, trigger, index)
            )
        if told_apart(trigger):
            # "killed in X, in an attack distinct from the raid on Y": the sentence's other places
            # are its own happening's; the one set apart lies where its own phrase says (Y)
            inside = [index[t.i] for t in trigger.subtree if t.i in index and index[t.i].type == "PLACE"]
            draft.places = [c for c in draft.places if c in inside] or list(dict.fromkeys(inside))
            draft.own_places = [c for c in draft.own_places if c in inside] or draft.places[:1]
        finer = finer_inside(trigger)  # "the attack in X province ... at a camp in Y": Y
        if finer is not None and etype != "statement" and finer not in draft.own_places and draft.own_places:
            draft.own_places = [finer, *draft.own_places]
        draft.own_places = yardstick_town_first(trigger, draft.own_places, index)  # (comparisons.py)
        frame = since_frame(trigger)  # "X has seen attacks since May, when gunmen hit A and B": X
        if frame is not None and etype != "statement":
            draft.own_places = [frame, *[c for c in draft.own_places if c is not frame]]
        # the places the trigger's own phrase names come before the rest of the sentence's
        draft.places = draft.own_places + [c for c in draft.places if c not in draft.own_places]
        # ... and a town or site the text sets in or by one of them comes before it ("in the hamlet
        # of X, 15 km from Y in the municipality of Z": X)
        draft.places = said_inside_first_here(draft.places, sent, trigger, index)
        # "across X's A and B districts": the happening spread over the list, so in X
        spread = container_of_a_list(sent, index).get(id(draft.places[0])) if draft.places else None
        if spread is not None:
            draft.places = [spread, *[p for p in draft.places if p is not spread]]
            draft.spread_over = spread
        if etype == "sanction" and not draft.places:
            # "the council designated three leaders as terrorists, its spokesperson said in X": a
            # measure the sentence places nowhere else was announced where it was said
            draft.places = [
                c for c in speaker_places(trigger, index) if c not in actors and c.type == "PLACE"
            ] or [c for c in office_seat(trigger, index) if c not in actors]  # "the X mayor banned"
        if etype == "rally":  # "marched to protest against the killings at Y": not in Y
            draft.places = without_grievances(draft.places, sent, trigger, index)
            draft.own_places = [p for p in draft.own_places if p in draft.places]
        if etype == "rally" and not draft.places:
            draft.places = marchers_home(trigger, index)  # "residents of X marched": in X
        if etype in ("rally", "visit", "meeting") and not draft.places:
            draft.places = town_named_before(sent, index)  # "marched through the town centre"
        if etype in ("attack", "military_action") and not draft.places:
            # "the city has not forgotten the night a gunman opened fire": the last town named
            # before the definite noun of the trigger's clause
            draft.places = town_named_before(sent, index, trigger)
        if etype in ("attack", "military_action") and not draft.places:
            draft.places = division_named_before(sent, index)  # "the deadliest in the province since"
        if etype in ("attack", "military_action") and not draft.places:
            draft.places = undergone_places(trigger, index)  # "X had not seen such bloodshed since"
        hosted: EventDraft | None = None
        if etype == "visit" and _hosts(trigger):
            # "hosted the Ethiopian premier in Nairobi": the guest travelled, the host stayed home
            guests = _guests(trigger, index)
            if guests and any(g.type == "PERSON" for g in guests) and actors:
                # ... and host and guest met
                hosted = replace(draft, type="meeting", actors=[*actors, *guests], mentions=[trigger])
            draft.actors = guests
            draft.targets = []
            draft.target_entities = []
        if etype == "visit":
            dest = _destinations(trigger, index)
            draft.places = sorted(dest, key=lambda c: -PLACE_RANK.get(c.subtype or "city", 2)) or draft.places
        draft.places = offices_last_here(draft.places, sent, index)  # "the Governor of X visited Y": Y
        placed = etype not in ("visit", "meeting") or _where_the_visitor_is(draft, sent, index)
        if not placed and bare_arrival(trigger):
            continue  # an arrival the report placed nowhere
        draft.date = date_for(sent, trigger, dates)
        if draft.date is None and etype == "statement":
            draft.date = _reporting_day(sent, trigger, dates)
        if etype == "claim":
            draft.date = _medium_day(trigger, dates) or draft.date
        if draft.date is None:
            draft.anchor = offset_anchor(sent, trigger)  # "two days after jets killed ...": dated later
            draft.offset = draft.anchor is not None
        if etype == "sanction":
            draft.measure = _measure(trigger)
        if hosted is not None:
            hosted.places, hosted.own_places, hosted.date = (
                list(draft.places),
                list(draft.own_places),
                draft.date,
            )
            drafts.append(hosted)
        if etype == "visit" and _at_home(draft, index):
            continue  # "Kenya's president visited Nairobi", "arrived back in Islamabad": no journey out
        if etype == "meeting":
            drafts.extend(_coordinated_meetings(draft, index, dates))
            continue
        drafts.extend(_one_per_site(draft))
        if etype in ("attack", "military_action"):
            seen["violent"] = min(seen.get("violent", sent.start), sent.start)
    _victims_of_tolls(drafts, tolls, index)
    _claimed_in_a_period(drafts)
    merged = _merge_in_sentence(drafts)
    for draft in merged:
        if draft.type == "attack" and not draft.actors:
            # "... were massacred in X, an attack the authorities blamed on Y": a noun mention's own clause
            draft.actors = next(
                (found for m in draft.mentions if (found := claimed_or_blamed_doers(m, index))), []
            )
    attacks = [d for d in merged if d.type == "attack"]
    if len(attacks) == 1 and not attacks[0].actors:
        # "... killed in an attack on the camp, the deadliest in years, which X later claimed"
        attacks[0].actors = relative_claim_doers(sent, index)
    from nexus.extract.sourced_claims import sourced_claims  # (import cycle)

    return merged + sourced_claims(sent, merged, index)  # "according to a statement X issued"


def _target_entities(
    trigger: Token, etype: str, index: dict[int, EntityCluster], actors: list[EntityCluster]
) -> list[EntityCluster]:
    """The entities a trigger's object names (not its actors); for a state's military action on
    unnamed combatants ("jets struck the fleeing insurgents", "killed nine fighters"), the armed
    group the report last named (:func:`_combatants_group`)."""
    objects = [o for o in trigger.children if o.dep_ in ("dobj", "nsubjpass")]
    found = [
        c
        for o in objects
        for c in entities_in([o], index)
        if c not in actors and not (etype == "military_action" and c.subtype == "country" and _person_noun(o))
    ]  # (not "arrested a man with roots in X": where he is from, not whom the state acted on)
    found = list(dict.fromkeys(found))
    if etype == "military_action" and event_family(trigger) == "arrest" and not any(map(_court, actors)):
        found += [c for c in _suspected_groups(trigger, index) if c not in found and c not in actors]
    if etype == "attack":  # "killed two Kenyan soldiers" names no entity, but hits Kenya
        found += [c for c in (_forces_state(o, index) for o in objects) if c is not None and c not in found]
    if etype == "military_action" and not any(c.type == "ORG" for c in found):
        verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" else None
        if trigger.pos_ == "NOUN" and verb is not None and verb.pos_ == "VERB":
            # "troops killed four militants in an operation": the operation's dead are its targets
            objects += [o for o in verb.children if o.dep_ == "dobj"]
        for obj in objects:
            group = _combatants_group(obj, index, actors)
            if group is not None and group not in found:
                found.append(group)
    return found


def _beside_the_victims(trigger: Token, actors: list[EntityCluster]) -> list[EntityCluster]:
    """The actors of a verb by which a vehicle or walker ran into a planted weapon ("their vehicle
    struck an IED", "a police truck hit a landmine") named in its sentence outside its subject:
    the subject and its owners ("their", whoever it stands for) are the victims, never the ones
    who laid it, and a state is never the doer of such a bomb (the conventions: attacks are by
    non-state actors). "... struck a mine laid by X" keeps X."""
    subject = [t for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree]
    if not subject:
        return actors
    sent = trigger.sent
    lo, hi = subject[0].idx, subject[-1].idx + len(subject[-1])
    return [
        actor
        for actor in actors
        if not is_state(actor)
        and any(sent.start_char <= m.start < sent.end_char and not lo <= m.start < hi for m in actor.mentions)
    ]


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns of people (``person_nouns`` of ``casualties.yaml``, ``home_nouns`` of ``entities.yaml``)."""
    words = [
        *ontology.table("casualties.yaml")["person_nouns"],
        *ontology.table("entities.yaml")["home_nouns"],
    ]
    return frozenset(str(w).lower() for w in words)


def _person_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in _person_nouns() or noun.lower_ in _person_nouns())


@cache
def _suspicion_nouns() -> frozenset[str]:
    """Nouns an arrest gives its grounds by: the ``hedge_nouns`` of ``hedges.yaml`` ("on
    suspicion of") and the ``membership_nouns`` of ``relations.yaml``."""
    words = [
        *ontology.table("hedges.yaml")["hedge_nouns"],
        *ontology.table("relations.yaml")["membership_nouns"],
    ]
    return frozenset(str(w).lower() for w in words)


def _court(cluster: EntityCluster) -> bool:
    """A court or judge (a word of ``court_subjects`` in its name): its remand tries a suspect
    and stands against no group."""
    return bool(set(cluster.name.lower().split()) & modality_cues()["court_subjects"])


def _suspected_groups(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "detained nine men on suspicion of recruiting for X", "arrested over membership of X":
    the armed groups named in the grounds an arrest gives."""
    grounds = [
        g
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in ("on", "over", "for")
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() in _suspicion_nouns()
    ]
    return [c for c in entities_in(grounds, index) if c.subtype == "armed_group"]


@cache
def _combatant_nouns() -> frozenset[str]:
    """Nouns of unnamed fighters: ``attacker_nouns`` of ``events.yaml`` and the
    ``group_member_nouns`` of ``entities.yaml`` ("insurgents", "fighters", "militiamen")."""
    words = [*event_ontology()["attacker_nouns"], *ontology.table("entities.yaml")["group_member_nouns"]]
    return frozenset(str(w).lower() for w in words)


def _combatants_group(
    noun: Token, index: dict[int, EntityCluster], actors: list[EntityCluster]
) -> EntityCluster | None:
    """ "struck the fleeing insurgents", "killed nine fighters": the armed group these unnamed
    combatants belong to, by coreference: the nearest armed group named before the noun in its
    own sentence ("destroyed an X camp and killed nine fighters"), else the one the report is
    about, of those named before it (the one named most often, then the nearest); never one of
    the actors. None when the noun is no plural combatant noun, or names its group itself."""
    if noun.tag_ not in ("NNS", "NNPS") or (
        noun.lower_ not in _combatant_nouns() and noun.lemma_.lower() not in _combatant_nouns()
    ):
        return None  # (a lone "attacker" is one man, not his group's fighters)
    if any(t.i in index and index[t.i].type != "PLACE" for t in noun.subtree):
        return None  # "fighters of X", "X militants": named in the phrase ("near X" is only where)
    doc = noun.doc
    starts = sentence_starts(doc)
    own = starts[bisect_right(starts, noun.i) - 1]
    near: list[EntityCluster] = []  # nearest first
    for i in range(noun.i - 1, -1, -1):
        cluster = index.get(i)
        if cluster is None or cluster.subtype != "armed_group" or cluster in actors or cluster in near:
            continue
        if cluster in entities_in([doc[i]], index):  # (not "al Qaeda-linked fighters")
            if i >= own:
                return cluster
            near.append(cluster)
    # a parent named with its branch ("the Islamic State" and "Islamic State X Province"): the
    # fighters on the ground are the branch's
    near = [c for c in near if not any(_branch_of(other, c) for other in near)]
    return max(near, key=lambda c: len(c.mentions), default=None)


def _branch_of(branch: EntityCluster, parent: EntityCluster) -> bool:
    """Whether a group's name is another's name with more words ("X Y Province" of "X Y")."""
    short, long = parent.name.lower().split(), branch.name.lower().split()
    return branch is not parent and len(long) > len(short) and long[: len(short)] == short


#: Violent verbs whose object is the weapon used ("set off a bomb", "hurled a grenade").
_WEAPON_VERBS = frozenset({"set", "hurl", "lob", "detonate", "plant"})


@cache
def _weapon_words() -> frozenset[str]:
    """Nouns of weapons set off or thrown (the ``launched_weapons`` of ``doers.yaml`` and bombs)."""
    bombs = {"bomb", "bombs", "device", "devices", "explosive", "explosives", "ied", "ieds"}
    return doer_words("launched_weapons") | frozenset(bombs)


def _victims_of_tolls(drafts: list[EventDraft], tolls: list[Token], index: dict[int, EntityCluster]) -> None:
    """ "Eight jawans of the police reserve were killed when rebels set off a bomb": the
    happening that did the killing (its draft) has the victims' bodies among its targets; so has
    a happening noun that is the subject of a harm verb found as no trigger ("The strike, which X
    blamed on Y, killed seven members of Z")."""
    told = {t.i for t in tolls}
    verbs = [*tolls]
    verbs += [
        d.trigger.head
        for d in drafts
        if d.trigger.dep_ == "nsubj"
        and d.trigger.pos_ == "NOUN"
        and d.trigger.head.lemma_.lower() in harm_verbs()
        and d.trigger.head.i not in told
        and all(d.trigger.head.i != e.trigger.i for e in drafts)
    ]
    for verb in verbs:
        named = {c.i for c in verb.children} | {
            g.i for c in verb.children if c.dep_ in ("prep", "agent") for g in c.children
        }
        draft = next((d for d in drafts if d.trigger.i in named), None)
        if draft is None:
            continue
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        states = [s for s in (_forces_state(v, index) for v in victims) if s is not None]
        hit = [c for c in entities_in(victims, index) if c.type != "PLACE"] + states  # (not where they were)
        for victim in hit:
            if victim not in draft.actors and victim not in draft.target_entities:
                draft.target_entities.append(victim)
                if victim.name not in draft.targets:
                    draft.targets.append(victim.name)


def _forces_state(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "Three Kenyan soldiers", "two Malian army officers": the state whose unnamed forces these
    are (by the nationality word before them, when the report names that state), else None."""
    if noun.lower_ not in victim_nouns("force_victim_nouns") or any(t.i in index for t in noun.subtree):
        return None
    words = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
    words += [g for c in words for g in c.lefts if g.dep_ in ("amod", "compound")]  # "Kenyan army soldiers"
    codes = {ontology.demonyms().get(w.lower_) for w in words} - {None}
    if len(codes) != 1:
        return None
    (code,) = codes
    return next((c for c in index.values() if c.subtype == "country" and c.country == code), None)


#: Verbs of judgement whose object names a happening the report has told ("condemned the massacre").
_JUDGING_VERBS = frozenset(
    {"condemn", "denounce", "decry", "deplore", "mourn", "lament", "criticise", "criticize"}
)


#: Verbs that give a told happening a name ("called the massacre a reaction", "described it as").
_LABELLING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dub"})


def _judged_again(trigger: Token, dates: list[DateMention]) -> bool:
    """A violent noun that a speaker condemns (or a definite one inside an accusation, see
    :func:`_alleged_about`), with no day or place of its own in its phrase: a judgement of the
    happening the report told before, not a second happening."""
    if trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    speaking = _JUDGING_VERBS | _LABELLING_VERBS
    judged = (
        (trigger.dep_ == "dobj" and head.lemma_.lower() in speaking)
        # "condemned the raid as a new massacre": the label given to it
        or (
            trigger.dep_ == "pobj"
            and head.lower_ == "as"
            and ((head.head.dep_ == "dobj" and head.head.head) or head.head).lemma_.lower() in speaking
        )
        # "called the killings a massacre"
        or (trigger.dep_ in ("oprd", "attr") and head.lemma_.lower() in _LABELLING_VERBS)
    )
    if not judged and not _alleged_about(trigger):
        return False
    said_when = {  # "denounced the raid on Friday": the denunciation's day (see _day_phrase)
        t.i for c in trigger.children if c.dep_ == "prep" and _day_phrase(c) for t in c.subtree
    }
    first, last = trigger.left_edge, trigger.right_edge
    if any(
        first.idx <= d.span.start < last.idx + len(last)
        and _token_at(trigger.sent, d.span.start) not in said_when
        for d in dates
    ):
        return False  # "condemned Sunday's bombing of a school in Gao"
    return not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in trigger.subtree)


#: Verbs of accusation whose content names a happening told before ("accused X of sheltering the
#: men behind the bombing").
_ACCUSING_VERBS = frozenset({"accuse", "blame", "charge"})


def _alleged_about(noun: Token) -> bool:
    """ "Islamabad accused Kabul of sheltering the militants behind the bombing": a definite
    violent noun inside what an accuser alleges (below an accusing verb), not a new happening."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return False
    if any(c.dep_ in ("prep", "compound", "amod", "nmod", "poss") for c in noun.children):
        return False  # "the bombing of a school in Tank": a happening with its own phrase
    head = noun.head
    for _ in range(6):
        if head.pos_ == "VERB" and head.lemma_.lower() in _ACCUSING_VERBS:
            return True
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _where_the_visitor_is(draft: EventDraft, sent: Span, index: dict[int, EntityCluster]) -> bool:
    """Places a visit or meeting where its people were last placed, when its sentence names none.

    "X was in Dodoma on a visit. X, who arrived on Friday, met Y": the arrival and
    the meeting are in Dodoma. A visit that names its place records it for its people. Returns
    whether the draft has a place.
    """
    where: dict[int, EntityCluster] = sent.doc.user_data.setdefault("nexus_visitor_places", {})
    people = [a for a in draft.actors if a.type == "PERSON"]
    if draft.places:
        if draft.type == "visit" and draft.places[0].type == "PLACE":
            for person in people:
                where[id(person)] = draft.places[0]
        return True
    known = next((where[id(p)] for p in people if id(p) in where), None)
    if known is None:
        return False
    draft.places = [known]
    return True


def _coordinated_meetings(
    draft: EventDraft, index: dict[int, EntityCluster], dates: list[DateMention]
) -> list[EventDraft]:
    """One meeting mention, or one per partner when each meeting has its own day.

    "saw the trade minister that night, and on Thursday the finance
    minister", "met the army chief on Monday and the president on Tuesday": the words after
    "and" name a second meeting (its own partner, its own day). Read by position, not by the
    parse, which attaches the second partner to the first day as often as to the verb: the
    "and" follows the trigger with no other verb between, and after it come a later date and a
    partner with no verb of their own. Returns the meeting drafts.
    """
    if draft.trigger.pos_ != "VERB" and draft.trigger.dep_ != "dobj":
        return [draft]
    split = _second_meeting(draft, dates)
    if split is None:
        return [draft]
    cc, tail_end, later = split
    sent, doc = draft.sent, draft.sent.doc
    in_sent = [d for d in dates if sent.start_char <= d.span.start < sent.end_char]
    earlier = [d for d in in_sent if d.span.start < doc[cc].idx]

    def named(lo: int, hi: int) -> list[EntityCluster]:
        out: list[EntityCluster] = []
        for i in range(lo, hi):
            cluster = index.get(i)
            if cluster is not None and cluster.type in ("PERSON", "ORG") and cluster not in out:
                out.append(cluster)
        return out

    partners = named(cc + 1, tail_end)
    first_partners = named(draft.trigger.i + 1, cc)
    own = [a for a in draft.actors if a not in partners and a not in first_partners]
    first = replace(
        draft, actors=[*own, *(c for c in first_partners if c not in own)], mentions=[draft.trigger]
    )
    first.date = date_for(sent, draft.trigger, [d for d in dates if d not in later])
    if first.date is None and earlier:
        first.date = earlier[-1].value  # "arrived on Monday, held talks that evening": that day
    second = replace(
        draft,
        actors=[*own, *(c for c in partners if c not in own)],
        mentions=[draft.trigger],
        date=later[0].value,
        places=list(draft.places),
        own_places=list(draft.own_places),
        targets=list(draft.targets),
        target_entities=list(draft.target_entities),
        casualties={},
        toll_ranks={},
        claimed_casualties={},
        distinct=True,  # Monday's and Tuesday's talks stay two
        own_day=True,
    )
    return [first, second]


def _partner_word(token: Token) -> bool:
    """A noun that can name whom a meeting was with: not a place ("talks on Monday and Tuesday in Doha")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return False
    return not (token.head.lower_ in ("in", "at", "near") and token.dep_ == "pobj")


#: Words that date a meeting within its day ("held talks that evening"): a day of its own.
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "day"})


def _second_meeting(draft: EventDraft, dates: list[DateMention]) -> tuple[int, int, list[DateMention]] | None:
    """Where a second meeting starts: ``(index of "and", end of its words, its dates)``, or None."""
    sent, trigger = draft.sent, draft.trigger
    doc = sent.doc
    in_sent = [d for d in dates if sent.start_char <= d.span.start < sent.end_char]
    for cc in doc[trigger.i + 1 : sent.end]:
        if cc.pos_ in ("VERB", "AUX") and cc.tag_ in ("VBD", "VBZ", "VBP"):
            return None  # another clause began: its "and" joins something else
        if cc.lower_ != "and" or cc.dep_ != "cc":
            continue
        end = next(
            (t.i for t in doc[cc.i + 1 : sent.end] if t.pos_ in ("VERB", "AUX") or t.text == ";"), sent.end
        )
        stop = doc[end - 1].idx + len(doc[end - 1])
        later = [d for d in in_sent if cc.idx < d.span.start and d.span.end <= stop]
        day_before = any(d.span.start < cc.idx for d in in_sent) or any(
            t.lower_ in _PARTS_OF_DAY for t in doc[trigger.i + 1 : cc.i]
        )
        dated = {i for d in later for i in range(d.span.start, d.span.end)}
        partner = any(_partner_word(t) and t.idx not in dated for t in doc[cc.i + 1 : end])
        if later and day_before and partner:
            return cc.i, end, later
        return None
    return None


def _witness_content(sent: Span) -> set[int]:
    """Tokens of the words a witness is quoted in ("'There was a second blast,' a trader said"; see
    ``triggers.witness_account``). Reported speech ("residents said the fighters overran the town")
    is attribution of the report's facts and stays."""
    out: set[int] = set()
    for verb in matching(sent, reporting_verbs()):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting_verbs():
            continue
        content = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        quoted = direct_quote(verb, content) or any(_quoted(c) or quote_closed(c, verb) for c in content)
        if quoted and (witness_account(verb) or any(recounted(c) for c in content)):
            out |= {t.i for c in content for t in c.subtree}
    return out


#: Determiners of a noun phrase that refers to people told of before ("the bandits", "these men").
_BACK_DETERMINERS = frozenset({"the", "these", "those"})


def _restated_outcome(verb: Token, sent: Span) -> bool:
    """ "The bandits were neutralised", "the attackers were killed": an agentless passive verb
    whose subject refers back (a definite plural with no number) in a sentence that names no
    date or place of its own, or a participle on "those" ("among those detained"): the outcome
    of a happening told before, not a new one."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.head.lower_ in ("those", "them") and not _cause_phrase(verb):
        return True  # "among those detained was X", "of those killed, four were soldiers": told before
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects and all(_part_of_those_told(s) for s in subjects) and not _cause_phrase(verb):
        return True  # "two of the fighters were killed instantly": the victims told of before
    if not subjects or not all(
        s.tag_ == "NNS"
        and any(c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS for c in s.children)
        and not any(c.dep_ == "nummod" for c in s.children)
        for s in subjects
    ):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in sent)


def _part_of_those_told(subject: Token) -> bool:
    """ "two of the fighters", "one of the wounded": a count of a definite group told before."""
    if not subject.like_num and subject.lower_ not in ("one", "some", "several", "most", "all"):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(
            g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in _BACK_DETERMINERS for d in g.children)
            for g in p.children
        )
        for p in subject.children
    )


def _cause_phrase(verb: Token) -> bool:
    """The verb names what harmed: an "in"/"by"/"during" phrase or a "when"/"as" clause of its own."""
    return any(
        (c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during"))
        or (c.dep_ == "advcl" and any(m.lower_ in ("when", "as") for m in c.children))
        for c in verb.children
    )


def _quoted(clause: Token) -> bool:
    """The clause is a quotation: a quote mark opens it ("said: 'There was another blast'")."""
    doc = clause.doc
    start = clause.left_edge.i
    return any(doc[j].is_quote for j in range(max(start - 2, 0), min(start + 1, len(doc))))


#: Verbs whose object is the party held responsible ("the rebels blamed it for the explosions").
_BLAME_VERBS = frozenset({"blame", "accuse", "hold"})


def _blamed_pronoun(
    trigger: Token, index: dict[int, EntityCluster], actors: list[EntityCluster]
) -> list[EntityCluster]:
    """ "The army has denied any part, but the rebels blamed it for the explosions": the pronoun object of
    a blame verb is the nearest state that is the subject of an earlier clause of the sentence,
    not the blamer."""
    if trigger.lemma_.lower() not in _BLAME_VERBS:
        return []
    pronoun = next((c for c in trigger.children if c.dep_ == "dobj" and c.lower_ in ("it", "them")), None)
    if pronoun is None:
        return []
    sent = trigger.sent
    for i in range(pronoun.i - 1, sent.start - 1, -1):
        cluster = index.get(i)
        if cluster is None or cluster in actors:
            continue
        if cluster.subtype == "country" and sent.doc[i].dep_ in ("nsubj", "nsubjpass"):
            return [cluster]
    return []


def _disowned(verb: Token) -> bool:
    """ "the front said it was not behind the attack": the reported clause is negated, a denial."""
    return any(c.dep_ == "ccomp" and any(n.dep_ == "neg" for n in c.children) for c in verb.children)


def _claim_contents(claim: Token) -> list[Token]:
    """What a claim says: its clausal complement, and that of a reporting participle on it
    ("claimed responsibility ..., saying it had killed 40 policemen"). A participle with an
    agent ("..., an attack also claimed by X", read as the main verb) says nothing: the clause
    the parser hangs on it is the happening told before it."""
    if claim.tag_ == "VBN" and any(c.dep_ == "agent" for c in claim.children):
        return []
    out = [x for x in claim.children if x.dep_ == "ccomp"]
    for adv in claim.children:
        if adv.dep_ == "advcl" and adv.lemma_.lower() in reporting_verbs():
            out += [x for x in adv.children if x.dep_ == "ccomp"]
    return out


def _definite_mention(trigger: Token) -> bool:
    """ "the raid", "this attack", "both explosions": a definite noun naming no place of its own
    refers back."""
    definite = any(
        c.dep_ in ("det", "poss", "predet")
        and c.lower_ in ("the", "this", "that", "these", "those", "both", "its", "their")
        for c in trigger.children
    )
    located = any(
        c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "near") and not _day_phrase(c)
        for c in trigger.children
    )
    return trigger.pos_ == "NOUN" and definite and not located


def _day_phrase(prep: Token) -> bool:
    """ "claimed the bombing on Friday", "denounced the raid on Sunday evening": an "on" phrase
    whose object is a day or time (a DATE or TIME entity). After the object of a verb of speaking
    the parse hangs it on the noun, but it tells when the words were said, not where or when the
    happening was."""
    return prep.lower_ == "on" and any(
        t.ent_type_ in ("DATE", "TIME") for c in prep.children if c.dep_ == "pobj" for t in c.subtree
    )


def _destinations(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """Places a visit trigger's own phrases name, where the visit went: "flew to Gao", "hosted the
    premier in Accra" (not "dispatched from Kampala" nor "a delegation from Somalia": an origin).
    A host that is a place is where it hosted ("Nairobi hosted a delegation")."""
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "prep", "dative") and c.lower_ != "from"]
    origins = [
        g
        for h in heads
        for p in h.subtree
        if p.dep_ == "prep" and p.lower_ == "from"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    left_out = {id(c) for c in entities_in(origins, index)} if origins else set()
    dest = [c for c in entities_in(heads, index) if c.type == "PLACE" and id(c) not in left_out]
    dest = without_offices(dest, trigger.sent, index)  # "the visit of the Governor of X": no goal
    if not dest and _hosts(trigger):
        hosts = [c for c in trigger.children if c.dep_ == "nsubj"]
        dest = [c for c in entities_in(hosts, index) if c.type == "PLACE"]
    return dest


def _hosts(trigger: Token) -> bool:
    """A hosting verb of ``events.yaml`` (visit ``host_verbs``): "hosted", "received"."""
    words: list[str] = event_ontology()["types"]["visit"].get("host_verbs", [])
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in words


def _guests(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The persons or bodies a host received (its object), the travellers of the visit."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    found = [c for c in entities_in(objects, index) if c.type in ("PERSON", "ORG")]
    persons = [c for c in found if c.type == "PERSON"]
    return persons or found


def _at_home(draft: EventDraft, index: dict[int, EntityCluster]) -> bool:
    """A visit whose place is its traveller's own country or capital is no visit.

    The traveller's country is a country among the actors ("Kenya's President
    Ruto"), a nationality word or country owning the person's mention ("Canadian
    Prime Minister ...", "Pakistan's premier ..."). Visits inside the country
    (to a province, a town, the scene of an attack) stay visits.
    """
    if not draft.actors or not draft.places:
        return False
    place = draft.places[0]
    if place.subtype not in ("country", "city") or not place.country:
        return False
    if place.subtype == "city" and fold(place.name) != fold(capitals().get(place.country, "") or "-"):
        return False
    known = 0
    for actor in draft.actors:
        if actor.subtype == "country" and actor.country:
            homes = {actor.country}
        elif actor.type == "PERSON":
            homes = _nationality(actor, draft.sent, index)
        else:
            continue
        if homes and place.country not in homes:
            return False  # one traveller is abroad
        known += bool(homes)
    return known > 0


def _nationality(person: EntityCluster, sent: Span, index: dict[int, EntityCluster]) -> set[str]:
    """Countries a person's mention in ``sent`` is qualified by ("Canadian ...", "Kenya's ...")."""
    homes: set[str] = set()
    demonyms = ontology.demonyms()
    for mention in person.mentions:
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        for tok in head.subtree:
            if tok.i >= span.start:
                break
            if tok.lower_ in demonyms:
                homes.add(demonyms[tok.lower_])
            cluster = index.get(tok.i)
            if cluster is not None and cluster.subtype == "country" and cluster.country:
                homes.add(cluster.country)
    return homes


def _claimed_in_a_period(drafts: list[EventDraft]) -> None:
    """ "The group claimed the assault on X in 2021": the year (or month) the parse hangs on the
    claim's verb dates the claimed attack too, when the attack has no date of its own; a day
    does not ("claimed on Monday the raid ..." tells when the claim was made)."""
    for draft in drafts:
        if draft.type != "attack" or draft.date is not None or draft.trigger.dep_ != "dobj":
            continue
        claim = next(
            (
                d
                for d in drafts
                if d.type == "claim" and d.trigger.i == draft.trigger.head.i and d.date is not None
            ),
            None,
        )
        if claim is not None and claim.date is not None and claim.date.precision in ("year", "month"):
            draft.date = claim.date


def _one_per_site(draft: EventDraft) -> list[EventDraft]:
    """ "bombings at a church in Jos and a market in Kaduna": one happening per named town.

    A plural violent noun whose own phrase names two or more towns or sites is
    one event per town (each with the rest of its arguments).
    """
    trigger = draft.trigger
    if draft.type not in ("attack", "military_action") or trigger.tag_ not in ("NNS", "NNPS"):
        return [draft]
    sites_said = _sites_on_its_verb(trigger)
    # "The raids on A, B and C", "Monday's raids": a known happening told again; "the bombings of a
    # church in A and a market in B" introduces its sites
    introduced = any(
        t.dep_ == "det" and t.lower_ in ("a", "an") and t.head.i != trigger.i
        for t in [*trigger.subtree, *(t for p in sites_said for t in p.subtree)]
    )
    if any(
        c.dep_ == "poss" or (c.dep_ == "det" and not introduced and c.lower_ not in ("a", "an"))
        for c in trigger.children
    ):
        return [draft]
    if framing_verb(trigger) is not None:
        return [draft]  # "arrested nine suspects in raids in A and B": one arrest, told with one count
    sites = [c for c in draft.own_places if c.subtype in ("city", "site")]
    if len(sites) < 2 and sites_said:
        # "organised the bombings at a shrine in A and a market in B", the sites parsed on the verb
        spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in sites_said]
        sites = [
            c
            for c in draft.places
            if c.subtype in ("city", "site") and any(a <= m.start < b for m in c.mentions for a, b in spans)
        ]
    # ("the town of A, near B": B only says where A lies)
    sites = [c for c in sites if not _landmark_of_another(c, sites, trigger.sent)]
    if len(sites) < 2:
        return [draft]
    coarse = [c for c in draft.places if c not in sites]
    return [
        replace(
            draft,
            places=[site, *coarse],
            own_places=[site],
            actors=[*draft.actors],
            mentions=[trigger],
            part=n,
        )
        for n, site in enumerate(sites, start=1)
    ]


def _landmark_of_another(place: EntityCluster, sites: list[EntityCluster], sent: Span) -> bool:
    """Whether every mention of a place in the sentence is a landmark another site is told by
    ("the town of A, near B", "a village outside C"): the object of "near" or "outside" hung on
    a word of another site's name or on the noun before it."""
    doc = sent.doc
    heads = []
    for mention in place.mentions:
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        heads.append(span.root)
    if not heads:
        return False
    others = {
        t.i
        for c in sites
        if c is not place
        for m in c.mentions
        if sent.start_char <= m.start < sent.end_char
        for span in [doc.char_span(m.start, m.end, alignment_mode="expand")]
        if span is not None
        for t in span
    }
    for root in heads:
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in ("near", "outside"):
            return False
        described = prep.head
        if described.i not in others and not any(g.i in others for _, g in _of_objects(described)):
            return False
    return True


def _of_objects(noun: Token) -> list[tuple[Token, Token]]:
    """The (preposition, object) pairs of a noun's "of" phrases ("the town of A")."""
    return [
        (p, g)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _sites_on_its_verb(noun: Token) -> list[Token]:
    """ "organised the bombings at a shrine in A and a market in B": the phrases of place (a
    preposition of place whose object is coordinated with another) that the parse hung on the
    verb whose object the plural noun is, not on the noun, or on the verb of the noun's own
    relative clause ("the bombings that hit a station in A and a shrine in B"); empty otherwise."""
    verbs = [noun.head] if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else []
    relatives = [c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB" and _relative_subject(c)]
    said = [
        p
        for verb in verbs + relatives
        for p in verb.children
        if p.dep_ == "prep"
        and p.lower_ in ("at", "in", "on", "near", "outside")
        and any(o.dep_ == "pobj" and any(c.dep_ == "conj" for c in o.children) for o in p.children)
    ]
    # "that struck a hospital in A and a market in B": the clause's coordinated objects, each
    # with its own phrase of place
    said += [
        o
        for verb in relatives
        for o in verb.children
        if o.dep_ == "dobj" and o.conjuncts and all(_placed(t) for t in (o, *o.conjuncts))
    ]
    return said


def _placed(noun: Token) -> bool:
    """Whether a noun has a phrase of place of its own ("a market in X", "a camp near Y")."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in", "near", "outside") for c in noun.children)


def _relative_subject(verb: Token) -> bool:
    """Whether a relative clause's subject is its relative pronoun ("that hit ...", "which
    struck ..."): the clause tells what the noun did."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)


def _token_at(sent: Span, char: int) -> int:
    """Index of the token of ``sent`` that starts at (or spans) a character offset; -1 if none."""
    span = sent.doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1


def comparison_class(trigger: Token) -> bool:
    """ "one of the deadliest attacks", "the worst bombing in years": a superlative names a class.

    ("It was the worst bombing in the town since 2009" still tells the event
    in hand: a predicate nominal of "be" is the subject's happening, and the
    coreference stage joins it.)
    """
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    superlative = any(
        c.tag_ == "JJS" or c.lower_ in ("deadliest", "worst", "bloodiest") for c in trigger.children
    )
    if not superlative:
        return False
    if trigger.tag_ in ("NNS", "NNPS") or (trigger.dep_ == "pobj" and trigger.head.lower_ == "of"):
        return True
    # "in what officials called the deadliest attack since 2008": a yardstick, unless the
    # subject or the predicate of "be" (the coreference stage joins those)
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in trigger.children)
    return since and trigger.dep_ not in ("nsubj", "nsubjpass", "attr", "ROOT")


#: Prepositions that introduce a different, earlier or causing event:
#: "retaliating for the April 1 strike", "since the 2008 attacks".
_OTHER_EVENT_PREPS = frozenset({"for", "after", "since", "following", "before", "than", "like", "over"})


def _names_other_event(trigger: Token) -> bool:
    """ "retaliating for the April 1 strike", "two days after jets killed ...": another happening."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _OTHER_EVENT_PREPS:
        return True
    if told_apart(trigger):
        return True  # "an attack distinct from the raid on X", "unrelated to the ambush"
    if (
        trigger.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in trigger.children)
        and trigger.head.dep_ == "pobj"
        and trigger.head.head.lower_ in ("since", "after", "before", "until")
    ):
        return True  # "the heaviest loss since March 2020, when militants killed 100 soldiers"
    if trigger.dep_ == "advcl" and trigger.head.dep_ == "advcl":
        trigger = trigger.head  # "a day after soldiers died when militants ambushed them": the outer clause
    return trigger.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in trigger.children
    )


def _killed_in_event(trigger: Token, trigger_ids: set[int]) -> bool:
    """A kill verb whose "in"/"by" phrase names the event itself is not an event of its own.

    ("killed in Indian shelling", also when the parser reads "shelling" as a verb.)
    """
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in harm_verbs() | {"die"}:
        return False
    if trigger.dep_ == "relcl" and trigger.head.i in trigger_ids:
        return True  # "the bombing of a depot, which killed 12 workers": the bombing's toll
    if (
        trigger.dep_ == "relcl"
        and trigger.head.dep_ == "pobj"
        and trigger.head.head.lower_ == "of"
        and trigger.head.head.head.i in trigger_ids
    ):
        return True  # "a siege of 30 hours in which 25 people were killed": the siege's toll
    for child in trigger.children:
        if (
            child.dep_ == "advcl"
            and child.i in trigger_ids
            and child.i > trigger.i
            and not _names_other_event(child)
        ):
            return True
        if child.dep_ == "nsubj" and child.i in trigger_ids and child.pos_ in ("NOUN", "PROPN"):
            return True  # "an air strike killed a commander": the strike is the event
        names_event = any(g.dep_ == "pobj" and g.i in trigger_ids for g in child.children)
        if child.dep_ in ("prep", "agent") and child.lower_ in ("in", "by", "during") and names_event:
            return True
    return _killed_beside(trigger, trigger_ids)


def _in_event_phrase(verb: Token, trigger_ids: set[int]) -> bool:
    """The verb's own "in"/"by"/"during" phrase names a trigger ("shot dead in a gunfight")."""
    return any(
        c.dep_ in ("prep", "agent")
        and c.lower_ in ("in", "by", "during")
        and any(g.dep_ == "pobj" and g.i in trigger_ids for g in c.children)
        for c in verb.children
    )


def _killed_beside(trigger: Token, trigger_ids: set[int]) -> bool:
    """ "A soldier was killed and three rebels were shot dead in a gunfight": a passive harm verb
    with no cause of its own, coordinated with a verb whose phrase names the happening,
    is that happening's toll too (not an attack of its own)."""
    if not any(c.dep_ == "auxpass" for c in trigger.children) or any(
        c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during") for c in trigger.children
    ):
        return False
    partners = [c for c in trigger.children if c.dep_ == "conj"]
    if trigger.dep_ == "conj":
        partners.append(trigger.head)
    if any(c.dep_ == "cc" for c in trigger.children) and trigger.head.i != trigger.i:
        # "... was killed and two rebels were shot dead in a gunfight, officials said": both
        # clauses hung on "said", the "and" left on the first
        partners += [c for c in trigger.head.children if c.dep_ == trigger.dep_ and c.i > trigger.i]
    # the partner is a trigger of its own ("shot dead in a gunfight"), not a toll ("20 wounded in a raid")
    if any(p.pos_ == "VERB" and p.i in trigger_ids and _in_event_phrase(p, trigger_ids) for p in partners):
        return True
    # "three were killed and two wounded when militants attacked their post": the "when" clause,
    # wherever the parse hung it, tells the cause of the harm
    return any(
        t.i in trigger_ids
        and t.i > trigger.i
        and t.dep_ == "advcl"
        and t.pos_ == "VERB"
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as") and c.i < t.i for c in t.children)
        and not _names_other_event(t)
        for t in trigger.sent
    )


def _dated_apart(trigger: Token, drafts: list[EventDraft], sent: Span, dates: list[DateMention]) -> bool:
    """Whether a kill verb carries its own day, another than the sentence's attack: "A bomb killed
    three on Monday, and on Tuesday gunmen killed five" tells two happenings."""
    if trigger.dep_ == "conj" and _anchored_time(trigger):
        return True  # "..., and in that same month its gunmen killed four": dated from the first
    own = date_for(sent, trigger, dates)
    if own is None or not own.text:
        return False
    if own.precision != "day":
        # "..., killing 12; in March 2020, 14 soldiers were killed at the same post": another month
        return any(d.type == "attack" and another_period(own, d.date) for d in drafts)
    return any(
        d.type == "attack" and d.date is not None and d.date.precision == "day" and d.date.iso != own.iso
        for d in drafts
    )


#: Time nouns of a phrase that dates a clause from a happening told before it ("that same month").
_ANCHOR_UNITS = frozenset({"day", "night", "morning", "afternoon", "evening", "week", "month", "year"})
#: Words that make such a noun point back: "that same month", "the next day", "the following week".
_ANCHOR_WORDS = frozenset({"same", "next", "following", "that"})


def _anchored_time(verb: Token) -> bool:
    """The verb's clause has a time phrase of its own that dates it from the happening told
    before: "in that same month", "on the same day", "the next day", "later that month" (read off
    the words, as the parser often hangs "that month" on the subject)."""
    doc = verb.doc
    for tok in verb.subtree:
        if (
            tok.i > 0
            and tok.lemma_.lower() in _ANCHOR_UNITS
            and doc[tok.i - 1].lower_ in _ANCHOR_WORDS
            and not (doc[tok.i - 1].lower_ == "that" and doc[tok.i - 1].dep_ == "mark")
        ):
            return True
    return False


def _merge_in_sentence(drafts: list[EventDraft]) -> list[EventDraft]:
    """One sentence seldom holds two events of one violent type: "attack ... killed" is one.

    Except when a mention names another event ("retaliating for the April 1
    strike"): that one stays apart.
    """
    out: list[EventDraft] = []
    for draft in drafts:
        host = _described_by(draft, out)
        if host is not None:
            absorb(host, draft)  # "a shooting at a bar in X in which five men were killed": the shooting's
            continue
        if _names_other_event(draft.trigger) or (out and dated_from_the_one_before(draft.trigger)):
            out.append(draft)  # (not "later that month they ambushed ...": anchored_clauses.py)
            continue
        whole = next((d for d in out if _one_compound_noun(d, draft)), None)
        if whole is not None:
            # "an army bombing raid": one happening told by two nouns; a state's if either was read so
            if "military_action" in (whole.type, draft.type):
                whole.type = "military_action"
            absorb(whole, draft)
            continue
        told = next((d for d in out if _one_telling(d, draft)), None)
        if told is not None:
            # "said the bomber was its member and called the blast revenge": one statement, the
            # speaker's (the outer verb's draft keeps its doers; the inner verb's are read off its clause)
            outer, inner = (told, draft) if told.trigger.i < draft.trigger.i else (draft, told)
            if outer.type == "statement" and outer.actors:
                inner.actors = []
            absorb(outer, inner)
            out = [outer if d is told else d for d in out]
            continue
        same = next(
            (
                d
                for d in out
                if d.type == draft.type
                and draft.type in ("attack", "military_action", "claim")
                and not _names_other_event(d.trigger)
                and _compatible(d, draft)
            ),
            None,
        )
        if same is None:
            out.append(draft)
        else:
            absorb(same, draft)
    return out


def _one_compound_noun(first: EventDraft, second: EventDraft) -> bool:
    """Whether two violent drafts are told by one noun phrase, one noun the compound modifier of
    the other ("a bombing raid", "a suicide bombing attack"), whatever type each was given."""
    violent = ("attack", "military_action")
    if first.type not in violent or second.type not in violent or first.type == second.type:
        return False
    a, b = first.trigger, second.trigger
    if a.pos_ != "NOUN" or b.pos_ != "NOUN":
        return False
    return (a.dep_ == "compound" and a.head.i == b.i) or (b.dep_ == "compound" and b.head.i == a.i)


def _reporting_day(sent: Span, trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """ "On Friday the front said the bomber was its member and called the blast revenge": a
    statement verb inside what a reporting verb above it says, with no day of its own, was said
    on the reporting verb's day (None when that verb has none either)."""
    if trigger.pos_ != "VERB":
        return None
    for above in trigger.ancestors:
        if above.dep_ == "advcl":
            return None  # "..., while the ministry called ...": another clause's day
        if above.pos_ == "VERB" and above.lemma_.lower() in reporting_verbs():
            return date_for(sent, above, dates)
    return None


def _medium_day(trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """ "said in a recording released on Friday that its men ...", "a communique put out late on
    Friday said ...": the day of the medium a claim was put out in (a ``formal_media`` noun the
    claiming verb says in, or its subject), written in that noun's own phrase, is the claim's
    day, not the day its words give the claimed act. None when the medium's phrase dates nothing
    of its own (a date inside another happening's phrase there does not count)."""
    media = statement_cues()["formal_media"]
    # (the medium may hang on the claimed noun: "claimed that ambush in a recording out Friday")
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    nouns = [
        g
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("in", "through", "on", "via")
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() in media
    ]
    nouns += [c for c in trigger.children if c.dep_ == "nsubj" and c.lemma_.lower() in media]
    sent = trigger.sent
    inside = [d for d in dates if sent.start_char <= d.span.start < sent.end_char] if nouns else []
    for noun in nouns:
        for d in inside:
            token = _token_starting(trigger.doc, d.span.start)
            if token is None or not noun.is_ancestor(token):
                continue
            path = [t for t in token.ancestors if t.i != noun.i and noun.is_ancestor(t)]
            nouns_between = [
                t for t in path if t.pos_ in ("NOUN", "PROPN") and not d.span.start <= t.idx < d.span.end
            ]
            if not nouns_between:
                return d.value
    return None


def _token_starting(doc: Doc, char: int) -> Token | None:
    """The token of ``doc`` that starts at character ``char``, else None."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == char else None


def _one_telling(first: EventDraft, second: EventDraft) -> bool:
    """Whether two drafts of one sentence tell one statement, visit or meeting, not two.

    Only when one of them carries no date or both the same (two named days are two
    happenings) and they have one type: a statement verb without a subject
    of its own inside what the other said or conjoined to it ("said the bomber was its member
    and called the blast revenge"), the speaker's words going on, or a statement noun the subject
    of the other ("a statement from the office blamed X"); a visit or meeting whose
    doers the other shares or that names none ("hosted the envoy on Monday, the first leg of
    her week-long tour"), the one journey or
    encounter told twice.
    """
    kind = first.type
    if kind != second.type or kind not in ("statement", "visit", "meeting"):
        return False
    if first.date is not None and second.date is not None and first.date != second.date:
        return False
    if kind == "statement":
        a, b = sorted((first.trigger, second.trigger), key=lambda t: t.i)
        if a.pos_ == "NOUN" and a.dep_ == "nsubj" and a.head.i == b.i:
            return True  # "a statement from the office blamed X": the statement is what blamed
        if b.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in b.children):
            return False
        path = [b, *b.ancestors]
        below = next((i for i, t in enumerate(path) if t.i == a.i), None)
        # (not through an adverbial clause: "..., while the ministry called the strikes a mistake")
        return below is not None and not any(t.dep_ == "advcl" for t in path[:below])
    if first.actors and second.actors and not {id(x) for x in first.actors} & {id(x) for x in second.actors}:
        return False
    return not (
        first.places
        and second.places
        and first.places[0] is not second.places[0]
        and first.places[0].subtype == second.places[0].subtype
    )


def _described_by(draft: EventDraft, out: list[EventDraft]) -> EventDraft | None:
    """The violent draft whose noun ``draft``'s clause hangs on ("a raid on a camp in X, in which ..."),
    up a chain of prepositional phrases, or the attack whose verb its when-clause tells; None else."""
    verb = draft.trigger
    violent = ("attack", "military_action")
    if verb.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        # "Six were shot dead when gunmen opened fire at X": the shooting told by its when-clause
        # ("... and two others wounded when ...": the clause may hang on the conjoined toll)
        told = {verb.head.i, verb.head.head.i if verb.head.dep_ == "conj" else verb.head.i}
        return next((d for d in out if d.trigger.i in told and d.type == draft.type == "attack"), None)
    if draft.type in violent and verb.dep_ != "relcl" and _opens_with_which(verb):
        # "... over a knife attack at the station on Saturday, in which a woman was killed": a
        # relative clause the parser hung elsewhere tells the happening noun right before it
        return next(
            (
                d
                for d in reversed(out)
                if d.type in violent and d.trigger.pos_ == "NOUN" and d.trigger.i < verb.i
            ),
            None,
        )
    if draft.type not in violent or verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return None
    noun = verb.head
    for _ in range(4):
        host = next((d for d in out if d.trigger.i == noun.i and d.type in violent), None)
        if host is not None or noun.dep_ != "pobj" or noun.head.head.i == noun.head.i:
            return host
        noun = noun.head.head
        if noun.pos_ not in ("NOUN", "PROPN"):
            # "detained four men over a car bomb that killed nine in March": the chain reaches a
            # verb, whose event is another happening (the measure taken over the bombing)
            return None
    return None


def _opens_with_which(verb: Token) -> bool:
    """Whether the verb's clause opens with "in which" / "during which" (a relative clause by its
    words, whatever dependency the parser gave it)."""
    first = verb.left_edge
    return (
        first.dep_ == "prep"
        and first.head.i == verb.i
        and any(c.lower_ == "which" and c.dep_ == "pobj" for c in first.children)
    )


def _compatible(a: EventDraft, b: EventDraft) -> bool:
    # two days a sentence names in words ("on Monday ..., and on Tuesday ...") are two happenings
    named = bool(a.date and b.date and a.date.text and b.date.text and a.date.text != b.date.text)
    if a.date and b.date and not dates_compatible(a.date, b.date, exact=named):
        return False
    if a.actors and b.actors and not set(map(id, a.actors)) & set(map(id, b.actors)):
        return False
    if a.places and b.places:
        pa, pb = a.places[0], b.places[0]
        if pa is not pb and pa.subtype == pb.subtype and pa.subtype in ("city", "site"):
            return False
    return True


def dates_compatible(a: DateValue, b: DateValue, *, exact: bool = False) -> bool:
    """Same year / month when either is that coarse; days within one (the same day when ``exact``)."""
    da, db = a.as_date(), b.as_date()
    if "year" in (a.precision, b.precision):
        return da.year == db.year
    if "month" in (a.precision, b.precision):
        return (da.year, da.month) == (db.year, db.month)
    return abs((da - db).days) <= (0 if exact else 1)


def _more_precise(a: DateValue, b: DateValue) -> bool:
    order = {"year": 0, "month": 1, "day": 2}
    return order.get(a.precision, 0) > order.get(b.precision, 0)


def absorb(into: EventDraft, other: EventDraft) -> None:
    """Join ``other``'s arguments, figures and mentions to ``into`` (the most precise date wins)."""
    for actor in other.actors:
        if actor not in into.actors:
            into.actors.append(actor)
    for target in other.targets:
        if target not in into.targets:
            into.targets.append(target)
    for hit in other.target_entities:  # the group or body another mention names as hit
        if hit.type == "ORG" and hit not in into.target_entities and hit not in into.actors:
            into.target_entities.append(hit)
    for place in other.own_places if other.own_places or into.places else other.places:
        if place not in into.places:
            into.places.append(place)
    doc = into.sent.doc
    # (the X forest ranks below a town, the Y district); of places of one rank, the event's own
    # pick and a place a mention names as where it happened come before one a sentence names
    # for another role ("... two villages of X district, as mourners gathered in Y town. The
    # attackers opened fire in Z": Z, not Y)
    kept = {id(p) for p in (*into.places[:1], *into.own_places, *other.own_places)}
    # (a town named only as a trailing source's comes after the scenes: "a source in X told us")
    sources = source_towns(doc) - kept
    into.places.sort(key=lambda c: (id(c) in sources, -told_rank(c, doc), id(c) not in kept))
    into.places[:] = said_inside_first(into.places)  # "X, a hamlet inside the Y park": X first
    into.places[:] = situated_first(into.places, doc)  # "caves in the X hills north of Y": X first
    if into.spread_over is not None and into.spread_over in into.places:
        # "across X's A and B districts": X still holds all the happening
        into.places[:] = [into.spread_over, *[p for p in into.places if p is not into.spread_over]]
    if other.date is not None and (into.date is None or _more_precise(other.date, into.date)):
        into.date = other.date  # the merged event keeps its most precise date
    for kind, counts in other.casualties.items():
        into.casualties.setdefault(kind, []).extend(counts)
        into.toll_ranks.setdefault(kind, []).extend(other.toll_ranks.get(kind, [1] * len(counts)))
    for kind, counts in other.claimed_casualties.items():
        into.claimed_casualties.setdefault(kind, []).extend(counts)
    into.own_places += [p for p in other.own_places if p not in into.own_places]
    into.mentions.extend(other.mentions)
