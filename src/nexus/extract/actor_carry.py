"""Actors carried from a happening to a later reference to it.

A report tells who struck once and then refers back: "Friday's strikes hit
the port", "the raid left 12 dead", "a second strike on May 3 killed 16". When
such a mention's own sentence names nobody who did it, the doer is the one of
the nearest earlier happening of the same type in the report. Only noun
mentions marked as references count (a definite determiner, a possessive time
word, or a repetition word such as "another" or "second"); a bare indefinite
("an attack on a bus") may be anyone's.

Words are data (``ontology/anaphora.yaml``).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Protocol

from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.arguments import _attacker_nouns, doer_words
from nexus.extract.entities import EntityCluster, _military_unit
from nexus.extract.parse_index import parse_index
from nexus.extract.relation_context import RelationContext
from nexus.extract.tokens import matching, sentence_bounds, sentence_start, span_words
from nexus.extract.triggers import event_ontology
from nexus.model import DateValue

#: Types whose doer a back reference inherits.
_CARRIED_TYPES = frozenset({"attack", "military_action"})


class _Mention(Protocol):
    type: str
    trigger: Token
    actors: list[EntityCluster]
    own_places: list[EntityCluster]
    date: DateValue | None


@cache
def _hedge_verbs() -> frozenset[str]:
    """Lemmas of the hedging verbs (``hedges.yaml``): "believed", "suspected", "thought"."""
    return frozenset(str(w).lower() for w in ontology.table("hedges.yaml")["hedge_verbs"])


@cache
def anaphora_words(key: str) -> frozenset[str]:
    """A word list of ``anaphora.yaml``, lower-cased."""
    return frozenset(str(w).lower() for w in ontology.table("anaphora.yaml")[key])


def refers_back(trigger: Token) -> bool:
    """Whether a noun trigger is marked as a reference to a happening told before.

    "the raid", "this offensive", "Friday's strikes", "yesterday's bombing",
    "a second strike", "another raid": true; "an attack", "strikes": false.
    """
    return _reference_kind(trigger) is not None


def _reference_kind(trigger: Token) -> str | None:
    """``definite`` ("the raid"), ``dated`` ("Friday's strikes"), ``repeated`` ("a second
    strike") or None for a noun trigger that is no back reference."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    kind = None
    for child in trigger.children:
        word = child.lower_
        timed = word in anaphora_words("time_possessives") or child.ent_type_ in ("DATE", "TIME")
        if child.dep_ == "poss" and timed:
            return "dated"
        if child.dep_ in ("amod", "det") and word in anaphora_words("repetition_modifiers"):
            return "repeated"
        if child.dep_ == "det" and word in anaphora_words("definite_determiners"):
            kind = "definite"
    return kind


def carry_actors(mentions: Sequence[_Mention]) -> None:
    """Give each actorless back reference the actors of the nearest earlier mention of its type
    (nothing when that mention names no doer either).

    ``mentions`` are event drafts of one document in any order; they are read in
    the order of their triggers and changed in place (``actors`` filled). A definite
    reference naming a place of its own ("the raid on X") takes them only from a mention
    at X; a dated or repeated one ("Monday's raids on X", "a second strike at X") is a new
    happening by the same hand wherever it was.
    """
    ordered = sorted(mentions, key=lambda m: m.trigger.i)
    latest: dict[str, _Mention] = {}
    for mention in ordered:
        if mention.type not in _CARRIED_TYPES:
            continue
        before = latest.get(mention.type)
        latest[mention.type] = mention
        kind = _reference_kind(mention.trigger)
        if mention.actors or before is None or not before.actors or kind is None:
            continue  # the nearest earlier happening is the one referred to, doer told or not
        if kind == "definite" and mention.own_places and not _same_scene(mention, before):
            continue  # "the raid on Kovalla" after a strike elsewhere: not that happening
        if _left_unclaimed(mention.trigger):
            continue  # "responsibility for Monday's bombing remains unclaimed": no doer known
        mention.actors = list(before.actors)
    _tie_told_after(ordered)
    _blamed_in_own_sentence(ordered)
    _blamed_together(ordered)
    _claimed_together(ordered)
    _claimed_next(ordered)
    _organiser_told_after(ordered)
    _forces_named_next(ordered)
    _forces_told_before(ordered)
    _forces_reporting(ordered)
    _same_doers(ordered)
    _add_parent_groups(ordered)


def _left_unclaimed(trigger: Token) -> bool:
    """Whether the trigger's sentence says no one has owned it: "remains unclaimed", "no group
    has claimed", "nobody claimed" (``unowned_words`` of ``doers.yaml``, or a negated claim)."""
    sent = trigger.sent
    if next(matching(sent, (), _unowned_words()), None) is not None:
        return True
    return any(
        t.lemma_.lower() == "claim"
        and t.pos_ == "VERB"
        and any(
            c.dep_ == "neg"
            or (
                c.dep_ == "nsubj"
                and (c.lower_ in ("nobody", "none") or any(d.lower_ == "no" for d in c.children))
            )
            for c in t.children
        )
        for t in matching(sent, {"claim"})
    )


def _unowned_words() -> frozenset[str]:
    return doer_words("unowned_words")


#: Sentences after an attack within which a tie of "the attackers" to a group is still its.
_TIE_REACH = 8


def _sentence_at(doc: Doc, i: int) -> Span:
    """``doc[i].sent`` from the Doc's cached sentence starts (:func:`tokens.sentence_bounds`), without
    spaCy's scan for the bounds and its slice."""
    start, end = sentence_bounds(doc, i)
    return Span(doc, start, end)


def _tie_told_after(mentions: Sequence[_Mention]) -> None:
    """An attack told without its doer, followed (within ``_TIE_REACH`` sentences that tell no
    other happening) by a sentence tying its unnamed attackers to a group: "Unknown gunmen killed
    four traders. [A witness's words.] The attackers were believed to be members of X" makes X
    the attack's actor. A tie that is only believed or suspected hedges the attack too:
    the cue is recorded in the Doc (``user_data["nexus_doer_hedges"]``, trigger index -> cue) for
    :func:`nexus.extract.attribution.attribute`.
    """
    from nexus.extract.identified_groups import identified_group  # (import cycle)

    if not mentions:
        return
    doc = mentions[0].trigger.doc
    # sentences telling a happening of their own ("the attack" told again does not count)
    starts = {sentence_start(doc, m.trigger.i) for m in mentions if not refers_back(m.trigger)}
    # ... of which those telling another violent happening or a claim: all but actorless attacks
    # ("One man who ran was shot dead" after "Gunmen abducted 11 villagers" may tell more of the
    # same incident) and happenings that are no violence ("a closure", "condemned"), after which
    # "the attackers" are still the ones told before
    other = {
        sentence_start(doc, m.trigger.i)
        for m in mentions
        if m.type == "claim" or (m.type in _CARRIED_TYPES and (m.type != "attack" or m.actors))
    }
    # ... of which those telling a violent happening (a statement's sentence may still blame)
    violent = {
        sentence_start(doc, m.trigger.i)
        for m in mentions
        if m.type in _CARRIED_TYPES and not refers_back(m.trigger)
    }
    for mention in mentions:
        if mention.type != "attack" or mention.actors or mention.trigger.dep_ == "compound":
            continue  # ("attack helicopters", "a bomb squad": a modifier, no happening told)
        sent = _sentence_at(doc, mention.trigger.i)
        afresh = _told_afresh(mention)
        found: tuple[list[EntityCluster], str | None] | None = None
        for _ in range(_TIE_REACH):
            if sent.end >= len(doc):
                break
            following = _sentence_at(doc, sent.end)
            named = (_identified_doer(following) or identified_group(following)) if afresh else None
            if named is not None:
                found = (named, None)
                break
            blamed = _blamed_doers(following) if following.start not in violent and afresh else None
            if blamed is not None:
                found = blamed[:2]
                break
            if following.start in starts:
                tied = _tied_doers(following)
                if tied is not None and afresh and following.start not in violent:
                    # a speaker's tie telling no violent happening of its own is the earlier
                    # attack's: "The attackers were believed to be members of X, a spokesman added"
                    found = tied
                    break
                if following.start in other or tied is not None:
                    break  # the sentence tells another happening (or ties its own attackers)
                sent = following
                continue  # more of the incident: its attackers may be tied after it
            found = _tied_doers(following) or (
                _group_blamed_before(following) if following.start == mention.trigger.sent.end else None
            )
            if found is not None:
                break
            sent = following
        if found is None:
            continue
        groups, cue = found
        mention.actors = groups
        if cue is not None:
            doc.user_data.setdefault("nexus_doer_hedges", {})[mention.trigger.i] = cue


def _blamed_in_own_sentence(mentions: Sequence[_Mention]) -> None:
    """An attack told without its doer in a sentence that itself lays it at a group's door, as a
    speaker's aside ("rockets hit a school, killing six, the mayor told reporters, accusing X
    of firing them"), takes that group, when the sentence tells no other happening of a violent
    type. A blame that only suspects hedges it, as in :func:`_tie_told_after`."""
    if not mentions:
        return
    doc = mentions[0].trigger.doc
    for mention in mentions:
        if mention.type != "attack" or mention.actors or not _told_afresh(mention):
            continue
        start = sentence_start(doc, mention.trigger.i)
        others = [
            m
            for m in mentions
            if m is not mention and m.type in _CARRIED_TYPES and sentence_start(doc, m.trigger.i) == start
        ]
        if others:
            continue  # which of them the blame is of, the sentence does not say
        blamed = _blamed_doers(_sentence_at(doc, mention.trigger.i))
        if blamed is None:
            continue
        groups, cue, _ = blamed
        mention.actors = list(groups)
        if cue is not None:
            doc.user_data.setdefault("nexus_doer_hedges", {})[mention.trigger.i] = cue


def _blamed_together(mentions: Sequence[_Mention]) -> None:
    """A blame of several happenings at once ("these attacks bear the hallmarks of X", "police
    blamed X for both bombings") makes X the doer of each attack told before it without one
    (since the last claim or blame of several, and not more than a month older than the newest
    of them when dated). A blame that only suspects hedges them too, as in :func:`_tie_told_after`."""
    if not mentions:
        return
    doc = mentions[0].trigger.doc
    starts = sorted(
        {sentence_start(doc, m.trigger.i) for m in mentions} | {s.start for s in _blaming_sentences(doc)}
    )
    last = -1
    for start in starts:
        sent = _sentence_at(doc, start)
        blamed = _blamed_doers(sent)
        if blamed is None or not blamed[2]:
            continue  # (a sentence telling a happening may blame several: "these attacks")
        groups, cue, _ = blamed
        told = [
            m
            for m in mentions
            if m.type == "attack" and not m.actors and last < m.trigger.i < start and _told_afresh(m)
        ]
        last = sent.end
        dated = [m.date.as_date() for m in told if m.date is not None]
        newest = max(dated, default=None)
        for mention in told:
            if (
                newest is not None
                and mention.date is not None
                and (newest - mention.date.as_date()).days > _CLAIM_REACH_DAYS
            ):
                continue  # an older attack recalled among them
            mention.actors = list(groups)
            if cue is not None:
                doc.user_data.setdefault("nexus_doer_hedges", {})[mention.trigger.i] = cue


def _told_afresh(mention: _Mention) -> bool:
    """Whether a mention tells a happening in its own right, as a blame's target ("gunmen
    killed", "a bombing at X"), not a back reference ("the raid"), which takes its doer by
    coreference."""
    return not refers_back(mention.trigger)


def _identified_doer(sent: Span) -> list[EntityCluster] | None:
    """The person ``sent`` names as the unnamed doer just told of, or None: "The suspect, a
    24-year-old identified by prosecutors as X, was arrested", "The army identified the attacker
    as X", "The gunman was named as X". The named noun must be a definite attacker or private
    performer ("the suspect", "the attacker", "the man"); the verbs are ``identifying_verbs`` of
    ``doers.yaml``, and the name their "as" object."""
    from nexus.extract.arguments import cached_entity_index  # (import cycle)

    verbs = doer_words("identifying_verbs")
    doers = frozenset(str(w).lower() for w in event_ontology()["attacker_nouns"]) | frozenset(
        str(w).lower() for w in event_ontology()["private_performers"]
    )
    index = cached_entity_index(sent.doc)
    for verb in matching(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        names = [
            index[g.i]
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for g in p.children
            if g.dep_ == "pobj" and g.i in index and index[g.i].type == "PERSON"
        ]
        if not names:
            continue
        if verb.dep_ == "acl":
            noun = (
                verb.head.head if verb.head.dep_ == "appos" else verb.head
            )  # "the suspect, a man identified as"
        else:
            noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), verb)
        if noun.lemma_.lower() not in doers and noun.lower_ not in doers:
            continue
        definite = anaphora_words("definite_determiners")
        if not any(c.dep_ == "det" and c.lower_ in definite for c in noun.children):
            continue  # "a man identified as X" may be anyone
        return names[:1]
    return None


