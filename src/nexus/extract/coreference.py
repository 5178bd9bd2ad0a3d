"""Event coreference within a document: which mentions tell one happening.

``events_in_sentence`` gives one draft per event mention. Here they are read
in order and each is either joined to an event already told or starts a new
one. Two mentions are one happening only when their type, date, place and
actors are compatible and nothing marks them as distinct:

- a *distinct marker* ("a separate bombing", "in another incident") makes a
  new happening unless the date and the place say it is the same one;
- an explicitly dated mention well before the report's news day is a
  *background* happening ("In June 2019, a truck bombing in Kunar ...",
  "since the 2013 Westgate massacre"); background and current mentions never
  join, so a background event never lends the current one its date or toll;
- an anaphor ("the attack", "the hotel siege") with no date or place of its
  own joins the most recent compatible current happening and takes its date
  and place from it;
- a date anchored to the previous happening ("that same month", "the
  previous day", "two days after ...") is resolved against that happening's
  date, not the day of publication;
- a happening dated only loosely (by the day it was reported, "overnight",
  "this week") takes the day a later sentence tells of it ("The gunmen
  arrived late on Saturday", "It happened on Tuesday");
- an older happening recalled through a scene ("The hotel was the target of a
  2019 siege", "the worst raid on the port since ..., when ...") is
  placed at the scene the report just told;
- a follow-up continues the happening it names ("the toll from the X attack",
  "soldiers sent to answer the assault"), not merely the last one told.
- one doing told by two words of a sentence is one happening: verbs coordinated
  under one subject ("raided two farms and detained six") or a verb and the noun
  of its "in"/"during" phrase ("killed nine in an operation");
- a sentence revising a toll ("first counted two dead; one more victim died
  later") and a doer's own telling of its attack ("the group said its men
  had stormed the post") tell the happening already told, not new ones.

Words are data (``ontology/coreference.yaml``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract import learned
from nexus.extract.actor_carry import carry_actors
from nexus.extract.arguments import PLACE_RANK, compared_within, doer_words, is_state
from nexus.extract.dates import WEEKDAYS, count_word, find_dates, month_of_told_year
from nexus.extract.doctext import doc_text
from nexus.extract.entities import EntityCluster
from nexus.extract.entry_dates import after_its_entry, apart_from_a_period, entry_date, in_one_entry
from nexus.extract.event_dates import (
    before_a_trailing_source,
    dateline_places,
    governing_verb,
    news_date,
    occurrence_verb,
    offset_clause,
    report_day_verbs,
    vague_week,
)
from nexus.extract.event_types import victim_nouns
from nexus.extract.events import VIOLENT_TYPES, EventDraft, absorb, dates_compatible, events_in_sentence
from nexus.extract.gazetteer import compass_words
from nexus.extract.geocode import fold
from nexus.extract.later_answers import attack_answered_later
from nexus.extract.nearby_sites import conjoined_site
from nexus.extract.one_voice import one_pronoun, voice_goes_on
from nexus.extract.page import (
    MUTE_ZONES,
    is_secondary,
    item_label,
    other_items,
    page_layout,
    rows_apart,
    zone_at,
)
from nexus.extract.parse_index import expand_span
from nexus.extract.places import (
    acts_from_abroad,
    at_a_distance,
    away_from_towns,
    filed_elsewhere,
    generic_place_referents,
    opens_apart,
    retold_towns,
    said_within,
    since_frame,
    told_as_spread,
    told_since,
    town_before_its_container,
    towns_told_since,
    written_as_division,
)
from nexus.extract.prepass import rule_mentions
from nexus.extract.recalled_scenes import placed_just_before
from nexus.extract.recollections import year_told_before
from nexus.extract.retold_actions import action_kinds, report_after
from nexus.extract.retold_measures import retold_measure
from nexus.extract.scene_after_report import follow_the_doers, opened_by_another_day
from nexus.extract.scene_openers import opens_at_own_scene
from nexus.extract.sentence_dates import written_date
from nexus.extract.tokens import sentence_bounds, sentence_start, sentence_starts
from nexus.extract.triggers import (
    event_family,
    event_ontology,
    event_words,
    harm_verbs,
    kills_attackers,
    misread_answer,
    passive_verb,
    reporting_verbs,
    statement_cues,
    told_apart,
    told_in_passing,
    trigger_tables,
)
from nexus.extract.unnamed_elsewhere import set_at_an_unnamed_other_place
from nexus.geo import DISTANCE_UNITS, haversine_km
from nexus.model import DateMention, DateValue, Place

_ADMIN = PLACE_RANK["admin"]
#: A happening told at this many towns at once is placed at what holds them.
_SPREAD = 4

#: Distance under which two named places are taken for one scene (km).
SAME_SCENE_KM = 20.0


@cache
def _lexicon() -> dict[str, Any]:
    return ontology.table("coreference.yaml")


def _lead_with(first: list[EntityCluster], places: list[EntityCluster]) -> list[EntityCluster]:
    """A new list of ``first`` followed by the rest of ``places`` in their order (each place once)."""
    return [*first, *(p for p in places if p not in first)]


@cache
def _anchored() -> list[tuple[re.Pattern[str], str, int]]:
    return [
        (re.compile(r"\b(?:" + item["pattern"] + r")\b", re.I), item["unit"], int(item["days"]))
        for item in _lexicon()["anchored_expressions"]
    ]


@cache
def _any_anchored() -> re.Pattern[str]:
    """One pattern for every anchored expression: where it finds none, none of :func:`_anchored`
    can match (the same words between the same word boundaries)."""
    words = "|".join(item["pattern"] for item in _lexicon()["anchored_expressions"])
    return re.compile(r"\b(?:" + words + r")\b", re.I)


#: Time words one of which every anchored expression holds, mostly ("the same day", "a month later").
_TIME_WORDS = (
    *("day", "night", "evening", "morning", "afternoon", "hour", "minute", "moment", "week", "month"),
    *("year", "afterward"),
)


@cache
def _anchored_keys() -> tuple[str, ...]:
    """Words one of which every anchored expression holds, in lower case: its time word, or the
    expression itself where it holds none; empty (no shortcut) where an expression is more than
    lower-case words and blanks."""
    keys: list[str] = []
    for item in _lexicon()["anchored_expressions"]:
        for alternative in item["pattern"].split("|"):
            if not re.fullmatch(r"[a-z]+(?: [a-z]+)*", alternative):
                return ()
            word = next((w for w in _TIME_WORDS if w in alternative), alternative)
            if word not in keys:
                keys.append(word)
    return tuple(keys)


@lru_cache(maxsize=512)
def _anchored_in(text: str) -> tuple[tuple[int, int, str, int], ...]:
    """``(start, length, unit, days)`` of the first match of each anchored expression in a
    sentence's text, in lexicon order (searched once per sentence, not once per mention; each
    expression's own pattern only in a sentence that holds one of them)."""
    keys = _anchored_keys()
    if keys and text.isascii():
        lower = text.lower()  # (an ASCII text matches IGNORECASE where its lower case matches)
        if not any(key in lower for key in keys):
            return ()  # (the common case: the pattern, which no literal can lead, not run at all)
    if _any_anchored().search(text) is None:
        return ()
    found = []
    for pattern, unit, days in _anchored():
        match = pattern.search(text)
        if match is not None:
            found.append((match.start(), len(match.group(0)), unit, days))
    return tuple(found)


def _counted_from_a_named_one(trigger: Token) -> bool:
    """ "The raid came two days after a gunman opened fire": a verb whose "N days after" clause
    hangs on a clause about another happening, named as its subject ("the raid"), is that other
    happening's yardstick, not the happening itself."""
    if offset_clause(trigger) is None or trigger.dep_ != "advcl":
        return False
    subject = next((c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in trigger_tables()[1]


def _distinct(draft: EventDraft) -> bool:
    """ "a separate bombing", "another attack", "In a separate incident, ...", "was ambushed
    20 km short of the town" (a scene set off from the place named)"""
    markers = set(_lexicon()["distinct_markers"])
    trigger = draft.trigger
    if not draft.own_places and _set_off_scene(draft):
        return True
    if any(c.dep_ in ("amod", "det") and c.lower_ in markers for c in trigger.children):
        return True
    sent = draft.sent
    if _opens_as_other(draft):
        return True  # "Last week, bandits killed 11 farmers": an earlier happening
    if draft.date is not None and _counted_from_a_named_one(trigger):
        return True  # "The raid came two days after a gunman opened fire ... on Sunday": counted from
    elsewhere = set(_lexicon().get("other_place_modifiers", []))
    for place in draft.own_places:
        for m in place.mentions:
            if sent.start_char <= m.start < sent.end_char:
                before = doc_text(sent.doc)[max(sent.start_char, m.start - 24) : m.start].lower().split()
                # (not "struck the port and the nearby Y terminal": a further site, nearby_sites.py)
                if before and before[-1] in elsewhere and not conjoined_site(before):
                    return True  # "killed 11 farmers in neighbouring Kauru": another place
    if opens_at_own_scene(draft):
        return True  # "In the market at X, a trader was shot dead on Monday": scene_openers.py
    return _framed_as_other(draft)


def secondary_mention(draft: EventDraft) -> bool:
    """Whether the mention lies in a headline, standfirst or caption (page.py)."""
    return is_secondary(draft.sent.doc, draft.trigger.i)


def _told_as_earlier(draft: EventDraft) -> bool:
    """ "previously attacked the base", "had attacked it in the past": a violent mention whose verb
    tells it as older than the report's news (``earlier_adverbs`` in ``coreference.yaml``; not a bare
    "earlier", often said of the same day)."""
    if draft.type not in VIOLENT_TYPES:
        return False
    trigger = draft.trigger
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    words = set(_lexicon().get("earlier_adverbs", []))
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words and not any(True for _ in child.children):
            return True  # (not "two days earlier": a count anchors it to another happening)
        if child.dep_ == "prep" and child.lower_ == "in" and any(g.lower_ == "past" for g in child.children):
            return True
    return False


def _opening(draft: EventDraft) -> str:
    sent = draft.sent
    return doc_text(sent.doc)[sent.start_char : sent.start_char + 30].lower().lstrip(" \"'“‘")


def _opens_as_other(draft: EventDraft) -> bool:
    """A sentence opening that tells another happening than the one just told ("Last week, ...",
    "Separately, ...", "Meanwhile, ..."; ``distinct_openers``, ``other_incident_openers``)."""
    return _opens_in_time(draft) or _opens_as_other_incident(draft)


def _opens_in_time(draft: EventDraft) -> bool:
    """ "Last week, ...", "Earlier this month, ...": a time opening (``distinct_openers``)."""
    opening = _opening(draft)
    return any(opening.startswith(o) for o in _lexicon().get("distinct_openers", []))


def _opens_as_other_incident(draft: EventDraft) -> bool:
    """ "Separately, ...", "Meanwhile, ...", "Also on Monday, ...": another incident outright
    (``other_incident_openers``), whatever its day and place."""
    opening = _opening(draft)
    return any(opening.startswith(o) for o in _lexicon().get("other_incident_openers", []))


def _framed_as_other(draft: EventDraft) -> bool:
    """ "In a separate incident, ...", "During another raid, ...": a frame naming the mention's
    incident as another one, before its trigger."""
    markers = set(_lexicon()["distinct_markers"])
    frames = set(_lexicon()["distinct_frames"])
    sent = draft.sent
    for token in sent[: min(len(sent), 8)]:
        if (
            token.lower_ in markers
            and token.head.lemma_.lower() in frames
            and token.head.head.lower_ in ("in", "during")
            and token.head.i < draft.trigger.i
        ):
            return True
    return False


def _set_off_scene(draft: EventDraft) -> bool:
    """Whether the happening is told away from a named place ("ambushed 20 km short of the town")."""
    trigger = draft.trigger
    return trigger.pos_ == "VERB" and any(
        _set_off(t) and not _describes_a_place(t, trigger) for t in trigger.subtree
    )


def _describes_a_place(token: Token, trigger: Token) -> bool:
    """ "stormed the base at X, a village 45 km west of the capital": the distance tells where a
    named place lies (it hangs on an apposition to the name), not that the happening took place
    away from the place that follows it."""
    for above in token.ancestors:
        if above.i == trigger.i:
            return False
        if above.dep_ == "appos":
            return True
    return False


def _set_off(token: Token) -> bool:
    """A distance unit with a number, followed by "from", "short of", "outside", "north of" ...:
    the happening took place away from the place that follows."""
    if token.lower_ not in DISTANCE_UNITS or not any(c.like_num or c.dep_ == "nummod" for c in token.subtree):
        return False
    after = [t.lower_ for t in token.doc[token.i + 1 : token.i + 3]]
    return bool(after) and (after[0] in ("from", "outside", "off") or after[1:2] == ["of"])


_COUNTED = re.compile(
    r"^\W*(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|night|week|month|year)s?\s+"
    r"(?P<dir>earlier|later|before|after)\b(?P<that>\s+(?:that|this|then)\b(?=\s*,))?",
    re.I,
)


def _counted_frame(draft: EventDraft) -> bool:
    """ "Three days earlier, ...", "Two days before the raid, ...": a frame opening the sentence."""
    sent = draft.sent
    return _COUNTED.match(doc_text(sent.doc)[sent.start_char : sent.end_char]) is not None


def _anchor(draft: EventDraft) -> tuple[str, int] | None:
    """An expression in the mention's clause that dates it from the previous happening."""
    sent = draft.sent
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    counted = _COUNTED.match(text)  # "Three days earlier, troops killed ...": a frame opening the sentence
    if counted is not None and (_written_day(draft.date) or _calendar_day(draft)):
        # "The next day, on March 3, bandits attacked ...", "Four months later, in September 2011,
        # ...": the day or the month is written out, and no count overrules it
        return None
    # ("Two days later Pakistan struck X, killing nine": "later" opens no frame with a happening inside)
    framing = counted is not None and counted.group("dir").lower() in ("after", "before")
    if counted is not None and framing and _inside_frame(draft, counted.end()):
        return None  # "A day after the ambush, jets bombed ...": the ambush is the happening counted from
    if counted is not None:
        unit = counted.group("unit").lower()
        days = count_word(counted.group("n")) * (7 if unit == "week" else 1)
        way = counted.group("dir").lower()
        if counted.group("that"):
            # "Two days before that, gunmen had ...": counted from the happening told last, as "earlier"
            way = "earlier" if way == "before" else "later"
        # "Three days before the Garowe bombing, ...": counted from the happening the frame names
        draft.offset = draft.offset or way in ("before", "after")
        # "Two months later, ...": months and years are counted as such ("In December 2024, ...": February)
        unit = unit if unit in ("month", "year") else "day"
        return unit, days if way in ("later", "after") else -days
    if _said_after_it(draft):
        return "day", 0  # "..., the minister said after the impact": the day of the happening told
    later = _counted_in_clause(draft, text)
    if later is not None:
        return later  # "Troops killed 12 bandits in the area two days later."
    for found, length, unit, days in _anchored_in(text):
        start = sent.start_char + found
        token = sent.doc.char_span(start, start + length, alignment_mode="expand")
        if token is None:
            continue
        lead = text[:found].strip(" \"'“‘").lower()
        if _DURATION_BEFORE.search(lead):
            continue  # "fought for several hours before setting fire to ...": a duration, no anchor
        opening = lead in ("", "earlier", "later")
        said = text[found : found + length].lower()
        if opening and said.endswith(("after", "before")) and _inside_frame(draft, found + length):
            continue  # "Hours after the shooting, troops ...": the shooting is the happening counted from
        if said.endswith(("after", "before")) and _day_of_a_doing(draft):
            continue  # "Hours after the verdict, the minister banned X ... on Thursday": the day written out
        if opening and found < 12 and draft.date is None and not draft.distinct:
            return unit, days  # "Earlier that day, gunmen fired on a bus ..., and militants shelled X": both
        verb = token.root
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        anchor_verb = draft.trigger if draft.trigger.pos_ in ("VERB", "AUX") else draft.trigger.head
        if verb.i == draft.trigger.i or (verb.i == anchor_verb.i and not definite(draft)):
            # not "claimed the hijacking within hours": the time is the claim's, the hijacking an anaphor
            return unit, days
        # "blamed it for the explosions at once": the time is the blame's, not the anaphor's
        near = abs(token.start - draft.trigger.i) <= 12 and not definite(draft)
        # "On August 19, 2023, a truck bomb struck an academy, killing two cadets; the president
        # froze the dialogue the next day": a clause of its own past a semicolon, or a calendar
        # date the mention's sentence writes out, is not counted over by another clause's expression
        near = near and not _semicolon_between(sent, draft.trigger.idx, start) and not _calendar_day(draft)
        if near and (draft.date is None or not _own_clause_dated(draft, verb)):
            # near the trigger, yet in another clause: "in July a drone killed a man in X, and jets
            # bombed Y the next day" dates the bombing, not the killing its own clause dates
            return unit, days
    return None


def _semicolon_between(sent: Span, first: int, second: int) -> bool:
    """Whether a semicolon of the sentence lies between two character offsets (either order)."""
    low, high = sorted((first, second))
    return ";" in doc_text(sent.doc)[max(low, sent.start_char) : min(high, sent.end_char)]


def _calendar_day(draft: EventDraft) -> bool:
    """Whether the mention's date is a calendar date its sentence writes out with its year
    ("on August 19, 2023", "in March 2016"): a date that no count of days from another
    happening overrules."""
    value = draft.date
    return (
        value is not None
        and not value.relative
        and bool(value.text)
        and re.search(r"\b(?:1[89]|20)\d\d\b", value.text or "") is not None
        and _date_words(draft) is not None
    )


#: "for (several) hours before ...": the words before an expression that make it a duration.
_DURATION_BEFORE = re.compile(
    r"\b(?:for|lasted|lasting)(?:\s+(?:about|some|nearly|almost|over|more than))?"
    r"(?:\s+(?:several|many|a few|few|\d+|two|three|four|five|six))?$"
)


_COUNTED_LATER = re.compile(
    r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|night|week)s?\s+"
    r"(?P<dir>earlier|later)\b",
    re.I,
)


def _counted_in_clause(draft: EventDraft, text: str) -> tuple[str, int] | None:
    """ "Troops killed 12 bandits two days later": a count of days the trigger's own verb governs,
    from the happening told before."""
    trigger = draft.trigger
    if _written_day(draft.date):
        return None
    verb = trigger.pos_ in ("VERB", "AUX")
    # "It followed a raid four days earlier in which jets killed five": the count hangs on the noun
    # (on the noun a relative clause of the trigger tells of)
    nouns = {trigger.i} if not verb else {trigger.head.i} if trigger.dep_ == "relcl" else set()
    sent = draft.sent
    for match in _COUNTED_LATER.finditer(text):
        if match.start() == len(text) - len(text.lstrip(" \"'“‘")):
            continue  # an opening frame is read above
        words = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if words is None:
            continue
        head = words.root.head
        # ("a raid near X three days earlier in which two were killed": the count hung on the
        # noun's own clause; "followed one three days earlier in which jets killed four": the
        # "in which" clause read as the outer verb's, the count with it)
        own = head.dep_ in ("acl", "relcl") and head.head.i in nouns
        loose = verb and _in_which_clause(trigger) and governing_verb(words.root).i == trigger.head.i
        if (verb and governing_verb(words.root).i == trigger.i) or head.i in nouns or own or loose:
            days = count_word(match.group("n")) * (7 if match.group("unit").lower() == "week" else 1)
            return "day", days if match.group("dir").lower() == "later" else -days
    return None


def _in_which_clause(verb: Token) -> bool:
    """Whether a verb opens with "in which" / "during which" and hangs on another verb (a relative
    clause of that verb's object the parse read as the verb's own adverbial clause)."""
    if verb.dep_ not in ("advcl", "relcl", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "prep" and c.i < verb.i and any(g.dep_ == "pobj" and g.tag_ == "WDT" for g in c.children)
        for c in verb.children
    )


def _said_after_it(draft: EventDraft) -> bool:
    """ "We will answer this, the governor said after the explosion": an undated statement made
    "after the <happening>" was made on the day of the happening told before."""
    trigger = draft.trigger
    if draft.type != "statement" or draft.date is not None or trigger.pos_ not in ("VERB", "AUX"):
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "after":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if (
            noun is not None
            and noun.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
        ):
            return not any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)
    return False


def _inside_frame(draft: EventDraft, frame_start: int) -> bool:
    """Whether the mention is told inside a sentence's opening frame ("A day after the ambush, ...")."""
    sent = draft.sent
    text = doc_text(sent.doc)
    comma = text.find(",", sent.start_char + frame_start, sent.end_char)
    if comma >= 0 and draft.trigger.idx < comma:
        return True
    # "Three days after bandits raided X, killing nine, soldiers ...": the clause "after" opens
    words = sent.doc.char_span(sent.start_char, sent.start_char + frame_start, alignment_mode="expand")
    if words is None or words[-1].lower_ not in ("after", "before"):
        return False
    clause = words[-1].head
    return (
        clause.i != sent.root.i
        and clause.i > words[-1].i
        and clause.left_edge.i <= draft.trigger.i <= clause.right_edge.i
    )


def _counts_several(noun: Token) -> bool:
    """ "two attacks", "twin blasts", "separate raids", "a series of ambushes": a plural noun of
    happenings counted as two or more (words in ``coreference.yaml``)."""
    counters = set(_lexicon().get("summary_counters", []))
    for child in noun.children:
        if child.lower_ in counters:
            return True
        if child.dep_ == "nummod" and child.like_num and child.lower_ not in ("one", "1"):
            return True
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return noun.head.head.lemma_.lower() in set(_lexicon().get("summary_collectives", []))


def summary_mention(draft: EventDraft) -> bool:
    """Whether a violent mention sums up several happenings in its own clause: "Militants killed
    12 people in two attacks this week", "At least 15 were killed in a series of raids", "Two
    ambushes killed nine soldiers". Such a lead is no happening of its own when the report goes
    on to tell its parts one by one (see ``corefer``)."""
    if draft.type not in VIOLENT_TYPES:
        return False
    lex = _lexicon()
    nouns = set(lex.get("summary_nouns", []))
    trigger = draft.trigger
    if trigger.tag_ == "NNS" and trigger.lemma_.lower() in nouns and _counts_several(trigger):
        return True
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    preps = set(lex.get("summary_preps", []))
    collectives = set(lex.get("summary_collectives", []))
    for token in trigger.subtree:
        if token.tag_ != "NNS" or token.lemma_.lower() not in nouns or token.i == trigger.i:
            continue
        if token.dep_ == "nsubj" and token.head.i == trigger.i and _counts_several(token):
            return True  # "Two ambushes killed nine soldiers"
        node = token
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            if node.head.head.lemma_.lower() not in collectives:
                continue  # "in one of two attacks": a part, not the sum
            node = node.head.head  # "in a series of raids": the collective hangs on the preposition
        if not (node.dep_ == "pobj" and node.head.lower_ in preps):
            continue
        hang = node.head.head
        while hang.i != trigger.i and hang.pos_ not in ("VERB", "AUX") and hang.head.i != hang.i:
            hang = hang.head  # "killed 12 people in two attacks": the phrase may hang on the victims
        if hang.i == trigger.i and _counts_several(token):
            return True
    return False


def _written_day(value: DateValue | None) -> bool:
    """A day the text writes out ("on November 8", "on Saturday"), not one counted from another."""
    if value is None or value.precision != "day" or not value.text:
        return False
    text = value.text.lower()
    return any(c.isdigit() for c in text) or any(day in text for day in WEEKDAYS)


def _day_of_a_doing(draft: EventDraft) -> bool:
    """Whether the mention's own date is a day written out in its sentence on a verb of doing, not
    of saying ("police searched 14 homes on Thursday", not "..., the army said on Monday")."""
    if not _written_day(draft.date):
        return False
    words = _date_words(draft)
    return words is not None and governing_verb(words.root).lemma_.lower() not in reporting_verbs()


def _own_clause_dated(draft: EventDraft, verb: Token) -> bool:
    """Whether the mention's own date is written in its own clause, apart from the clause of
    ``verb`` (the verb an anchored expression hangs on)."""
    if draft.date is None or not draft.date.text:
        return False
    sent = draft.sent
    start = doc_text(sent.doc).find(draft.date.text, sent.start_char, sent.end_char)
    if start < 0:
        return False
    words = sent.doc.char_span(start, start + len(draft.date.text), alignment_mode="expand")
    return words is not None and not verb.left_edge.i <= words.root.i <= verb.right_edge.i


def _date_words(draft: EventDraft) -> Span | None:
    """The words of the mention's own date in its sentence (None when not written there)."""
    if draft.date is None or not draft.date.text:
        return None
    sent = draft.sent
    start = doc_text(sent.doc).find(draft.date.text, sent.start_char, sent.end_char)
    if start < 0:
        return None
    return expand_span(sent.doc, start, start + len(draft.date.text))  # (doc.char_span, by bisection)


def _day_verb(draft: EventDraft) -> tuple[Token, Token] | None:
    """A verb trigger with a day-precision date, and the verb that governs the date's words
    (``(trigger, verb)``), else None."""
    trigger = draft.trigger
    if draft.date is None or draft.date.precision != "day" or trigger.pos_ not in ("VERB", "AUX"):
        return None
    words = _date_words(draft)
    if words is None:
        return None
    return trigger, governing_verb(words.root)


def reported_day(draft: EventDraft) -> bool:
    """ "Nine villagers were killed in a raid, officials said on Thursday": the mention's day is the
    day the report was made, a weak stand-in that a day told of the happening itself replaces."""
    found = _day_verb(draft)
    if found is None:
        return _trailing_report_day(draft)
    trigger, verb = found
    words = _date_words(draft)
    return (
        verb.i != trigger.i
        # ("officials confirmed on Thursday that 13 were killed": the day of the confirmation)
        and verb.lemma_.lower() in reporting_verbs() | report_day_verbs()
        and any(a.i == verb.i for a in trigger.ancestors)
        and not (words is not None and before_a_trailing_source(words.root, verb, trigger))
    ) or _trailing_report_day(draft)


def _trailing_report_day(draft: EventDraft) -> bool:
    """ "Nine villagers are dead after an assault in X, the governor's office announced on
    Thursday": the day is written on a reporting verb that closes the sentence after a comma, with
    a subject of its own and no clause of its own content (the sentence before it is what it
    reports), however the parser hung it (often as a relative clause on the trigger's noun)."""
    value, trigger = draft.date, draft.trigger
    if value is None or value.precision != "day":
        return False
    words = _date_words(draft)
    if words is None:
        return False
    verb = governing_verb(words.root)
    if (
        verb.i <= trigger.i
        or verb.lemma_.lower() not in reporting_verbs()
        or verb.sent.start != trigger.sent.start
    ):
        return False
    if _source_as_a_conjunct(trigger, verb, words):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        subject = verb.head  # "..., the regional governor announced on Thursday" hung as the noun's clause
    if subject is None or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return False  # "said on Thursday that gunmen ...": the verb's own content
    start = subject.left_edge.i
    # (the day written after the speaker: "..., police said on Tuesday", not "... on Tuesday, police said")
    return start > trigger.sent.start and verb.doc[start - 1].text == "," and words.start > start


