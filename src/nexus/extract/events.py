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

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from nexus.extract.arguments import (
    PLACE_RANK,
    actor_entities,
    entities_in,
    home_country,
    reported_claims,
    speaker_of,
    state_performed,
    targets_of,
)
from nexus.extract.entities import EntityCluster, token_entity_index
from nexus.extract.event_dates import date_for, dateline_places, news_date
from nexus.extract.event_types import refine_type
from nexus.extract.page import is_secondary
from nexus.extract.places import place_candidates
from nexus.extract.triggers import event_family, find_triggers
from nexus.model import Count, DateMention, DateValue


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
    measure: str | None = None  # for sanctions: what was done (one event per measure)
    mentions: list[Token] = field(default_factory=list)


def _measure(trigger: Token) -> str:
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    head = objs[0].lemma_.lower() if objs else ""
    return f"{trigger.lemma_.lower()}:{head}"


def events_in_sentence(
    sent: Span, index: dict[int, EntityCluster], dates: list[DateMention]
) -> list[EventDraft]:
    """Event mentions of one sentence, arguments filled from the parse."""
    drafts: list[EventDraft] = []
    triggers = find_triggers(sent)
    triggers += [(t, "claim") for t in reported_claims(sent, index) if all(t.i != x.i for x, _ in triggers)]
    trigger_ids = {t.i for t, _ in triggers}
    for trigger, etype in triggers:
        if _killed_in_event(trigger, trigger_ids):
            continue  # "13 civilians were killed in Indian shelling": the shelling is the event
        actors = actor_entities(trigger, index)
        etype = refine_type(trigger, etype, actors)
        if (
            etype == "attack"
            and trigger.pos_ == "VERB"
            and trigger.lemma_ in ("kill", "shoot", "target")
            and not actors
            and any(d.type == "attack" for d in drafts)
        ):
            continue  # "26 people were killed" restates the attack found in the sentence
        if etype == "statement" and not actors:
            actors = speaker_of(trigger, index)  # "X said ... and vowed", the vow is X's
        if etype in ("military_action", "sanction") and not actors and state_performed(trigger):
            where = [
                c
                for c in entities_in(
                    [p for p in trigger.children if p.dep_ == "prep" and p.lower_ == "in"], index
                )
                if c.subtype == "country"
            ]  # "banned in Pakistan since 2006"
            home = where[0] if where else home_country(sent.doc, index)  # "security forces raided"
            actors = [home] if home is not None else []
        draft = EventDraft(type=etype, trigger=trigger, sent=sent, actors=actors, mentions=[trigger])
        draft.targets = targets_of(trigger, index, actors)
        draft.target_entities = [
            c
            for c in entities_in([o for o in trigger.children if o.dep_ in ("dobj", "nsubjpass")], index)
            if c not in actors
        ]
        draft.places = place_candidates(sent, trigger, index)
        if etype == "visit":
            dest = [
                c
                for c in entities_in(
                    [g for c in trigger.children if c.dep_ in ("dobj", "prep") for g in [c]], index
                )
                if c.type == "PLACE"
            ]
            draft.places = sorted(dest, key=lambda c: -PLACE_RANK.get(c.subtype or "city", 2)) or draft.places
        draft.date = date_for(sent, trigger, dates)
        if etype == "sanction":
            draft.measure = _measure(trigger)
        drafts.append(draft)
    return _merge_in_sentence(drafts)


#: Prepositions that introduce a different, earlier or causing event:
#: "retaliating for the April 1 strike", "since the 2008 attacks".
_OTHER_EVENT_PREPS = frozenset({"for", "after", "since", "following", "before", "than", "like"})


def _names_other_event(trigger: Token) -> bool:
    return trigger.dep_ == "pobj" and trigger.head.lower_ in _OTHER_EVENT_PREPS


def _killed_in_event(trigger: Token, trigger_ids: set[int]) -> bool:
    """A kill verb whose "in"/"by" phrase names the event itself is not an event of its own.

    ("killed in Indian shelling", also when the parser reads "shelling" as a verb.)
    """
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in ("kill", "die", "wound", "injure"):
        return False
    for child in trigger.children:
        if child.dep_ == "advcl" and child.i in trigger_ids and child.i > trigger.i:
            return True
        names_event = any(g.dep_ == "pobj" and g.i in trigger_ids for g in child.children)
        if child.dep_ in ("prep", "agent") and child.lower_ in ("in", "by", "during") and names_event:
            return True
    return False


