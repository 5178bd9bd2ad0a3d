"""Turn a finished spaCy Doc into the domain model (one function, one place)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from nexus import ontology
from nexus.extract import learned
from nexus.extract.actor_carry import add_named_branches, anaphora_words
from nexus.extract.actor_model import ranked_actors
from nexus.extract.arguments import cached_entity_index, entities_in, with_named_force, with_named_police
from nexus.extract.attribution import attribute
from nexus.extract.casualties import find_casualties
from nexus.extract.claimed_back import open_attack_before
from nexus.extract.coreference import extract_events, summed_up
from nexus.extract.dates import find_doc_dates
from nexus.extract.doctext import doc_text
from nexus.extract.entities import (
    EntityCluster,
    cluster_place,
    doc_geocoder,
    named_as_a_people,
    named_by_nationality_only,
)
from nexus.extract.entry_dates import news_days_of_their_entries, weekdays_of_their_entries
from nexus.extract.event_model import kept_events
from nexus.extract.event_model import mode as event_model_mode
from nexus.extract.event_pairs import joined_tellings
from nexus.extract.events import VIOLENT_TYPES, EventDraft
from nexus.extract.figure_days import days_in_figures
from nexus.extract.geocode import Geocoder, fold
from nexus.extract.joint_statements import signed_jointly
from nexus.extract.methods import event_method
from nexus.extract.one_toll import one_toll_once
from nexus.extract.page import is_secondary
from nexus.extract.place_model import ranked_places
from nexus.extract.prepass import keep_rule_mentions
from nexus.extract.recollections import recalled_dates
from nexus.extract.relation_model import revised_relations
from nexus.extract.relations import RelationDraft, accused_of_aiding, extract_relations, speaks_for_a_force
from nexus.extract.state_sides import mention_heads, names_state_as_side, only_where
from nexus.extract.table_events import table_events
from nexus.extract.tokens import sentence_start
from nexus.extract.tolls import CASUALTY_FIELDS, attach_casualties, latest
from nexus.extract.triggers import (
    event_family,
    event_ontology,
    event_words,
    harm_verbs,
    passive_conjunct_of_relative,
    relative_pronoun_conjunct,
    statement_cues,
    trigger_text,
)
from nexus.extract.visit_scene import visit_scenes
from nexus.model import (
    Count,
    DateMention,
    DateValue,
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Place,
    Relation,
    Span,
    stable_id,
)

#: The confidence of a relation a rule read off the parse (a learned one carries its model's probability).
RULE_CONFIDENCE = 0.6
#: Where :func:`prepare_batch` keeps a Doc's :class:`_Prepared` for :func:`to_extraction`.
_PREPARED = "nexus_prepared"


@dataclass
class _Prepared:
    """The first steps of :func:`to_extraction` for one document, done ahead by :func:`prepare_batch`."""

    document: Document
    clusters: list[EntityCluster]
    geocoder: Geocoder
    places: dict[int, Place]
    dates: list[DateMention]


def _prepare(doc: Doc, document: Document) -> _Prepared:
    clusters: list[EntityCluster] = doc._.nexus_entities or []
    doc._.nexus_entities = clusters  # the event stage may add a state a nationality adjective evokes
    geocoder = doc_geocoder(doc, clusters)
    places: dict[int, Place] = {}
    for cluster in clusters:
        place = cluster_place(cluster, geocoder)
        if place is not None:
            places[id(cluster)] = place
    found = days_in_figures(doc_text(doc), find_doc_dates(doc, document.published), document.published)
    dates = recalled_dates(doc, found, document.published)  # ("19/03 – X: ...": figure_days.py)
    # "Monday 15 September - X ... on Monday": that Monday (entry_dates.py)
    dates = weekdays_of_their_entries(doc, dates, document.published)
    dates = news_days_of_their_entries(doc, dates, document.published)  # "overnight" under a day
    return _Prepared(document, clusters, geocoder, places, dates)


def prepare_batch(batch: Sequence[tuple[Doc, Document]]) -> None:
    """Start :func:`to_extraction` for every ``(Doc, document)`` of a batch, keeping the work with
    each Doc: entities placed, dates read and the trigger rules' event mentions found
    (``prepass.keep_rule_mentions``), then the sentences the learned model scores in all of them,
    in one call (``learned.prescore``). ``to_extraction`` of each Doc, with the same document
    object, goes on from there; the result is the same as without this step.
    """
    pending: list[tuple[Doc, Sequence[EventDraft]]] = []
    for doc, document in batch:
        prepared = _prepare(doc, document)
        doc.user_data[_PREPARED] = prepared
        pending.append((doc, keep_rule_mentions(doc, prepared.clusters, prepared.dates)))
    learned.prescore(pending, mentioned=event_model_mode() != "off")


def to_extraction(doc: Doc, document: Document, version: str) -> Extraction:
    """The Extraction of one document from its processed Doc (after :func:`prepare_batch` or not)."""
    prepared: _Prepared | None = doc.user_data.pop(_PREPARED, None)
    if prepared is None or prepared.document is not document:
        prepared = _prepare(doc, document)
    clusters, geocoder, places, dates = prepared.clusters, prepared.geocoder, prepared.places, prepared.dates
    drafts = extract_events(doc, clusters, dates, document.published, places)
    attach_casualties(doc, drafts)
    drafts = table_events(doc, drafts, clusters, document.published)  # an incident log's rows
    drafts = [d for d in drafts if not _tally_only(d) and not summed_up(d)]  # (summary leads: coreference)
    add_named_branches(drafts)  # "Z State's Y took responsibility": Y first (actor_carry)
    _link_claimants(drafts)
    drafts = [d for d in drafts if not _blame_of_the_past(d, drafts)]
    entities: list[Entity] = []
    for cluster in clusters:
        if cluster.type == "PLACE" and id(cluster) not in places:
            place = cluster_place(cluster, geocoder)  # a state added by the event stage
            if place is not None:
                places[id(cluster)] = place
        if named_by_nationality_only(cluster) or named_as_a_people(doc, cluster):
            continue  # "Rwandan troops", "the X community": no entity listed (entities.py)
        entities.append(
            Entity(
                id=stable_id("ent", document.id, cluster.type, fold(cluster.name)),
                name=cluster.name,
                type=cluster.type,
                subtype=cluster.subtype,
                aliases=[*cluster.aliases, *cluster.written_forms],
                roles=cluster.roles,
                mentions=[Span(start=m.start, end=m.end, text=m.text) for m in cluster.mentions],
                country=cluster.country,
                gazetteer_id=cluster.key,
                place=places.get(id(cluster)),
            )
        )
    entities = _distinct_ids(entities, "ent")
    built = [_event(d, document, places, clusters) for d in drafts]
    keep = kept_events(doc, clusters, drafts, built)  # the learned verifier's veto (event_model.py)
    drafts = [d for d, k in zip(drafts, keep, strict=True) if k]
    kept = [e for e, k in zip(built, keep, strict=True) if k]
    kept = ranked_places(doc, clusters, drafts, kept, places)  # (place_model.py)
    kept = visit_scenes(drafts, kept)  # what is said on a visit: the visit's place (visit_scene.py)
    events = ranked_actors(doc, clusters, drafts, kept)  # (actor_model.py)
    events, told = one_toll_once(events, drafts)  # one sentence's toll, one happening (one_toll.py)
    events = _distinct_ids(joined_tellings(events, told), "evt")  # one happening told twice (event_pairs)
    relation_drafts = extract_relations(doc, clusters)
    relation_drafts += _event_hostility(drafts, relation_drafts)
    relation_drafts = revised_relations(doc, clusters, relation_drafts)
    relations = _first_of_each([_relation(r, document) for r in relation_drafts])
    return Extraction(
        document=document,
        entities=entities,
        events=events,
        relations=relations,
        dates=dates,
        extractor="nexus",
        extractor_version=version,
    )


def _tally_only(draft: EventDraft) -> bool:
    """ "Bandits have killed hundreds of villagers across the state this year": a tally, no incident.

    A violent event told once, by a killing verb whose every figure is a total
    over a period or over several incidents (``CasualtyMention.aggregate``).
    """
    if len(draft.mentions) != 1 or draft.type not in ("attack", "military_action"):
        return False
    trigger = draft.trigger
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in harm_verbs() | {"die"}:
        return False
    figures = [m for m in find_casualties(draft.sent) if m.kind in CASUALTY_FIELDS]
    return bool(figures) and all(m.aggregate for m in figures)


def _link_claimants(drafts: list[EventDraft]) -> None:
    """An attack's actors include the group that claimed it or that a named party blames for it.

    (DEV conventions and GTD practice.) A claim or accusation goes to the
    attack it names in its own sentence ("said it carried out a separate
    bombing in Bannu", "claimed the attack", joined to its happening by
    coreference); otherwise to the report's main (first current) attack, never
    to a background one it does not name. A claim is placed where
    its attack was, and is background when its attack is.
    """
    attacks = [d for d in drafts if d.type == "attack"]
    if not attacks:
        return
    for draft in drafts:
        if draft.type == "claim":
            # the group claims; its spokesman named beside it is no author of the attack (a claim
            # whose claimant the text leaves unread is still placed where its attack was)
            groups = [a for a in draft.actors if a.type == "ORG"] or draft.actors
        elif draft.type == "statement" and draft.trigger.lemma_.lower() in ("blame", "accuse"):
            if accused_of_aiding(draft.trigger):
                continue  # "accused X of sheltering the militants": help, not the attack
            groups = [t for t in draft.target_entities if _blamable(t)]
            groups += [g for g in _blamed_on(draft.trigger) if g not in groups]
            states = [t for t in draft.target_entities if t.subtype == "country"]
            if not groups and states:
                _blamed_state(draft, states, attacks)  # "Hezbollah blamed Israel for the blasts"
                continue
        else:
            continue
        sentences = {_sent_of(m) for m in draft.mentions}
        named = [a for a in attacks if any(_sent_of(m) in sentences for m in a.mentions)]
        own = _sent_of(draft.trigger)
        # the attack the claim's own sentence names before one only its headline names ("X kills
        # four; Y claims ship attack" over "Y said it targeted a ship in the Z"): stable order
        named.sort(key=lambda a: not any(_sent_of(m) == own for m in a.mentions))
        if draft.type == "claim":
            # "..., when a bomb killed 20 at X, an attack also claimed by Y": the happening the
            # claim's own noun tells, not another the sentence names ("Sunday's blast was ...")
            nouns = _claimed_nouns(draft.trigger)
            named = [a for a in named if any(m.i in nouns for m in a.mentions)] or named
        if (
            draft.type == "claim"
            and not named
            and any(
                d.type == "military_action"
                and d.background
                and any(_sent_of(m) in sentences for m in d.mentions)
                for d in drafts
            )
        ):
            continue  # "claimed the drone strike that killed three soldiers in 2024": that older strike's
        if not named or all(_anaphoric(m) for a in named for m in a.mentions if _sent_of(m) in sentences):
            # the report's main attack: the current one mentioned first ("claimed the operation"
            # names it again rather than a happening of its own)
            current = [a for a in attacks if not a.background]
            main = min(current, key=lambda a: min(m.idx for m in a.mentions), default=None)
            if draft.type == "claim" and draft.background and draft.date is not None:
                told = [  # "X later claimed that attack too": the older attack coreference found for it
                    a
                    for a in attacks
                    if a.background
                    and a.date is not None
                    # (or counted from it: "claimed the attacks two days later")
                    and (a.date == draft.date or a.date.as_date() <= draft.date.as_date())
                    and min(m.idx for m in a.mentions) < draft.trigger.idx
                ]
                # (none told: an older attack of its own, never the current one)
                main = max(told, key=lambda a: min(m.idx for m in a.mentions), default=None)
            if draft.type == "statement" and not named:
                # "Shells landed near the airport. Officials blamed X.": the attack just told, when
                # the sentence before tells one with no author of its own
                main = _told_just_before(draft, current) or main
            told_before: EventDraft | None = None
            if draft.type == "claim" and not draft.background:
                # "A day later, a bomber hit a convoy near X. A faction claimed the bombing.": the
                # attack the sentence right before tells (else the last one told before of the
                # claim's day), not the report's first one nor another the anaphor was joined to
                told_before = (
                    _weapon_told_before(draft, current)
                    or _last_told_before(draft, current)
                    or _same_day_told_before(draft, current)
                    or open_attack_before(draft, _claimed_tokens(draft.trigger), current, main)
                )
                if not named:
                    main = told_before or main
            if told_before is not None and named and _told_since(told_before, named, draft):
                named = [told_before, *named]  # "claimed the blast": the blast just told
            if draft.type == "claim" and not draft.background:
                # "... said its men executed an informer at X", "claimed the kidnapping": the one
                # current attack at a place it names, or told by its noun
                main = _attack_the_claim_names(draft, current) or main
            named = [*named, main] if main is not None and main not in named else named
        for attack in named:
            for actor in groups:
                if actor not in attack.actors:
                    attack.actors.append(actor)
        if draft.type == "claim" and named:
            _placed_as(draft, named[0])


#: Prepositions of a place where something happened: "punished an informer in X".
_SCENE_PREPS = frozenset({"in", "at", "near", "outside", "around"})


def _attack_the_claim_names(claim: EventDraft, current: list[EventDraft]) -> EventDraft | None:
    """The one current attack a claim's own sentence points to, or None: the only one whose own
    place the sentence names as a scene ("the front said its men executed an informer at X", not
    "revenge for X"), else the only one told by the word of the happening it claims ("claimed the
    kidnapping" when one attack is a kidnapping; a word any attack fits,
    ``generic_happening_nouns`` of ``anaphora.yaml`` such as "attack", points to none)."""
    sent = claim.trigger.sent
    index = cached_entity_index(sent.doc)
    scenes = {  # places the sentence says something happened at ("in X"), not "revenge for X"
        id(index[t.i]) for t in sent if t.i in index and t.dep_ == "pobj" and t.head.lower_ in _SCENE_PREPS
    }
    at_named = [
        a
        for a in current
        if a.places and id(a.places[0]) in scenes and a.places[0].subtype in ("city", "site")
    ]
    if len(at_named) == 1:
        return at_named[0]
    generic = anaphora_words("generic_happening_nouns")
    words = {
        claim.trigger.doc[i].lemma_.lower()
        for i in _claimed_nouns(claim.trigger)
        if claim.trigger.doc[i].pos_ == "NOUN"
    } - generic
    if not words:
        return None
    own = _sent_of(claim.trigger)  # (the claim's own noun tells no attack apart: "the killings were claimed")
    told = [a for a in current if any(m.lemma_.lower() in words and _sent_of(m) != own for m in a.mentions)]
    return told[0] if len(told) == 1 else None


def _blamed_on(verb: Token) -> list[EntityCluster]:
    """The armed or unclassed groups a blame lays a happening on: "violence that the government
    blamed on X", "the army blamed the raid on Y" (the "on" object of "blame"); empty for any
    other verb or object."""
    if verb.lemma_.lower() != "blame":
        return []
    index = cached_entity_index(verb.doc)
    objects = [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return [c for c in entities_in(objects, index, descriptions=False) if _blamable(c)]


def _claimed_nouns(trigger: Token) -> set[int]:
    """Token indices of the happening nouns a claim verb takes: its object ("claimed the
    bombing"), the noun it qualifies ("an attack claimed by X", "an attack the group claimed", "the
    raid, in which ten died and which X claimed") or the subject of a participle read as a main
    verb ("..., an attack also claimed by X")."""
    found = {c.i for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")}
    if trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN":
        found.add(trigger.head.i)
    qualified = passive_conjunct_of_relative(trigger)
    if qualified is not None:
        found.add(qualified.i)  # "the bombing, which killed 30 and was claimed by X"
    antecedent = relative_pronoun_conjunct(trigger)
    if antecedent is not None:
        found.add(antecedent.i)  # "the raid, in which ten died and which X claimed"
    if trigger.tag_ == "VBN" and any(c.dep_ == "agent" for c in trigger.children):
        found |= {c.i for c in trigger.children if c.dep_ == "nsubj"}
    return found


def _claimed_tokens(trigger: Token) -> list[Token]:
    """The tokens of :func:`_claimed_nouns`, in text order."""
    return [trigger.doc[i] for i in sorted(_claimed_nouns(trigger))]


def _placed_as(claim: EventDraft, attack: EventDraft) -> None:
    """A claim is located where the happening it claims was, and is background when that is; an
    undated claim of a current happening takes its day (claimed as the news broke), an old
    happening's claim stays undated."""
    if attack.places:
        claim.places = list(attack.places)
    claim.background = attack.background
    if claim.date is None and attack.date is not None and not attack.background:
        claim.date = attack.date


def _told_just_before(draft: EventDraft, current: list[EventDraft]) -> EventDraft | None:
    """The current attack with no actors that the sentence right before ``draft``'s tells, or None."""
    start = _sent_of(draft.trigger)
    if start == 0:
        return None
    before = sentence_start(draft.trigger.doc, start - 1)
    told = [a for a in current if any(before <= m.i < start for m in a.mentions)]
    return told[-1] if len(told) == 1 and not told[-1].actors else None


def _weapon_told_before(draft: EventDraft, current: list[EventDraft]) -> EventDraft | None:
    """ "A mine wrecked a lorry outside X at dawn. The road stayed shut. Later the front said its men
    laid that mine.": a claim whose own words name a planted weapon (``planted_weapons``: "the
    mine", "that bomb") and no happening claims the last current attack told before it in a
    sentence naming such a weapon, or None."""
    weapons = event_words("planted_weapons")
    own = draft.trigger.sent
    if not any(t.lemma_.lower() in weapons and t.pos_ == "NOUN" for t in own):
        return None
    told = [
        (max(m.i for m in a.mentions if m.i < own.start), a)
        for a in current
        if any(
            m.i < own.start and any(t.lemma_.lower() in weapons and t.pos_ == "NOUN" for t in m.sent)
            for m in a.mentions
        )
    ]
    return max(told, key=lambda t: t[0])[1] if told else None


def _last_told_before(draft: EventDraft, current: list[EventDraft]) -> EventDraft | None:
    """The current attack the sentence right before ``draft``'s tells (the last one it tells when
    it tells several), or None (also when that sentence is a caption or a headline)."""
    start = _sent_of(draft.trigger)
    if start == 0:
        return None
    doc = draft.trigger.doc
    before = sentence_start(doc, start - 1)
    if is_secondary(doc, before):
        return None  # a caption or a headline's words may be joined to another happening
    told = [
        (max(m.i for m in a.mentions if before <= m.i < start), a)
        for a in current
        if any(before <= m.i < start for m in a.mentions)
    ]
    return max(told, key=lambda t: t[0])[1] if told else None


def _told_since(attack: EventDraft, others: list[EventDraft], claim: EventDraft) -> bool:
    """Whether ``attack`` is told, before ``claim``'s sentence, later than any of ``others`` is (the
    blast just told, not the report's lead its anaphor was joined to)."""
    start = _sent_of(claim.trigger)

    def last(event: EventDraft) -> int:
        return max((m.i for m in event.mentions if m.i < start), default=-1)

    return attack not in others and all(last(attack) > last(o) for o in others)


def _same_day_told_before(draft: EventDraft, current: list[EventDraft]) -> EventDraft | None:
    """The last current attack told before ``draft``'s sentence on ``draft``'s day (a day apart
    at most: "Y said it set off the blast that day", two sentences after a roadside bomb that day),
    or None when ``draft`` is undated or none was."""
    if draft.date is None or draft.date.precision != "day":
        return None
    start = _sent_of(draft.trigger)
    day = draft.date.as_date()
    doc = draft.trigger.doc
    told = [  # (told in the body: a headline's words may be joined to another happening)
        (max(m.i for m in a.mentions if m.i < start and not is_secondary(doc, m.i)), a)
        for a in current
        if a.date is not None
        and a.date.precision == "day"
        and abs((a.date.as_date() - day).days) <= 1
        and any(m.i < start and not is_secondary(doc, m.i) for m in a.mentions)
    ]
    return max(told, key=lambda t: t[0])[1] if told else None


def _blamable(cluster: EntityCluster) -> bool:
    """An organisation a blame can make an attack's author: an armed group, or a group the
    entity types leave unclassed ("blamed the Red Dune gang"); never a state body or a medium."""
    return cluster.type == "ORG" and cluster.subtype in ("armed_group", "other", None)


def _blame_of_the_past(draft: EventDraft, drafts: list[EventDraft]) -> bool:
    """ "In March, a car bomb outside the police station killed two civilians; the authorities
    blamed the Front": an accusation (``standing_charge_verbs``: blame, accuse) in the sentence of
    older attacks recalled in passing (every attack its sentence tells is ``background``; an
    operation told as a gloss, "a group battered by military operations", does not count) and
    with no day of its own told apart from theirs is part of that background (it has given the
    attack its actors, :func:`_link_claimants`), not a statement of the report."""
    charges = statement_cues()["standing_charge_verbs"]
    if draft.type != "statement" or draft.trigger.lemma_.lower() not in charges:
        return False
    own = _sent_of(draft.trigger)
    told = [d for d in drafts if d.type == "attack" and any(_sent_of(m) == own for m in d.mentions)]
    if not told or not all(d.background for d in told):
        return False
    return draft.date is None or any(d.date == draft.date for d in told)


def _sent_of(token: Token) -> int:
    """``token.sent.start`` without building the sentence."""
    return sentence_start(token.doc, token.i)


def _blamed_state(draft: EventDraft, states: list[EntityCluster], attacks: list[EventDraft]) -> None:
    """An attack a named party blames on a state is that state's military action (the
    conventions: attacks are by non-state actors), when no group is named as its author.

    The attacks are the ones the blame names in its sentence, else the report's main one.
    """
    sentences = {_sent_of(m) for m in draft.mentions}
    named = [a for a in attacks if any(_sent_of(m) in sentences for m in a.mentions)]
    current = [a for a in attacks if not a.background]
    plural = any(  # "blamed it for the explosions": every current attack with no author of its own
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.tag_ == "NNS" for g in c.children)
        for c in draft.trigger.children
    )
    if plural:
        named += [a for a in current if not a.actors and a not in named]
    if not named:
        main = min(current, key=lambda a: min(m.idx for m in a.mentions), default=None)
        named = [main] if main is not None else []
    for attack in named:
        if any(a.subtype == "armed_group" for a in attack.actors):
            continue
        attack.type = "military_action"
        attack.actors = [*states, *(a for a in attack.actors if a not in states)]