def _source_as_a_conjunct(trigger: Token, verb: Token, words: Span) -> bool:
    """ "Rebels killed six guards in a raid on a depot at X, in Y district, the district's
    commissioner, Z, said on Friday": with its speaker read as an apposition of the place before
    it, the closing reporting verb is hung as a conjunct of the trigger's clause, with no subject
    or content of its own; set off by a comma, with the day written after it, it is the source's
    verb all the same (not "killed two and said on Friday ...", one doer's two deeds)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and (head.i == trigger.i or any(a.i == head.i for a in trigger.ancestors))
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and words.start > verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "xcomp", "dobj") for c in verb.children)
    )


def vague_day(draft: EventDraft) -> bool:
    """ "killed six in an overnight raid", "attacked a convoy this week": the mention's day is a
    loose stand-in (the night before publication, the week of the report) that a day told of the
    happening itself replaces: a whole week (``event_dates.vague_week``) or one of the
    ``vague_day_words`` in ``coreference.yaml``."""
    value = draft.date
    if value is None or value.precision != "day" or not value.text:
        return False
    return vague_week(value) or _vague_words().search(value.text) is not None


@cache
def _vague_words() -> re.Pattern[str]:
    words: list[str] = _lexicon().get("vague_day_words", [])
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def borrowed_day(draft: EventDraft) -> bool:
    """ "Four guards were killed on the spot, and the toll rose to six on Friday": the mention's
    day is written in a clause coordinated with the trigger's, with a subject of its own and a verb
    that tells no happening (the toll's rise, not the killing), a weak stand-in like a reported
    day. Not "stormed the village and killed 12 on Monday" (a conjunct that is a trigger tells the
    same happening's day) nor "killed seven herders and stole cattle on Monday" (one doer's deeds)."""
    found = _day_verb(draft)
    if found is None:
        return False
    trigger, verb = found
    return (
        verb.i != trigger.i
        and verb.dep_ == "conj"
        and verb.head.i == trigger.i
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() not in trigger_tables()[0]
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _weak_day(draft: EventDraft) -> bool:
    """A day that only stands in for the happening's: the day of a report of it, a vague one, or
    one borrowed from a coordinated clause telling no happening."""
    return reported_day(draft) or vague_day(draft) or borrowed_day(draft)


def _within_vague_day(weak: DateValue, day: DateValue) -> bool:
    """Whether a written day can be what a vague one stands for: up to a week before it (three days
    before "overnight": a Monday report of a raid late on Saturday), never after it."""
    span = 7 if vague_week(weak) else 3
    delta = (weak.as_date() - day.as_date()).days
    return 0 <= delta <= span if day.precision == "day" else dates_compatible(weak, day)


@cache
def _same_division() -> re.Pattern[str]:
    """ "the same district", "the same regency": any of ``division_nouns`` after "the same"."""
    words: list[str] = _lexicon().get("division_nouns", [])
    return re.compile(r"\bthe same (?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _says_same_division(mention: EventDraft) -> bool:
    """ "an air strike in the same region": the division of the happening before, not its town."""
    return _same_division().search(mention.sent.text) is not None


def _scene_subject(mention: EventDraft) -> Token | None:
    """ "The hotel was the scene of a 2019 siege", "The camp had been attacked in 2021", "a blast
    at the market killed 15": a definite common noun (a scene noun of ``coreference.yaml``) told
    as the happening's scene: the subject of a copular clause naming it, the subject of its passive
    verb, or the object of a locative phrase on it."""
    trigger = mention.trigger
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb is trigger:
        candidates = [subject if subject is not None and subject.dep_ == "nsubjpass" else None]
    else:
        # a noun told as what the subject was: "the scene / target / site of a siege"
        path = [t for t in trigger.ancestors if t.i != verb.i and verb in t.ancestors] + [trigger]
        copular = verb.lemma_.lower() == "be" and any(t.dep_ == "attr" for t in path)
        candidates = [subject if copular else None]
    candidates.append(_scene_object(trigger))
    if verb is trigger:  # "Armed men stormed the village late on Saturday": the village told before
        candidates.append(next((c for c in trigger.children if c.dep_ == "dobj"), None))
        held: Token | None = None
        if trigger.dep_ == "relcl":  # "The village, where militants killed 40 in 2023, lies ..."
            candidates.append(trigger.head)
            held = governing_verb(trigger.head)  # "was hit in 2021, when ...": the year's verb
        elif trigger.dep_ in ("advcl", "conj") and trigger.head.pos_ in ("VERB", "AUX"):
            held = trigger.head
        if held is not None and held.i != trigger.i:
            # "The town was hit in 2021, when rebels killed 14 traders": the clause it hangs on
            candidates.append(next((c for c in held.children if c.dep_ == "nsubjpass"), None))
    for noun in candidates:
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _scene_nouns():
            continue
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
            return noun
    return None


def _scene_object(head: Token) -> Token | None:
    """The noun of a locative phrase on ``head`` ("at the market", "outside the church")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "in", "inside", "outside", "near", "on"):
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN":
                return noun
    return None


@cache
def _scene_nouns() -> frozenset[str]:
    return frozenset(_lexicon().get("scene_nouns", []))


_TOWN_NOUNS = frozenset({"town", "city", "village", "capital", "hamlet"})


def _scene_told_before(mention: EventDraft, events: list[EventDraft]) -> list[EntityCluster]:
    """The place of the current happening told before whose sentence names the scene noun that is
    the subject of the mention's clause ("Gunmen killed 11 at a hotel in X. The hotel was the
    scene of a 2019 siege"): a town for a town noun, else the happening's first place."""
    subject = _scene_subject(mention)
    if subject is None or compared_within(subject):
        return []  # ("its deadliest attack in the capital was ...": a range compared within)
    noun = subject.lemma_.lower()
    if noun in _TOWN_NOUNS and (town := _town_of_the_sentence_before(mention)):
        return town  # "... attacks in X in 2017. Rebels seized the town"
    for event in reversed(events):
        if event.background or not event.places:
            continue
        if noun in _lexicon().get("generic_scene_nouns", []):
            # "Police stormed the building": the scene of the violent happening told last
            if event.type in VIOLENT_TYPES:
                return event.places[:1]
            continue
        if noun in _TOWN_NOUNS:  # "The town was the scene of ...": the town the last raid was in
            towns = _towns(event)
            if towns and event.type in VIOLENT_TYPES:
                return towns[:1]
            continue
        told = {m.sent.start: m.sent for m in event.mentions if m.sent.start != mention.sent.start}
        if any(t.lemma_.lower() == noun for sent in told.values() for t in sent):
            return event.places[:1]
    return []


@cache
def _same_place() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_lexicon()["same_place_expressions"]) + r")\b", re.I)


def _says_same_place(mention: EventDraft) -> bool:
    """ "On Friday, a suicide bomber killed 17 people in the same city": the previous happening's place."""
    return _same_place_words(mention) is not None


def _same_place_words(mention: EventDraft) -> str | None:
    """The words that say the mention took place where the previous happening did (lower case):
    a site's ("at the same junction") before a town's ("in the city") when the sentence has both."""
    sent = mention.sent
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    found = [
        m.group(0).lower()
        for m in _same_place().finditer(text)
        if not _range_of_a_superlative(sent, sent.start_char + m.end())
    ]
    if not found and mention.type in VIOLENT_TYPES and _done_there(mention.trigger):
        return "there"  # "in February, a suicide bomber killed five soldiers there"
    return next((w for w in found if not _TOWN_WORDS.search(w)), found[0] if found else None)


def _range_of_a_superlative(sent: Span, end: int) -> bool:
    """Whether the words ending at ``end`` ("in the capital") are the range a superlative compares
    within ("its deadliest attack in the capital was the bombing at X"): no place of a happening
    told before, the sentence says where its own was."""
    token = sent.doc.char_span(end - 1, end, alignment_mode="expand")
    return token is not None and compared_within(token.root)


def _done_there(trigger: Token) -> bool:
    """ "killed five soldiers there", "was attacked there in 2019": a verb told at the place just named."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    near = [
        *trigger.children,
        *(g for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") for g in c.children),
    ]
    return any(c.dep_ == "advmod" and c.lower_ == "there" for c in near)  # (also "killed 30 people there")


def _towns(event: EventDraft) -> list[EntityCluster]:
    """The town an event took place in: its first city, else its first site (a village the
    gazetteer does not know is typed a site)."""
    return [p for p in event.places if p.subtype == "city"][:1] or [
        p for p in event.places if p.subtype == "site"
    ][:1]


_TOWN_WORDS = re.compile(r"\b(?:city|town|village|capital)\b")


def _same_place_of(mention: EventDraft, events: list[EventDraft]) -> list[EntityCluster]:
    """The place of the happening told before that the mention's same-place words point to: "in
    the capital", "in the same town" name the last town told (not a country a strike was in)."""
    words = _same_place_words(mention)
    if words is None:
        return []
    if _TOWN_WORDS.search(words) and not _says_same_division(mention):
        named = _town_named_before_words(mention, words) or _town_of_the_sentence_before(mention)
        if named:
            return named  # "fighters in X killed the leader in a raid on hideouts in the town": X
        violent = mention.type in VIOLENT_TYPES or mention.type == "claim"
        for event in reversed(events):
            if violent and event.type not in VIOLENT_TYPES:
                continue  # "the worst raid on the port": where the last violent happening was
            towns = _towns(event)
            if towns:
                return towns[:1]
        return []
    site = _same_site_noun(words)
    if site is not None:
        # "killed three soldiers in a raid on the same base": the place of the last current
        # happening whose own sentences name a base, not of the last happening told
        for event in reversed(events):
            told = {m.sent.start: m.sent for m in event.mentions if m.sent.start != mention.sent.start}
            if (
                event.places
                and not event.background
                and any(t.lemma_.lower() == site for s in told.values() for t in s)
            ):
                return event.places[:1]
    # "since August, when fighters killed 16 soldiers at a post in the same district": the district
    # of the last happening of the mention's kind (an attack's, not a drone strike's told between)
    previous = None
    if _says_same_division(mention):
        previous = next((e for e in reversed(events) if e.places and e.type == mention.type), None)
    previous = previous or next((e for e in reversed(events) if e.places), None)  # ("flew to the scene")
    if previous is None:
        return []
    same = previous.places[:1]
    if _says_same_division(mention):  # "in the same region": the region, not the village
        coarse = [p for p in previous.places if PLACE_RANK.get(p.subtype or "city", 2) <= _ADMIN][:1]
        held = [d for d in (_division_holding(p) for p in previous.places[:1]) if d is not None]
        # (a town set in no division: the division the happening told last that names one named
        # with that noun, "X province"; one of the mention's kind first, as ``previous`` is)
        kinds = [e for e in reversed(events) if e.type == mention.type]
        held = held or next(
            (
                named
                for e in [*kinds, *(e for e in reversed(events) if e not in kinds)]
                if (named := _division_in_sentences(mention, e))
            ),
            [],
        )
        same = _named_with_division_noun(mention, previous.places) or coarse or held or same
    return same


def _town_of_the_sentence_before(mention: EventDraft) -> list[EntityCluster]:
    """The last town among the mention's places that the sentence right before the mention's names
    ("X fell to the insurgents in 2020. Troops retook the town in 2021": X), not the town of a
    happening told further back, nor one the text puts another of them in ("X village in the Y
    sector": X); ``[]`` when that sentence names none of them or ends another paragraph."""
    sent = mention.sent
    if sent.start == 0:
        return []
    before = sent.doc[sent.start - 1].sent
    if "\n" in doc_text(sent.doc)[before.start_char : sent.start_char]:
        return []  # another paragraph: a quotation or another item
    named = [
        (m.start, p)
        for p in mention.places
        if p.subtype == "city"
        for m in p.mentions
        if before.start_char <= m.start < before.end_char
    ]
    holders = {id(p.within) for _, p in named if p.within is not None}
    named = [(at, p) for at, p in named if id(p) not in holders]  # ("X village in Y sector": X)
    return [max(named, key=lambda t: t[0])[1]] if named else []


def _town_named_before_words(mention: EventDraft, words: str) -> list[EntityCluster]:
    """The town or site the mention's own sentence names before its town words ("in the town",
    "the village"), among the mention's places: those words point back to it, not to the place of
    a happening told in an earlier sentence ("In 2019, vigilantes in X killed the gang's leader
    during a sweep of the forests around the town": X). ``[]`` when the sentence names none
    before them."""
    sent = mention.sent
    at = doc_text(sent.doc)[sent.start_char : sent.end_char].lower().find(words)
    if at < 0:
        return []
    end = sent.start_char + at
    named = [
        (m.start, p)
        for p in mention.places
        if p.subtype in ("city", "site")
        for m in p.mentions
        if sent.start_char <= m.start < end
    ]
    return [max(named, key=lambda t: t[0])[1]] if named else []


def _same_site_noun(words: str) -> str | None:
    """The site noun of "the same base", "at the same market" (a scene noun of the lexicon that
    is neither a town's nor a division's), or None."""
    last = words.split()[-1].lower()
    if not words.lower().startswith("the same") or last in _TOWN_NOUNS or _same_division().search(words):
        return None
    return last if last in _scene_nouns() else None


def _division_holding(place: EntityCluster) -> EntityCluster | None:
    """The division the text sets a town in ("X, in Y province"), up the chain of what holds what;
    None when the text names none."""
    outer = place.within
    for _ in range(4):
        if outer is None:
            return None
        if PLACE_RANK.get(outer.subtype or "city", 2) <= _ADMIN and outer.subtype != "country":
            return outer
        outer = outer.within
    return None


def _division_in_sentences(mention: EventDraft, event: EventDraft) -> list[EntityCluster]:
    """The place the sentences telling ``event`` name with the division noun of the mention's
    "the same province" ("... in the X district of Y province": Y, a place of the report by
    that name), or ``[]``."""
    said = _same_division().search(mention.sent.text)
    if said is None:
        return []
    named = re.compile(r"((?:[A-Z][\w'’-]*\s){1,4})" + re.escape(said.group(0).split()[-1]) + r"\b")
    doc = mention.sent.doc
    text = doc_text(doc)
    places = {
        name.lower(): cluster
        for cluster in doc._.nexus_entities or []
        if cluster.type == "PLACE" and cluster.subtype != "country"
        for name in (cluster.name, *cluster.aliases)
    }
    for sent in {m.sent.start: m.sent for m in event.mentions if m.sent.start != mention.sent.start}.values():
        for found in named.finditer(text[sent.start_char : sent.end_char]):
            words = found.group(1).split()
            for i in range(len(words)):  # ("of Y province": the longest run of words that is a place)
                cluster = places.get(" ".join(words[i:]).lower())
                if cluster is not None:
                    return [cluster]
    return []


def _named_with_division_noun(mention: EventDraft, places: list[EntityCluster]) -> list[EntityCluster]:
    """ "in the same regency": the place the text named with that noun ("X regency"), if any."""
    said = _same_division().search(mention.sent.text)
    if said is None:
        return []
    noun = re.compile(r"\s*" + re.escape(said.group(0).split()[-1]) + r"\b", re.I)
    text = doc_text(mention.sent.doc)
    return [p for p in places if any(noun.match(text, m.end) for m in p.mentions)][:1]


def _shift(base: DateValue, unit: str, days: int, keep_month: bool = False) -> DateValue:
    """``base`` moved by ``days`` units: ``day``, ``month`` or ``year`` (months and years keep
    their precision; with ``keep_month`` a year counted from a month or day keeps the month)."""
    if unit == "year" and days and base.precision in ("day", "month") and keep_month:
        # "a year later" than July 2022: July 2023
        return DateValue(
            iso=f"{int(base.iso[:4]) + days:04d}-{base.iso[5:7]}", precision="month", relative=True
        )
    if unit == "year":
        return DateValue(iso=f"{int(base.iso[:4]) + days:04d}", precision="year", text=None, relative=True)
    if unit == "month" and days and base.precision in ("day", "month"):
        month = int(base.iso[:4]) * 12 + int(base.iso[5:7]) - 1 + days  # "three months after the siege"
        iso = f"{month // 12:04d}-{month % 12 + 1:02d}"
        return DateValue(iso=iso, precision="month", text=None, relative=True)
    if unit == "month" or base.precision != "day":
        precision = "month" if base.precision in ("day", "month") else base.precision
        return DateValue(iso=base.iso[:7] if precision == "month" else base.iso[:4], precision=precision)
    day = base.as_date() + timedelta(days=days)
    return DateValue(iso=day.isoformat(), precision="day", text=None, relative=True)


def is_background(value: DateValue | None, news_day: date | None) -> bool:
    """A date well before the report's news day: the mention tells an older happening."""
    if value is None or news_day is None:
        return False
    limit = news_day - timedelta(days=int(_lexicon()["background_after_days"]))
    start = value.as_date()
    if value.precision == "year":
        return start.year < limit.year
    if value.precision == "month":
        nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return nxt <= limit
    return start < limit


def _km(a: Place, b: Place) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def places_compatible(a: EntityCluster, b: EntityCluster, geo: dict[int, Place]) -> bool:
    """Could two named places be the scene of one happening (one inside or near the other)?"""
    if a is b:
        return True
    pa, pb = geo.get(id(a)), geo.get(id(b))
    rank_a, rank_b = PLACE_RANK.get(a.subtype or "city", 2), PLACE_RANK.get(b.subtype or "city", 2)
    if pa is not None and pb is not None:
        if pa.country and pb.country and pa.country != pb.country:
            return False
        km = _km(pa, pb)
        if km is not None:
            return km <= SAME_SCENE_KM
        if min(rank_a, rank_b) <= PLACE_RANK["admin"]:
            coarse, fine = (pa, pb) if rank_a <= rank_b else (pb, pa)
            # a village the gazetteer does not know is kept with its country only: it may lie anywhere in it
            return (
                coarse.kind == "country"
                or not coarse.admin1
                or not fine.admin1
                or _region_key(coarse.admin1) == _region_key(fine.admin1)
            )
        return False
    # one of them unknown to the gazetteer: only a coarse place may contain it
    return min(rank_a, rank_b) <= PLACE_RANK["admin"]


def _region_key(name: str) -> str:
    """A first-level region's name for comparison: folded, doubled letters written once (the
    gazetteers spell one region "Upper Velleh" and "Upper Veleh")."""
    return re.sub(r"(.)\1+", r"\1", fold(name))


def definite(mention: EventDraft) -> bool:
    """ "the attack", "Sunday's bombing", "this blast": a noun that refers back to a known happening."""
    trigger = mention.trigger
    # "praised the Y shooting": a gerund the tagger left a verb, in a noun's place
    gerund = trigger.tag_ == "VBG" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
    if trigger.pos_ not in ("NOUN", "PROPN") and not gerund:
        return False
    return _definite_noun(trigger)


def _compatible(event: EventDraft, mention: EventDraft, geo: dict[int, Place]) -> bool:
    if _other_part(event, mention):
        return False
    # two reports of a day in one text name the same day; an anaphor may be a day off ("overnight")
    exact = not definite(mention)
    if event.date and mention.date and not dates_compatible(event.date, mention.date, exact=exact):
        return False
    if event.actors and mention.actors and not _same_doers(event.actors, mention.actors, mention.type):
        return False
    if event.places and mention.own_places and not _frame_anaphor(mention):
        told, own = event.places[0], mention.own_places[0]
        # ("the police station at X, in the commune of Y": a town its own sentence puts in the
        # division the happening was told in)
        sent = mention.sent
        beside = own.subtype in ("city", "site") and any(
            sent.start_char <= m.start < sent.end_char for m in told.mentions
        )
        return (
            places_compatible(told, own, geo)
            or (beside and _within_told_division(told, own, geo, doc_text(sent.doc)))
            or _unplaced_site_of_anaphor(mention, told, own, geo)
        )
    return True


def _unplaced_site_of_anaphor(
    mention: EventDraft, told: EntityCluster, own: EntityCluster, geo: dict[int, Place]
) -> bool:
    """ "Gunmen attacked a mosque in X ... The attack on the Y mosque came shortly after 1 p.m.": a
    definite singular noun placed at a site no gazetteer knows (a mosque, a hotel, a checkpoint
    with no point of its own) may lie in the town the happening was told in; nothing says it
    lies elsewhere. Not a site the gazetteer places (its distance decides), nor a town or a
    region told for the anaphor (another scene)."""
    if not definite(mention) or mention.trigger.tag_ in ("NNS", "NNPS"):
        return False
    known = geo.get(id(own))
    if own.subtype != "site" or (known is not None and known.lat is not None):
        return False
    return PLACE_RANK.get(told.subtype or "city", 2) == PLACE_RANK["city"] and (
        known is None or not known.country or (geo.get(id(told)) or known).country == known.country
    )


def _other_part(event: EventDraft, mention: EventDraft) -> bool:
    """Whether the mention is another site of the plural trigger the event was told by ("attacks
    on a market in X and a bus in Y", split one happening per site by
    :func:`~nexus.extract.events.events_in_sentence`): those stay apart however near the sites lie."""
    if not mention.part or not event.part or mention.part == event.part:
        return False
    return any(m.i == mention.trigger.i and m.doc is mention.trigger.doc for m in event.mentions)


def _same_doers(told: list[EntityCluster], more: list[EntityCluster], kind: str) -> bool:
    """Whether two lists of doers can be one happening of type ``kind``: one doer in both, or, for
    a violent happening, a group and its branch named after it ("al-Qaeda" and "al-Qaeda in the
    Arabian Peninsula" for one raid; not for claims, which the branch and its parent each make of
    their own attacks)."""
    if set(map(id, told)) & set(map(id, more)):
        return True
    if kind not in VIOLENT_TYPES:
        return False
    names = [fold(a.name) for a in told if a.type == "ORG"]
    return any(_branch_named_after(a, fold(b.name)) for a in names for b in more if b.type == "ORG")


def _branch_named_after(a: str, b: str) -> bool:
    """Whether one folded group name opens the other, as a branch's does its parent's."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 5 and long.startswith(short + " ")


def _frame_anaphor(mention: EventDraft) -> bool:
    """ "Three days after the attack, police arrested two men in X": a definite noun in an opening
    frame counted from it names a happening told before; the main clause's place is not its own."""
    if not (definite(mention) and _counted_frame(mention) and _inside_frame(mention, 0)):
        return False
    sent = mention.sent
    comma = doc_text(sent.doc).find(",", sent.start_char, sent.end_char)
    # (not "A day after the attack in X, ...": a place inside the frame is the named happening's own)
    return not any(sent.start_char <= m.start < comma for place in mention.own_places for m in place.mentions)


def _same_scene(event: EventDraft, mention: EventDraft, geo: dict[int, Place]) -> bool:
    """Date and place both given and both agreeing: what a distinct marker needs to be overruled.
    A month ("Earlier this month, rebels killed a soldier") says nothing of a happening's day: it
    never makes a distinct mention the same as a happening told with its day."""
    coarser = bool(event.date and mention.date and mention.date.precision != "day" == event.date.precision)
    return bool(
        event.date
        and mention.date
        and not coarser
        and dates_compatible(event.date, mention.date, exact=True)
        and event.places
        and mention.own_places
        and places_compatible(event.places[0], mention.own_places[0], geo)
        and not _district_beside_town(event.places[0], mention.own_places[0], geo)
    )


def _region_of(place: EntityCluster, geo: dict[int, Place]) -> tuple[str, str] | None:
    """(country, folded first-level region) of a geocoded place, None when either is unknown."""
    known = geo.get(id(place))
    if known is None or not known.admin1 or not known.country:
        return None
    return known.country, _region_key(known.admin1)


def _in_region_of(event: EventDraft, place: EntityCluster, geo: dict[int, Place]) -> bool:
    """Whether ``place`` lies where the event's places do: in the first-level region of one of
    them, or named by a division among them ("Y" of "a village in Y East district")."""
    region = _region_of(place, geo)
    name = re.compile(r"\b" + re.escape(fold(place.name)) + r"\b")
    for told in event.places:
        if told is place:
            return True
        if region is not None and _region_of(told, geo) == region:
            return True
        if PLACE_RANK.get(told.subtype or "city", 2) <= _ADMIN and name.search(fold(told.name)):
            return True
    return False


def _definite_in_region(
    mention: EventDraft, events: list[EventDraft], geo: dict[int, Place], mentions: list[EventDraft]
) -> EventDraft | None:
    """ "Gunmen killed nine in X village ... The governor condemned the market bombing in Y": a
    definite singular noun naming its kind of happening, placed by a town of the same
    first-level region as a happening told before (the regional capital it was condemned in, the
    town a district is named after) rather than by the village the report placed it in.

    Returns the current event of ``events`` of the mention's type that fits it in all but the
    place and lies in that region; when several do, the one told with the mention's own noun
    ("bombing"); None when none lies there or the choice is not clear, when the noun's own day
    is another ("Saturday's bombing in Y" after Friday's one), or when its sentence
    (``mentions`` of the document, reading order) writes a day before that event's ("blamed them
    for the bombing of a school in Y on Sunday": another one; a later day is the reaction's)."""
    trigger = mention.trigger
    if (
        not definite(mention)
        or trigger.tag_ in ("NNS", "NNPS")
        or mention.distinct
        or mention.background
        or not mention.own_places
    ):
        return None
    place = mention.own_places[0]
    days = [
        m.date.as_date()
        for m in mentions
        if m.sent.start == mention.sent.start and m.date is not None and m.date.precision == "day"
    ]
    fits = [
        e
        for e in reversed(events)
        if e.type == mention.type
        and not e.background
        and e.places
        and _in_region_of(e, place, geo)
        and not (e.date is not None and any(day < e.date.as_date() for day in days))
        and not (e.date and mention.date and not dates_compatible(e.date, mention.date, exact=True))
        and _joins(replace(e, places=[]), mention, geo)
    ]
    if len(fits) > 1:
        lemma = trigger.lemma_.lower()
        fits = [e for e in fits if any(t.lemma_.lower() == lemma for t in e.mentions)]
    return fits[0] if len(fits) == 1 else None


def _district_beside_town(a: EntityCluster, b: EntityCluster, geo: dict[int, Place]) -> bool:
    """A district and a town of the same province, with no distance between them known: the
    town may lie in the district or in the next one ("in X district ... a separate ambush in the
    town of Y ..."), too weak to overrule a distinct marker. A province (its name is
    its own first-level region) or a country does contain the town."""
    pa, pb = geo.get(id(a)), geo.get(id(b))
    if a is b or pa is None or pb is None or _km(pa, pb) is not None:
        return False
    coarse = pa if PLACE_RANK.get(a.subtype or "city", 2) <= PLACE_RANK.get(b.subtype or "city", 2) else pb
    return coarse.kind == "admin" and bool(coarse.admin1) and fold(coarse.name) != fold(coarse.admin1 or "")


def _same_item(mention: EventDraft, events: list[EventDraft]) -> list[EventDraft]:
    """``events`` less those told in another item of a list page than the mention (page.py) and
    those dated after what the mention's dated entry can tell (entry_dates.py)."""
    doc = mention.sent.doc
    at = mention.sent.start_char
    # a note written on the 15th ("UPDATE 1 (Tuesday 15 June):") tells nothing of the 16th
    events = [e for e in events if not after_its_entry(doc, at, e.date)]
    if not page_layout(doc).items:
        return events  # most pages are no bulletin
    return [e for e in events if not other_items(doc, e.sent.start_char, at)]


#: The most words a bulletin item's place label has ("MECULA", "Sar-e Pul"); a heading has more.
_LABEL_WORDS = 4


