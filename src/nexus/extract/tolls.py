"""Casualty figures given to the events that caused them.

``find_casualties`` (casualties.py) reads the figures of one sentence; this
module decides which event each figure belongs to and which of a report's
figures is current (an update) and which are earlier counts.

A figure belongs to the violent event (attack or military action) whose
trigger is closest to it in the parse of its sentence; a sentence without a
violent event of its own continues the one just described in the sentence
before (when it is of the main event's type), or else the report's main event.  Some figures belong
to no event: running and background totals ("the toll from three days of
strikes", "300 deaths since 2016") and a claimant's own figure.  Parts of a
total already given ("Three were badly hurt and four suffered minor
injuries") are not alternative totals, while an addition ("a soldier was also
killed") adds to it.  People killed by a strike or raid, militants included,
are that military action's ``killed``, and so is an attacker "shot dead by police two days
later": a passive that names its doer tells the forces' own act.  A toll verb of change ("raising the toll to
14") makes its figure current, and so does a sentence before it in its paragraph that tells
the rise without a figure ("Overnight the death toll climbed."); "the initial tally ... was 8"
is an early count; of two floors in one sentence, a second source's higher one is kept; "N
more" who died add to the figure of their own sentence.

On pages that tell several incidents, a figure whose own phrase names a town
or site ("died at Korvala", "74 people at the fuel terminal", a fronted "In
Peshawar, ...") goes to the violent event placed there; a trailing ", killing
11" belongs to the clause just before it; a sentence with no event of its own
continues the event the last figures went to, unless its own clause sets its dead at a town or
site that event is not at ("two herders' bodies lay near <another hamlet>"); and
parts placed at their own happenings ("among them 74 at X") are those happenings' tolls, which
makes their whole a total over several.  A bare count of militants the forces killed ("two
fighters fell during the sweep", "six were shot dead and four more
detained") is the operation told just before, a search or arrest sweep included; the forces' own
dead or hurt told after their response to an attack ("troops beat back raiders at their camp ...
four of the troops were hurt") are that attack's.  Armed men killed in a sentence that tells the
forces' raid ("held when troops searched a compound, an operation in which one more suspect was
shot dead") are the raid's, even when the sentence's words also name the attack; a toll a source
had given before ("officials had earlier set the death toll at four") is an early count, which later additions
build on.  On a live blog a figure continues no event of the entry above its own, and in a blog
written newest first the main event is the one its oldest entry tells.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.casualties import (
    CasualtyMention,
    care_verbs,
    coordinated_pair,
    dying_verb,
    find_casualties,
    parse_number,
    self_inflicted,
    toll_kind,
    wounded_who_died,
)
from nexus.extract.doctext import doc_text
from nexus.extract.entities import EntityCluster, token_entity_index
from nexus.extract.event_types import victim_nouns
from nexus.extract.events import EventDraft
from nexus.extract.page import MUTE_ZONES, in_body, zone_at
from nexus.extract.page_segments import in_update_note, other_segments
from nexus.extract.parse_index import parse_index
from nexus.extract.recollections import dated_elsewhen
from nexus.extract.role_kinds import seized_by_a_non_state_side
from nexus.extract.tokens import matching, sentences
from nexus.extract.triggers import killing_verbs, kills_attackers, told_in_passing
from nexus.model import Count

#: Casualty kinds carried on an event, in the model's field names.
CASUALTY_FIELDS = ("killed", "injured", "missing", "attackers_killed")
_VIOLENT = ("attack", "military_action")
#: How many sentences a violent event carries over to sentences without one.
_CARRY = 1
#: Distance given to a draft whose only mention is the figure's own verb.
_CUE_ONLY = 3
#: Beyond this many parse steps a trigger of the sentence does not own a figure.
_FAR = 6
#: Prepositions that place a figure ('killed at', 'in', 'near') and that tie it to a happening.
_LOCATIVE = frozenset({"at", "in", "on", "near", "outside", "inside"})
_EVENT_PREPS = frozenset({"in", "during"})
#: Place subtypes precise enough to tell two happenings of one report apart.
_LOCAL = frozenset({"city", "site"})
_NAME_PARTS = frozenset({"compound", "nmod", "amod", "appos", "poss", "flat", "conj"})
#: Rank base of a figure a correction notice gives: above an update (2) of the body.
_CORRECTED = 3


def attach_casualties(doc: Doc, drafts: list[EventDraft]) -> None:
    """Give each casualty figure of ``doc`` to the violent draft that caused it.

    Fills ``draft.casualties[kind]`` with ``Count`` objects and
    ``draft.toll_ranks[kind]`` with a parallel rank for ``latest``: an update
    ("rose to 137") outranks a plain figure, which outranks an early count;
    at equal rank a figure from a sentence naming the event outranks one
    given to it by default, and a figure of the body outranks one of the
    headline or a caption.  Aggregate and claimed figures go to no draft.
    """
    quiet = _no_casualty_triggers()
    # (a capture or an arrest takes no toll, unless a killing verb tells it too: 'seized the
    # district in clashes in which 30 rebels died'; an abduction does: 'gunmen rounded up ten
    # traders and shot six of them')
    violent = [
        d
        for d in drafts
        if d.type in _VIOLENT
        and (d.trigger.lemma_.lower() not in quiet or _kills_too(d) or seized_by_a_non_state_side(d.trigger))
    ]
    if not violent:
        return
    text = doc_text(doc)
    entries = _blog_entries(text)
    main = _main_event(doc, violent, entries)
    sents = list(sentences(doc))
    sent_of = {s.start: k for k, s in enumerate(sents)}
    places = _place_index(doc)
    thread: tuple[int, EventDraft] | None = None  # the event the last figures went to
    groups: dict[tuple[int, str, int], str] = {}  # (event, kind, count index) -> victim group
    # event -> (index of an injured figure, the killed figure its sentence told with it, if any)
    hurt_told: dict[int, list[tuple[int, int | None]]] = {}
    folded: list[EventDraft] = []  # drafts of a bare toll's verbs, joined to the happening told before
    told_at: dict[int, int] = {}  # id of a figure's Count -> where its mention starts (live blogs)
    kept: list[CasualtyMention] = []  # (the mentions whose Counts ``told_at`` names, kept alive)
    risen: tuple[int, str] | None = None  # (end, kind) of the last 'the toll had risen' with no figure
    died_hurt: list[tuple[EventDraft, set[int]]] = []  # (event, ids of the injured Counts told before)
    for k, sent in enumerate(sents):
        if zone_at(doc, sent.start_char) in MUTE_ZONES:
            continue  # "Read also: Two rangers killed in ...": another story's figures
        mentions = _shot_told_as_killings(sents, k, find_casualties(sent))
        if not mentions:
            rise = _rise_without_figure(sent)
            if rise is not None:
                risen = (sent.end_char, rise)
            if thread is not None and thread[0] == k - 1 and not _names_violence(sent, violent):
                # '... killed 11 farmers. "They cut their throats," he said. Two more bodies were
                # found, bringing the toll to 13': a sentence with no figure or violent word between
                # a toll and its update does not end the thread
                thread = (k, thread[1])
            continue
        killed_before = {id(d): [c.value for c in d.casualties.get("killed", [])] for d in violent}
        injured_before = {id(d): len(d.casualties.get("injured", [])) for d in violent}
        here = [d for d in violent if any(sent.start <= m.i < sent.end for m in d.mentions)]
        # A violent word filed under an arrest ('arrested 26 over the massacre') still names it.
        named = bool(here) or any(
            sent.start <= m.i < sent.end and m.lemma_.lower() not in quiet
            for d in drafts
            if d.type in _VIOLENT
            for m in d.mentions
        )
        wanted = [m for m in mentions if m.kind in CASUALTY_FIELDS and not m.aggregate and not m.claimed]
        kept.extend(wanted)
        told_at.update((id(m.count), m.start_char) for m in wanted)
        # 'Police stormed a hideout in X. Four gunmen died in the shootout, officials said.':
        # a bare toll whose only violent words are its own verbs tells the happening just before
        went_on = _toll_of_the_last(doc, sents, k, here, wanted, violent, places)
        if went_on is None and here and all(m.kind == "attackers_killed" for m in wanted):
            # 'Police combed the market and held nine traders. Two fighters fell during the
            # sweep': the militants the forces killed fell in the operation told just before
            sweeps = [d for d in drafts if d.type == "military_action" and all(d is not v for v in violent)]
            went_on = _toll_of_the_last(doc, sents, k, here, wanted, violent + sweeps, places)
            if went_on is not None and all(went_on is not v for v in violent):
                violent.append(went_on)
                killed_before[id(went_on)] = [c.value for c in went_on.casualties.get("killed", [])]
                injured_before[id(went_on)] = len(went_on.casualties.get("injured", []))
        if went_on is not None:
            for draft in here:
                if all(sent.start <= m.i < sent.end for m in draft.mentions):
                    # the toll verb's own draft was that happening told again: its words join it
                    # (not its doers or places, which its own sentence never named)
                    went_on.mentions.extend(draft.mentions)
                    folded.append(draft)
            violent = [d for d in violent if all(d is not f for f in folded)]
            here, named = [went_on], True
        if here:
            _keep_claimed(doc, [m for m in mentions if m.claimed and not m.aggregate], here, sent)
        # Parts ('among them 74 at the port') count only for a happening they place.
        placed: dict[int, EventDraft | None] = {}
        for m in wanted:
            if m.part:
                where = _figure_places(doc, m, places)
                placed[id(m)] = _located(where, here, None, violent) if where else None
        wholes: dict[tuple[str, int], set[int]] = {}
        for m in wanted:
            found = placed.get(id(m))
            if found is not None:
                wholes.setdefault((m.kind, m.cue), set()).add(id(found))
        given: list[EventDraft] = []
        floors: list[tuple[EventDraft, str, int, CasualtyMention]] = []
        parts: list[tuple[EventDraft, str, CasualtyMention]] = []  # figures taken as parts of a total
        chosen = [_nearest(doc, m, here, sent) if here and not m.part else None for m in wanted]
        told = _toll_of_happening(sent, violent)
        if told is not None:
            # 'The toll from that ambush rose to nine': the figures are the named happening's
            chosen = [
                told if not m.part and (not here or _toll_cue_of(doc, m)) else e
                for m, e in zip(wanted, chosen, strict=True)
            ]
        repointed: dict[int, EventDraft] = {}  # 'the attack' (token) -> the attack it points back to
        named_by_cue: dict[int, EventDraft] = {}  # figure index -> the happening its own words name
        for j, m in enumerate(wanted):
            named_here = None if m.part else _cue_happening(doc, m, violent, repointed)
            if (
                m.kind == "attackers_killed"
                and m.cue >= 0
                and named_here is not None
                and named_here.type == "attack"
            ):
                # 'a pair of the raiders fell to sentries' rifles in the siege': the figure is told by
                # the forces' own action ('shot'), not by the attack its phrase names
                named_here = next(
                    (
                        d
                        for d in violent
                        if d.type == "military_action" and any(t.i == m.cue for t in d.mentions)
                    ),
                    named_here,
                )
            if named_here is not None:
                chosen[j] = named_here  # 'wounded in the ambush' told after another event's sentence
                named_by_cue[j] = named_here
        if went_on is not None:
            # ('lost their lives in those bombings' names the bombings told before, not the court case)
            chosen = [None if m.part else named_by_cue.get(j, went_on) for j, m in enumerate(wanted)]
        for j, e in enumerate(chosen):
            # 'died during the attack, while four others were hurt': the attack the sentence's own
            # 'the attack' points back to, not the draft that word was filed under
            inside = [m.i for m in e.mentions if sent.start <= m.i < sent.end] if e is not None else []
            if inside and all(i in repointed for i in inside) and not wanted[j].part:
                chosen[j] = repointed[inside[0]]
            forces = _forces_just_told(wanted[j], e, sent, violent, sents, sent_of, k)
            if forces is not None:
                chosen[j] = forces
        sibling = next((e for e in chosen if e is not None), None)
        went: list[tuple[EventDraft, bool] | None] = []  # the event (and own) each figure went to
        for j, (mention, event) in enumerate(zip(wanted, chosen, strict=True)):
            went.append(None)
            if mention.part:
                target = placed.get(id(mention))
                if target is not None and all(target is not g for g in given):
                    _add(target, mention, text, sent, own=True, groups=groups)
                continue
            if _total_after(doc, mention, wanted):
                continue  # '(four more) bodies were recovered, taking the toll to 12': the 12 counts them
            recalled = _recalled_happening(doc, mention)
            if recalled is not None and not any(m.i == recalled.i for d in violent for m in d.mentions):
                continue  # 'weeks after a raid in which six died': a happening told as a time, no event
            pinned = went[j - 1] if j and coordinated_pair(doc, wanted[j - 1], mention) else None
            if pinned is not None:
                # 'a raid that left six dead and 11 hurt': one toll, the first figure's event
                _add(pinned[0], mention, text, sent, own=pinned[1], groups=groups)
                went[j] = pinned
                given.append(pinned[0])
                thread = (k, pinned[0])
                continue
            spread = len(wholes.get((mention.kind, mention.cue), ()))
            if spread > 1 or (spread and event is not None and event.trigger.tag_ == "NNS"):
                continue  # a total over the several happenings its parts place
            where = _figure_places(doc, mention, places)
            located = _located(where, here, event, violent) if where else None
            if where and located is None and event is not None and not _at_place(event, where, every=True):
                continue  # 'hurt in the attack on <another street>': a figure of another happening
            if located is not None:
                event = located
            elif event is None and here and sibling is not None:
                event = sibling  # '47 dead and 27 injured': one toll, one event
            if event is None and not here and not where:
                # "Photo: firemen at the bridge outside Kemal, where the toll was put at six":
                # no trigger, but the sentence names the one place a violent event of the report had
                # (one told by then: 'the prefect of X told ...' names no raid at X recalled later)
                told_by_then = [
                    d for d in violent if min((m.i for m in d.mentions), default=d.trigger.i) < sent.start
                ]
                event = _located(_sentence_places(sent, places), [], None, told_by_then)
            if event is None:
                if zone_at(doc, sent.start_char) == "notice":
                    event = main  # 'Correction: ... three people were hurt': the report's own story
                else:
                    entry_opens = _opens_entry(entries, sents, k) or (
                        k > 0 and other_segments(doc, sents[k - 1].start_char, sent.start_char)
                    )  # (an update note or a list item: written apart from the one above)
                    event = (
                        None if entry_opens else _continued(thread, k) or _carried(violent, sents, sent_of, k)
                    ) or main
                scene = _clause_places(doc, mention, places) if not here else []
                if scene and not _at_place(event, scene, every=True):
                    continue  # 'two herders' bodies lay near <another hamlet>'
                if not here and event.type == "military_action" and mention.kind in ("killed", "injured"):
                    beside = _attack_repelled(event, violent)
                    if beside is not None and _counts_forces(doc, mention):
                        event = beside  # 'troops beat back raiders at their camp ... four were hurt'
                if not here and dated_elsewhen(sent.text, event.date):
                    continue  # "On October 3, 2011, 40 died in a stampede": another day's figure
                if (
                    event.type == "military_action"
                    and main.type == "attack"
                    and mention.kind != "attackers_killed"
                    and not _another_day(event, main)
                    and not _another_place(event, main)
                ):
                    event = main  # wounded after a raid on the attackers are the attack's
            operation = _operation_of_the_armed_dead(mention, event, drafts, sent)
            if operation is not None:
                event = operation  # 'troops searched a compound; one more suspect was shot dead there'
                if all(operation is not v for v in violent):
                    violent.append(operation)
                    killed_before[id(operation)] = [c.value for c in operation.casualties.get("killed", [])]
                    injured_before[id(operation)] = len(operation.casualties.get("injured", []))
            if mention.cue >= 0 and event.type != "attack" and self_inflicted(doc[mention.cue]):
                if main.type != "attack":
                    continue
                event = main  # a bomber who blew himself up died in the attack, not by the forces
            if _victims_of_the_attack(event, main, mention) and not _hurt_in_another_operation(
                event, main, mention
            ):
                event = main  # "33 militants were killed, while four soldiers died": the soldiers
            own = (
                any(event is d for d in here) or (not here and named) or located is not None or event is told
            )
            kind = "killed" if mention.kind == "attackers_killed" else mention.kind
            if _add_to_sibling(event, kind, mention, floors):
                continue  # '... had killed 26, and five more soldiers died': 31, told in one sentence
            if _part_and_more(event, kind, mention, parts):
                continue  # 'killing nine ... Seven died at the scene and two more in hospital': the nine
            before = len(event.casualties.get(kind, []))
            update = (
                risen is not None
                and risen[1] == mention.kind
                and "\n" not in text[risen[0] : mention.start_char]
            )
            _add(event, mention, text, sent, own=own, groups=groups, update=update)
            if kind == "killed" and mention.hurt_before:
                # 'A guard was shot ... He died in hospital': one person, counted once, as killed
                hurt = event.casualties.get("injured", [])[: injured_before.get(id(event), 0)]
                died_hurt.append((event, {id(c) for c in hurt}))
            if len(event.casualties.get(kind, [])) > before:
                floors.append((event, kind, before, mention))
            elif not mention.additive:
                parts.append((event, kind, mention))
            given.append(event)
            went[j] = (event, own)
            thread = (k, event)
        _higher_floor_of_another_source(doc, floors, groups)
        _share_with_twins(wanted, went, here, sent)
        died = wounded_who_died(sent)
        tolls = {id(d): d.casualties.get("killed", [])[len(killed_before[id(d)]) :] for d in violent}
        told_toll = [d for d in violent if tolls[id(d)]]
        if died and len(told_toll) == 1:
            # 'raising the toll to five' after 'two of the wounded died': the toll the deaths make
            dying = told_toll[0]
            toll = max(c.value for c in tolls[id(dying)])
            _wounded_died(dying, died, hurt_told.get(id(dying), []), toll)
        for d in violent:
            first = tolls[id(d)][0].value if tolls[id(d)] else None
            for at in range(injured_before[id(d)], len(d.casualties.get("injured", []))):
                hurt_told.setdefault(id(d), []).append((at, first))
    for event, hurt_ids in died_hurt:
        _hurt_one_died(event, hurt_ids, died_hurt)
    _harmed_no_one(sents, violent)
    _latest_entry_wins(text, violent, told_at)
    if folded:
        drafts[:] = [d for d in drafts if all(d is not f for f in folded)]


#: A live blog's entry line: "14:20 — ...", "9.05am - ...", "16:40 BST – ...": a clock time and a dash,
#: or a clock time alone on its line above the entry's text; a weekday may lead ("Friday, 22:40 — ...").
_ENTRY_STAMP = re.compile(
    r"^[ \t]*(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
    r"(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)[ \t]*(?P<half>(?i:[ap]\.?m\.?))?[ \t]*"
    r"(?:[A-Z]{2,5}[ \t]*)?(?:[—–-][ \t]*\S|\n[ \t]*\S)",
    re.M,
)  # the zone ("GMT", "IST") in capitals only: "14:20 Army - ..." opens no entry


def _blog_entries(text: str) -> list[tuple[int, int]]:
    """The entries of a live blog as (start character, place in time: 0 the first written).

    A page of two or more lines opened by a clock time and a dash is a live blog; its
    entries run newest first or oldest first, which the order of their times tells (most
    steps one way).  The place in time follows the entries' order, not the clock, so a
    blog that runs past midnight keeps its order.  No entries on other pages."""
    stamps = []
    for match in _ENTRY_STAMP.finditer(text):
        hour, minute = int(match.group("hour")), int(match.group("minute"))
        half = (match.group("half") or "").lower()[:1]
        if hour > 23 or (half and not 1 <= hour <= 12):
            continue
        if half:
            hour = hour % 12 + (12 if half == "p" else 0)
        stamps.append((match.start(), hour * 60 + minute))
    if len(stamps) < 2:
        return []
    steps = [b[1] - a[1] for a, b in pairwise(stamps)]
    down, up = sum(1 for d in steps if d < 0), sum(1 for d in steps if d > 0)
    if down == up:
        return []
    last = len(stamps) - 1
    return [(start, last - k if down > up else k) for k, (start, _clock) in enumerate(stamps)]


def _entry_of(entries: list[tuple[int, int]], char: int) -> int | None:
    """The place in time of the live-blog entry holding character ``char`` (None above the first)."""
    at = bisect_right([start for start, _ in entries], char) - 1
    return entries[at][1] if at >= 0 else None


def _latest_entry_wins(text: str, violent: list[EventDraft], told_at: dict[int, int]) -> None:
    """On a live blog the figure of the entry written last is the event's current one.

    Entries update each other without saying so ('09:05 — three dead', '11:40 — 14 dead'), and an
    older entry may tell its figure with a verb of change ('the toll has risen to six') that the
    newer one does not need: of an event's figures told in two or more entries, the latest entry's
    best one outranks the others.  Early counts (rank below 4) and figures outside the entries
    keep their rank."""
    entries = _blog_entries(text)
    if not entries:
        return
    for draft in violent:
        for kind, counts in draft.casualties.items():
            ranks = draft.toll_ranks.setdefault(kind, [])
            while len(ranks) < len(counts):
                ranks.append(7)
            placed = [
                (i, entry)
                for i, count in enumerate(counts)
                if ranks[i] >= 4
                and id(count) in told_at
                and (entry := _entry_of(entries, told_at[id(count)])) is not None
            ]
            if len({entry for _, entry in placed}) < 2:
                continue
            newest = max(entry for _, entry in placed)
            winner = min((i for i, entry in placed if entry == newest), key=lambda i: (-ranks[i], i))
            top = max(ranks[i] for i, _ in placed)
            ranks[winner] = top
            for i, _entry in placed:
                if i != winner and ranks[i] >= top:
                    ranks[i] = top - 1


def _shot_told_as_killings(
    sents: list[Span], k: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """``mentions`` of sentence ``k`` with the people "shot" read as killed when a later sentence
    calls what happened "the killings" ("Gunmen pulled 22 passengers off a bus and shot them ... The
    group claimed the killings"): the shot are hurt unless the text says they died, and a definite
    noun of killing (``killing_anaphor_nouns``) says so, when the report gives no toll of the dead."""
    shot = [
        m
        for m in mentions
        if m.kind == "injured" and m.cue >= 0 and sents[k].doc[m.cue].lemma_.lower() in _shooting_verbs()
    ]
    if not shot or any(m.kind == "killed" for s in sents for m in find_casualties(s)):
        return mentions
    nouns = _killing_anaphors()
    told = any(
        t.lemma_.lower() in nouns
        and t.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in t.children)
        for s in sents[k + 1 :]
        for t in matching(s, nouns)
    )
    if not told:
        return mentions
    return [replace(m, kind="killed") if any(m is x for x in shot) else m for m in mentions]


@cache
def _shooting_verbs() -> frozenset[str]:
    words: list[str] = ontology.table("casualties.yaml").get("shooting_verbs", [])
    return frozenset(w.lower() for w in words)


@cache
def _killing_anaphors() -> frozenset[str]:
    words: list[str] = ontology.table("casualties.yaml").get("killing_anaphor_nouns", [])
    return frozenset(w.lower() for w in words)


def _operation_of_the_armed_dead(
    mention: CasualtyMention, chosen: EventDraft, drafts: list[EventDraft], sent: Span
) -> EventDraft | None:
    """The one operation of the forces told in the sentence of a count of armed men killed that
    went to an attack: 'held when troops searched a compound, an operation in which one more suspect was
    shot dead' (the raid's dead, not the attack's), 'repelled the assault and killed six of
    the attackers'.  None when the figure went elsewhere, when the men died by no one's hand
    ('one died in the explosion') or the sentence tells no operation or several."""
    if mention.kind != "attackers_killed" or mention.part or chosen.type != "attack":
        return None
    if any(m.i == mention.cue for m in chosen.mentions) and chosen.trigger.i == mention.cue:
        return None  # the figure's own verb is the attack's trigger: no other doing tells it
    cue = sent.doc[mention.cue] if mention.cue >= 0 else None
    if cue is None or dying_verb(cue) or self_inflicted(cue):
        return None  # 'one died in the explosion': a bomber's own death, no doing of the forces
    operations = [
        d
        for d in drafts
        if d.type == "military_action"
        and not d.background
        and any(sent.start <= m.i < sent.end for m in d.mentions)
    ]
    return operations[0] if len(operations) == 1 else None


def _kills_too(draft: EventDraft) -> bool:
    """Whether one of the draft's words is a killing verb ('killed', 'shot dead')."""
    return any(m.pos_ == "VERB" and m.lemma_.lower() in killing_verbs() for m in draft.mentions)


def _share_with_twins(
    wanted: list[CasualtyMention],
    went: list[tuple[EventDraft, bool] | None],
    here: list[EventDraft],
    sent: Span,
) -> None:
    """ "A missile hit a barracks, killing six guards": read both as a strike and, by its
    'killing', as an attack, one happening typed two ways; the figures the sentence gave one
    go to the other too, when the other's only word in the sentence is the verb of a figure
    that one took, and it has no figure of that kind yet.

    ``wanted`` are the sentence's figures, ``went`` the (event, own) each went to (None when
    it went to none), ``here`` the violent drafts the sentence mentions.
    """
    for mention, target in zip(wanted, went, strict=True):
        if target is None or mention.part or not target[1] or mention.kind == "attackers_killed":
            continue
        event = target[0]
        # the verbs of the figures this event took ('killing four and wounding five'); a verb of
        # a figure another draft took ('police shot dead the attacker who had stabbed a man')
        # makes no twin
        cues = {m.cue for m, t in zip(wanted, went, strict=True) if t is not None and t[0] is event}
        for twin in here:
            inside = [m.i for m in twin.mentions if sent.start <= m.i < sent.end]
            if twin is event or twin.type == event.type or not inside or any(i not in cues for i in inside):
                continue
            if twin.casualties.get(mention.kind) or any(m.i == event.trigger.i for m in twin.mentions):
                continue
            twin.casualties[mention.kind] = [mention.count]
            twin.toll_ranks[mention.kind] = list(event.toll_ranks.get(mention.kind, [7]))[-1:]


def _toll_of_the_last(
    doc: Doc,
    sents: list[Span],
    k: int,
    here: list[EventDraft],
    wanted: list[CasualtyMention],
    violent: list[EventDraft],
    places: dict[int, EntityCluster],
) -> EventDraft | None:
    """The violent draft told in the sentence just before sentence ``k`` when ``k`` is a bare
    toll of it: "Police stormed a hideout in X. Four gunmen died in the shootout, officials
    said."

    None unless every violent word of sentence ``k`` is one of its figures' own verbs (no
    happening named: "in the ambush" keeps its own event), the sentence names no day and no
    town or site of another happening, one happening heads the sentence before (its word
    nearest that sentence's root; a tie tells none), and that happening has no figure yet of
    a kind the toll gives (figures then are parts or updates, which the ordinary rules
    weigh).  An attack takes no attackers' dead this way: their killing is the forces' own
    action.  ``here`` are the violent drafts mentioned in sentence ``k``, ``wanted`` its
    figures, ``places`` the token index of place entities.
    """
    sent = sents[k]
    if not here or not wanted or k == 0 or any(m.part for m in wanted):
        return None
    cues = {m.cue for m in wanted if m.cue >= 0}
    cues |= {_first_verb(doc[c]).i for c in list(cues)}  # 'were killed and two soldiers injured'
    cues |= _arrests_beside(doc, cues) | _operation_named_back(doc, cues)
    for draft in here:
        if any(sent.start <= m.i < sent.end and m.i not in cues for m in draft.mentions):
            return None
    if any(t.ent_type_ in ("DATE", "TIME") and not _day_of_telling(t, cues) for t in sent):
        return None  # 'Two more were killed on Friday': a day of its own
    before = sents[k - 1]
    depths = {
        id(d): min(_depth(m) for m in inside)
        for d in violent
        if (inside := [m for m in d.mentions if before.start <= m.i < before.end and not told_in_passing(m)])
    }
    if not depths:
        return None
    top = min(depths.values())
    told = [d for d in violent if depths.get(id(d)) == top]
    if len(told) != 1 or any(told[0] is d for d in here):
        return None  # ('the raid on militants linked to the bombing': the raid, its clause's head)
    last = told[0]
    if any(not _at_place(last, [p], every=True) for p in _sentence_places(sent, places)):
        return None  # 'Three were killed in <another town>': another happening
    kinds = {"killed" if m.kind == "attackers_killed" else m.kind for m in wanted}
    if any(last.casualties.get(kind) for kind in kinds):
        return None
    if last.type == "attack" and any(m.kind == "attackers_killed" for m in wanted):
        return None
    return last


def _day_of_telling(token: Token, cues: set[int]) -> bool:
    """Whether the date word ``token`` dates only a source's telling of a toll ('..., an officer
    said on Wednesday'): the first verb above it is a teller verb that is none of the toll's
    own verbs (``cues``) and that follows them, an attribution trailing the toll; 'said two died
    on Friday' keeps the Friday, which dates the deaths, and 'On Sunday the army said its men had
    pushed them back, killing 14' a report whose day may be the deeds' own."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and all(verb.i > c for c in cues) and verb.lemma_.lower() in _teller_verbs()


def _arrests_beside(doc: Doc, cues: set[int]) -> set[int]:
    """Arrest verbs coordinated with a toll's verb ('Six were shot dead and four more
    detained'): the same operation's haul, no happening of their own."""
    quiet = _no_casualty_triggers()
    found: set[int] = set()
    for i in cues:
        cue = doc[i]
        for other in (*cue.children, cue.head):
            below = other.dep_ == "conj" and other.head.i == cue.i
            linked = below or (cue.dep_ == "conj" and cue.head.i == other.i)
            if linked and other.pos_ == "VERB" and other.lemma_.lower() in quiet:
                found.add(other.i)
    return found


def _operation_named_back(doc: Doc, cues: set[int]) -> set[int]:
    """'fell during the sweep': a definite general happening noun under a toll's
    verb points back to the happening told before, and names no other."""
    found: set[int] = set()
    for i in cues:
        for prep in doc[i].children:
            if prep.dep_ != "prep" or prep.lower_ not in _EVENT_PREPS:
                continue
            for noun in prep.children:
                definite = any(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in noun.children)
                if noun.dep_ == "pobj" and definite and noun.lemma_.lower() in _GENERIC_HAPPENINGS:
                    found.add(noun.i)
    return found


def _depth(token: Token) -> int:
    """How many heads stand above ``token`` in its sentence's parse."""
    return sum(1 for _ in token.ancestors)


def _wounded_died(event: EventDraft, died: int, told: list[tuple[int, int | None]], toll: int) -> None:
    """'Three killed and five wounded ... The toll rose to five after two of the wounded died':
    the ``died`` are no longer among the injured told before.  An injured figure told together
    with a killed figure below ``toll`` (the toll the sentence of the deaths gives) drops by that
    many; one told with the current toll ('eleven killed and 30 hurt', before 'first put at
    seven, but four of the injured died') already counts the survivors only and stays."""
    injured = event.casualties.get("injured", [])
    for at, with_killed in told:
        if with_killed is None or with_killed >= toll or at >= len(injured):
            continue
        count = injured[at]
        if count.value > died:
            injured[at] = Count(value=count.value - died, qualifier=count.qualifier, text=count.text)


def _hurt_one_died(event: EventDraft, hurt: set[int], pending: list[tuple[EventDraft, set[int]]]) -> None:
    """One person counted hurt (the injured Counts whose ids are ``hurt``) later died: each of
    those figures counts one fewer, and a figure of that one person alone goes.  ``pending``
    (the other deaths still to apply) follows a Count replaced by its lowered copy."""
    counts = event.casualties.get("injured", [])
    ranks = event.toll_ranks.get("injured", [])
    for at in reversed(range(len(counts))):
        count = counts[at]
        if id(count) not in hurt:
            continue
        if count.value > 1:
            lower = Count(value=count.value - 1, qualifier=count.qualifier, text=count.text)
            counts[at] = lower
            for _, ids in pending:
                if id(count) in ids:
                    ids.add(id(lower))
        else:
            del counts[at]
            if at < len(ranks):
                del ranks[at]


def _keep_claimed(doc: Doc, claimed: list[CasualtyMention], here: list[EventDraft], sent: Span) -> None:
    """A claimant's figures go aside on the happening its sentence tells ("X claimed the raid,
    saying it had killed 40 soldiers"), to stand as its toll only when no other is told."""
    for mention in claimed:
        event = _nearest(doc, mention, here, sent)
        if event is None or mention.part:
            continue
        kind = mention.kind
        if kind == "attackers_killed":
            if event.type != "military_action":
                continue  # the attackers' own dead are no attack's toll
            kind = "killed"
        if kind in CASUALTY_FIELDS:
            event.claimed_casualties.setdefault(kind, []).append(mention.count)


def _no_harm_kinds(sent: Span) -> tuple[str, ...]:
    """The figures a sentence says are zero: ("killed",) for "no one was killed", ("killed",
    "injured") for "no one was hurt", "hurting nobody", "no casualties were reported"; () else."""
    table = ontology.table("casualties.yaml")["no_harm"]
    pronouns = {str(w) for w in table["pronouns"]}
    killed = {str(w) for w in table["killed"]}
    both = {str(w) for w in table["both"]}
    doc = sent.doc
    low = parse_index(doc).lowers
    for i in range(sent.start, sent.end):
        if low[i] not in pronouns and low[i] not in ("one", "no"):
            continue  # (the cheap test first, on the column; the full ones below)
        tok = doc[i]
        nobody = tok.lower_ in pronouns or (
            tok.lower_ == "one" and tok.i > sent.start and tok.nbor(-1).lower_ == "no"
        )
        if nobody and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            word = tok.head.lemma_.lower()
            # "no one was hurt", "no one was reported hurt", "hurting no one"
            words = {
                word,
                *(c.lemma_.lower() for c in tok.head.children if c.dep_ in ("acomp", "oprd", "xcomp")),
            }
        elif tok.lower_ == "no" and tok.dep_ == "det":
            words = {tok.head.lemma_.lower(), tok.head.lower_}  # "no casualties", "no injuries"
        else:
            continue
        if words & killed:
            return ("killed",)
        if words & both:
            return ("killed", "injured")
    return ()


def _harmed_no_one(sents: list[Span], violent: list[EventDraft]) -> None:
    """ "The device went off outside a bank. No one was hurt": a violent event its own or the next
    sentence says harmed no one has zero figures, when it has none of its own."""
    for k, sent in enumerate(sents):
        kinds = _no_harm_kinds(sent)
        if not kinds:
            continue
        here = [d for d in violent if any(sent.start <= m.i < sent.end for m in d.mentions)]
        if not here and k > 0:
            before = sents[k - 1]
            here = [d for d in violent if any(before.start <= m.i < before.end for m in d.mentions)]
        if len(here) != 1:
            continue  # two happenings told together: no telling which harmed no one
        event = here[0]
        for kind in kinds:
            if not event.casualties.get(kind):
                event.casualties[kind] = [Count(value=0, text="no one")]
                event.toll_ranks[kind] = [4]


#: Prepositions by which a toll names its happening: 'the toll from the ambush', 'of the blast'.
_TOLL_OF = frozenset({"from", "of", "in"})
#: Determiners that point back to a happening already told: 'that ambush', 'the blast'.
_BACK_DETS = frozenset({"that", "this", "the", "those", "these"})


def _toll_of_happening(sent: Span, violent: list[EventDraft]) -> EventDraft | None:
    """The violent draft a toll noun of the sentence names: 'the toll from that ambush'.

    The happening noun is a mention of a draft, or, pointed back to ('that
    ambush', 'the blast'), the draft whose trigger of that word was told last
    before it. None when the sentence has no such toll phrase.
    """
    toll_nouns = _toll_nouns()
    for tok in matching(sent, toll_nouns):  # (a toll noun's lemma: the others are never built)
        if tok.lemma_.lower() not in toll_nouns or tok.pos_ != "NOUN":
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in _TOLL_OF:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                owner = next((d for d in violent if any(m.i == noun.i for m in d.mentions)), None)
                if owner is not None and owner.trigger.i == noun.i:
                    return owner
                if not any(c.dep_ in {"det", "poss"} and c.lower_ in _BACK_DETS for c in noun.children):
                    continue
                lemma = noun.lemma_.lower()
                before = [d for d in violent if d.trigger.lemma_.lower() == lemma and d.trigger.i < noun.i]
                if before:
                    return max(before, key=lambda d: d.trigger.i)
    return None


#: Happening nouns too general to pick one of several events by their word alone.
_GENERIC_HAPPENINGS = frozenset({"attack", "incident", "violence", "assault", "operation", "fighting"})


def _cue_happening(
    doc: Doc,
    mention: CasualtyMention,
    violent: list[EventDraft],
    repointed: dict[int, EventDraft] | None = None,
) -> EventDraft | None:
    """The draft a figure's own verb names by a specific happening word told before it:
    '11 troops wounded in the ambush' is the ambush's, whichever event the sentence names
    otherwise; 'during the attack' is the one attack told just before, if there is one (its
    token goes in ``repointed``). None for another general word ('in the incident') or when no
    earlier draft has that word."""
    if mention.cue < 0:
        return None
    cue = doc[mention.cue]
    holders = [cue, *(c for c in cue.children if c.dep_ in {"acl", "amod"})]  # 'troops wounded in the ambush'
    for prep in (p for h in holders for p in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in _EVENT_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in _RELATIVE_OBJECTS and prep.head.dep_ == "relcl":
                noun = prep.head.head  # 'the ambush, in which 11 soldiers died': the ambush
                if noun.pos_ != "NOUN":
                    continue
                owner = next((d for d in violent if d.trigger.i == noun.i), None)
                if owner is not None:
                    return owner  # 'the 2018 attack on cyclists, in which four died': that attack's own
            elif noun.dep_ != "pobj":
                continue
            lemma = noun.lemma_.lower()
            if not any(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in noun.children):
                continue
            if lemma in _ATTACK_WORDS:
                lone = _lone_attack_just_told(noun, violent)
                if lone is not None:
                    if repointed is not None:
                        repointed[noun.i] = lone
                    return lone  # 'two soldiers died during the attack', after the attack repelled
            if lemma in _GENERIC_HAPPENINGS:
                continue
            owner = next((d for d in violent if d.trigger.i == noun.i), None)
            if owner is not None:
                return owner
            before = [d for d in violent if d.trigger.lemma_.lower() == lemma and d.trigger.i < noun.i]
            if before:
                return max(before, key=lambda d: d.trigger.i)
    return None


#: Relative pronouns a figure's preposition may take for the happening it names ('in which').
_RELATIVE_OBJECTS = frozenset({"which", "whom"})
#: General words for an attack that point back to the one attack just told ('during the attack').
_ATTACK_WORDS = frozenset({"attack", "assault"})


def _lone_attack_just_told(noun: Token, violent: list[EventDraft]) -> EventDraft | None:
    """The one attack draft told in ``noun``'s sentence before it or in the sentence before
    (``noun`` being 'the attack'); None when there is none or more than one."""
    doc, sent = noun.doc, noun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    # (not the verb the noun hangs on: 'died in these attacks' filed under another attack)
    own = {a.i for a in noun.ancestors}
    told = [
        d
        for d in violent
        if d.type == "attack" and any(start <= m.i < noun.i and m.i not in own for m in d.mentions)
    ]
    return told[0] if len(told) == 1 else None


def _toll_cue_of(doc: Doc, mention: CasualtyMention) -> bool:
    """Whether the figure's cue is the toll phrase's verb (not another clause's killing)."""
    if mention.cue < 0:
        return False
    cue = doc[mention.cue]
    return cue.lemma_.lower() in _toll_verbs() or cue.lemma_.lower() in _toll_nouns()


@cache
def _toll_nouns() -> frozenset[str]:
    words = ontology.table("casualties.yaml").get("toll_nouns") or []
    return frozenset(str(w).lower() for w in words)


def _part_and_more(
    event: EventDraft,
    kind: str,
    mention: CasualtyMention,
    parts: list[tuple[EventDraft, str, CasualtyMention]],
) -> bool:
    """'Seven died at the scene and two more died in hospital' after a toll of nine: the sentence
    tells the total again in parts; its 'N more' adds to its own part, and when that sum is
    within a figure the event already has, nothing is added."""
    if not mention.additive:
        return False
    for other, other_kind, first in reversed(parts):
        if other is event and other_kind == kind:
            total = first.count.value + mention.count.value
            return any(total <= c.value for c in event.casualties.get(kind, []))
    return False


def _add_to_sibling(
    event: EventDraft,
    kind: str,
    mention: CasualtyMention,
    added: list[tuple[EventDraft, str, int, CasualtyMention]],
) -> bool:
    """An additive figure ('five more soldiers died') adds to the figure its own sentence gave
    the event, not to a toll told elsewhere; False when the sentence gave none.  A toll of the
    sentence ('the toll reached 31 as two more died') already counts it: nothing is added."""
    if not mention.additive or mention.kind != kind:
        return False
    for other, other_kind, at, first in reversed(added):
        if other is event and other_kind == kind and first.kind == kind:
            if first.cue >= 0 and event.sent.doc[first.cue].lemma_.lower() in _toll_verbs():
                return True
            if mention.cue >= 0 and _told_as_cause(event.sent.doc[mention.cue]):
                return True  # 'killing six, sources said, after two of the wounded died': six counts them
            counts = event.casualties[kind]
            old = counts[at]
            counts[at] = Count(value=old.value + mention.count.value, qualifier=old.qualifier, text=old.text)
            return True
    return False


#: Subordinators of a clause that tells how a figure of its sentence came about.
_CAUSE_MARKS = frozenset({"after", "as", "once"})


def _told_as_cause(cue: Token) -> bool:
    """The additive figure's verb heads an 'after' or 'as' clause of its sentence ('..., after two
    of the wounded died'): it tells how the sentence's own figure was reached, not more dead."""
    verb = cue if cue.pos_ in {"VERB", "AUX"} else cue.head
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in verb.children)


def _higher_floor_of_another_source(
    doc: Doc,
    added: list[tuple[EventDraft, str, int, CasualtyMention]],
    groups: dict[tuple[int, str, int], str],
) -> None:
    """ "killed at least 16 people ...; a rights group said at least 20 died": two floors of one
    sentence for one event, the later told by a source of its own, keep the higher as the toll.

    ``added`` lists, for the figures of one sentence, the event, kind and index
    of the count each added.  The higher floor takes the first one's place and
    rank; the lower stays an alternative.
    """
    for k, (event, kind, first_at, first) in enumerate(added):
        if first.count.qualifier != "at_least":
            continue
        for other_event, other_kind, later_at, later in added[k + 1 :]:
            if other_event is not event or other_kind != kind or later.count.qualifier != "at_least":
                continue
            if later.count.value <= first.count.value or not _told_by_another(doc, first, later):
                continue
            counts, ranks = event.casualties[kind], event.toll_ranks[kind]
            top = max(ranks[first_at], ranks[later_at])
            counts[first_at], counts[later_at] = counts[later_at], counts[first_at]
            ranks[first_at], ranks[later_at] = top, top
            first_key, later_key = (id(event), kind, first_at), (id(event), kind, later_at)
            first_group, later_group = groups.pop(first_key, None), groups.pop(later_key, None)
            if later_group is not None:  # each count keeps the victim group it was told with
                groups[first_key] = later_group
            if first_group is not None:
                groups[later_key] = first_group
            return


def _told_by_another(doc: Doc, first: CasualtyMention, later: CasualtyMention) -> bool:
    """A reporting verb ('said', 'put', 'according to') between two figures: a second source's count."""
    between = doc.char_span(first.end_char, later.start_char, alignment_mode="expand")
    return between is not None and any(t.lemma_.lower() in _source_verbs() for t in between)


@cache
def _source_verbs() -> frozenset[str]:
    words = ontology.table("casualties.yaml").get("source_verbs") or []
    return frozenset(str(w).lower() for w in words)


@cache
def _teller_verbs() -> frozenset[str]:
    """The verbs by which a source tells a figure: ``source_verbs`` and ``say_verbs``."""
    words = ontology.table("casualties.yaml").get("say_verbs") or []
    return _source_verbs() | frozenset(str(w).lower() for w in words)


def _another_day(event: EventDraft, main: EventDraft) -> bool:
    """Whether the two drafts are dated to different days (an operation days after the attack)."""
    a, b = event.date, main.date
    if a is None or b is None or a.precision != "day" or b.precision != "day":
        return False
    return a.iso != b.iso


def _another_place(event: EventDraft, main: EventDraft) -> bool:
    """Whether the two drafts are placed at two towns or sites neither of which lies in the
    other (an operation in one village hours after the attack on a post in another).  A
    happening recalled from the past is never told apart this way."""
    if event.background or not event.places or not main.places:
        return False
    mine, theirs = event.places[0], main.places[0]
    if mine.subtype not in _LOCAL or theirs.subtype not in _LOCAL:
        return False
    return not _at_place(event, [theirs]) and not _at_place(main, [mine])


def _victims_of_the_attack(event: EventDraft, main: EventDraft, mention: CasualtyMention) -> bool:
    """A victims' figure told beside the forces' killing of the attackers belongs to the attack.

    "The army said 33 militants were killed in the fighting, while four soldiers
    died": the response's toll is the militants (``attackers_killed``); the
    soldiers fell to the report's main attack.
    """
    if not (
        event is not main
        and event.type == "military_action"
        and main.type == "attack"
        and not main.background
        and mention.kind in ("killed", "injured")
        and mention.cue != event.trigger.i
    ):
        return False
    if kills_attackers(event.trigger) and all(mention.cue != m.i for m in event.mentions):
        # (not "the forces killed one of the leaders and wounded another": one doing, the forces';
        # nor soldiers hurt where the forces met the attackers on another day or at another place)
        cue = main.sent.doc[mention.cue] if mention.cue >= 0 else None
        if cue is not None and any(cue.dep_ == "conj" and cue.head.i == m.i for m in event.mentions):
            return False
        return not _another_day(event, main) and not _another_place(event, main)
    # "four guards died in the fighting when a patrol engaged the attackers": the forces' own
    # dead fell to the attack, never to their side's action (unless it is said to kill them)
    doc = main.sent.doc
    return (
        not _another_day(event, main)
        and not _another_place(event, main)
        and _cue_happening(doc, mention, [event]) is None  # 'wounded in the raid': the raid's own
        and _counts_forces(doc, mention)
        and not any(_killed_by(m, doc[mention.cue]) for m in event.mentions if mention.cue >= 0)
    )


def _attack_repelled(response: EventDraft, violent: list[EventDraft]) -> EventDraft | None:
    """The one attack told in a sentence of the forces' ``response`` ('soldiers repelled an attack
    on a post, killing three assailants'), of its day and place; None when none or several."""
    sents = {m.sent.start for m in response.mentions}
    told = [
        d
        for d in violent
        if d is not response
        and d.type == "attack"
        and not d.background
        and any(m.sent.start in sents for m in d.mentions)
        and not _another_day(response, d)
        and not _another_place(response, d)
    ]
    return told[0] if len(told) == 1 else None


def _hurt_in_another_operation(event: EventDraft, main: EventDraft, mention: CasualtyMention) -> bool:
    """The forces' wounded of an operation told apart from the main attack stay the operation's.

    "Troops chasing the raiders shot 15 of them dead on Monday, and a pair of soldiers suffered
    cuts": when the operation is dated to another day or placed at another town than the
    report's attack, its own wounded were hurt in it, not in the attack.
    """
    return (
        mention.kind == "injured"
        and event.type == "military_action"
        and (_another_day(event, main) or _another_place(event, main))
    )


#: Prepositions that tell a happening only as a point in time: 'weeks after a raid that ...'.
_TIME_PREPS = frozenset({"after", "since", "before", "following"})


def _recalled_happening(doc: Doc, mention: CasualtyMention) -> Token | None:
    """The noun of 'after a raid in which six died', 'since a bombing that killed nine': the
    figure's verb is a relative clause of a happening told as a time; None otherwise."""
    if mention.cue < 0:
        return None
    verb = _first_verb(doc[mention.cue])
    if verb.dep_ in _RESULT_DEPS:
        verb = _first_verb(verb.head)
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.ent_type_ in {"DATE", "TIME"}:
        return None  # 'since January, when a bomber killed seven': the clause tells its own happening
    if any(c.lower_ in {"when", "where"} for c in verb.children):
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ not in _TIME_PREPS:
        return None
    prep = noun.head
    if prep.lower_ != "since" and not any(_span_of_time(c) for c in (*prep.children, *prep.head.children)):
        return None  # 'rescued them after a gun duel in which two were shot': one operation, told in order
    return noun


#: Words counting the time between two happenings ("weeks after", "a day before").
_TIME_UNITS = frozenset({"hour", "day", "week", "fortnight", "month", "year"})


def _span_of_time(token: Token) -> bool:
    """ "weeks", "two days", "a month": a stretch of time counted before a time preposition."""
    counted = token.lemma_.lower() in _TIME_UNITS or token.ent_type_ in {"DATE", "TIME"}
    return counted and token.dep_ in {"npadvmod", "advmod"}


def _killed_by(trigger: Token, cue: Token) -> bool:
    """'an air strike killed four soldiers', 'soldiers killed by a strike': the action is the killer."""
    if trigger.head.i == cue.i and trigger.dep_ in {"nsubj", "agent"}:
        return True
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "by" and trigger.head.head.i == cue.i


def _counts_forces(doc: Doc, mention: CasualtyMention) -> bool:
    """Whether the figure counts members of state forces ('four soldiers of the guard')."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return False
    nouns = victim_nouns("force_victim_nouns")
    heads = [t for t in span] + [t.head for t in span if t.dep_ == "nummod"]
    return any(t.lower_ in nouns or t.lemma_.lower() in nouns for t in heads if t.pos_ in {"NOUN", "PROPN"})


def _victim_group(doc: Doc, mention: CasualtyMention) -> str | None:
    """'forces' or 'civilians' when the figure counts only one of them ('four soldiers',
    'ten villagers'), else None ('12 people', 'the dead')."""
    if mention.part or mention.kind not in ("killed", "injured"):
        return None
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return None
    words = victim_nouns("civilian_victim_nouns")
    heads = [*span, *(t.head for t in span if t.dep_ == "nummod")]
    civilians = any(t.lower_ in words or t.lemma_.lower() in words for t in heads if t.pos_ == "NOUN")
    forces = _counts_forces(doc, mention)
    if forces == civilians:
        return None  # neither, or both summed ('27 soldiers and 14 civilians')
    return "forces" if forces else "civilians"


def _main_event(doc: Doc, violent: list[EventDraft], entries: list[tuple[int, int]]) -> EventDraft:
    """The report's main violent event: the first one its body tells (a headline may be merged wrongly).

    On a live blog written newest first the story begins at the bottom: the main event is the
    first attack told in the oldest entry that tells one (``entries`` from ``_blog_entries``); the
    forces' doings told there are no story of their own ('troops shot dead four attackers')."""
    if len(entries) > 1 and entries[0][1] > entries[-1][1]:
        in_entries = [
            ((entry, m.i), k)
            for k, d in enumerate(violent)
            if d.type == "attack" and not d.background
            for m in d.mentions
            if in_body(doc, m.i) and (entry := _entry_of(entries, m.idx)) is not None
        ]
        if in_entries:
            return violent[min(in_entries)[1]]
    told = [
        (min(m.i for m in d.mentions if in_body(doc, m.i)), k)
        for k, d in enumerate(violent)
        if any(in_body(doc, m.i) for m in d.mentions)
    ]
    # update notes stacked above the story extend it: its main event is told in the story below
    story = [(i, k) for i, k in told if not in_update_note(doc, doc[i].idx)]
    if story and len(story) < len(told):
        told = story
    return violent[min(told)[1]] if told else violent[0]


def _opens_entry(entries: list[tuple[int, int]], sents: list[Span], k: int) -> bool:
    """Whether sentence ``k`` is in another live-blog entry than the sentence before it: a figure
    there continues no event of the entry above, which was written at another time."""
    if not entries or k == 0:
        return False
    starts = [start for start, _ in entries]
    here = bisect_right(starts, sents[k].start_char) - 1
    return here >= 0 and here != bisect_right(starts, sents[k - 1].start_char) - 1


def _names_violence(sent: Span, violent: list[EventDraft]) -> bool:
    """Whether a word of a violent draft stands in the sentence."""
    return any(sent.start <= m.i < sent.end for d in violent for m in d.mentions)


def _continued(thread: tuple[int, EventDraft] | None, k: int) -> EventDraft | None:
    """The event the figures of the sentence before went to: 'The number of injured has since risen'."""
    if thread is None or not k - _CARRY <= thread[0] <= k:
        return None
    return thread[1]


def _place_index(doc: Doc) -> dict[int, EntityCluster]:
    """Token index -> the place entity whose mention covers it."""
    clusters = doc._.nexus_entities if Doc.has_extension("nexus_entities") else None
    places = [c for c in clusters or () if c.type == "PLACE"]
    return token_entity_index(doc, places)


def _figure_places(
    doc: Doc, mention: CasualtyMention, places: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """Places that locate the figure itself: '74 people at the fuel terminal', 'died at Korvala',
    'hurt in the attack on Seidlstraße'.  Town or site places only."""
    if mention.cue < 0 or not places:
        return []
    cue = doc[mention.cue]
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    holders = [cue, *(span or ())]
    holders += [t.head for t in span or () if t.dep_ == "nummod"]  # '74 people at the port'

    for prep in list(cue.children):  # 'in the attack on X', 'during the raid at X'
        if prep.dep_ == "prep" and prep.lower_ in _EVENT_PREPS:
            holders.extend(c for c in prep.children if c.dep_ == "pobj")
    found: list[EntityCluster] = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE:
                continue
            for tok in _noun_phrase(prep):
                cluster = places.get(tok.i)
                local = cluster is not None and cluster.subtype in _LOCAL and cluster not in found
                if local and cluster is not None and not _care_place(tok):  # not 'treated at X hospital'
                    found.append(cluster)
    return found or _fronted_places(cue.sent, places, cue)


def _clause_places(
    doc: Doc, mention: CasualtyMention, places: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """Towns and sites the clause of a killed figure sets it at, however deep the parse hangs them:
    'two herders lay dead beside a track outside the hamlet of X' (X).
    Places of care ('taken to hospital in X', '<a named hospital>') and the places where the hurt
    died later ('two of the wounded died in X') are not scenes; an empty list when none is named."""
    if mention.kind != "killed" or mention.cue < 0 or not places or dying_verb(doc[mention.cue]):
        return []  # (not 'two of the wounded died in <the city of the hospital>')
    if not in_body(doc, mention.cue):
        return []  # a headline names the region of the story, not always its scene
    clause = doc[mention.cue]
    for _ in range(3):  # 'found the bodies of two herders': the verb that tells the figure's noun
        if clause.pos_ in {"VERB", "AUX"} or clause.head.i == clause.i:
            break
        clause = clause.head
    tellers = _teller_verbs()
    found: list[EntityCluster] = []
    stack = [clause]
    while stack:
        tok = stack.pop()
        stack.extend(  # not 'said in X', 'when two of the wounded died in X', 'flown to X', nor the
            c  # clause of a cause ('rose to 31 after more bodies were recovered around X')
            for c in tok.children
            if c.lemma_.lower() not in tellers
            and c.lemma_.lower() not in care_verbs()
            and not dying_verb(c)
            and c.dep_ != "advcl"
        )
        cluster = places.get(tok.i)
        if cluster is None or cluster.subtype not in _LOCAL or cluster in found or _care_place(tok):
            continue
        if any(word in _care_nouns() for word in cluster.name.lower().split()):
            continue  # 'died at <a named hospital>'
        node, path = tok, []
        while node.i != clause.i and node.head.i != node.i:
            node = node.head
            path.append(node)
        if any(n.lemma_.lower() in _care_nouns() for n in path):
            continue  # 'dead on arrival at the hospital it supports in X'
        if any(n.dep_ == "prep" and n.lower_ in _LOCATIVE for n in path):
            found.append(cluster)
    return found


def _fronted_places(
    sent: Span, places: dict[int, EntityCluster], cue: Token | None = None
) -> list[EntityCluster]:
    """'In <town>, ...': a place fronted before the first comma sets the scene of the sentence.

    Not when it places only the telling of a figure ``cue`` reports ('In <capital>, the
    ministry said troops had killed 12 ...': where it was said, not where they died).
    """
    if len(sent) < 3 or sent[0].lower_ not in _LOCATIVE:
        return []
    teller = sent[0].head
    if (
        cue is not None
        and teller.i != cue.i
        and teller.lemma_.lower() in _teller_verbs()
        and any(a.i == teller.i for a in cue.ancestors)
    ):
        return []
    found: list[EntityCluster] = []
    for tok in sent[1:8]:
        if tok.text == ",":
            return found
        cluster = places.get(tok.i)
        if cluster is not None and cluster.subtype in _LOCAL and cluster not in found:
            found.append(cluster)
    return []


def _sentence_places(sent: Span, places: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The town- or site-level places a sentence names, in order."""
    found: list[EntityCluster] = []
    for i in range(sent.start, sent.end):  # (by index: no Token is built)
        cluster = places.get(i)
        if (
            cluster is not None
            and cluster.subtype in _LOCAL
            and cluster not in found
            and not _care_place(sent.doc[i])
        ):
            found.append(cluster)
    return found


def _care_place(tok: Token) -> bool:
    """A town that only names where victims were cared for ('taken to Bwera hospital', 'the hospital
    in Tororo'; ``care_nouns`` of ``casualties.yaml``): not the scene of the happening."""
    care = _care_nouns()
    head = tok.head
    if tok.dep_ in ("compound", "nmod", "poss") and head.lemma_.lower() in care:
        return True
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # (from the first word of the name: a hyphenated name is several tokens)
    if start >= 2 and doc[start - 1].lower_ in ("in", "at") and doc[start - 2].lemma_.lower() in care:
        return True  # 'died in hospital in X', however the parser hung 'in X'

    return tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in care


@cache
def _care_nouns() -> frozenset[str]:
    words = ontology.table("casualties.yaml").get("care_nouns") or []
    return frozenset(str(w).lower() for w in words)


def _noun_phrase(prep: Token) -> list[Token]:
    """The object of a preposition with its name parts, not its clauses ('a train from X')."""
    out: list[Token] = []
    stack = [c for c in prep.children if c.dep_ == "pobj"]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in _NAME_PARTS)
        for of in tok.children:  # 'the port of Mokha'
            if of.dep_ == "prep" and of.lower_ == "of":
                stack.extend(c for c in of.children if c.dep_ == "pobj")
    return out


def _at_place(event: EventDraft, where: list[EntityCluster], *, every: bool = False) -> bool:
    """Whether the event is placed at one of ``where`` or inside it.

    Only its first place counts, unless ``every``: then any place the event
    names will do (a country before the town in 'a US strike ... in Shabwa').
    """
    for cluster in event.places if every else event.places[:1]:
        if any(node in where for node in cluster.enclosing()):
            return True
    return False


def _located(
    where: list[EntityCluster], here: list[EventDraft], nearest: EventDraft | None, violent: list[EventDraft]
) -> EventDraft | None:
    """The violent event whose own place the figure names ('74 people at the fuel terminal').

    An event of the figure's own sentence placed there comes first; then the
    event the parse gave the figure, when it lies there; then the one event
    of the report placed there.  None when none (or several) fit.
    """
    hits = [d for d in here if d.places and d.places[0] in where]
    if len(hits) == 1:
        return hits[0]
    if hits:
        return None
    if nearest is not None and _at_place(nearest, where):
        return nearest
    hits = [d for d in violent if d.places and d.places[0] in where]
    current = [d for d in hits if not d.background]
    if len(hits) > 1 and current:
        hits = current  # the report's own happening there before one recalled from the past
    if len(hits) > 1:
        most = max(len(d.mentions) for d in hits)
        hits = [d for d in hits if len(d.mentions) == most]  # the one the report keeps naming
    return hits[0] if hits else None  # else the first the report names


def _add(
    event: EventDraft,
    mention: CasualtyMention,
    text: str,
    sent: Span,
    *,
    own: bool,
    groups: dict[tuple[int, str, int], str] | None = None,
    update: bool = False,
) -> None:
    """Add the figure of ``mention`` to ``event``'s counts with its rank for ``latest``.

    ``update`` says the figure follows, in its paragraph, a sentence telling that the toll
    rose without the new figure ('Officials then revised the count upwards.'): it is the update.
    """
    if mention.attackers_among and event.type == "attack":
        # "20 people, including the three attackers, were killed": the attack's victims are 17
        among, count = mention.attackers_among, mention.count
        attackers = replace(
            mention, kind="attackers_killed", count=Count(value=among, text=count.text), attackers_among=0
        )
        victims = replace(
            mention,
            count=Count(value=count.value - among, qualifier=count.qualifier, text=count.text),
            attackers_among=0,
        )
        _add(event, attackers, text, sent, own=own, groups=groups)
        _add(event, victims, text, sent, own=own, groups=groups)
        return
    kind = mention.kind
    if kind == "attackers_killed" and event.type == "military_action":
        # people killed by a strike or raid, militants included, are its toll; the figure is
        # also kept as attackers_killed so the KB knows the dead were the armed side
        event.casualties.setdefault(kind, []).append(mention.count)
        event.toll_ranks.setdefault(kind, []).append(
            4 * _toll_rank(text, sent.start_char, mention.start_char, mention.earlier)
        )
        kind = "killed"
    base = _toll_rank(text, sent.start_char, mention.start_char, mention.earlier)
    body = zone_at(event.sent.doc, mention.start_char) in ("body", "update", "dateline")
    if (
        base == 1
        and body
        and _toll_cue("toll_updates_present").search(_words_before(text, sent.start_char, mention.start_char))
    ):
        base = 2  # 'With that death the toll now climbs to nine'
    if base == 1 and (_early_count(sent.doc, mention) or _given_before(sent.doc, mention)):
        base = 0  # 'The initial tally, relayed on Friday by a ward elder, was 8 dead'
    elif base == 2 and mention.count.value == 1 and not _told_as_number(mention.count):
        # 'doctors later said she was out of danger', 'a nurse later said one more man was being
        # seen to': one victim told after 'later', not a new toll
        base = 1
    zone = zone_at(event.sent.doc, mention.start_char)  # page structure (page.py)
    if (
        base == 1
        and zone in ("body", "update", "dateline")
        and (
            update
            or _raised_to(sent.doc, mention)
            or _by_time(sent.doc, mention)
            or _now_stands(sent.doc, mention)
            or _revising(sent.doc, mention)
        )
    ):
        base = 2  # 'raising the toll to 14', 'By Wednesday, 15 were dead', 'now at 6'; not a headline's
    elif base == 1 and zone == "headline" and _raised_to(sent.doc, mention):
        base = 2  # 'Toll in X bombing rises to 14' over a body that still tells the first count
    elif base == 1 and _still_in_care(sent.doc, mention) and _deaths_since(sent):
        base = 2  # 'Two of the five wounded died later. Three people remain in hospital': the hurt now
    elif base == 1 and mention.nth and _next_of(event.casualties.get(kind, []), mention.count):
        base = 2  # 'killing three passengers. A fourth died in hospital': the dead now number four
    if zone == "caption":
        base = min(base, 0)  # a caption's figure dates its photo: an earlier count
    elif zone == "notice" and base >= 1 and _told_as_number(mention.count):
        # 'Correction: the army later said three soldiers died, not five': the page's own correction
        # is written after its body and outranks every figure there, updates included; the figure an
        # earlier version gave ('replaces the bulletin issued on Monday, which gave three dead') is an
        # early count.  (A victim the note names, 'Sergeant X died on the way', tells how the toll
        # changed, not the toll.)
        base = 0 if _superseded_in_notice(sent, mention) else _CORRECTED
    elif base == 1 and zone in ("body", "update", "dateline") and _not_as_reported(sent, mention):
        base = 2  # 'eight were hurt, not three as first said': a figure told as the correction
    rank = 4 * base + (2 if own else 0) + (1 if zone in ("body", "update", "dateline") else 0)
    counts = event.casualties.setdefault(kind, [])
    ranks = event.toll_ranks.setdefault(kind, [])
    while len(ranks) < len(counts):
        ranks.append(7)
    group = _victim_group(sent.doc, mention) if groups is not None else None
    if counts and (base == 1 or mention.additive):
        best_at = min(range(len(counts)), key=lambda i: (-ranks[i], i))
        if mention.additive and ranks[best_at] >= 8:
            # 'The toll has risen to five ... killing three ... Two of the wounded died': the update
            # already counts them; they add to the retold first count, after it
            retold = [i for i in range(best_at + 1, len(counts)) if ranks[i] < 8]
            if not retold:
                return  # 'the toll now stands at six ... Two of the wounded died': how it got there
            best_at = retold[-1]
        elif mention.additive and not _also_killed(sent.doc, mention):
            # 'killing at least 12 ... Police first put the toll at eight. Two of the wounded died,
            # and two more bodies were found': the lead already counts them; they add to the first count
            first = [
                i
                for i in range(best_at + 1, len(counts))
                if ranks[i] < ranks[best_at]
                and counts[i].value + mention.count.value <= counts[best_at].value
            ]
            best_at = first[-1] if first else best_at
        best = counts[best_at]
        if mention.additive and mention.count.value < best.value:
            counts[best_at] = Count(
                value=best.value + mention.count.value,
                qualifier=best.qualifier,
                text=best.text,
            )
            return
        other = groups.get((id(event), kind, best_at)) if groups is not None else None
        told_apart = group is not None and other is not None and group != other
        if base == 1 and told_apart and ranks[best_at] % 2 == 1 and not _vague(best):
            # '... killing 10 villagers. Two soldiers died in the fighting': groups told apart are summed
            # (in the body: a headline's 'three farmers killed' may be another happening's toll)
            counts[best_at] = Count(
                value=best.value + mention.count.value, qualifier=best.qualifier, text=best.text
            )
            return
        if base == 1 and not own and mention.count.value <= best.value and not _vague(best):
            return  # a part of the total already given, not another total
    counts.append(mention.count)
    ranks.append(rank)
    if groups is not None and group is not None:
        groups[(id(event), kind, len(counts) - 1)] = group


def _next_of(counts: list[Count], count: Count) -> bool:
    """``count``, an ordinal victim's ('a fourth'), follows a figure told before it (three) and
    no figure told is as high: the victim adds to that figure, not to another group's."""
    return any(c.value == count.value - 1 for c in counts) and all(c.value < count.value for c in counts)


def _early_count(doc: Doc, mention: CasualtyMention) -> bool:
    """The figure is what a toll noun called early was: 'The initial tally, relayed on Friday
    evening by a ward elder, was 8 dead', 'the preliminary figure ... was six'.  The word
    that makes it early modifies the subject of the figure's 'be', however far from the
    figure it stands (``toll_early`` words of one word)."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_.lower() != "be" or span.root.dep_ not in {"attr", "acomp", "nummod"}:
        return False
    early = _early_words()
    return any(
        subject.dep_ == "nsubj"
        and subject.lemma_.lower() in _toll_nouns()
        and any(c.dep_ == "amod" and c.lower_ in early for c in subject.children)
        for subject in verb.children
    )


def _given_before(doc: Doc, mention: CasualtyMention) -> bool:
    """The figure is a toll a source had given before the report's news: 'Officials had earlier
    set the death toll at four', 'the governor had placed the toll at six' (a past perfect of a verb
    of giving a toll, ``toll_giving_verbs``, with a toll noun or 'the dead' as its object).
    'By Tuesday officials had put the toll at 19' is the update, not an early count."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ != "VBN" or verb.lemma_.lower() not in _giving_verbs():
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
        return False  # 'by Tuesday they had put the toll at 19': the count reached by then
    nouns = _toll_nouns() | {"dead"}
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


@cache
def _giving_verbs() -> frozenset[str]:
    words = ontology.table("casualties.yaml").get("toll_giving_verbs") or []
    return frozenset(str(w).lower() for w in words)


@cache
def _early_words() -> frozenset[str]:
    words: list[str] = ontology.table("events.yaml")["toll_early"]
    return frozenset(w.lower() for w in words if " " not in w)


def _rise_without_figure(sent: Span) -> str | None:
    """Kind of a toll the sentence says rose without giving the new figure: 'Overnight the
    death toll climbed.', 'Officials then revised the count upwards.'  The figures told after it in its
    paragraph are the update.  None for a forecast ('is expected to rise': the verb hangs on
    another) or a rise told with its figure ('rose to 14', 'raised it from 11', 'by five').
    """
    for noun in matching(sent, _toll_nouns()):  # (the tokens whose lemma is a toll noun)
        verb = noun.head
        if (
            noun.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and noun.lemma_.lower() in _toll_nouns()
            and verb.lemma_.lower() in _update_verbs()
            and verb.tag_ in {"VBD", "VBN"}
            and verb.dep_ in {"ROOT", "conj", "ccomp"}
            and not any(_gives_figure(c) for c in verb.children)
        ):
            return toll_kind(noun)
    return None


def _gives_figure(prep: Token) -> bool:
    """'to 14', 'from 11', 'at 20', 'by five': a preposition of a toll verb giving a number."""
    if prep.dep_ != "prep" or prep.lower_ not in {"to", "from", "at", "by"}:
        return False
    return prep.lower_ != "by" or any(c.like_num for c in prep.children)


def _still_in_care(doc: Doc, mention: CasualtyMention) -> bool:
    """An injured figure of all those still in care: 'the two others remain in hospital', 'three
    are still in hospital' (``care_nouns`` of casualties.yaml); not a part of the hurt named as
    such ('three of the injured remain in critical condition')."""
    if mention.kind != "injured" or mention.cue < 0:
        return False
    cue = doc[mention.cue]
    verb = cue if cue.pos_ in {"VERB", "AUX"} else cue.head
    if verb.lemma_.lower() != "remain" and not any(c.lower_ == "still" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return False
    if verb.lemma_.lower() in care_verbs():
        return True  # 'three others were still being treated'
    care = _care_nouns()
    return any(
        p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in care for o in p.children)
        for p in verb.children
    )


def _deaths_since(sent: Span) -> bool:
    """Whether the sentence, or the one before it, tells people dying ('died', 'succumbed'): of
    the hurt it tells, those who died are no longer in care, so those still in care are the
    injured now.  Dying verbs: ``intransitive_verbs`` of ``killed`` in casualties.yaml."""
    spans = [sent]
    if sent.start > 0:
        spans.insert(0, sent.doc[sent.start - 1].sent)
    return any(t.pos_ == "VERB" and dying_verb(t) for span in spans for t in span)


def _also_killed(doc: Doc, mention: CasualtyMention) -> bool:
    """'A soldier was also killed': another victim group of the same happening, not a later death."""
    if mention.cue < 0:
        return False
    cue = doc[mention.cue]
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in (*cue.children, *cue.head.children))


def _total_after(doc: Doc, mention: CasualtyMention, wanted: list[CasualtyMention]) -> bool:
    """A figure ('four more bodies were recovered', 'three of the hurt later died') whose own clause goes on
    with a participle of a toll verb bringing a larger figure of its kind to a new value
    ('..., bringing the number of guards killed to 12'): that figure is the total the first
    helps make.  Not a figure a later clause of its own revises ('first said nine had been
    killed, but later raised the figure to 13': the nine is an earlier count)."""
    if mention.cue < 0:
        return False
    cue = doc[mention.cue]
    own = {cue.i, _first_verb(cue).i, *(a.i for a in list(cue.ancestors)[:2])}
    for later in wanted:
        if later is mention or later.kind != mention.kind or later.additive or later.part:
            continue
        if later.start_char <= mention.end_char or later.count.value <= mention.count.value:
            continue
        span = doc.char_span(later.start_char, later.end_char, alignment_mode="expand")
        for tok in span if span is not None else ():
            if tok.dep_ != "pobj" or tok.head.lower_ != "to":
                continue
            # ('taking the number of guards killed to 12': the 'to' hung on the participle)
            verb = next((a for a in list(tok.head.ancestors)[:6] if a.lemma_.lower() in _toll_verbs()), None)
            if verb is not None and verb.dep_ == "advcl" and verb.head.i in own:
                return True
    return False


def _raised_to(doc: Doc, mention: CasualtyMention) -> bool:
    """The figure is the new value of a toll verb of change ('raising the toll to 14')."""
    if mention.cue < 0 or mention.earlier:
        return False
    verb = doc[mention.cue]
    if verb.lemma_.lower() not in _update_verbs():
        return False
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and any(
        t.dep_ == "pobj" and t.head.lower_ == "to" and _under(t.head.head, verb) for t in span
    )


def _by_time(doc: Doc, mention: CasualtyMention) -> bool:
    """ "By Wednesday, 15 were confirmed dead", "by late evening officials said 26 had died":
    a figure told as it stood at a later time is an update."""
    if mention.cue < 0 or mention.earlier:
        return False
    verb = doc[mention.cue]
    holders = [verb, *([verb.head] if verb.dep_ == "ccomp" else [])]
    if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        holders.append(verb.head)  # 'By evening, rescuers had pulled 23 bodies from the ruins'
    for holder in holders:
        for prep in holder.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "by"
                and prep.i < verb.i
                and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)
            ):
                return True
    return False