def _anaphoric(mention: Token) -> bool:
    """ "claimed the operation", "carried out the raid": a definite noun naming no place of its own."""
    definite = any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its") for c in mention.children
    )
    located = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "near") for c in mention.children)
    return mention.pos_ == "NOUN" and definite and not located


#: Event types that have a means (a weapon, a vehicle, a strike from the air).


#: What :func:`_distinct_ids` gives ids to.
_Identified = TypeVar("_Identified", Event, Entity)


def _distinct_ids(items: list[_Identified], prefix: str) -> list[_Identified]:
    """The events or entities, each with an id of its own: a second happening one trigger tells
    ("held talks that evening with one minister and on Tuesday with another"), or a second place
    of one name and kind (a city and the country it is named for), gets its id from the first's
    and its rank, so a store never sees two rows under one id."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        rank = seen.get(item.id, 0)
        seen[item.id] = rank + 1
        out.append(item if rank == 0 else item.model_copy(update={"id": stable_id(prefix, item.id, rank)}))
    return out


def _first_of_each(relations: list[Relation]) -> list[Relation]:
    """The relations, one per id: the first of each (a rule's before the learned stage's).

    A relation's id is its type and the folded names of its two ends, so two entities of one
    name (a place and a person the tagger took it for, or two kinds of one name) each paired
    with a third give two relations of one identity; the store keeps one statement per id
    (:func:`~nexus.extract.pipeline.merge_windows` keeps the first of its windows' alike)."""
    seen: set[str] = set()
    out = []
    for relation in relations:
        if relation.id not in seen:
            seen.add(relation.id)
            out.append(relation)
    return out


def _part(draft: EventDraft) -> list[int]:
    """Tells apart the happenings one plural trigger names ("bombings in Jos and Kaduna")."""
    return [draft.part] if draft.part else []


def _toll_cues(sent: SpacySpan, figures: dict[str, Count | None]) -> list[int]:
    """Token indices of the words that give the event's own figures in ``sent`` (the verb of "killing 40")."""
    if not any(figures.values()):
        return []
    return [
        m.cue
        for m in find_casualties(sent)
        if m.cue >= 0 and not m.claimed and not m.aggregate and figures.get(m.kind) == m.count
    ]


def _figure_sentences(draft: EventDraft, figures: dict[str, Count | None]) -> list[SpacySpan]:
    """The other sentences of the document that tell the event's figures (a toll given after the
    happening: "... killing 12 people, a figure that could not be verified."), none when its own
    sentence tells them."""
    wanted = {kind: count for kind, count in figures.items() if count is not None and not count.claimed}
    if not wanted or _toll_cues(draft.sent, figures):
        return []
    told: list[SpacySpan] = []
    for sent in draft.sent.doc.sents:
        if sent.start == draft.sent.start:
            continue
        if any(
            wanted.get(m.kind) == m.count for m in find_casualties(sent) if not m.claimed and not m.aggregate
        ):
            told.append(sent)
    return told


def _named_doers(draft: EventDraft, clusters: list[EntityCluster]) -> list[EntityCluster]:
    """The draft's actors; for a state's military action, with the one armed force of that state the
    report names ("Ruritanian forces struck ..." in a report naming the Ruritanian army)."""
    if draft.type != "military_action":
        return draft.actors
    if _police_doers(draft.trigger) or _arrest_told_without_doer(draft.trigger):
        # "police arrested two men", "two men were arrested": the police's, not the one army named
        return with_named_police(draft.actors, clusters)
    return with_named_force(draft.actors, clusters)


def _arrest_told_without_doer(trigger: Token) -> bool:
    """Whether an arrest is told with no doer at all: a passive with no agent ("two men were
    arrested in X", "a fourth suspect was detained at the airport") or a bare noun ("the arrest
    of three men")."""
    if trigger.lemma_.lower() not in event_words("arresting_verbs") | {"detention"}:  # (and the noun)
        return False
    if trigger.pos_ in ("NOUN", "PROPN"):
        return not any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ for c in trigger.children)
    deps = {c.dep_ for c in trigger.children}
    return "nsubj" not in deps and "agent" not in deps and bool(deps & {"nsubjpass", "auxpass"})