def _item_place(draft: EventDraft, index: dict[int, EntityCluster]) -> list[EntityCluster] | None:
    """The place labelling the bulletin item a draft is told in ("MECULA – Two rangers ..."):
    ``[place]``, ``[]`` when the label names no known place, None outside a bulletin's items."""
    doc = draft.sent.doc
    span = item_label(doc, draft.sent.start_char)
    if span is None:
        return None
    named = [index.get(t.i) for t in doc.char_span(*span, alignment_mode="expand") or ()]
    places = [c for c in named if c is not None and c.type == "PLACE"]
    label = fold(doc_text(doc)[span[0] : span[1]])
    if not places and len(label.split()) <= _LABEL_WORDS and not label[:1].isdigit():
        # a label in capitals the entity stage read elsewhere only ("Mecula district"), never a
        # numbered item's heading ("2. BLAST AT THE DEPOT.")
        places = [
            c for c in {id(c): c for c in index.values()}.values() if c.type == "PLACE" and label in c.forms
        ]
    return places[:1]


def _joins(event: EventDraft, mention: EventDraft, geo: dict[int, Place]) -> bool:
    if event.type != mention.type or event.background != mention.background:
        return False
    if other_items(mention.sent.doc, event.sent.start_char, mention.sent.start_char):
        return False  # a bulletin's items ("Diyala: ...", "Babil: ...") are separate reports
    if rows_apart(mention.sent.doc, [m.idx for m in event.mentions], mention.trigger.idx):
        return False  # a text table's rows log separate happenings (text_tables.py)
    if apart_from_a_period(
        mention.sent.doc, event.sent.start_char, event.date, mention.sent.start_char, mention.date
    ):
        return False  # "In July, 11 incidents ..." above "3 July - X. Gunmen killed six": no one happening
    if mention.type in VIOLENT_TYPES and _period_list(event, mention):
        return False  # "July saw a killing in X, a bomb in Y ..." above "9 July - X. Gunmen shot ...": a part
    if mention.type == "sanction":
        if retold_measure(event, mention):
            return True  # "designated two men ... Today's designations": one measure (retold_measures.py)
        return event.measure == mention.measure and _compatible(event, mention, geo)
    if mention.type == "claim" and _claims_elsewhere(event, mention, geo):
        return False  # "The group also claimed a bombing in Y": the claim of another attack than X's
    if mention.type == "statement":
        if event.sent.start != mention.sent.start:
            return _quote_goes_on(event, mention)
        if not mention.actors and _speaker_told_before(mention):
            return True  # "X warned that they would pay, vowing to pursue them": one speaker, one statement
        if one_pronoun(event, mention):
            return True  # "We condemn the raid, and we demand ...": one speaker (one_voice.py)
        if _hung_on_the_statement(event, mention):
            return True  # '"...," he told reporters, urging the state to act': the same speaker goes on
        if _speakers_noun(event, mention):
            return True  # "X condemned the act but repeated her government's accusation that ...": X's words
        return bool(mention.actors) and set(map(id, event.actors)) == set(map(id, mention.actors))
    if mention.type == "claim" and _claims_of_acts_apart(event, mention, geo):
        return False  # "its men overran a depot near X ... it hit a patrol near Y": two acts
    if _told_in_its_fighting(event, mention):
        return True  # "captured the town, in fighting in which 17 were killed": the capture's toll
    if mention.type == "military_action" and _rescue_by_the_raid(event, mention):
        return True  # (the side that freed them may be named as the state or as its force)
    if (
        mention.type in VIOLENT_TYPES
        and not mention.distinct
        and _one_doing(event, mention)
        and _one_doing_scene(event, mention, geo)
    ):
        return True  # "raided two farms and detained six", "killed nine in an operation": one doing
    if mention.type == "military_action" and _rest_of_the_group(event, mention):
        return True  # "... killed three militants in a raid. Two others were detained": the raid's
    if (
        mention.type == "military_action"
        # ("killed two and freed a hostage. The operation ...": either doing's kind, retold_actions.py)
        and event_family(mention.trigger) not in action_kinds([event.trigger, *event.mentions])
        and not _same_word(event, mention)
        and not _during_it(event, mention)
        and not _fights_told_twice(event, mention)
    ):
        return False  # an arrest never joins a strike
    if mention.distinct:
        # "In a separate incident on Saturday, gunmen killed two in the city": told as another one,
        # whatever its day and place; "another bombing" in the same town and day may be the same
        told_as_other = _opens_as_other_incident(mention) or _framed_as_other(mention)
        return not told_as_other and _same_scene(event, mention, geo)
    if _other_older_one(event, mention):
        return False
    if event.date is None and _introduced_with_scene(mention) and _sentences_between(event, mention) > 1:
        return False  # "Police ended the siege ... An air strike on Wednesday in X killed two": a new one
    if mention.date is not None and told_in_passing(mention.trigger) and _told_in(event, mention.sent):
        return False  # "fired missiles, retaliating for the April 1 strike": the dated strike is another one
    if not _compatible(event, mention, geo):
        return False
    if _new_day_elsewhere(event, mention, geo):
        return False  # "... attacked a woman in X. On Saturday, an explosion killed four in Y": another one
    if mention.own_places and not event.places and _set_off_scene(event):
        return False  # "the raid on Mueda" is not the patrol ambushed 15 km outside the town
    if mention.type in ("rally", "visit", "meeting"):
        return bool(
            (mention.places and event.places and mention.places[0] is event.places[0])
            or (mention.date and event.date)
        )
    return True


def _rest_of_the_group(event: EventDraft, mention: EventDraft) -> bool:
    """ "Troops raided a house in X and killed three militants. Two other suspects were detained":
    a verb whose people are counted as the rest of a group (``rest_of_group_words`` in
    ``coreference.yaml``: "two others", "a fourth man"), with no day or place of its own, told in
    the sentence after a security action or in its own sentence, is that action's doing."""
    trigger = mention.trigger
    if event.type != "military_action" or trigger.pos_ != "VERB":
        return False
    sent = mention.sent
    if any(sent.start_char <= m.start < sent.end_char for p in mention.own_places for m in p.mentions):
        return False  # a place its own sentence names (not one carried from the scene told before)
    if _date_words(mention) is not None or not any(m.i < trigger.i for m in event.mentions):
        return False
    if _sentences_between(event, mention) > 1:
        return False
    people = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    words = frozenset(_lexicon().get("rest_of_group_words", []))
    return any(
        p.lower_ in words or any(c.dep_ == "amod" and c.lower_ in words for c in p.children) for p in people
    )


_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def _claims_of_acts_apart(event: EventDraft, mention: EventDraft, geo: dict[int, Place]) -> bool:
    """Two claims whose words put the claimed acts in towns or sites that cannot be one scene ("its
    fighters destroyed a base near X", "it ambushed a convoy near Y", 80 km away): claims of two
    acts, even by one group in one message."""
    if not event.places or not mention.places:
        return False
    first, other = event.places[0], mention.places[0]
    coarse = PLACE_RANK["admin"]
    if min(PLACE_RANK.get(p.subtype or "city", 2) for p in (first, other)) <= coarse:
        return False
    return not places_compatible(first, other, geo)


def _new_day_elsewhere(event: EventDraft, mention: EventDraft, geo: dict[int, Place]) -> bool:
    """A mention of a later sentence, not referring back ("an explosion", "gunmen killed"), with a
    day written in its sentence and a place in its clause that cannot be the earlier event's: a
    happening of its own, though the place hangs on the sentence's verb rather than on the mention
    ("a post at X came under attack late on Sunday": the clause of "came")."""
    words = _date_words(mention)
    if (
        definite(mention)
        or mention.sent.start == event.sent.start
        or mention.own_places
        or not mention.places
        or not event.places
        or words is None
        or reported_day(mention)
    ):
        return False
    clause = _clause_of(mention.trigger)
    place = mention.places[0]
    in_clause = any(
        clause in tok.ancestors
        for m in place.mentions
        if mention.sent.start_char <= m.start < mention.sent.end_char
        and (tok := _token_at(mention.sent, m.start)) is not None
    )
    return in_clause and not places_compatible(event.places[0], place, geo)


def _clause_of(trigger: Token) -> Token:
    """The word whose phrase holds a mention's scene: the verb of a subject ("a blast hit a bus
    near X") or of a prepositional object ("a post at X came under attack"), else the trigger."""
    if trigger.dep_ in ("nsubj", "nsubjpass"):
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.pos_ == "VERB":
        return trigger.head.head
    return trigger


def _token_at(sent: Span, char: int) -> Token | None:
    """The token of ``sent`` that starts at character offset ``char`` (None if none does)."""
    return next((t for t in sent if t.idx == char), None)


def _introduced_with_scene(mention: EventDraft) -> bool:
    """ "An air strike on Wednesday in the X hills killed two fighters": a noun introduced by an
    indefinite article, with a day written in its sentence and a place of its own, brings in a
    happening; it does not retell an undated one told before the sentence just before it."""
    trigger = mention.trigger
    return (
        mention.type in VIOLENT_TYPES
        and trigger.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children)
        and bool(mention.own_places)
        and _date_words(mention) is not None
        and not reported_day(mention)
    )


def _rescue_by_the_raid(event: EventDraft, mention: EventDraft) -> bool:
    """ "Commandos stormed the guesthouse at dawn ... All eleven hostages were freed": the freeing
    told next, with no day or place of its own, is what the raid did (``rescue_verbs`` of
    ``coreference.yaml``), not a rescue of its own."""
    words = _lexicon().get("rescue_verbs", [])
    if _sentences_between(event, mention) > 2:
        return False
    if mention.trigger.lemma_.lower() in words and any(event_family(m) == "force" for m in event.mentions):
        return not mention.own_places and _date_words(mention) is None
    # a standfirst's "Commandos freed eleven hostages" with no day or place, before the lead's raid
    return (
        event.trigger.lemma_.lower() in words
        and event_family(mention.trigger) == "force"
        and not event.places
        and event.date is None
    )


def _fights_told_twice(event: EventDraft, mention: EventDraft) -> bool:
    """ "... two bandits died in an encounter with a patrol at X. The firefight lasted an hour": a
    fight noun (``fight_nouns`` of events.yaml: encounter, firefight, clash, gunfight) told again
    by another fight noun names one fight, though "encounter" also names the search it broke out
    in (its family); the later gates (day, place, told as another) still apply."""
    fights = event_words("fight_nouns")

    def fight(token: Token) -> bool:
        return token.pos_ == "NOUN" and token.lemma_.lower() in fights

    return fight(mention.trigger) and any(fight(m) for m in event.mentions)


def _during_it(event: EventDraft, mention: EventDraft) -> bool:
    """ "Troops conducted an operation near X. During the operation, six militants were killed": a
    mention framed by "during" the happening's own noun, pointed back to, is part of it."""
    for prep in mention.trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "during":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
                for c in noun.children
            ):
                continue
            if any(
                m.i == noun.i or (m.lemma_ == noun.lemma_ and m.pos_ == noun.pos_) for m in event.mentions
            ):
                return True
    return False


def _told_in_its_fighting(event: EventDraft, mention: EventDraft) -> bool:
    """ "Troops captured the town, in fighting in which 17 militants were killed": a mention told
    inside the "in"/"during" phrase of a verb the happening was told by, in the same sentence, is
    what that happening did."""
    trigger = mention.trigger
    for told in event.mentions:
        if told.pos_ != "VERB" or sentence_start(told.doc, told.i) != sentence_start(trigger.doc, trigger.i):
            continue
        for prep in told.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for noun in prep.children:
                if (
                    noun.dep_ == "pobj"
                    and noun.i != trigger.i
                    and noun.left_edge.i <= trigger.i <= noun.right_edge.i
                ):
                    return True
    return False


def _one_doing(event: EventDraft, mention: EventDraft) -> bool:
    """ "Troops raided two farms and detained six men", "police shot the man and held him",
    "killed nine in an operation near X": in one sentence, a verb coordinated with a verb the
    happening was told by under the same subject (it names no subject of its own), or a verb and
    the noun its ``frame_preps`` phrase names, tell one happening, whatever the kind of each
    word (a raid and an arrest, a killing and a sweep). A verb with a subject of its own ("...,
    while police in Y arrested six") starts another frame."""
    trigger = mention.trigger
    start = sentence_start(trigger.doc, trigger.i)
    for told in event.mentions:
        if told.i == trigger.i or sentence_start(told.doc, told.i) != start:
            continue
        if (
            _conjoined_under_one_subject(told, trigger)
            or _framed_by(told, trigger)
            or _framed_by(trigger, told)
        ):
            return True
    return False


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _conjoined_under_one_subject(first: Token, second: Token) -> bool:
    """Whether two verbs are coordinated (one reached from the other by ``conj`` links) and
    every verb coordinated after the first names no subject of its own."""
    if first.pos_ != "VERB" or second.pos_ != "VERB":
        return False
    early, late = sorted((first, second), key=lambda t: t.i)
    verb = late
    while verb.dep_ == "conj" and verb.i != early.i:
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return False
        verb = verb.head
    return verb.i == early.i


def _framed_by(verb: Token, noun: Token) -> bool:
    """Whether ``noun`` is the object of a ``frame_preps`` preposition hanging on ``verb`` or on
    a verb coordinated with it under its subject ("killed nine and seized rifles [in an
    operation]")."""
    preps = _lexicon().get("frame_preps", [])
    if verb.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in preps:
        return False
    return prep.head.i == verb.i or (
        prep.head.pos_ == "VERB" and _conjoined_under_one_subject(verb, prep.head)
    )


def _one_doing_scene(event: EventDraft, mention: EventDraft, geo: dict[int, Place]) -> bool:
    """Whether the day and place each of two words of one doing gives agree (an absent one
    agrees): "raided a farm in X and arrested two in Y" with Y not containing X, or a day of
    its own that differs, tells two happenings."""
    if event.date and mention.date and not dates_compatible(event.date, mention.date, exact=True):
        return False
    if not (event.places and mention.own_places):
        return True
    told, own = event.places[0], mention.own_places[0]
    return places_compatible(told, own, geo) and not _district_beside_town(told, own, geo)


def _sentences_between(event: EventDraft, mention: EventDraft) -> int:
    """How many sentences the mention's sentence lies after the last sentence of ``event``."""
    last = max(
        (m for m in event.mentions if m.i < mention.trigger.i), key=lambda m: m.i, default=event.trigger
    )
    count = 0
    sent = last.sent
    doc = sent.doc
    while sent.end <= mention.sent.start and count <= 3:
        sent = doc[sent.end].sent
        count += 1
    return count


def _same_word(event: EventDraft, mention: EventDraft) -> bool:
    """ "killed 12 militants in an operation ... The operation followed ...": a definite noun
    repeating the word of a mention the happening was told by (its family may be read off
    another verb nearby, but the word is the same)."""
    word = mention.trigger
    return definite(mention) and any(m.lemma_ == word.lemma_ and m.pos_ == word.pos_ for m in event.mentions)


def _other_older_one(event: EventDraft, mention: EventDraft) -> bool:
    """Two older happenings, the later one recalled with a coarser date of its own and a place of
    its own ("since August, when fighters killed 16 ... The group also claimed last year's
    bombing of a compound in X"): a retelling would name the month again ("the August
    bombing"), so they are two (but "the 2023 killing in X ... was shot dead in Y in June 2023",
    a finer date told after a coarser one, is one)."""
    if not (event.background and mention.background and event.date and mention.date):
        return False
    coarser = _PRECISION_RANK.get(mention.date.precision, 2) < _PRECISION_RANK.get(event.date.precision, 2)
    return coarser and bool(mention.own_places)


def _quote_goes_on(event: EventDraft, mention: EventDraft) -> bool:
    """One speaker, one statement: 'X condemned the raid on Monday. "Whoever ...," he said.',
    'X condemned the raid. He pledged compensation for the families.' The words the next
    sentence gives to the same speaker by a pronoun (a quote, a statement verb, or a reporting
    verb of going on: "he added that ..."; a plain "he said that ..." may tell news of its own),
    or a quote it gives by name to that speaker or to a member of the body that spoke ("The
    party accused the police ... '...,' party senator X said"), with no other day of its own,
    go on with that statement; so do words said "in the same statement" (any ``formal_media``
    noun), wherever told, with the statement told last."""
    trigger = mention.trigger
    if _in_the_same_medium(mention.sent) and _speaker_words(trigger):
        return True  # "X said in the same statement that ...": the statement told last
    if not mention.actors or not (
        _same_speaker(event.actors, mention.actors) or _member_speaks(event, mention)
    ):
        return False
    own_day = mention.date.iso if mention.date is not None and _date_words(mention) is not None else None
    if own_day is not None and event.date is not None and event.date.iso != own_day:
        return False  # words said on another day
    if _speaker_told_before(mention) and _speaker_words(trigger.head):
        trigger = trigger.head  # '"...," she said, promising that ...': the quote's own verb speaks
    if not _speaker_words(trigger):
        return False
    sent = mention.sent
    pronoun = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in trigger.children)
    quoted = trigger.lemma_.lower() in reporting_verbs() and any(t.is_quote for t in sent if t.i < trigger.i)
    going_on = trigger.lemma_.lower() in _lexicon().get("continuing_report_verbs", [])
    if pronoun and trigger.lemma_.lower() in reporting_verbs() and not (quoted or going_on):
        return False  # "She said she would urge the council to ...": a reported clause may tell news
    if sent.start == 0 or not (pronoun or quoted):
        return False
    before = sent.doc[sent.start - 1].sent
    return any(before.start <= t.i < before.end for t in event.mentions)


def _speakers_noun(event: EventDraft, mention: EventDraft) -> bool:
    """ "X condemned the bombing but repeated her government's accusation that ...": a statement
    noun that is the object of the statement's own verb, or of a verb joined to it with no subject
    of its own, is more of the speaker's words (with no other speaker named for it)."""
    noun, verb = mention.trigger, event.trigger
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    named = {id(a) for a in mention.actors}
    if named and not (named <= {id(a) for a in event.actors} or _same_speaker(event.actors, mention.actors)):
        return False
    head = noun.head
    while (
        head.i != verb.i
        and head.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        head = head.head
    return head.i == verb.i


def _member_speaks(event: EventDraft, mention: EventDraft) -> bool:
    """ "The party accused ... '...,' party senator X said": the speaker's own phrase names the
    body (not a state) that made the statement told before; its member speaks for it."""
    bodies = [a for a in event.actors if a.type == "ORG"]
    subjects = [c for c in mention.trigger.children if c.dep_ == "nsubj"]
    if not bodies or not subjects or any(a.type == "PERSON" for a in event.actors):
        return False
    # (matched by its words: the tagger may miss the name in the speaker's title)
    phrases = [fold(s.doc[s.left_edge.i : s.i + 1].text) for s in subjects]
    names = {fold(n) for body in bodies for n in (body.name, *body.forms.values())}
    return any(re.search(rf"\b{re.escape(n)}\b", p) for n in names if len(n) > 1 for p in phrases)


def _speaker_words(verb: Token) -> bool:
    """A reporting verb ("said", "told") or a statement verb ("pledged", "urged") of the lexicon."""
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and (
        lemma in reporting_verbs() or lemma in event_ontology()["types"]["statement"]["verbs"]
    )


def _same_speaker(told: list[EntityCluster], more: list[EntityCluster]) -> bool:
    """Whether two statements' actors name one speaker: a person or body they share (not a
    state: "Tehran" speaks through many mouths), and no two different persons."""
    shared = {id(a) for a in told if a.type != "PLACE"} & {id(a) for a in more if a.type != "PLACE"}
    people = {id(a) for a in told if a.type == "PERSON"}, {id(a) for a in more if a.type == "PERSON"}
    return bool(shared) and (not people[0] or not people[1] or bool(people[0] & people[1]))


@cache
def _same_medium() -> re.Pattern[str]:
    media = statement_cues()["formal_media"]
    return re.compile(r"\b(?:the|that) same (?:" + "|".join(map(re.escape, media)) + r")\b", re.I)


def _in_the_same_medium(sent: Span) -> bool:
    """ "X said in the same statement", "in that same video": words put out with a statement told before."""
    return _same_medium().search(sent.text) is not None


def _spokesperson_goes_on(
    mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]
) -> EventDraft | None:
    """ "In a statement on Monday, the command said it had lost no one. Its spokesman, X, called the
    soldiers mercenaries": an undated statement whose speaker is a spokesperson (``spokesperson_words``
    of ``coreference.yaml``), told in the sentence right after, in the same paragraph, a statement or
    claim dated by a day written out, was made with it: that one's (dated) mention, else None."""
    if mention.type != "statement" or mention.date is not None or mention.sent.start == 0:
        return None
    subject = next((c for c in mention.trigger.children if c.dep_ == "nsubj"), None)
    words = set(_lexicon().get("spokesperson_words", []))
    if subject is None or not any(t.lemma_.lower() in words for t in subject.subtree):
        return None
    sent = mention.sent
    before = sent.doc[sent.start - 1].sent
    if "\n" in doc_text(sent.doc)[before.start_char : sent.start_char]:
        return None
    return next(
        (
            m
            for m, _ in reversed(read)
            if m.sent.start == before.start and m.type in ("statement", "claim") and _written_day(m.date)
        ),
        None,
    )


#: Subjects that name the doer of the sentence before again ("He also banned ...").
_DOER_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _also_done(mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]) -> EventDraft | None:
    """ "On Tuesday the governor banned lorries from the road. He also banned the sale of fuel in
    cans": an undated measure or statement whose verb says "also", its doer a pronoun for the doer
    of a dated one of the same type told in the sentence right before (or that doer by name), was
    done with it: that one's (dated) mention, else None."""
    if mention.type not in ("sanction", "statement") or mention.date is not None or mention.sent.start == 0:
        return None
    trigger = mention.trigger
    if trigger.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in trigger.children):
        return None
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    sent = mention.sent
    before = sent.doc[sent.start - 1].sent
    if "\n" in doc_text(sent.doc)[before.start_char : sent.start_char]:
        return None  # (another paragraph)
    for told, _ in reversed(read):
        if told.sent.start != before.start or told.type != mention.type or told.date is None:
            continue
        shared = set(map(id, told.actors)) & set(map(id, mention.actors))
        same_doer = subject.lower_ in _DOER_PRONOUNS or bool(shared)
        return told if same_doer else None
    return None


def _claimed_in_the_same_medium(
    mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]
) -> EventDraft | None:
    """ "In a message put out on Friday X said its men overran a depot. In the same message X took
    credit for hitting a patrol.": a claim with no day of its own for its saying, put out
    "in the same" medium (``formal_media``) as a claim told before with a date, was made with it (the
    day in its content is the claimed act's): that claim's mention, else None."""
    if mention.type != "claim" or not _in_the_same_medium(mention.sent):
        return None
    said = mention.trigger
    if any(
        t.ent_type_ in ("DATE", "TIME")
        for c in said.children
        if c.dep_ in ("npadvmod", "prep", "tmod")
        for t in c.subtree
    ):
        return None  # "said Friday, in that same message, ...": its own day
    return next(
        (
            m
            for m, _ in reversed(read)
            if m.type == "claim" and m.sent.start < mention.sent.start and m.date is not None
        ),
        None,
    )


def _said_on_the_occasion(mention: EventDraft, events: list[EventDraft]) -> EventDraft | None:
    """ "X visited the wounded at the hospital on Monday. '...,' he told reporters there.": words a
    pronoun (or the same person) says in the sentence right after a visit or meeting that a person
    made were said on that occasion, on its day and at its place (unless they name another day):
    the visit or meeting (the last one that sentence tells), else None."""
    trigger = mention.trigger
    if mention.type != "statement" or mention.sent.start == 0 or not _speaker_words(trigger):
        return None
    before = mention.sent.doc[mention.sent.start - 1].sent
    told = [
        e
        for e in events
        if e.type in ("visit", "meeting")
        and not e.background
        and any(before.start <= t.i < before.end for t in e.mentions)
        and any(a.type == "PERSON" for a in e.actors)
    ]
    if not told:
        return None
    occasion = max(told, key=lambda e: max(t.i for t in e.mentions if before.start <= t.i < before.end))
    own_day = mention.date.iso if mention.date is not None and _date_words(mention) is not None else None
    if own_day is not None and (occasion.date is None or occasion.date.iso != own_day):
        return None  # "Back in the capital on Friday, she told reporters ...": another day, another occasion
    people = {id(a) for a in occasion.actors if a.type == "PERSON"}
    pronoun = any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in trigger.children)
    if pronoun or people & {id(a) for a in mention.actors}:
        return occasion
    return None


def _speaker_told_before(mention: EventDraft) -> bool:
    """A statement verb with no subject of its own, after the sentence's speaker ("..., vowing to
    pursue them", "... and promised ..."): the same speaker goes on."""
    trigger = mention.trigger
    # ("denounced the massacre, promised to ... and warned": a verb of the list the parser left "dep")
    listed = trigger.dep_ == "dep" and trigger.head.pos_ == "VERB" and trigger.head.i < trigger.i
    return (
        trigger.pos_ == "VERB"
        and (trigger.dep_ in ("advcl", "conj", "xcomp") or listed)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    )


def _hung_on_the_statement(event: EventDraft, mention: EventDraft) -> bool:
    """'"...," he told reporters in the capital, urging the state to send troops': a statement
    verb with no subject of its own (:func:`_speaker_told_before`) hung on the trigger of a
    statement of the same sentence speaks with that statement's speaker, whoever the actor stage
    read for it (in either order the two were read)."""
    if _speaker_told_before(mention) and any(m.i == mention.trigger.head.i for m in event.mentions):
        return True
    return _speaker_told_before(event) and event.trigger.head.i == mention.trigger.i


#: A sentence opening on the day told just before: "The same day, ...", "That day, ...".
_SAME_DAY_OPENING = re.compile(r"(?:the|that)\s+(?:same\s+)?day\b", re.I)


def _same_day_as_said(mention: EventDraft, base: EventDraft) -> bool:
    """ "X said on Thursday during a visit to Y ... The same day, troops raided a camp": a sentence
    opening on "the same day" right after a statement dated by a day written out is on that day,
    not on the day of the violent happening told before the statement."""
    if not _written_day(base.date):
        return False
    sent = mention.sent
    opening = doc_text(sent.doc)[sent.start_char : sent.end_char].lstrip(" \"'“‘")
    return _SAME_DAY_OPENING.match(opening) is not None


def _apart(own: DateValue | None, anchored: DateValue) -> bool:
    """Whether two dates lie in different years ("2024-01" and "2026-07-07"): no count of hours,
    days or months from a happening told before reaches a year written out in the clause."""
    return own is not None and own.iso[:4] != anchored.iso[:4]


def _finer_within(own: DateValue | None, anchored: DateValue) -> DateValue:
    """ "In May that year": the mention's own month or day when it lies within the period the
    anchored expression gives (the year told before), else the anchored date."""
    if own is not None and own.iso != anchored.iso and own.iso.startswith(anchored.iso + "-"):
        return own
    return anchored