def _now_stands(doc: Doc, mention: CasualtyMention) -> bool:
    """'The toll now stands at six dead', 'now counts 22 dead', 'the toll is now 14': a figure told,
    by an adverb 'now' on its clause before it, as the current total is an update."""
    if mention.earlier:
        return False
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None:
        return False
    clause = {t.i for t in span} | {a.i for t in span for a in t.ancestors}
    if mention.cue >= 0:
        clause |= {mention.cue} | {a.i for a in doc[mention.cue].ancestors}
    return any(  # (the sentence's "now" only, read from the shared word columns)
        t.i < span.start and t.dep_ == "advmod" and t.head.i in clause for t in matching(span.sent, (), _NOW)
    )


#: The adverb of :func:`_now_stands`.
_NOW = frozenset({"now"})


def _revising(doc: Doc, mention: CasualtyMention) -> bool:
    """'the ministry said nine were dead, correcting the figure given earlier': a participle
    of ``toll_revision_verbs`` with a toll noun as its object, on the figure's clause or the
    clause that reports it, makes the figure the current one."""
    if mention.cue < 0 or mention.earlier:
        return False
    revising = _revision_verbs()
    nouns = {str(w).lower() for w in ontology.table("casualties.yaml").get("toll_nouns") or []}
    node = doc[mention.cue]
    holders = [node, *list(node.ancestors)[:3]]
    # ('said nine were dead and that 14 were hurt, correcting ...': hung on the last conjunct)
    holders += [c for h in list(holders) for c in h.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for holder in holders:
        for part in holder.children:
            if (
                part.tag_ == "VBG"
                and part.dep_ in {"advcl", "xcomp", "conj"}
                and part.lemma_.lower() in revising
                and any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in part.children)
            ):
                return True
    return False