@cache
def _police_nouns() -> frozenset[str]:
    words: list[str] = ontology.table("events.yaml")["police_nouns"]
    return frozenset(words)


def _police_doers(trigger: Token) -> bool:
    """Whether the doers of a happening are police written as a common noun: the subject ("police
    in X arrested", "officers detained"), or the agent of a passive ("were detained by police")."""
    verb = (
        trigger.head
        if trigger.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in trigger.children)
        else trigger
    )
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in _police_nouns() or d.lower_ in _police_nouns() for d in doers)


def _event(
    draft: EventDraft, document: Document, places: dict[int, Place], clusters: list[EntityCluster]
) -> Event:
    sent = draft.sent
    place = None
    for k, cluster in enumerate(draft.places):
        place = places.get(id(cluster))
        if place is not None:
            if place.country is None:
                place = _country_from_later(place, draft.places[k + 1 :], places)
            break
    figures: dict[str, Count | None] = {}
    alternatives: dict[str, list[Count]] = {}
    for kind in CASUALTY_FIELDS:
        counts = draft.casualties.get(kind)
        if counts:
            best, others = latest(counts, draft.toll_ranks.get(kind, [1] * len(counts)))
            figures[kind] = best
            if others:
                alternatives[kind] = others
        elif draft.claimed_casualties.get(kind):  # only the claimant gave a figure: marked as its
            figures[kind] = draft.claimed_casualties[kind][0].model_copy(update={"claimed": True})
    date = draft.date
    if date is None and document.published is not None and draft.type != "claim" and not draft.background:
        # (an undated claim stays undated: the conventions give it no date the text does not; nor
        # does an older happening told without one: "the group previously attacked the base")
        date = DateValue(iso=document.published.isoformat(), precision="day", text=None, relative=True)
    ignore = frozenset({"claimed", "claim", "claims"}) if draft.type == "claim" else frozenset()
    attribution = attribute(
        sent,
        draft.trigger,
        ignore_cues=ignore,
        doers=draft.actors,
        tolls=_toll_cues(sent, figures),
        disclaimable=draft.type in VIOLENT_TYPES,
        figures_told=_figure_sentences(draft, figures) if draft.type in VIOLENT_TYPES else (),
    )
    return Event(
        id=stable_id("evt", document.id, draft.type, sent.start_char, draft.trigger.i, *_part(draft)),
        type=draft.type,
        trigger=trigger_text(draft.trigger),
        date=date,
        place=place,
        actors=[a.name for a in _named_doers(draft, clusters)],
        targets=draft.targets,
        killed=figures.get("killed"),
        injured=figures.get("injured"),
        missing=figures.get("missing"),
        attackers_killed=figures.get("attackers_killed"),
        method=event_method(draft.mentions) if draft.type in VIOLENT_TYPES else None,
        alternatives=alternatives,
        evidence=evidence_of(sent, document),
        attribution=attribution,
        confidence=0.8 if len(draft.mentions) > 1 else 0.6,
    )