#: "that year", "the following year": a year counted from one told before, and by how many years.
_TOLD_YEAR = re.compile(
    r"\b(?:(?P<same>that|the\s+same|that\s+same)|(?P<next>the\s+following|the\s+next)"
    r"|(?P<previous>the\s+previous))\s+year\b",
    re.I,
)
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _within_told_year(mention: EventDraft, anchored: DateValue | None) -> DateValue | None:
    """ "Y was cleared in 2022. In October that year, ...": the year an expression of the
    mention's sentence counts from is the one the text last wrote before it (in that sentence or
    the one before), not that of the happening told last (``anchored``, the date counted from
    it, None when none was); "In May that year": the month the sentence names within that year,
    at month precision. ``anchored`` itself when it is no year, or when the text writes none."""
    if anchored is not None and anchored.precision != "year":
        return anchored
    sent = mention.sent
    doc, text = sent.doc, doc_text(sent.doc)
    told = _TOLD_YEAR.search(text, sent.start_char, sent.end_char)
    year = anchored.iso[:4] if anchored is not None else None
    if told is not None:
        before = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        written = _WRITTEN_YEAR.findall(text, before, told.start())
        if written:
            step = 1 if told.group("next") else -1 if told.group("previous") else 0
            year = str(int(written[-1]) + step)
    if year is None:
        return None
    month = month_of_told_year(text[sent.start_char : sent.end_char])
    if month is None:
        if anchored is not None and year == anchored.iso[:4]:
            return anchored
        return DateValue(iso=year, precision="year", text=None, relative=True)
    return DateValue(iso=f"{year}-{month:02d}", precision="month", text=None, relative=True)


#: "that month", "the following month", "a month later": a month counted from one told before, and
#: by how many months.
_TOLD_MONTH = re.compile(
    r"\b(?:(?:(?P<same>that|the\s+same|that\s+same)|(?P<next>the\s+following|the\s+next)"
    r"|(?P<previous>the\s+previous))\s+month|a\s+month\s+(?:(?P<later>later)|(?P<earlier>earlier)))\b",
    re.I,
)


def _within_told_month(
    mention: EventDraft, anchored: DateValue | None, events: list[EventDraft]
) -> DateValue | None:
    """ "Every raid recalls May 2003. That month, gunmen ...": the month an expression of the
    mention's sentence counts from is the last one the text wrote out with its year before it (in
    that sentence or the one before), not that of the happening told last (``anchored``); None
    when the text writes none there, when the month written is ``anchored``'s own, or when it is
    the month of a happening told there ("signed a truce on 2 June ending a blockade begun in March
    2009. That same month, ...": the main happening's month is counted from, as ``_anchor_date``
    finds it)."""
    sent = mention.sent
    doc, text = sent.doc, doc_text(sent.doc)
    told = _TOLD_MONTH.search(text, sent.start_char, sent.end_char)
    if told is None:
        return None
    before = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    written = [
        d.value
        for d in sorted(find_dates(text[before : told.start()], None), key=lambda d: d.span.start)
        if not d.value.relative and d.value.precision in ("day", "month")
    ]
    if not written:
        return None
    month = written[-1].iso[:7]
    told_there = [e for e in events if any(before <= t.idx < told.start() for t in e.mentions)]
    if any(e.date is not None and e.date.iso[:7] == month for e in told_there):
        return None
    step = (
        1
        if told.group("next") or told.group("later")
        else -1
        if told.group("previous") or told.group("earlier")
        else 0
    )
    value = _shift(DateValue(iso=month, precision="month"), "month", step)
    if anchored is not None and anchored.iso[:7] == value.iso:
        return None
    return DateValue(iso=value.iso, precision="month", text=None, relative=True)


def _anchor_date(
    mention: EventDraft,
    events: list[EventDraft],
    read: list[tuple[EventDraft, EventDraft]],
    news_day: date | None = None,
) -> tuple[DateValue, EventDraft] | None:
    """The date a relative expression gives, and the happening it counts from.

    Another mention of the same sentence first ("The strike came two days
    after ..."), then the most recently told happening; a current violent
    happening told with no day of its own counts from ``news_day``.
    """
    if mention.anchor is None:
        return None
    unit, days = mention.anchor
    this_sentence = {id(event) for m, event in read if m.sent.start == mention.sent.start}
    if (
        mention.offset
        and definite(mention)
        and all(c.dep_ in ("det", "poss") for c in mention.trigger.children)
        and not _counted_frame(mention)
        and any(e.type == mention.type and not e.background and id(e) not in this_sentence for e in events)
    ):
        # "said the men had travelled there two days before the attack": the attack told before is
        # the day counted from, not a happening dated by the travel
        return None
    named = _frame_scene_event(mention, events) if mention.offset and _counted_frame(mention) else None
    if named is not None and named.date is not None:
        return _shift(named.date, unit, days), named  # "Two days before the raid on X, ...": that raid's day
    if mention.offset:  # "The raid came three days after ...": the clause it hangs on
        # a sibling offset ("three months after X, and eight months after Y") counts from the same clause
        ordered = [event for m, event in reversed(read) if id(event) in this_sentence and not m.offset]
        framed = _counted_frame(mention)
        if not any(e.date for e in ordered) and (
            (days < 0 and not framed) or (days > 0 and framed) or (framed and _frame_names_anaphor(mention))
        ):
            # "The bloodshed came three months after ...", "Three days after the raid, ...": the
            # happening told last
            ordered += [e for e in reversed(events) if id(e) not in this_sentence and not e.background]
    else:  # "the next morning", "that same month": a happening told before this sentence
        told_before = [event for m, event in read if m.sent.start < mention.sent.start]
        ordered = [e for e in reversed(events) if id(e) not in this_sentence or e in told_before]
        # the happening whose last mention before this one came last ("The raid came a week after a
        # bombing in X. Two days before that, ...": the bombing, though the raid was told first)
        # (of two told last in one sentence, the one that sentence dates: "On June 9 raiders struck X,
        # abducting four" - a clause read into another happening does not make that one the last)
        ordered.sort(key=lambda e: _told_last(e, mention, read), reverse=True)
        # "in July a drone killed a man, and jets bombed the port the next day": an earlier
        # clause of the same sentence that dates a happening of its own comes first
        earlier_here = [
            event
            for m, event in reversed(read)
            if m.sent.start == mention.sent.start
            and m.trigger.i < mention.trigger.i
            and m.date is not None
            and m.anchor is None
            and event.type != "statement"
        ]
        ordered = earlier_here + [e for e in ordered if e not in earlier_here]
    dated = [e for e in ordered if e.date is not None]
    if not dated:
        current = next((e for e in ordered if not e.background and e.type in VIOLENT_TYPES), None)
        if current is None or news_day is None:
            return None
        # the happening told last has no day of its own yet: it will take the news day
        return _shift(DateValue(iso=news_day.isoformat(), precision="day"), unit, days), current
    base = dated[0]
    if (
        mention.type in VIOLENT_TYPES
        and base.type in ("statement", "claim")
        and not _same_day_as_said(mention, base)
    ):
        # "The minister vowed on Monday to respond ... Jets struck within hours": a strike
        # counts from the violent happening told before, not from what was said about it
        # (and a claim recalled of an older attack counts from that older attack)
        base = next((e for e in dated if e.type in VIOLENT_TYPES and e.background == base.background), base)
    if not mention.offset:
        # "At talks on May 15 they agreed to end a closure imposed in 2011. That same month, ...":
        # the month of the sentence's main happening, not of one told in a clause in passing
        last = {id(event): m for m, event in read}
        # (not "since 3 May, when gunmen overran a base. The next day, ...": a "when" clause after
        # a date tells that date's happening, which the story goes on with)
        if _in_passing(last.get(id(base))) and not _when_clause(last[id(base)]):
            told = last[id(base)].sent.start
            main = [e for e in dated if last.get(id(e)) is not None and last[id(e)].sent.start == told]
            lead = next((e for e in main if not _in_passing(last[id(e)])), base)
            older = (
                lead.date is not None and base.date is not None and base.date.as_date() < lead.date.as_date()
            )
            if not (days < 0 and older):
                # not "The raid came a week after a bombing in X. Two days before that, ...": a count
                # back from the older happening of a chain goes on from it
                base = lead
    return (
        (_shift(base.date, unit, days, keep_month=not mention.offset), base)
        if base.date is not None
        else None
    )


def _told_last(
    event: EventDraft, mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]
) -> tuple[int, bool, int]:
    """How late ``event`` was told before ``mention``: the sentence of its last mention before it,
    whether that sentence dates the event (one of its mentions there has the event's date), and
    the mention's token."""
    last = max((t.i for t in event.mentions if t.i < mention.trigger.i), default=-1)
    if last < 0:
        return (-1, False, -1)
    start = mention.sent.doc[last].sent.start
    dated_there = event.date is not None and any(
        e is event and m.sent.start == start and m.date is not None and m.date.iso == event.date.iso
        for m, e in read
    )
    return (start, dated_there, last)


def _yardstick(mention: EventDraft) -> bool:
    """A happening named only as the measure of another ("the deadliest since the 2015 siege of X",
    "worse than the 2019 bombing"): the object of a preposition of ``yardstick_prepositions``
    (coreference.yaml)."""
    preps = frozenset(str(w).lower() for w in _lexicon().get("yardstick_prepositions") or ())
    trigger = mention.trigger
    return trigger.dep_ == "pobj" and trigger.head.lower_ in preps


def _background_goes_on(mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]) -> EventDraft | None:
    """The older happening whose story an undated mention goes on with: the sentence just before
    it, in the same paragraph, told older (background) happenings only, and the mention has no day,
    count of days, place or definite article of its own to say it is the report's news ("In
    March 2019, raiders overran the depot. 40 guards died ..."). None otherwise."""
    if mention.type not in (*VIOLENT_TYPES, "claim"):
        return None  # (a reaction told next is the report's own: "X welcomed the decision")
    if mention.date is not None or mention.anchor is not None or mention.own_places or definite(mention):
        return None
    sent = mention.sent
    if sent.start == 0 or secondary_mention(mention):
        return None
    before = sent.doc[sent.start - 1].sent
    if "\n" in doc_text(sent.doc)[before.start_char : sent.start_char]:
        return None  # a new paragraph
    if not any(m.sent.start == before.start for m, _ in read) and before.start > 0:
        # "In May 2011 rebels took a police post. A column came up the next morning. Nine
        # guards had died, ...": one sentence telling no happening between goes on with the story too
        above = sent.doc[before.start - 1].sent
        if "\n" not in doc_text(sent.doc)[above.start_char : before.start_char]:
            before = above
    # (the mentions of its own sentence told first went on with it too)
    told = [(m, e) for m, e in read if m.sent.start in (before.start, sent.start)]
    if not any(m.sent.start == before.start for m, _ in told):
        return None
    if not all(e.background and e.date is not None for _, e in told):
        return None
    if all(_yardstick(m) for m, _ in told):
        return None  # "... as deadly since the 2017 massacre at X. The group later said ...": a measure
    return told[-1][1]


def _those_told_before(mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]) -> EventDraft | None:
    """ "In May 2021, raiders struck chapels in three towns. Dozens died in
    those raids": "those" with a plural noun and no day of its own points back to the happening
    of its kind told last, in its sentence or the one before; when that one is an older
    (background) happening, the mention tells it, not the report's news. None otherwise."""
    trigger = mention.trigger
    if mention.type not in VIOLENT_TYPES or mention.date is not None or mention.background:
        return None
    nouns = _trigger_and_frame_nouns(trigger)  # ("died in those raids")
    if not any(
        n.tag_ in ("NNS", "NNPS") and any(c.dep_ == "det" and c.lower_ == "those" for c in n.children)
        for n in nouns
    ):
        return None
    sent = mention.sent
    told = [(m, e) for m, e in read if m.sent.start <= sent.start and m.type == mention.type]
    if not told:
        return None
    last, event = told[-1]
    if last.sent.start < sent.start and doc_text(sent.doc)[last.sent.end_char : sent.start_char].strip():
        return None  # not the sentence just before
    return event if event.background and event.date is not None else None


#: Dependencies by which a verb's clause hangs on the verb whose happening it goes on telling:
#: a participle ("struck X, killing 32"), a joined verb ("stormed X and killed 20"), an open complement.
_GOING_ON_DEPS = frozenset({"advcl", "conj", "xcomp"})


def _clause_of_older(mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]) -> EventDraft | None:
    """The older happening an undated violent verb mention tells more of in its own sentence: its
    verb hangs (as a participle, a joined verb, a complement or a clause of time) on the verb of a
    violent mention read just before whose happening is dated background ("since March 22, 2016,
    when bombers struck the airport, killing 32 people": the killing is that strike's; "in May
    2019, when gunmen laid siege to the city after soldiers detained X": the arrest is of that
    time too). None otherwise."""
    if mention.type not in VIOLENT_TYPES or mention.date is not None or mention.background:
        return None
    verb = mention.trigger
    if verb.pos_ != "VERB" or mention.anchor is not None:
        return None
    for told, event in reversed(read):
        if told.sent.start != mention.sent.start:
            break
        if _in_relative_clause_of(verb, told.trigger) and event.type in VIOLENT_TYPES:
            # "the 2011 siege of the hotel, in which nine died after gunmen stormed the lobby": the
            # ramming is told inside the older noun's own clause
            return event if event.background and event.date is not None else None
    if verb.dep_ not in _GOING_ON_DEPS:
        return None
    head = verb.head
    for told, event in reversed(read):
        if told.sent.start != mention.sent.start:
            break
        carrier = told.trigger.head if told.trigger.dep_ == "dobj" else told.trigger  # "laid siege to X"
        if head.i in (told.trigger.i, carrier.i) and event.type in VIOLENT_TYPES:
            return event if event.background and event.date is not None else None
    return None