def _merge_in_sentence(drafts: list[EventDraft]) -> list[EventDraft]:
    """One sentence seldom holds two events of one violent type: "attack ... killed" is one.

    Except when a mention names another event ("retaliating for the April 1
    strike"): that one stays apart.
    """
    out: list[EventDraft] = []
    for draft in drafts:
        if _names_other_event(draft.trigger):
            out.append(draft)
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
            _absorb(same, draft)
    return out


def _compatible(a: EventDraft, b: EventDraft) -> bool:
    if a.date and b.date and not _dates_compatible(a.date, b.date):
        return False
    if a.actors and b.actors and not set(map(id, a.actors)) & set(map(id, b.actors)):
        return False
    if a.places and b.places:
        pa, pb = a.places[0], b.places[0]
        if pa is not pb and pa.subtype == pb.subtype and pa.subtype in ("city", "site"):
            return False
    return True


def _dates_compatible(a: DateValue, b: DateValue) -> bool:
    da, db = a.as_date(), b.as_date()
    if "year" in (a.precision, b.precision):
        return da.year == db.year
    if "month" in (a.precision, b.precision):
        return (da.year, da.month) == (db.year, db.month)
    return abs((da - db).days) <= 1


def _more_precise(a: DateValue, b: DateValue) -> bool:
    return a.precision == "day" and b.precision != "day"


def _absorb(into: EventDraft, other: EventDraft) -> None:
    for actor in other.actors:
        if actor not in into.actors:
            into.actors.append(actor)
    for target in other.targets:
        if target not in into.targets:
            into.targets.append(target)
    for place in other.places:
        if place not in into.places:
            into.places.append(place)
    into.places.sort(key=lambda c: -PLACE_RANK.get(c.subtype or "city", 2))
    if other.date is not None and (into.date is None or _more_precise(other.date, into.date)):
        into.date = other.date  # the merged event keeps its most precise date
    for kind, counts in other.casualties.items():
        into.casualties.setdefault(kind, []).extend(counts)
        into.toll_ranks.setdefault(kind, []).extend(other.toll_ranks.get(kind, [1] * len(counts)))
    into.mentions.extend(other.mentions)


def merge_document_events(drafts: list[EventDraft]) -> list[EventDraft]:
    """One event per happening in a document."""
    merged: list[EventDraft] = []
    for draft in drafts:
        target = None
        for other in merged:
            if other.type != draft.type:
                continue
            if draft.type == "sanction":
                if other.measure == draft.measure and _compatible(other, draft):
                    target = other
                    break
                continue
            if draft.type == "military_action" and event_family(draft.trigger) != event_family(other.trigger):
                continue  # an arrest never merges with a strike
            if draft.type in (
                "attack",
                "military_action",
                "claim",
                "rally",
                "visit",
                "meeting",
            ) and _compatible(other, draft):
                if draft.type in ("rally", "visit", "meeting") and not (
                    (draft.places and other.places and draft.places[0] is other.places[0])
                    or (draft.date and other.date)
                ):
                    continue
                target = other
                break
            if (
                draft.type == "statement"
                and draft.actors
                and set(map(id, draft.actors)) == set(map(id, other.actors))
                and draft.trigger.lemma_ == other.trigger.lemma_
            ):
                target = other
                break
        if target is None:
            merged.append(draft)
        else:
            _absorb(target, draft)
    return merged


def extract_events(
    doc: Doc, clusters: list[EntityCluster], dates: list[DateMention], published: date | None
) -> list[EventDraft]:
    """Every event of a document, merged, with dates defaulted sensibly."""
    index = token_entity_index(doc, clusters)
    drafts: list[EventDraft] = []
    for sent in doc.sents:
        drafts.extend(events_in_sentence(sent, index, dates))
    # page structure (page.py): a headline, standfirst, byline or caption alone creates no event;
    # its mentions only join a body event of their type, which they follow in the merge order
    secondary = [d for d in drafts if all(is_secondary(doc, m.i) for m in d.mentions)]
    drafts = [d for d in drafts if not any(d is s for s in secondary)]
    merged = [d for d in merge_document_events(drafts + secondary) if not any(d is s for s in secondary)]
    lead = news_date(doc, dates, published)
    filed_from = dateline_places(doc, index)
    for draft in merged:
        if not draft.places and draft.type in ("attack", "military_action", "claim") and filed_from:
            draft.places = filed_from  # a report filed from the city it describes
    for draft in merged:
        if draft.date is None and draft.type in ("attack", "military_action") and lead is not None:
            draft.date = lead
    return merged