def _country_from_later(place: Place, later: list[EntityCluster], places: dict[int, Place]) -> Place:
    """A village no gazetteer knows and the text puts in no known place (``place`` without a
    country) takes the country of the next of the event's places that has one ("raided a village
    in northern X ... the toll in Y": Y, in X); ``later`` are those places, best first."""
    for cluster in later:
        other = places.get(id(cluster))
        if other is not None and other.country:
            return place.model_copy(update={"country": other.country})
    return place


#: Event types whose actor acts against its target (a CAMEO-style hostile dyad).
_HOSTILE_EVENTS = ("attack", "military_action", "sanction")
_HOSTILE_STATEMENTS = ("accuse", "blame", "condemn", "denounce", "threaten", "warn")


def _event_hostility(events: list[EventDraft], found: list[RelationDraft]) -> list[RelationDraft]:
    """Hostility implied by an event: its actor against its target, or against the country hit.

    "India struck nine sites in Pakistan" and "India expelled Pakistani
    diplomats" say India and Pakistan are hostile even without a hostility verb.
    The dyads follow the conventions' judgements: no person hit by an attack, raid or measure,
    no state named only as the scene or registry of what was hit (`state_sides.only_where`), no
    person's charge against a group, no measure whose taker the sentence does not name, and
    of a joint military action only its lead's side (:func:`_lead_side`). ``found`` are the
    rules' relations; returns new drafts, at most one per unordered pair with them.
    """
    seen = {(frozenset((id(r.source), id(r.target))), r.type) for r in found}
    out: list[RelationDraft] = []
    for event in events:
        hostile = event.type in _HOSTILE_EVENTS or (
            event.type == "statement" and event.trigger.lemma_.lower() in _HOSTILE_STATEMENTS
        )
        if not hostile or signed_jointly(event):  # (joint_statements)
            continue
        targets = [
            t
            for t in event.target_entities
            if (t.type in ("ORG", "PERSON") and t.subtype != "media") or t.subtype == "country"
        ]
        if event.type in ("military_action", "sanction", "attack"):
            # a state's raid or arrest of a person is policing; its listing of a financier or
            # expulsion of an envoy is a measure against the person's side, not a dyad of its own;
            # a group's killing or abduction of a person is a crime told, not a dyad either
            targets = [t for t in targets if t.type != "PERSON"]
            if any(t.subtype == "armed_group" for t in targets):  # "struck PKK positions in Iraq"
                targets = [t for t in targets if t.subtype != "country"]
        sent = event.sent
        hit_groups = {  # actors hostile to an organisation named in this sentence
            id(r.source)
            for r in found
            if r.type == "hostility"
            and r.target.type == "ORG"
            and any(sent.start_char <= m.start < sent.end_char for m in r.target.mentions)
        }
        entering = event.trigger.lemma_.lower() in _hostility_words("entering_verbs")
        if event.type == "military_action" and not targets and event_family(event.trigger) == "force":
            # "struck PKK positions in Iraq": the group is the target, not the country it is in
            # ("troops entered X" goes into the country, against no one named)
            targets = [p for p in event.places[:1] if p.subtype == "country" and not entering]
            targets = [] if any(id(a) in hit_groups for a in event.actors) else targets
        if event.type == "military_action" and entering:  # "troops entered X": X is where they went
            targets = [t for t in targets if t.subtype != "country"]
        if event.type == "attack":  # "attacked a post near the border with X": X is where, not whom
            targets = [t for t in targets if t.subtype != "country" or not only_where(t, sent)]
        if event.type == "statement":  # "condemned the attack on X": X was hit, not condemned
            targets = [t for t in targets if not _struck_in_words(t, sent)]
        if event.type in ("attack", "sanction"):  # "a Liberia-flagged ship", "X-registered firms"
            targets = [t for t in targets if t.subtype != "country" or not only_where(t, sent, where=False)]
        actors = event.actors
        if event.type == "sanction":
            # "the government banned the group", "the ministry suspended X": a measure whose taker
            # the sentence does not name is often misread (the capital, another body); it sets no
            # dyad unless the taker is named in it
            actors = [a for a in actors if _named_in(a, sent)]
        pairs = [(actor, target) for actor in actors for target in targets]
        if event.type == "statement":
            # a person's charge against a group is the body's they speak for (relations.py), not
            # a dyad of the person's own; a leader's charge against a state stays theirs
            pairs = [(a, t) for a, t in pairs if a.type != "PERSON" or t.subtype == "country"]
        if event.type == "military_action":
            pairs = [(actor, target) for actor, target in pairs if _fighting_dyad(actor, target)]
            # (a state read off "the army said" or the place fought in is no side the text names)
            told_in = [sent, *(m.sent for m in event.mentions)]
            pairs = [
                (a, t)
                for a, t in pairs
                if a.subtype != "country" or any(names_state_as_side(a, s) for s in told_in)
            ]
        if event.type == "statement":
            # ("police blamed X": the state read off the police; "in X": where, not whom)
            pairs = [
                (a, t)
                for a, t in pairs
                if (a.subtype != "country" or names_state_as_side(a, sent))
                and (t.subtype != "country" or not only_where(t, sent))
            ]
            pairs += _condemned_states(event, events)
        pairs = [
            (actor, target)
            for actor, target in pairs
            if actor is not target and not _compatriots(actor, target) and not speaks_for_a_force(actor)
        ]
        if event.type == "military_action":
            hit = {id(t) for t in targets}
            told = {  # the actors a rule set against a target in this sentence ("Xian troops killed X")
                id(party)
                for r in found
                if r.type == "hostility" and r.sent.start == sent.start
                for party, other in ((r.source, r.target), (r.target, r.source))
                if id(other) in hit
            }
            fighting = [a for a in event.actors if id(a) in told or any(a is actor for actor, _ in pairs)]
            pairs = _lead_side(pairs, fighting, sent, told)
        for actor, target in pairs:
            key = (frozenset((id(actor), id(target))), "hostility")
            if key in seen:
                continue
            seen.add(key)
            out.append(RelationDraft(actor, "hostility", target, event.type, event.sent, event.trigger))
    return out