def _told_as_number(count: Count) -> bool:
    """The figure is written with a number ('three', '12 soldiers'), not as a named or single victim."""
    return any(parse_number(word) is not None for word in (count.text or "").split())


def _superseded_in_notice(sent: Span, mention: CasualtyMention) -> bool:
    """A notice's figure told, in its own clause, after a word of what an earlier version said
    (``notice_superseded_words``: 'replaces ..., which gave', 'originally put the toll at')."""
    before = doc_text(sent.doc)[sent.start_char : mention.start_char]
    clause = re.split(r";|\bbut\b", before)[-1]
    return bool(set(re.findall(r"[a-z]+", clause.lower())) & _superseded_words())


@cache
def _superseded_words() -> frozenset[str]:
    words = ontology.table("casualties.yaml").get("notice_superseded_words") or []
    return frozenset(str(w).lower() for w in words)


def _not_as_reported(sent: Span, mention: CasualtyMention) -> bool:
    """'eight people were hurt, not three as police first said', 'nine died rather than the seven
    announced at first': the figure is followed, in its own clause, by the one it corrects and a
    word of reporting (``correction_report_words``); the figure told is the current one."""
    text = doc_text(sent.doc)[mention.end_char : sent.end_char]
    clause = re.split(r";|\bbut\b", text, maxsplit=1)[0]
    for match in _SET_ASIDE.finditer(clause):
        if parse_number(match.group("number")) is None:
            continue
        after = re.findall(r"[a-z]+", clause[match.end() :].lower())[:4]
        if set(after) & _correction_words():
            return True
    return False