def _in_relative_clause_of(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` is told inside a relative clause (or a clause it heads) that hangs on the
    violent noun ``noun`` ("the raid, in which nine died after gunmen stormed ...")."""
    if noun.pos_ not in ("NOUN", "PROPN") or verb.i <= noun.i:
        return False
    node = verb
    for _ in range(4):
        if node.head is node or node.head.i == noun.i:
            break
        node = node.head
    return node.head.i == noun.i and node.dep_ == "relcl"


def _at_the_scene(mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]) -> None:
    """ "Troops killed two gunmen in a shootout in X on Monday. A third was detained at the scene":
    an undated mention done "at the scene" takes the day and place of the violent happening told
    just before it (``read``: the mentions read so far with their events). Changes ``mention``."""
    if mention.date is not None or mention.own_places:
        return
    if not any(
        prep.dep_ == "prep"
        and prep.lower_ == "at"
        and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "scene" and any(d.lower_ == "the" for d in g.children)
            for g in prep.children
        )
        for prep in mention.trigger.children
    ):
        return
    before = [
        e
        for m, e in read
        if m.sent.start < mention.sent.start and e.type in VIOLENT_TYPES and e is not mention
    ]
    if not before or before[-1].date is None:
        return
    scene = before[-1]
    mention.date = scene.date
    if scene.places:
        mention.own_places = scene.places[:1]
        mention.places = _lead_with(scene.places[:1], mention.places)


def _frame_names_anaphor(mention: EventDraft) -> bool:
    """ "Two weeks before the shooting, a policeman was stabbed": the opening frame counts back from
    a happening it names by a definite noun ("the shooting", "Sunday's attack"), one told before."""
    sent = mention.sent
    text = doc_text(sent.doc)
    comma = text.find(",", sent.start_char, sent.end_char)
    if comma < 0 or mention.trigger.idx < comma:
        return False
    frame = sent.doc.char_span(sent.start_char, comma, alignment_mode="expand")
    return frame is not None and any(
        t.pos_ == "NOUN"
        and t.dep_ == "pobj"
        and t.head.lower_ in ("before", "after")
        and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children)
        for t in frame
    )


def _frame_scene_event(mention: EventDraft, events: list[EventDraft]) -> EventDraft | None:
    """The dated happening an opening frame names by its place ("Three days before the Agatu
    raid, ..."): the one told most recently whose first place is named inside the frame."""
    sent = mention.sent
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    counted = _COUNTED.match(text)
    comma = text.find(",", counted.end()) if counted is not None else -1
    if counted is None or comma < 0:
        return None
    low, high = sent.start_char + counted.end(), sent.start_char + comma
    for event in reversed(events):
        if event.date is None or not event.places:
            continue
        if any(low <= m.start < high for m in event.places[0].mentions):
            return event
    return None


def _when_clause(mention: EventDraft) -> bool:
    """Whether a mention's verb opens with "when" ("since May, when a bomb killed 20")."""
    return any(c.dep_ == "advmod" and c.lower_ == "when" for c in mention.trigger.children)


def _in_passing(mention: EventDraft | None) -> bool:
    """A mention told in a relative clause or in passing ("a curfew Chad imposed in 2019")."""
    if mention is None:
        return False
    trigger = mention.trigger
    if trigger.dep_ in ("dobj", "pobj") and trigger.head.dep_ in ("advcl", "relcl", "acl"):
        return True  # "..., ending a closure imposed in 2011": the object of a participle's clause
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.head.pos_ in ("VERB", "AUX"):
        return True  # "the missiles struck six sites, killing 26": the toll of the main clause's happening
    return trigger.dep_ in ("relcl", "acl") or told_in_passing(trigger)


#: How many sentences after a violent happening a search told without place or date is its sequel.
_SEQUEL_SENTENCES = 2


def _placed_before(
    draft: EventDraft, drafts: list[EventDraft], index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """The place of the nearest happening told before ``draft`` in the body (an attack or military
    action of this report, not a recollection, dated the same day), for a follow-up whose sentence
    names no place: the dateline is where the report was filed, the happening it continues is where
    this took place. Empty otherwise."""
    start = min(m.i for m in draft.mentions)
    best: EventDraft | None = None
    for other in drafts:
        if other is draft or other.background or other.type not in ("attack", "military_action"):
            continue
        first = min(m.i for m in other.mentions)
        if first < start and other.places and (best is None or first > min(m.i for m in best.mentions)):
            best = other
    if best is None or not _same_day(draft.date, best.date):
        return []  # "last month, a bomber killed 26 at the city's station": another happening's place
    named = (index.get(t.i) for t in draft.sent)
    if any(c is not None and c.type == "PLACE" and c.subtype in ("city", "site") for c in named):
        return []  # its sentence named towns the rules read in another role ("heading to X")
    return best.places[:1]


def _same_day(a: DateValue | None, b: DateValue | None) -> bool:
    """Both dated, to the same day (a day apart at most: "late on Tuesday ... early on Wednesday")
    or, at coarser precision, the same month or year."""
    if a is None or b is None:
        return False
    if a.precision != "day" or b.precision != "day":
        return a.iso[:7] == b.iso[:7] and a.precision == b.precision
    return abs((a.as_date() - b.as_date()).days) <= 1


def _follow_up_at_scene(doc: Doc, events: list[EventDraft]) -> None:
    """ "Troops later cordoned off the area and launched a search operation": a search or rescue
    told with no place and no date of its own, just after a violent happening, is at its scene
    (and on its day).

    ``events`` are in reading order; the search takes the place and date of the
    last current attack or military action told in the sentences just before.
    """
    starts = list(sentence_starts(doc))
    for k, draft in enumerate(events):
        if (
            draft.type != "military_action"
            or draft.background
            or draft.places
            or draft.date is not None
            or (event_family(draft.trigger) != "search" and not _sequel(draft))
            or all(told_in_passing(m) for m in draft.mentions)  # "returning from an operation"
        ):
            continue
        first = min(m.i for m in draft.mentions)
        here = bisect_right(starts, first)

        def told_before(event: EventDraft, first: int = first) -> int:
            """The last mention of ``event`` before the sequel (-1 if none)."""
            return max((m.i for m in event.mentions if m.i < first), default=-1)

        before = [
            e
            for e in events[:k]
            if e.type in ("attack", "military_action")
            and not e.background
            and e.places
            and told_before(e) >= 0
            and here - _SEQUEL_SENTENCES <= bisect_right(starts, told_before(e)) <= here
        ]
        if before:
            scene = max(before, key=told_before)
            draft.places = list(scene.places[:1])
            draft.date = scene.date


@cache
def _sequel_cues() -> re.Pattern[str]:
    words: list[str] = _lexicon().get("sequel_cues", [])
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.I)


def _sequel(draft: EventDraft) -> bool:
    """ "Troops killed 40 of the assailants in the counter-attack that followed": told as the sequel
    of the happening before it (the cues are in ``coreference.yaml``)."""
    return any(_sequel_cues().search(m.sent.text) for m in draft.mentions)


def _named_by_its_scene(mention: EventDraft, events: list[EventDraft]) -> EventDraft | None:
    """ "The toll from the Zirko attack rose to 11", "the assault on Zirko had cut the road": a
    definite event noun whose name-modifier, or the name its "on" / "against" phrase gives as
    attacked, is the place of a current happening of its type told before names that happening
    (whatever the tagger made of the name), not the last one told. The name is taken off the
    mention's actors."""
    trigger = mention.trigger
    if not definite(mention) or mention.background:
        return None
    names = [c for c in trigger.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < trigger.i]
    names += [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in ("on", "against") and c.i > trigger.i
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]
    if not names:
        return None
    words = {" ".join(t.text for t in c.subtree).lower() for c in names} | {c.text.lower() for c in names}
    for event in reversed(events):
        if event.type != mention.type or event.background:
            continue
        if not any(p.name.lower() in words for p in event.places):
            continue
        if event.date and mention.date and not dates_compatible(event.date, mention.date):
            continue
        mention.actors = [a for a in mention.actors if a.name.lower() not in words]
        return event
    return None


def _answered(mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]) -> EventDraft | None:
    """ "Soldiers sent to answer the assault shot two of the gunmen": an undated, unplaced
    action told as the sequel of an attack named before it in its own sentence answers that attack
    (the happening it joined), at its scene and on its day, not the last action told."""
    if mention.type != "military_action" or mention.date is not None or mention.own_places:
        return None
    if not _sequel_cues().search(mention.sent.text):
        return None
    for told, event in reversed(read):
        if (
            told.sent.start == mention.sent.start
            and told.trigger.i < mention.trigger.i
            and told.type == "attack"
            and event.type == "attack"
            and not event.background
            and event.date is not None
        ):
            return event
    return None


@cache
def _local_division_after() -> re.Pattern[str]:
    """A ``local_division_nouns`` word right after a place's name ("X district", "Y commune")."""
    words: list[str] = _lexicon().get("local_division_nouns", [])
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _province_or_wider(place: EntityCluster, geo: dict[int, Place], text: str) -> bool:
    """A country or a province rather than a town, site or district: an admin place not told with a
    ``local_division_nouns`` word ("X district") and not a division the gazetteer places below
    its first-level region."""
    if place.subtype == "country":
        return True
    if place.subtype != "admin":
        return False
    local = _local_division_after()
    if any(local.match(text, m.end) for m in place.mentions):
        return False
    known = geo.get(id(place))
    if known is None or not known.admin1:
        return True
    return _region_key(known.admin1) in _region_key(known.name)


def _repelled(mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]) -> EventDraft | None:
    """ "Gunmen shot a guard at a border post late on Monday. Three of the raiders died when
    soldiers shot back": an undated, unplaced military action that kills attackers
    (``kills_attackers``), told in the sentence right after one whose last happening is a current,
    dated attack (or in the same sentence after it), its sentence naming no town the attack was not
    told at, is the forces' answer to that attack, at its scene and on its day; not a
    retelling of another action told before it."""
    if mention.type != "military_action" or mention.date is not None or mention.own_places:
        return None
    if mention.anchor is not None or not kills_attackers(mention.trigger):
        return None
    sent = mention.sent
    if secondary_mention(mention):
        return None
    told = [(m, e) for m, e in read if m.sent.start <= sent.start]
    if not told:
        return None
    latest = told[-1][0].sent
    if latest.start < sent.start and doc_text(sent.doc)[latest.end_char : sent.start_char].strip():
        return None  # a sentence between them told no happening: not right after it
    violent = [e for m, e in told if m.sent.start == latest.start and e.type in VIOLENT_TYPES]
    if not violent or violent[-1].type != "attack" or violent[-1].background or violent[-1].date is None:
        return None
    if any(not any(p is q for q in violent[-1].places) for p in _towns_of_its_clause(mention)):
        return None  # "troops surrounded a farm in the village of Y and killed seven": a scene of its own
    return violent[-1]


def _later(mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]) -> EventDraft | None:
    """The attack a few sentences before that the mention answers (later_answers.py), when its own
    clause names no town that attack was not told at."""
    attack = attack_answered_later(mention, read)
    if attack is None or any(not any(p is q for q in attack.places) for p in _towns_of_its_clause(mention)):
        return None
    return attack


def _towns_of_its_clause(mention: EventDraft) -> list[EntityCluster]:
    """The towns its sentence names inside the clause of the mention's verb, with the verbs it is
    coordinated with under one subject ("surrounded a farm in X and killed seven": X), not inside
    a coordinated clause with a subject of its own ("... and the others fled across the Y")."""
    verb = mention.trigger if mention.trigger.pos_ in ("VERB", "AUX") else governing_verb(mention.trigger)
    while verb.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    others = [
        t
        for t in verb.subtree
        if t.dep_ == "conj" and t.pos_ == "VERB" and any(c.dep_ in _SUBJECT_DEPS for c in t.children)
    ]
    inside = {t.idx for t in verb.subtree} - {u.idx for t in others for u in t.subtree}
    return [
        p for p in _towns_in(mention) if p.subtype == "city" and any(m.start in inside for m in p.mentions)
    ]


def _recalled(
    mention: EventDraft, events: list[EventDraft], geo: dict[int, Place] | None = None
) -> EventDraft | None:
    """ "denied any role in the Tarsen bombing": an undated definite mention whose own place is
    the place of an older happening already told (and of no current one) names that happening;
    so does an unplaced one when every happening of its type told before is older ("jailed over
    the 2021 bombing ... The group claimed the attack at the time")."""
    if mention.background or mention.date is not None or not definite(mention):
        return None
    same = [e for e in events if e.type == mention.type]
    older = bool(same) and all(e.background for e in same) and same[-1].date is not None
    older = older and mention.trigger.tag_ != "NNS"  # "the raids" may span several older ones
    if older and (not mention.own_places or mention.own_places[0] in same[-1].places):
        mention.background = True
        return same[-1]
    if older and len(same) == 1 and _site_of_the_only_one(mention.own_places[0], same[0], geo):
        # "a suspect arrested in the September 21 attack on a concert at X Park ... The explosion
        # near the Y Stage injured 11": the only happening of its kind the report told, a site named anew
        mention.background = True
        return same[0]
    if not mention.own_places:
        return None
    where = mention.own_places[0]
    if where.subtype not in ("city", "site"):
        return None
    for event in reversed(events):
        if event.background and event.type == mention.type and event.places and event.places[0] is where:
            mention.background = True
            return event
    return None


def _site_of_the_only_one(place: EntityCluster, event: EventDraft, geo: dict[int, Place] | None) -> bool:
    """Whether ``place``, the own place of a definite mention, can be the scene of ``event``, the
    only happening of its kind told before: a place compatible with the event's (one inside or near
    the other), or a site the gazetteer cannot place (a hall, a gymnasium) when the event's first
    place is a site or town too; with no place told for the event, a site or town."""
    geo = geo or {}
    if not event.places:
        return place.subtype in ("city", "site")
    first = event.places[0]
    if places_compatible(first, place, geo):
        return True
    # (a site the gazetteer placed only by the report's town, not by words next to its name)
    unplaced = any(geo.get(id(p)) is None or p.within_guessed for p in (place, first))
    return unplaced and place.subtype == "site" and first.subtype in ("city", "site")


def _alone_in_sentence(mention: EventDraft, mentions: list[EventDraft], news_day: date | None) -> bool:
    """No other mention of the sentence tells a current (not older) happening. An undated claim
    ("..., in an attack claimed by X") or an undated mention in the older one's own phrase ("the
    2010 ambush in which 76 were killed") tells the older happening, not a current one."""
    start = mention.sent.start
    return not any(
        m is not mention
        and m.sent.start == start
        and not is_background(m.date, news_day)
        and m.type != "statement"
        and not (m.date is None and (m.type == "claim" or mention.trigger.is_ancestor(m.trigger)))
        for m in mentions
    )


def _cause_of_arrest(mention: EventDraft) -> bool:
    """ "arrested three people in Kabul over a bombing that killed six in May": the crime the
    arrests are for. Suspects are held where the police investigate it, so a crime that names no
    place of its own is placed in the arrest's town."""
    trigger = mention.trigger
    if trigger.dep_ != "pobj" or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = trigger.head
    holder = prep.head
    if prep.lower_ == "with" and holder.lower_ == "connection" and holder.head.dep_ == "prep":
        holder = holder.head.head  # "in connection with the bombing"
    elif prep.lower_ not in ("over", "for"):
        return False
    return holder.pos_ in ("VERB", "NOUN") and event_family(holder) == "arrest"


def _told_in(event: EventDraft, sent: Span) -> bool:
    return any(sent.start <= m.i < sent.end for m in event.mentions)


def _older_only_told(
    claim: EventDraft, mentions: list[EventDraft], news_day: date | None
) -> EventDraft | None:
    """The older happening a claim's undated, unplaced object names when every happening of its
    type told before is dated and older ("The court jailed a man over the 2021 bombing of X...
    A group claimed the attack at the time", "... claimed it"): the last one told, else None."""
    low, high = claim.trigger.left_edge.i, claim.trigger.right_edge.i
    pronoun = any(c.dep_ == "dobj" and c.lower_ == "it" for c in claim.trigger.children)
    objects = [
        m
        for m in mentions
        if m is not claim
        and m.sent.start == claim.sent.start
        and low <= m.trigger.i <= high
        and m.type in VIOLENT_TYPES
    ]
    if objects:
        if (
            len(objects) > 1
            or objects[0].date is not None
            or objects[0].own_places
            or not definite(objects[0])
        ):
            return None
        kinds = {objects[0].type}
    elif pronoun:
        kinds = {"attack"}  # "X later claimed it": an attack (the arrest told with it is no claim's)
    elif _demonstrative_object(claim.trigger):
        kinds = {"attack"}  # "X later claimed that attack too": the one just told
    else:
        return None
    # "a bomb hit a bus in May, and X later claimed it": "it" may point into its own sentence
    until = claim.trigger.i if pronoun else claim.sent.start
    before = [
        m
        for m in mentions
        if m.type in kinds and m.trigger.i < until and not is_secondary(m.sent.doc, m.trigger.i)
    ]
    if before and (pronoun or _demonstrative_object(claim.trigger)):
        before = before[-1:]  # "it", "that attack": the last one told, whatever came before it
    if not before or not all(is_background(m.date, news_day) for m in before):
        return None
    dated = [m for m in before if m.date is not None]
    return max(dated, key=lambda m: m.trigger.i) if dated else None


#: Doc.user_data key: trigger index of each claim -> the scenes of the attack it claims.
_CLAIMED_SCENES_KEY = "nexus_claimed_scenes"


def _note_claimed_scenes(mentions: list[EventDraft]) -> None:
    """Record, for each claim, where the happening it claims took place: the claim's own place
    ("claimed the killing in X"), else the own places of the violent mentions its clause holds
    ("said its men had hit a column near X"); and, beside it, the scene of the last
    current violent mention told before the claim (``mentions`` in reading order)."""
    if not mentions:
        return
    scenes: dict[int, list[EntityCluster]] = {}
    followed: dict[int, list[EntityCluster]] = {}
    last_scene: list[EntityCluster] = []
    for claim in mentions:
        if claim.type in VIOLENT_TYPES and not claim.background and claim.own_places:
            last_scene = claim.own_places[:1]
        if claim.type != "claim":
            continue
        followed[claim.trigger.i] = last_scene
        low, high = claim.trigger.left_edge.i, claim.trigger.right_edge.i
        objects = [
            m
            for m in mentions
            if m.type in VIOLENT_TYPES
            and m.sent.start == claim.sent.start
            and low <= m.trigger.i <= high
            and claim.trigger in m.trigger.ancestors
        ]
        scenes[claim.trigger.i] = list(claim.own_places[:1]) or [
            o.own_places[0] for o in objects if o.own_places
        ]
    mentions[0].sent.doc.user_data[_CLAIMED_SCENES_KEY] = (scenes, followed)


def _claims_elsewhere(event: EventDraft, mention: EventDraft, geo: dict[int, Place]) -> bool:
    """Whether a claim claims a happening at another scene than the claim event does: both
    scenes known (:func:`_note_claimed_scenes`) and none of one can be a place of the other
    ("claimed the ambush in X ... Its statement added that its men had struck a convoy
    near Y": two claims)."""
    scenes, followed = mention.sent.doc.user_data.get(_CLAIMED_SCENES_KEY, ({}, {}))
    own = scenes.get(mention.trigger.i, [])
    # a claim event naming no scene claims the current happening told before it
    told = [p for t in event.mentions for p in scenes.get(t.i, [])] or followed.get(event.trigger.i, [])
    return bool(own and told) and not any(places_compatible(a, b, geo) for a in told for b in own)


def _claims_told_before(verb: Token) -> bool:
    """ "..., which X later claimed", "..., which was claimed by X", "and X later claimed it", "in
    an assault claimed by X": a claim verb whose object is a relative or personal pronoun, or the
    noun its participle qualifies, standing for a happening told before it."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return any(c.dep_ == "agent" for c in verb.children)
    if verb.dep_ == "relcl":
        return any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children)
    return any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in verb.children)


def _demonstrative_object(verb: Token) -> bool:
    """ "claimed that attack", "claimed those bombings": the object points back with "that"/"those"."""
    return any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("that", "those") for d in c.children)
        for c in verb.children
    )


def _claims_of_older_happenings(mentions: list[EventDraft], news_day: date | None) -> None:
    """A claim whose object is an older, dated happening ("also claimed the March 4 attack on
    the barracks") is itself about the past: background, so it never joins the claim of the
    report's own attack, and placed where that happening was when it names no place."""
    older_scenes = {  # towns and sites of the older happenings the text dates
        id(m.own_places[0])
        for m in mentions
        if m.type in ("attack", "military_action")
        and m.own_places
        and m.own_places[0].subtype in ("city", "site")
        and is_background(m.date, news_day)
    }

    def older(m: EventDraft) -> bool:
        if m.date is not None:
            return is_background(m.date, news_day)
        # "withdrew its claim for the Kuje jailbreak": named by the scene of an older one
        return definite(m) and bool(m.own_places) and id(m.own_places[0]) in older_scenes

    for claim in mentions:
        if claim.type != "claim" or claim.background:
            continue
        if claim.date is None:
            told = _older_only_told(claim, mentions, news_day)
            if told is not None:
                # "The group claimed the attack at the time": the claim of the older attack
                claim.background = True
                sent = claim.sent
                counted = _counted_in_clause(claim, doc_text(sent.doc)[sent.start_char : sent.end_char])
                claim.date = told.date
                if counted is not None and told.date is not None and told.date.precision == "day":
                    # "claimed those attacks two days later": counted from the attacks' day
                    claim.date = _shift(told.date, *counted)
                where = list(told.own_places[:1] or told.places[:1])
                claim.places = _lead_with(where, claim.places)
                claim.own_places = _lead_with(where, claim.own_places)
                continue
        low, high = claim.trigger.left_edge.i, claim.trigger.right_edge.i
        objects = [
            m
            for m in mentions
            if m is not claim
            and m.type in ("attack", "military_action")
            and m.sent.start == claim.sent.start
            and low <= m.trigger.i <= high
            and claim.trigger in m.trigger.ancestors
        ]
        if not objects and _claims_told_before(claim.trigger):
            # "an attack on the camp, the deadliest in years, which X later claimed"; "a bomb hit
            # a bus, and X later claimed it": the happenings its sentence told before the claim
            objects = [
                m
                for m in mentions
                if m is not claim
                and m.type in ("attack", "military_action")
                and m.sent.start == claim.sent.start
                and m.trigger.i < claim.trigger.i
            ]
        if objects and all(older(m) for m in objects):
            claim.background = True
            if not claim.places:
                claim.places = list(objects[0].places[:1])


def corefer(
    mentions: list[EventDraft],
    news_day: date | None,
    geo: dict[int, Place] | None = None,
    occurrences: list[tuple[int, DateValue]] | None = None,
) -> list[EventDraft]:
    """One event per happening: ``mentions`` (reading order) joined by coreference.

    ``news_day`` is the day the report is about (its lead date or publication
    day); ``geo`` maps ``id(cluster)`` of PLACE clusters to their geocoded
    place, used to tell whether two named places can be one scene;
    ``occurrences`` are (sentence start, day) of sentences that tell only when
    the happening told before took place ("It happened late on Saturday").
    """
    geo = geo or {}
    events: list[EventDraft] = []
    read: list[tuple[EventDraft, EventDraft]] = []  # (mention, the event it joined)
    reported: set[int] = set()  # ids of events dated only by the day a report of them was made
    counted_from: dict[int, EventDraft] = {}  # id(mention) -> the happening its date is counted from
    body_years = [
        m.date.as_date().year
        for m in mentions
        if m.date is not None and not is_secondary(m.sent.doc, m.trigger.i)
    ]
    # the year the report is about: its news day's, else the latest its body names
    this_year = news_day.year if news_day is not None else max(body_years, default=None)
    _claims_of_older_happenings(mentions, news_day)
    _note_claimed_scenes(mentions)
    pending = sorted(occurrences or [], key=lambda o: o[0])
    summaries: list[EventDraft] = []  # leads that sum up several happenings ("in two attacks")
    for mention in mentions:
        elaborated: EventDraft | None = None
        # a summary lead is not retold by the parts that follow it, only by another summary
        pool = events if not summaries or _plural_retelling(mention) else _without(events, summaries)
        if told_apart(mention.trigger):
            # "killed in X, in an attack distinct from the raid on Y": the raid is not the sentence's
            # own happening, though it may be one told before ("unrelated to Sunday's abductions")
            sent = mention.sent
            pool = [e for e in pool if not any(sent.start <= m.i < sent.end for m in e.mentions)]
        while pending and pending[0][0] < mention.sent.start:
            _date_told_after(pending.pop(0), events, reported)
        _date_from_described(mention, mentions)
        _at_the_scene(mention, read)
        mention.distinct = mention.distinct or _distinct(mention)
        # ("In May that year" after "in 2014": the year the text wrote out, not the last happening's)
        words = _date_words(mention)
        dated_by_text = words is not None and year_told_before(mention.sent.doc, words.start_char)
        mention.anchor = mention.anchor or (None if mention.own_day or dated_by_text else _anchor(mention))
        if mention.anchor is not None:
            anchored = _anchor_date(mention, events, read, news_day)
            if mention.anchor[0] == "days":
                # "In March 2019, ... Days later, ...": that month; no day counted from a day
                base_date = anchored[1].date if anchored is not None else None
                by_month = base_date is not None and base_date.precision != "day"
                mention.anchor = ("day", 0) if by_month else None
                anchored = anchored if by_month else None
            anchor_value = anchored[0] if anchored is not None else None
            told_year = _within_told_month(mention, anchor_value, events) or _within_told_year(
                mention, anchor_value
            )
            if anchored is not None:
                counted_from[id(mention)] = anchored[1]
            # ("imposed a curfew in May 2019, hours after rebels shelled the port ...": a
            # date written with its year, of another year than the counted one, is not counted over)
            if told_year is not None and not (_calendar_day(mention) and _apart(mention.date, told_year)):
                mention.date = _finer_within(mention.date, told_year)  # "In May that year": May
                mention.distinct = True  # "That same month, gunmen ambushed ...": dated from another one
        spoken_with = (
            _spokesperson_goes_on(mention, read)
            or _claimed_in_the_same_medium(mention, read)
            or _also_done(mention, read)  # "... banned lorries on Tuesday. He also banned ...": then
        )
        if spoken_with is not None:
            mention.date = spoken_with.date  # "In a statement on Monday, X said ... Its spokesman called ..."
        occasion = _said_on_the_occasion(mention, events)
        if occasion is not None:
            # "X visited the wounded at the hospital on Monday. '...,' he told reporters there."
            visitor = [a for a in occasion.actors if a.type == "PERSON"][:1]
            mention.actors = _lead_with(visitor, [a for a in mention.actors if a.type != "PERSON"])
            if _date_words(mention) is None:
                mention.date = occasion.date
            if not mention.own_places:
                mention.places = mention.own_places = occasion.places[:1]
        answered_first = _answered(mention, read) is not None
        repelled = None if answered_first else _repelled(mention, read) or _later(mention, read)
        scene = (
            [p for p in repelled.places[:1] if not _province_or_wider(p, geo, doc_text(mention.sent.doc))]
            if repelled
            else []
        )
        if repelled is not None and scene:
            # "... shot a guard at a post late on Monday. Three of the raiders died when soldiers
            # shot back": the forces' answer, at the attack's scene and on its day (a province
            # or a country says nothing of where the forces met them)
            mention.date = repelled.date
            mention.own_places = scene
            mention.places = _lead_with(scene, mention.places)
        answered = _answered(mention, read)
        if answered is not None:
            mention.date = answered.date
            mention.own_places = answered.places[:1]
            mention.places = _lead_with(answered.places, mention.places)
            scene_country = [p for p in answered.places if p.type == "PLACE" and p.subtype == "country"]
            if (
                scene_country
                and mention.actors
                and all(a.type == "PLACE" and a.subtype == "country" for a in mention.actors)
                and scene_country[0] not in mention.actors
            ):
                # "In neighbouring X, ... Soldiers who responded to the raid ...": X's troops,
                # not the state whose forces the sentences before told of
                mention.actors = scene_country[:1]
        if not mention.own_places and events:
            scene = _scene_told_before(mention, _same_item(mention, events))
            if scene:
                mention.own_places = scene
                mention.places = _lead_with(scene, mention.places)
        if not mention.own_places and events:
            same = _same_place_of(mention, _same_item(mention, events))
            if same:
                mention.own_places = same
                mention.places = _lead_with(same, mention.places)
        mention.background = mention.background or is_background(mention.date, news_day)
        goes_on = _background_goes_on(mention, read) or _those_told_before(mention, read)
        if goes_on is not None:
            # "In March 2019, raiders overran the depot. 40 guards died ...": the older
            # story goes on, with its day, not the report's news
            mention.background, mention.date = True, goes_on.date
        done_by = _clause_of_older(mention, read)
        if done_by is not None:
            # "since March 2016, when bombers struck the airport, killing 32": the participle's
            # killing is the older strike's, with its day
            mention.background, mention.date = True, done_by.date
            if not mention.own_places and done_by.places:  # (and, naming no place, its place)
                mention.own_places = done_by.places[:1]
                mention.places = _lead_with(done_by.places[:1], mention.places)
        if mention.date is None and not secondary_mention(mention) and _told_as_earlier(mention):
            # "The same group previously attacked the base, killing 14": an older, undated happening
            mention.background = mention.distinct = True
        if mention.background:
            # the sentence's towns and sites are the current event's; its country may be both
            coarse = [p for p in mention.places if PLACE_RANK.get(p.subtype or "city", 2) <= _ADMIN]
            if not mention.own_places and _cause_of_arrest(mention):
                coarse = list(mention.places)  # "arrested three in Kabul over a bombing in May": Kabul's
            elif not mention.own_places and _alone_in_sentence(mention, mentions, news_day):
                # "convicted of organising the bombings at a depot in Kaduna in 2012": no current
                # happening shares the sentence, so its towns are the older one's; not a town
                # another older happening of the sentence names as its own ("a drone killed a man
                # in X, and jets bombed Y the next day")
                taken = {
                    id(p)
                    for m in mentions
                    if m is not mention and m.sent.start == mention.sent.start
                    for p in m.own_places
                    if p.subtype in ("city", "site")
                }
                if _done_to_it(mention.trigger):
                    taken = set()  # "seized X in 2015 and kept it until the army took it back in 2018": X
                coarse = [p for p in mention.places if id(p) not in taken]
            sent = mention.sent
            recalled = [  # "The campus was where gunmen killed 148 in 2015": a site the text named before
                p
                for p in mention.places
                if p.subtype == "site"
                and not any(sent.start_char <= m.start < sent.end_char for m in p.mentions)
            ]
            coarse = _lead_with(recalled, coarse)
            # "the deadliest in X since May, when a bomb killed 20": with no place of its own, the
            # older happening lies in the range the superlative compares within, a town included
            # (not a country: "the deadliest inside X in years" leaves the finer places first)
            ranges = [p for p in mention.places if p.subtype != "country" and _compared_range(p, sent)]
            coarse = _lead_with(ranges, coarse)
            # "... since May, when a bomber struck a rally in Y": the town its own clause names
            framed = since_frame(mention.trigger) is not None
            since_town = [] if framed else towns_told_since(mention.trigger, mention.places)[:1]
            mention.places = list(mention.own_places) or _lead_with(since_town, coarse)
        secondary = is_secondary(mention.sent.doc, mention.trigger.i)
        older = mention.date is not None and this_year is not None and mention.date.as_date().year < this_year
        if secondary and older:
            target = None  # a caption's "where an ambush killed 35 in 2023": an older happening
        elif secondary:
            # a headline or caption tells the report's lead happening: the first one told that fits
            told = sorted(events, key=lambda e: min(m.i for m in e.mentions))
            target = next((e for e in told if _joins(e, mention, geo)), None)
        else:
            # "Hours later, a grenade wounded 17 in the town": another one than the happening counted from
            base = counted_from.get(id(mention))
            target = (
                _toll_said_later(mention, base, pool)
                or _deed_told_before(mention, _same_item(mention, pool), geo)
                or _apposed_summary(mention, read)
                or _named_by_its_scene(mention, pool)
                or voice_goes_on(mention, read)  # "We call on ...": the release goes on (one_voice.py)
                or next((e for e in reversed(pool) if e is not base and _joins(e, mention, geo)), None)
            )
            if target is None:
                target = elaborated = _over_a_reported_day(mention, pool, reported, geo)
            if target is None:
                target = elaborated = _elaboration_of(mention, pool, geo)
            if target is None:
                target = _definite_in_region(mention, pool, geo, mentions)
            framed = target is None and _frame_bare_anaphor(mention)
            if framed:
                # "Hours after the raid, troops launched an operation": the frame's noun names the
                # happening told before; the doer it was read with is the main clause's
                mention.actors = []
            if target is None and (_bare_anaphor(mention) or framed):
                # "Drones hit the depot ... The attack followed talks the day before": "the attack"
                # names the strike told before when no attack of the report fits
                target = next(
                    (
                        e
                        for e in reversed(pool)
                        if e.type in VIOLENT_TYPES
                        and e.type != mention.type
                        and not e.background
                        and _compatible(e, mention, geo)
                    ),
                    None,
                )
            if target is None and _told_where(mention):
                # "The ambush happened near X on Wednesday": the ambush told before, whatever the
                # gazetteer makes of the place the lead gave
                target = next(
                    (
                        e
                        for e in reversed(pool)
                        if e.type == mention.type and _joins(replace(e, places=[]), mention, geo)
                    ),
                    None,
                )
        if target is None:
            target = _recalled(mention, pool, geo)
        if target is None and not secondary:
            target = _toll_revised(mention, _same_item(mention, pool), geo)
            if target is not None:
                # its day and place are the victim's death's, not the happening's
                mention.date = None
                if target.places:
                    mention.places, mention.own_places = [], []
        if target is None and not secondary and summary_mention(mention):
            summaries.append(mention)
        if target is None:
            target = mention
            if _weak_day(mention):
                reported.add(id(mention))
            if told_in_passing(mention.trigger) and events and _told_in(events[-1], mention.sent):
                # "fired missiles, retaliating for the April 1 strike": the strike is told in passing;
                # the sentence's own happening stays the most salient one
                events.insert(len(events) - 1, mention)
            else:
                events.append(mention)
        else:
            if mention.type == "attack" and mention.date and target.date and _own_deed_told(mention):
                mention.date = None  # "X said on Monday its fighters had attacked ...": the words' day
            places, own_places, day, actors = (
                list(target.places),
                list(target.own_places),
                target.date,
                list(target.actors),
            )
            if target.date is None and _weak_day(mention):
                reported.add(id(target))  # dated only by the day a report of it was made
            if target.type == "statement" and target.places:
                # 'X condemned the raid in Y. He urged more troops; 600 are due in Z': where the
                # words were first said; the speaker going on names no other scene of his own
                mention.places, mention.own_places = [], []
            absorb(target, mention)
            wide = places and (
                places[0].subtype in ("admin", "country")
                or _told_as_division(places[0], doc_text(mention.sent.doc))
            )
            if wide and told_as_spread(target.trigger):
                target.places = _lead_with([places[0]], target.places)  # the whole
            if (
                target is elaborated
                and not told_as_spread(target.trigger)
                and _finer_place(mention, places, geo)
            ):
                # "... in X province. The attackers fired on the bus near the town of Y": Y
                where = mention.own_places[:1]
                target.places = _lead_with(where, target.places)
                target.own_places = _lead_with(where, target.own_places)
            elif not secondary and not told_as_spread(target.trigger):
                town = _town_told_with(mention, target, places, geo, own_places)
                if town is not None:
                    # "... in X region. The attackers entered the village of Y ... and opened fire"
                    target.places = _lead_with([town], target.places)
                    target.own_places = _lead_with([town], target.own_places)
            if _told_where(mention) and not secondary:
                where = mention.own_places[:1]  # the sentence that says where it happened
                target.places = _lead_with(where, target.places)
                target.own_places = _lead_with(where, target.own_places)
            redated = False
            if id(target) in reported and mention.date is not None and not _weak_day(mention):
                # "..., officials said on Thursday. The raid took place on Tuesday."; also a headline's
                # "Sunday night ambush" over a body that dates it only by the report
                target.date = mention.date
                reported.discard(id(target))
                redated = True
            if secondary:
                # the headline yields to the body: "Town church attack" does not re-place the body's
                # event, and "IS claims blast; president blames ..." adds no actor to those it gives
                if places or day is not None:
                    target.places = places or target.places
                    target.own_places = own_places or target.own_places
                    target.date = target.date if redated else (day or target.date)
                target.actors = actors or target.actors
            events.remove(target)
            events.append(target)  # the most recently told happening is the most salient
        read.append((mention, target))
    for occurrence in pending:
        _date_told_after(occurrence, events, reported)
    for event in events:
        said_on = event.date.as_date() if id(event) in reported and event.date is not None else None
        own_report = event.type == "military_action" and any(is_state(a) for a in event.actors)
        if (
            said_on is not None
            and news_day is not None
            and event.type in VIOLENT_TYPES
            and news_day < said_on
            and not own_report
        ):
            # "..., the spokesman said on Friday": the happening came before the report; the day
            # the report's news is about, when earlier, is the better guess (not for a state's
            # operation its forces report: "the army said on Wednesday its troops had killed
            # nine", a follow-up of the news, told on its own day)
            event.date = DateValue(iso=news_day.isoformat(), precision="day", text=None, relative=True)
    for summary in summaries:
        _summed_up(summary, events)
    _one_incident_as_attack(events, geo)
    _one_doing_of_two_kinds(events, geo)
    _tolls_of_actions(events)
    _weapon_strikes_on_fighters(events)
    _place_of_the_happening_acted_on(events)
    _attack_clashes(events)
    _bare_tolls(events, geo)
    order = {id(e): min(m.i for m in e.mentions) for e in events}
    return sorted(events, key=lambda e: order[id(e)])


def _toll_said_later(
    mention: EventDraft, base: EventDraft | None, pool: list[EventDraft]
) -> EventDraft | None:
    """ "Gunmen raided the camps on Sunday ... Nine herders had been killed, the chief announced
    the next day": a doer-less toll whose day is counted from a violent happening told before by
    words on the verb of saying, not on the killing, is that happening's count (``base``, still
    among ``pool``), told a day later; not "Hours later, a grenade wounded 17", a deed of its own."""
    if base is None or base.type not in VIOLENT_TYPES or base.background or not any(e is base for e in pool):
        return None
    if mention.background or not _bare_toll(mention):
        return None
    if _forces_lost_in_operation(base, mention):
        return None
    return base if _counted_on_the_saying(mention) else None


def _counted_on_the_saying(mention: EventDraft) -> bool:
    """Whether an anchored expression of the mention's sentence ("the next day", "hours later")
    hangs on a reporting verb that governs the trigger: the day of the words, not of the deed."""
    sent, trigger = mention.sent, mention.trigger
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    for found, length, _unit, _days in _anchored_in(text):
        start = sent.start_char + found
        words = expand_span(sent.doc, start, start + length)
        if words is None:
            continue
        verb = governing_verb(words.root)
        if verb.i == trigger.i or verb.lemma_.lower() not in reporting_verbs():
            continue
        if any(a.i == verb.i for a in trigger.ancestors):
            return True
    return False


def _apposed_summary(mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]) -> EventDraft | None:
    """ "Jets bombed a market in X on Friday, killing 30 traders, a raid the junta later called a
    mistake": an indefinite violent noun set off by a comma at the end of its sentence sums up
    the violent happening the sentence told before it, whatever kind the noun names; that
    happening, or None."""
    trigger = mention.trigger
    sent = mention.sent
    if (
        mention.type not in VIOLENT_TYPES
        or trigger.pos_ != "NOUN"
        or trigger.dep_ != "appos"
        or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children)
        or trigger.left_edge.i <= sent.start
        or sent.doc[trigger.left_edge.i - 1].text != ","
        or any(not (t.is_punct or t.is_space) for t in sent.doc[trigger.right_edge.i + 1 : sent.end])
    ):
        return None
    told = [
        event
        for m, event in read
        if m.sent.start == sent.start and m.trigger.i < trigger.i and event.type in VIOLENT_TYPES
    ]
    if not told:
        return None
    event = told[-1]
    if event.date is not None and mention.date is not None and not dates_compatible(event.date, mention.date):
        return None
    return event


def _without(events: list[EventDraft], left_out: list[EventDraft]) -> list[EventDraft]:
    return [e for e in events if not any(e is x for x in left_out)]


def _plural_retelling(mention: EventDraft) -> bool:
    """ "the two attacks", "both raids", "died in those raids": a plural noun (the
    trigger or the noun of its "in" phrase) that may retell a summary lead."""
    return mention.trigger.tag_ == "NNS" or any(
        n.tag_ == "NNS" and _definite_noun(n) for n in _trigger_and_frame_nouns(mention.trigger)[1:]
    )


def _trigger_and_frame_nouns(trigger: Token) -> list[Token]:
    """The trigger and the nouns of its "in"/"during" phrases ("died [in those raids]")."""
    return [
        trigger,
        *(
            g
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for g in p.children
            if g.dep_ == "pobj"
        ),
    ]


def _definite_noun(noun: Token) -> bool:
    """Whether a noun has a pointing determiner or a possessor ("those attacks", "its raids"); shared
    by :func:`definite` and :func:`_plural_retelling`."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "both"))
        or c.dep_ == "poss"
        for c in noun.children
    )


#: Doc.user_data key: trigger indices of summary leads whose parts the report tells one by one.
_SUMMED_KEY = "nexus_summed_up"


def _summed_up(summary: EventDraft, events: list[EventDraft]) -> None:
    """A summary lead ("killed 12 in two attacks this week") followed by at least two of its
    parts told as happenings of their own ("On Monday, ... In the second attack, on Wednesday,
    ..."): the lead is no third happening. It stays among ``events`` so that its total goes to
    no part, and is marked for ``summed_up`` to drop once figures are given; parts with no doer
    of their own take the lead's. With fewer parts told, the parts not marked as another
    happening are the lead's own retelling and join it. ``events`` are changed in place."""
    if not any(e is summary for e in events):
        return
    start = min(m.i for m in summary.mentions)
    told_after = [
        e
        for e in events
        if e is not summary
        and e.type == summary.type
        and not e.background
        and min(m.i for m in e.mentions) > start
        and not any(is_secondary(e.sent.doc, m.i) for m in e.mentions)
        and not _opens_in_time(e)  # ("Last week, militants killed five ...": an earlier one, no part)
    ]
    # a part is told with a day of its own or as another one; a site told with neither is a retelling
    parts = [e for e in told_after if e.date is not None or e.distinct]
    if len(parts) >= 2:
        summary.trigger.doc.user_data.setdefault(_SUMMED_KEY, set()).add(summary.trigger.i)
        for part in parts:
            if not part.actors:
                part.actors = list(summary.actors)
        for retold in [e for e in told_after if not any(e is p for p in parts)]:
            first = min(m.i for m in retold.mentions)
            before = [p for p in parts if min(m.i for m in p.mentions) < first]
            host = max(before, key=lambda p: min(m.i for m in p.mentions)) if before else summary
            absorb(host, retold)  # (told before any part: the lead's, dropped with it)
            events.remove(retold)
        return
    for part in told_after:
        if part.distinct or not _one_kind_of_action(summary, part):
            continue  # (not "a judge ordered them held" after "arrested in raids": the court's own act)
        weak = summary.date is None or _weak_day(summary)
        day = summary.date
        if part.date is not None and day is not None and not weak and not dates_compatible(day, part.date):
            continue
        absorb(summary, part)
        if weak and part.date is not None:
            summary.date = part.date  # "this week", "officials said on Thursday": the part's day
        events.remove(part)


def _one_kind_of_action(event: EventDraft, mention: EventDraft) -> bool:
    """Whether two drafts can tell one doing by their kind: not a military action of another
    family (``event_family``: an arrest, a court's order, a strike) than the event's."""
    if mention.type != "military_action" or event.type != "military_action":
        return True
    return event_family(mention.trigger) == event_family(event.trigger)


def summed_up(draft: EventDraft) -> bool:
    """Whether ``draft`` is a summary lead whose parts the report tells as happenings of their
    own (set by ``corefer``): no event of its own, and its total no part's figure."""
    marked: set[int] = draft.trigger.doc.user_data.get(_SUMMED_KEY, set())
    return draft.trigger.i in marked


#: How many sentences before "It happened on <day>" the happening it dates may be told.
_OCCURRENCE_REACH = 2


def _date_told_after(occurrence: tuple[int, DateValue], events: list[EventDraft], reported: set[int]) -> None:
    """ "Police said on Monday that gunmen had killed 12 villagers. It happened late on Saturday":
    the violent happening told just before, dated only by its report (or loosely, or not at all),
    takes the day. ``events`` are changed in place."""
    start, value = occurrence
    last: EventDraft | None = None
    last_i = -1
    for event in events:
        if event.type not in VIOLENT_TYPES or event.background:
            continue
        told = [m.i for m in event.mentions if m.i < start]
        if told and max(told) > last_i:
            last, last_i = event, max(told)
    if last is None:
        return
    crossed = sum(1 for t in last.mentions[0].doc[last_i + 1 : start + 1] if t.is_sent_start)
    if crossed > _OCCURRENCE_REACH:
        return  # told too far back
    if last.date is not None and id(last) not in reported:
        return  # dated by what it tells of itself
    if last.date is not None and not 0 <= (last.date.as_date() - value.as_date()).days <= 7:
        return
    last.date = value
    reported.discard(id(last))


def _definite_doer(mention: EventDraft) -> bool:
    """ "The gunmen arrived late on Saturday and opened fire": a verb whose doer is named as
    already known (a definite noun) tells a happening already told."""
    verb = mention.trigger
    if verb.pos_ != "VERB":
        verb = governing_verb(verb)  # "The gunmen went from house to house shooting": the noun's verb
    if verb.pos_ != "VERB":
        return False
    # "The attackers ... went from house to house shooting": a participle's doer is its head verb's
    participle = verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG"
    above = verb.head if verb.dep_ == "conj" or participle else verb
    while (
        above.dep_ == "conj"
        and above.head.pos_ == "VERB"
        and not any(c.dep_ == "nsubj" for c in above.children)
    ):
        above = above.head  # "The attackers entered the village, went from house to house and set fire"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        above = verb.head.head  # "fought for hours before setting fire to the stores": fought's doer
        if above.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in above.children):
            above = above.head  # "The assailants arrived ... and fought ... before setting fire"
    for node in (verb, above):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("they", "he", "she"):
            return True  # "They struck at about 11 pm on Saturday": the doers just told
        if subject is not None:
            return subject.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children
            )
    return False


#: How many sentences after a happening an elaboration of it may be told.
_ELABORATION_REACH = 2


def _definite_victim(mention: EventDraft, event: EventDraft) -> bool:
    """ "Gunmen ambushed a bus ... The attackers fired grenades at the bus": the mention's object
    (or the subject of its passive, "they were fired upon") is a definite noun the happening's
    sentences named, or a pronoun."""
    trigger = mention.trigger
    verb = trigger if trigger.pos_ == "VERB" else governing_verb(trigger)
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("at", "on", "upon")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    told = {m.sent.start: m.sent for m in event.mentions}
    for noun in nouns:
        if noun.pos_ == "PRON" and noun.lower_ in ("they", "them", "he", "him"):
            return True
        if noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children
        ):
            continue
        lemma = noun.lemma_.lower()
        if any(t.lemma_.lower() == lemma and t.i != noun.i for sent in told.values() for t in sent):
            return True
    return False


def _elaboration_of(
    mention: EventDraft, events: list[EventDraft], geo: dict[int, Place]
) -> EventDraft | None:
    """The happening a mention elaborates: "Militants ambushed a convoy in X province on Friday,
    killing nine. The attackers fired rockets at the trucks near the town of Y": a violent mention
    with no day, no distinct marker and no actor of another side of its own, whose doer is told as
    known ("the attackers", "they") or whose victim the happening named ("the trucks"), in one of
    the next sentences after the last current violent happening, tells that happening, even when
    it names a town of its own or is typed an attack while the happening is a clash (the clash
    told from the side fired upon). Returns that happening or None."""
    if (
        mention.type not in VIOLENT_TYPES
        or mention.date is not None
        or mention.distinct
        or mention.background
    ):
        return None
    event = next((e for e in reversed(events) if e.type in VIOLENT_TYPES), None)
    if event is None or event.background:
        return None
    clash = {event.type, mention.type} == {"attack", "military_action"}
    if event.type != mention.type and not (clash and (mention.type == "attack" or _fired_upon(mention))):
        return None  # (a clash told from the side fired upon is the clash, however either is typed)
    if mention.type == "military_action" and event_family(mention.trigger) != event_family(event.trigger):
        return None
    starts = sentence_starts(mention.sent.doc)
    last = max(m.i for m in event.mentions)
    gap = bisect_right(starts, mention.trigger.i) - bisect_right(starts, last)
    if not 0 < gap <= _ELABORATION_REACH:
        return None
    verb = mention.trigger if mention.trigger.pos_ in ("VERB", "AUX") else governing_verb(mention.trigger)
    if any(c.dep_ == "advmod" and c.lower_ in ("also", "then", "later") for c in verb.children):
        return None  # "The gunmen also attacked a police post in Y": a further happening
    earlier = any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children)
    if earlier and event.type != mention.type:
        return None  # "Troops killed two ... The insurgents had attacked a post": the attack before it
    # (a plural, "the raids", may span several happenings told before)
    anaphor = definite(mention) and mention.trigger.tag_ != "NNS" and event.type == mention.type
    anaphor = anaphor and not mention.own_places
    told = mention.trigger.pos_ == "VERB" and (_definite_doer(mention) or _definite_victim(mention, event))
    if not (anaphor or told):
        return None  # ("X claimed the assault": the assault told, whoever the lead named as its doer)
    if event.places and mention.own_places:
        a, b = geo.get(id(event.places[0])), geo.get(id(mention.own_places[0]))
        if a is not None and b is not None and a.country and b.country and a.country != b.country:
            return None
        sent = mention.sent
        named_here = any(sent.start_char <= m.start < sent.end_char for m in mention.own_places[0].mentions)
        towns = {event.places[0].subtype, mention.own_places[0].subtype} <= {"city", "site"}
        far = not places_compatible(event.places[0], mention.own_places[0], geo)
        if named_here and towns and far and not _finer_place(mention, event.places[:1], geo):
            return None  # "The gunmen torched a police station in Y": another town, another scene
    return event


def _town_told_with(
    mention: EventDraft,
    event: EventDraft,
    places: list[EntityCluster],
    geo: dict[int, Place],
    own_before: list[EntityCluster],
) -> EntityCluster | None:
    """The town or site a violent retelling's sentence names, when the happening it joined had only
    a region or a country, or a town the text writes as a division ("X's Y district") (``places``,
    before it joined; ``own_before``: its own places then, which decide whether it had a town):
    "Six were killed in a raid in X region. The attackers entered the village of Y in Z department
    ... and opened fire on residents" is at Y, although Y hangs on another verb than the mention's;
    so is "... near Y, a hamlet 8 km south of Z town" (Z only counts the distance). None when the
    mention names a place of its own, the happening has a town already, the town is told for an
    earlier happening (:func:`_recalled_in`), the mention's scene is only where a distance is
    counted from ("Y, a village 2 km from the blast site"), or the town cannot lie in the region."""
    if (
        mention.type not in VIOLENT_TYPES
        or event.type not in VIOLENT_TYPES
        or event.background
        or mention.background
    ):
        return None
    text = doc_text(mention.sent.doc)

    def wide(place: EntityCluster) -> bool:  # a division by kind, or written as one ("X district")
        return PLACE_RANK.get(place.subtype or "city", 2) <= _ADMIN or _told_as_division(place, text)

    if mention.own_places or not places or not wide(places[0]):
        return None
    by_kind = PLACE_RANK.get(places[0].subtype or "city", 2) <= _ADMIN
    had = own_before or places  # the happening's own scenes, else all its sentence named
    holders = {id(p.within) for p in had if p.within is not None and not p.within_guessed}
    if any(p.subtype in ("city", "site") and not wide(p) and id(p) not in holders for p in had):
        return None  # ("The assaults began in X and spread to Y": several scenes)
    if mention.trigger.tag_ == "NNS":
        return None
    scene = mention.trigger.head if mention.trigger.dep_ == "compound" else mention.trigger
    if at_a_distance(scene):
        return None  # "cordoned off Y, a village 2 km from the blast site": Y is set off from the scene
    sent = mention.sent
    here = [p for p in mention.places if any(sent.start_char <= m.start < sent.end_char for m in p.mentions)]
    towns = [p for p in here if p.subtype in ("city", "site") and not _recalled_in(p, sent, mention.trigger)]
    if len(towns) > 1 or not by_kind:  # "the base at Y, a village in Z district": Z is named as the division
        towns = [p for p in towns if not _told_as_division(p, text)]
    if len(towns) > 1:  # "near Y, a hamlet 8 km south of Z": Z is where the distance is counted from
        told_from = {id(p.within) for p in towns if p.within is not None and p.within_km is not None}
        towns = [p for p in towns if id(p) not in told_from]
    if len(towns) != 1:
        return None  # one town, or the sentence does not say which
    return towns[0] if _finer_place(replace(mention, own_places=towns), places, geo) else None


def _recalled_in(place: EntityCluster, sent: Span, trigger: Token) -> bool:
    """Whether every mention of the place in the sentence lies in a clause that tells a happening
    apart from the trigger's ("the deadliest since May 2022, when gunmen stormed a post in Y": a clause
    on the date "since" counts from, or a "when" clause on a superlative, that does not hold the
    trigger) or is the range a superlative compares within ("the deadliest attack in X", "was the
    worst in X")."""
    found = False
    for m in place.mentions:
        if not sent.start_char <= m.start < sent.end_char:
            continue
        span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        found = True
        root = span.root
        dated = told_since(root, trigger)
        ranged = root.dep_ == "pobj" and root.head.lower_ in ("in", "inside") and root.head.head.tag_ == "JJS"
        if not dated and not compared_within(root) and not ranged:  # ("the deadliest in X")
            return False
    return found


def _done_to_it(trigger: Token) -> bool:
    """Whether a deed verb's object is "it" ("troops retook it", "jets bombed it the next day"): in a
    sentence whose other happening names a town or site as its own, the pronoun points back to that
    place or to a thing there, so the deed took place there too."""
    return trigger.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in trigger.children)


def _compared_range(place: EntityCluster, sent: Span) -> bool:
    """Whether the sentence names the place as the range a superlative compares within ("the
    deadliest attack in X", "was the worst in X since", "the worst on the police in X")."""
    for m in place.mentions:
        if not sent.start_char <= m.start < sent.end_char:
            continue
        span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if compared_within(root):
            return True
        if root.dep_ != "pobj" or root.head.lower_ not in ("in", "inside"):
            continue
        holder = root.head.head
        if holder.dep_ == "pobj" and holder.head.dep_ == "prep":  # "the worst on the police in X"
            holder = holder.head.head
        if holder.tag_ == "JJS" or holder.lower_ in _superlatives():
            return True
    return False


@cache
def _superlatives() -> frozenset[str]:
    """``superlative_words`` of districts.yaml ("worst", "deadliest")."""
    words: list[str] = ontology.table("districts.yaml").get("superlative_words", [])
    return frozenset(w.lower() for w in words)


def _fired_upon(mention: EventDraft) -> bool:
    """ "they came under fire", "the troops were ambushed": a clause told from the side attacked."""
    trigger = mention.trigger
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "auxpass" for c in trigger.children):
        return True
    return any(
        p.dep_ == "prep" and p.lower_ == "under" and any(g.dep_ == "pobj" for g in p.children)
        for p in trigger.children
    )


def _finer_place(mention: EventDraft, places: list[EntityCluster], geo: dict[int, Place]) -> bool:
    """Whether the mention's own first place is finer than the place the happening had
    (``places``, before the mention joined) and may lie in it: a town named in a province."""
    if not mention.own_places or not places or mention.own_places[0] is places[0]:
        return False
    own, had = mention.own_places[0], places[0]
    rank = PLACE_RANK.get(had.subtype or "city", 2)
    if _told_as_division(had, doc_text(mention.sent.doc)) or _wide_water(had):
        rank = min(rank, _ADMIN)  # "in eastern X province": the province, whatever the gazetteer holds
    if PLACE_RANK.get(own.subtype or "city", 2) <= rank:
        return False
    text = doc_text(mention.sent.doc)
    return (
        places_compatible(had, own, geo)
        or _in_division(had, own, geo)
        or _within_told_division(had, own, geo, text)
    )


def _wide_water(place: EntityCluster) -> bool:
    """A lake, sea or basin ("on Lake X"): a site by kind, yet wider than a town on its shore
    (``water_words`` of ``coreference.yaml``)."""
    words = set(_lexicon().get("water_words", []))
    return any(w in words for w in fold(place.name).split())


@cache
def _division_noun() -> re.Pattern[str]:
    words: list[str] = _lexicon().get("division_nouns", [])
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _told_as_division(place: EntityCluster, text: str) -> bool:
    """Whether the text names the place as a division ("X province", "the X regency", "the
    commune of X"; the nouns are ``division_nouns`` in ``coreference.yaml``)."""
    noun, before = _division_noun(), _division_of()
    return any(
        noun.match(text, m.end) or before.search(text, max(0, m.start - 40), m.start) for m in place.mentions
    )


@cache
def _division_of() -> re.Pattern[str]:
    """ "the <division noun> of " right before a name."""
    words: list[str] = _lexicon().get("division_nouns", [])
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+of\s+(?:the\s+)?$", re.I)


def _within_told_division(
    coarse: EntityCluster, fine: EntityCluster, geo: dict[int, Place], text: str
) -> bool:
    """Whether a place the text names as a division ("X district") may hold ``fine``: a town of
    its division, or a place the gazetteer cannot locate."""
    if not _told_as_division(coarse, text):
        return False
    where = geo.get(id(fine))
    unknown = where is None or (where.lat is None and not where.country)
    return unknown or _in_division(coarse, fine, geo)


def _in_division(coarse: EntityCluster, fine: EntityCluster, geo: dict[int, Place]) -> bool:
    """A town whose gazetteer division bears the coarse place's name."""
    a, b = geo.get(id(coarse)), geo.get(id(fine))
    if a is None or b is None:
        return False
    return bool(b.admin1 and (b.admin1 == a.admin1 or coarse.name.lower() in b.admin1.lower()))


def _over_a_reported_day(
    mention: EventDraft, events: list[EventDraft], reported: set[int], geo: dict[int, Place]
) -> EventDraft | None:
    """The event a mention tells although their days differ, because one of the two days is only
    the day a report was made ("Nine died when gunmen raided a village, officials said on
    Thursday. The raid took place on Tuesday."): the same happening, by a definite anaphor or
    by places that agree."""
    if mention.date is None or mention.distinct or mention.background:
        return None
    weak = _weak_day(mention)
    for event in reversed(events):
        if weak and _both_weak_in_sentence(event, mention, reported, geo):
            return event
        if event.date is None or event.background or (id(event) in reported) == weak:
            continue
        vague = event if not weak else mention
        other = mention if not weak else event
        if (
            vague_day(vague)
            and vague.date is not None
            and other.date is not None
            and not _within_vague_day(vague.date, other.date)
        ):
            continue  # "overnight" is the night before the report, not a raid a fortnight earlier
        same_place = bool(event.places and mention.own_places) and (
            places_compatible(event.places[0], mention.own_places[0], geo)
            or _within_told_division(event.places[0], mention.own_places[0], geo, doc_text(mention.sent.doc))
        )
        # "..., officials said on Wednesday. The soldiers were attacked late on Tuesday": the victims
        # the happening named, told with its own day
        victims = not weak and _fired_upon(mention) and _definite_victim(mention, event)
        scene = not weak and _scene_told_next(event, mention, reported)
        if (
            not weak
            and not definite(mention)
            and not _definite_doer(mention)
            and not same_place
            and not victims
            and not scene
        ):
            continue  # (a mention dated by its report joins as an undated one would)
        if weak and _joins(event, replace(mention, date=None), geo):
            return event
        # "Two militants were killed as troops foiled an infiltration, officials said on Wednesday.
        # Troops laid an ambush in X on Tuesday night": the clash told from its start
        clash = {event.type, mention.type} == set(VIOLENT_TYPES)
        kind = mention.type if (same_place or victims) and clash else event.type
        placed = [] if same_place or scene else event.places  # (the places agree: told above)
        # (a report's day at the same place, up to a week after the mention's: its day stands in)
        day = mention.date if same_place and report_after(event.date, mention.date) else None
        if not weak and _joins(replace(event, date=day, type=kind, places=placed), mention, geo):
            return event
    return None


def _scene_told_next(event: EventDraft, mention: EventDraft, reported: set[int]) -> bool:
    """ "Officials announced on Saturday that 14 miners had been killed in an attack. According to
    survivors, militiamen stormed the camp at X on Wednesday night": a happening dated only by
    its report and placed nowhere, told again in the very next sentence with its scene and a day
    in the week before that report."""
    if id(event) not in reported or event.date is None or mention.date is None:
        return False
    if (
        event.places
        and not _scene_within_a_wide_place(event.places[0], mention)
        and not _scene_named_back(mention)
    ):
        return False  # (placed at a town of its own: the places must agree, as above)
    starts = sentence_starts(mention.sent.doc)
    here = bisect_right(starts, mention.sent.start) - 1
    told_last = max((t.i for t in event.mentions), default=-1)
    if here < 1 or not starts[here - 1] <= told_last < mention.sent.start:
        return False
    days = (event.date.as_date() - mention.date.as_date()).days
    return 0 < days <= 7


def _scene_within_a_wide_place(wide: EntityCluster, mention: EventDraft) -> bool:
    """ "... killed in an attack in northern X. The assailants raided the village of Y late on
    Monday": the happening was placed only at a country, a division or a wide water, and the
    mention names a town or site of its own, the scene the wide place holds."""
    if not mention.own_places:
        return False
    own = mention.own_places[0]
    text = doc_text(mention.sent.doc)
    coarse = (
        PLACE_RANK.get(wide.subtype or "city", 2) <= _ADMIN
        or _told_as_division(wide, text)
        or _wide_water(wide)
    )
    return coarse and own is not wide and own.subtype in ("city", "site")


def _scene_named_back(mention: EventDraft) -> bool:
    """ "... killed in a raid on X. Raiders burned the hamlet early on Sunday": a verb
    mention with no place of its own whose object is a definite settlement noun
    (``settlement_nouns`` of coreference.yaml), the scene told before."""
    verb = mention.trigger
    if mention.own_places or verb.pos_ != "VERB":
        return False
    nouns = ontology.words("coreference.yaml", "settlement_nouns")
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in nouns
        and any(d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in c.children)
        for c in verb.children
    )


def _both_weak_in_sentence(
    event: EventDraft, mention: EventDraft, reported: set[int], geo: dict[int, Place]
) -> bool:
    """ "Nine guards were killed in an overnight raid on a post, the army said on Monday": a toll
    dated by the report and a raid dated "overnight" (from the day of publication), told in one
    sentence, are one happening. The earlier day is kept: the happening came before the report.
    ``event`` may be re-dated."""
    if id(event) not in reported or event.date is None or mention.date is None or event.background:
        return False
    if not any(m.sent.start == mention.sent.start for m in event.mentions):
        return False
    if not _joins(replace(event, date=None), replace(mention, date=None), geo):
        return False
    if mention.date.as_date() < event.date.as_date():
        event.date = mention.date
    return True


#: Happenings that kill: a clause telling a toll ("which killed 19") belongs to one of them.


def _date_from_described(mention: EventDraft, mentions: list[EventDraft]) -> None:
    """A clause on an event noun tells that noun's happening: it takes the noun's date.

    "the 2019 market bombing, which killed 19": the killing is the 2019 bombing's, not a
    happening of the report's day. Only an undated clause ("which killed", "that left",
    "killing") on a dated noun mention of the same sentence takes its date and background.
    """
    verb = mention.trigger
    if mention.type not in VIOLENT_TYPES or mention.date is not None:
        return
    if verb.dep_ not in ("relcl", "acl") or verb.pos_ not in ("VERB", "AUX"):
        return
    by_trigger = {m.trigger.i: m for m in mentions if m is not mention}
    noun = verb.head
    # "the 2026 bombing in Tamburo, which killed 19": the clause may hang on the place's noun
    while noun.i not in by_trigger and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        if noun.head.head.i == noun.head.i:
            break
        noun = noun.head.head
    described = by_trigger.get(noun.i)
    if described is None or described.type not in VIOLENT_TYPES or described.date is None:
        return
    if described.sent.start != mention.sent.start:
        return
    mention.date = described.date
    mention.background = mention.background or described.background
    if not mention.own_places and described.own_places:
        own = list(described.own_places)
        mention.own_places = own
        mention.places = _lead_with(own, mention.places)


#: Verbs whose passive, with no doer, tells only a toll ("15 civilians were killed").


def _bare_toll(draft: EventDraft, placed: bool = False) -> bool:
    """An attack told only by a doer-less passive toll ("and 15 civilians were killed");
    ``placed`` lets the toll name its own place ("were killed in the town of X")."""
    if draft.type != "attack" or _doers_in_its_sentence(draft):
        return False
    if not all(m.i == draft.trigger.i or _later_definite_noun(m, draft.sent) for m in draft.mentions):
        return False
    if draft.own_places and not placed:
        return False
    trigger = draft.trigger
    return (
        trigger.pos_ == "VERB"
        and trigger.lemma_.lower() in harm_verbs()
        and any(c.dep_ == "auxpass" for c in trigger.children)
        and not any(c.dep_ == "agent" for c in trigger.children)
    )


def _later_definite_noun(mention: Token, sent: Span) -> bool:
    """ "... said nothing about the attack": a definite noun of a sentence after ``sent`` that only
    names back the happening told (it joined the toll as the last one told)."""
    return (
        mention.i >= sent.end
        and mention.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in mention.children)
    )


def _doers_in_its_sentence(draft: EventDraft) -> bool:
    """Whether the mention's sentence names one of its doers; a doer carried from a happening told
    before (actor_carry.py) makes a bare toll no deed of its own."""
    sent = draft.sent
    return any(sent.start_char <= m.start < sent.end_char for a in draft.actors for m in a.mentions)


_WHEN_MARKS = frozenset({"when", "as", "after"})


def _when_clause_host(toll: EventDraft, events: list[EventDraft], geo: dict[int, Place]) -> EventDraft | None:
    """ "Thirty people were killed when a drone struck the market": the happening told by the
    toll's own "when" clause, whose toll it is (one incident, told by the clause's word)."""
    verb = toll.trigger
    # the clause may hang on the toll, on its "and scores wounded", or (misparsed) on the verb
    # of saying the toll is told under ("were killed ... when a drone struck ..., residents said")
    hosts = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "ccomp":
        hosts.append(verb.head)
    clauses = [
        c
        for h in hosts
        for c in h.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in _WHEN_MARKS for m in c.children)
    ]
    if not clauses:
        return None
    inside = {t.i for c in clauses for t in c.subtree}
    return next(
        (
            e
            for e in events
            if e is not toll
            and e.type in VIOLENT_TYPES
            and e.background == toll.background
            and any(m.i in inside for m in e.mentions)
            and (e.date is None or toll.date is None or dates_compatible(e.date, toll.date))
            and _compatible(replace(e, actors=[]), replace(toll, actors=[]), geo)
        ),
        None,
    )


def _bare_tolls(events: list[EventDraft], geo: dict[int, Place]) -> None:
    """ "By evening the navy had shelled the coast, and medics said nine fishermen were
    killed": a doer-less toll in the sentence of another violent happening of its day is that
    happening's toll, not an attack of its own; so is one whose "when" clause tells the
    happening ("were killed when a drone struck"). ``events`` is changed in place."""
    for toll in [e for e in events if _bare_toll(e, placed=True)]:
        host = _when_clause_host(toll, events, geo)
        if host is not None and not _carried_doers_apart(host, toll):
            absorb(host, toll)
            events.remove(toll)
            continue
        if not _bare_toll(toll):
            continue
        sent = toll.sent.start
        host = next(
            (
                e
                for e in events
                if e is not toll
                and e.type in VIOLENT_TYPES
                and e.background == toll.background
                and any(sent <= m.i < toll.trigger.i for m in e.mentions)
                and (e.date is None or toll.date is None or dates_compatible(e.date, toll.date))
            ),
            None,
        )
        if host is None:
            host = _told_just_before(toll, events)
        if host is not None and _forces_lost_in_operation(host, toll):
            host = _attack_in_its_sentence(toll, events)
        if host is not None:
            absorb(host, toll)
            events.remove(toll)


def _carried_doers_apart(host: EventDraft, toll: EventDraft) -> bool:
    """Whether a toll whose doers were carried to it from a happening told before, none of
    them a state's, would fold into a state's operation: the carried doers name the attack it
    is the count of, not the operation a "when" or "after" clause tells beside it."""
    return host.type == "military_action" and bool(toll.actors) and not any(is_state(a) for a in toll.actors)


def _forces_lost_in_operation(host: EventDraft, toll: EventDraft) -> bool:
    """ "Police said the bodies of militants were found after Monday's gunfight, and that one
    constable had been killed": a doer-less toll of the state's own forces only
    (``force_victim_nouns`` of casualties.yaml) told beside a state's operation is the other
    side's fire on the forces, a happening of its own; it neither stands for the operation's
    count nor is lost in it."""
    return host.type == "military_action" and _forces_only_dead(toll.trigger)


def _attack_in_its_sentence(toll: EventDraft, events: list[EventDraft]) -> EventDraft | None:
    """ "The army said one soldier was killed after Tuesday's attack on the checkpoint": the
    attack a toll of the forces' own dead names in its sentence, on the toll's day or up to
    ``_TOLL_UPDATE_DAYS`` before it, whose count it is (not the forces' operation told before)."""
    sent = toll.sent
    return next(
        (
            e
            for e in events
            if e is not toll
            and e.type == "attack"
            and e.background == toll.background
            and any(sent.start <= m.i < sent.end for m in e.mentions)
            and _within_toll_days(e.date, toll.date)
        ),
        None,
    )


def _forces_only_dead(verb: Token) -> bool:
    """Whether the subjects of a toll verb ("two soldiers were killed", "a policeman died") are
    all members of a state's forces (``force_victim_nouns`` of casualties.yaml)."""
    victims = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    victims += [c for v in victims for c in v.conjuncts]
    forces = victim_nouns("force_victim_nouns")
    return bool(victims) and all(v.lemma_.lower() in forces or v.lower_ in forces for v in victims)


@cache
def _toll_update_cues() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(cue) for cue in _lexicon().get("toll_update_cues", []))


#: How many days after the happening a revised toll may be told as dated ("died on Monday").
_TOLL_UPDATE_DAYS = 3


def _revises_a_toll(mention: EventDraft) -> bool:
    """Whether a mention's sentence revises a toll told before (``toll_update_cues``: "the
    first count gave two dead, but ...", "a fourth body was pulled out")."""
    words = fold(mention.sent.text)
    return any(cue.search(words) for cue in _toll_update_cues())


def _within_toll_days(host: DateValue | None, toll: DateValue | None) -> bool:
    """Whether a revised toll's day can follow the happening's: the same day or up to
    ``_TOLL_UPDATE_DAYS`` after ("a policeman wounded on Sunday died on Monday")."""
    if host is None or toll is None:
        return True
    if host.precision != "day" or toll.precision != "day":
        return dates_compatible(host, toll)
    return 0 <= (toll.as_date() - host.as_date()).days <= _TOLL_UPDATE_DAYS  # (never a day before it)


def _own_deed_told(mention: EventDraft) -> bool:
    """ "The group said on its channel that its men had stormed the post", "it said it had
    ambushed a patrol": a violent verb in the clause reported by a verb of saying
    (``own_deed_verbs``) whose subject is the speaker's own ("its fighters", "it")."""
    lex = _lexicon()
    verb = mention.trigger
    if verb.pos_ != "VERB":
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.get("own_deed_verbs", []):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ in lex.get("own_deed_subjects", []):
        return True
    return any(c.dep_ == "poss" and c.lower_ in lex.get("own_deed_possessives", []) for c in subject.children)


def _deed_told_before(
    mention: EventDraft, events: list[EventDraft], geo: dict[int, Place]
) -> EventDraft | None:
    """The attack a doer's own telling of its deed names (``_own_deed_told``): the current
    attack told last (``events``, most salient last) that the words can follow (on its day or
    up to ``own_deed_days`` after) and whose place can hold the one the words name. None when
    none fits, for a mention told as another one ("in a separate ..."), and for a state's
    action: "the army said its troops killed nine" is how a state reports each operation, not
    a claim of one told before."""
    if mention.type != "attack" or mention.background or not events or not _own_deed_told(mention):
        return None
    if _opens_as_other_incident(mention) or _framed_as_other(mention):
        return None
    days = int(_lexicon().get("own_deed_days", 0))
    for event in reversed(events):
        if event.type != mention.type or event.background or event.date is None or mention.date is None:
            continue
        if event.date.precision != "day" or mention.date.precision != "day":
            continue
        gap = (mention.date.as_date() - event.date.as_date()).days
        if not 0 <= gap <= days:
            continue
        if (
            event.places
            and mention.own_places
            and not places_compatible(event.places[0], mention.own_places[0], geo)
        ):
            continue
        if any(is_state(a) for a in event.actors) and not _same_doers(
            event.actors, mention.actors, mention.type
        ):
            continue  # (the state's forces named as its doers are another side)
        return event
    return None


def _toll_revised(mention: EventDraft, events: list[EventDraft], geo: dict[int, Place]) -> EventDraft | None:
    """ "Gunmen attacked a post on Sunday, killing two ... The first report gave two dead, but a
    third officer died on Monday at the hospital in X": a violent mention, with no distinct
    marker, told in a sentence that revises a toll tells the toll of a happening already told,
    not a happening of its own, though its day is a little later and its place is where the
    victim died. Returns the current violent happening told last (``events``, most salient
    last) whose day it can follow and whose place can hold the sentence's own (a hospital's
    town lies in the scene's region), or None."""
    if mention.type not in VIOLENT_TYPES or mention.background or mention.distinct or not events:
        return None
    if not _revises_a_toll(mention) or _opens_as_other(mention) or _framed_as_other(mention):
        return None
    for event in reversed(events):
        if event.type not in VIOLENT_TYPES or event.background or event.date is None:
            continue  # (a toll revised is the toll of a dated happening)
        if not _within_toll_days(event.date, mention.date):
            continue
        if event.places and mention.own_places:
            told, own = event.places[0], mention.own_places[0]
            if not (places_compatible(told, own, geo) or _in_region_of(event, own, geo)):
                continue
        return event
    return None


def _told_just_before(toll: EventDraft, events: list[EventDraft]) -> EventDraft | None:
    """ "The strike hit the market on Monday. Residents said 11 people were killed on the spot":
    an undated doer-less toll whose sentence follows one telling a violent happening (the last
    told before it) is that happening's toll, unless its sentence opens on another incident. So
    is a toll dated on that happening's very day ("The army said that night that three soldiers
    had been killed"): the same day told again, not another incident."""
    if _opens_as_other(toll) or _framed_as_other(toll):
        return None
    sent = toll.sent
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    last: EventDraft | None = None
    last_i = -1
    for event in events:
        if event is toll or event.type not in VIOLENT_TYPES:
            continue
        told = [m.i for m in event.mentions if m.i < sent.start]
        if told and max(told) > last_i:
            last, last_i = event, max(told)
    if last is None or last.background != toll.background:
        return None
    if last_i < before.start and not _nothing_told_between(last_i, sent, events):
        return None
    if (
        toll.date is not None
        and not _one_day(last.date, toll.date)
        # (a day written on the saying or on the finding of bodies may follow the killing's)
        and not (_day_of_another_clause(toll) and _within_toll_days(last.date, toll.date))
    ):
        return None
    return last


#: How many sentences telling no happening (a subheading, a description) may stand between a
#: violent happening and a doer-less toll that is its count.
_TOLL_GAP_SENTENCES = 2


def _nothing_told_between(last_i: int, sent: Span, events: list[EventDraft]) -> bool:
    """Whether the few sentences between the token ``last_i`` (the violent happening's last
    mention) and the toll's sentence ``sent`` tell no happening of any kind ("... set fire to
    shops. | Counting the dead | A nurse said on Monday that nine had died")."""
    doc = sent.doc
    first = sentence_bounds(doc, last_i)[1]
    starts = sentence_starts(doc)
    if bisect_right(starts, sent.start - 1) - bisect_right(starts, first - 1) > _TOLL_GAP_SENTENCES:
        return False
    return not any(first <= m.i < sent.start for e in events for m in e.mentions)


def _day_of_another_clause(toll: EventDraft) -> bool:
    """ "On Wednesday the governor said 14 had been killed, some bodies having been found on
    Tuesday": the toll's day is written on another verb than its own (the saying, the finding of
    the bodies), so it is the day of the count, not of the killing; a day on the toll's own verb
    ("11 were killed on Tuesday") or its conjunct is the killing's."""
    words = _date_words(toll)
    if words is None:
        return False
    verb, trigger = governing_verb(words.root), toll.trigger
    return verb.i != trigger.i and not (verb.dep_ == "conj" and verb.head.i == trigger.i)


def _one_day(first: DateValue | None, second: DateValue) -> bool:
    """Whether two dates name one and the same day (both at day precision)."""
    return first is not None and first.precision == second.precision == "day" and first.iso == second.iso


def _state_actor(cluster: EntityCluster) -> bool:
    """A state or its forces: a country, or an organisation of a state subtype (army, government)."""
    if cluster.type == "PLACE":
        return cluster.subtype == "country"
    return cluster.type == "ORG" and (cluster.subtype or "") in set(event_ontology()["state_subtypes"])


def _forces_act(draft: EventDraft) -> bool:
    """The action's own mentions name state forces as the doer ("troops killed", "by the army")."""
    nouns = set(event_ontology()["state_nouns"])
    for trigger in draft.mentions:
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        if misread_answer(verb) is not None:
            return True  # "troops responding to the raid killed ...", read as the raid's clause
        for child in verb.children:
            if child.dep_ in ("nsubj", "agent"):
                doers = [child, *(g for g in child.children if g.dep_ == "pobj")]
                if any(d.lemma_.lower() in nouns or d.lower_ in nouns for d in doers):
                    return True
    return False


def _acts_on(action: EventDraft, attack: EventDraft) -> bool:
    """The action is done to the attack: "repulsed the attack", "foiled the assault"."""
    told = {t.i for t in attack.mentions}
    return any(c.i in told for t in action.mentions for c in t.children if c.dep_ in ("dobj", "nsubjpass"))


def _one_incident_as_attack(events: list[EventDraft], geo: dict[int, Place]) -> None:
    """Merge a doer-less ``military_action`` into the attack told in the same sentence.

    "A roadside bomb struck a military convoy near X, killing four soldiers. The Y Front
    claimed the attack": the convoy makes "struck" read as a military action, the claim an
    attack; it is one incident, and an attack (violence by a non-state group). A military
    action with a state actor of its own, with state forces as the doer, named by a noun of
    its own ("the strike"), or of another kind (an arrest) stays apart. ``events`` is changed in place.
    """
    for action in [e for e in events if e.type == "military_action"]:
        if any(_state_actor(a) for a in action.actors) or event_family(action.trigger) != "force":
            continue
        if any(event_family(m) != "force" for m in action.mentions):
            continue  # "troops shot and then seized the suspect": the arrest the shooting was part of
        if _forces_act(action) or any(
            t.pos_ not in ("VERB", "AUX") and not _fight_of_no_state_side(t) for t in action.mentions
        ):
            continue  # "troops killed ...", "a second strike killed ...": a state's act by its own word
        if any(kills_attackers(t) for t in action.mentions):
            continue  # "three attackers were shot dead": the response, not the attack
        sentences = {m.sent.start for m in action.mentions}
        attack = next(
            (
                e
                for e in events
                if e.type == "attack"
                and e.background == action.background
                and (not e.distinct or action.distinct)  # "Two days later, they struck again, killing five"
                and {m.sent.start for m in e.mentions} & sentences
                and _compatible(e, action, geo)
                and not _acts_on(action, e)
            ),
            None,
        )
        if attack is None:
            continue
        absorb(attack, action)
        events.remove(action)


def _fight_of_no_state_side(noun: Token) -> bool:
    """ "The clashes began on Sunday ...", "fighting between two militias": a fight noun
    (``fight_nouns`` of events.yaml) none of whose sides is a state's force by its word
    (``state_nouns``). Told with an attack in its sentence, it is that attack's fighting, not
    the state's operation a fight with troops would be."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in event_words("fight_nouns"):
        return False
    state = event_words("state_nouns")
    # "troops killed nine in the gunfight that followed", "marines and gunmen traded fire ... in
    # the fighting": state forces doing something in the fight's sentence are one of its sides
    doers = [t for c in noun.sent if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    if kills_attackers(governing_verb(noun)) or any(
        t.lemma_.lower() in state or t.lower_ in state for t in doers
    ):
        return False
    return not any(
        t.lemma_.lower() in state or t.lower_ in state
        for t in noun.subtree
        if t.dep_ in ("pobj", "conj", "compound", "amod")
    )


def _told_as_one_doing(attack: EventDraft, action: EventDraft) -> bool:
    """Whether a verb of the attack and a verb of the action are one doing of one doer: in one
    sentence, coordinated under one subject ("raided homes and detained four men") or a verb and
    the noun its ``frame_preps`` phrase names ("killed three in a raid"). A passive verb makes its
    subject the one done to ("gunmen attacked the post and were shot dead"), not one doer."""
    for told in attack.mentions:
        for word in action.mentions:
            if told.i == word.i or told.sent.start != word.sent.start:
                continue
            if passive_verb(told) or passive_verb(word):
                continue
            if _conjoined_under_one_subject(told, word) or _framed_by(told, word) or _framed_by(word, told):
                return True
    return False


def _done_by_attackers(attack: EventDraft) -> bool:
    """Whether a verb of the attack has an attacker noun (``attacker_nouns``: "rebels", "gunmen")
    as its subject, or as the subject of the verb it is coordinated with."""
    doers = frozenset(str(w) for w in event_ontology()["attacker_nouns"])
    for told in attack.mentions:
        verb = told
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        if any(c.dep_ == "nsubj" and (c.lemma_.lower() in doers or c.lower_ in doers) for c in verb.children):
            return True
    return False


def _one_doing_of_two_kinds(events: list[EventDraft], geo: dict[int, Place]) -> None:
    """Join an attack and a military action that one sentence tells as one doing of one doer.

    "Fighters of the local guard raided two farms outside X and detained four men", "the convoy
    struck a mine and came under fire near Y": one happening told by two verbs that the trigger
    lexicon reads as two kinds. What the doer does decides the kind: state forces as the subject
    ("troops", "police": :func:`_forces_act`), or, with no attacker noun as the subject ("rebels
    rounded up residents and beheaded 12": :func:`_done_by_attackers`), a killing of fighters
    (``kills_attackers``) or an arrest make it a military action, anything else an attack (an actor
    guessed for the side hit is no doer). The two must agree in day and place as one doing's words do
    (:func:`_one_doing_scene`), and belong to the same story (both current or both background).
    ``events`` is changed in place."""
    for attack in [e for e in events if e.type == "attack"]:
        action = next(
            (
                e
                for e in events
                if e.type == "military_action"
                and e.background == attack.background
                and _told_as_one_doing(attack, e)
                and _one_doing_scene(attack, e, geo)
            ),
            None,
        )
        if action is None:
            continue
        forces = _forces_act(action) or (
            not _done_by_attackers(attack)
            and any(kills_attackers(m) or event_family(m) != "force" for m in action.mentions)
        )
        kept, joined = (action, attack) if forces else (attack, action)
        lead = kept.places[:1]  # the kind's own verb says where; the other's place may be carried over
        absorb(kept, joined)
        kept.places = _lead_with(lead, kept.places)
        kept.mentions.sort(key=lambda t: t.i)
        events.remove(joined)


def _placeless_retellings(events: list[EventDraft], geo: dict[int, Place]) -> None:
    """Join a current attack that names no place of its own to the one attack told before it
    whose places hold the places its sentence names.

    "Militants ambushed a patrol near the village of X in Y province on Sunday ... Officials had
    first said three were killed; a fourth died in the Y hospital on Monday. The group claimed
    the ambush": the toll's sentence, dated by its own clause a day later and placed only by the
    province its hospital lies in, tells the ambush again, and "the ambush" its claim names is that
    one. A retelling (an attack with no place of its own: its places came from the sentences
    around it or the dateline), a day or less apart, in a later sentence, with no other doer, not
    told as another incident ("Separately, ...", "a second wave", a day counted from a happening,
    "also"), whose sentence names no town or site the earlier attack's places do not hold
    (:func:`_holds`), joins it when exactly one current attack fits; the earlier attack keeps its
    own (finer) places and date. ``events`` (reading order) is changed in place.
    """
    markers = set(_lexicon()["distinct_markers"])
    for later in list(events):
        if later.type != "attack" or later.background or later.own_places or not later.places:
            continue
        if later.anchor is not None or _opens_as_other(later) or _framed_as_other(later):
            continue
        if any(t.dep_ in ("amod", "det") and t.lower_ in markers for m in later.mentions for t in m.sent):
            continue  # "A second wave followed on Wednesday", "another group of gunmen": a further one
        verbs = [m if m.pos_ in ("VERB", "AUX") else governing_verb(m) for m in later.mentions]
        if any(c.dep_ == "advmod" and c.lower_ in ("also", "again") for v in verbs for c in v.children):
            continue  # "Gunmen also killed a trader on Monday": a further happening
        first = min(m.i for m in later.mentions)
        sentences = {m.sent.start for m in later.mentions}
        named = [later.places[0], *_towns_in(later)]
        fits = [
            e
            for e in events
            if e is not later
            and e.type == "attack"
            and not e.background
            and e.own_places
            and min(m.i for m in e.mentions) < first
            and not {m.sent.start for m in e.mentions} & sentences
            and not (e.date and later.date and not dates_compatible(e.date, later.date))
            and not (e.date and later.date and opened_by_another_day(later, e.date))
            and not (e.actors and later.actors and not _same_doers(e.actors, later.actors, e.type))
            and all(any(_holds(p, town, geo) for p in e.places) for town in named)
            and not _period_list(e, later)
        ]
        if len(fits) != 1:
            continue
        event = fits[0]
        places, own_places, day = list(event.places), list(event.own_places), event.date
        absorb(event, later)
        event.places, event.own_places, event.date = places, own_places, day or event.date
        events.remove(later)


def _period_list(told: EventDraft, later: EventDraft) -> bool:
    """ "Violence rose in July, with a headman killed in X, a bomb in Y and blasts in Z": a
    happening dated only by a month or a year whose own places are several towns or sites is a
    list summing up a period; a later sentence dated to a day within it tells one of the listed
    happenings on its own, not a retelling of the list (which would give it the period's date)."""
    if told.date is None or later.date is None:
        return False
    if told.date.precision == "day" or later.date.precision != "day":
        return False
    return len({id(p) for p in told.own_places if p.subtype in ("city", "site")}) >= 2


def _towns_in(draft: EventDraft) -> list[EntityCluster]:
    """The towns and sites among a draft's places that its mentions' sentences name."""
    spans = [(m.sent.start_char, m.sent.end_char) for m in draft.mentions]
    return [
        p
        for p in draft.places
        if p.subtype in ("city", "site") and any(a <= m.start < b for m in p.mentions for a, b in spans)
    ]


def _holds(place: EntityCluster, other: EntityCluster, geo: dict[int, Place]) -> bool:
    """Whether ``other`` is ``place`` or lies in or at it: both located within
    :data:`SAME_SCENE_KM`, or ``place`` a division (not a country) of the same first-level region
    as ``other``. Stricter than :func:`places_compatible`: a place the gazetteer does not locate
    is held only by itself."""
    if place is other:
        return True
    pa, pb = geo.get(id(place)), geo.get(id(other))
    if pa is None or pb is None:
        return False
    km = _km(pa, pb)
    if km is not None and km <= SAME_SCENE_KM:
        return True
    if PLACE_RANK.get(place.subtype or "city", 2) > _ADMIN or pa.kind == "country":
        return False
    region = _region_of(place, geo)
    return region is not None and region == _region_of(other, geo)


def _tolls_of_actions(events: list[EventDraft]) -> None:
    """Merge a doer-less attack told only by a participle of a military action's verb into it.

    "Army artillery shelled the outskirts of X, killing two children": the killing is the toll of
    the shelling, not an attack of its own. ``events`` is changed in place.
    """
    for attack in [e for e in events if e.type == "attack" and not e.actors]:
        told = attack.trigger
        if told.dep_ != "advcl" or told.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in told.children):
            continue
        heads = {told.head.i}
        action = next(
            (
                e
                for e in events
                if e.type == "military_action"
                and e.background == attack.background
                and any(t.i in heads for t in e.mentions)
            ),
            None,
        )
        if action is not None:
            absorb(action, attack)
            events.remove(attack)


def _weapon_strikes_on_fighters(events: list[EventDraft]) -> None:
    """Merge a doer-less attack whose only doer is a launched weapon into the killing of fighters
    its own participle tells.

    "Missiles slammed into a camp in X, killing 40 militants": nobody is named behind the
    missiles (``launched_weapons`` of doers.yaml as the verb's subject), and the participle tells
    the strike's toll among armed men, which makes it a military action (``kills_attackers``);
    one happening, not an attack and an action. ``events`` is changed in place.
    """
    weapons = doer_words("launched_weapons")
    for attack in [e for e in events if e.type == "attack" and not e.actors and not e.background]:
        verb = attack.trigger
        if verb.pos_ != "VERB" or any(m is not verb for m in attack.mentions):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not all(c.lower_ in weapons or c.lemma_.lower() in weapons for c in subjects):
            continue
        action = next(
            (
                e
                for e in events
                if e.type == "military_action"
                and not e.actors
                and e.background == attack.background
                and all(
                    t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.i == verb.i and kills_attackers(t)
                    for t in e.mentions
                )
            ),
            None,
        )
        if action is not None:
            absorb(action, attack)
            events.remove(attack)


def _place_of_the_happening_acted_on(events: list[EventDraft]) -> None:
    """A military action done to an attack told before ("security forces ended the siege, killing
    three gunmen": the siege is a mention of the attack, :func:`_acts_on`) that names no town or
    site of its own took place where that attack did: its places lead with the attack's first.
    ``events`` is changed in place."""
    for action in [e for e in events if e.type == "military_action" and not e.background]:
        if any(p.subtype in ("city", "site") for p in action.own_places):
            continue
        attack = next(
            (e for e in events if e.type == "attack" and e.places and _acts_on(action, e)),
            None,
        )
        if attack is not None:
            action.places = _lead_with(attack.places[:1], action.places)


def _clash_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in _lexicon().get("clash_nouns", []))


def _attack_clashes(events: list[EventDraft]) -> None:
    """ "The attackers opened fire on the post and fled after a gun battle that lasted an hour":
    a clash noun (``clash_nouns`` in ``coreference.yaml``) told only in a sentence of an attack,
    with no day or place of its own and no state forces as the doer, is that attack's fighting,
    not a military action of its own (the state actor it carries is only the home country
    guessed for an unnamed doer). ``events`` is changed in place."""
    nouns = _clash_nouns()
    doers = frozenset(str(w) for w in event_ontology()["attacker_nouns"])
    for action in [e for e in events if e.type == "military_action" and not e.background]:
        # a headline's or caption's mentions that joined it say nothing of its own
        body = [m for m in action.mentions if not is_secondary(m.doc, m.i)]
        if len(body) != 1 or action.own_places or _forces_act(replace(action, mentions=body)):
            continue
        trigger = body[0]
        if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lemma_.lower() not in nouns:
            continue
        if action.date is not None and _date_words(action) is not None:
            continue  # "a gun battle on Tuesday": told with a day of its own
        sent = trigger.sent.start
        verb = governing_verb(trigger)
        by_doers = any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in doers or c.lower_ in doers) for c in verb.children
        )
        told_before = [
            e
            for e in events
            if e.type in VIOLENT_TYPES and e is not action and any(m.i < trigger.i for m in e.mentions)
        ]
        last = max(told_before, key=lambda e: max(m.i for m in e.mentions if m.i < trigger.i), default=None)
        attack = next(
            (
                e
                for e in events
                if e.type == "attack"
                and not e.background
                and any(m.sent.start == sent and m.i < trigger.i for m in e.mentions)
            ),
            None,
        )
        if attack is None and by_doers and last is not None and last.type == "attack" and not last.background:
            attack = last  # "The assailants fled after a firefight": the attack just told
        if attack is None:
            continue
        attack.mentions.append(trigger)
        attack.mentions.sort(key=lambda t: t.i)
        events.remove(action)


def _country_code(cluster: EntityCluster, geo: dict[int, Place]) -> str | None:
    """ISO code of the country a PLACE cluster is (or lies in), by the text or the gazetteer."""
    if cluster.type != "PLACE":
        return None
    place = geo.get(id(cluster))
    return cluster.country or (place.country if place is not None else None)


def _country_of(
    towns: list[EntityCluster], clusters: list[EntityCluster], geo: dict[int, Place]
) -> list[EntityCluster]:
    """``[country]`` the document names that holds most of ``towns`` (by the gazetteer), else ``[]``."""
    codes = [geo[id(t)].country for t in towns if id(t) in geo and geo[id(t)].country]
    if not codes:
        return []
    code = max(set(codes), key=codes.count)
    if codes.count(code) * 2 <= len(towns):
        return []
    for cluster in clusters:
        if cluster.type != "PLACE" or cluster.subtype != "country":
            continue
        place = geo.get(id(cluster))
        if cluster.country == code or (place is not None and place.country == code):
            return [cluster]
    return []


def _bare_anaphor(mention: EventDraft) -> bool:
    """ "The attack followed talks ...": a definite violent noun with no doer, place or marker
    of its own, that can only refer back."""
    trigger = mention.trigger
    return (
        trigger.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children)
        and mention.date is None
        and mention.type in VIOLENT_TYPES
        and not mention.actors
        and not mention.own_places
        and not mention.distinct
        and not mention.background
        and len(mention.mentions) == 1
    )


def _frame_bare_anaphor(mention: EventDraft) -> bool:
    """ "Hours after the raid, troops launched an operation ...": a definite violent noun counted
    from in an opening frame, with no day, place or second mention of its own; the doer it
    carries is the main clause's, so it can only refer back."""
    return (
        mention.trigger.pos_ == "NOUN"
        and mention.type in VIOLENT_TYPES
        and mention.date is None
        and not mention.own_places
        and not mention.background
        and len(mention.mentions) == 1
        and definite(mention)
        and _in_opening_frame(mention.trigger)
    )


def _in_opening_frame(trigger: Token) -> bool:
    """ "Hours after the raid, ...", "Days before the ambush, ...": the object of "after" or "before"
    in the phrase that opens the sentence, before its first comma."""
    sent = trigger.sent
    comma = doc_text(sent.doc).find(",", sent.start_char, sent.end_char)
    return (
        comma >= 0
        and trigger.idx < comma
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("after", "before", "following")
        and trigger.head.i - sent.start <= 3
    )


def _told_where(mention: EventDraft) -> bool:
    """ "The ambush happened near X": a definite anaphor whose verb of occurrence names its town."""
    return (
        definite(mention)
        and not mention.distinct
        and not mention.background
        and any(p.subtype in ("city", "site") for p in mention.own_places[:1])
        and occurrence_verb(mention.trigger) is not None
    )


def _occurrence_sentences(
    doc: Doc, mentions: list[EventDraft], dates: list[DateMention]
) -> list[tuple[int, DateValue]]:
    """(sentence start, day) of the sentences that say only when something told before happened:
    "It happened late on Saturday", "This took place on Tuesday night, residents said"."""
    violent = [m.i for d in mentions if d.type in VIOLENT_TYPES for m in d.mentions]
    verbs = set(_lexicon().get("occurrence_place_verbs", []))
    arrivals = set(ontology.table("calendar.yaml").get("arrival_verbs", []))
    doers = {str(w).lower() for w in event_ontology().get("attacker_nouns", [])}
    found: list[tuple[int, DateValue]] = []
    for mention in dates:
        if mention.value.precision != "day":
            continue
        words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if words is None:
            continue
        verb = governing_verb(words.root)
        if verb.lemma_.lower() not in verbs and verb.lemma_.lower() not in arrivals:
            continue
        sent = words.sent
        if any(sent.start <= i < sent.end for i in violent):
            continue  # the sentence tells a happening of its own
        subject = _subject_of(verb)
        if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head  # "The attackers, who came on motorcycles at 10 pm on Sunday, ..."
        if verb.lemma_.lower() in verbs:
            if subject.lower_ in ("it", "this", "that") and occurrence_verb(subject) is not None:
                found.append((sent.start, mention.value))
        elif (
            verb.lemma_.lower() in arrivals
            and subject.lower_ in doers
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children)
        ):
            found.append((sent.start, mention.value))  # "The attackers arrived ... at 10 pm on Saturday"
    return found


def _subject_of(verb: Token) -> Token:
    """The verb's subject (the verb itself when it has none)."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), verb)


#: Prepositions of a place where something occurred.
_LOCATIVE = frozenset({"in", "at", "near", "on", "outside", "inside"})


def _occurred_at(mention: EventDraft, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """Towns and sites a verb of occurrence places the happening named as its subject at ("The
    ambush happened near X", "The attack took place in Y"): its own places, however the parse
    hangs them."""
    verb = occurrence_verb(mention.trigger)
    if verb is None or verb.lemma_.lower() not in _lexicon().get("occurrence_place_verbs", []):
        return []  # "The assaults began in X and spread to Y": where it started, not its place
    found: list[EntityCluster] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE:
            continue
        for token in prep.subtree:
            cluster = index.get(token.i)
            town = cluster is not None and cluster.type == "PLACE" and cluster.subtype in ("city", "site")
            if town and cluster is not None and cluster not in found:
                found.append(cluster)
    return found


#: Event types a verb of carrying the wounded may be typed as ("flown to", "taken to").
_CARRIED_TYPES = frozenset({"visit", "meeting", "rally"})


def _victims_carried(mention: EventDraft) -> bool:
    """ "Three other officers were wounded and flown to a hospital": a verb joined to a doer-less
    toll passive, carrying its victims somewhere, typed as a visit or the like."""
    trigger = mention.trigger
    if mention.type not in _CARRIED_TYPES or trigger.dep_ != "conj":
        return False
    head = trigger.head
    return head.lemma_.lower() in harm_verbs() and any(c.dep_ == "auxpass" for c in head.children)


def _where_clause(trigger: Token) -> Token | None:
    """The verb of a relative clause of place ("X, where three herders were shot and a clinic was
    burned") the trigger is told in, or None."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    for _ in range(3):
        if verb.dep_ != "conj":
            break
        verb = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    return verb


def _where_clause_place(mention: EventDraft, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "They moved on to X, where three herders were shot": the town or site the relative clause
    of place hangs on is the happening's place."""
    verb = _where_clause(mention.trigger)
    if verb is None:
        return []
    cluster = index.get(verb.head.i)
    if cluster is None or cluster.type != "PLACE" or cluster.subtype not in ("city", "site"):
        town = town_before_its_container(verb.head, index)  # "X, in the Y region, where ..."
        return [town] if town is not None else []
    return [cluster]


def _pronoun_doer(mention: EventDraft) -> bool:
    """Whether the mention's doer is "they": its verb's subject, or, in a relative clause of place,
    the subject of the verb the place hangs on ("they moved to X, where two men were killed")."""
    verb = mention.trigger if mention.trigger.pos_ in ("VERB", "AUX") else governing_verb(mention.trigger)
    nodes = [verb]
    where = _where_clause(mention.trigger)
    if where is not None:
        nodes = [where, governing_verb(where.head)]
    for node in nodes:
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ == "they" and subject.dep_ == "nsubj":
            return True
        if subject is not None and node is not nodes[-1] and subject.dep_ == "nsubjpass":
            continue  # "where three herders were shot": the victims; the doer is the place verb's
        if subject is not None:
            return False
    return False


def _pronoun_doers(mentions: list[EventDraft]) -> None:
    """ "Militants entered a village on Tuesday and killed three fishermen. On Wednesday they moved
    to X, where three herders were shot": "they" are the attackers of the sentence before, so a
    violent mention they do is an attack by them, not a state's action (``mentions`` in reading
    order, changed in place)."""
    starts = sentence_starts(mentions[0].sent.doc) if mentions else []
    for k, mention in enumerate(mentions):
        if mention.type != "military_action" or not _pronoun_doer(mention):
            continue
        here = bisect_right(starts, mention.trigger.i)
        before = [
            m
            for m in mentions[:k]
            if m.type in VIOLENT_TYPES and here - bisect_right(starts, m.trigger.i) == 1
        ]
        if before and before[-1].type == "attack" and not any(_state_actor(a) for a in before[-1].actors):
            mention.type = "attack"
            mention.actors = list(before[-1].actors)


@cache
def _attacker_nouns() -> frozenset[str]:
    """Nouns of attackers or suspects (``attacker_nouns`` of ``casualties.yaml``)."""
    return frozenset(str(w).lower() for w in ontology.table("casualties.yaml").get("attacker_nouns", []))


def _attackers_killed_in_action(mentions: list[EventDraft]) -> None:
    """ "Forces raided a house and arrested four men. A fifth suspect was killed after opening
    fire": a doer-less passive killing of attackers or suspects, told right after a military
    action (in its sentence or the next), is that action's toll, not an attack of its own
    (``mentions`` in reading order, changed in place)."""
    starts = sentence_starts(mentions[0].sent.doc) if mentions else []
    for k, mention in enumerate(mentions):
        trigger = mention.trigger
        if mention.type != "attack" or mention.actors or trigger.pos_ != "VERB":
            continue
        if trigger.lemma_.lower() not in harm_verbs() or any(c.dep_ == "agent" for c in trigger.children):
            continue
        victim = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
        if victim is None or victim.lower_ not in _attacker_nouns():
            continue
        here = bisect_right(starts, trigger.i)
        before = [
            m
            for m in mentions[:k]
            if m.type in VIOLENT_TYPES and here - bisect_right(starts, m.trigger.i) <= 1
        ]
        if before and before[-1].type == "military_action" and before[-1].background == mention.background:
            mention.type = "military_action"


def _toll_of_the_action(mentions: list[EventDraft]) -> list[EventDraft]:
    """ "Three rebels died and a trooper was hurt in an encounter with troops near X", "Police
    killed four suspects as they searched a compound in Y": a doer-less attack word told in one
    sentence as one doing with a military action (a passive toll framed by the action's noun, or
    the action's "when"/"as" clause with no doer of its own but a pronoun) is that action's toll,
    not an attack of its own: the action absorbs it (its figures, places, date), led by the
    action's own word ("the encounter", whose kind later sentences join). Not an attack with a
    doer of its own ("when gunmen attacked the post"), one told as another, one of another time,
    nor a verb merely coordinated with the action's ("their convoy struck a mine and came under
    fire": the victims' subject, no doer). Returns ``mentions`` (reading order) without the absorbed ones."""
    absorbed: set[int] = set()
    for mention in mentions:
        if mention.type != "attack" or mention.actors or mention.distinct:
            continue
        start = sentence_start(mention.trigger.doc, mention.trigger.i)
        for action in mentions:
            if (
                action.type != "military_action"
                or action.distinct
                or id(action) in absorbed
                or action.background != mention.background
                or sentence_start(action.trigger.doc, action.trigger.i) != start
            ):
                continue
            linked = _clause_of_the_doing(action, mention) or _toll_framed_by(mention.trigger, action.trigger)
            if linked and _one_doing_scene(action, mention, {}):
                absorb(action, mention)
                absorbed.add(id(mention))
                break
    return [m for m in mentions if id(m) not in absorbed]


def _toll_framed_by(verb: Token, noun: Token) -> bool:
    """Whether ``noun`` is the object of a ``frame_preps`` preposition hanging on the passive
    ``verb`` or on a passive verb coordinated with it: "three were killed and two wounded in an
    encounter"."""
    preps = _lexicon().get("frame_preps", [])
    if (
        verb.pos_ != "VERB"
        or noun.dep_ != "pobj"
        or noun.head.dep_ != "prep"
        or noun.head.lower_ not in preps
    ):
        return False
    held = noun.head.head
    if not all(_told_as_suffered(t) for t in (verb, held)):
        return False
    if held.i == verb.i or (held.dep_ == "conj" and held.head.i == verb.i):
        return True
    if verb.dep_ == "conj" and verb.head.i == held.i:
        return True
    if verb.dep_ == held.dep_ == "acl" and _apposed_or_joined(verb.head, held.head):
        return True  # a headline: "two rebels killed, soldier wounded in clash"
    # "three were killed and two wounded in it, police said": clauses of one verb joined by "and"
    early, late = sorted((verb, held), key=lambda t: t.i)
    return (
        early.head.i == late.head.i
        and early.dep_ == late.dep_
        and early.i != early.head.i
        and any(c.dep_ == "cc" and c.i < late.i for c in early.children)
    )


def _apposed_or_joined(first: Token, second: Token) -> bool:
    """Whether two nouns are one, or one is in apposition or coordinated with the other."""
    return (
        first.i == second.i
        or (first.dep_ in ("appos", "conj") and first.head.i == second.i)
        or (second.dep_ in ("appos", "conj") and second.head.i == first.i)
    )


def _told_as_suffered(verb: Token) -> bool:
    """A passive verb ("three were killed") or a headline's participle ("three rebels killed,
    soldier wounded in clash")."""
    if verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubjpass" for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")


def _clause_of_the_doing(action: EventDraft, mention: EventDraft) -> bool:
    """Whether ``mention``'s verb is a "when"/"as" clause of the action's verb (or of a verb
    coordinated with it under its subject) whose doer is a pronoun or unsaid: "troops killed two
    and held three when they raided a farm"."""
    verb = mention.trigger
    if verb.pos_ != "VERB" or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in verb.children):
        return False
    if any(c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON" for c in verb.children):
        return False
    told = action.trigger
    return told.pos_ == "VERB" and (verb.head.i == told.i or _conjoined_under_one_subject(told, verb.head))


def extract_events(
    doc: Doc,
    clusters: list[EntityCluster],
    dates: list[DateMention],
    published: date | None,
    geo: dict[int, Place] | None = None,
) -> list[EventDraft]:
    """Every event of a document: its mentions joined by coreference, dates defaulted sensibly.

    ``geo`` maps ``id(cluster)`` of PLACE clusters to their geocoded place.
    """
    index, mentions = rule_mentions(doc, clusters, dates)  # (kept when the batch computed them, prepass.py)
    # the learned model (learned.py): vetoes rule mentions and adds what it finds that they missed
    mentions = learned.apply(doc, mentions, lambda sent, given: events_in_sentence(sent, index, dates, given))
    carry_actors(mentions)  # "Friday's strikes", "the raid": the doer told before (actor_carry.py)
    named_later = generic_place_referents(doc, index)  # "raided a village ... the toll in Malam Karamti"
    for mention in mentions:
        found = (
            next(  # one village, one name: "churches and synagogues" in a region are several places
                (named_later[t.i] for t in mention.trigger.subtree if t.i in named_later and t.tag_ == "NN"),
                None,
            )
            if named_later  # (most documents name no place later: no subtree to walk)
            else None
        )
        if found is not None and any(
            p.subtype in ("city", "site")
            and not written_as_division(p, mention.sent)  # (not "a village in X township": X holds it)
            and not (found.within is p and not found.within_guessed)  # (set by p in the text)
            for p in mention.own_places
        ):
            continue  # a town of its own; but "a camp east of X ... Y, a camp 30 km east of X": Y
        if found is not None:
            mention.own_places = [found, *mention.own_places]
            mention.places = _lead_with([found], mention.places)
    for mention in mentions:
        if any(p.subtype in ("city", "site") for p in mention.own_places):
            continue
        where = _occurred_at(mention, index)  # "The ambush happened near Mocimboa on Wednesday"
        if where:
            mention.own_places = _lead_with(where, mention.own_places)
            mention.places = _lead_with(where, mention.places)
    for mention in mentions:
        where = _where_clause_place(mention, index)  # "moved on to X, where three herders were shot"
        if where:
            mention.own_places = _lead_with(where, mention.own_places)
            mention.places = _lead_with(where, mention.places)
    _pronoun_doers(mentions)
    _attackers_killed_in_action(mentions)
    mentions = _toll_of_the_action(mentions)
    # "Four others were wounded and flown to a hospital": the victims' transfer is no happening
    mentions = [m for m in mentions if not _victims_carried(m)]
    # page structure (page.py): a headline, standfirst, byline or caption alone creates no event;
    # its mentions are read after the body's and only join a body event of their type
    # a teaser ("Also read: Two rangers killed in ...") names another story: none of its mentions counts
    mentions = [d for d in mentions if not all(zone_at(doc, m.idx) in MUTE_ZONES for m in d.mentions)]
    for mention in mentions:
        day = entry_date(doc, mention.sent.start_char, dates, filed=False) if mention.date is None else None
        if day is not None and mention.anchor is None and not _told_from_another_entry(mention, mentions):
            mention.date = day  # "FRIDAY", "3 July - X.": what an entry tells undated is of its day
    secondary = [d for d in mentions if all(is_secondary(doc, m.i) for m in d.mentions)]
    body = [d for d in mentions if not any(d is s for s in secondary)]
    lead = news_date(doc, dates, published)
    news_day = lead.as_date() if lead is not None else published
    told_when = _occurrence_sentences(doc, mentions, dates)
    merged = [
        e for e in corefer(body + secondary, news_day, geo, told_when) if not any(e is s for s in secondary)
    ]
    follow_the_doers(merged, dates, index, reported_day, news_day)  # "The raiders entered X late on Saturday"
    filed_from = dateline_places(doc, index)
    home = _country_code(filed_from[0], geo or {}) if filed_from else None
    _follow_up_at_scene(doc, merged)
    lead_event = next((d for d in merged if not d.background and d.type in VIOLENT_TYPES), None)
    scenes = lead_event.places[:1] if lead_event is not None else []  # where the report's news is
    for draft in merged:
        # (a town the sentence writes as the division that holds the others is no scene of the list:
        # "raids on A, B and C, three villages of the Y cercle")
        towns = [
            p
            for p in draft.own_places
            if p.subtype in ("city", "site") and not written_as_division(p, draft.sent)
        ]
        if draft.type in ("attack", "military_action", "claim") and len({id(t) for t in towns}) >= _SPREAD:
            # raids on seven towns told with one toll: no one town is the place, their country is
            draft.places = [p for p in draft.places if PLACE_RANK.get(p.subtype or "city", 2) <= _ADMIN]
            if not draft.places:
                draft.places = _country_of(towns, clusters, geo or {})
        if draft.background:
            if not draft.places and draft.type == "military_action" and home is not None:
                # "Kenya's army launched an operation in March", filed from Nairobi: at home
                draft.places = [a for a in draft.actors if _country_code(a, geo or {}) == home][:1]
            draft.places = draft.places or placed_just_before(draft, merged)  # (recalled_scenes.py)
            continue  # an older happening keeps what its own sentences say
        if not draft.places and draft.type in ("attack", "military_action", "claim"):
            # not "A day earlier, a guard was stabbed outside a settlement": another happening
            counted = draft.distinct and draft.anchor is not None and draft.anchor[1] != 0
            elsewhere = set_at_an_unnamed_other_place(draft.mentions)  # "in a neighbouring township"
            labelled = _item_place(draft, index)
            told = (
                [] if counted or elsewhere or labelled is not None else _placed_before(draft, merged, index)
            )
            if labelled is not None:
                draft.places = labelled  # a bulletin's item: where its label says, not the dateline
            elif told:  # "troops ended the siege after killing the attackers": where the siege was
                draft.places = told
            elif (
                filed_from
                and not elsewhere
                and not away_from_towns(draft.mentions)
                and not filed_elsewhere(filed_from[0], scenes, geo or {})
                and not acts_from_abroad(filed_from[0], draft.actors, geo or {})
            ):
                draft.places = filed_from  # a report filed from the city it describes
        if draft.date is None and draft.type != "claim":
            # "3 July - X. ... the attack": told again in an entry and joined to nothing: the entry's day
            draft.date = entry_date(doc, draft.sent.start_char, dates)
        if draft.date is None and draft.type != "claim":  # its sentence's one date (sentence_dates.py)
            dated_here = [
                d.date for d in merged if any(draft.sent.start <= m.i < draft.sent.end for m in d.mentions)
            ]
            draft.date = written_date(draft.sent, dated_here, dates)
        if draft.date is None and draft.type in ("attack", "military_action"):
            # in a list page's item, the first day that item tells (page.py), else the page's lead
            draft.date = news_date(doc, dates, published, item_at=draft.sent.start_char) or lead
    _retold_scenes(merged, index, dates, geo or {})  # "... in X department. The blast hit Y hamlet"
    _placeless_retellings(merged, geo or {})
    return merged


def _told_from_another_entry(mention: EventDraft, mentions: list[EventDraft]) -> bool:
    """ "Thursday 12 March: a faction claimed the X attack": a definite noun in a dated entry that
    tells no violent happening of its own names one of an earlier entry, not one of its day."""
    if not definite(mention):
        return False
    doc, start = mention.sent.doc, mention.sent.start_char
    return not any(
        m is not mention
        and m.type in VIOLENT_TYPES
        and not definite(m)
        and in_one_entry(doc, start, m.sent.start_char)
        for m in mentions
    )


#: How many sentences after an event's first a retelling may name the town it happened in.
_RETELLING_WINDOW = 4

#: How far from a town told as the scene the town a retelling names may lie (km): "in the hills
#: west of X ... the camp, near the village of Y" (Y a village of X's outskirts or countryside).
_RETOLD_NEAR_KM = 40.0


def _retold_scenes(
    events: list[EventDraft], index: dict[int, EntityCluster], dates: list[DateMention], geo: dict[int, Place]
) -> None:
    """Move a current attack or action told with a coarse place to the one town a later sentence
    names while it tells the happening again.

    "A bomb ripped through a bus in western X on Monday ... The device went off as the bus passed
    through the Y neighbourhood"; "Guerrillas blew up a pipeline in the department of X ... The
    blast ripped the pipeline open near the hamlet of Y"; "Warplanes struck a camp in the hills west of X ...
    The camp, near the village of Y, ...": a sentence of the next few (:data:`_RETELLING_WINDOW`)
    that retells the event by a definite phrase (one of its own mentions with "the", or one whose
    subject has it, or a definite noun of what it struck: ``retold_target_nouns``) and names
    exactly one town or site, in that phrase, as where something lies or happened
    (:func:`retold_towns`), gives the event that town when the town lies inside the event's place
    (:func:`_lies_in`), is not named in the event's first sentence already, and is no other event
    of the kind's own place. Not a sentence of another happening: one opened as another
    ("Separately, ..."), one with a date that is not the event's, one holding a mention of another
    event that names its own place, is dated apart or is older, one marking another of the kind
    ("the other market"). Not an event told as spread over a region ("strikes across X province,
    including nine in Y"). The event's evidence stays its first sentence. ``events`` (reading
    order) is changed in place.
    """
    if not events:
        return
    doc = events[0].sent.doc
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    markers = set(_lexicon()["distinct_markers"])
    for draft in events:
        if draft.background or draft.type not in ("attack", "military_action") or not draft.places:
            continue
        scene = draft.places[0]
        if scene.subtype == "site" or is_secondary(doc, draft.trigger.i):
            continue
        if draft.spread_over is not None or any(told_as_spread(m) for m in draft.mentions):
            continue  # "strikes across X province, including nine in Y ... the strike in Y": a part
        if _struck_several(draft.trigger):
            continue  # "attacked churches and a police post in X region ... the assault in Y": one of them
        own = {m.i for m in draft.mentions}
        heads = _target_heads(draft)
        others = [e for e in events if e is not draft]
        taken = {id(p) for e in others if e.type == draft.type for p in e.own_places}
        at = bisect_right(starts, draft.trigger.i) - 1
        for sent in sents[at + 1 : at + 1 + _RETELLING_WINDOW]:
            if opens_apart(doc, sent.start):
                break
            if is_secondary(doc, sent.start) or _another_told_here(sent, others, draft):
                continue
            if _dated_otherwise(sent, dates, draft.date):
                continue
            retold = [t for t in sent if _retells(t, own, heads)]
            if any(c.dep_ in ("amod", "det") and c.lower_ in markers for t in retold for c in t.children):
                continue  # "The other five bombs targeted ...", "a second raid hit ..."
            anchors = [a for t in retold for a in _retelling_phrases(t)]
            towns = [t for t in retold_towns(sent, index, anchors) if t is not scene]
            if len(towns) != 1:
                continue
            town = towns[0]
            coarse = _division_in(scene, draft.sent) or _told_by_a_direction(scene, draft.sent)
            if id(town) in taken or not _lies_in(town, scene, geo, coarse):
                continue
            draft.places = _lead_with([town], draft.places)
            break


def _target_heads(draft: EventDraft) -> frozenset[str]:
    """The nouns the event's targets end in ("army patrol base": "base") and the common nouns its
    first trigger acts on ("struck a training camp", "an airstrike on a village"), lower case, that
    name a thing struck (``retold_target_nouns``: not "the group", "the soldiers")."""
    said = [t.split()[-1] for t in draft.targets if t and t.split()[-1].islower()]
    said += [t.lemma_ for t in _acted_on(draft.trigger) if t.pos_ == "NOUN"]
    return frozenset(w.lower() for w in said) & _retold_target_nouns()


def _acted_on(trigger: Token) -> list[Token]:
    """What the trigger acts on: its object ("struck a camp"), its passive subject, the object of
    its "on" or "at" ("an airstrike on a village")."""
    acted_on = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "at")]
    return acted_on + [g for c in preps for g in c.children if g.dep_ == "pobj"]


def _struck_several(trigger: Token) -> bool:
    """Whether the trigger acts on several things struck: a plural or a list of ``retold_target_nouns``
    ("attacked two schools, a clinic and an army post", "raided three villages"). A later sentence
    that places one of them places a part of the happening, not all of it."""
    nouns = _retold_target_nouns()
    return any(
        t.lemma_.lower() in nouns and (t.tag_ == "NNS" or any(c.dep_ == "conj" for c in t.children))
        for t in _acted_on(trigger)
    )


@cache
def _retold_target_nouns() -> frozenset[str]:
    """``retold_target_nouns`` of coreference.yaml ("base", "camp", "market")."""
    return frozenset(str(w).lower() for w in _lexicon().get("retold_target_nouns", []))


def _retells(token: Token, own: set[int], heads: frozenset[str]) -> bool:
    """Whether the token retells the event by a definite phrase: one of its mentions with "the",
    "this" or "that" ("the blast"), or whose subject has it ("The device exploded"), or a definite
    noun one of its targets ends in ("the camp")."""
    if token.tag_ == "NNS":
        return False  # "The coordinated assaults began in X": several happenings, one of them there
    if token.i in own:
        if token.pos_ == "NOUN":
            return _said_definite(token)
        return any(c.dep_ in ("nsubj", "nsubjpass") and _said_definite(c) for c in token.children)
    return token.pos_ == "NOUN" and token.lemma_.lower() in heads and _said_definite(token)


def _retelling_phrases(token: Token) -> list[Token]:
    """The heads of the phrases a retelling token tells the happening in: itself, and for a noun
    that is its verb's subject, that verb ("The blast hit the line near X"), not a verb of speech
    ("The attack, the governor said at a meeting in X, ...")."""
    verb = token.head
    if (
        token.pos_ == "NOUN"
        and token.dep_ in ("nsubj", "nsubjpass")
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() not in reporting_verbs()
    ):
        return [token, verb]
    return [token]


def _said_definite(token: Token) -> bool:
    """Whether the token is a noun with "the", "this" or "that"."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children
    )


def _another_told_here(sent: Span, others: list[EventDraft], draft: EventDraft) -> bool:
    """Whether a mention of another event in the sentence tells a happening of its own: an older
    one, one dated apart from ``draft``, or one whose own phrase names a place."""
    for other in others:
        if not any(sent.start <= m.i < sent.end for m in other.mentions):
            continue
        if other.background or other.own_places or other.distinct:
            return True
        if other.date and draft.date and not dates_compatible(other.date, draft.date):
            return True
    return False


def _dated_otherwise(sent: Span, dates: list[DateMention], day: DateValue | None) -> bool:
    """Whether the sentence holds a date that is not the event's day."""
    told = [d.value for d in dates if sent.start_char <= d.span.start < sent.end_char]
    return any(day is None or not dates_compatible(value, day) for value in told)


def _lies_in(town: EntityCluster, scene: EntityCluster, geo: dict[int, Place], coarse: bool) -> bool:
    """Whether ``town`` lies inside ``scene`` or nothing says it does not: the text puts it there;
    or, ``scene`` a division (by kind, or as written), the gazetteer puts both in one first-level
    region; or, ``scene`` a town, within :data:`_RETOLD_NEAR_KM` of it; or the gazetteer knows
    neither the town nor a place the text puts it in or near, and ``scene`` is a division or told
    coarsely (``coarse``: "the department of X", "western X", "the hills west of X"; not "on the
    edge of X ... the camp, at Y village": the town's edge is the scene told). A town the gazetteer
    does not know is located by the place the text puts it by ("X, about 12 km east of Y": Y)."""
    division = coarse or PLACE_RANK.get(scene.subtype or "city", 2) <= _ADMIN
    if said_within(town, scene):
        return True
    if said_within(scene, town):
        return False  # the scene's own container
    located = town
    while not _geocoded(located, geo) and located.within is not None and located.within is not scene:
        located = located.within
    if not _geocoded(located, geo):
        return located.within is None and division
    if division:
        region = _region_of(scene, geo)
        return region is not None and region == _region_of(located, geo)
    pa, pb = geo.get(id(scene)), geo.get(id(located))
    km = _km(pa, pb) if pa is not None and pb is not None else None
    return km is not None and km <= _RETOLD_NEAR_KM


def _division_in(place: EntityCluster, sent: Span) -> bool:
    """Whether the sentence writes the place as a division: "X district", "the A and B provinces"
    (:func:`written_as_division`) or "the department of X" (:func:`_division_of`, as
    :func:`_told_as_division` reads the whole text)."""
    if written_as_division(place, sent):
        return True
    text, before = doc_text(sent.doc), _division_of()
    return any(
        before.search(text, max(sent.start_char, m.start - 40), m.start)
        for m in place.mentions
        if sent.start_char <= m.start < sent.end_char
    )


def _told_by_a_direction(place: EntityCluster, sent: Span) -> bool:
    """Whether the sentence writes the place with a direction right before it ("western X", "the
    hills west of X", "north-east of Y": ``compass_words`` of entities.yaml): a part of it or its
    surroundings, not the town itself."""
    doc = sent.doc
    for m in place.mentions:
        if sent.start_char <= m.start < sent.end_char:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(
                t.lower_ in compass_words() for t in doc[max(span.start - 3, 0) : span.start]
            ):
                return True
    return False


def _geocoded(place: EntityCluster, geo: dict[int, Place]) -> bool:
    """Whether the gazetteer gives the place coordinates."""
    known = geo.get(id(place))
    return known is not None and known.lat is not None and known.lon is not None