#: Verbs of a judgement that sets the judge against whoever did the happening it names.
_CONDEMNING = frozenset({"condemn", "denounce", "deplore", "decry"})


def _condemned_states(
    statement: EventDraft, events: list[EventDraft]
) -> list[tuple[EntityCluster, EntityCluster]]:
    """ "Iraq's foreign ministry condemned the strike": a state or government that condemns
    another state's military action told in the report stands against that state.

    The happening is the one the object noun is a mention of, else the violent one told last
    before it; (judge, state) pairs, empty unless the judge speaks for a state and the happening
    is a military action with a state among its actors.
    """
    if statement.trigger.lemma_.lower() not in _CONDEMNING:
        return []
    # a government body of no known state (a rights commission, a rival or shadow cabinet) may
    # be the struck state's own: it speaks against the strike, not for a state against that state
    judges = [
        a for a in statement.actors if a.subtype == "country" or (a.subtype == "government" and a.country)
    ]
    violent = ("attack", "military_action")
    nouns = {str(w).lower() for kind in violent for w in event_ontology()["types"][kind].get("nouns", [])}
    objects = [
        c
        for c in statement.trigger.children
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns
    ]
    if not judges or not objects:
        return []
    told = [(m.i, e) for e in events if e.type in violent for m in e.mentions if m.i <= objects[0].i]
    if not told:
        return []
    happening = next((e for i, e in told if i == objects[0].i), max(told, key=lambda pair: pair[0])[1])
    if happening.type != "military_action":
        return []
    countries = {  # the states the report names, by code: a force's ("the IDF struck ...") is its state
        c.country: c
        for e in events
        for c in (*e.actors, *e.places, *e.target_entities)
        if c.subtype == "country" and c.country
    }
    states = [a for a in happening.actors if a.subtype == "country"] or [
        countries[a.country] for a in happening.actors if a.subtype == "military" and a.country in countries
    ]
    return [(judge, state) for judge in judges for state in dict.fromkeys(states)]