#: ', not four', 'rather than the seven': the figure a correction sets aside.
_SET_ASIDE = re.compile(r"(?:,\s*(?:and\s+)?not|\brather\s+than)\s+(?:the\s+)?(?P<number>[\w,]+)\b", re.I)


@cache
def _correction_words() -> frozenset[str]:
    words = ontology.table("casualties.yaml").get("correction_report_words") or []
    return frozenset(str(w).lower() for w in words)


@cache
def _revision_verbs() -> frozenset[str]:
    words = ontology.table("casualties.yaml").get("toll_revision_verbs") or []
    return frozenset(str(w).lower() for w in words)


def _under(holder: Token, verb: Token) -> bool:
    """The verb itself, or its particle of change: 'rose to 14', 'has gone up to 27'."""
    return holder.i == verb.i or (holder.lower_ == "up" and holder.head.i == verb.i)


@cache
def _toll_verbs() -> frozenset[str]:
    words = ontology.table("casualties.yaml").get("toll_verbs") or []
    return frozenset(str(w).lower() for w in words)


@cache
def _update_verbs() -> frozenset[str]:
    words = ontology.table("casualties.yaml").get("toll_update_verbs") or []
    return frozenset(str(w).lower() for w in words)


def _distance(a: Token, b: Token) -> int:
    """Steps between two tokens of one sentence through the parse tree."""
    up = {t.i: k for k, t in enumerate([a, *a.ancestors])}
    for k, tok in enumerate([b, *b.ancestors]):
        if tok.i in up:
            return k + up[tok.i]
    return len(a.doc)