def _blaming_sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` with a blame verb or an authorship noun (cheap pre-filter)."""
    words = doer_words("blame_verbs") | doer_words("authorship_nouns")
    preps = doer_words("authorship_preps")
    return [s for s in doc.sents if next(matching(s, words, words | preps), None) is not None]


def _blamed_doers(sent: Span) -> tuple[list[EntityCluster], str | None, bool] | None:
    """``(groups, hedge cue or None, covers several)`` when ``sent`` lays an attack at an armed
    group's door, else None.

    "Residents blamed X", "police suspect fighters of X", "blamed the killings on X", "the
    bombing was blamed on X", "accused X of the raid", "these attacks bear the hallmarks of X",
    "it was the work of X" (verbs ``blame_verbs`` and nouns ``authorship_nouns`` of
    ``doers.yaml``). The group must be an armed or unclassed organisation (never a state,
    a state body or a medium); a negated blame, a blame for help ("accused X of sheltering
    them") and a blame for a dated happening ("blamed X for the 2019 bombing") count for
    nothing. "covers several" is true when the blamed happening is a plural attack noun
    marked "these", "the", "both", "all" or a number ("these attacks", "both blasts").
    """
    from nexus.extract.arguments import (  # (import cycle)
        attacker_group_tie,
        cached_entity_index,
        entities_in,
        group_told_before,
    )
    from nexus.extract.claimed_back import happening_pronoun  # (import cycle)
    from nexus.extract.relations import accused_of_aiding  # (import cycle)

    blame_verbs, authorship = doer_words("blame_verbs"), doer_words("authorship_nouns")
    behind = doer_words("authorship_preps")
    evidence_verbs = doer_words("evidence_verbs")
    nouns = _attack_nouns()
    deed_nouns = nouns | doer_words("blamed_deed_nouns")  # ("attributed the strike to X")
    index = cached_entity_index(sent.doc)
    for token in matching(sent, blame_verbs | authorship | evidence_verbs, authorship | behind):
        lemma = token.lemma_.lower()
        deeds: list[Token] = []
        holders: list[Token] = []
        cue = None
        if token.pos_ == "VERB" and lemma in blame_verbs:
            if any(c.dep_ == "neg" for c in token.children) or accused_of_aiding(token):
                continue
            passive = any(c.dep_ == "auxpass" for c in token.children)
            objects = [c for c in token.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            preps = [
                p
                for c in token.children
                if c.dep_ == "prep"
                for p in c.children
                if p.dep_ in ("pobj", "pcomp")
            ]
            if not objects and not passive:
                named_next = _name_read_as_verb(token, index)
                if named_next is not None:
                    objects = [named_next]  # "officials blamed IS remnants", "IS" parsed as a verb
            for obj in objects:
                # "It was blamed on X": the pronoun takes up the happening just told
                deed = obj.lemma_.lower() in deed_nouns or obj.lower_ in deed_nouns or happening_pronoun(obj)
                (deeds if deed else holders).append(obj)
            for pobj in preps:
                prep = pobj.head.lower_
                if prep in ("on", "to") and deeds:
                    holders.append(pobj)  # "blamed the attack on X", "attributed the killings to X"
                elif prep in ("for", "of"):
                    deeds.append(pobj)  # "blamed X for the attack", "accused X of the raid"
            if lemma in _hedge_verbs():
                cue = token.text
        elif token.pos_ == "NOUN" and (lemma in authorship or token.lower_ in authorship):
            verb = token.head
            if token.dep_ not in ("attr", "dobj") or verb.lemma_.lower() not in (
                "be",
                "bear",
                "carry",
                "have",
            ):
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            holders = [
                g
                for p in token.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ]
            if any(h.lower_ in _attacker_nouns() or h.lemma_.lower() in _attacker_nouns() for h in holders):
                # "the hallmarks of rebels from X", the "from" phrase hung on the noun: the group
                # the unnamed doers come from
                holders += [
                    g
                    for p in token.children
                    if p.dep_ == "prep" and p.lower_ == "from"
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
            deeds = [c for c in verb.children if c.dep_ == "nsubj"]
        elif token.pos_ in ("VERB", "NOUN") and lemma in evidence_verbs:
            # "preliminary findings point to X": what the inquiry shows, a hedged blame
            holders = _pointed_to(token)
            cue = f"{token.text} to" if holders else None
        elif token.lower_ in behind and token.dep_ == "prep" and token.head.lemma_.lower() == "be":
            # "members of X were behind both blasts": the subject of "be behind" an attack noun
            if any(c.dep_ == "neg" for c in token.head.children):
                continue
            deeds = [
                g
                for g in token.children
                if g.dep_ == "pobj" and (g.lemma_.lower() in nouns or g.lower_ in nouns)
            ]
            holders = [c for c in token.head.children if c.dep_ == "nsubj"] if deeds else []
        else:
            continue
        if any(t.ent_type_ == "DATE" for d in deeds for t in d.subtree):
            continue  # "blamed X for the 2019 bombing": another, older happening
        named = entities_in(holders, index, descriptions=False)
        if not named:
            # "the hallmarks of insurgents from X", "blamed fighters of X": the group they are of
            named = [c for h in holders for c in attacker_group_tie(h, index)][:1]
        if not named:
            # "investigators suspect the same group": the armed group named before
            named = [c for c in (group_told_before(h, index) for h in holders) if c is not None][:1]
        if named and _blamable(named[0]):
            # the group named first ("fighters of X, a branch of Y": X), never a group it describes
            return [c for c in named if _blamable(c)], cue, any(_covering(d, nouns) for d in deeds)
        # ("blamed the attack on bandits loyal to X", the "on" phrase hung on the attack noun)
        misread = [
            g for d in deeds for p in d.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children
        ]
        leaders = [c for c in (_leader_of_doers(h, index) for h in [*holders, *misread]) if c is not None]
        if leaders:
            # "blamed fighters loyal to a bandit leader known as X": the leader of the unnamed gang
            return leaders[:1], cue, any(_covering(d, nouns) for d in deeds)
    return None


def _pointed_to(verb: Token) -> list[Token]:
    """The "to" objects of an evidence verb whose subject is an inquiry's finding ("the findings
    point to X", "evidence pointed to Y"; ``evidence_nouns`` of doers.yaml), unless negated ("the
    evidence does not point to X"). The parser may read "findings point" as one noun phrase: the
    finding is then a compound of "point" rather than its subject."""
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    finders = doer_words("evidence_nouns")
    subject = "nsubj" if verb.pos_ == "VERB" else "compound"
    if not any(
        c.dep_ == subject and (c.lemma_.lower() in finders or c.lower_ in finders) for c in verb.children
    ):
        return []
    return [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj"
    ]


#: Participles by which unnamed fighters are said to answer to a person: "led by X", "commanded by X".
_LED_VERBS = frozenset({"lead", "command", "head"})


def _leader_of_doers(holder: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The person unnamed attackers answer to in a blame's object: "fighters loyal to a warlord,
    X", "bandits loyal to a kingpin known as X", "gunmen led by X" (an ``attacker_nouns`` word
    with "loyal to" or a leading participle's "by"; the person is the phrase's own name, its
    apposition or what it is "known as"; a blamable organisation there counts too). None when no
    one is named so."""
    nouns, lemma = _attacker_nouns(), holder.lemma_.lower()
    if holder.lower_ not in nouns and lemma not in nouns and lemma not in ("fighter", "bandit"):
        return None
    leaders = [
        g
        for c in holder.children
        if (c.dep_ in ("amod", "acl") and c.lower_ == "loyal")
        or (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _LED_VERBS)
        for p in c.children
        if (p.dep_ == "prep" and p.lower_ == "to") or (p.dep_ == "agent")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    doc = holder.doc
    for leader in leaders:
        beside = doc[leader.i + 2] if leader.i + 2 < len(doc) and doc[leader.i + 1].text == "," else None
        named = [
            leader,
            *(a for a in leader.children if a.dep_ == "appos"),
            *([beside] if beside is not None else []),  # "a local warlord, X", the apposition misread
            *(
                g
                for a in leader.children
                if a.dep_ == "acl" and a.lemma_.lower() in ("know", "call", "name")
                for p in a.children
                if p.dep_ in ("prep", "oprd") and (p.lower_ == "as" or p.dep_ == "oprd")
                for g in (p, *p.children)
                if g.dep_ in ("pobj", "oprd")
            ),
        ]
        for token in named:
            cluster = index.get(token.i)
            if cluster is not None and (cluster.type == "PERSON" or _blamable(cluster)):
                return cluster  # (or a warlord's name the entity types took for an organisation)
    return None


def _name_read_as_verb(verb: Token, index: dict[int, EntityCluster]) -> Token | None:
    """The name right after a blame verb that has no object, when the parser read it as a verb
    of a clause of its own ("blamed IS remnants" parsed with "IS" as "is"), or None."""
    if verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    if after.pos_ not in ("AUX", "VERB"):
        return None  # (a name read as a noun is the verb's object already)
    cluster = index.get(after.i)
    return after if cluster is not None and cluster.type == "ORG" else None


def _covering(deed: Token, nouns: frozenset[str]) -> bool:
    """ "these attacks", "both blasts", "the three bombings": a plural attack noun covering several."""
    if deed.tag_ != "NNS" or (deed.lemma_.lower() not in nouns and deed.lower_ not in nouns):
        return False
    return any(
        (c.dep_ in ("det", "predet", "preconj") and c.lower_ in _COVERING_WORDS) or c.dep_ == "nummod"
        for c in deed.children
    )


def _blamable(cluster: EntityCluster) -> bool:
    """An organisation a blame can make an attack's doer: an armed group, or one the entity
    types leave unclassed; never a state, a state body or a medium."""
    return cluster.type == "ORG" and cluster.subtype in ("armed_group", "other", None)


@cache
def _attack_nouns() -> frozenset[str]:
    """Nouns of violent happenings ("attack", "bombing", "killings", "ambush"): the ``nouns`` of the
    attack type in the event ontology, with their plurals as listed."""
    return frozenset(str(w).lower() for w in event_ontology()["types"]["attack"]["nouns"])


#: Words making a reference to happenings told before cover all of them: "both blasts", "all
#: three bombings", "the attacks".
_COVERING_WORDS = frozenset({"both", "all", "the", "these", "those"})

#: Days before its claim that a happening it covers may have been: older ones are background.
_CLAIM_REACH_DAYS = 30


def _claimed_together(mentions: Sequence[_Mention]) -> None:
    """A claim of several happenings at once ("said it had carried out both explosions", "claimed
    all three bombings") makes its claimant the doer of each attack told before it without one
    (since the last claim, and not more than a month older than the claim when both are dated;
    an undated claim counts from the latest day told of those attacks)."""
    nouns = frozenset(str(w).lower() for w in event_ontology()["types"]["attack"]["nouns"])
    last = -1
    for k, claim in enumerate(mentions):
        if claim.type != "claim":
            continue
        start, last = last, k
        groups = [a for a in claim.actors if a.type == "ORG"]
        if not groups or not _covers_several(claim.trigger, nouns):
            continue
        told = [
            m.date.as_date() for m in mentions[start + 1 : k] if m.type == "attack" and m.date is not None
        ]
        # an undated claim is of the latest happenings told ("Gunmen shot 22 passengers on Monday,
        # the worst attack since the 2016 hospital bombing. X claimed the killings": not the 2016 one)
        claimed_on = claim.date.as_date() if claim.date is not None else max(told, default=None)
        for mention in mentions[start + 1 : k]:
            if mention.type != "attack" or mention.actors:
                continue
            told_on = mention.date
            if (
                claimed_on is not None
                and told_on is not None
                and (claimed_on - _last_day(told_on)).days > _CLAIM_REACH_DAYS
            ):
                continue  # an older attack recalled before the claim
            mention.actors = list(groups)


def _last_day(value: DateValue) -> date:
    """The last day a date can stand for: a year's December 31, a month's last day ("the 2019
    bombings" may be those of April 21, 2019), else the day itself."""
    day = value.as_date()
    if value.precision == "year":
        return date(day.year, 12, 31)
    if value.precision == "month":
        return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day


def _claimed_next(mentions: Sequence[_Mention]) -> None:
    """An attack told without its doer and claimed in the very next sentence ("a gunman opened fire
    near the market, killing five. The X group later claimed the attack") takes the claimant, when
    no other attack is told between them or in the claim's own sentence, the attack's sentence does
    not say nobody claimed it, and the claim, when dated, is within a month of it."""
    for k, claim in enumerate(mentions):
        if claim.type != "claim":
            continue
        groups = [a for a in claim.actors if a.type == "ORG"]
        before = next((m for m in reversed(mentions[:k]) if m.type == "attack"), None)
        if not groups or before is None or before.actors:
            continue
        here = claim.trigger.sent
        there = before.trigger.sent
        if there.end != here.start:
            continue  # told further back, the claim may be of another happening (in the same
            # sentence, the claim is joined to the attack it names at assembly)
        if any(m.type == "attack" and sentence_start(here.doc, m.trigger.i) == here.start for m in mentions):
            continue  # "X said its fighters had attacked a checkpoint": the claim tells its own attack
        if _left_unclaimed(before.trigger):
            continue  # "... and no group said it had planted the bomb"
        if (
            claim.date is not None
            and before.date is not None
            and (claim.date.as_date() - before.date.as_date()).days > _CLAIM_REACH_DAYS
        ):
            continue
        before.actors = list(groups)


def _covers_several(claim: Token, nouns: frozenset[str]) -> bool:
    """Whether a claim's own words name several happenings together: a plural attack noun in its
    clause marked "both", "all", "the" or by a number ("both blasts", "the three bombings")."""
    for token in claim.subtree:
        if token.tag_ != "NNS" or (token.lemma_.lower() not in nouns and token.lower_ not in nouns):
            continue
        if any(
            (c.dep_ in ("det", "predet", "preconj") and c.lower_ in _COVERING_WORDS) or c.dep_ == "nummod"
            for c in token.children
        ):
            return True
    return False


def _organiser_told_after(mentions: Sequence[_Mention]) -> None:
    """A rally told without who called it, followed by a sentence naming its organiser: "Students
    marched on the town hall. The march was organised by X" (or "X organised the protest") makes X
    the rally's actor. The organising verbs are ``organising_verbs`` of ``doers.yaml``."""
    for mention in mentions:
        if mention.type != "rally" or mention.actors:
            continue
        doc = mention.trigger.doc
        sent = mention.trigger.sent
        if sent.end >= len(doc):
            continue
        found = _organisers_named(doc[sent.end].sent)
        if found:
            mention.actors = found


def _organisers_named(sent: Span) -> list[EntityCluster]:
    """The organisers ``sent`` names for a gathering it refers back to ("the rally was organised
    by X", "it was called by X", "X organised the protest"), or ``[]``."""
    from nexus.extract.arguments import acting, cached_entity_index, doer_words, entities_in  # (import cycle)

    index = cached_entity_index(sent.doc)
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in doer_words("organising_verbs"):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        gathering = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if not gathering or not all(_told_before(g) for g in gathering):
            continue
        if passive:
            doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
        found = acting(entities_in(doers, index, descriptions=False), index, heads=doers)
        if found:
            return found
    return []


def _told_before(noun: Token) -> bool:
    """ "the rally", "this protest", "it": a reference to what was just told."""
    if noun.lower_ in ("it", "this", "that"):
        return True
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in anaphora_words("definite_determiners") for c in noun.children
    )


#: Verbs of a group's standing blame: "X, which has been blamed for similar bombings".
_BLAME_LEMMAS = frozenset({"blame", "suspect", "accuse"})


def _group_blamed_before(sent: Span) -> tuple[list[EntityCluster], str | None] | None:
    """ "No group has claimed the attack, but X, which has been blamed for similar bombings, is
    active in the area": the armed group a passive relative clause blames, as a suspected doer
    (hedged by the blame verb), or None."""
    from nexus.extract.arguments import cached_entity_index  # (import cycle)

    index = cached_entity_index(sent.doc)
    for token in sent:
        if token.dep_ != "relcl" or token.lemma_.lower() not in _BLAME_LEMMAS:
            continue
        if not any(c.dep_ == "auxpass" for c in token.children):
            continue
        group = index.get(token.head.i)
        if group is not None and group.type == "ORG" and group.subtype == "armed_group":
            return [group], token.text
    return None


def _tied_doers(sent: Span) -> tuple[list[EntityCluster], str | None] | None:
    """``(groups, hedge cue or None)`` when ``sent`` ties the attackers just told of to a group
    ("The attackers were believed to be members of X", "The gunmen belonged to X"), else None."""
    from nexus.extract.arguments import attacker_group_tie, cached_entity_index, launched_by  # (import cycle)

    pos = parse_index(sent.doc).pos  # (the column first: a Token only for a noun)
    nouns = (sent.doc[i] for i in range(sent.start, sent.end) if pos[i] == NOUN)
    subjects = [t for t in nouns if t.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        root = subject.head
        definite = anaphora_words("definite_determiners")
        if not any(c.dep_ == "det" and c.lower_ in definite for c in subject.children):
            continue  # "the attackers", "these gunmen": the ones just told of
        index = cached_entity_index(sent.doc)
        groups = attacker_group_tie(subject, index)
        if not groups and subject.lower_ in doer_words("planted_devices"):
            # "the bomb had been planted by X", "the device was suspected to have been planted by
            # members of X": the device just told of was set by X
            groups = [c for c in launched_by(subject, index) if c.type == "ORG" and c.subtype != "media"]
        if groups:
            hedged = root.lemma_.lower() in _hedge_verbs()
            return groups, (root.text if hedged else None)
    return None


#: Types whose doer's parent group is a doer too.
_PARENTED_TYPES = frozenset({"attack", "claim"})


@cache
def _force_members() -> frozenset[str]:
    """Lemmas of the nouns for a force's members ("officers", "troops"): ``force_members``."""
    return anaphora_words("force_members")


def _forces_named_next(mentions: Sequence[_Mention]) -> None:
    """An operation told as done by a state's unnamed forces ("two suspects died in an exchange of
    fire with security forces, a ministry said"), whose very next sentence names the forces that
    did it as the doers of its own clauses ("troops of the X Army had cordoned off the block"),
    is that named force's. Only when a subject of the next sentence is the members of a named
    military or intelligence force ("officers of X", "troops of X"; ``force_members`` of
    ``anaphora.yaml``), never a body that only reports ("the X Army said"), and the sentence
    tells no happening by any other hand."""
    from nexus.extract.arguments import cached_entity_index, entities_in, is_state  # (import cycle)
    from nexus.extract.triggers import reporting_verbs  # (import cycle)

    if not mentions:
        return
    doc = mentions[0].trigger.doc
    index = cached_entity_index(doc)
    for mention in mentions:
        if mention.type != "military_action" or not mention.actors:
            continue
        if not all(a.subtype == "country" for a in mention.actors):
            continue  # a named force acted already
        sent = _sentence_at(doc, mention.trigger.i)
        if sent.end >= len(doc):
            continue
        following = _sentence_at(doc, sent.end)
        told = [m for m in mentions if following.start <= m.trigger.i < following.end]
        forces: list[EntityCluster] = []
        for token in following:
            if token.dep_ != "nsubj" or token.head.lemma_.lower() in reporting_verbs():
                continue
            if token.lemma_.lower() not in _force_members():
                continue  # "officers of X", "troops of X", not X itself (a body may only report)
            named = [
                t
                for p in token.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
                for t in (g, *g.conjuncts)
            ]
            for cluster in entities_in(named, index):
                armed = cluster.type == "ORG" and cluster.subtype in ("military", "intelligence")
                if armed and is_state(cluster) and cluster not in forces:
                    forces.append(cluster)
        if forces and not any(a not in forces for m in told for a in m.actors):
            # (a happening the next sentence tells by another hand is its own; the suspects' fire
            # and the forces' call to surrender are the operation's)
            mention.actors = forces


def _forces_told_before(mentions: Sequence[_Mention]) -> None:
    """An operation whose doers are a state's unnamed forces ("troops pursued the gunmen",
    "police arrested three men", "a detachment detained two"), told without a named force, is
    the force of that kind the report names nearest before it ("the X Army", "the Y State Police
    Command"): members of the military (``military_members`` of ``anaphora.yaml``) refer back to
    a state military force, members of the police (``police_members``) to a police force (a
    state body with a police word in its name). It stands beside the state the rules gave, when
    it is that state's; nothing changes when the report names no such force before."""
    from nexus.extract.arguments import _subject_tokens  # (import cycle)

    if not mentions:
        return
    doc = mentions[0].trigger.doc
    for mention in mentions:
        if mention.type != "military_action" or not all(a.subtype == "country" for a in mention.actors):
            continue  # a named body acted already
        doers = [s for s in _subject_tokens(_verb_of(mention.trigger)) if s.dep_ == "nsubj"]
        kinds = {_unnamed_force_kind(s) for s in doers if s.i != mention.trigger.i}
        if len(kinds) != 1 or None in kinds:
            continue
        if _reported_by_unnamed_force(_sentence_at(doc, mention.trigger.i)):
            continue  # "troops killed two, the army said": the army's, not a unit named before
        forces = _forces_named_before(doc, mention.trigger.i, police=kinds == {"police"})
        if not forces or any(a.country != f.country for a in mention.actors for f in forces):
            continue  # none named, or another state's forces (or a force of no known state)
        mention.actors = [*mention.actors, *forces]


def _forces_reporting(mentions: Sequence[_Mention]) -> None:
    """An operation told with no doer, in words a state's unnamed military reports ("the army said
    a drone strike had killed ten fighters", "..., according to the army"), is that military's:
    the state military force the report names nearest before it. Nothing changes when the report
    names no such force before, or names a unit of it ("the 4th Brigade"), not the army that
    speaks; what police report ("two men were detained, police said") may be
    any force's and is left alone."""
    if not mentions:
        return
    doc = mentions[0].trigger.doc
    for mention in mentions:
        if mention.type != "military_action" or mention.actors:
            continue
        if not _reported_by_unnamed_military(mention.trigger):
            continue
        forces = _forces_named_before(doc, mention.trigger.i, police=False)
        if forces and not any(_military_unit(f.name.split()) for f in forces):
            mention.actors = forces  # (a unit named before is no army that speaks for itself)


def _reported_by_unnamed_military(trigger: Token) -> bool:
    """Whether the clause holding ``trigger`` is reported by a state's unnamed military ("the army
    said ...", "according to the military"). A force whose owner or seat the text says
    ("Ruritania's army", "the army in X") is named, not unnamed; police words are no military."""
    from nexus.extract.arguments import cached_entity_index  # (import cycle)
    from nexus.extract.triggers import reporting_verbs  # (import cycle)

    index = cached_entity_index(trigger.doc)
    nouns = frozenset(str(w).lower() for w in event_ontology()["state_nouns"])
    nouns -= anaphora_words("police_members")
    for token in _sentence_at(trigger.doc, trigger.i):
        reporter: Token | None = None
        if token.pos_ == "VERB" and token.lemma_.lower() in reporting_verbs():
            reporter = next((c for c in token.children if c.dep_ == "nsubj"), None)
            reach = token
        elif token.lower_ == "according" and token.dep_ == "prep":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            reporter = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            reach = token.head
        if reporter is None or reporter.i in index or reporter.lemma_.lower() not in nouns:
            continue
        if any(c.dep_ in ("poss", "compound", "nmod", "amod", "prep") for c in reporter.children):
            continue  # whose force, or where, the text says
        if trigger.i != reporter.i and reach.left_edge.i <= trigger.i <= reach.right_edge.i:
            return True
    return False


def _reported_by_unnamed_force(sent: Span) -> bool:
    """Whether a reporting verb of ``sent`` has an unnamed state force as its subject ("..., the
    army said", "police said"): the force the sentence's troops belong to is told."""
    from nexus.extract.arguments import cached_entity_index  # (import cycle)
    from nexus.extract.triggers import reporting_verbs  # (import cycle)

    index = cached_entity_index(sent.doc)
    nouns = frozenset(str(w).lower() for w in event_ontology()["state_nouns"])
    return any(
        c.dep_ == "nsubj" and c.i not in index and (c.lemma_.lower() in nouns or c.lower_ in nouns)
        for verb in sent
        if verb.pos_ == "VERB" and verb.lemma_.lower() in reporting_verbs()
        for c in verb.children
    )


def _forces_named_before(doc: Doc, position: int, *, police: bool) -> list[EntityCluster]:
    """The state forces (police forces when ``police``, else military ones) of the nearest
    sentence before ``position`` that names one (that sentence's part before ``position`` when it
    is the trigger's own): "the X Army and the Y Navy said ..." gives both. A press office or a
    court ("the X Public Relations", "the Y Military Court") speaks or judges: no force."""
    from nexus.extract.arguments import (  # (import cycle)
        _press_office,
        _tells_but_arrests_not,
        cached_entity_index,
        is_state,
        police_body,
    )

    index = cached_entity_index(doc)
    found: list[EntityCluster] = []
    start: int | None = None
    for i in sorted((i for i in index if i < position), reverse=True):
        if start is not None and i < start:
            break
        cluster = index[i]
        if cluster.type != "ORG" or not is_state(cluster) or cluster in found:
            continue
        if _press_office(cluster) or _tells_but_arrests_not(cluster):
            continue  # "the X Public Relations", "the Y Military Court": it speaks or judges
        if police_body(cluster) if police else cluster.subtype == "military":
            found.append(cluster)
            start = sentence_start(doc, i) if start is None else start
    return found[::-1]


def _verb_of(trigger: Token) -> Token:
    """The verb a trigger is, or that an adverbial phrase naming it hangs on ("In a separate
    operation, police stormed a camp": "stormed")."""
    if trigger.pos_ == "VERB":
        return trigger
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.pos_ == "VERB":
        return trigger.head.head
    return trigger


def _unnamed_force_kind(subject: Token) -> str | None:
    """``military`` for a subject naming a state's military members with no word saying whose
    ("troops", "the soldiers", "a detachment", "security forces"), ``police`` for its police
    ("police", "officers", "police tactical teams"), else None ("Ruritanian troops", "its
    soldiers", "X's police", "gunmen")."""
    word = subject.lemma_.lower()
    police_words = anaphora_words("police_members")
    military_words = anaphora_words("military_members")
    kind = "police" if word in police_words else "military" if word in military_words else None
    for child in subject.children:
        if child.dep_ in ("compound", "nmod") and child.lower_ in police_words:
            kind = kind or "police"  # "police tactical teams"
        elif (
            child.dep_ in ("poss", "nmod")
            or (child.dep_ == "prep" and child.lower_ == "of")
            or (
                child.dep_ in ("amod", "compound")
                and child.lower_ not in anaphora_words("force_qualifiers")
                and child.lower_ not in police_words
            )
        ):
            return None  # whose forces the text says ("Ruritanian troops", "its soldiers")
    return kind


def _same_doers(mentions: Sequence[_Mention]) -> None:
    """An attack whose own sentence gives it to "the same group" ("a device laid by the same
    terrorist group struck a truck", "investigators suspect the same group", "the same gunmen
    returned") is by the doers of the nearest attack told before it with a named doer, not by
    whichever armed group was named last ("X, a group affiliated with Y": X, not Y). Only when
    the sentence tells no other attack, and the attack has no doer or only an armed group (the
    one read for "the same group"). A phrase under a hedging verb ("suspect the same group")
    hedges the attack, as in :func:`_tie_told_after`."""
    if not mentions:
        return
    doc = mentions[0].trigger.doc
    for k, mention in enumerate(mentions):
        if mention.type != "attack" or any(a.subtype != "armed_group" for a in mention.actors):
            continue
        sent = _sentence_at(doc, mention.trigger.i)
        if any(
            m is not mention and m.type == "attack" and sent.start <= m.trigger.i < sent.end for m in mentions
        ):
            continue  # which attack "the same group" did, the sentence does not say
        if "same" not in span_words(sent)[1]:
            continue  # (the "same" of the phrase is a child of its noun, so in the sentence)
        phrase = next((t for t in sent if _the_same_doers(t)), None)
        if phrase is None:
            continue
        before = next(
            (
                m
                for m in reversed(mentions[:k])
                if m.type == "attack" and m.trigger.i < sent.start and any(a.type == "ORG" for a in m.actors)
            ),
            None,
        )
        if before is None:
            continue
        mention.actors = [a for a in before.actors if a.type == "ORG"]
        verb = phrase.head.head if phrase.dep_ == "pobj" else phrase.head
        if verb.lemma_.lower() in _hedge_verbs():
            doc.user_data.setdefault("nexus_doer_hedges", {})[mention.trigger.i] = verb.text


def _the_same_doers(noun: Token) -> bool:
    """ "the same group", "the same terrorist group", "the same gunmen": a definite group or
    attacker noun marked "same"."""
    from nexus.extract.arguments import _GROUP_NOUNS  # (import cycle)

    word = noun.lower_
    if (
        word not in _GROUP_NOUNS
        and word not in _attacker_nouns()
        and noun.lemma_.lower() not in _attacker_nouns()
    ):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "amod" and c.lower_ == "same" for c in noun.children
    )


def _add_parent_groups(mentions: Sequence[_Mention]) -> None:
    """A wing, unit or brigade that claims or carries out a happening acts for its group: "its
    armed wing, the X Centre, carried out the bombing", "the Y Brigade, the group's armed wing,
    said ..." make the group an actor too (after the wing)."""
    wanted = [m for m in mentions if m.type in _PARENTED_TYPES and any(a.type == "ORG" for a in m.actors)]
    if not wanted:
        return
    doc = wanted[0].trigger.doc
    links = frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("group_part_nouns", []))
    if next(matching(doc[:], links), None) is None:
        return  # no wing, unit or brigade is named: nothing to link
    ctx = RelationContext(doc, list(getattr(doc._, "nexus_entities", None) or []))
    for mention in wanted:
        sent = mention.trigger.sent
        for actor in list(mention.actors):
            if actor.type != "ORG":
                continue
            parent = _parent_of(ctx, actor, sent, links)
            if parent is not None and parent is not actor and parent not in mention.actors:
                mention.actors.append(parent)


def _parent_of(
    ctx: RelationContext, actor: EntityCluster, sent: Span, links: frozenset[str]
) -> EntityCluster | None:
    """The group whose wing or unit ``actor`` is called in ``sent`` ("its armed wing, X",
    "X, the group's armed wing", "X, the armed wing of Y"), or None."""
    for token in sent:
        if ctx.entity(token) is not actor:
            continue
        nouns = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if token.dep_ == "appos" and token.head.pos_ == "NOUN":
            nouns.append(token.head)
        for noun in nouns:
            if noun.lemma_.lower() not in links:
                continue
            for child in noun.children:
                found: list[EntityCluster] = []
                if child.dep_ == "poss":
                    found = ctx.actors(child)
                elif child.dep_ == "prep" and child.lower_ == "of":
                    found = [c for p in child.children if p.dep_ == "pobj" for c in ctx.actors(p)]
                groups = [c for c in found if c.type == "ORG" and c is not actor]
                if groups:
                    return groups[0]
    return None


def add_named_branches(drafts: Sequence[_Mention]) -> None:
    """A branch of a group named where a claim or attack the group is given as the doer of is told
    is its doer too, before its group (:func:`named_branches`, over :func:`told_by`). All the
    draft's mentions count once coreference has joined them: a headline naming only Z State as the
    claimant, joined to a body sentence where Z State's Y takes responsibility."""
    for draft in drafts:
        if draft.type not in _PARENTED_TYPES:
            continue
        for actor in list(draft.actors):
            for branch in named_branches(actor, told_by(draft)):
                if branch not in draft.actors:
                    draft.actors.insert(draft.actors.index(actor), branch)


def told_by(draft: _Mention) -> list[Token]:
    """The words that tell a draft, where a branch acting for its group may be named: for a claim,
    its mentions' own phrases and clauses ("Z State's Y took responsibility"; not "officials blamed
    Y for a bombing that Z State said it had carried out", where Y is blamed, not claiming); for an
    attack, its mentions' whole sentences (its doer may be told by a blame beside it); in text
    order, each word once."""
    mentions: list[Token] = sorted(getattr(draft, "mentions", None) or [draft.trigger], key=lambda t: t.i)
    if draft.type == "claim":
        words = {t.i: t for m in mentions for t in m.subtree}
    else:
        words = {t.i: t for m in mentions for t in m.sent}
    return [words[i] for i in sorted(words)]


def named_branches(group: EntityCluster, words: Sequence[Token]) -> list[EntityCluster]:
    """The branches of an armed group that ``words`` name: "the Z State's Y Province took
    responsibility", "Z State's outlet reported that militants of its Z State Y Province carried
    out the raid" name a branch of the group Z State, which acts for it. A branch is an armed
    group one of whose forms begins with the group's name and goes on (:func:`_branch_of`)."""
    if group.subtype != "armed_group" or not words:
        return []
    from nexus.extract.arguments import cached_entity_index  # (import cycle)

    index = cached_entity_index(words[0].doc)
    found: list[EntityCluster] = []
    for token in words:
        branch = index.get(token.i)
        if (
            branch is not None
            and branch is not group
            and branch.subtype == "armed_group"
            and branch not in found
            and _branch_of(branch, group)
        ):
            found.append(branch)
    return found


def _branch_of(branch: EntityCluster, group: EntityCluster) -> bool:
    """Whether one of ``branch``'s forms is ``group``'s name (or one of its forms of two words or
    more) followed by more of a name, as a branch's name writes its group's: "Z State Y Province",
    "Z State's Y"; a generic word after it ("Z State group") names the group itself."""
    stems = [form for form in group.forms if len(form.split()) >= 2]
    for folded, surface in {**branch.written, **branch.forms}.items():  # (as written: "Z State's Y")
        last = surface.split()[-1] if surface.split() else ""
        if not last[:1].isupper():
            continue
        if any(folded.startswith(stem + " ") for stem in stems):
            return True
    return False


def _same_scene(mention: _Mention, before: _Mention) -> bool:
    """Whether a place named in the reference's own phrase is one of the earlier mention's."""
    earlier = {id(p) for p in before.own_places}
    return any(id(p) in earlier for p in mention.own_places)