def _lead_side(
    pairs: list[tuple[EntityCluster, EntityCluster]],
    actors: list[EntityCluster],
    sent: SpacySpan,
    told: set[int],
) -> list[tuple[EntityCluster, EntityCluster]]:
    """The (actor, target) pairs of a military action whose actor is on the side of its lead,
    one of ``actors`` (the action's actors that fight one of its targets).

    A joint operation of two states' forces ("X's troops, backed by / together with soldiers of
    Y, killed ...") sets the side named first against the group, not its foreign partner: the
    lead is an actor a rule already set against someone in the sentence (the ids in ``told``),
    else the actor named first in it; its side the actors of the lead's country (the state and
    its forces), or the lead alone when its country is not known.
    """

    def first(cluster: EntityCluster) -> int:
        if id(cluster) in told:
            return -1
        starts = [m.start for m in cluster.mentions if sent.start_char <= m.start < sent.end_char]
        return min(starts, default=sent.end_char)

    if len(actors) < 2:
        return pairs
    lead = min(actors, key=first)
    return [
        (actor, target)
        for actor, target in pairs
        if actor is lead or (lead.country is not None and actor.country == lead.country)
    ]


def _struck_in_words(target: EntityCluster, sent: SpacySpan) -> bool:
    """Whether every mention of ``target`` in ``sent`` is the "on" or "against" phrase of a noun
    ("condemned the attack on X", "denounced the strikes against Y"): the one a statement's
    happening hit, whom the speaker stands with rather than against."""
    roots = mention_heads(target, sent)
    if not roots:
        return False

    def struck(token: Token) -> bool:
        return (
            token.dep_ == "pobj" and token.head.lower_ in ("on", "against") and token.head.head.pos_ == "NOUN"
        )

    return all(struck(r) for r in roots)