def _first_verb(cue: Token) -> Token:
    """The first of coordinated cues: 'killing 26 and wounding 46' -> killing."""
    while (
        cue.dep_ == "conj"
        and cue.head.i != cue.i
        and cue.head.pos_ == "VERB"
        and not _dated_clause(cue)
        and not _own_doing(cue)
    ):
        cue = cue.head  # (not '..., and in May 50 were beheaded': a clause of its own date)
    return cue


def _own_doing(verb: Token) -> bool:
    """'Gunmen shot a farmer, and soldiers later killed two of them': a coordinated killing verb
    with a doer and a victim of its own is a clause of its own, not a cue shared with the first."""
    return any(c.dep_ == "nsubj" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


def _causes(trigger: Token, cue: Token) -> bool:
    """'an air strike killed ...', 'killed in the shelling', 'opened fire, killing two',
    'a raid that left six dead'."""
    if trigger.head.i == cue.i and trigger.dep_ in {"nsubj", "agent"}:
        return True
    if cue.dep_ in _RESULT_DEPS and cue.head.pos_ == "VERB":
        cue = cue.head  # 'left six dead': the verb whose result the descriptor states
        if trigger.head.i == cue.i and trigger.dep_ in {"nsubj", "agent"}:
            return True
    first = _first_verb(cue)
    if (
        first.dep_ in {"advcl", "conj"}
        and first.head.i == trigger.i
        and not _earlier_clause(first)
        and not _dated_clause(first)
        and not (first.dep_ == "conj" and _own_doing(first))
    ):
        return True
    if first.dep_ == "relcl" and _names_within(first.head, trigger):
        return True  # 'the 2022 bombing on X Avenue, in which six people were killed'
    antecedent = _relative_antecedent(first)
    if antecedent is not None and _names_within(antecedent, trigger):
        return True  # 'an air raid that, the navy said, killed ...' hung elsewhere
    if _subject_read_as_time(trigger, first):
        return True  # 'a day after a mortar attack on the port killed four': the attack killed them
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head  # 'martyred in an assassination carried out by ...'
    head = trigger.head
    if trigger.dep_ != "pobj" or head.head.i != cue.i:
        return False
    if head.lower_ in {"in", "by", "during"}:
        return True
    # 'a fourth person has died after Monday's bombing': a death told after a happening is its toll
    return head.lower_ in _DEATH_CAUSE_PREPS and cue.lemma_.lower() in _dying_verbs()


def _subject_read_as_time(trigger: Token, verb: Token) -> bool:
    """'The blast came a day after a mortar attack on the port killed four': a killing verb with no
    subject of its own that the parse hung on the outer verb, right after the phrase of a time
    preposition whose object is the happening noun: that noun is the verb's subject."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in _TIME_PREPS:
        return False
    if verb.dep_ not in {"advcl", "conj", "ccomp"} or any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    ):
        return False
    prep = trigger.head
    return prep.head.i == verb.head.i and trigger.right_edge.i == verb.i - 1


#: Prepositions of time a clause's subject may be misread as the object of ('after the raid killed').
_TIME_PREPS = frozenset({"after", "before", "since", "following", "until"})


#: Prepositions by which a dying verb names the happening its dead died of ('died after the blast').
_DEATH_CAUSE_PREPS = frozenset({"after", "following"})


@cache
def _dying_verbs() -> frozenset[str]:
    """The intransitive killing verbs of ``casualties.yaml`` ('die', 'succumb'), whose subject is the dead."""
    verbs = (ontology.table("casualties.yaml").get("kinds") or {}).get("killed", {}).get("intransitive_verbs")
    return frozenset(str(v).lower() for v in verbs or ())


#: Dependencies of a descriptor stating a verb's result: 'left six dead', 'left 11 hurt'.
_RESULT_DEPS = frozenset({"oprd", "acomp", "xcomp"})


def _relative_antecedent(verb: Token) -> Token | None:
    """The noun just before the relative pronoun subject ('that', 'which') of ``verb`` when the
    parser did not make ``verb`` that noun's relative clause: 'weeks after a raid that, the
    navy said, killed three' -> raid.  None otherwise."""
    if verb.dep_ == "relcl":
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in {"that", "which"}:  # (tagged WDT, or IN)
            before = verb.doc[child.i - 1] if child.i > 0 else None
            if before is not None and before.pos_ in {"NOUN", "PROPN"}:
                return before
    return None


def _names_within(noun: Token, trigger: Token) -> bool:
    """Whether ``noun`` is the trigger or sits in its noun phrase ('the bombing on X Avenue')."""
    node = noun
    for _ in range(4):
        if node.i == trigger.i:
            return True
        if node.dep_ not in {"pobj", "prep", "compound", "poss", "appos"} or node.head.i == node.i:
            return False
        node = node.head
    return node.i == trigger.i


def _earlier_clause(verb: Token) -> bool:
    """ "shot the man dead after he wounded two people": a clause telling another happening
    before (or after) the main one, not its result."""
    return any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") for c in verb.children)


def _nearest(doc: Doc, mention: CasualtyMention, here: list[EventDraft], sent: Span) -> EventDraft | None:
    """The draft of the sentence whose trigger is closest to the figure's cue.

    None when every trigger of the sentence lies far from the figure (an
    'assault rifle' in a clause about the suspect's death).
    """
    if mention.cue < 0:
        return here[0]
    cue = doc[mention.cue]

    first = _first_verb(cue)
    # 'the army says it killed 96': a killing verb with its own doer is an event, not just a cue.
    # ('an attacker who had stabbed two women': a relative clause's perfect is active too)
    agent = any(c.dep_ == "nsubj" for c in first.children) and (
        first.tag_ != "VBN"
        or (
            first.i == cue.i
            and first.dep_ == "relcl"
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in first.children)
        )
    )
    agent = agent or _shares_active_subject(cue)
    # 'he was shot dead by police two days later': a passive naming its doer tells the forces' own
    # act when that act is a military action of the sentence (an attack's 'killed by gunmen' in a
    # clause of another happening stays that happening's figure)
    named_doer = first.i == cue.i and _named_doer(first)

    def score(draft: EventDraft) -> int:
        tokens = [m for m in draft.mentions if sent.start <= m.i < sent.end and m.dep_ != "compound"]
        tokens = [
            m
            for m in tokens
            if (not told_in_passing(m) or _causes(m, cue)) and not _victims_own_act(m, first)
        ]
        if not tokens:
            # 'an assault rifle' names a weapon, not a happening; 'returning from an operation' an older one
            return len(doc)
        if any(_causes(m, cue) for m in tokens):
            # 'in revenge for an ambush that killed six': the noun the relative clause hangs on
            # causes the deaths more directly than a noun whose phrase holds it
            return -2 if first.dep_ == "relcl" and any(m.i == first.head.i for m in tokens) else -1
        if cue.pos_ == "NOUN" and any(m.i == cue.i for m in tokens):
            return -1  # 'the killing of 21 villagers': the happening noun counts its own dead
        forces = draft.type == "military_action" and mention.kind == "attackers_killed"
        if any(m.i == cue.i for m in tokens) and _dated_clause(cue):
            return -1  # '..., and in May 50 people were beheaded': a happening of its own date
        acted = named_doer and draft.type == "military_action"
        if not forces and not agent and not acted and all(m.i in (cue.i, first.i) for m in tokens):
            return 2 * _CUE_ONLY + 1  # 'killing 26' is the figure's verb more than an event
        return 2 * min(min(_distance(cue, m), _distance(first, m)) for m in tokens)

    trailing = _trailing_participle(first, here, sent)
    if trailing is None and cue.dep_ == "conj" and cue.i != first.i:
        trailing = _trailing_participle(cue, here, sent)  # (the parser made it a conjunct)
    if trailing is not None:
        return trailing
    best = min(here, key=score)
    return best if score(best) <= 2 * _FAR else None


def _shares_active_subject(verb: Token) -> bool:
    """'they had destroyed two camps and killed 12 fighters': a killing verb conjoined to an active
    verb with a doer shares that doer (and its perfect), so it tells an act, not just a figure.
    ('were arrested and killed': a passive head has no doer to share.)"""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in head.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and (perfect or head.tag_ == "VBD"))


def _forces_just_told(
    mention: CasualtyMention,
    event: EventDraft | None,
    sent: Span,
    violent: list[EventDraft],
    sents: list[Span],
    sent_of: dict[int, int],
    k: int,
) -> EventDraft | None:
    """'Rangers stormed a poachers' camp on Friday. Two gunmen were gunned down as they shot back
    at the rangers': attackers killed in a sentence whose only violent word is the figure's own verb
    (filed under an attack) were killed in the forces' action told just before, not in the
    attack.  That action, or None."""
    if mention.kind != "attackers_killed" or mention.cue < 0 or event is None or event.type != "attack":
        return None
    doc = sent.doc
    verb = _first_verb(doc[mention.cue])
    inside = [m for m in event.mentions if sent.start <= m.i < sent.end]
    if not inside or any(m.i != mention.cue and not _victims_own_act(m, verb) for m in inside):
        return None  # (the victim's own act, 'when he fired at them', is no other happening)
    told = _carried([d for d in violent if d.type == "military_action"], sents, sent_of, k)
    return told if told is not None and told is not event else None