def _named_in(cluster: EntityCluster, sent: SpacySpan) -> bool:
    """Whether one of the cluster's mentions lies in ``sent``."""
    return any(sent.start_char <= m.start < sent.end_char for m in cluster.mentions)


@cache
def _hostility_words(key: str) -> frozenset[str]:
    """A word list of ``relations.yaml`` for event-drawn hostility, lower case."""
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get(key) or ())


def _fighting_dyad(actor: EntityCluster, target: EntityCluster) -> bool:
    """Whether a military action sets its actor against its target as a dyad of their own.

    Not a state's desk body (a ministry or office that reports or orders the raid), and not a
    state as a whole against a non-state group of no known home its troops fought (a global
    network's cells on its soil): the named force holds that one. A strike on a group of another
    known country (across a border) is the state's own dyad.
    """
    if actor.type == "ORG" and actor.subtype == "government":
        words = re.findall(r"[a-z]+", actor.name.lower())
        if any(w in _hostility_words("desk_body_words") for w in words):
            return False
    return not (
        actor.subtype == "country"
        and target.type == "ORG"
        and target.subtype in _hostility_words("non_state_targets")
        and not target.country
    )


def _compatriots(actor: EntityCluster, target: EntityCluster) -> bool:
    """Two parties of one country: a state acting on its own bodies or people is no hostile dyad,
    nor is it, as a whole, against a group whose country is only where the group fights; a named
    force or body of the state fighting an armed group at home is (the army against the rebels)."""
    kinds = {actor.subtype, target.subtype}
    if "armed_group" in kinds and not kinds & {"country", None} and "PERSON" not in (actor.type, target.type):
        return False
    return bool(actor.country) and actor.country == target.country


def evidence_of(sent: SpacySpan, document: Document) -> Evidence:
    """The sentence as evidence, without the whitespace (line breaks) around it."""
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]  # ``sent.text``, not rebuilt from its tokens
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    start = sent.start_char + lead
    return Evidence(
        doc_id=document.id, sentence=stripped, start=start, end=start + len(stripped), outlet=document.outlet
    )


def _relation(draft: RelationDraft, document: Document) -> Relation:
    sent = draft.sent
    return Relation(
        id=stable_id(
            "rel", document.id, draft.type, *sorted((fold(draft.source.name), fold(draft.target.name)))
        ),
        source=draft.source.name,
        type=draft.type,
        target=draft.target.name,
        role=draft.role,
        evidence=evidence_of(sent, document),
        attribution=attribute(sent, draft.anchor, relation=True),
        confidence=RULE_CONFIDENCE if draft.score is None else draft.score,
    )