def _named_doer(verb: Token) -> bool:
    """A passive verb that names its doer in a 'by' phrase: 'the gunman was shot dead by police',
    'four were killed by soldiers'."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _victims_own_act(trigger: Token, verb: Token) -> bool:
    """'A smuggler was killed as he shot at the customs patrol': the attack told in the clause is
    what the victim did, so its happening did not kill him.  ``trigger`` is a verb of
    an adverbial clause of the passive toll ``verb``, with a personal pronoun as its subject."""
    return (
        trigger.pos_ == "VERB"
        and trigger.dep_ == "advcl"
        and trigger.head.i == verb.i
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ in _PERSONAL_PRONOUNS for c in trigger.children)
    )


_PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})


def _dated_clause(cue: Token) -> bool:
    """A coordinated clause of its own, dated by a preposition or a date word on its verb:
    'and in November 50 people were beheaded' tells another happening than the clause before."""
    if cue.dep_ != "conj" or cue.pos_ != "VERB" or not _has_own_subject(cue):
        return False
    for child in cue.children:
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in child.children):
            return True
    return False


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _modifier_participle(verb: Token) -> bool:
    """A participle or gerund inside a noun's modifier: 'camps used by ...', 'accused of
    mounting the ambush'."""
    return verb.tag_ in {"VBG", "VBN"} and verb.dep_ in {"acl", "pcomp"}


def _trailing_participle(first: Token, here: list[EventDraft], sent: Span) -> EventDraft | None:
    """', killing 11': a trailing participle tells the result of the clause just before it.

    The draft whose verb trigger stands last before the comma owns the figure,
    whatever clause the parser hung the participle on.
    """
    doc = sent.doc
    if first.tag_ != "VBG" or first.i == sent.start or doc[first.i - 1].text != ",":
        return None
    # 'echoes the day when fighters attacked a post, killing 12': hung on a noun before the clause;
    # 'jets hit camps used by the gang behind the ambush, killing four': joined to a participle
    # inside a noun's modifier ('used', 'carrying out'), which tells no doing of its own
    hung_back = (
        first.dep_ == "acl" or (first.dep_ == "conj" and _modifier_participle(first.head))
    ) and not any(first.head.i == m.i for d in here for m in d.mentions)
    if first.dep_ != "advcl" and not hung_back:
        return None
    best: tuple[int, EventDraft] | None = None
    for draft in here:
        for m in draft.mentions:
            if sent.start <= m.i < first.i - 1 and m.pos_ == "VERB" and (best is None or m.i > best[0]):
                best = (m.i, draft)
    return best[1] if best is not None else None


def _carried(
    violent: list[EventDraft], sents: list[Span], sent_of: dict[int, int], k: int
) -> EventDraft | None:
    """The violent draft mentioned last in the few sentences before sentence ``k``
    (a mention naming another happening as a motive or comparison does not count)."""
    best: tuple[int, int] | None = None
    found: EventDraft | None = None
    for draft in violent:
        for m in draft.mentions:
            if told_in_passing(m):
                continue  # "retaliating for the April 1 strike": told as a motive, not the scene
            j = sent_of.get(m.sent.start, -1)
            if k - _CARRY <= j < k and (best is None or (j, m.i) > best):
                best, found = (j, m.i), draft
    return found


@cache
def _no_casualty_triggers() -> frozenset[str]:
    words = ontology.table("casualties.yaml").get("no_casualty_triggers") or []
    return frozenset(str(w).lower() for w in words)


@cache
def _toll_cue(kind: str) -> re.Pattern[str]:
    """``toll_updates``, ``toll_updates_present`` or ``toll_early`` of ``events.yaml`` as one word pattern."""
    words: list[str] = ontology.table("events.yaml")[kind]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def _toll_rank(text: str, sent_start: int, start: int, earlier: bool) -> int:
    """How current a figure is: 2 an update ("rose to 137"), 0 an early count, else 1."""
    if earlier:
        return 0
    before = _words_before(text, sent_start, start)
    if _toll_cue("toll_updates").search(before):
        return 2
    if _toll_cue("toll_early").search(before):
        return 0
    return 1


def _words_before(text: str, sent_start: int, start: int) -> str:
    """The words of a figure's own clause just before it (at most 60 characters), where a word of
    update or of an early count tells how current it is; a time of day ('late on Sunday') blanked."""
    # (a figure of the clause telling why a toll rose is no update: 'rose from nine after five wounded
    # soldiers died' keeps the total told elsewhere)
    before = re.split(
        r"\bbut\b|;|,\s+and\b|\b(?:after|when|because|following)\b", text[max(sent_start, start - 60) : start]
    )[-1]
    return _LATE_IN_THE_DAY.sub(" ", before)


#: 'late on Sunday', 'late last night', 'late in the evening': a time of day, no toll update.
_LATE_IN_THE_DAY = re.compile(
    r"\blate\s+(?:on\s+|last\s+|that\s+|in\s+the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|night|evening|afternoon|morning|day)\b",
    re.I,
)


def latest(counts: list[Count], ranks: list[int]) -> tuple[Count, list[Count]]:
    """The report's current figure; the others become alternatives, never averaged.

    A wire report leads with its latest toll and then recalls earlier counts,
    so the first figure wins unless a later one is an explicit update (or the
    first stands in a headline above the body).
    """
    order = sorted(range(len(counts)), key=lambda i: (-ranks[i], i))
    best = counts[order[0]]
    if _vague(best):
        # 'dozens hurt' then 'figures of 42 to 50 wounded', 'scores feared dead' then '26 confirmed
        # deaths': the number says what the word only guesses (an early count excepted)
        precise = [i for i in order if not _vague(counts[i]) and ranks[i] >= 4]
        if precise:
            best = counts[precise[0]]
    if best.qualifier == "exact":
        # 'Ranger killed, 11 hurt' over 'wounding at least 11 people': the same figure, told as a floor
        # (a floor as written, not one summed from an earlier floor: '... at least 18', 'five more')
        floor = next(
            (
                c
                for c in counts
                if c.value == best.value
                and c.qualifier == "at_least"
                and parse_number(c.text or "") == (c.value, "at_least")
            ),
            None,
        )
        if floor is not None:
            best = floor
    others = [c for c in counts if c is not best and c != best]
    return best, others


def _vague(count: Count) -> bool:
    """A figure in words of a vague plural ('dozens', 'scores of', 'hundreds')."""
    words = set(re.findall(r"[a-z]+", (count.text or "").lower()))
    return bool(words & _vague_words())


@cache
def _vague_words() -> frozenset[str]:
    table = ontology.table("casualties.yaml")
    return frozenset(str(w).lower() for w in table.get("vague_plurals") or {}) | {"tens"}
