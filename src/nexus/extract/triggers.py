"""Event triggers: which words in a sentence name a happening, and of which type.

Trigger lemmas and nouns per event type live in ``ontology/events.yaml``; a
trigger can require an object ("closed the border", "claimed responsibility")
or a complement ("called the raids a breach").

Only what happened (or is under way) is an event. Every candidate trigger gets
a modality (``actual``, ``planned``, ``conditional``, ``negated``, ``generic``
or ``restated``) from the parse and the ``modality`` cues of ``events.yaml``:
"will visit", "is expected to visit" and "postponed her visit" are planned,
"if troops start" conditional, "no claim" negated, "plotting attacks",
"a string of attacks" and "terrorist violence" generic, and "was the deadliest
attack" restates the subject. ``find_triggers`` keeps the actual ones.

One happening, one mention per sentence: a noun under its own verb ("convened
an emergency meeting"), a harm or launch verb of a violent noun ("strikes
killed eight"), and one speaker's coordinated words ("condemned ... and
vowed ...") count once. A reporting verb is itself a statement when its
clause is a position, when it is put on record ("said in a statement"), or
when a named person reports something other than figures.
"""

from __future__ import annotations

import calendar
import re
from functools import cache
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.count_scope import in_count_scope
from nexus.extract.dates import year_in_figures
from nexus.extract.entities import self_naming_verbs, token_entity
from nexus.extract.funded_violence import paid_for_by_words
from nexus.extract.going_on import every_period, going_on
from nexus.extract.incident_tallies import in_incident_tally
from nexus.extract.kind_shifts import in_kind_shift
from nexus.extract.newsroom import (
    interview_with_the_outlet,
    our_own_visit,
    our_staff_subject,
    page_appeal,
    reprinted_by_the_outlet,
)
from nexus.extract.page import zone_at
from nexus.extract.parse_index import parse_index
from nexus.extract.participle_subjects import sibling_participle_subject
from nexus.extract.reporting_text import reporting_text
from nexus.extract.tokens import lemmas, lowers, matching, quoted_flags, sentence_bounds, span_words
from nexus.extract.trend_changes import in_trend


class Trigger(NamedTuple):
    """A candidate event mention: the trigger word, its event type and its modality."""

    token: Token
    type: str
    modality: str


#: The modality of a mention that reports a happening.
ACTUAL = "actual"


@cache
def event_ontology() -> dict[str, Any]:
    return ontology.table("events.yaml")


@cache
def killing_verbs() -> frozenset[str]:
    """Lemmas of verbs that tell a killing ("killed", "martyred"; ``killing_verbs`` of ``events.yaml``)."""
    return frozenset(w.lower() for w in event_ontology()["killing_verbs"])


@cache
def harm_verbs() -> frozenset[str]:
    """Lemmas of verbs that tell harm done to people: killing and wounding (``events.yaml``)."""
    return killing_verbs() | {w.lower() for w in event_ontology()["wounding_verbs"]}


@cache
def trigger_tables() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """lemma -> event types, for verbs and for nouns.

    Verbs a type lists as ``phrasal_only`` ("come" of "came under fire") are left out: they
    trigger only in their licensed phrases (see :func:`_phrasal_verbs`).
    """
    verbs: dict[str, list[str]] = {}
    nouns: dict[str, list[str]] = {}
    for etype, spec in event_ontology()["types"].items():
        phrasal = set(spec.get("phrasal_only", []))
        for lemma in spec.get("verbs", []):
            if lemma not in phrasal:
                verbs.setdefault(lemma.split()[0], []).append(etype)
        for lemma in spec.get("nouns", []):
            nouns.setdefault(lemma.split()[-1], []).append(etype)
    return verbs, nouns


@cache
def _noun_words() -> frozenset[str]:
    """The trigger nouns' table keys and the last parts of its hyphenated nouns ("in" of "sit-in"),
    which the tokenizer splits off: the words :func:`triggers` looks at besides the verbs' lemmas."""
    nouns = trigger_tables()[1]
    return frozenset(nouns) | {n.rsplit("-", 1)[-1] for n in nouns if "-" in n}


def hyphenated_word(token: Token) -> str | None:
    """ "sit-in" of "held a sit-in": the lower-case hyphenated word whose last part ``token`` is, when
    the tokenizer split it ("sit", "-", "in" with no space between); None for a word standing alone."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return f"{doc[i - 2].lower_}-{token.lower_}"


def trigger_text(token: Token) -> str:
    """The trigger's word as the page writes it: "sit-in" for the split hyphenated trigger noun whose
    last part is ``token`` (see :func:`hyphenated_word`), else the token's text."""
    whole = hyphenated_word(token) if token.pos_ == "NOUN" else None
    if whole is not None and whole in trigger_tables()[1]:
        return token.doc[token.i - 2 : token.i + 1].text
    return token.text


@cache
def _compound_only_nouns() -> dict[tuple[str, str], frozenset[str]]:
    """(type, head noun) -> the modifier words of the type's multiword nouns, for heads that no
    single-word noun of the type lists ("gun battle": "battle" alone is no event)."""
    out: dict[tuple[str, str], set[str]] = {}
    for etype, spec in event_ontology()["types"].items():
        singles = {n for n in spec.get("nouns", []) if " " not in n}
        for noun in spec.get("nouns", []):
            parts = noun.split()
            if len(parts) > 1 and parts[-1] not in singles:
                out.setdefault((etype, parts[-1]), set()).update(parts[:-1])
    return {key: frozenset(words) for key, words in out.items()}


def _compound_licensed(etype: str, noun: Token) -> bool:
    """A head noun listed only in multiword nouns needs its modifier ("a gun battle") or, for
    combat, armed foes as its other side ("a fierce battle with militants")."""
    modifiers = _compound_only_nouns().get((etype, noun.lemma_.lower()))
    if modifiers is None:
        return True
    if any(c.dep_ in ("compound", "amod") and c.lower_ in modifiers for c in noun.children):
        return True
    foes = set(event_ontology()["types"]["military_action"]["requires_object_for"].get("engage", []))
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("with", "against", "between")
        and (g.lower_ in foes or g.lemma_.lower() in foes)
        for c in noun.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _abstract_target(token: Token) -> bool:
    """ "a fierce assault on the tax plans", "fired a broadside at the policy", "attacked the
    budget": violence whose only object is a measure or an idea (``abstract_targets``)."""
    words = _word_set("attack", "abstract_targets")
    objects = _targets_of(token)
    nouns = trigger_tables()[1]
    # "launched an attack on the budget": a violent noun as object stands for its own targets
    objects = [t for o in objects for t in ((_targets_of(o) or [o]) if o.lemma_.lower() in nouns else [o])]
    return bool(objects) and all(o.lemma_.lower() in words or o.lower_ in words for o in objects)


def _targets_of(token: Token) -> list[Token]:
    """A violent word's object, passive subject and "on"/"at"/"against" nouns."""
    return [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "upon")
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")  # not "on Tuesday"
    ]


@cache
def _phrasal_verbs() -> dict[str, list[str]]:
    """lemma -> event types for the ``phrasal_only`` verbs ("gave himself up", "came under fire")."""
    out: dict[str, list[str]] = {}
    for etype, spec in event_ontology()["types"].items():
        for lemma in spec.get("phrasal_only", []):
            out.setdefault(lemma, []).append(etype)
    return out


@cache
def _trigger_lemmas() -> frozenset[str]:
    """Every lemma of :func:`trigger_tables`, verb or noun, and the phrasal-only verbs."""
    verbs, nouns = trigger_tables()
    return frozenset(verbs) | frozenset(nouns) | frozenset(_phrasal_verbs())


def _requires(etype: str, lemma: str) -> list[str] | None:
    spec = event_ontology()["types"][etype]
    if etype == "claim" and lemma in spec.get("admission_verbs", []):
        return ["responsibility"]  # "admitted responsibility": see :func:`_admitted_claim`
    if etype == "claim":
        return list(spec.get("requires_object", []))
    return _required_objects(etype).get(lemma)


@cache
def _required_objects(etype: str) -> dict[str, list[str]]:
    """``requires_object_for`` of ``etype``, a nested list (a shared YAML alias: ``battle:
    [*armed_foes, ...]``) read as its entries."""
    table: dict[str, list[Any]] = event_ontology()["types"][etype].get("requires_object_for", {})
    return {
        lemma: [w for e in entries for w in (e if isinstance(e, list) else [e])]
        for lemma, entries in table.items()
    }


def _licensed(objects: set[str], required: list[str]) -> bool:
    """Whether a verb's object words (:func:`_object_lemmas`) meet one of its required entries;
    an entry "a+b" needs both words ("off+bomb": "set off a bomb", not "set off for home")."""
    for entry in required:
        if entry in objects or ("+" in entry and all(part in objects for part in entry.split("+"))):
            return True
    return False


def _object_category(obj: Token) -> list[Token]:
    """The nouns the parser hung on a verb's object that say what the object is declared or
    classed as: the last conjunct of a list that takes no article ("declared A and B terrorist
    organisations") or the noun apposed to it, and the object of its "as" ("classified six gangs
    as terrorist groups")."""
    phrases = [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "as"]
    out = [g for p in phrases for g in p.children if g.dep_ == "pobj"]
    last = max(obj.conjuncts, key=lambda c: c.i, default=None)  # "A, B and C ...": the chain's end
    if last is not None and last.i > obj.i:
        if not any(c.dep_ == "det" for c in last.children):
            out.append(last)
        out.extend(c for c in last.children if c.dep_ == "appos")  # "... and nine gangs terrorist groups"
    return out


def passive_conjunct_of_relative(token: Token) -> Token | None:
    """ "the bombing at a market in X, which killed 30 people and was claimed by Y": a passive
    verb joined to a relative clause shares its subject, the noun the clause qualifies; the
    happening noun up the "at"/"in" chain when the parser hangs the clause on a place after it.
    None for any other verb."""
    head = token.head
    if not (
        token.dep_ == "conj"
        and head.dep_ in ("relcl", "acl")
        and any(c.dep_ == "auxpass" for c in token.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        return None
    return qualified_happening(head)


def relative_pronoun_conjunct(token: Token) -> Token | None:
    """ "the attack on the base, in which ten were killed and which X claimed": a verb joined to a
    relative clause whose own object (or passive subject) is a relative pronoun claims the noun the
    clause qualifies (:func:`qualified_happening`). None for any other verb."""
    head = token.head
    if not (
        token.dep_ == "conj"
        and head.dep_ in ("relcl", "acl")
        and any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in token.children)
    ):
        return None
    return qualified_happening(head)


def qualified_happening(clause: Token) -> Token | None:
    """The noun a relative clause (its verb ``clause``) qualifies: the happening noun up the
    "at"/"in" chain or apposition when the parser hangs the clause on a place after it, else the
    noun it hangs on; None when it hangs on no common noun."""
    noun = clause.head
    happenings = trigger_tables()[1]
    for _ in range(4):
        if noun.pos_ == "NOUN" and (noun.lemma_.lower() in happenings or noun.lower_ in happenings):
            return noun
        if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "the rampage in X on Y Day 2016, which killed 86 and was claimed by Z"
            continue
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = noun.head.head
    return clause.head if clause.head.pos_ == "NOUN" else None


def _taken_people(noun: Token) -> bool:
    """Whether a verb's object or passive subject names people (``taken_people``, with the
    compound before it: "crew members"), or a named person: what an abduction carries off."""
    if noun.ent_type_ == "PERSON":
        return True
    people = event_words("taken_people")
    words = {noun.lemma_.lower(), noun.lower_} | {c.lower_ for c in noun.children if c.dep_ == "compound"}
    return bool(words & people)


def _object_lemmas(token: Token) -> set[str]:
    """Lemmas of a verb's objects and particles, one level down (and through preps)."""
    out: set[str] = set()
    # "..., an attack also claimed by X": a participle with an agent read as the main verb, its
    # noun as the subject; the noun is what the participle acts on, as in the passive
    passive = token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)
    for child in token.children:
        if child.dep_ == "nsubj" and passive:
            out.update((child.lemma_.lower(), child.lower_))
        if (
            child.dep_ in ("dobj", "prt", "attr", "oprd", "nsubjpass", "dative", "npadvmod")
            or (
                child.dep_ == "advmod" and child.tag_ in ("JJ", "RB", "RP")  # "set ablaze", read as an adverb
            )
            or (
                # "set dozens of homes ablaze": the object's complement read as a clause of the verb
                child.dep_ in ("advcl", "acomp", "xcomp", "advmod")
                and child.tag_ in ("JJ", "NN")
                and child.i > token.i
            )
        ):
            out.update((child.lemma_.lower(), child.lower_))
            out.update(c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod"))
            if child.dep_ == "dobj":  # "declared the X Brotherhood a terrorist group": what it is declared
                for named in (c for c in child.children if c.dep_ == "appos"):
                    out.add(named.lemma_.lower())
                    out.update(c.lemma_.lower() for c in named.children if c.dep_ in ("compound", "amod"))
                # "declared A and B terrorist organisations", "classified six gangs as terrorist
                # groups": the category the parser hung on the object, as its conjunct or its "as"
                for told in _object_category(child):
                    out.add(told.lemma_.lower())
                    out.update(c.lemma_.lower() for c in told.children if c.dep_ in ("compound", "amod"))
            # "blocked the Lagos–Ibadan road": a dashed name read as the object, its noun as appos
            if child.pos_ == "PROPN":
                out.update(c.lemma_.lower() for c in child.children if c.dep_ == "appos")
            out.update(  # "expelled four of each other's envoys"
                g.lemma_.lower()
                for p in child.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            )
            if child.dep_ == "dobj" and _place_object_token(child):
                out.add("PLACE")  # "took back X": a named place taken
            if child.dep_ in ("dobj", "nsubjpass") and _taken_people(child):
                out.add("PEOPLE")  # "took 40 schoolgirls from ...", "two fishermen were taken"
            if child.dep_ == "dobj":  # "peppered a checkpoint with gunfire", "with" hung on the object
                out.update(
                    f"with:{g.lower_}"
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ == "with"
                    for g in p.children
                    if g.dep_ == "pobj"
                )
                # "placed the two suspects in custody", "under arrest", "in" hung on the object
                out.update(
                    f"{p.lower_}:{g.lemma_.lower()}"
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ in ("in", "under")
                    for g in p.children
                    if g.dep_ == "pobj"
                )
        if child.dep_ == "ccomp":
            # "declared the envoy persona non grata", the noun phrase read as a clause (a verb's
            # form only: "ordered the group banned" has no "ban" for an object, the verb is its own)
            out.update((child.lower_,) if child.pos_ == "VERB" else (child.lemma_.lower(), child.lower_))
            # ("declared the gang a terrorist organisation": the noun's own "terrorist")
            out.update(g.lower_ for g in child.children if g.dep_ in ("dobj", "compound", "amod"))
        if child.dep_ == "agent":  # "was brought down by explosive charges": BY and the doer or means
            out.update(f"by:{g.lemma_.lower()}" for g in child.children if g.dep_ == "pobj")
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            out.add(f"to:{child.lemma_.lower()}")  # "ordered the markets to close"
            out.update(_participle_modified_object(child))
        if child.dep_ == "prep":
            if not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
                out.add(child.lemma_.lower())  # "fired on the crowd", not "fired him on Monday"
            for g in (g for g in child.children if g.dep_ == "pobj"):
                out.update((g.lemma_.lower(), g.lower_))  # "fired on", "listed as terrorist entities"
                out.update(
                    (f"{child.lower_}:{g.lemma_.lower()}", f"{child.lower_}:{g.lower_}")
                )  # "into:crowd"
                if g.ent_type_ in ("GPE", "LOC"):
                    out.add(f"{child.lower_}:PLACE")  # "went to Islamabad": a named place
                out.update(c.lower_ for c in g.children if c.dep_ in ("compound", "amod"))
    if (token.dep_ in ("amod", "acl", "relcl") and token.head.pos_ == "NOUN") or (
        token.dep_ == "relcl" and token.head.pos_ == "PROPN"  # "the ambush near Kolo, which was claimed"
    ):
        # "the closed border", "the ambush, which was claimed"; "sprayed bullets" read as a modifier
        out.update((token.head.lemma_.lower(), token.head.lower_))
    qualified = passive_conjunct_of_relative(token)
    if qualified is not None:
        out.add(qualified.lemma_.lower())  # "the bombing, which killed 30 and was claimed by X"
        noun = token.head
        for _ in range(
            3
        ):  # "the raid on a post near Kolo, which was claimed by": up the "of"/"on"/"near" chain
            if token.dep_ != "relcl" or noun.dep_ != "pobj" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
                break
            noun = noun.head.head
            out.add(noun.lemma_.lower())  # "the attack on the post, which was claimed by"
    if (
        token.dep_ in ("advcl", "conj")
        and any(c.dep_ == "agent" for c in token.children)
        and not any(c.dep_ in ("nsubj", "dobj") for c in token.children)
    ):
        # "were killed in an attack near X in Y claimed by Z": the participle of the attack noun,
        # hung on the verb by the parse
        out.update(
            g.lemma_.lower()
            for p in token.head.children
            if p.dep_ == "prep" and p.lower_ in ("in", "during") and p.i < token.i
            for g in p.children
            if g.dep_ == "pobj"
        )
        if token.i < token.head.i and token.tag_ == "VBN":
            # "Claimed by the group, the attack on the depot left six dead": a fronted
            # participle tells of the main clause's subject
            out.update(c.lemma_.lower() for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if any(c.dep_ == "auxpass" for c in token.children):
        out.add("PASSIVE")  # "were pulled from their car": the verb told in the passive
    if _told_by_its_toll(token):
        out.add(f"as_subject:{token.head.lemma_.lower()}")  # "fighting near X left four dead"
    subjects = (
        [c for c in token.children if c.dep_ == "nsubj"]
        or _reduced_relative_subject(token)
        or sibling_participle_subject(token)
        or _shared_subject(token)
    )
    if token.dep_ == "relcl" and subjects and all(s.tag_ in ("WP", "WDT") for s in subjects):
        subjects = [token.head]  # "an attacker who had wounded a man": the attacker wounded
    out.update(f"subject:{w}" for s in subjects for w in (s.lemma_.lower(), s.lower_))
    out.update(  # "a man with an axe wounded four": the weapon the doer held
        f"with:{g.lemma_.lower()}"
        for s in subjects
        for p in s.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children
        if g.dep_ == "pobj"
    )
    if any(t.dep_ == "cc" and t.lower_ == "and" for s in subjects for t in s.subtree):
        out.add("subjects:joint")  # "troops and militants clashed": two sides, no "with"
    if any(_two_sides(s) for s in subjects):
        out.add("subjects:sides")  # "the two groups clashed", "rival gangs clashed"
    if any(t.dep_ == "cc" and t.lower_ == "and" for s in subjects for t in s.subtree) and any(
        _armed_sides(s) for s in subjects
    ):
        out.add("subjects:armed")  # "fighters of the two fronts and the army fought", "X and Y fought"
    out.update(f"subject:{c.lower_}" for s in subjects for c in s.children if c.dep_ == "compound")
    out.update(_weapon_in_hand(s) for s in subjects if _weapon_in_hand(s))
    drawn = _weapon_drawn(token)
    if drawn:
        out.add(drawn)
    armed = event_words("attacker_nouns") | event_words("armed_subject_nouns")
    if any({s.lemma_.lower(), s.lower_} & armed or _armed_performer(s) for s in subjects):
        out.add("subject:ARMED")  # "the attackers descended on the village": an armed doer
    if any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.pos_ == "NOUN"
        and {c.lemma_.lower(), c.lower_} & _people_nouns()
        for c in token.children
    ):
        out.add("PERSONS")  # "snatched 30 schoolgirls", "carried off two herders": people taken
    return out


def _participle_modified_object(xcomp: Token) -> set[str]:
    """ "cut down running shoppers": a present participle before the verb's object, read by the
    parse as a clause of the verb with the noun for its own object; the noun is the verb's object.
    Returns the noun's lemma and form (empty when the participle has a subject or a particle of its
    own, or stands apart from the noun)."""
    if xcomp.tag_ != "VBG" or any(c.dep_ in ("nsubj", "prt", "aux") for c in xcomp.children):
        return set()
    nouns = [c for c in xcomp.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and 0 < c.i - xcomp.i <= 2]
    return {w for n in nouns for w in (n.lemma_.lower(), n.lower_)}


def _told_by_its_toll(gerund: Token) -> bool:
    """ "Fighting near the town on Monday left four herders dead": a gerund, the subject of a past
    verb whose complement is a toll word (``toll_complements``); not "fighting for survival left
    them exhausted", nor a running toll ("fighting has left hundreds dead since 2019")."""
    verb = gerund.head
    if gerund.dep_ not in ("nsubj", "csubj") or gerund.tag_ != "VBG" or verb.tag_ != "VBD":
        return False
    tolls = event_words("toll_complements")
    return any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ in tolls for c in verb.children)


def _to_infinitive(verb: Token) -> bool:
    """ "to drop": a bare verb with its infinitive marker."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _shared_subject(verb: Token) -> list[Token]:
    """ "two rockets fired from the far bank landed near the camp": the parse makes the reduced
    relative ("fired from ...") the main verb and the real verb its conjunct, with no subject of
    its own; it shares the first one's. Only when that first verb has no object (not "the blast
    killed four and wounded 50", where the second verb is a telling of the same happening)."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.pos_ != "VERB":
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    if any(c.dep_ in ("dobj", "nsubjpass", "attr", "oprd") for c in verb.head.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]


def _armed_performer(subject: Token) -> bool:
    """ "armed men", "masked gunmen", "hooded men": a private performer (``private_performers``)
    described as armed (``armed_performer_modifiers``)."""
    if not {subject.lemma_.lower(), subject.lower_} & event_words("private_performers"):
        return False
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in event_words("armed_performer_modifiers")
        for c in subject.children
    )


def _two_sides(subject: Token) -> bool:
    """ "the two groups", "rival gangs", "both militias": a plural subject of armed bands or forces
    (``attacker_nouns``, ``non_state_performers``, ``state_nouns``, with ``group``) told as two
    opposing sides (``opposing_side_words`` among its number, determiner or adjective); not "the
    two ministers clashed over the budget"."""
    if subject.tag_ not in ("NNS", "NNPS"):
        return False
    bands = event_words("attacker_nouns") | event_words("non_state_performers") | event_words("state_nouns")
    if not {subject.lemma_.lower(), subject.lower_, subject.lower_.rstrip("s")} & (
        bands | {"group", "groups"}
    ):
        return False
    return any(
        c.dep_ in ("nummod", "det", "amod", "predet") and c.lower_ in event_words("opposing_side_words")
        for c in subject.children
    )


def _armed_sides(subject: Token) -> bool:
    """ "Red Hand and Iron Wolves fighters", "gunmen of the two clans", "the Red Hand and the Iron
    Wolves": a subject whose head is a band of fighters or a force (``attacker_nouns``,
    ``non_state_performers``, ``state_nouns``), or whose joined names are all armed groups or
    forces; not "doctors and nurses", "the mayor and the council"."""
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    bands = event_words("attacker_nouns") | event_words("non_state_performers") | event_words("state_nouns")
    if {subject.lemma_.lower(), subject.lower_} & bands:
        return True
    index = cached_entity_index(subject.doc)

    def armed(side: Token) -> bool:
        cluster = index.get(side.i)
        if cluster is not None and cluster.subtype in ("armed_group", "military"):
            return True
        return bool({side.lemma_.lower(), side.lower_} & bands)

    sides = [subject, *subject.conjuncts]
    return len(sides) > 1 and all(armed(side) for side in sides)


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns of persons (``person_nouns`` and ``plural_person_nouns`` of ``casualties.yaml``,
    singular lemmas), for the ``PERSONS`` object of ``requires_object_for``."""
    table = ontology.table("casualties.yaml")
    return frozenset(str(w).lower() for w in [*table["person_nouns"], *table["plural_person_nouns"]])


def _weapon_in_hand(subject: Token) -> str:
    """``with:<weapon>`` for a doer described holding it ("a man armed with a knife", "a youth
    wielding a machete", "a knife-wielding man"), so "injured five" licenses as "injured five
    with a knife" does; else ""."""
    holding = set(event_ontology()["types"]["attack"].get("holding_verbs", []))
    for part in subject.children:
        held = part.lower_ in holding or part.lemma_.lower() in holding
        if part.dep_ not in ("acl", "amod") or not held:
            continue
        for c in part.children:
            if c.dep_ == "dobj" or (c.dep_ in ("npadvmod", "compound") and c.i < part.i):
                return f"with:{c.lemma_.lower()}"  # "wielding a knife", "a knife-wielding man"
            if c.dep_ == "prep" and c.lower_ == "with":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return f"with:{g.lemma_.lower()}"
    return ""


def _weapon_drawn(verb: Token) -> str:
    """``with:<weapon>`` for a harm verb joined to an earlier verb of the same doer that takes a
    weapon in hand ("a man drew a knife and wounded two", "pulled out a pistol and shot a guard";
    ``holding_verbs``), as :func:`_weapon_in_hand` reads it of a described doer; else ""."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return ""
    holding = set(event_ontology()["types"]["attack"].get("holding_verbs", []))
    drawing = verb.head
    if drawing.lemma_.lower() not in holding:
        return ""
    held = next((c for c in drawing.children if c.dep_ == "dobj"), None)
    return f"with:{held.lemma_.lower()}" if held is not None else ""


def _place_object(verb: Token) -> bool:
    """The verb's object is a named place ("seized Ansongo"), as the NER or the entity stage has it
    (a town the NER took for a person: "jihadists seized Kalanga")."""
    return any(c.dep_ == "dobj" and _place_object_token(c) for c in verb.children)


def _controlled_place(verb: Token) -> bool:
    """The verb takes control of a named place ("took control of Walikale", "of the town of X"),
    not of a firm or a game; the "of" phrase hangs on "control" or, as the parse may have it, on
    the verb."""
    controls = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "control"]
    if not controls:
        return False
    settlements = _word_set_top("controlled_settlement_nouns")
    for owner in (*controls, verb):
        for prep in owner.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for holder in prep.children:
                if holder.dep_ == "pobj" and (
                    _place_object_token(holder) or (holder.is_lower and holder.lemma_.lower() in settlements)
                ):
                    return True
    return False


def _place_object_token(token: Token) -> bool:
    """A token of a named place, as the NER or the entity stage has it."""
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    doc = token.doc
    clusters = getattr(doc._, "nexus_entities", None) if Doc.has_extension("nexus_entities") else None
    if not clusters:
        return False
    cluster = token_entity(doc, clusters, token.i)
    return cluster is not None and cluster.type == "PLACE"


def _descriptive_participle(verb: Token) -> bool:
    """A past participle without auxiliary that modifies or stands for a noun ("the accused"), or
    one set beside a clause with neither agent nor subject ("held nine traders at dawn accused of
    selling diesel", "two brothers stood trial, accused of plotting"): what they are accused of,
    with no one who accuses them on record."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "advcl":
        return not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)
    return verb.dep_ not in ("ROOT", "conj", "ccomp", "xcomp", "relcl")


def _agentless_passive(verb: Token) -> bool:
    """ "The groups are blamed for 500 deaths": a passive with no one who says it."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def _named_object(verb: Token) -> bool:
    """The verb's object is a name ("addressed Pakistan's Parliament")."""
    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)


def _media_object(verb: Token) -> bool:
    """The verb's object is a news outlet the entity stage names ("suspended the BBC for a month")."""
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    index = cached_entity_index(verb.doc)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]  # "the BBC and VOA"
    return any((c := index.get(o.i)) is not None and c.subtype == "media" for o in objects)


def _reported_statement(token: Token, found: list[tuple[Token, str]]) -> bool:
    """ "The envoy said the accord would stay suspended until ...": a reporting verb whose
    content is itself a position (a warning, demand, accusation), not a report of an event.

    Only when the sentence has no trigger outside the reported clause, the clause
    gives no figures and what it says is a position (:func:`stance_content`: "said the
    attackers had stayed in contact with handlers abroad", "said those behind it would
    be punished"). "Police said 26 people were killed", "the attackers fled towards the
    forest, said Capt. X" and "he said the wounded were taken to hospital" tell the
    incident again: attribution, not a statement.
    """
    if token.lemma_.lower() not in reporting_verbs() or any(t.i == token.i for t, _ in found):
        return False
    if background_voice(token):
        return False  # "officials say the cell hides in the hills"
    if recounted_quote(token) or after_no_claim(token):
        return False  # "'They said we would collect corpses,' he said"; "no group claimed it, but ..."
    speaker: Token | None = token
    if not any(c.dep_ == "nsubj" for c in token.children):
        speaker = _adding_speaker(token) or _visiting_speaker(token, found)
    if speaker is None:
        return False
    content = [c for c in token.children if c.dep_ == "ccomp"] or _medium_clause(token)
    if not content and _inverted_attribution(token):
        # "'This is a barbaric crime,' the governor told journalists", parsed with the quote as the root
        quoted = [t for t in token.head.subtree if t.i < token.i]
        if any(t.like_num for t in quoted) or witness_account(token) or _negated(token):
            return False
        return _named_speaker(token) and not any(t.i < token.i for t, _ in found) and stance_content(quoted)
    if not content:
        return False
    if any(c.lemma_.lower() in reporting_verbs() and recounted_quote(c) for c in content):
        return False  # "'They said if we go to the police, we will collect corpses,' he said": relayed
    if trailing_account(token, content):
        return False  # "Officers found leaflets in his flat, the prosecutor said": the source of a fact
    inside = {t.i for c in content for t in c.subtree}
    if speaker is not token:  # "X was carried out, the army said, adding that ...": the first report's
        inside |= {t.i for c in speaker.children if c.dep_ == "ccomp" for t in c.subtree}
    on_record = (_formal_medium(token) or direct_quote(token, content)) and not _negated(token)
    on_record = on_record and not _group_claim(token)
    if not on_record and any(
        (t.i in inside or not _own_subject(t))
        if etype == "statement"
        else (
            t.i not in inside
            and _own_event(t)
            and not _setting_of(t, etype, token)
            and not _other_conjunct(t, token)
        )
        for t, etype in found
    ):
        return False  # the sentence reports its own event, or this speaker's statement is a trigger
    if _negated(token):
        return False  # "no group has said it was behind the attack"
    if not on_record and _tells_happening(content, found):
        return False  # "troops raided a house and captured an official, the command said"
    if witness_account(token):
        return False  # "'I heard two blasts,' said a shopkeeper": colour for the incident
    if commentator(token):
        return False  # "..., said X, a researcher at an institute": an outsider's reading, no party's
    if _group_claim(token):
        return False  # "the group said its fighters carried out the raid" is a claim
    said = [t for c in content for t in c.subtree]
    if any(_disclaims(c) for c in content):
        return False  # "said it had nothing to do with the attack": a denial is not annotated
    if _names_doers_side(content):
        return False  # "said the riders belonged to the Front": who did it, the incident's actors
    if _toll_may_rise(said):
        return False  # "..., the minister said, warning that the number might still go up": a forecast
    if any(_figure(t) for t in said) or not stance_content(said):
        return False  # "the wounded were taken to hospital, he said": the incident told again
    if _formal_medium(token):
        return True  # "the ministry said in a statement that it would respond"
    if _unowned_voice(speaker):
        return False  # "..., a spokeswoman said": a source of the report, speaking for no one named
    if direct_quote(token, content):
        return _named_speaker(speaker)  # '"This was a barbaric crime," the minister said'
    if _position_content(token) and _named_speaker(speaker):
        return True  # "India said it would respond"
    return _person_speaker(speaker) or _office_holder(speaker)  # "the minister said ... handlers abroad"


def _tells_happening(content: list[Token], found: list[tuple[Token, str]]) -> bool:
    """ "Commandos raided a house and captured an official, the command said", "the envoy met the
    general in Baghdad, his office said", "the spokesman said the strike had wrecked an arms store":
    a reported clause whose verb is itself a happening of the sentence (a trigger), or whose
    subject is one and whose verb tells its outcome, retells that happening: attribution of its
    facts, not a position. Modal ("the raid will be answered") and passive ("the attack was
    planned abroad") clauses, verdicts with a copula and retellings with a word of judgement
    (``judgement_words``: "deliberately killed", "in revenge for") are left to
    :func:`stance_content`."""
    judgement = statement_cues().get("judgement_words", frozenset())
    if any(
        t.lower_ in judgement or t.lemma_.lower() in judgement or _patron(t)
        for c in content
        for t in c.subtree
    ):
        return False  # "said the gunmen deliberately killed children": an accusation
    happenings = {t.i: etype for t, etype in found if etype != "statement"}
    heads = list(content) + [v for c in content for v in c.children if v.dep_ == "conj" and v.pos_ == "VERB"]
    modals = event_ontology()["modality"]["modal_auxiliaries"]  # a threat or promise, not a report
    for head in heads:
        modal = any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in head.children)
        if head.pos_ != "VERB" or modal:
            continue
        if head.i in happenings:
            return True
        if any(c.dep_ == "auxpass" for c in head.children) or head.lemma_ == "be":
            continue
        if any(c.dep_ == "nsubj" and c.i in happenings and c.pos_ == "NOUN" for c in head.children):
            return True
    return False


def trailing_account(verb: Token, content: list[Token]) -> bool:
    """ "Officers found leaflets in his flat, the prosecutor said", "the raiders were thought to
    belong to the Front, the major added": a reporting verb placed after the clause it
    reports, when that clause is told in the past and holds no quotation marks, names the source
    of a fact of the story; no position is taken on an occasion. A clause in the present or with
    a modal ("troops will stay, the governor said") or one quoting words ('called it "a crime",
    the army said') is left to the other tests."""
    if not content or any(c.i > verb.i for c in content):
        return False
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return False  # "..., the minister said, and she called for new powers": the speaker goes on
    start, _ = sentence_bounds(verb.doc, verb.i)
    if any(t.is_quote for t in verb.doc[start : verb.i]):
        return False  # quoted words, whole or in part, before the verb
    modals = event_ontology()["modality"]["modal_auxiliaries"]
    for clause in content:
        words = list(clause.subtree)
        if words[-1].i >= verb.i:
            return False
        auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in modals for a in auxiliaries):
            return False
        past = clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxiliaries))
        if clause.pos_ not in ("VERB", "AUX") or not past:
            return False
    return True


def _visiting_speaker(verb: Token, found: list[tuple[Token, str]]) -> Token | None:
    """ "The governor visited the wounded in hospital and said the attack would not break the
    region": a reporting verb coordinated with the visit or meeting of its subject speaks with
    that verb's subject (returned, else None); the visit is where the words were said."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and any(t.i == head.i and etype in ("visit", "meeting") for t, etype in found)
        and any(c.dep_ == "nsubj" for c in head.children)
    ):
        return head
    return None


def _unowned_voice(verb: Token) -> bool:
    """The subject of a reporting verb is an office with an indefinite article and no word saying
    whose ("a spokeswoman said", not "a police spokeswoman", "a spokesman for the army", "an aide
    to the governor"): an unnamed source the report cites, not a party on record."""
    roles = statement_cues()["speaker_roles"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.lemma_.lower() in roles
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in s.children)
        and not any(c.dep_ in ("compound", "poss", "prep", "nmod", "amod", "appos") for c in s.children)
        for s in subjects
    )


def background_voice(verb: Token) -> bool:
    """ "Officials say the gang is run by ...", "..., security sources say": a reporting verb
    in the plural present with a bare plural of ``generic_sources`` as its subject (no article, no
    possessive, no name of a body) tells what is held to be so, a background fact; nobody spoke
    on an occasion, so no statement. So does the present perfect ("officials have said that the
    gang recruits ..."), which ties the words to no occasion either."""
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ == "VBP" and c.lemma_ == "have" for c in verb.children
    )
    if verb.tag_ != "VBP" and not perfect:
        return False
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    generic = statement_cues().get("generic_sources", frozenset())
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    index = cached_entity_index(verb.doc) if subjects else {}

    def named_body(token: Token) -> bool:  # (the tagger reads "Nigerien" as a person; the entities do not)
        cluster = index.get(token.i)
        return cluster.type in ("ORG", "PERSON") if cluster is not None else token.ent_type_ == "ORG"

    return bool(subjects) and all(
        s.tag_ == "NNS"
        and s.lemma_.lower() in generic
        and not any(c.dep_ in ("det", "poss") for c in s.children)
        and not any(named_body(c) for c in s.subtree)
        for s in subjects
    )


def _adding_speaker(verb: Token) -> Token | None:
    """ "..., the army said, adding that it was determined to ...": a participle of a reporting verb
    hung on another reporting verb speaks with that verb's subject (returned), else None."""
    head = verb.head
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and head.lemma_.lower() in reporting_verbs()
        and any(c.dep_ == "nsubj" for c in head.children)
    ):
        return head
    return None


#: Words of a part in a happening that a negated clause disowns ("was not behind", "played no role").
_INVOLVEMENT = frozenset({"behind", "responsible", "involve", "involved", "role", "part", "link", "linked"})


def _disclaims(clause: Token) -> bool:
    """ "it had nothing to do with the attack", "it was not behind the bombing", "played no role":
    the reported clause denies a part in what happened."""
    if any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in clause.children):
        return True
    negated = any(c.dep_ == "neg" for c in clause.children) or any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in clause.children
    )
    return negated and any(t.lemma_.lower() in _INVOLVEMENT for t in clause.subtree)


def _names_doers_side(content: list[Token]) -> bool:
    """ "said the riders belonged to the Front", "said the archers were sworn members of a
    cell", "said the raid was led by X": every reported clause (with its coordinated clauses) only
    says which side someone belongs to (``membership_verbs``, a copula with a ``membership_nouns``
    noun, a passive ``leadership_verbs`` with its agent), and nothing else in it takes a position.
    That identifies the doers, whom the incident's actors carry; it is no statement of the speaker.
    "said the riders belonged to the Front and would be hunted down" goes on: False."""
    if not content or any(t.is_quote for c in content for t in c.subtree):
        return False  # 'said the riders were "reportedly" members of': words quoted, on record
    cues = statement_cues()
    heads = list(content) + [
        v for c in content for v in c.children if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX")
    ]
    side: set[int] = set()  # the words naming the side, left out of the stance test
    for head in heads:
        named = _membership_side(head, cues)
        if named is None:
            return False
        side |= {t.i for t in named.subtree} | {head.i}
    words = cues["position_words"] | cues.get("stance_words", frozenset())
    rest = [t for c in content for t in c.subtree if t.i not in side]
    return not any(t.lower_ in words or t.lemma_.lower() in words for t in rest)


def _membership_side(clause: Token, cues: dict[str, frozenset[str]]) -> Token | None:
    """The phrase a membership clause names the side with ("belonged to <the Front>", "were members
    of <a cell>", "was led by <X>"), else None."""
    lemma = clause.lemma_.lower()
    preps = [c for c in clause.children if c.dep_ in ("prep", "agent")]
    if lemma in cues.get("membership_verbs", frozenset()):
        return next((c for c in preps if c.lower_ == "to"), None)
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    if lemma in cues.get("leadership_verbs", frozenset()) and passive:
        return next((c for c in preps if c.dep_ == "agent"), None)
    if lemma == "be":
        nouns = cues.get("membership_nouns", frozenset())
        for attr in (c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() in nouns):
            return next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None


def _toll_may_rise(said: list[Token]) -> bool:
    """The reported words forecast a rising toll ("the number might still go up", "the toll may rise"):
    a rise verb whose subject is a toll noun or a pronoun for the toll told in the sentence."""
    cues = statement_cues()
    if not said:
        return False
    start, end = sentence_bounds(said[0].doc, said[0].i)
    sentence = {t.lemma_.lower() for t in said[0].doc[start:end]}
    for verb in said:
        if verb.lemma_.lower() not in cues["rise_verbs"]:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in cues["toll_nouns"]:
                return True
            if subject.lower_ == "it" and sentence & cues["toll_nouns"]:
                return True
    return False


def _figure(token: Token) -> bool:
    """A number in a reported clause ("said 26 were killed"), not the pronoun "one" ("including
    one run by a gangster") nor "zero" of a stance ("would show zero tolerance")."""
    return token.like_num and token.lower_ not in ("one", "zero")


def stance_content(said: list[Token]) -> bool:
    """Whether the words a speaker is reported to have said (tokens of the reported clause
    or quote) take a position rather than tell the incident again.

    True when they carry a cue of ``position_words`` or ``stance_words`` (intent, threat,
    blame, links and motive, judgement: "would respond", "had handlers abroad", "a cowardly
    crime"), name an armed group (blame: "the cell belonged to the Front"), or pass a verdict
    with an indefinite predicate ("this is an act of terror", "the listing was a recognition
    of ..."). "The attackers fled towards the forest", "the wounded were taken to hospital"
    and "the suspects were being questioned" give none: False.
    """
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    if not said:
        return False
    cues = statement_cues()
    words = cues["position_words"] | cues.get("stance_words", frozenset())
    nouns_only = cues.get("stance_nouns_only", frozenset())
    if any(
        (t.lower_ in words or t.lemma_.lower() in words)
        and not (t.pos_ == "VERB" and t.lemma_.lower() in nouns_only)
        and not _ruled_out_cue(t)
        and not _physical_link(t)
        and not _owned_up(t)
        for t in said
    ):
        return True
    index = cached_entity_index(said[0].doc)
    if any((c := index.get(t.i)) is not None and c.subtype == "armed_group" for t in said):
        return True
    return any(_verdict(t) or _patron(t) for t in said)


def _owned_up(cue: Token) -> bool:
    """ "no group has claimed responsibility", "the cell took responsibility for the blast": the
    noun "responsibility" as what a ``responsibility_claim_verbs`` verb owns up to or disowns tells
    of a claim, no blame the speaker lays."""
    if cue.lemma_.lower() != "responsibility":
        return False
    verbs = statement_cues().get("responsibility_claim_verbs", frozenset())
    return cue.dep_ in ("dobj", "nsubjpass") and cue.head.lemma_.lower() in verbs


def _physical_link(verb: Token) -> bool:
    """ "they tied people up", "a road linking the towns to the coast": a ``link_verbs`` verb with
    a particle, without "to", or as a present participle on a thing binds or joins things; "the
    cell was linked to the group", "tied the unit to a commander" link people to a side."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in statement_cues().get("link_verbs", frozenset()):
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        return True
    return any(c.dep_ == "prt" for c in verb.children) or not any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children
    )


def _ruled_out_cue(cue: Token) -> bool:
    """ "no indications of a political motive", "no evidence of foreign involvement": a cue noun
    (or the noun its "of" phrase hangs on) with "no" is ruled out, not asserted."""
    noun = cue
    for _ in range(3):
        if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children):
            return True
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        else:
            return False
    return False


def _patron(verb: Token) -> bool:
    """ "were backed by a neighbouring country", "armed by Tehran": a ``patron_verbs`` verb whose
    agent is a state (a country or capital by name, or a ``patron_nouns`` noun)."""
    cues = statement_cues()
    if verb.lemma_.lower() not in cues.get("patron_verbs", frozenset()):
        return False
    nouns = cues.get("patron_nouns", frozenset())
    return any(
        g.dep_ == "pobj" and (g.lemma_.lower() in nouns or g.ent_type_ == "GPE")
        for a in verb.children
        if a.dep_ == "agent"
        for g in a.children
    )


def _verdict(copula: Token) -> bool:
    """ "This is an act of terror", "the listing was a recognition of ...": a copula whose
    predicate is an indefinite noun phrase (not a superlative: "the deadliest in years")."""
    if copula.lemma_ != "be":
        return False
    return any(
        a.dep_ == "attr"
        and a.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)
        and not any(m.tag_ == "JJS" for m in a.children)
        for a in copula.children
    )


@cache
def _security_lexicon() -> frozenset[str]:
    """``security_words`` of ``statement_cues`` with the attacker nouns and the non-state
    modifiers of ``events.yaml`` (lower case). Not the ``state_nouns``: "government" and
    "authorities" run schools and roads too, and an airline may be called "... Jet"."""
    table = event_ontology()
    words = set(statement_cues()["security_words"])
    for key in ("attacker_nouns", "non_state_modifiers"):
        words.update(w.lower() for w in table.get(key, []))
    return frozenset(words)


def security_matter(verb: Token) -> bool:
    """Whether the sentence of a speaker's verb is on security, conflict, crime or diplomacy.

    True when a word of the security lexicon (:func:`_security_lexicon`) occurs in it, by
    lemma or form, or it names an entity of a ``security_subtypes`` subtype (an armed group,
    an army). "The finance minister said taxes would rise" and "the airline said it would open
    routes" are no statements; "the minister said those behind the attack would be punished" is.
    """
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    doc = verb.doc
    start, end = sentence_bounds(doc, verb.i)
    words = _security_lexicon()
    lemma_set, word_set = span_words(doc[start:end])
    if not (lemma_set.isdisjoint(words) and word_set.isdisjoint(words)):
        lem, low = lemmas(doc), lowers(doc)
        for i in range(start, end):
            if (low[i] in words or lem[i] in words) and not _simile(doc[i]):
                return True  # not "described the defeat as a bomb going off"
    if "fire" in word_set:  # "both sides would halt fire"
        fire_verbs: frozenset[str] = statement_cues().get("fire_verbs", frozenset())
        low = lowers(doc)
        if any(low[i] == "fire" and doc[i].head.lemma_.lower() in fire_verbs for i in range(start, end)):
            return True
    index = cached_entity_index(verb.doc)
    subtypes = statement_cues()["security_subtypes"]
    return any(
        cluster is not None and cluster.subtype in subtypes
        for cluster in (index.get(i) for i in range(start, end))
    )


def reported_clauses(verb: Token) -> list[Token]:
    """The heads of the clauses a reporting verb reports: its ``ccomp`` children and a "that"
    clause hung on its medium ("said in a statement that its fighters had ..."), in order."""
    clauses = (
        [c for c in verb.children if c.dep_ == "ccomp"] + _medium_clause(verb) + _clause_after_a_time(verb)
    )
    return sorted(clauses, key=lambda t: t.i)


def _clause_after_a_time(verb: Token) -> list[Token]:
    """ "said in a statement two days later that its men had halted the trucks": the "that"
    clause parsed as a relative clause of the time phrase before it; with "that" a conjunction (not
    the relative pronoun of "the day that the rebels came"), it is what the verb reports."""
    return [
        a
        for n in verb.children
        if n.dep_ == "npadvmod" and n.pos_ == "NOUN"
        for a in n.children
        if a.dep_ in ("acl", "relcl")
        and a.pos_ == "VERB"
        and (first := a.doc[a.left_edge.i]).lower_ == "that"
        and first.tag_ == "IN"
    ]


def _medium_clause(verb: Token) -> list[Token]:
    """ "said in a statement that the expulsion was illegal", parsed with the "that" clause on the
    statement noun: that clause is what the verb reports."""
    media = statement_cues()["formal_media"]
    out = []
    for p in verb.children:
        if p.dep_ != "prep":
            continue
        for g in p.children:
            if g.dep_ != "pobj" or g.lemma_.lower() not in media:
                continue
            for a in g.children:
                if a.dep_ not in ("acl", "relcl"):
                    continue
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children):
                    out.append(a)
                elif (
                    a.tag_ == "VBN"
                ):  # "in a statement dated Saturday that ...", the clause on the participle
                    out.extend(
                        c
                        for c in a.children
                        if c.dep_ == "ccomp"
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    )
    return out


def _other_conjunct(trigger: Token, verb: Token) -> bool:
    """ "The governor convened security chiefs, and her aides said ...": the reporting verb heads a
    clause of its own (its own subject, coordinated with the trigger's clause), so the trigger
    is another happening of the sentence, not what the speaker reports. So is a contrastive
    clause ("the council held talks in the capital, whereas the minister said she would ...")."""
    contrast = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children
    )
    return (
        (verb.dep_ == "conj" or contrast)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and trigger.i not in {t.i for t in verb.subtree}
    )


def _setting_of(trigger: Token, etype: str, verb: Token) -> bool:
    """ "Hosting the premier in Accra, the president said ...", "visiting Gao, she told reporters":
    a visit or meeting in a participial clause of the speaker's verb is where the words were said,
    not the sentence's news. So is the speaker's own trip told in a relative clause on the
    speaker ("the minister, who flew to Gao on Monday, told elders there ...")."""
    if etype in ("visit", "meeting") and trigger.dep_ == "relcl":
        speakers = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        return trigger.head.i in speakers
    if etype in ("visit", "meeting") and verb.dep_ == "conj" and verb.head.i == trigger.i:
        return not any(c.dep_ == "nsubj" for c in verb.children)  # "visited the wounded and said ..."
    return (
        etype in ("visit", "meeting")
        and trigger.tag_ == "VBG"
        and trigger.dep_ in ("advcl", "npadvmod")
        and trigger.head.i == verb.i
    )


def _inverted_attribution(verb: Token) -> bool:
    """A reporting verb the parser hung under the quote it attributes: the sentence opens with a
    quote that closes before the verb, and the verb is a clausal dependent of the quote's root."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or head.i >= verb.i:
        return False
    start, _ = sentence_bounds(verb.doc, verb.i)
    opening = next((t for t in verb.doc[start : verb.i] if not t.is_space), None)
    return opening is not None and opening.is_quote and any(t.is_quote for t in verb.doc[head.i + 1 : verb.i])


def direct_quote(verb: Token, content: list[Token]) -> bool:
    """'"This is an act of terror," the minister told reporters': the words are quoted whole
    before the reporting verb (the sentence opens with the quote)."""
    start, end = sentence_bounds(verb.doc, verb.i)
    sent = Span(verb.doc, start, end)  # ``verb.sent`` without the scan for its bounds (or a slice)
    opening = next((t for t in sent if not t.is_space), None)
    return (
        opening is not None
        and opening.is_quote
        and bool(content)
        and all(c.i < verb.i for c in content)
        and any(t.is_quote and content[0].i < t.i < verb.i for t in sent)
    )


def quote_closed(clause: Token, verb: Token) -> bool:
    """'... They tied people up," he told ...': a quote mark closes the clause before its reporting
    verb (a quotation opened in an earlier sentence and ending in this one)."""
    end = clause.right_edge.i
    return end < verb.i and any(t.is_quote for t in clause.doc[end : verb.i])


def recounted(clause: Token) -> bool:
    """ "'They tied people up before killing them,' he told ...": a quoted clause whose doers are
    only "they" (or "he", "she") recounts the men of the incident told before; a quote that
    names its doers ("'The army shelled our village'") may tell a happening of its own."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lower_ in ("they", "he", "she") for s in subjects)


def _group_claim(verb: Token) -> bool:
    """An armed group reporting its own operation: a claim (see ``arguments.reported_claims``)."""
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    index = cached_entity_index(verb.doc)
    speakers = [index.get(t.i) for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if (
        not any(s is not None and s.subtype == "armed_group" for s in speakers)
        and not any(armed_description(s) for s in subjects)
        and not self_presented_member(verb)
    ):
        return False
    content = [
        t
        for c in reported_clauses(verb)
        for t in c.subtree
        if not any(a.dep_ == "agent" for a in t.children)  # "carried out by Israel": another's act
    ]
    return any(claim_content_word(t) or own_side_violence(t) for t in content if not _threatened(t))


@cache
def _pact_verbs() -> frozenset[str]:
    """Verbs whose pact makes a meeting only on a matter of security (``meeting.pact_verbs``)."""
    return frozenset(event_ontology()["types"]["meeting"].get("pact_verbs", []))


def _signed_by_parties(verb: Token) -> bool:
    """ "the army and the rebels signed a truce in Arusha", "the treaty signed by the two presidents":
    a pact verb (``meeting.pact_verbs``) is a meeting when its signatories are told (its subject, or
    the agent of its passive) and the sentence is on security or conflict; "since a peace deal was
    signed that year", "under an accord signed in March" recall a pact, no meeting of the parties."""
    if verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "agent") for c in verb.children) and not (
        verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.head.children)
    ):
        return False
    return security_matter(verb)


@cache
def _claim_words(key: str) -> frozenset[str]:
    """A word list of the claim type in ``events.yaml`` (``admission_verbs``, ``requires_object``)."""
    return frozenset(str(w).lower() for w in event_ontology()["types"]["claim"].get(key, []))


def _admitted_claim(verb: Token) -> bool:
    """ "X admitted responsibility days later", "accepted responsibility for the ambush": an
    admission verb (``claim.admission_verbs``) whose object is "responsibility" is a claim when the
    responsibility is for a violent happening (``claim.requires_object``, or "it") or the one who
    admits it is an armed group; a state's officer or body accepting it owns a failure, no attack."""
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    owned = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"]
    if not owned:
        return False
    index = cached_entity_index(verb.doc)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    speakers = [index.get(t.i) for s in subjects for t in s.subtree]
    if any(
        c is not None and (c.type == "PERSON" or c.subtype in ("government", "military", "intelligence"))
        for c in speakers
    ):
        return False  # "the police chief accepted responsibility for the attack on his station"
    if any(c is not None and c.subtype == "armed_group" for c in speakers) or any(
        armed_description(s) for s in subjects
    ):
        return True
    happenings = _claim_words("requires_object") - {"responsibility"}
    return any(
        g.lemma_.lower() in happenings or g.lower_ in happenings or g.lower_ in ("it", "them")
        for o in [*owned, verb]
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children
        if g.dep_ == "pobj"
    )


def _threatened(token: Token) -> bool:
    """ "Our fighters will carry the war to the cities": a verb with "will"/"shall" (or the
    verb of the clause it serves) tells a threat, not an operation done."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "conj", "prep", "pobj", "dobj", "acomp") or verb.head is verb:
            return False
        verb = verb.head
    return False


#: Nouns for a group's own fighters ("its fighters", "the group's forces", "our mujahideen").
_OWN_SIDE_NOUNS = frozenset(
    {
        "fighter",
        "fighters",
        "force",
        "forces",
        "men",
        "mujahideen",
        "unit",
        "units",
        "team",
        "teams",
        "brigade",
        "brigades",
        "soldiers",
        "militants",
        "members",
        "cadres",
        "commandos",
        "artillery",
        "battalion",
        "battalions",
        "squad",
        "squads",
        "guerrillas",
        "gunmen",
        "combatants",
        "operatives",
    }
)


def own_side_violence(verb: Token) -> bool:
    """ "the movement's units had launched a rocket", "its fighters attacked": violence a speaker
    reports its own side did (a violent trigger verb whose subject is "its/our/the group's" men)."""
    if verb.pos_ != "VERB" or not clause_is_actual(verb):
        return False  # "we will strike again" is a threat
    types = trigger_tables()[0].get(verb.lemma_.lower(), [])
    if not any(t in ("attack", "military_action") for t in types) and not _took_control(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "its fighters took the base and killed 20 soldiers"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subject in subjects:
        if subject.lower_ == "we":
            return True
        if (
            subject.lower_ == "it"
            # not "the agency said it had arrested a cell"; "the front said it had captured the base"
            and ("attack" in types or _took_control(verb) or verb.lemma_.lower() in _TAKING_VERBS)
            and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in reporting_verbs()
        ):
            return True  # "the group said it had attacked a police post": the speaker itself
        owners = [c for c in subject.children if c.dep_ == "poss"]
        owners += [  # "fighters of its West Africa province": the side owns the branch they belong to
            p
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
            for p in g.children
            if p.dep_ == "poss"
        ]
        if (
            subject.lemma_.lower() in _GROUP_ANAPHORS
            and any(d.dep_ == "det" and d.lower_ == "the" for d in subject.children)
            and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in reporting_verbs()
            and self_presented_member(verb.head)
        ):
            return True  # "a speaker presenting himself as its leader said the group had stormed ..."
        if subject.lower_ in _OWN_SIDE_NOUNS and any(
            o.lower_ in ("its", "their", "our", "his", "her")  # "the gang's leader said his men had ..."
            or o.lemma_.lower() in ("group", "movement", "organisation")
            for o in owners
        ):
            return True
    return False


#: Verbs of taking a place or people by force, which a group reports of itself as "it".
_TAKING_VERBS = frozenset({"capture", "seize", "overrun", "storm", "occupy", "abduct", "kidnap"})


def _took_control(verb: Token) -> bool:
    """ "had taken control of the base", "seized control of three barracks": a verb of taking
    whose object is control (the place taken hangs on "of")."""
    return verb.lemma_.lower() in ("take", "seize", "gain", "wrest", "assume") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "control" for c in verb.children
    )


#: Words of an apposition that describe its head as an armed group: "the Brigades, the party's armed wing".
_ARMED_DESCRIPTORS = frozenset(
    {
        "armed",
        "militant",
        "militants",
        "insurgent",
        "insurgents",
        "rebel",
        "rebels",
        "jihadist",
        "guerrilla",
        "guerrillas",
        "militia",
        "paramilitary",
    }
)


#: Nouns that, with "the", take up an armed group named before ("the group said its fighters ...").
_GROUP_ANAPHORS = frozenset(
    {"group", "movement", "outfit", "organisation", "organization", "insurgents", "militants"}
)


def armed_description(subject: Token) -> bool:
    """The subject is described in apposition as an armed group ("..., the group's armed wing"),
    or takes one up by a definite noun ("the group", "the militants"): callers ask this only of a
    speaker whose words give its own fighters' acts ("the group said its fighters had ...")."""
    if subject.lemma_.lower() in _GROUP_ANAPHORS and any(
        d.dep_ == "det" and d.lower_ == "the" for d in subject.children
    ):
        return True
    if subject.lemma_.lower() in _GROUP_ANAPHORS and any(
        c.dep_ == "acl"
        and c.lemma_.lower() in self_naming_verbs()
        and any(o.lower_ in ("itself", "themselves") for o in c.children)
        for c in subject.children
    ):
        return True  # "a group calling itself the People's Front said it had carried out ..."
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        if any(t.lower_ in _ARMED_DESCRIPTORS for t in appos.subtree):
            return True
    return False


#: Verbs by which a speaker gives themself a role ("a speaker presenting himself as a leader of X").
_SELF_PRESENTING_VERBS = frozenset({"present", "introduce", "identify", "describe", "call", "style"})
#: Roles of a group's voice that a speaker may give themself, beside ``member_nouns``.
_GROUP_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "fighter", "fighters", "militant"})


def self_presented_roles(subject: Token) -> list[Token]:
    """ "a speaker presenting himself as a leader of the X front", "a speaker who identified himself
    as an X spokesman": the role nouns (``member_nouns``, a spokesman) a speaker gives themself by a
    verb of self-presentation with a reflexive object. ``subject`` is the speaker's noun (the
    participle hung on it, acl or relcl) or the participle itself, when the parse makes it the
    reporting verb's subject (csubj)."""
    roles = event_words("member_nouns") | _GROUP_VOICES
    presenting = [
        t
        for t in [subject, *subject.children]
        if t.pos_ == "VERB"
        and (t is subject or t.dep_ in ("acl", "relcl"))
        and t.lemma_.lower() in _SELF_PRESENTING_VERBS
        and any(o.dep_ == "dobj" and o.lower_ in ("himself", "herself", "themselves") for o in t.children)
    ]
    return [
        g
        for t in presenting
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() in roles
    ]


def self_presenting_speakers(verb: Token) -> list[Token]:
    """The speaker words of a reporting verb that :func:`self_presented_roles` reads: its subject,
    a participle the parse made its subject (csubj) or, when it has no subject, the participle
    hung on it ("a speaker presenting himself as ... said", parsed with the participle as an advcl)."""
    speakers = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not speakers:
        speakers = [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i < verb.i]
    return speakers


def self_presented_member(verb: Token) -> bool:
    """ "a speaker presenting himself as a leader of the X front said ...": the speaker of a reporting
    verb gives themself a role in an armed group (:func:`self_presented_roles`); what they say is
    the group's word. A group the tagger has not typed counts unless it is a state's, a party's or
    an outlet's."""
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    index = cached_entity_index(verb.doc)
    for subject in self_presenting_speakers(verb):
        for role in self_presented_roles(subject):
            groups = [index.get(t.i) for t in role.subtree if t.i != role.i]
            if any(c is not None and c.type == "ORG" and c.subtype not in _STATE_SUBTYPES for c in groups):
                return True
    return False


_STATE_SUBTYPES = frozenset(
    {"government", "military", "intelligence", "international", "media", "political_party"}
)


def _formal_medium(verb: Token) -> bool:
    """ "said in a statement", "told a news conference": the words were put on record."""
    media = statement_cues()["formal_media"]
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "at", "through")
            and any(g.dep_ == "pobj" and g.lemma_.lower() in media for g in child.children)
        ):
            return True
        if child.dep_ in ("dobj", "dative") and child.lemma_.lower() in media:
            return True  # "told a news conference"
        if (
            child.dep_ == "nsubj"
            and child.lemma_.lower() in media
            and any(c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in child.children)
        ):
            return True  # "a communique issued by the council said": the issuer's words on record
    return False


def _own_event(trigger: Token) -> bool:
    """A trigger that is the sentence's own happening, not an event named in passing
    ("in revenge for a police raid")."""
    return not (trigger.pos_ == "NOUN" and trigger.dep_ == "pobj")


def _named_speaker(verb: Token) -> bool:
    """The speaker is named, a pronoun or an office holder ("the group's spokesman"),
    not "a trader" or "the government". A name the tagger read as a common noun ("Okafor told
    reporters") is named when the entity stage found a person or organisation there."""
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    roles = statement_cues()["speaker_roles"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(
        c.pos_ in ("PROPN", "PRON") or c.lemma_.lower() in roles or any(t.pos_ == "PROPN" for t in c.subtree)
        for c in subjects
    ):
        return True
    index = cached_entity_index(verb.doc)
    return any(
        (cluster := index.get(c.i)) is not None and cluster.type in ("PERSON", "ORG") for c in subjects
    )


def _person_speaker(verb: Token) -> bool:
    """The subject of a reporting verb is a named person (or he/she)."""
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    index = cached_entity_index(verb.doc)
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ in ("he", "she"):
            return True
        if subject.lemma_.lower() in _PERSONAL_VOICES and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in subject.children
        ):
            return True  # "his office said", "her spokesman said": the person's own voice
        for token in subject.subtree:
            cluster = index.get(token.i)
            if cluster is not None and cluster.type == "PERSON":
                return True
            if not index and token.ent_type_ == "PERSON":
                return True  # a Doc without Nexus entities: the parser's label
    return False


#: Who speaks for a person: "his office", "her spokeswoman".
_PERSONAL_VOICES = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "aide", "aides"})


def _office_holder(verb: Token) -> bool:
    """The subject of a reporting verb is an office (``speaker_roles``): "the interior minister"."""
    roles = statement_cues()["speaker_roles"]
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in roles for c in verb.children)


def _position_content(verb: Token) -> bool:
    """The clause a reporting verb reports is a position (modal, evaluative), not figures."""
    content = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
    if not content or any(_figure(t) for t in content):
        return False
    words = {t.lower_ for t in content} | {t.lemma_.lower() for t in content}
    return bool(words & statement_cues()["position_words"])


@cache
@cache
def statement_cues() -> dict[str, frozenset[str]]:
    """Statement and claim cue words from ``events.yaml`` (``statement_cues``), read once (the
    mapping is shared: read it, do not change it)."""
    cues: dict[str, list[str]] = event_ontology()["statement_cues"]
    return {key: frozenset(words) for key, words in cues.items()}


def claim_content_word(token: Token) -> bool:
    """A word of a group's own deed in what it says ("said it carried out", "said it was behind",
    "said it planted the bomb": ``claim_content``, and ``claim_content_verbs`` only as verbs)."""
    cues = statement_cues()
    lemma = token.lemma_.lower()
    return lemma in cues["claim_content"] or (token.pos_ == "VERB" and lemma in cues["claim_content_verbs"])


def reporting_verbs() -> frozenset[str]:
    """Verbs that report speech ("say", "tell", "announce"), from ``events.yaml``."""
    return statement_cues()["reporting_verbs"]


def _negated(token: Token) -> bool:
    """ "did not claim", "No group claimed", "no immediate claim", "without a visit": it did not happen."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if token.pos_ == "NOUN":
        if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in token.children):
            return True
        return token.dep_ == "pobj" and token.head.lower_ == "without"
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "without":
        return True  # "may change without warning", "fled without firing a shot": the gerund did not happen
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and _infinitive_of(token):
        # "nobody came forward to claim it", "no group stepped up to claim": the doer of the
        # infinitive is the subject of the verb it depends on
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lower_ in ("nobody", "none", "nothing", "noone") for s in subjects):
        return True  # "nobody was arrested"
    return any(d.lower_ in ("no", "neither") for s in subjects for d in s.children if d.dep_ == "det")


def _infinitive_of(token: Token) -> bool:
    """Whether the verb is a "to" infinitive hung on another verb ("came forward to claim")."""
    return (
        token.dep_ in ("xcomp", "advcl")
        and token.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _toll_forecast(token: Token) -> bool:
    """A statement whose content is that casualty figures may rise (not annotated as a statement)."""
    content = [t for c in token.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree]
    lemmas = {t.lemma_.lower() for t in content}
    cues = statement_cues()
    return bool(lemmas & cues["toll_nouns"]) and bool(lemmas & cues["rise_verbs"])


def _done_by_other_means(token: Token, verbs: dict[str, list[str]]) -> bool:
    """ "responded/retaliated by suspending ...": the general verb is realised by another trigger."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "by"
        and any(g.dep_ == "pcomp" and g.lemma_.lower() in verbs for g in child.children)
        for child in token.children
    )


def _accused_of(token: Token) -> bool:
    """ "accused Israel of targeting civilians": the content of an accusation is not a reported event.

    Also each item of a list of charges ("accused the sect of rustling, kidnapping and attacks"),
    and the verb of an attempt charged ("accused the militia of attempting to grab the ferry").
    """
    while token.dep_ in ("conj", "xcomp") and token.head is not token:
        token = token.head
    head = token.head
    accusing = ("accuse", "blame", "suspect", "charge", "convict")
    if token.tag_ == "VBG" and token.dep_ == "advcl" and head.lemma_.lower() in accusing:
        # "accused the sect of rustling, kidnapping for ransom ...": a charge the parse hung apart
        owners = [head, *(c for c in head.children if c.dep_ == "dobj")]  # "accused the gang of ..."
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i < token.i for o in owners for c in o.children
        )
    if token.dep_ not in ("pcomp", "pobj") or head.lower_ != "of":
        return False
    owner = head.head
    if owner.dep_ == "dobj":
        owner = owner.head  # "accused the forces of killing villagers", "of" hung on the accused
    return owner.lemma_.lower() in accusing


def classify_triggers(sent: Span) -> list[Trigger]:
    """Every candidate trigger of a sentence with its type and modality, in text order.

    A candidate is a verb or noun of the ``events.yaml`` lexicon that passes the
    type's own licences (required objects, agentive modifiers). Its modality says
    whether it reports a happening (``actual``) or something planned, conditional,
    negated, generic or restated; see :func:`modality`.
    """
    verbs, nouns = trigger_tables()
    phrasal = _phrasal_verbs()
    found: list[Trigger] = []
    for token in matching(sent, _trigger_lemmas(), _noun_words()):  # the tokens the lexicon names
        pos = token.pos_
        if pos != "VERB" and pos != "NOUN":
            continue  # only verbs and nouns trigger
        lemma = token.lemma_.lower()
        whole = hyphenated_word(token) if pos == "NOUN" else None
        if whole is not None and whole in nouns:
            lemma = whole  # "staged a sit-in": the word the tokenizer split, read whole at its last part
        if (
            pos == "VERB"
            and (lemma in verbs or lemma in phrasal)
            and (token.dep_ != "amod" or _hyphenated_verb(token) or misread_participle(token))
        ):
            if _accused_of(token):  # asked of candidates only: the other tokens are skipped anyway
                continue
            objects: set[str] | None = None  # (the verb's object lemmas, read once for all its types)
            for etype in dict.fromkeys([*verbs.get(lemma, []), *phrasal.get(lemma, [])]):  # both kinds
                required = _requires(etype, lemma)
                if required is not None and objects is None:
                    objects = _object_lemmas(token)
                if (
                    required is not None
                    and objects is not None
                    and not _licensed(objects, required)
                    and not _has_required_dep(etype, token)
                    and not ("PLACE" in required and _place_object(token))
                    and not ("PLACE_CONTROL" in required and _controlled_place(token))
                    and not ("NAMED" in required and _named_object(token))
                    and not ("MEDIA" in required and _media_object(token))
                    and not (etype == "visit" and bare_arrival(token))
                ):
                    continue
                if _excluded_phrase(etype, token) or not _travel_by_visitor(etype, token):
                    continue
                if lemma in event_ontology()["types"][etype].get("finite_only", []) and _to_infinitive(token):
                    continue  # "uses drones to drop explosives": a tactic, no happening
                if (
                    etype == "claim"
                    and lemma in _claim_words("admission_verbs")
                    and not _admitted_claim(token)
                ):
                    continue  # "the minister accepted responsibility for the lapse": no claim
                if etype == "meeting" and lemma in _pact_verbs() and not _signed_by_parties(token):
                    continue  # "the two firms signed a supply agreement", "since a truce was signed"
                if lemma in event_ontology()["types"][etype].get("intransitive", []) and any(
                    c.dep_ == "dobj" for c in token.children
                ):
                    continue
                if lemma in event_ontology()["types"][etype].get("transitive", []) and not any(
                    c.dep_ in ("dobj", "nsubjpass") for c in token.children
                ):
                    continue  # "fighters linked to the insurgency": nobody links anything to anything
                if _done_by_other_means(token, verbs):
                    break  # "retaliated by suspending the treaty": the suspension is the event
                if etype == "statement" and (
                    _characterising(token)
                    or _no_speaker(token)
                    or witness_account(token)
                    or anonymity_request(token)
                ):
                    break  # "outlawed the group, calling it a proxy"; "which residents blame on ..."
                if etype == "statement" and (
                    blame_of_happening(token)
                    or background_voice(token)
                    or grounds_of_measure(token)
                    or commentator(token)
                ):
                    break  # "an ambush police blamed on X"; "officials say the cell hides ..."
                if etype in ("attack", "military_action", "rally") and _abstract_subject(token):
                    break  # "the sanctions target businessmen", "shares rallied", "lightning struck"
                if etype in ("attack", "military_action") and _abstract_target(token):
                    break  # "fired a broadside at the new policy", "hijacked the debate"
                if etype in ("attack", "military_action") and _accident_clause(token):
                    break  # "a lorry overturned on a mountain pass, killing 12": an accident
                if _offtopic_sense(etype, token) and (_off_topic_context(token) or _simile(token)):
                    break  # "the striker shot wide", "described the defeat as a bomb going off"
                if _courtesy_encounter(token, etype):
                    break  # "the king received the president, and they discussed tourism"
                if market_move(token):
                    break  # "shares shot up 12 per cent", "the index closed lower by 40 points"
                if etype == "military_action" and _launches_stoppage(token):
                    break  # "the pilots' union launched a strike over pensions"
                if etype == "attack" and _crowd_subject(token):
                    etype = "rally"  # "a crowd stormed the airport": a riot
                if etype == "rally" and _armed_marcher(token):
                    break  # "the gunman marched into the hall": one armed man walking, no rally
                if etype == "rally" and passive_verb(token):
                    break  # "the hostage was marched away at gunpoint": led off, no protest
                if etype == "rally" and lemma in _rally_words("protest_only") and not _protest_purpose(token):
                    continue  # "villagers blocked the road to stop the lorries": no protest told
                if not _required_subject(etype, token):
                    continue  # "passengers gathered at the gate": nobody holding office met
                if etype == "meeting" and _met_with_reaction(token):
                    break  # "were met with heavy fire": how the raiders were received
                if etype == "statement" and not _speaks(token):
                    break  # "the road linking the towns to the coast": nobody speaks
                if etype == "statement" and (recounted_quote(token) or after_no_claim(token)):
                    break  # "'They accused the villagers ...,' said a farmer"; "no group claimed it, but ..."
                if etype == "statement" and _toll_forecast(token):
                    break  # "warned that the toll could rise": a forecast, not a position
                if etype == "statement" and (_descriptive_participle(token) or _agentless_passive(token)):
                    break  # "the student accused of planning", "the groups are blamed for": nobody speaks
                if (
                    etype == "statement"
                    and lemma not in statement_cues()["wrongdoing_verbs"]
                    and not security_matter(token)
                ):
                    break  # "the coach praised his players", "pledged to cut fuel taxes": off the subject
                found.append(Trigger(token, etype, modality(token, etype)))
                break
        elif pos == "NOUN" and _common_noun_form(token) and (lemma in nouns or token.lower_ in nouns):
            if _accused_of(token):
                continue
            # "raids" before "raid"; a split hyphenated word ("sit-in") by its whole
            types = nouns[lemma] if lemma == whole else nouns.get(token.lower_) or nouns.get(lemma, [])
            for etype in types:
                if etype == "claim" and not (
                    any(c.lemma_.lower() == "responsibility" for c in token.subtree)
                    or (any(c.dep_ == "poss" for c in token.children) and not _assertion_claim(token))
                ):
                    continue
                if etype == "statement" and not _has_agentive_modifier(token):
                    continue
                if etype == "statement" and token.dep_ == "nsubj" and _negated(token.head):
                    continue  # "the army's statement did not say whether soldiers were hurt"
                if etype == "meeting" and _speech_setting(token):
                    continue  # "Okafor told reporters after the meeting": the meeting told before
                if etype == "visit" and _journey_of_non_visitors(token):
                    continue  # "only escorted lorries risk the trip": traffic on a road, no visit
                if _not_event_modifier(etype, token) or _not_event_head(etype, token):
                    continue
                if _office_portfolio(token):
                    continue  # "the brigade's spokesman for operations": an office's remit
                if _not_event_governor(etype, token) or not _required_governor(etype, token):
                    continue  # "traders observed a strike": a stoppage of work
                if not _compound_licensed(etype, token):
                    continue  # "a bruising battle with party rebels" is no gun battle
                if _criticised(etype, token):
                    continue  # "came under attack from lawmakers over the tax law"
                if etype in ("attack", "military_action") and _abstract_target(token):
                    continue  # "a fierce assault on the government's tax plans"
                if etype == "military_action" and _work_stoppage(token):
                    continue  # "a strike by rail workers over pay"
                if _offtopic_sense(etype, token) and _off_topic_context(token):
                    continue  # "United's attack lacked bite", "the rally in chip makers"
                if _courtesy_encounter(token, etype):
                    continue  # "leaders at the summit agreed to cut emissions"
                if (
                    etype in ("attack", "military_action")
                    and token.dep_ == "dobj"
                    and token.head.lemma_.lower() in _mention_verbs("launch")
                    and _abstract_subject(token.head)
                ):
                    continue  # "the start-up launched an offensive against its rivals"
                if etype == "statement" and not security_matter(token):
                    continue  # "the party's manifesto pledges free childcare"
                found.append(Trigger(token, etype, modality(token, etype)))
                break
    found += [
        Trigger(t, "attack", "conditional" if _conditional(t) or _question(t) else ACTUAL)
        for t in matching(sent, (), _misread_forms())
        if misread_verb(t) or _misread_adjective(t)
    ]
    found.sort(key=lambda t: t.token.i)
    found = _answered_challenge(_returned_fire(_targeted_gatherings(_answered_happening(found))))
    if not any(t.type in ("attack", "military_action") for t in found):
        found = sorted(found + _counted_wounding(sent), key=lambda t: t.token.i)
    if not any(t.type in ("attack", "military_action") for t in found):
        found = sorted(found + _exchange_of_fire(sent), key=lambda t: t.token.i)
    if not any(t.type in ("attack", "military_action") for t in found):
        found = sorted(found + _told_by_its_outcome(sent), key=lambda t: t.token.i)
    found = _crowd_demands(found)
    kept = _one_measure(_one_statement_per_speaker(_noun_names_the_event(_verb_owns_noun(found))))
    return [t._replace(token=_agentive_participle(t.token) or t.token) for t in kept]


@cache
def _misread_forms() -> dict[str, str]:
    """Past forms of violent verbs the tagger may read as nouns, mapped to the verb's lemma
    (``misread_verb_forms`` of ``events.yaml``: "shot" -> "shoot")."""
    table = event_ontology().get("misread_verb_forms") or {}
    return {str(k).lower(): str(v).lower() for k, v in table.items()}


@cache
def _misread_followers() -> frozenset[str]:
    return frozenset(str(w).lower() for w in event_ontology().get("misread_verb_followers", []))


def misread_verb(token: Token) -> bool:
    """ "Two men riding pillion shot and wounded a guard", "gendarmes on patrol shot dead a
    smuggler": a past form of a violent verb (``misread_verb_forms``) the tagger took for a
    noun, read back as the verb from the words around it: a noun just before it (the end of the
    subject phrase) and, just after it, "dead" or "and" before a past-tense verb of harm ("shot
    and killed"); or, with no article, number, possessive or adjective of its own ("a warning
    shot", "his first shot" stay nouns), an object's determiner or counted object after it."""
    if token.pos_ != "NOUN" or token.tag_ not in ("NN", "NNS") or token.lower_ not in _misread_forms():
        return False
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    then = doc[token.i + 2] if token.i + 2 < len(doc) else None
    harmed = after.lower_ == "dead" or (  # "shot dead", "shot and killed": no noun goes on so
        after.lower_ == "and"
        and then is not None
        and then.tag_ in ("VBD", "VBN")
        and then.lemma_.lower() in harm_verbs()
    )
    if harmed:
        return True  # (also under an article the parse gave it: "two men on a motorcycle shot dead ...")
    if any(
        c.dep_ in ("det", "poss", "nummod", "predet") or (c.dep_ == "amod" and c.i == token.i - 1)
        for c in token.children
    ):
        return False  # (an adjective further left belongs to the subject: "Roadside bomb wounds four")
    counted = after.like_num and after.head.dep_ == "dobj" and after.head.i > token.i
    if after.lower_ not in _misread_followers() and not counted:
        return False  # "wounds four rangers" (an object counted), not "wounds three inches deep"
    return after.lower_ not in ("and", "dead")


def _misread_adjective(token: Token) -> bool:
    """ "A man swinging an axe injured three shoppers": a past form of a harm verb
    (``misread_verb_forms``) the parser took for an adjective of the counted noun after it, read
    back as the verb when a weapon or attacker noun (``harm_causes``) stands just before it and a
    number just after it ("the injured three" or "two injured men" stay adjectives)."""
    if token.pos_ != "ADJ" or token.dep_ != "amod" or token.lower_ not in _misread_forms():
        return False
    doc = token.doc
    if token.i == 0 or token.i + 2 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    causes = _word_set("attack", "harm_causes")
    if before.pos_ != "NOUN" or (before.lemma_.lower() not in causes and before.lower_ not in causes):
        return False
    return after.like_num and after.head.i == token.head.i and token.head.i > after.i


#: Roles of a noun that is no subject head: inside a phrase or modifying another noun.
_NOT_SUBJECT_DEPS = frozenset({"pobj", "compound", "poss", "amod", "npadvmod", "appos", "dobj", "nmod"})


def misread_subject(token: Token) -> list[Token]:
    """The subject of a :func:`misread_verb` or :func:`misread_participle`: the first noun of its
    sentence before it that heads a phrase of its own ("Two gunmen riding a motorcycle shot ..."
    -> "gunmen", "Police officers on patrol shot ..." -> "officers"), else none."""
    for t in token.doc[token.sent.start : token.i]:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in _NOT_SUBJECT_DEPS:
            return [t]
    return []


def _exchange_of_fire(sent: Span) -> list[Trigger]:
    """ "Two gunmen died during an exchange of fire with police": combat told by a noun whose
    "of" object makes it so (``military_action.exchange_nouns``), for a sentence with no trigger
    of its own, and only told indefinitely ("the exchange of fire" is the operation told before;
    "a prisoner exchange" is none)."""
    nouns: dict[str, list[str]] = event_ontology()["types"]["military_action"].get("exchange_nouns", {})
    for token in matching(sent, (), nouns):
        if token.pos_ != "NOUN" or any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.children
        ):
            continue
        fired = any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ == "pobj" and g.lower_ in nouns[token.lower_] for g in c.children)
            for c in token.children
        )
        if fired and not _negated(token):
            return [Trigger(token, "military_action", modality(token, "military_action"))]
    return []


def _counted_wounding(sent: Span) -> list[Trigger]:
    """ "Nine guards were hurt when grenades thrown from a motorbike struck their post", "two
    shoppers died after a man with a knife ran along the arcade": a counted group of people
    harmed (a passive harming verb, or a verb of dying, of ``counted_harm_verbs``, whose subject
    has a number) in a sentence that names a weapon or blow (``harm_causes``), for a sentence with
    no attack trigger of its own.

    Returns at most one ``attack`` trigger (the harming verb); none for an accident ("were
    injured when their bus overturned"), a sport or a sentence that names no weapon.
    """
    causes = _word_set("attack", "harm_causes")
    lemma_set, word_set = span_words(sent)
    if lemma_set.isdisjoint(causes) and word_set.isdisjoint(causes):
        return []
    verbs = event_ontology().get("counted_harm_verbs", {})
    wounding = frozenset(verbs.get("passive", [])) | frozenset(event_ontology().get("wounding_verbs", []))
    dying = frozenset(verbs.get("dying", []))
    dying_causes = frozenset(verbs.get("dying_causes", []))
    for token in matching(sent, wounding | dying):
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB":
            continue
        if lemma in dying:  # "Two women died ... after an assailant armed with a knife ran ..."
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
        elif token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
            subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        else:
            continue
        if not any(_counted_group(s) for s in subjects):
            continue
        if _negated(token) or _accident_clause(token) or _off_topic_context(token) or _accident_near(token):
            continue
        counted = {t.i for s in subjects for t in s.subtree}
        named = dying_causes if lemma in dying else causes
        if not any(  # the weapon is named apart from who was hurt ("11 more militants were wounded")
            t.i not in counted and (t.lemma_.lower() in named or t.lower_ in named) for t in sent
        ):
            continue
        return [Trigger(token, "attack", modality(token, "attack"))]
    return []


@cache
def _told_by_its_outcome(sent: Span) -> list[Trigger]:
    """ "A gunman left three shoppers dead at a mall", "rebels ambushed a convoy, leaving 12
    soldiers dead", "mortar fire hit the market and left 9 people wounded": a happening told only
    by the toll it left, the verb "leave" (``outcome_verbs``) with a counted object and a toll word
    (``toll_complements``) as its complement, in a sentence that names a weapon or an armed doer
    (``harm_causes``) or a state's force (``state_nouns``: "jets had left five rebels dead") apart
    from the victims, for a sentence with no attack trigger of its own.

    Returns at most one ``attack`` trigger (the verb "leave"; who acts may make it a military
    action later); none for a running toll ("the war has left 400 people dead"), a negated one, an
    accident ("the crash left two dead") or a sentence that names no weapon or doer.
    """
    causes = _word_set("attack", "harm_causes") | event_words("state_nouns")
    lemma_set, word_set = span_words(sent)
    if lemma_set.isdisjoint(causes) and word_set.isdisjoint(causes):
        return []
    tolls = event_words("toll_complements")
    for token in matching(sent, event_words("outcome_verbs")):
        if token.pos_ != "VERB" or _negated(token) or _running_total(token):
            continue
        victims = [c for c in token.children if c.dep_ in ("dobj", "nsubj") and c.i > token.i]
        victims = [v for v in victims if _counted_group(v)]
        told = [c for c in token.children if c.dep_ in _TOLL_DEPS and c.lower_ in tolls]
        # "left 14 to 18 people dead": the toll word read as the object's own modifier
        told += [
            c for v in victims for c in v.children if c.dep_ == "amod" and c.i > v.i and c.lower_ in tolls
        ]
        if not victims or not told:
            continue
        if _accident_clause(token) or _off_topic_context(token) or _accident_near(token):
            continue
        counted = {t.i for v in victims for t in v.subtree}
        if not any(t.i not in counted and (t.lemma_.lower() in causes or t.lower_ in causes) for t in sent):
            continue
        return [Trigger(token, "attack", modality(token, "attack"))]
    return []


#: Dependents of "leave" that hold its toll word ("left four dead": an object's complement).
_TOLL_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp"})


def _running_total(verb: Token) -> bool:
    """ "The insurgency has left 4,000 people dead": a present perfect tells a total so far, not
    one happening ("had left" still tells one)."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in verb.children)


#: Heads and modifiers that count a group without a number ("a number of", "scores of", "several").
_COUNT_HEADS = frozenset({"number", "dozen", "dozens", "scores", "hundreds", "several"})
_COUNT_WORDS = frozenset({"several", "many", "dozens", "scores"})


def _counted_group(subject: Token) -> bool:
    """ "Eleven soldiers", "11", "a number of civilians", "several guards": a group told by its count."""
    if subject.like_num:
        return True
    if subject.lower_ in _COUNT_HEADS and any(c.lower_ == "of" for c in subject.children):
        return True
    return any(  # a number the parser took for an adjective ("Seventeen" as amod) still counts
        c.dep_ == "nummod" or (c.dep_ == "amod" and (c.lower_ in _COUNT_WORDS or c.like_num))
        for c in subject.children
    )


def _accident_near(verb: Token) -> bool:
    """ "were injured when their bus overturned": an accident verb in a clause hung on the verb."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    return any(t.lemma_.lower() in _ACCIDENT_VERBS for c in clauses for t in c.subtree)


#: Verbs of a force answering fire it came under ("came under fire and retaliated").
_ANSWERING = frozenset({"retaliate", "respond", "return", "repulse", "repel"})


def _returned_fire(found: list[Trigger]) -> list[Trigger]:
    """ "a patrol came under fire and retaliated": one exchange of fire, told by the answering
    verb (the force's action); "came under fire" is no second event beside it."""
    kept = {t.token.i for t in found}
    out = []
    for trig in found:
        token = trig.token
        verb = token.head.head if token.pos_ == "NOUN" and token.dep_ == "pobj" else token
        if (
            trig.type == "attack"
            and verb.lemma_.lower() == "come"
            and any(
                c.dep_ == "conj" and c.lemma_.lower() in _ANSWERING and c.i in kept for c in verb.children
            )
        ):
            continue
        out.append(trig)
    return out


def _assertion_claim(noun: Token) -> bool:
    """ "accused the group of inflating its claims", "the ministry's claims about the toll": a
    noun "claim" without "responsibility" that is an assertion, not a claim of an attack: plural,
    governed by a verb of doubt (``claim.doubting_verbs``), or told "about"/"that" something."""
    if noun.tag_ == "NNS":
        return True
    if any(
        c.dep_ in ("acl", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("about", "over"))
        for c in noun.children
    ):
        return True
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be" and any(_that_clause(c) for c in head.children):
        return True  # "the report's core claim is that the militia grew ...": what a claim says
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    doubting = frozenset(event_ontology()["types"]["claim"].get("doubting_verbs", []))
    return noun.dep_ in ("dobj", "pobj", "nsubjpass") and head.lemma_.lower() in doubting


def _that_clause(clause: Token) -> bool:
    """A clause complement opened by "that" ("... is that the group shifted")."""
    return clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _answered_challenge(found: list[Trigger]) -> list[Trigger]:
    """ "troops laid an ambush and challenged a group of intruders, who opened fire": the foes'
    fire in a relative clause on the men the state's forces confronted is part of the forces'
    encounter (told by another trigger of the sentence), not an attack of its own."""
    if len(found) < 2:
        return found
    forces = frozenset(w.lower() for w in event_ontology()["state_nouns"])
    out = []
    for trig in found:
        token = trig.token
        foes = token.head
        if foes.dep_ == "pobj" and foes.head.lower_ == "of":
            foes = foes.head.head  # "a group of intruders, who opened fire"
        if trig.type == "attack" and token.dep_ == "relcl" and foes.dep_ == "dobj":
            verb = foes.head
            confronting = verb.lemma_.lower() in event_ontology().get("confronting_verbs", [])
            while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head  # "laid an ambush and challenged ...": the first verb's subject
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if confronting and any(s.lemma_.lower() in forces or s.lower_ in forces for s in subjects):
                continue  # (not "police arrested a man who killed five in 2021": his own attack)
        out.append(trig)
    return out


def _agentive_participle(noun: Token) -> Token | None:
    """ "an assassination carried out by Turkey", "a statement issued by the council": the
    participle whose agent names who acted stands for the noun, so the actor is found."""
    if noun.pos_ != "NOUN":
        return None
    claiming = trigger_tables()[0]
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or "claim" in claiming.get(acl.lemma_.lower(), ()):
            continue  # "the raid, claimed by X": a claim of the raid, which stays the attack's word
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            if any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in agent.children):
                return acl
    return None


def _convened(governor: Token, via: str) -> bool:
    """ "called an emergency meeting", "summoned police chiefs to crisis talks": a meeting the
    convening verb takes as its object, or to which it calls the people it takes as its object,
    is held ("called for talks" asks for one)."""
    return via == "dobj" or (via == "to" and any(c.dep_ == "dobj" for c in governor.children))


def find_triggers(sent: Span) -> list[tuple[Token, str]]:
    """(token, event type) for every trigger of a happening in a sentence.

    Planned, conditional, negated, generic and restated mentions are left out
    (see :func:`classify_triggers`); a reporting verb whose content is a
    position ("said those behind it will be hunted down") is a statement.
    """
    candidates = classify_triggers(sent)
    found = [(t.token, t.type) for t in candidates if t.modality == ACTUAL]
    reported: set[int] = set()  # what a found statement reports: no second statement inside it
    for token in matching(sent, reporting_verbs()):  # _reported_statement asks only these
        if (
            token.pos_ == "VERB"
            and token.i not in reported
            and _reported_statement(token, found)
            and (security_matter(token) or _on_record_in_security_report(token))
        ):
            found.append((token, "statement"))
            reported |= {t.i for c in token.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
            # "officials said X was responsible, and Washington said ...": a second speaker's words
    for token in matching(sent, statement_cues()["issuing_verbs"]):
        if (
            token.pos_ == "VERB"
            and token.i not in reported
            and _issued_words(token, found)
            and security_matter(token)
        ):
            found.append((token, "statement"))
    found += _announced_measures(sent, found)
    return found


def _announced_measures(sent: Span, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "condemned the arson and announced a night curfew": a measure noun
    (``sanction.announced_nouns``) as the object of a verb that announces it is a sanction put in
    force, the noun its trigger, when the verb tells something done (not "will announce a
    curfew", "did not announce a lockdown")."""
    table: dict[str, list[str]] = event_ontology()["types"]["sanction"].get("announced_nouns", {})
    taken = {t.i for t, _ in found}
    out: list[tuple[Token, str]] = []
    for verb in matching(sent, table):
        if verb.pos_ != "VERB" or modality(verb, "sanction") != ACTUAL:
            continue
        measures = set(table[verb.lemma_.lower()])
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.conjuncts]
        out += [
            (o, "sanction")
            for o in objects
            if o.lemma_.lower() in measures and o.i not in taken and all(o.i != t.i for t, _ in out)
        ]
    return out


def _on_record_in_security_report(verb: Token) -> bool:
    """'"We will not cede an inch of our territory," spokesperson X told reporters': words a
    speaker named by name puts on record (a direct quote or a formal medium) in a report on
    security are on its matter, though the sentence itself has no word of the security lexicon."""
    # by name (not "he", "she added", "an officer who asked not to be named"; not "an officer in
    # X": a place's name in the phrase names no speaker)
    named = any(
        c.pos_ == "PROPN" or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children)
        for c in verb.children
        if c.dep_ == "nsubj"
    )
    if not named or not security_document(verb.doc):
        return False
    content = [c for c in verb.children if c.dep_ == "ccomp"]
    return _formal_medium(verb) or direct_quote(verb, content) or _quoted_in_content(content)


def _quoted_in_content(content: list[Token]) -> bool:
    """ "said his government would 'never let anyone divide the country'": a reported clause that
    quotes the speaker's own words (quotation marks inside it) puts them on record as a direct
    quote does."""
    return any(t.is_quote for c in content for t in c.subtree)


def _issued_words(verb: Token, found: list[tuple[Token, str]]) -> bool:
    """ "The commander sent journalists a voice note: 'Our fighters will hit the capital next'": an
    ``issuing_verbs`` verb whose object is a medium (``formal_media``) carrying words of its own
    (a clause on the medium or on the verb) puts its named subject's words on record; a statement
    when those words take a position (:func:`stance_content`) and tell no operation of the
    speaker's own side (a claim) and no statement trigger of the sentence already owns them."""
    cues = statement_cues()
    media = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in cues["formal_media"]]
    if not media or _negated(verb) or not _named_speaker(verb) or witness_account(verb):
        return False
    clauses = [
        c
        for m in media
        for c in m.children
        if c.dep_ in ("acl", "relcl", "ccomp") and c.tag_ != "VBN"  # not "a video sent to journalists"
    ] + [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    said = [t for c in clauses for t in c.subtree]
    if not said:
        return False
    inside = {t.i for t in said} | {m.i for m in media}
    if any(t.i in inside for t, etype in found if etype == "statement"):
        return False  # "issued a statement urging calm": the participle or the noun is the statement
    if any((claim_content_word(t) or own_side_violence(t)) and not _threatened(t) for t in said):
        return False  # "posted a video saying its fighters had stormed the base": a claim
    return stance_content(said) and not any(_figure(t) for t in said)


@cache
def modality_cues() -> dict[str, frozenset[str]]:
    """The ``modality`` cue lists of ``events.yaml``, as sets of lower-case words."""
    cues: dict[str, list[str]] = event_ontology()["modality"]
    return {key: frozenset(words) for key, words in cues.items()}


def modality(token: Token, etype: str = "") -> str:
    """How a trigger relates to what happened.

    ``negated`` ("did not claim", "no immediate claim", "foiled an attack"),
    ``conditional`` ("if troops start any offensive"), ``planned`` ("will
    visit", "is expected to visit", "postponed her visit", "flew there to chair a
    meeting"), ``generic`` ("plotting attacks", "a string of attacks", "regularly
    attacks"), ``restated`` ("it was the deadliest attack in years": the subject
    is the mention) or ``actual``. Announced measures (sanctions) are acts even
    when phrased in the future ("said it would close the border").

    Read once per token and type and kept with the Doc (``doc.user_data``): the trigger rules, the
    learned gate and the event verifier's features ask it of the same triggers, on a parse that
    no longer changes.
    """
    memo: dict[tuple[int, str], str] = token.doc.user_data.setdefault(_MODALITIES, {})
    key = (token.i, etype)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _modality(token, etype)
    return found


#: Where :func:`modality` keeps what it found of a Doc's tokens: ``{(token index, type): modality}``.
_MODALITIES = "nexus_trigger_modalities"


def _modality(token: Token, etype: str) -> str:
    """:func:`modality`, worked out."""
    if _negated(token):
        return "negated"
    if in_incident_tally(token):
        return "generic"  # "recorded 43 attacks in March, in which 19 were killed": a tally
    if in_trend(token) or in_count_scope(token) or in_kind_shift(token):
        return "generic"  # "bomb attacks on pylons dropped to zero", "our count includes only raids"
    if etype in ("visit", "meeting") and (
        our_staff_subject(token) or interview_with_the_outlet(token) or our_own_visit(token)
    ):
        return "generic"  # "our correspondent travelled to X", "spoke to the Courier": newsgathering
    if reprinted_by_the_outlet(token) or page_appeal(token):
        return "generic"  # "We reprint the council's communique below": its own lines tell the news
    if reporting_text(token, etype):
        return "generic"  # '"KIA" stands for killed in action', "The Harbour Daily blamed ...": wording
    if _conditional(token) or _consequent(token):
        return "conditional"
    if _question(token):
        return "conditional"  # "Why was nobody arrested?" asks, it does not report
    if token.pos_ == "NOUN":
        return _noun_modality(token, etype)
    return _verb_modality(token, etype)


def clause_is_actual(verb: Token) -> bool:
    """Whether a verb's clause reports what happened (for other stages: a date in "vowed to end
    the insurgency by March 2026" belongs to a planned clause and dates no event)."""
    if _negated(verb) or _conditional(verb) or _question(verb):
        return False
    return _verb_modality(verb, "") == ACTUAL


#: Spans of time that make "N ... after X" a look back from today, not a report of X.
_LONG_SPANS = frozenset({"year", "years", "decade", "decades"})


def _years_after_in_present(verb: Token) -> bool:
    """ "Two years after the rebels took back Velm, the town is run by ...": a
    clause of "years after" under a present-tense main clause dates today's state of affairs; the
    happening it names is background, told as a time."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("after", "since") for c in verb.children
    ):
        return False
    spans = [c for c in verb.children if c.dep_ == "npadvmod" and c.lower_ in _LONG_SPANS]
    if not any(any(g.dep_ == "nummod" for g in c.children) for c in spans):
        return False  # "three years after" (not "since ... last year")
    if _own_dated_phrase(verb):
        return False  # "nine years after the rebels laid siege to X in 2017": a dated happening
    main = verb.head
    tensed = [main, *(c for c in main.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBZ", "VBP") for t in tensed)


def _question(token: Token) -> bool:
    """The trigger's sentence is a question (its last word, quotes and spaces aside, is "?")."""
    doc = token.doc
    start, end = sentence_bounds(doc, token.i)
    memo: dict[int, bool] = doc.user_data.setdefault("nexus_questions", {})  # by sentence start
    if start not in memo:
        memo[start] = False
        for j in range(end - 1, start - 1, -1):
            t = doc[j]
            if not (t.is_quote or t.is_space):
                memo[start] = t.text == "?"
                break
    return memo[start]


def _verb_modality(verb: Token, etype: str) -> str:
    cues = modality_cues()
    if (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return "planned"  # a headline's "Army to launch offensive", "Kenya, Somalia to hold talks"
    if any(c.dep_ == "advmod" and c.lower_ in cues["habitual_adverbs"] for c in verb.children):
        return "generic"  # "regularly attacks convoys"
    if every_period(verb):
        return "generic"  # "every Friday the paper rounds up the week's events": a custom
    if verb.dep_ == "relcl" and any(
        _set_off_by_violence(n)
        for n in (
            verb.head,
            *(g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children),
        )
        if n.pos_ == "NOUN"
    ):
        return "restated"  # "setting off a week of battles that cost 50 guards their lives": its toll
    if _years_after_in_present(verb):
        return "restated"  # "two years after the rebels took back Velm, the town is ..."
    if _superseded_count(verb):
        return "restated"  # "officials had first said three were killed": an earlier count
    if etype == "statement" and (_standing_position(verb) or _standing_charge(verb)):
        return "generic"  # "villagers it accuses of informing", "rights groups have accused the units"
    if etype == "sanction" and _standing_status(verb):
        return "generic"  # "which Washington lists as a terrorist group", "remains designated"
    if _aggregate_perfect(verb) or _experiential_perfect(verb) or _period_tally(verb) or _in_the_past(verb):
        return "generic"  # "militants have killed hundreds this year": a running total
    if _counted_participle(verb):
        return "generic"  # "the number of people killed since October", "civilians killed over the years"
    if _habit_of(verb) or _habitual_relative(verb):
        return "generic"  # "has a history of attacking hotels", "which claims the group's raids"
    if _charged_practice(verb):
        return "generic"  # "accused the militia of burning villages": a practice charged, no one happening
    if _recurring(verb):
        return "generic"  # "militants attack schools every year"
    if _over_years(verb):
        return "generic"  # "has raided the villages for years", "in the 1990s the rebels fought"
    if etype == "claim" and _claims_a_kind(verb):
        return "generic"  # "has claimed similar attacks": a kind of happening, not this one
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in cues["directive_governors"]
        and (
            verb.tag_ == "VB"
            or verb.tag_ == "VBP"  # the present subjunctive: "that the authorities send"
            or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VB" for c in verb.children)
        )
    ):
        return "planned"  # "demanded that the group be designated", "demanding that the army send troops"
    if etype != "sanction" and any(
        c.dep_ == "aux" and c.lower_ in cues["modal_auxiliaries"] for c in verb.children
    ):
        return "planned"  # "will strike again", "would retaliate"
    if (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in cues["modal_auxiliaries"] for c in verb.head.children)
    ):
        return "planned"  # "will keep firing", "would stop attacking"
    if _under_a_future_phrasal_verb(verb, cues["modal_auxiliaries"]):
        return "planned"  # "will go on attacking", "would carry on shelling": the phrasal verb's will
    governor = _infinitive_governor(verb)
    if governor is not None and _held_to_have_happened(verb, governor):
        return ACTUAL  # "are believed to have stormed a village": told as done, with a hedge
    if governor is not None:
        if governor.lemma_.lower() in cues["negating_governors"]:
            return "negated"  # "refused to condemn"
        if _court_order(governor, verb) or (
            verb.dep_ == "relcl" and governor.dep_ == "dobj" and _court_order(governor.head, verb)
        ):  # "ordered the three men to be detained", the infinitive parsed as the object's clause
            return ACTUAL  # "a judge ordered the man to be held in detention": the order detains
        if etype == "sanction" and _decided(governor, cues):
            return ACTUAL  # "the cabinet decided to ban the party": the decision is the measure
        if _realised(governor, cues):
            return ACTUAL  # "the riposte made it possible to kill ten raiders": it came about
        if governor.lemma_.lower() not in cues["implicative_governors"]:
            return "planned"  # "is expected to visit", "flew to Quetta to chair a meeting"
        if _purpose_of_a_told_act(governor):
            return "planned"  # "raided the jail in an attempt to set its inmates free": the aim
    if (
        verb.dep_ in ("xcomp", "ccomp", "pcomp")
        and verb.head.lemma_.lower() in cues["negating_governors"]
        and not (etype == "statement" and rebutted_afterwards(verb))
    ):
        return "negated"  # "denied carrying out", "refused attacking"
    if (
        (verb.dep_ in ("acl", "ccomp") or _content_read_as_relative(verb))
        and verb.head.dep_ == "dobj"
        and verb.head.lemma_.lower() in cues["report_nouns"]
        and verb.head.head.lemma_.lower() in cues["negating_governors"]
    ):
        return "negated"  # "denied reports that fighters had seized a village": the report is denied
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "from"
        and verb.head.head.lemma_.lower() in cues["negating_governors"]
    ):
        return "negated"  # "barred tourists from travelling to", "prevented him from leaving"
    if (
        verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and not _own_subject(verb)
        and not _past_beside_base(verb)
    ):
        head_modality = _verb_modality(verb.head, etype)
        if head_modality in ("planned", "negated"):
            return head_modality  # "will fly to Kabul and meet ..."
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.pos_ == "VERB"
        and not _own_subject(verb)
        and (_aggregate_perfect(verb.head) or _experiential_perfect(verb.head) or _period_tally(verb.head))
    ):
        return "generic"  # "have been hit since the operation started, killing dozens": the tally's
    if verb.tag_ == "VB" and verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children):
        infinitive = _infinitive_above(verb)
        if infinitive is not None:
            return _verb_modality(infinitive, etype)  # "intended to drive into the crowd and then attack"
    return ACTUAL


def _past_beside_base(verb: Token) -> bool:
    """ "forced the bus to halt and gunned down eleven": a conjunct in a past form of its own (not
    spelt like its base, as "hit" or "set" are) beside a base form shares neither its "to" nor its
    modal; it tells what was done."""
    return verb.tag_ == "VBD" and verb.head.tag_ == "VB" and verb.lower_ != verb.lemma_.lower()


def _under_a_future_phrasal_verb(verb: Token, modals: frozenset[str]) -> bool:
    """ "We will go on attacking every camp", "our men will carry on shelling": a participle after
    the particle "on" of a verb with a modal (``modal_auxiliaries``), parsed as the particle's
    clause ("on" a preposition) or as the verb's adverbial clause ("on" its particle)."""
    if verb.tag_ != "VBG" or verb.pos_ != "VERB":
        return False
    governor = None
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "on":
        governor = verb.head.head
    elif verb.dep_ == "advcl" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.head.children):
        governor = verb.head
    return (
        governor is not None
        and governor.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ in modals for c in governor.children)
    )


def rebutted_afterwards(verb: Token) -> bool:
    """ "Kadoria accused Teral of arming the rebels, a charge Teral denies": the parse may hang the
    accusation on the denial that follows it, as if the denial took it as content. With a
    ``rebutted_charge_nouns`` noun of the denial standing between the two, the denial glosses the
    accusation ("a charge the accused rejects"): the accuser's words were said all the same.
    "Teral denied that its troops shelled the town" (the denial first) is left alone."""
    denial = verb.head
    if denial.i <= verb.i:
        return False
    nouns = event_ontology().get("rebutted_charge_nouns", ())
    told = {t.i for t in verb.subtree}
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in nouns and t.i not in told
        for t in verb.doc[verb.i + 1 : denial.i]
    )  # the noun hangs on the denial (as its object, its subject's compound ...), not in the accusation


def _standing_position(verb: Token) -> bool:
    """ "punish villagers it accuses of informing on the army", "the group, which blames the army
    for the massacre": a statement verb in the simple present of a relative clause describes a
    position held, not words said on an occasion."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in ("VBP", "VBZ")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _standing_charge(verb: Token) -> bool:
    """ "Israel accuses Iran of arming the group", "rights groups have also accused the units of
    abuses", "the militia has been accused by investigators of massacres": a ``standing_charge_verbs``
    verb of the report's own voice (in its body, outside quotation marks) in the simple present, or
    in the present perfect with a bare plural subject, a passive or a standing adverb
    (``standing_adverbs``), tells a charge held over time, not words said on an occasion.
    "Police have blamed the attack on the group" (a named subject, active) is left alone."""
    if verb.lemma_.lower() not in statement_cues().get("standing_charge_verbs", frozenset()):
        return False
    if verb.pos_ != "VERB" or in_quotes(verb) or zone_at(verb.doc, verb.idx) != "body":
        return False
    if _charged_happening(verb):
        return False  # "the United States blames the group for the January 28 attack": that attack's
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBP", "VBZ") and not auxes:
        return True  # "Separatists accuse the state of ...", "Israel accuses Iran of ..."
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in auxes
    )
    if not perfect:
        return False
    if any(c.dep_ == "auxpass" for c in auxes):
        return True  # "has been accused by UN investigators of repeated massacres"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_bare_plural(s) and not s.ent_type_ for s in subjects)


def _standing_status(verb: Token) -> bool:
    """ "The group, which Washington lists as a terrorist organisation, ...", "the group remains
    designated a terrorist organisation by the United Nations", "the party is banned": a measure
    verb of the report's own voice in a relative clause of the simple present, or in a passive of
    the present ("is", "are", "remains" as its only auxiliary), tells a standing status, not a
    measure taken ("a decree signed on Wednesday suspends the permits" keeps its measure; so does
    "the governor announced that motorcycles are banned from Monday": the clause of an announcing
    verb, ``sanction.announcing_verbs``, tells the measure it puts in force)."""
    if verb.pos_ != "VERB" or in_quotes(verb) or zone_at(verb.doc, verb.idx) != "body":
        return False
    announcing = event_ontology()["types"]["sanction"].get("announcing_verbs", [])
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in announcing:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ") and not auxes:
        return True
    return (
        verb.tag_ == "VBN"
        and len(auxes) == 1
        and auxes[0].tag_ in ("VBP", "VBZ")
        and (auxes[0].dep_ == "auxpass" or auxes[0].lower_ in ("remain", "remains", "stay", "stays"))
    )


def _charged_happening(verb: Token) -> bool:
    """An accusation that names one happening: an event noun of the lexicon with a determiner, a
    possessive or a date of its own as the verb's object or in a "for"/"of" phrase of what the verb
    governs ("blames the group, an umbrella of factions, for the January 28 attack", "blames the
    bombing on ..."), not a kind of conduct ("of arming the group", "of abuses")."""
    nouns = trigger_tables()[1]
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for h in verb.subtree:
        if h.i in subject or h.pos_ != "NOUN" or not (h.lemma_.lower() in nouns or h.lower_ in nouns):
            continue
        placed = (h.dep_ == "dobj" and h.head is verb) or (
            h.dep_ == "pobj" and h.head.lower_ in ("for", "of")
        )
        if placed and any(
            c.dep_ in ("det", "poss", "compound", "nummod") and c.lower_ not in ("any", "some", "such")
            for c in h.children
        ):
            return True
    return False


def in_quotes(token: Token) -> bool:
    """Whether ``token`` stands inside quotation marks: an odd number of double quote marks before it
    in its paragraph (from the last line break; single marks are apostrophes as often as quotes),
    read from the Doc's column (:func:`tokens.quoted_flags`)."""
    return quoted_flags(token.doc)[token.i]


def recounted_quote(verb: Token) -> bool:
    """ "'They accused the villagers of informing,' said a farmer", "'They gathered the men and asked
    who had joined the militia,' said a teacher", "'They park a bomb by a school and call it a
    target,' the mayor said": a statement or reporting verb inside quotation marks whose subject
    (its own or its conjunct head's) is a ``recounting_subjects`` pronoun quotes what the doers of
    the incident said or did; the quote colours the incident and is no statement of theirs."""
    if not in_quotes(verb):
        return False
    words = statement_cues().get("recounting_subjects", frozenset())
    clause = verb
    for _ in range(3):
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects:
            return all(s.lower_ in words for s in subjects)
        if clause.dep_ != "conj" or clause.head is clause:
            return False
        clause = clause.head
    return False


def after_no_claim(verb: Token) -> bool:
    """ "No group has claimed the bombing, but officials blamed the cell", "..., but officials said
    they suspected the cell": a verb coordinated with (or hung on) a negated claim verb (the
    ``claim`` type's verbs) names who is thought to have done it, the attack's attribution, not a
    position taken."""
    if verb.dep_ not in ("conj", "advcl") or verb.head is verb:
        return False
    cues = statement_cues()
    lemma = verb.lemma_.lower()
    if lemma in reporting_verbs():
        # "..., but officials said they suspected the cell" (not "..., but the president said those
        # behind it would be punished": a position)
        suspicion = cues.get("suspicion_verbs", frozenset())
        if not any(c.dep_ == "ccomp" and c.lemma_.lower() in suspicion for c in verb.children):
            return False
    elif lemma not in cues.get("standing_charge_verbs", frozenset()):
        return False  # "no group has claimed it, but an outlet linked to the group praised the attackers"
    head = verb.head
    return head.lemma_.lower() in event_ontology()["types"]["claim"]["verbs"] and _negated(head)


def _superseded_count(verb: Token) -> bool:
    """ "Officials had first said three policemen were killed; a fourth died later": a bare count
    (an agentless passive harm verb, no place or violent noun of its own) in what a report first or
    initially said (``superseded_report_adverbs``), told after the report's verb, is an earlier count
    of the happening the text tells with its current toll, not another happening."""
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in _harm_lemmas():
        return False
    report = verb.head
    adverbs = modality_cues()["superseded_report_adverbs"]
    if report.i > verb.i or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False  # "A truck bomb killed 7 in X, officials initially said": the happening itself
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "first said three were killed by a bomb": its doer told
    nouns = trigger_tables()[1]
    if any(
        t.lemma_.lower() in nouns or t.ent_type_ in ("GPE", "LOC", "FAC")
        for t in verb.subtree
        if t.i != verb.i
    ):
        return False  # "initially said two were killed in the blast at X": the blast may be told only here
    return report.lemma_.lower() in reporting_verbs() and any(
        c.dep_ == "advmod" and c.lower_ in adverbs for c in report.children
    )


def _court_order(governor: Token, verb: Token) -> bool:
    """ "A judge ordered the suspect to be held in custody", "a magistrate allowed the police to
    detain the four": a court (``court_subjects``) ordering or allowing detention (a verb of the
    arrest family; ``court_order_verbs``) detains by the order itself."""
    orders = modality_cues().get("court_order_verbs", frozenset({"order"}))
    if governor.lemma_.lower() not in orders or _lexical_family(verb.lemma_.lower()) != "arrest":
        return False
    courts = modality_cues().get("court_subjects", frozenset())
    return any(
        t.lemma_.lower() in courts
        for s in governor.children
        if s.dep_ == "nsubj"
        for t in (s, *(c for c in s.children if c.dep_ == "compound"))
    )


def _infinitive_above(verb: Token) -> Token | None:
    """The nearest verb above with a "to" or modal auxiliary, for a bare verb coordinated with it."""
    current = verb
    for _ in range(6):
        if current.head is current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" for c in current.children):
            return current
    return None


def _one_told(noun: Token) -> bool:
    """A singular noun with "a" doing something ("a similar bombing killed five"): one happening."""
    return (
        noun.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and noun.dep_ in ("nsubj", "nsubjpass")
    )


def _claims_a_kind(verb: Token) -> bool:
    """A claim whose object is a kind or a count of happenings ("similar attacks", "many bombings")."""
    cues = modality_cues()
    kinds = cues["generic_modifiers"] | cues["quantity_modifiers"]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS"]
    return any(m.dep_ == "amod" and m.lower_ in kinds for c in objects for m in c.children)


def _aggregate_perfect(verb: Token) -> bool:
    """A present perfect over a period ("have killed ... this year", "has attacked ... since
    2015"): a tally of many happenings, not one. Coordinated verbs share both ("have killed
    or abducted 900 people since January": the auxiliary hangs on the first, the period on
    the last)."""
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    if first is not verb and verb.tag_ == "VBD" and _own_subject(verb):
        first = verb  # "... have since worked together, and their chiefs met in X last month": its own clause
    present_perfect = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
        for v in {first, verb}
        for c in v.children
    )  # "broke out in 2023 and has killed": the auxiliary on the second
    if not present_perfect or _enduring_since(verb):
        return False
    periods = modality_cues()["period_nouns"]
    verbs = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if first is not verb and _own_dated_phrase(verb):
        verbs = [verb]  # "has held the town since 2023 and captured the port in January": its own day
    if verb.tag_ == "VBN" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in modality_cues()["conflict_nouns"]
        for v in verbs
        for s in v.children
    ):
        return True  # "the war ... has killed tens of thousands": a conflict's toll, many happenings
    if verb.tag_ == "VBN" and any(
        s.dep_ == "nsubj" and s.lower_ == "it" and _conflict_told_before(s) for v in verbs for s in v.children
    ):
        return True  # "The conflict began in 2017 ... It has killed more than 6,000 people"
    for child in (g for v in verbs for g in v.children):
        if (
            child.dep_ in ("prep", "advmod")
            and child.lower_ in ("since", "over", "throughout")
            and verb.tag_ == "VBN"
        ):
            return True  # "has since killed 6,000" (not "have been combing the forests since Sunday")
        if (
            child.dep_ == "advcl"
            and verb.tag_ == "VBN"
            and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children)
        ):
            return True  # "600 sites have been hit since the operation started"
        if child.dep_ == "npadvmod" and child.lemma_.lower() in periods:
            return True  # "this year"
        if child.dep_ == "prep" and any(g.lemma_.lower() in periods for g in child.children):
            return True  # "in the past decade"
    return False


def _has_present_have(verb: Token) -> bool:
    """Whether ``verb`` carries a present "have"/"has" auxiliary (a present perfect)."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _tallied_since(noun: Token) -> bool:
    """ "Clashes between the two clans since May have killed 200", "attacks on the road over the past
    year have killed 70": a "since" phrase, or an "over"/"throughout" phrase of a period
    (``period_nouns``), within the subject spans a period, and its verb is a present perfect: the
    toll of many happenings over that period, not one."""
    verb = noun.head
    if verb.tag_ != "VBN" or not _has_present_have(verb):
        return False
    periods = modality_cues()["period_nouns"]
    for prep in (t for t in noun.subtree if t.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "since" and objects:
            return True
        if prep.lower_ in ("over", "throughout") and any(g.lemma_.lower() in periods for g in objects):
            return True
    return False


def _enduring_since(verb: Token) -> bool:
    """ "has besieged the city since May last year", "has been banned since 2006": a verb of one
    enduring happening (``enduring_verbs``) whose own "since" phrase holds a date, so the happening
    began then. A "since" clause ("since the army withdrew") or a date-less "since" stays a tally,
    and so does an object counted ("has occupied 40 villages", "dozens of villages")."""
    if verb.lemma_.lower() not in modality_cues()["enduring_verbs"]:
        return False
    counts = modality_cues()["quantity_modifiers"]
    if any(
        c.dep_ == "dobj"
        and (c.lower_ in counts or any(g.dep_ == "nummod" or g.lower_ in counts for g in c.children))
        for c in verb.children
    ):
        return False  # "has besieged dozens of villages since May", "has occupied 40 villages since 2019"
    return any(
        c.dep_ == "prep"
        and c.lower_ == "since"
        and any(g.dep_ == "pobj" and (g.ent_type_ == "DATE" or year_in_figures(g)) for g in c.children)
        for c in verb.children
    )


def _own_dated_phrase(verb: Token) -> bool:
    """A verb's own "in"/"on" phrase holding a date ("captured the port in January")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "on")
        and any(g.dep_ == "pobj" and (g.ent_type_ == "DATE" or year_in_figures(g)) for g in c.children)
        for c in verb.children
    )


def _conflict_told_before(pronoun: Token) -> bool:
    """Whether a sentence-opening "it" points back to a conflict: the subject of the previous
    sentence's main verb is a ``conflict_nouns`` word ("The insurgency began in 2009. It has
    killed ..."); a group or a bombing named there is no conflict."""
    sent = pronoun.sent
    if pronoun.i != sent.start or sent.start == 0:
        return False
    before = pronoun.doc[sent.start - 1].sent
    conflicts = modality_cues()["conflict_nouns"]
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in conflicts for c in before.root.children
    )


def _counted_participle(verb: Token) -> bool:
    """A participle that names whom a tally counts, not a happening: "bringing the number of
    people killed since October to 42,000", "civilians killed over the past decade". It qualifies
    a noun (``acl``) and runs over a period ("since", "throughout", "over" a period); "the number
    of soldiers killed in the ambush" is the one happening's figure, "the men arrested in May this
    year" one arrest, "the group, banned since 2006" a measure in force (harm verbs only)."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_.lower() not in harm_verbs():
        return False
    periods = modality_cues()["period_nouns"]
    for child in verb.children:
        if child.dep_ in ("prep", "advmod") and child.lower_ in ("since", "throughout"):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "over"
            and any(g.lemma_.lower() in periods for g in child.children)
        ):
            return True
    return False


def _experiential_perfect(verb: Token) -> bool:
    """ "insurgents have attacked churches before", "has previously kidnapped aid workers": a
    present perfect with an adverb of "at some time" tells a kind of happening, not one."""
    if not _has_present_have(verb):
        return False
    adverbs = modality_cues()["experiential_adverbs"]
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children) or _in_the_past(verb)


def _in_the_past(verb: Token) -> bool:
    """ "staged attacks in the capital in the past": at some time before, not one happening
    ("in the past week" is a period; its noun is "week")."""
    owners = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            g.dep_ == "pobj"
            and g.lower_ == "past"
            and not any(m.dep_ in ("amod", "nummod", "compound", "prep") for m in g.children)
            for g in c.children
        )
        for o in owners
        for c in o.children
    )


#: Verbs whose bare "for" noun is the offence charged ("jailed for murder").
_CHARGING_VERBS = frozenset(
    {
        "arrest",
        "detain",
        "charge",
        "convict",
        "jail",
        "sentence",
        "prosecute",
        "try",
        "indict",
        "want",
        "imprison",
        "fine",
        "punish",
    }
)


def _charge(noun: Token) -> bool:
    """ "was arrested for assault", "jailed for kidnapping": a bare noun naming an offence."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.tag_ != "NN":
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children):
        return False
    return noun.head.head.lemma_.lower() in _CHARGING_VERBS


#: A whole decade written in figures ("the 1990s", "2000s").
_DECADE = re.compile(r"(?:19|20)\d0s")


def _over_years(verb: Token) -> bool:
    """ "has raided the villages for years", "in the 1990s the rebels fought over the mines": a
    present perfect told over a stretch of years (``span_nouns`` after "for", uncounted), or a verb
    dated only by a whole decade, tells a way of acting, not one happening. Not "was jailed for ten
    years" (a counted term, no perfect). ("India has long accused the group of ..." is left alone:
    a standing accusation is annotated as a statement.)"""
    spans = modality_cues()["span_nouns"]
    if _has_present_have(verb) and any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(
            noun.dep_ == "pobj"
            and noun.lower_ in spans
            and not any(m.dep_ in ("nummod", "det") for m in noun.children)
            for noun in prep.children
        )
        for prep in verb.children
    ):
        return True
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(  # "In the 2000s rebels ...": the parser may take the decade for a modifier
            g.dep_ == "pobj" and any(_DECADE.fullmatch(t.text) for t in g.subtree) for g in prep.children
        )
        for prep in verb.children
    )


def _recurring(verb: Token) -> bool:
    """ "attack schools every year", "raids each spring": a period with "every"/"each" recurs."""
    periods = modality_cues()["period_nouns"] | {
        "time",
        "times",
        "week",
        "night",
        "season",
        "spring",
        "summer",
        "winter",
        "autumn",
        "morning",
        "evening",
    }
    marks = modality_cues()["recurrence_determiners"]
    return any(
        c.dep_ in ("npadvmod", "advmod", "dobj")
        and c.lemma_.lower() in periods
        and any(d.dep_ == "det" and d.lower_ in marks for d in c.children)
        for c in verb.children
    )


def _period_tally(verb: Token) -> bool:
    """ "killed 140 rebels in clashes across the province last year": a verb told of bare
    plural happenings over a whole period (``period_nouns`` with "last", "this", "past") is a
    tally of many, not one happening."""
    periods = modality_cues()["period_nouns"]
    over_period = any(
        c.dep_ == "npadvmod"
        and c.lemma_.lower() in periods
        and any(m.lower_ in ("last", "this", "past") for m in c.children)
        and not _month_of_that_period(c)
        for c in verb.children
    )
    over_period = over_period or any(  # "in 2023", "throughout 2022": a whole year
        c.dep_ == "prep"
        and c.lower_ in ("in", "during", "throughout")
        and any(g.dep_ == "pobj" and _a_year(g) for g in c.children)
        for c in verb.children
    )
    if not over_period:
        return False
    nouns = trigger_tables()[1]
    if any(c.dep_ == "nsubj" and _bare_plural(c) and c.lemma_.lower() in nouns for c in verb.children):
        return True  # "militant attacks killed 1,500 people last year": many happenings summed
    owners = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "killed 120 militants in raids"
    # (the plural names happenings: "seized 17 pilgrims during a night vigil last week" is one)
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(
            g.dep_ == "pobj" and _bare_plural(g) and (g.lemma_.lower() in nouns or g.lower_ in nouns)
            for g in c.children
        )
        for o in owners
        for c in o.children
    )


def _month_of_that_period(period: Token) -> bool:
    """ "arrested in raids in April last year": the period names the year of the month just before
    it, one month's happening, not a whole year's tally."""
    i = period.left_edge.i
    return i > 0 and period.doc[i - 1].lower_ in _MONTH_WORDS


#: Month names and their abbreviations, lower-case.
_MONTH_WORDS = frozenset(
    [m.lower() for m in calendar.month_name if m] + [m.lower() for m in calendar.month_abbr if m] + ["sept"]
)


def _a_year(token: Token) -> bool:
    """A bare year ("2023"), no month or day with it."""
    return (
        token.like_num
        and len(token.text) == 4
        and token.text.isdigit()
        and not any(True for _ in token.children)
    )


def _within_running_total(noun: Token) -> bool:
    """ "has been under pressure from government offensives since 2022", "has recorded 200 deaths
    in security operations since January", "has hunted the group since 2021 in a joint offensive":
    a noun of the clause of a present perfect over a period (:func:`_aggregate_perfect`), as a
    plural with no article or number, or as the frame "in a ..." of a running total since a year:
    many happenings or a campaign, not one."""
    if noun.dep_ not in ("pobj", "dobj"):
        return False
    clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or not _aggregate_perfect(clause):
        return False
    if noun.tag_ == "NNS":
        return not any(c.dep_ in ("det", "nummod", "poss") for c in noun.children)
    return (  # (the frame over years: not "have killed 12 in an operation since Friday")
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and any(
            c.dep_ == "prep" and c.lower_ == "since" and any(year_in_figures(t) for t in c.subtree)
            for c in clause.children
        )
    )


def _bare_plural(noun: Token) -> bool:
    """A plural noun with no determiner or number: "encounters", "operations", "raids"."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _surveyed_record(noun: Token) -> bool:
    """ "a review of its attacks", "a list of the group's bombings": a plural event noun owned by
    a doer, with no number, under "of" and a noun of surveying (``survey_heads``): a record."""
    if noun.tag_ != "NNS" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    if not any(c.dep_ == "poss" for c in noun.children) or any(c.dep_ == "nummod" for c in noun.children):
        return False
    return noun.head.head.lemma_.lower() in modality_cues()["survey_heads"]


def _habit_of(token: Token) -> bool:
    """ "has a history of attacking hotels", "its practice of kidnapping travellers": the
    trigger is the content of a habit noun (``habit_heads``), not a happening."""
    while token.dep_ == "compound" and token.head is not token:
        token = token.head  # "a history of bombing rail lines", parsed as a compound
    if token.dep_ not in ("pcomp", "pobj"):
        return False
    cues = modality_cues()
    owner = token.head.head.lemma_.lower()
    if token.head.lower_ == "for":
        words = cues["reputation_words"]  # "notorious for kidnapping foreigners"
        return owner in words or token.head.head.lower_ in words
    return token.head.lower_ == "of" and owner in cues["habit_heads"]


#: Verbs (with their preposition) by which a relative clause says someone was part of a gathering.
_PARTICIPATION = frozenset({"take:in", "join:", "attend:", "lead:", "address:", "join:in"})


def _participant_description(noun: Token) -> bool:
    """ "said a teacher, who took part in the march", "the envoy, who attended the talks": a
    definite gathering in a relative clause describing a person refers to one told already."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    verb, prep = (noun.head, "") if noun.dep_ == "dobj" else (noun.head.head, noun.head.lower_)
    if noun.dep_ not in ("dobj", "pobj") or verb.dep_ != "relcl":
        return False
    return f"{verb.lemma_.lower()}:{prep}" in _PARTICIPATION


def _topic_of_talk(noun: Token) -> bool:
    """ "a briefing on military operations", "a seminar about kidnappings": an indefinite object
    of "on"/"about" under a noun of talk or paper (``topic_heads``) is a topic, not a happening."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "about") or noun.head.dep_ != "prep":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False  # "a report on the attack": the one told
    return noun.head.head.lemma_.lower() in modality_cues()["topic_heads"]


def _habitual_relative(verb: Token) -> bool:
    """ "the branch, which claims the rebels' raids", "a militia that attacks convoys": a simple
    present in a relative clause with a plural object (no number, no "the") tells what someone
    does as a rule, not a happening. So does one whose object is the plural noun the clause
    describes ("the shells they fire at the town", "the convoys it ambushes"): a clause with a
    subject of its own and no object of its own leaves its verb's object to that noun."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(
        c.dep_ == "dobj" and c.tag_ == "NNS" and not any(d.dep_ in ("det", "nummod") for d in c.children)
        for c in verb.children
    ):
        return True
    return (
        verb.head.tag_ == "NNS"
        and any(
            c.dep_ == "nsubj" and c.i > verb.head.i and c.lower_ not in ("who", "that", "which")
            for c in verb.children
        )
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        and not any(d.dep_ == "nummod" for d in verb.head.children)
    )


def _charged_practice(verb: Token) -> bool:
    """ "accused the police of killing unarmed farmers", "blames the army for shelling villages": the
    gerund of an accusation (``standing_charge_verbs``) with a bare plural object (no number, no
    determiner) and no date or number anywhere in its clause charges a practice, not one happening.
    "accused the rebels of killing four guards in an ambush on Sunday" tells one and is left alone."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for"):
        return False
    if verb.head.head.lemma_.lower() not in statement_cues().get("standing_charge_verbs", frozenset()):
        return False
    if not any(c.dep_ == "dobj" and _bare_plural(c) for c in verb.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.like_num for t in verb.subtree)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _decided(governor: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "decided to ban", "voted to suspend", "has resolved to close": a body's decision taken, in
    the past (``deciding_governors``), not "will decide to", "may vote to", "is deciding whether"."""
    if governor.lemma_.lower() not in cues["deciding_governors"] or _negated(governor):
        return False
    if any(c.dep_ == "aux" and c.lower_ in cues["modal_auxiliaries"] for c in governor.children):
        return False
    return governor.tag_ == "VBD" or (
        governor.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in governor.children)
    )


def _realised(governor: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "made it possible to kill ten raiders", "prompted the cabinet to suspend the talks",
    "enabled the troops to retake the village": a governor of ``realising_governors`` in the past
    tense (an adjective such as "possible" through the verb "made" it hangs on) brought its
    to-infinitive about. "Will enable troops to strike", "is expected to allow" tell nothing done."""
    if governor.lemma_.lower() not in cues["realising_governors"]:
        return False
    verb = governor
    if governor.pos_ == "ADJ":
        verb = governor.head
        if verb.lemma_.lower() != "make" or verb is governor:
            return False  # "possible to strike" with no "made it": a judgement, not a result
    if any(c.dep_ == "aux" and c.lower_ in cues["modal_auxiliaries"] for c in verb.children):
        return False  # "would make it possible to strike"
    if verb.tag_ == "VBD":
        return True
    # "has enabled", "had prompted", "were forced to"
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _purpose_of_a_told_act(governor: Token) -> bool:
    """ "rebels raided the jail in an attempt to set its inmates free": an infinitive's governing
    noun in an "in" phrase of a verb of violence told as done (not a killing: "were killed in an
    attempt to storm the base" tells the storming tried) is that act's aim, which the text does
    not say was reached."""
    if governor.pos_ != "NOUN" or governor.dep_ != "pobj" or governor.head.lower_ != "in":
        return False
    act = governor.head.head
    if act.pos_ != "VERB" or act.lemma_.lower() in killing_verbs():
        return False
    return bool({"attack", "military_action"} & set(trigger_tables()[0].get(act.lemma_.lower(), ())))


@cache
def _belief_governors() -> frozenset[str]:
    """``belief_governors`` of events.yaml ("believe", "think", "say"), lemmas."""
    return frozenset(event_ontology().get("belief_governors", []))


def _held_to_have_happened(verb: Token, governor: Token) -> bool:
    """Whether a to-infinitive in the perfect hangs on a verb of belief or report in the passive
    ("Gunmen are believed to have stormed ...", "two guards were thought to have been killed"):
    what is believed is told as done (hedged by the governor), not planned."""
    return (
        governor.lemma_.lower() in _belief_governors()
        and any(c.dep_ == "auxpass" for c in governor.children)
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    )


def _infinitive_governor(verb: Token) -> Token | None:
    """The word a to-infinitive depends on ("expected to visit" -> expected), else None."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    if verb.dep_ not in ("xcomp", "advcl", "ccomp", "acl", "relcl", "conj") or verb.head is verb:
        return None
    return verb.head


def _forecast_subject(noun: Token, forecasts: frozenset[str]) -> bool:
    """ "Further attacks are likely", "new raids seem likely": a happening noun as the subject of a
    copula whose complement foretells it (``planned_governors``) is expected, not told."""
    head = noun.head
    return (
        noun.dep_ == "nsubj"
        and head.lemma_.lower() in ("be", "seem", "appear", "look", "remain")
        and any(c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in forecasts for c in head.children)
    )


def _habitual_governor(noun: Token) -> bool:
    """ "the band still stages minor raids", "regularly mounts raids on convoys": a bare
    plural object of a simple present (no auxiliary) with an adverb of habit or persistence
    (``habitual_adverbs``, ``persisting_adverbs``) tells what someone does as a rule."""
    verb = noun.head
    if not _bare_plural(noun) or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    cues = modality_cues()
    adverbs = cues["habitual_adverbs"] | cues.get("persisting_adverbs", frozenset())
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children)


def _quoted_name_given(noun: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "spent a year in what locals dub 'the siege'": an event noun in quotation marks as the
    name a ``naming_verbs`` verb gives is a term. Not when the naming clause is itself the object
    of a verb ("denounced what she termed the 'cowardly' murders", "launched what the army called
    'an operation'"): the thing named is then told."""
    naming = noun.head
    if noun.dep_ != "oprd" or naming.lemma_.lower() not in cues.get("naming_verbs", ()):
        return False
    return naming.dep_ not in ("ccomp", "dobj", "xcomp", "conj") and in_quotes(noun)


def _noun_modality(noun: Token, etype: str) -> str:
    cues = modality_cues()
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if part is not None and part.pos_ == "NOUN" and part.lower_ in cues["part_heads"]:
        told = _noun_modality(part, etype)  # "the next round of talks is scheduled for May"
        if told in ("planned", "negated"):
            return told
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
    definite = bool(dets - {"a", "an", "any", "no", "some"}) or any(c.dep_ == "poss" for c in noun.children)
    if "any" in dets:
        return "conditional"  # "any offensive against us", "any further aggression"
    if "every" in dets:
        return "generic"  # "every raid on our villages will be avenged": a kind, no one happening
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in cues["doer_heads"]:
        return "generic"  # "a kidnapping gang was dismantled": who does such things, no happening
    if _quoted_name_given(noun, cues):
        return "generic"  # "in what locals dub 'the siege'": a name given, no measure told
    if noun.dep_ == "compound" and noun.head.lower_ in cues["equipment_heads"]:
        return "generic"  # "two attack helicopters struck the hideouts": the helicopters' kind
    if noun.dep_ == "dobj" and _habitual_governor(noun):
        return "generic"  # "it still stages minor raids on the police": what it does as a rule
    if noun.dep_ == "compound" and noun.head.lower_ in cues["facility_heads"]:
        return "generic"  # "wired cash to detention camps": the camps' purpose, no one detention
    if noun.dep_ == "compound" and noun.head.lower_ in cues["modal_heads"]:
        return "planned"  # "a bomb attack plot", "the terror attack threat": no attack took place
    if (
        noun.dep_ == "compound"
        and noun.head.lower_ in cues["quantity_heads"]
        and any(c.dep_ == "amod" and c.lower_ in cues["generic_modifiers"] for c in noun.head.children)
    ):
        return "generic"  # "over a similar bombing campaign": a kind of many happenings
    if (
        noun.dep_ == "compound"
        and noun.head.tag_ == "NNS"
        and noun.head.lemma_.lower() in cues["quantity_heads"]
    ):
        return "generic"  # "the group's bombing campaigns", "raid waves": many happenings, none told
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in cues["quantity_heads"]:
        governor, via = _noun_governor(noun.head)
        if governor is not None and (
            governor.lemma_.lower() in cues["funding_governors"]
            or f"{governor.lemma_.lower()} {via}" in cues["funding_prepositions"]
        ):
            return "generic"  # "the levy pays for the militia's kidnapping campaign": a kind it funds
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    modifiers |= {  # "repeated drone strikes", "a foiled car bomb attack": hung on the compound
        g.lower_
        for c in noun.children
        if c.dep_ == "compound" and c.i < noun.i
        for g in c.children
        if g.dep_ == "amod" and g.i < c.i
    }
    if modifiers & cues["negating_modifiers"]:
        return "negated"  # "a foiled attack"
    if modifiers & cues["planned_modifiers"]:
        return "planned"  # "the planned visit", "possible strikes"
    if _forecast_subject(noun, cues["planned_governors"]):
        return "planned"  # "more raids on the highway are likely before the rains": a forecast
    if _bare_plural(noun) and noun.dep_ == "nsubj" and _verb_modality(noun.head, etype) == "planned":
        return "planned"  # "operations would continue", "we expect drone operations to continue"
    if _gerund_of_planning(noun, cues):
        return "planned"  # "held on suspicion of plotting attacks", the gerund read as a modifier
    if _misread_bare_verb(noun, cues["planned_governors"]):
        return "planned"  # "accused of helping plan assaults on two consulates"
    if _comparison_frame(noun, cues):
        return "generic"  # "Not since 2014 has a single attack claimed so many lives": a yardstick
    if modifiers & cues["generic_modifiers"] and not (modifiers == {"similar"} and _one_told(noun)):
        return "generic"  # "repeated attacks" (not "a similar bombing killed five": one happening)
    if (
        etype in ("visit", "meeting")
        and noun.dep_ == "nsubj"
        and any(c.dep_ == "aux" and c.lower_ in cues["modal_auxiliaries"] for c in noun.head.children)
    ):
        return "planned"  # "the talks would focus on security", "the visit will include Gao"
    if _misread_funding_verb(noun) or paid_for_by_words(
        noun, cues["funding_governors"], cues["funding_prepositions"]
    ):
        return "generic"  # "the network funds attacks on ...", "funds" read as a compound noun
    if _topic_of_talk(noun):
        return "generic"  # "the briefing on military operations": what was talked about
    if _participant_description(noun):
        return "generic"  # "a teacher who took part in the march": the march told before
    if noun.dep_ == "dobj" and _habitual_relative(noun.head):
        return "generic"  # "the affiliate, which claims ADF attacks, said ...": a habit's object
    if _generic_plural(noun) or _generic_head(noun) or _counted_plural(noun) or _habit_of(noun):
        return "generic"
    if noun.tag_ == "NNS" and noun.dep_ == "pobj" and noun.head.lower_ == "among":
        return "generic"  # "among the attacks it cited was a 2021 bombing": the kind; the member is told
    if _bare_kind_subject(noun):
        return "generic"  # "kidnapping for ransom has become a business": the practice, no one happening
    if _charge(noun):
        return "generic"  # "arrested for assault in 2019": the offence charged, a kind"
    if _surveyed_record(noun):
        return "generic"  # "after a review of its attacks": a group's record, no one happening
    if (
        noun.dep_ == "nsubj"
        and _bare_plural(noun)
        and (_period_tally(noun.head) or _aggregate_perfect(noun.head) or _tallied_since(noun))
    ):
        return "generic"  # "militant attacks killed 1,524 last year", "attacks have killed 2,000 since 2021"
    if (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in modality_cues()["conflict_nouns"]
        and noun.head.lower_ in ("in", "during")
        and noun.head.head.pos_ == "VERB"
        and _aggregate_perfect(noun.head.head)
    ):
        # "thousands have died in the fighting since 2019": a conflict's toll over a period (not
        # "troops have killed 12 in an operation since Friday", one operation's running total)
        return "generic"
    if (
        _bare_plural(noun)
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during")
        and _period_tally(noun.head.head if noun.head.head.dep_ != "dobj" else noun.head.head.head)
    ):
        return "generic"  # "killed 120 fighters in raids across the province this year"
    if _within_running_total(noun):
        return "generic"  # "has recorded 200 deaths in security operations since January"
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and _charged_practice(noun.head.head):
        return "generic"  # "accused the police of killing farmers in staged raids": the practice's manner
    if any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children) and (
        noun.dep_ in ("appos", "npadvmod", "dep") or not dets
    ):
        return "restated"  # "..., deadliest strike on the force in years": a comment on the event
    if (
        etype in ("visit", "meeting")
        and "the" in dets
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("during", "throughout")
        and not any(c.dep_ in ("prep", "compound", "amod", "poss") for c in noun.children)
    ):
        return "restated"  # "she asked the governor during the visit": the visit told before
    if definite and _learned_of(noun):
        return "restated"  # "heard of the bombings at a rally": the attacks are told elsewhere
    if _restated(noun) or dets & {"this", "that", "these", "those"}:
        return "restated"  # "this massacre": a reference back to an event told elsewhere
    if _set_off_by_violence(noun):
        return "restated"  # "stormed the jail, setting off days of fighting": the storming's course
    if going_on(noun):
        return "restated"  # "the sweep is still continuing in the hills": the operation told before
    if _ranked_in_a_place(noun):
        return (
            "restated"  # "Ruritania's deadliest attack came in May 2019, when gunmen stormed X": told there
        )
    if _undone_by_relative(noun):
        return "negated"  # "a trip that was put off", "the talks, which were called off"
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if acl.lemma_.lower() in cues["negating_governors"]:
            return "negated"  # "the shows, cancelled by the organisers"
        if acl.lemma_.lower() in cues["planned_governors"] and not any(
            c.dep_ == "prep" and c.lower_ in ("at", "against") for c in acl.children
        ):  # "a strike aimed at hideouts" names a target, not a plan
            return "planned"  # "a tour planned for the summer"
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in cues["occurrence_verbs"] and _negated(noun.head):
        return "negated"  # "the visit never took place"
    if etype in ("visit", "meeting") and noun.dep_ == "nsubj" and _due_to_happen(noun.head):
        return "planned"  # "a second session is due to open next week", "the talks are set to resume"
    governor, via = _noun_governor(noun)
    if governor is None:
        return ACTUAL
    complement = next((c for c in governor.children if c.dep_ in ("acomp", "oprd")), None)
    if governor.lemma_ == "be" and complement is not None:
        governor = complement  # "is due in Doha on a tour": the adjective governs
    lemma = governor.lemma_.lower()
    particles = {c.lower_ for c in governor.children if c.dep_ in ("prt", "advmod", "acomp", "oprd")}
    if f"{lemma} {via}" in cues["funding_prepositions"] and noun.tag_ in ("NNS", "NNPS"):
        return "generic"  # "the cash paid for the gang's raids on farms": a kind it pays for
    if via not in _GOVERNED_VIA:
        return ACTUAL  # "at a meeting in Nairobi, they agreed": the noun only sets the scene
    if via == "for" and definite and lemma in cues["punishing_governors"]:
        return ACTUAL  # "will be sentenced for the attack on the post": the attack took place
    if via == "for" and governor.lemma_.lower() in cues["purpose_governors"]:
        return "planned"  # "flew to Beijing for talks": the purpose of the trip
    negating = cues["negating_governors"]
    if lemma in negating or any(f"{lemma} {p}" in negating for p in particles):
        return "negated"  # "postponed her visit", "called off a trip", "foiled an attack"
    ending = cues.get("ending_governors", frozenset())
    if definite and (lemma in ending or any(f"{lemma} {p}" in ending for p in particles)):
        return "restated"  # "cut his trip short": the trip told before (not "cut short a visit to X")
    if (
        lemma in cues["planned_governors"]
        and not any(c.dep_ == "prt" for c in governor.children)  # not "set off an explosion"
        and not (etype == "meeting" and lemma in cues["convening_governors"] and _convened(governor, via))
        and (
            not definite
            or via in ("for", "to", "on")
            or (via == "nsubjpass" and etype in ("visit", "meeting"))
        )
    ):  # "the minister's visit is now scheduled for March"
        return "planned"  # "plans an attack", "called for talks", "is due on a tour"
    if etype == "sanction" and lemma in cues["directive_governors"] and via in ("dobj", "for"):
        return "planned"  # "demanding the closure of roads", "called for the expulsion": asked, not taken
    if lemma in cues["funding_governors"]:
        return "generic"  # "fund the group's violence"
    if (
        lemma in cues["role_governors"]
        and via == "dobj"
        and governor.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ == "aux" for c in governor.children)
    ):
        return "generic"  # "who leads Kenya's operations against al-Shabaab": a standing role
    if lemma in cues["order_governors"] and via == "dobj" and not definite:
        return "planned"  # "ordered a crackdown", "authorised air strikes": the order, not the act
    if governor.pos_ in ("VERB", "AUX") and via in ("dobj", "attr", "on", "for", "to", "in"):
        verb_modality = _verb_modality(governor, "")
        if verb_modality != ACTUAL and etype != "sanction":
            return verb_modality  # "will hold talks", "would launch strikes", "denied carrying out
            # the attack" (the attack is told elsewhere; the denier must not become its actor)
        claiming = lemma in event_ontology()["types"]["claim"]["verbs"]
        if _negated(governor) and not definite and not claiming:
            return "negated"  # "did not hold talks" (not "nobody has claimed a blast": it happened)
    return ACTUAL


def _due_to_happen(verb: Token) -> bool:
    """ "is due to open", "are set to resume", "is expected to begin": a copula or verb of plan
    (``planned_governors``) with a to-infinitive of its own: what its subject names is to come."""
    planned = modality_cues()["planned_governors"]
    governor = verb
    if verb.lemma_ == "be":
        governor = next((c for c in verb.children if c.dep_ in ("acomp", "oprd")), verb)
    if governor.lemma_.lower() not in planned and governor.lower_ not in planned:
        return False
    if _decided(governor, modality_cues()):
        return False  # "a meeting of the cabinet decided to ...": the meeting was held
    return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in governor.children)


def _content_read_as_relative(verb: Token) -> bool:
    """ "rejected reports on local radio that rebels had seized a depot": the content clause of
    a report noun the parse hung as a relative clause, its "that" read as a second subject."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.dep_ == "relcl" and len(subjects) > 1 and any(s.lower_ == "that" for s in subjects)


def _undone_by_relative(noun: Token) -> bool:
    """ "a trip that was put off", "the summit, which was called off": a passive relative
    clause with a ``negating_governors`` verb on the noun (or, misattached, on the place or
    person of its "to"/"with" phrase) undoes it, unless the noun itself took place ("the
    visit, which had been postponed twice, went ahead on Tuesday")."""
    cues = modality_cues()
    owners = [noun, *(g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    undone = False
    for owner in owners:
        for rel in (c for c in owner.children if c.dep_ in ("relcl", "acl")):
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in rel.children) or rel.tag_ == "VBN"
            particles = {c.lower_ for c in rel.children if c.dep_ == "prt"}
            lemma = rel.lemma_.lower()
            negating = lemma in cues["negating_governors"] or any(
                f"{lemma} {p}" in cues["negating_governors"] for p in particles
            )
            if passive and negating and (owner is noun or rel.tag_ != "VBN" or rel.dep_ == "relcl"):
                undone = True
    if not undone or (noun.dep_ == "pobj" and noun.head.lower_ == "on"):
        return False  # "was in the capital on a trip that was put off twice": the trip is under way
    happened = cues["occurrence_verbs"] | {"open", "begin", "start", "end", "conclude", "resume"}
    return not (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in happened and not _negated(noun.head))


#: How a noun trigger hangs on the word whose modality it takes: its object or complement.
_GOVERNED_VIA = frozenset({"dobj", "attr", "nsubjpass", "for", "to", "on", "of", "into"})


def _gerund_of_planning(noun: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "arrested on suspicion of planning attacks": a gerund of a planning verb (``planned_governors``)
    that the parser hung on the noun as its modifier, right before it; the attacks are to come."""
    planned = cues["planned_governors"]
    for c in noun.children:
        word = c.lower_
        if c.dep_ not in ("amod", "compound", "nmod") or c.i != noun.i - 1 or not word.endswith("ing"):
            continue
        stem = word[:-3]  # "plotting" -> "plott", "preparing" -> "prepar", "planning" -> "plann"
        if c.lemma_.lower() in planned or {stem, stem[:-1], stem + "e"} & planned:
            return True
    return False


def _misread_funding_verb(noun: Token) -> bool:
    """ "the cell finances bombings", "the banks fund attacks": a funding verb in the present that
    the parser took for a compound noun before the violent noun; the noun is what the verb pays
    for, a kind."""
    funding = modality_cues()["funding_governors"]
    for c in noun.children:
        if c.dep_ != "compound" or c.i != noun.i - 1:
            continue
        if c.lower_ in funding and c.i > 0 and noun.doc[c.i - 1].tag_ in ("NNS", "NNPS", "PRP"):
            return True  # "the banks finance attacks", "they fund bombings": a plural's present
        if not c.lower_.endswith("s"):
            continue
        if c.lower_[:-1] in funding or (c.lower_.endswith("es") and c.lower_[:-2] in funding):
            return True  # "funds", "finances", "sponsors", "promotes"
    if _misread_bare_verb(noun, funding):
        return True  # "the firms help bankroll the group's bombing campaign"
    start = noun.left_edge.i
    before = noun.doc[start - 1] if start > 0 else None
    if before is not None and before.tag_ in ("NNS", "NN") and before.lower_.endswith("s"):
        # "money raised through extortion funds the group's attacks": the verb read as the noun
        # ending the phrase before the violent noun's own
        word = before.lower_
        return word[:-1] in funding or (word.endswith("es") and word[:-2] in funding)
    return False


def _misread_bare_verb(noun: Token, verbs: frozenset[str]) -> bool:
    """ "the firms help bankroll the group's bombing campaign", "accused of helping plan assaults",
    "cells that fund attacks": a bare verb of ``verbs`` after a verb of helping, "to", a modal or
    a plural subject, read by the parser as the first word of the violent noun's phrase (the
    noun's own, or the head's it modifies: "bombing campaign")."""
    phrase = noun.head if noun.dep_ == "compound" else noun
    first = phrase.left_edge
    if first.i >= noun.i or first.i == 0 or first.dep_ != "compound" or first.lower_ not in verbs:
        return False
    helper = noun.doc[first.i - 1]
    return helper.tag_ in ("NNS", "NNPS", "PRP", "MD", "TO") or helper.lemma_.lower() == "help"


def _noun_governor(noun: Token) -> tuple[Token | None, str]:
    """The verb or adjective a noun trigger is the object of, and how ("dobj" or the preposition)."""
    if noun.dep_ in ("dobj", "attr", "nsubjpass"):
        return noun.head, noun.dep_
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
        return noun.head.head, noun.head.lower_
    if noun.dep_ == "conj":
        return _noun_governor(noun.head)
    return None, ""


def _learned_of(noun: Token) -> bool:
    """ "who heard of the bombings", "was briefed on the bombing": someone hears of a happening."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "about", "on"):
        return False
    return noun.head.head.lemma_.lower() in modality_cues()["cognition_governors"]


def _restated(noun: Token) -> bool:
    """ "The bombing was the deadliest attack in years": a predicate noun names the subject's event."""
    head = noun.head
    return (
        noun.dep_ == "attr"
        and head.lemma_ == "be"
        and not any(c.dep_ == "expl" for c in head.children)  # "there was an explosion"
        # "Among the raids it cited was a 2019 bombing": inverted, no subject; the noun is the subject
        and any(c.dep_ in ("nsubj", "csubj") for c in head.children)
    )


def _counted_plural(noun: Token) -> bool:
    """ "three attacks in five days", "two attacks hours apart": a count of events is no one event."""
    if noun.tag_ != "NNS":
        return False
    if any(c.dep_ == "amod" and c.lower_ in modality_cues()["quantity_modifiers"] for c in noun.children):
        return True  # "few attacks have got through", "several raids this year"
    if _one_toll_of_several(noun):
        return False  # "three bombs at a cinema killed nine": told with one toll, one happening
    return any(
        c.dep_ == "nummod"
        and c.lower_ not in ("one", "1")
        and c.ent_type_ != "DATE"
        and not year_in_figures(c)
        for c in noun.children
    )


def _reduced_relative_subject(verb: Token) -> list[Token]:
    """ "a grenade tucked into a rubbish bin wounded 11 people": a participle that tells of the
    subject ("tucked into a rubbish bin") read as a clause of its own, its subject taken from the
    verb; the verb's subject is the participle's (when the participle clause ends right before
    the verb, has no object of its own and the verb has an object)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return []
    for clause in verb.children:
        if (
            clause.dep_ in ("advcl", "ccomp")
            and clause.i < verb.i
            and clause.tag_ == "VBN"
            and clause.right_edge.i + 1 == verb.i
            and not any(c.dep_ in ("dobj", "nsubjpass", "aux", "auxpass") for c in clause.children)
        ):
            return [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return []


def _one_toll_of_several(noun: Token) -> bool:
    """ "two blasts at a bus park killed seven people": a counted plural, the subject of a past
    verb of harm with a counted object of its own, tells one happening with one toll (a coordinated
    attack), not a count of happenings; not over a period ("two attacks last year killed 30")
    nor a running tally ("three attacks have killed 20 since May")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.tag_ != "VBD" or verb.lemma_.lower() not in _mention_verbs("harm"):
        return False
    if _period_tally(verb) or _aggregate_perfect(verb) or _generic_head(noun):
        return False
    periods = modality_cues()["period_nouns"]
    if any(
        c.lemma_.lower() in periods and any(m.lower_ in ("last", "this", "past") for m in c.children)
        for c in (*noun.children, *verb.children)
    ):
        return False  # "three attacks last year killed 30": a tally over the year
    return any(
        c.dep_ == "dobj" and any(n.dep_ == "nummod" or n.like_num for n in c.children) for c in verb.children
    )


#: Verbs by which a ranked happening is placed in time ("its worst attack came in 2019, when ...").
_FRAME_VERBS = frozenset({"be", "come", "occur", "happen"})


def _set_off_by_violence(noun: Token) -> bool:
    """ "gunmen stormed the jail, setting off a week of battles", "fighters overran two posts,
    triggering a crackdown", "the raid sparked clashes": a violent noun that is the object of a
    verb of setting off (``set_off_verbs``, "set" with "off") whose doer is itself violence told
    in the sentence (the verb hangs, as a participle or conjunct, on a violent verb, or its subject
    is a violent noun). The fighting is the course of that happening, not one of its own."""
    nouns = trigger_tables()[1]
    if not {"attack", "military_action"} & set(nouns.get(noun.lemma_.lower(), ())):
        return False
    obj = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        obj = noun.head.head  # "setting off a week of battles": the span of it is the object
    if obj.dep_ != "dobj":
        return False
    verb = obj.head
    lemma = verb.lemma_.lower()
    if lemma == "set":
        if not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            return False
    elif lemma not in modality_cues()["set_off_verbs"]:
        return False
    verbs = trigger_tables()[0]
    violent = {"attack", "military_action"}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(violent & set(nouns.get(s.lemma_.lower(), ())) for s in subjects):
        return True  # "the raid sparked clashes"
    step = verb
    for _ in range(3):  # "..., killing twelve and triggering a crackdown": up the participles
        if step.dep_ not in ("advcl", "conj", "xcomp") or step.head is step:
            return False
        step = step.head
        if step.pos_ == "VERB" and (
            violent & set(verbs.get(step.lemma_.lower(), ())) or step.lemma_.lower() in killing_verbs()
        ):
            return True
        if any(  # "the attack came in May, when ..., setting off days of fighting"
            c.dep_ == "nsubj" and violent & set(nouns.get(c.lemma_.lower(), ())) for c in step.children
        ):
            return True
    return False


def _ranked_in_a_place(noun: Token) -> bool:
    """ "The country's deadliest attack came on June 3, 2015, when a gunman opened fire ...",
    "Ruritania's worst assault was in May, when fighters stormed X": a noun ranked by a superlative
    within a place (its possessor), the subject of a verb of occurrence whose "when" clause tells
    the happening; the noun only frames it, and the clause's own verb is the mention. (A group
    owning the noun, "the group's deadliest attack came ...", names the doer: that noun stays.)"""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _FRAME_VERBS:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or not all(o.ent_type_ in ("GPE", "LOC") or o.lower_ == "country" for o in owners):
        return False
    if not any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or any(a.lower_ == "most" for a in c.children))
        for c in noun.children
    ):
        return False
    return any(
        t.lower_ == "when" and t.dep_ == "advmod" and t.head.pos_ in ("VERB", "AUX") and t.i > noun.i
        for t in noun.head.subtree
    )


#: Linking verbs whose bare singular subject names a practice ("X has become a business").
_KIND_LINKS = frozenset({"be", "become", "remain"})


def _bare_kind_subject(noun: Token) -> bool:
    """ "Kidnapping for ransom has become a lucrative trade", "suicide bombing is rife": a bare
    singular noun (no article, possessive or number) as the subject of a present-tense linking
    verb names a practice, not a happening ("the kidnapping was the third this month" is one)."""
    if noun.dep_ != "nsubj" or noun.tag_ != "NN" or noun.head.lemma_.lower() not in _KIND_LINKS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    verb = noun.head
    tensed = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBZ", "VBP") for t in tensed)


def _generic_head(noun: Token) -> bool:
    """ "a string of attacks", "the threat of strikes", "in the event of an attack", "a rise in
    attacks": no happening."""
    if noun.dep_ != "pobj":
        return False
    owner = noun.head.head
    cues = modality_cues()
    if noun.head.lower_ == "in":
        return noun.tag_ == "NNS" and owner.lemma_.lower() in cues["trend_heads"]
    if noun.head.lower_ not in ("of", "for"):
        return False
    if owner.lemma_.lower() in cues["modal_heads"]:
        return True
    return noun.tag_ == "NNS" and owner.lemma_.lower() in cues["quantity_heads"]


def _conditional(token: Token) -> bool:
    """Inside an "if"/"unless" clause: walk up to the first clause head and look for its marker."""
    marks = modality_cues()["conditional_marks"]
    pending = modality_cues().get("pending_marks", frozenset())
    current = token
    parse = parse_index(token.doc)
    dep, low = parse.deps, parse.lowers
    for _ in range(8):
        found = [low[c] for c in parse.children(current.i) if dep[c] == "mark"]  # (its markers)
        if any(word in marks for word in found):
            return True
        waiting = any(word in pending for word in found)
        if waiting and _present_tense(current):
            return True  # "will pursue them until they are neutralised": a clause of the future
        if (
            waiting
            and current.dep_ == "advcl"
            and current.head.pos_ in ("VERB", "AUX")
            and not clause_is_actual(current.head)
        ):
            return True  # "teams would reach the site once troops had cleared it": not yet
        if (current.dep_ == "advcl" or (current.dep_ == "ccomp" and current.i < current.head.i)) and (
            _inverted_condition(current)
        ):  # (the clause before its main one may be read as the main verb's complement)
            return True  # "Should troops try to free them, ...": a condition without "if"
        if current.pos_ in ("VERB", "AUX") and current.dep_ in ("advcl", "ccomp", "relcl", "ROOT"):
            return False
        if current.head is current:
            return False
        current = current.head
    return False


def _inverted_condition(verb: Token) -> bool:
    """ "Should troops try ...", "Had the army known ...", "Were the talks to fail ...": a clause
    opened by an auxiliary of ``events.yaml`` ``inverted_condition_auxiliaries`` put before its
    subject states a condition, as "if" would."""
    auxiliaries = modality_cues().get("inverted_condition_auxiliaries", frozenset())
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    first = next((t.i for t in verb.subtree if not t.is_punct), verb.i)  # past an opening quote
    return bool(subjects) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in auxiliaries and c.i < min(subjects) and c.i == first
        for c in verb.children
    )


def _present_tense(verb: Token) -> bool:
    """A verb in the present: its own tag, or that of its auxiliary ("they are neutralised")."""
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _consequent(verb: Token) -> bool:
    """ "would suspend all trade if the attacks continued": a modal verb with an "if"/"unless"
    clause of its own says what would follow a condition (even a measure, which is otherwise an
    act when announced in the future)."""
    if verb.pos_ != "VERB":
        return False
    cues = modality_cues()
    if not any(c.dep_ == "aux" and c.lower_ in cues["modal_auxiliaries"] for c in verb.children):
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in cues["conditional_marks"] for m in c.children)
        for c in verb.children
    )


def misread_participle(token: Token) -> bool:
    """ "Gunmen on horseback massacred villagers": a past-tense violent verb the parser read as an
    adjective of the noun right after it (its object), with a noun just before it (the end of the
    subject phrase), not an article, number or verb ("the wounded soldiers", "found burned
    houses" stay adjectives)."""
    i = token.i
    if token.tag_ not in ("VBD", "VBN") or token.dep_ != "amod" or i == 0:
        return False
    if token.head.i != i + 1 or token.head.pos_ != "NOUN" or token.lemma_.lower() not in trigger_tables()[0]:
        return False
    before = token.doc[i - 1]
    return before.tag_ in ("NN", "NNS") and before.head.i != token.head.i  # not "village torched houses"


def misread_main_verb(token: Token) -> bool:
    """ "An attacker armed with a knife struck at a tram stop": the sentence's own verb read as a
    participle (``acl``) of a noun in its subject phrase, the sentence left with a noun as its
    root. Only an active reading counts: the verb has an object or an "at"/"on" phrase of its own
    ("five soldiers killed in an ambush", a headline's passive, stays the victims' phrase)."""
    if token.dep_ != "acl" or token.tag_ not in ("VBD", "VBN") or token.pos_ != "VERB":
        return False
    root = noun_clause_head(token)
    if root is None:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children):
        return False
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")) for c in token.children
    )


#: Dependencies of a noun standing where a clause's verb should be: the sentence's root, a "when"
#: clause ("... when an attacker armed with a knife struck"), a reported clause.
_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "ccomp"})


def noun_clause_head(token: Token) -> Token | None:
    """The noun heading the clause a participle hangs in, when the clause has no verb of its own:
    up from ``token`` through participles, prepositions and objects only."""
    node = token.head
    while node.i != node.head.i and node.dep_ in ("acl", "prep", "pobj", "dobj") and node.i < token.i:
        node = node.head
    if node.pos_ in ("NOUN", "PROPN") and node.dep_ in _CLAUSE_DEPS and node.i < token.i:
        return node
    return None


def _hyphenated_verb(token: Token) -> bool:
    """ "machine-gunned villagers": a hyphenated past-tense verb the parser read as a modifier."""
    i = token.i
    return (
        token.tag_ in ("VBD", "VBN")
        and i >= 2
        and token.doc[i - 1].tag_ == "HYPH"
        and token.doc[i - 2].pos_ == "NOUN"
        and token.head.pos_ == "NOUN"
        and token.head.i > token.i
    )


def _criticised(etype: str, noun: Token) -> bool:
    """ "the party came under attack from civic groups over the new law": a violent noun after
    "under" whose verb ("come") the type's ``not_with`` rules out in that phrase (criticism)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return False
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _excluded_phrase(etype, verb):
        return True
    words = set(event_ontology()["types"][etype].get("not_with", {}).get(verb.lemma_.lower(), ()))
    preps = [c for c in noun.children if c.dep_ == "prep"]  # "attack from groups", "over the law"
    found = {c.lower_ for c in preps} | {
        f"{c.lower_}:{g.lemma_.lower()}"
        for c in preps
        for g in c.children
        if g.dep_ == "pobj" and not _armed(g)
    }
    return bool(found & words)


def _armed(noun: Token) -> bool:
    """ "an armed group", "a militant faction": a noun an armed or non-state modifier
    (``non_state_modifiers``) makes a fighting side, whatever idiom its head word has."""
    marks = _word_set_top("non_state_modifiers") | {"armed"}
    return any(c.dep_ in ("amod", "compound") and c.lower_ in marks for c in noun.children)


def _excluded_phrase(etype: str, token: Token) -> bool:
    """Verb phrases listed under a type's ``not_with``: "fly back" is a return, not a visit."""
    table: dict[str, list[str]] = event_ontology()["types"][etype].get("not_with", {})
    words = table.get(token.lemma_.lower())
    if not words:
        return False
    deps = ("prt", "advmod", "dobj", "prep")
    found = {c.lower_ for c in token.children if c.dep_ in deps and not _names_a_place(c)}
    found |= {  # "sent tactical teams to the area": the kind the object's modifier gives it
        m.lower_
        for c in token.children
        if c.dep_ in ("dobj", "nsubjpass")
        for m in c.children
        if m.dep_ in ("amod", "compound")
    }
    found |= {  # "freed on a technicality": a preposition with its object ("hijacked by a row")
        f"{c.lower_}:{g.lemma_.lower()}"
        for c in token.children
        if c.dep_ in ("prep", "agent")
        for g in c.children
        if g.dep_ == "pobj" and not _armed(g)
    }
    found |= {  # "received a delegation of the protesters": whom the object is made up of
        f"of:{g.lemma_.lower()}"
        for c in token.children
        if c.dep_ in ("dobj", "nsubjpass")
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    }
    found |= {f"subject:{c.lower_}" for c in token.children if c.dep_ == "nsubj"}  # "firefighters rescued"
    if token.dep_ == "acl" and token.tag_ == "VBN":
        found.add(token.head.lower_)  # "footage captured on May 9": the noun its participle qualifies
    for patient in (c for c in token.children if c.dep_ == "nsubjpass"):
        # "troops, who were sent to the area": the passive subject is the object it excludes
        if patient.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
            patient = token.head
        found.add(patient.lower_)
    return bool(found & set(words))


def _names_a_place(prep: Token) -> bool:
    """ "killed four pirates off Jolo": a preposition whose object is a proper name is a place
    phrase, not the particle of an idiom ("killed off the tie")."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children)


def bare_arrival(verb: Token) -> bool:
    """ "Okafor, who arrived on Friday, held talks": a named person's arrival whose destination
    the report told before (``bare_arrival_verbs``; no "from", "in", "to" phrase of its own)."""
    spec = event_ontology()["types"]["visit"]
    if verb.lemma_.lower() not in spec.get("bare_arrival_verbs", []) or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("prep", "dative", "advmod") and c.lower_ in _DIRECTIONS for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and all(s.tag_ in ("WP", "WDT") for s in subjects):
        subjects = [verb.head]  # "Okafor, who arrived"
    return bool(subjects) and all(s.pos_ == "PROPN" for s in subjects)  # a name (a person: events.py)


#: Words that give an arrival a direction of its own ("arrived from", "arrived back").
_DIRECTIONS = frozenset({"from", "in", "at", "to", "into", "back", "home", "there", "here"})


def _travel_by_visitor(etype: str, verb: Token) -> bool:
    """ "The minister flew to Quetta": a movement verb is a visit only when someone goes there.

    Not a vehicle or convoy under way ("a bus travelling to Mandera", "was
    travelling"), not people carried ("prisoners were flown to"), not the
    ``non_visitors`` of ``events.yaml`` ("the suspect arrived in France").
    """
    spec = event_ontology()["types"][etype]
    if etype != "visit":
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and subjects and all(s.tag_ in ("WP", "WDT") for s in subjects):
        subjects = [verb.head]  # "gunmen who arrived in two trucks": the gunmen arrived
    if not subjects and verb.i > 0 and verb.doc[verb.i - 1].tag_ in ("NNS", "NN"):
        # "the toll rose as more victims arrived at the hospital", parsed with no subject: the
        # noun just before the verb
        subjects = [verb.doc[verb.i - 1]]
    current = verb
    while not subjects and current.dep_ in ("pcomp", "prep", "advcl", "xcomp", "conj", "pobj"):
        current = current.head  # "the gunmen set it alight after arriving": the gunmen arrived
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "many of the villagers had left for X", "half of the village": the people the quantity is of
    counted = [
        g
        for s in subjects
        if s.pos_ != "PROPN"
        for p in s.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # "the ferry number 3, which left X at dawn": a numbered thing is the kind its compound names
    counted += [
        c
        for s in subjects
        if any(n.dep_ == "nummod" for n in s.children)
        for c in s.children
        if c.dep_ == "compound"
    ]
    non_visitors = set(spec.get("non_visitors", [])) | set(event_ontology()["attacker_nouns"])
    # a common noun only: "the evening service left X" is a train, "the Federal Police Service
    # sent a team" a body whose name ends in one of those words
    if any(
        (s.lemma_.lower() in non_visitors or s.lower_ in non_visitors) and s.pos_ != "PROPN"
        for s in subjects + counted
    ):
        return False
    if any(c.dep_ == "amod" and c.lower_ == "armed" for s in subjects for c in s.children):
        return False  # "armed men who headed for the border": attackers on the move, no visit
    if verb.lemma_.lower() in spec.get("host_verbs", []) and verb.tag_ in ("VBZ", "VBP"):
        return False  # "the town that hosts a refugee camp": what a place holds, no guest received
    if verb.lemma_.lower() in spec.get("sending_verbs", []):
        # "sent a team to Kasese", "a team was dispatched": someone is sent ("the statement its
        # spokesman sent to journalists" sends words, "troops were deployed" a force)
        sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        sent += [j for c in sent for j in c.conjuncts]  # "officers and gendarmes were deployed"
        sent += [m for c in sent for m in c.children if m.dep_ == "compound"]  # "police officers"
        forces = non_visitors | set(event_ontology()["state_nouns"])
        return bool(sent) and not any(c.lemma_.lower() in forces or c.lower_ in forces for c in sent)
    if verb.lemma_.lower() not in spec.get("movement_verbs", []):
        return True
    if verb.dep_ in ("acl", "amod") or (verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children)):
        return False
    travellers = set(spec.get("passive_travellers", []))
    if verb.lemma_.lower() in spec.get("traveller_verbs", []) and not any(
        s.pos_ == "PROPN" or s.lemma_.lower() in travellers or s.lower_ in ("he", "she", "they")
        for s in subjects
    ):
        return False
    if any(  # "the governor was flown to Gwoza": an office holder carried on a journey of their own
        c.dep_ == "nsubjpass" and (c.pos_ == "PROPN" or c.lemma_.lower() in travellers) for c in verb.children
    ):
        return True
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _journey_of_non_visitors(noun: Token) -> bool:
    """ "only escorted lorries risk the trip", "convoys make the journey twice a week": a visit
    noun that is the object of a verb whose subject is a common noun of the ``non_visitors`` of
    ``events.yaml`` (vehicles, residents, crowds) tells of traffic or travel, no one's visit."""
    if noun.dep_ != "dobj":
        return False
    non_visitors = set(event_ontology()["types"]["visit"].get("non_visitors", []))
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return any(s.lemma_.lower() in non_visitors or s.lower_ in non_visitors for s in subjects)


def _not_event_modifier(etype: str, noun: Token) -> bool:
    """ "news conference", "funeral procession", "heart attack": a modifier that makes it no event.

    A modifier's own modifier counts ("a coal mine explosion", "a gas leak blast"), and for an
    attack so does a cause phrase naming an accident ("an explosion caused by a gas leak").
    """
    spec = event_ontology()["types"][etype]
    words = _word_set(etype, "not_event_modifiers")
    if not words:
        return False
    deps = ("compound", "amod", "nmod")
    owners = _word_set(etype, "not_event_owners")
    for c in noun.children:
        if c.dep_ in deps and (
            c.lower_ in words or any(g.dep_ in deps and g.lower_ in words for g in c.children)
        ):
            return True
        if c.dep_ == "poss" and (c.lemma_.lower() in owners or c.lower_ in owners):
            return True  # "the team's attack was blunted"
    return "accident_causes" in spec and noun.pos_ == "NOUN" and _accidental_cause(etype, noun)


@cache
def _word_set(etype: str, key: str) -> frozenset[str]:
    """A word list of an event type in ``events.yaml`` (lower case), as a set."""
    words: list[str] = event_ontology()["types"][etype].get(key, [])
    return frozenset(w.lower() for w in words)


def _accidental_cause(etype: str, noun: Token) -> bool:
    """ "an explosion caused by a gas leak", "a blast from a faulty boiler": the noun's clause or
    prepositional modifier names an accident (``accident_causes``)."""
    causes = _word_set(etype, "accident_causes")
    for c in noun.children:
        if c.dep_ in ("acl", "relcl", "prep") and any(
            t.lemma_.lower() in causes or t.lower_ in causes for t in c.subtree
        ):
            return True
    return False


def _common_noun_form(token: Token) -> bool:
    """A noun written as a common noun: lower case, or capitalised only as a sentence's first word
    ("Fighting broke out ..."), not a name's or a title's word ("Operation Northern Shield")."""
    if token.is_lower:
        return True
    return bool(token.is_sent_start) and token.text[1:].islower() and token.dep_ not in ("compound", "ROOT")


def _required_governor(etype: str, noun: Token) -> bool:
    """See :func:`_governed_as_required`; a governor whose phrase the type's ``not_with`` excludes
    ("came under fire from backbenchers over the bill") does not count."""
    table: dict[str, list[str]] = event_ontology()["types"][etype].get("requires_governor_for", {})
    if noun.lemma_.lower() not in table:
        return True
    if not _governed_as_required(etype, noun):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return not _excluded_phrase(etype, verb)


def _governed_as_required(etype: str, noun: Token) -> bool:
    """A type's ``requires_governor_for``: "came under fire" is an attack, "a fire broke out" not.

    Entries are "verb:preposition" (the noun is the object of the preposition), "subject:verb"
    (the noun is the verb's subject: "fighting broke out") or verb lemmas (the noun is the verb's
    object); a noun not listed needs no governor.
    """
    table: dict[str, list[str]] = event_ontology()["types"][etype].get("requires_governor_for", {})
    needed = table.get(noun.lemma_.lower())
    if needed is None:
        return True
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in needed
    if noun.dep_ == "nsubj":
        return f"subject:{noun.head.lemma_.lower()}" in needed
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return f"{noun.head.head.lemma_.lower()}:{noun.head.lower_}" in needed
    return False


@cache
def _harm_words() -> frozenset[str]:
    """``sport_harm`` of the attack type with the ``attacker_nouns`` and ``state_nouns``."""
    table = event_ontology()
    words = set(_word_set("attack", "sport_harm"))
    for key in ("attacker_nouns", "state_nouns"):
        words.update(w.lower() for w in table.get(key, []))
    return frozenset(words)


def _courtesy_encounter(token: Token, etype: str) -> bool:
    """A visit or meeting told with a purpose off security ("discussed tourism", "to promote
    exports of wine", "a banquet in their honour": ``courtesy_cues``) in a document that has no
    word of the security lexicon at all: a trip of trade, culture or ceremony, no event. In a
    report on security the same encounter stays an event."""
    if etype not in ("meeting", "visit"):
        return False
    doc = token.doc
    start, end = sentence_bounds(doc, token.i)
    cues = frozenset(w.lower() for w in event_ontology()["courtesy_cues"])
    lemma_set, word_set = span_words(doc[start:end])
    if lemma_set.isdisjoint(cues) and word_set.isdisjoint(cues):
        return False
    return not security_document(token.doc)


def security_document(doc: Doc) -> bool:
    """Whether any word of the security lexicon (:func:`_security_lexicon`) occurs in ``doc``
    (by lemma or form); read once per Doc and kept with it."""
    known = doc.user_data.get(_SECURITY_DOC)
    if known is None:
        words = _security_lexicon()
        lemma_set, word_set = span_words(doc[0 : len(doc)])
        known = doc.user_data[_SECURITY_DOC] = not (
            lemma_set.isdisjoint(words) and word_set.isdisjoint(words)
        )
    return bool(known)


_SECURITY_DOC = "nexus_security_document"


def _launches_stoppage(verb: Token) -> bool:
    """ "the union launched a strike", "staged a 24-hour strike", "launched a charm offensive": a
    launch verb whose objects are a work stoppage (:func:`_work_stoppage`) or a military noun a
    ``not_event_modifiers`` word rules out."""
    if verb.lemma_.lower() not in _mention_verbs("launch"):
        return False
    nouns = trigger_tables()[1]
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and "military_action" in nouns.get(c.lemma_.lower(), [])
    ]
    return bool(objects) and all(
        (o.lemma_.lower() == "strike" and _work_stoppage(o)) or _not_event_modifier("military_action", o)
        for o in objects
    )  # also "launched a charm offensive"


def _required_subject(etype: str, verb: Token) -> bool:
    """A verb that needs a certain subject for ``etype`` (``requires_subject_for`` of the type: a
    meeting's "police chiefs gathered", not "commuters gathered"; a military action's "troops
    entered X", not "a candidate entered the race") has such a subject, or a named one where the
    list allows it ("Uganda and Rwanda gathered"); other verbs always do."""
    table = event_ontology()["types"][etype].get("requires_subject_for") or {}
    words = table.get(verb.lemma_.lower())
    if words is None:
        return True
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        heads = [subject, *(c for c in subject.children if c.dep_ == "conj")]
        for head in heads:
            if head.lemma_.lower() in words or head.lower_ in words:
                return True
            if "NAMED" in words and head.pos_ == "PROPN":
                return True
            if any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in head.children):
                return True
    return False


def _offtopic_sense(etype: str, token: Token) -> bool:
    """Whether a trigger word of ``etype`` has a sense in games, markets or films: every attack
    and operation word may ("the striker shot wide"), but of the rally words only those the
    type's ``offtopic_words`` list ("the rally in chip makers"; a march or a human chain is
    always a crowd's)."""
    if etype == "statement":
        return False
    words = event_ontology()["types"][etype].get("offtopic_words")
    return words is None or token.lemma_.lower() in words or token.lower_ in words


def _off_topic_context(token: Token) -> bool:
    """ "the striker shot wide", "the visitors' attack lacked bite", "the rally in chip makers",
    "the battle scenes were filmed": a trigger word in a sentence about a game, a market or a film
    (``sport_cues`` of the attack type) with no word of harm (``sport_harm``)."""
    doc = token.doc
    start, end = sentence_bounds(doc, token.i)
    memo: dict[int, tuple[int, ...] | None] = doc.user_data.setdefault("nexus_off_topic", {})
    if start not in memo:  # by sentence: None (no cue) or the indices of its words of harm
        cues = _word_set("attack", "sport_cues")
        _, word_set = span_words(Span(doc, start, end))
        if word_set.isdisjoint(cues):
            memo[start] = None
        else:
            harm = _harm_words()
            low = lowers(doc)
            memo[start] = tuple(i for i in range(start, end) if low[i] in harm and not _simile(doc[i]))
    harmed = memo[start]
    if harmed is None or _counted_victims(token):
        return False  # "three traders were killed": counted people harmed are their own evidence
    # a verb of harm is not its own evidence ("killed off the tie"); a violent noun is ("bombing")
    return all(i == token.i and token.pos_ == "VERB" for i in harmed)


def _counted_victims(verb: Token) -> bool:
    """A verb of harm whose patient is a counted group ("three traders were killed", "shot dead
    two brokers"): people harmed, whatever game or market words the sentence holds."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in harm_verbs():
        return False
    return any(_counted_group(c) for c in verb.children if c.dep_ in ("nsubjpass", "dobj"))


def _work_stoppage(noun: Token) -> bool:
    """ "a strike by rail workers", "baggage handlers staged a strike", "a strike over pay": a
    stoppage of work, not a military strike (``stoppage_performers``/``stoppage_grievances``)."""
    performers = _word_set("military_action", "stoppage_performers")
    grievances = _word_set("military_action", "stoppage_grievances")
    if not performers or noun.lemma_.lower() != "strike":
        return False
    for c in noun.children:
        if c.dep_ != "prep":
            continue
        objects = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ == "by" and any(
            g.lemma_.lower() in performers or g.lower_ in performers for g in objects
        ):
            return True
        if c.lower_ in ("over", "for") and any(g.lemma_.lower() in grievances for g in objects):
            return True
    for c in noun.children:
        if c.dep_ == "poss" and (c.lemma_.lower() in performers or c.lower_ in performers):
            return True  # "the pilots' strike"
    if noun.dep_ == "dobj":
        return any(
            s.dep_ == "nsubj" and (s.lemma_.lower() in performers or s.lower_ in performers)
            for s in noun.head.children
        )  # "baggage handlers staged a strike"
    return False


def _not_event_governor(etype: str, noun: Token) -> bool:
    """A type's ``not_governed_by``: "observed a strike", "went on strike" name no such event.

    Entries are verb lemmas (the noun is their object) or "verb:preposition".
    """
    table: dict[str, list[str]] = event_ontology()["types"][etype].get("not_governed_by", {})
    verbs = table.get(noun.lower_)
    if not verbs:
        return False
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "include an asset freeze and a travel ban": the list shares its governor
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in verbs:
        return True
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in verbs:
        return True  # "the talks stalled", "the strike ended"
    if noun.dep_ == "nsubj" and any(
        f"{noun.head.lemma_.lower()}:{c.lower_}" in verbs for c in noun.head.children if c.dep_ == "prt"
    ):
        return True  # "the negotiations broke down"
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        prep = noun.head
        if f"{prep.head.lemma_.lower()}:{prep.lower_}" in verbs:
            return True
        # "the airport reopens after a closure" parsed with "reopens" as a noun: the verb's
        # forms before the preposition in the sentence count
        wanted = {v.split(":")[0] for v in verbs if v.endswith(f":{prep.lower_}")}
        forms = (
            wanted | {f"{v}s" for v in wanted} | {f"{v}d" if v.endswith("e") else f"{v}ed" for v in wanted}
        )
        start, _ = sentence_bounds(noun.doc, noun.i)
        low = lowers(noun.doc)
        return bool(wanted) and any(low[i] in forms for i in range(start, prep.i))
    return False


@cache
def _portfolio_holders() -> frozenset[str]:
    """``portfolio_holders`` of ``events.yaml``: offices whose "for"/"of" phrase is their remit."""
    return frozenset(w.lower() for w in event_ontology()["portfolio_holders"])


def _office_portfolio(noun: Token) -> bool:
    """ "the brigade's spokesman for operations", "its head of operations": a bare
    plural event noun (no article, possessive or number) in the "for"/"of" phrase of an office
    (``portfolio_holders``) names what the office is in charge of, not a happening. "The
    commander of the operation" (one told) is not such a remit."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "of") or noun.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    return noun.head.head.lemma_.lower() in _portfolio_holders()


def _not_event_head(etype: str, noun: Token) -> bool:
    """ "three shows of the tour": a noun named as part of an entertainment is no event."""
    words = set(event_ontology()["types"][etype].get("not_event_heads", []))
    head = noun.head
    return bool(words) and noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in words


def _characterising(verb: Token) -> bool:
    """ "outlawed the group, calling it a proxy" and "in what Delhi called a response": the
    words characterise another act or gloss it; they are not a statement of their own."""
    if verb.lemma_.lower() not in statement_cues()["characterising_verbs"]:
        return False
    if any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return True  # "in what Islamabad called ..."
    if _naming(verb):
        return True  # "which troops call 'super camps'", "the group now calls them the Province"
    if _glosses_own_claim(verb):
        return True  # "claimed the raid and called it payback": the claim's own gloss of the deed
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and not _own_subject(verb)


def _glosses_own_claim(verb: Token) -> bool:
    """ "the band claimed the raid and called it payback for ...": a characterising verb
    coordinated with a claim verb (``types.claim.verbs``), with no subject of its own and a pronoun
    for the claimed deed as its object, tells what the claim says the deed was; the claim is the
    event."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in _claim_verbs():
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # "the group claimed it, and the governor called it a crime": another speaker
    return any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in verb.children)


@cache
def _claim_verbs() -> frozenset[str]:
    """The claim type's verbs of ``events.yaml`` ("claim", "admit", ...)."""
    return frozenset(w.lower() for w in event_ontology()["types"]["claim"]["verbs"])


def _naming(verb: Token) -> bool:
    """ "bases which troops call 'super camps'", "the group calls them the Eastern
    Wilayah": a characterising verb with a proper name as its predicate, or in the present tense
    on a relative clause or with a quoted predicate, gives the name a thing goes by; "called the
    raid a massacre" and "Amnesty calls the killings a war crime" judge it."""
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if not predicates:
        return False
    if all(p.pos_ == "PROPN" for p in predicates):
        return True
    doc = verb.doc
    quoted = any(p.left_edge.i > 0 and doc[p.left_edge.i - 1].is_quote for p in predicates)
    return verb.tag_ in ("VBZ", "VBP") and (verb.dep_ == "relcl" or quoted)


def _speech_setting(noun: Token) -> bool:
    """ "..., Okafor told reporters after the meeting", "Haddad said, describing the meeting as
    frank": a definite meeting noun that only says when or about what a speaker spoke (under a
    ``speech_setting_preps`` preposition of a reporting or statement verb, or the object of a
    characterising verb) takes up a meeting told before; it is no meeting of its own."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    cues = statement_cues()
    speech = (
        reporting_verbs()
        | cues.get("speaking_verbs", frozenset())
        | frozenset(event_ontology()["types"]["statement"]["verbs"])
    )
    if noun.dep_ in ("dobj", "dative"):
        # "he told the meeting", "addressed the meeting": the audience of the words
        audience = {"tell", *cues.get("speaking_verbs", frozenset())}
        return noun.head.lemma_.lower() in cues["characterising_verbs"] | audience
    return (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ in cues.get("speech_setting_preps", frozenset())
        and noun.head.head.pos_ == "VERB"
        and noun.head.head.lemma_.lower() in speech
    )


def commentator(verb: Token) -> bool:
    """ "..., said Jane Doe, a researcher at a think tank", "security analysts said the cell had
    ...": a speaker who comments from outside (``commentator_roles``, as the subject's head or
    its apposition, named or not) gives a reading of the conflict, no statement of a party."""
    roles = statement_cues().get("commentator_roles", frozenset())
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.lemma_.lower() in roles
        or s.lower_ in roles
        or any(c.dep_ == "appos" and (c.lemma_.lower() in roles or c.lower_ in roles) for c in s.children)
        or _private_person(s)
        for s in subjects
    )


def _private_person(subject: Token) -> bool:
    """ "said A B, who runs a stall by the road", "says C D, 52, who fled with her sons": a name after
    its verb told by a relative clause, with no title before it ("Colonel A B") and no apposition
    giving a role ("A B, a spokesman for ..."), is someone speaking for no party. A relative clause
    of an office (``office_relative_verbs``: "who heads the district council") makes it an office
    holder."""
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    if subject.pos_ != "PROPN" or subject.i < subject.head.i:
        return False  # "Koroma, who flew in on Monday, said ...": a name met before, told again
    cluster = cached_entity_index(subject.doc).get(subject.i)
    if cluster is None or cluster.type != "PERSON":
        return False  # "said the Mission, which backs the army": a body speaks on record
    clauses = [
        c for c in subject.children if c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
    ]
    if not clauses or any(c.dep_ == "appos" and not c.like_num for c in subject.children):
        return False
    offices = statement_cues().get("office_relative_verbs", frozenset())
    if any(c.lemma_.lower() in offices for c in clauses):
        return False
    if self_presented_roles(subject):
        return False  # "who introduced himself as the group's commander"
    from nexus.extract.entities import bare_title_words  # entities reads the parse this module judges

    courtesy = statement_cues().get("courtesy_titles", frozenset())
    return not any(
        c.dep_ == "compound" and (word := c.lower_.rstrip(".")) in bare_title_words() and word not in courtesy
        for c in subject.children
    )


def _no_speaker(verb: Token) -> bool:
    """ "which residents blame on herders", "witnesses accused the soldiers", "each side blamed
    the other": no one who speaks on record (unnamed people in general, unnamed sides trading a
    charge) makes a statement."""
    words = statement_cues()["non_speakers"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and subjects and all(s.tag_ in ("WP", "WDT") for s in subjects):
        subjects = [verb.head]  # "anyone who threatens the pipeline": the relative's antecedent speaks
    if subjects and all(not any(c.pos_ == "PROPN" for c in s.subtree) for s in subjects):
        reciprocal = statement_cues().get("reciprocal_objects", frozenset())
        if any(c.dep_ == "dobj" and _with_determiner(c) in reciprocal for c in verb.children):
            return True  # "each side blamed the other": no party of its own speaks
    posts = frozenset(event_ontology()["statement_voice"].get("post_speakers", ()))
    if subjects and all(  # "many accounts said ...": unnamed posts (not "the Acme account")
        s.lemma_.lower() in posts
        and not any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in s.children)
        for s in subjects
    ):
        return True
    return bool(subjects) and all(
        s.lower_ in words and not any(c.pos_ == "PROPN" for c in s.subtree) for s in subjects
    )


def _with_determiner(noun: Token) -> str:
    """The noun with its determiners, in order: "the other", "each other", "one another"."""
    words = sorted((t for t in noun.children if t.dep_ == "det"), key=lambda t: t.i)
    return " ".join(t.lower_ for t in sorted([*words, noun], key=lambda t: t.i))


def witness_account(verb: Token) -> bool:
    """ "'I heard two blasts,' said a shopkeeper", "Amina Bello, a trader, said she saw ...":
    what a witness (``witness_roles``, named or not) or a first-person account of what was
    seen or heard (``perception_verbs``) tells is part of the incident, not a statement."""
    cues = statement_cues()
    roles = cues["witness_roles"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and all(
        s.lemma_.lower() in roles
        or s.lower_ in roles
        or any(c.dep_ == "appos" and (c.lemma_.lower() in roles or c.lower_ in roles) for c in s.subtree)
        for s in subjects
    ):
        return True
    for content in (c for c in verb.children if c.dep_ == "ccomp"):
        if content.lemma_.lower() in cues["perception_verbs"] and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in content.children
        ):
            return True  # "'We ran into the fields,' he said"
    return _anonymous_source(verb)


def _anonymous_source(verb: Token) -> bool:
    """ "..., he said by phone, asking not to be named", "a commander said on condition of
    anonymity": the speaker withholds their name (``anonymity_words``, a negated "to be named"
    in a phrase of the verb's own, not of what was said)."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "nsubj", "dobj") or child.lemma_.lower() in reporting_verbs():
            continue  # (not "..., adding that he would not be named": what was said)
        if any(_unnamed_by_request(t) for t in child.subtree):
            return True
    return False


def _unnamed_by_request(word: Token) -> bool:
    """ "anonymity", "anonymously", a negated "to be named/identified/quoted": a word by which a
    speaker withholds their name (``anonymity_words``, ``anonymity_verbs``)."""
    cues = statement_cues()
    if word.lower_ in cues.get("anonymity_words", frozenset()):
        return True
    return (
        word.tag_ == "VBN"
        and word.lemma_.lower() in cues.get("anonymity_verbs", frozenset())
        and any(c.dep_ == "neg" for c in word.children)
    )


def anonymity_request(verb: Token) -> bool:
    """ "..., said a farmer, who asked that her name be kept back", "asking not to be identified",
    "requested anonymity": a ``directive_governors`` verb whose complement asks only that the
    speaker stay unnamed (``anonymity_words``, a negated ``anonymity_verbs`` "to be named", or
    ``identity_nouns`` kept back by ``withholding_verbs`` or a negated verb) makes no demand."""
    if verb.lemma_.lower() not in modality_cues()["directive_governors"]:
        return False
    cues = statement_cues()
    nouns, keeping = cues.get("identity_nouns", frozenset()), cues.get("withholding_verbs", frozenset())
    for complement in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")):
        for t in complement.subtree:
            if _unnamed_by_request(t):
                return True  # "requested anonymity", "asked not to be named"
            negated = any(c.dep_ == "neg" for c in t.children)
            if any(c.dep_ == "nsubjpass" and c.lower_ in nouns for c in t.children) and (
                negated or t.lemma_.lower() in keeping
            ):
                return True  # "that her name be kept back", "that his identity not be published"
    return False


def _speaks(verb: Token) -> bool:
    """A ``speaker_verbs`` verb ("linked", "tied", "shared") makes a statement only with a speaker
    of its own, as the subject of a finite verb ("the president linked the attack to ...")."""
    words = event_ontology()["types"]["statement"].get("speaker_verbs", [])
    if verb.lemma_.lower() not in words:
        return True
    return verb.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children
    )


def _abstract_subject(verb: Token) -> bool:
    """ "the sanctions target businessmen": a measure, law or plan as the subject of a violent
    verb acts on no one's body (``abstract_subjects`` of the attack type); nor does an accident
    ("a boiler explosion killed three workers": a noun the ``not_event_modifiers`` rule out)."""
    words = set(event_ontology()["types"]["attack"].get("abstract_subjects", []))
    creeds = set(event_ontology()["types"]["attack"].get("creed_subjects", []))
    owner = verb
    for _ in range(4):  # "a gas leak explosion wrecked the flats, killing three": the explosion's
        if owner.tag_ != "VBG" and owner is not verb and owner.pos_ == "VERB":
            break
        if _own_subject(owner) or owner.dep_ not in ("advcl", "xcomp", "conj", "acl") or owner.head is owner:
            break
        owner = owner.head
        if owner.pos_ == "NOUN" and owner.dep_ in ("dobj", "pobj", "nsubj"):
            owner = owner.head  # "struck a group of farmers sheltering ..., killing ten"
    doers = list(owner.children) + [  # a passive's agent does it too: "were ambushed by a fast start"
        g for c in owner.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    return any(
        c.dep_ in ("nsubj", "pobj")
        and (c.dep_ == "nsubj" or c.head.dep_ == "agent")
        and (
            c.lemma_.lower() in words
            or c.lower_ in words
            or (c.pos_ == "NOUN" and c.lower_ in creeds)
            or _not_event_modifier("attack", c)
            or (c.pos_ == "PROPN" and any(m.dep_ == "compound" and m.lower_ in words for m in c.children))
        )  # "Storm Ciaran battered the coast": a named storm
        for c in doers
    )


def ruled_out(token: Token, etype: str) -> bool:
    """Whether the rules rule ``token`` out as a trigger of ``etype`` by its own words: a noun
    with a modifier that makes it no event ("a boiler explosion", "a news conference"), or a
    violent verb whose subject is a measure or an accident ("the sanctions target ...", "a boiler
    explosion killed three"). Also a word in a sentence about a game, a market or a film, a strike
    of workers, a verb without the object its type requires ("a new park opened"), a phrase the
    type's ``not_with`` excludes, a price's move, a simile, and a rally verb whose subject is armed
    ("troops marched into the town"). Public for the learned hook's gate."""
    pos = token.pos_
    if pos != "NOUN" and pos != "VERB":
        return False
    if _offtopic_sense(etype, token) and _off_topic_context(token):
        return True  # "the bowling attack ripped through the top order"
    if etype in ("attack", "military_action") and _abstract_target(token):
        return True  # "launched an attack on the budget", "a fierce assault on the tax plans"
    if pos == "NOUN":
        if _not_event_modifier(etype, token) or _criticised(etype, token):
            return True
        if _not_event_governor(etype, token):
            return True  # "according to a statement", "the measures include a travel ban"
        return token.lemma_.lower() == "strike" and _work_stoppage(token)  # "drivers ended their strike"
    if etype == "rally" and (_armed_marcher(token) or passive_verb(token)):
        return True  # "troops marched into the town": an armed advance, no rally
    if etype == "meeting" and _met_with_reaction(token):
        return True  # "the attackers were met with heavy fire": a response, no meeting
    if etype == "statement" and token.lemma_.lower() in statement_cues().get("denial_verbs", frozenset()):
        return True  # "rejected the group's account": a denial is not annotated
    if etype == "statement" and (blame_of_happening(token) or grounds_of_measure(token)):
        return True  # "..., an ambush police blamed on the militia": who did it, no statement
    if market_move(token) or _unlicensed(token, etype) or _excluded_phrase(etype, token):
        return True  # "the index closed 0.4 per cent lower", "a new park opened on Monday"
    if etype in ("attack", "military_action", "rally", "sanction") and _abstract_subject(token):
        return True  # "the storm killed power lines", "snow blanketed the hills, closing roads"
    if etype in ("attack", "military_action") and _accident_clause(token):
        return True  # "a lorry overturned on a mountain pass, killing 12"
    if etype == "sanction" and _unlicensed_measure(token):
        return True  # "pledges a cut in income tax": no measure against anyone
    return etype in ("attack", "military_action") and _simile(token)


def blame_of_happening(verb: Token) -> bool:
    """ "In 2022 a bomb wounded nine people in X, an attack police blamed on the militia",
    "unrest the governor blamed on Y": an ``attribution_verbs`` verb in a relative clause
    on a violent noun (a trigger noun of ``attack`` or ``military_action``, or a
    ``violence_nouns`` word) says whom the happening is put down to; that is the happening's
    actor (:func:`~nexus.extract.arguments.claimed_or_blamed_doers`), not a statement of its own.
    A summing-up apposition in the news ("On Friday gunmen killed two soldiers, an attack the
    army blamed on X") keeps the blame as a statement; in a sentence dated by a month or a year
    (a background happening) it does not."""
    cues = statement_cues()
    verbs = cues.get("attribution_verbs", frozenset())
    if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in verbs:
        return False
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "appos" and not _dated_in_the_past(verb.sent):
        return False  # ("On Friday gunmen killed two soldiers, an attack the army blamed on X": news)
    nouns = trigger_tables()[1]
    violent = {"attack", "military_action"}
    lemma = noun.lemma_.lower()
    return bool(violent & set(nouns.get(lemma, []) + nouns.get(noun.lower_, []))) or lemma in cues.get(
        "violence_nouns", frozenset()
    )


def grounds_of_measure(verb: Token) -> bool:
    """ "imposed sanctions on two men it accused of moving money for the group", "arrested
    three men whom it accused of supplying fuel", "an offensive against villagers it accused of
    collaborating": a ``grounds_verbs`` verb in a relative clause on the target of a
    ``sanction``, ``military_action`` or ``attack`` trigger (its object, or the object of a
    preposition on it, or one coordinated with it) gives the measure's grounds; it is no
    statement of its own."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in statement_cues().get("grounds_verbs", frozenset()):
        return False
    target = verb.head
    while target.dep_ in ("appos", "conj") and target.head is not target:
        # "dissolved the association, X, which the ministry accused", "sanctioned five men and two
        # companies it accused of ..."
        target = target.head
    if target.dep_ == "pobj" and target.head.dep_ == "prep":
        measure = target.head.head  # "sanctions on two men", "an offensive against civilians"
    elif target.dep_ in ("dobj", "nsubjpass"):
        measure = target.head  # "sanctioned three men", "three men were arrested"
    else:
        return False
    verbs, nouns = trigger_tables()
    table = nouns if measure.pos_ in ("NOUN", "PROPN") else verbs
    kinds = set(table.get(measure.lemma_.lower(), []) + table.get(measure.lower_, []))
    return bool(kinds & {"sanction", "military_action", "attack"})


def _dated_in_the_past(sent: Span) -> bool:
    """Whether a sentence is dated by a month or a year ("In March last year", "in November 2023",
    "In June"): the date of a background happening, not the report's days of the week."""
    months = {m.lower() for m in calendar.month_name if m}
    return any(
        t.ent_type_ == "DATE" and (t.lower_ in months or t.lower_ in ("year", "years") or year_in_figures(t))
        for t in sent
    )


def _met_with_reaction(verb: Token) -> bool:
    """ "were met with superior firepower", "the plan was met with protests": "meet" in the passive
    with a "with" phrase is how something was received, not a meeting (active "met with the
    envoy" is one)."""
    return (
        verb.lemma_.lower() == "meet"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    )


def _unlicensed_measure(verb: Token) -> bool:
    """A sanction verb without the object its measure needs ("cut ties", "closed the border"),
    in a sentence off the subject of security (:func:`security_matter`): "recalled 25,000
    vehicles", "a cut in income tax"."""
    lemma = verb.lemma_.lower()
    if "sanction" not in trigger_tables()[0].get(lemma, []):
        return False
    required = _requires("sanction", lemma)
    if required is None or _licensed(_object_lemmas(verb), required):
        return False
    return not security_matter(verb)


def unlicensed_verb(verb: Token) -> bool:
    """Whether a lexicon verb tells no happening here because every type it has wants an object it
    lacks (``requires_object_for`` of attack and military_action): "talks ended on Friday" ends no
    siege, so its day is free for the talks."""
    if verb.lemma_.lower() in harm_verbs():
        return False  # "20 wounded in a raid": a toll, the harm of a happening whatever its object
    types = trigger_tables()[0].get(verb.lemma_.lower(), [])
    return bool(types) and all(_unlicensed(verb, etype) for etype in types)


def _unlicensed(verb: Token, etype: str) -> bool:
    """A lexicon verb of ``etype`` that needs an object or phrase (``requires_object_for``) and
    has none of them: "a skate park opened on Monday" opens no fire, "closed the shop" no border."""
    if etype not in ("attack", "military_action"):
        return False  # "said he belonged to the group", "expelled foreign troops": the model may know
    if etype not in trigger_tables()[0].get(verb.lemma_.lower(), []):
        return False
    required = _requires(etype, verb.lemma_.lower())
    if required is None:
        return False
    return not (
        _licensed(_object_lemmas(verb), required)
        or _has_required_dep(etype, verb)
        or ("PLACE" in required and _place_object(verb))
        or ("PLACE_CONTROL" in required and _controlled_place(verb))
        or ("NAMED" in required and _named_object(verb))
    )


#: Verbs of road, rail, air and sea accidents ("overturned on a pass", "crashed after take-off").
_ACCIDENT_VERBS = frozenset(
    {
        "plunge",
        "overturn",
        "collide",
        "derail",
        "skid",
        "capsize",
        "crash",
        "topple",
        "veer",
        "swerve",
        "sink",
    }
)


#: Weapons whose crash is their impact ("a drone crashed into the depot").
_PROJECTILES = frozenset(
    {"rocket", "missile", "shell", "drone", "bomb", "grenade", "mortar", "projectile", "munition", "device"}
)


@cache
def _attack_verbs() -> frozenset[str]:
    """The attack type's trigger verbs (``events.yaml``), lower-cased."""
    return frozenset(w.lower() for w in event_ontology()["types"]["attack"]["verbs"])


def _accident_clause(verb: Token) -> bool:
    """ "a lorry overturned on a mountain pass, killing 12", "a lorry lost its brakes and ploughed into
    shops": the harm follows an accident verb of the same clause (its head or the clause it is
    coordinated with), not a blow struck."""
    current = verb
    for _ in range(3):
        # ("the rebels sank a cargo ship": the trigger itself done to something is a blow struck;
        # the accident is the intransitive "the ferry sank"; so is an attack verb the trigger hangs
        # on: "they sank the tanker, killing four of its crew", but not "crashed the bus, killing")
        done_to = (current is verb or current.lemma_.lower() in _attack_verbs()) and any(
            c.dep_ == "dobj" for c in current.children
        )
        if current.lemma_.lower() in _ACCIDENT_VERBS and not done_to:
            owner = current
            while owner.dep_ == "conj" and not _own_subject(owner) and owner.head is not owner:
                owner = owner.head  # "a rocket fired from the hills crashed into ...": the rocket's
            return not any(  # "a rocket crashed into the compound": a projectile's impact
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _PROJECTILES for c in owner.children
            )
        if any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("brake", "brakes", "control")
            for c in current.children
            if current.lemma_.lower() == "lose"
        ):
            return True  # "lost its brakes", "lost control"
        if current.dep_ not in ("advcl", "conj", "xcomp") or current.head is current:
            return False
        current = current.head
    return False


def _simile(token: Token) -> bool:
    """ "described the defeat as a bomb going off", "likened the result to an ambush": a trigger in
    the "as"/"like"/"to" phrase of a verb that compares or describes is an image, not a happening."""
    current = token
    for _ in range(4):
        head = current.head
        if head is current:
            return False
        if current.dep_ in ("pobj", "pcomp") and head.lower_ in ("as", "like", "to"):
            owner = head.head
            if owner.pos_ == "NOUN":
                owner = owner.head
            return owner.lemma_.lower() in (
                "describe",
                "liken",
                "compare",
                "call",
                "portray",
                "depict",
                "feel",
                "look",
            )
        current = head
    return False


def market_move(verb: Token) -> bool:
    """ "the DAX closed 0.4 per cent lower", "shares shot up 5%", "the rupee closed down 12 paise":
    a verb with a direction (``market_moves.directions``) and an amount in a unit of price or
    share (``market_moves.units``) tells a price's move, not a happening."""
    table = event_ontology().get("market_moves", {})
    directions = frozenset(table.get("directions", []))
    units = frozenset(table.get("units", []))
    moves = [
        c for c in verb.children if c.lower_ in directions and c.dep_ in ("advmod", "acomp", "prt", "oprd")
    ]
    amounts = [c for m in moves for c in m.children] + list(verb.children)
    return bool(moves) and any(
        a.dep_ in ("npadvmod", "dobj", "pobj", "prep") and a.lower_ in units
        for a in amounts  # not "shot down five jets": a count of things, no price
    )


@cache
def _rally_words(key: str) -> frozenset[str]:
    return frozenset(event_ontology()["types"]["rally"].get(key, []))


def _protest_purpose(verb: Token) -> bool:
    """ "blocked the road, demanding more troops", "blocked the highway in protest": the verb has a
    clause or phrase of protest (``protest_purposes``) of its own."""
    purposes = _rally_words("protest_purposes") | _rally_words("solidarity_purposes")
    for child in verb.children:
        if child.dep_ in ("advcl", "conj", "xcomp") and child.lemma_.lower() in purposes:
            return True  # "blocked the road, demanding ...", "gathered to lay flowers"
        if child.dep_ == "prep" and any(g.lemma_.lower() == "protest" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(_rally_noun(g) for g in child.children):
            return True  # "gathered in the square for a vigil": the crowd's gathering is the rally
    return False


def _rally_noun(token: Token) -> bool:
    """A noun of the rally lexicon ("vigil", "march"), as the object of a preposition."""
    return (
        token.dep_ == "pobj"
        and "rally" in trigger_tables()[1].get(token.lemma_.lower(), [])
        and not _not_event_modifier("rally", token)  # not "gathered for a prayer vigil"
    )


#: The links from a crowd's demand up to its rally's verb.
_DEMAND_PATH = frozenset({"advcl", "conj", "xcomp", "relcl", "pobj", "prep", "acl", "dobj", "ccomp"})


def _crowd_demands(found: list[Trigger]) -> list[Trigger]:
    """ "marched to the mosque, chanting slogans and calling on the authorities to act", "a rally
    by students who were demanding the troops' withdrawal": the demand of a rally's crowd is
    part of the rally (``protest_purposes``), no statement of its own."""
    rallies = {t.token.i for t in found if t.type == "rally"}
    if not rallies:
        return found
    purposes = _rally_words("protest_purposes")
    out = []
    for trig in found:
        token = trig.token
        if trig.type == "statement" and token.pos_ == "VERB" and token.lemma_.lower() in purposes:
            own = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not own or all(c.tag_ in ("WP", "WDT") for c in own):  # no speaker but the crowd ("who")
                current = token
                for _ in range(6):
                    # ("paraded through the market holding banners and demanding ...": the participles
                    # the parse hangs on the route, acl)
                    # ("marched, carrying pictures of the dead and demanding ...": through the object and a
                    # quoted slogan)
                    if current.dep_ not in _DEMAND_PATH:
                        break
                    came_by = current.dep_ == "prep" and current.lower_ == "by"
                    current = current.head
                    if current.i in rallies:
                        break
                    held = next((c for c in current.children if c.dep_ == "dobj" and c.i in rallies), None)
                    if held is not None and current.lemma_.lower() in _rally_words("staging_verbs"):
                        current = held  # "staged a sit-in ..., demanding": the sit-in's crowd
                        break
                    if came_by and any(c.i in rallies for c in current.children):
                        current = next(c for c in current.children if c.i in rallies)
                        # "broke up a rally by students who were demanding": "by" hung on the verb
                        break
                if current.i in rallies or _joins_rally(token, rallies):
                    continue
        out.append(trig)
    return out


def _joins_rally(demand: Token, rallies: set[int]) -> bool:
    """ "traders took part in a march ..., demanding that the state restore peace", "members of
    the community formed a human chain, demanding the release of ...": a demand hung on the verb
    by which its subject (a crowd, not a named speaker or office holder) stages or joins a rally
    (the rally in that verb's object phrase)."""
    if demand.dep_ not in ("advcl", "xcomp") or demand.tag_ != "VBG":
        return False
    verb = demand.head
    roles = statement_cues()["speaker_roles"]
    if any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lemma_.lower() in roles) for c in verb.children):
        return False  # "opposition leader Ana Silva addressed the rally, demanding ...": her own words
    inside = {t.i for t in demand.subtree}
    return any(
        t.i in rallies and t.i not in inside
        for c in verb.children
        if c.dep_ in ("dobj", "prep", "dative")
        for t in c.subtree
    )


def _crowd_subject(verb: Token) -> bool:
    """ "a mob stormed the airport": violence by a crowd, which the conventions count as a rally."""
    words = set(event_ontology()["types"]["attack"].get("crowd_subjects", []))
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in words or c.lower_ in words) for c in verb.children)


def passive_verb(verb: Token) -> bool:
    """ "was marched away at gunpoint": a verb in the passive (an ``auxpass`` or ``nsubjpass``)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _armed_marcher(verb: Token) -> bool:
    """ "the gunman marched into the hall", "troops marched into the town": a rally verb whose
    subject is an attacker, a private person or a state's force moves; it gathers no protest."""
    armed = set(event_ontology()["attacker_nouns"]) | set(event_ontology()["state_nouns"])
    private = set(event_ontology()["private_performers"])
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.lemma_.lower() in armed or c.lower_ in armed:
            return True
        if c.tag_ == "NN" and c.lower_ in private:
            return True  # "a man marched into the mosque" (not "youths marched through the city")
    return False


#: Words that tie a force's move to what it answered ("deployed after the attack").
_ANSWER_PREPS = frozenset({"after", "following"})


def _state_force(noun: Token) -> bool:
    """ "troops", "the police", "police officers": a state force word (``state_nouns``) or a
    generic head (``force_heads``) with one before it."""
    forces = _word_set_top("state_nouns")
    if noun.lemma_.lower() in forces or noun.lower_ in forces:
        return True
    return noun.lemma_.lower() in _word_set_top("force_heads") and any(
        c.dep_ == "compound" and c.lower_ in forces for c in noun.children
    )


@cache
def _word_set_top(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in event_ontology().get(key, []))


def answering_clause(noun: Token) -> Token | None:
    """ "Soldiers deployed after the raid shot dead two bandits": the parse read "after the raid"
    as an "after" clause whose subject is the raid and whose verb is the force's violence; the
    noun names what a state force (see :func:`_state_force`, the governing verb's subject)
    answered. Returns that misread clause's verb, else None."""
    clause = noun.head
    if (
        noun.dep_ == "nsubj"
        and clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _ANSWER_PREPS for c in clause.children)
        and any(c.dep_ == "dobj" for c in clause.children)
        and any(s.dep_ == "nsubj" and _state_force(s) for s in clause.head.children)
    ):
        return clause
    return None


def answering_force(noun: Token) -> Token | None:
    """ "troops responding to the raid", "police called after the attack": the state force (see
    :func:`_state_force`) whose participle or relative clause names ``noun`` as what it answered,
    else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "after", "following"):
        return None
    verb = noun.head.head
    if verb.pos_ == "VERB" and verb.dep_ in ("acl", "relcl") and _state_force(verb.head):
        return verb.head
    return None


def misread_answer(verb: Token) -> Token | None:
    """ "Troops responding to the raid killed four gunmen", parsed as if the raid had killed them
    (the verb a reduced relative of "raid"): the force that answered the happening, which is the
    verb's real subject, else None. Only a past-tense verb with an object is read so."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return answering_force(verb.head)


def _answered_happening(found: list[Trigger]) -> list[Trigger]:
    """ "Soldiers deployed after the raid shot dead two bandits": a definite violent noun naming
    what a state force answered (:func:`answering_clause`) refers back to a happening told
    before; the force's own violent verb is the sentence's happening (and its toll)."""
    violent = [t for t in found if t.type in ("attack", "military_action")]
    if len(violent) < 2:
        return found
    out = []
    for trig in found:
        token = trig.token
        if (
            trig in violent
            and token.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
            and answering_clause(token) is not None
            and any(o.token.pos_ == "VERB" and o.token.i != token.i for o in violent)
        ):
            continue
        out.append(trig)
    return out


def _targeted_gatherings(found: list[Trigger]) -> list[Trigger]:
    """ "drove a car into a march", "opened fire on a rally": the gathering is the target of
    the violent trigger it hangs on, not a rally of its own."""
    violent = {t.token.i for t in found if t.type in ("attack", "military_action")}
    preps = set(event_ontology()["types"]["rally"].get("target_preps", []))
    out = []
    for trig in found:
        token = trig.token
        if trig.type == "rally" and token.pos_ == "NOUN" and token.dep_ == "pobj":
            prep = token.head
            verb = prep.head
            if prep.lower_ in preps and (
                verb.i in violent or (verb.dep_ in ("acl", "relcl") and verb.head.i in violent)
            ):
                continue  # also "a blast ripped through a rally" ("ripped" read as the blast's clause)
        out.append(trig)
    return out


#: Verbs of harm whose "in"/"by" phrase names the happening that did it ("killed in a raid").
@cache
def _harm_lemmas() -> frozenset[str]:
    return harm_verbs() | {"die"}


def _verb_owns_noun(found: list[Trigger]) -> list[Trigger]:
    """ "convened an emergency meeting", "paid a visit": a noun trigger that is the object of a
    verb trigger of the same type is that verb's mention, not a second one."""
    verbs = {t.token.i: t.type for t in found if t.token.pos_ == "VERB"}
    nouns = {t.token.i: t.type for t in found if t.token.pos_ == "NOUN"}
    negated = {t.token.i for t in found if t.token.pos_ == "VERB" and t.modality == "negated"}
    out = []
    for trig in found:
        governor, via = _noun_governor(trig.token) if trig.token.pos_ == "NOUN" else (None, "")
        if (
            governor is not None
            and verbs.get(governor.i) == trig.type
            and not (
                via in ("in", "by", "during") and governor.i in negated
            )  # "no one was killed in the attack"
            and governor.lemma_.lower() not in _mention_verbs("launch")  # "launched an operation": the noun
            and not (via == "for" and governor.lemma_.lower() in motive_words())
            and not (
                via in ("in", "by", "during")
                and governor.lemma_.lower() in _harm_lemmas()
                and (_agentive_participle(trig.token) is not None or _state_demonym(trig.token))
            )
        ):  # "retaliating for the May 3 raid": the raid avenged is an earlier happening of its own;
            # "was killed in an assassination carried out by X": the noun is the happening, the verb
            # its toll
            continue
        if (
            governor is not None
            and via in ("at", "during")
            and any(etype == trig.type and i < trig.token.i for i, etype in nouns.items())
        ):
            continue  # "held talks with Putin at the BRICS summit": the summit is the setting
        if (
            governor is not None
            and via in ("in", "during")
            and trig.type in ("attack", "military_action")
            and _arrest_over(governor, verbs)
            and not any(c.dep_ in ("det", "poss") and c.lower_ not in _INDEFINITE for c in trig.token.lefts)
        ):
            continue  # "the suspects were arrested in a raid on a house": the raid is the arrest's
        out.append(trig)
    return out


_INDEFINITE = frozenset({"a", "an"})

#: How many heads above a noun's governor an arrest may stand and still own the noun's phrase.
_ARREST_CLIMB = 8


def _arrest_over(governor: Token, verbs: dict[int, str]) -> bool:
    """Whether ``governor`` (the verb a noun trigger hangs on by "in" or "during") is a trigger of
    arrest, or lies in the description of the people an arrest took: "police arrested two men
    suspected of smuggling arms during a raid on a farm", where the parser hangs the raid on
    "smuggling" inside the arrested men's description, though it is the arrest's own raid.
    ``verbs`` maps the sentence's verb triggers' indices to their types."""

    def arrest(token: Token) -> bool:
        return verbs.get(token.i) == "military_action" and event_family(token) == "arrest"

    if arrest(governor):
        return True
    child, token = governor, governor.head
    for _ in range(_ARREST_CLIMB):
        if token.i == child.i:
            return False
        if arrest(token):
            # (the path enters the arrest through whom it took: its object or passive subject)
            return child.dep_ in ("dobj", "nsubjpass")
        child, token = token, token.head
    return False


def _state_demonym(noun: Token) -> bool:
    """ "killed in an Israeli assassination": a happening noun whose demonym names the state
    that did it (``demonyms`` of the ontology) is the happening, the verb its toll."""
    return any(
        c.dep_ in ("amod", "compound") and c.i < noun.i and c.lower_ in ontology.demonyms()
        for c in noun.children
    )


@cache
def motive_words() -> frozenset[str]:
    """``motive_words`` of ``entities.yaml``: "revenge", "retaliate"... (lower case)."""
    words: list[str] = ontology.table("entities.yaml").get("motive_words", [])
    return frozenset(w.lower() for w in words)


@cache
def apart_from_words() -> frozenset[str]:
    """``apart_from_words`` of ``coreference.yaml``: "separate", "distinct", "unrelated"..."""
    words: list[str] = ontology.table("coreference.yaml").get("apart_from_words", [])
    return frozenset(w.lower() for w in words)


#: The prepositions after an ``apart_from_words`` word that name the other happening.
_APART_PREPS = frozenset({"from", "to", "of"})


def told_apart(trigger: Token) -> bool:
    """ "an attack distinct from the raid on X", "unrelated to the ambush", "a separate incident
    from the bombing": a happening noun in the phrase of a word that sets the sentence's own
    happening apart from it (``apart_from_words``), or of a noun such a word modifies."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in _APART_PREPS:
        return False
    holder = trigger.head.head
    words = apart_from_words()
    if holder.lower_ in words:
        return True
    return (
        trigger.head.lower_ == "from"
        and holder.pos_ == "NOUN"
        and any(c.dep_ == "amod" and c.lower_ in words for c in holder.children)
    )


#: Verbs whose "from" phrase names a happening left behind ("returning from an operation").
_RETURN_VERBS = frozenset({"return", "come", "head", "retreat", "withdraw"})


def told_in_passing(trigger: Token) -> bool:
    """ "retaliating for the April 1 strike", "avenging the raid", "the worst since the 2019
    bombing": a happening named as a motive or a comparison, told in passing beside the
    sentence's own one (unlike "claimed responsibility for the bombing", which is about it)."""
    if trigger.dep_ == "dobj":
        return trigger.head.lemma_.lower() in motive_words()  # "avenging the raid"
    if trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ in ("since", "than", "like", "before", "after", "following"):
        return True
    if told_apart(trigger):
        return True  # "an attack distinct from the raid on X": the raid is another happening
    if prep.lower_ == "from" and prep.head.lemma_.lower() in _RETURN_VERBS:
        return True  # "the team was returning from a joint operation": an earlier happening
    return prep.lower_ == "for" and prep.head.lemma_.lower() in motive_words()


@cache
def _mention_verbs(kind: str) -> frozenset[str]:
    """``mention_verbs`` of ``events.yaml``: ``harm`` ("the strikes killed eight") and
    ``launch`` ("launched coordinated attacks") verbs that only carry a violent noun's event."""
    words: list[str] = event_ontology()["mention_verbs"][kind]
    return frozenset(words)


def _noun_names_the_event(found: list[Trigger]) -> list[Trigger]:
    """ "strikes in Khost killed eight", "fighters launched coordinated attacks": the violent
    noun is the mention; the verb whose subject or object it is adds no second event."""
    violent = ("attack", "military_action")
    nouns = {t.token.i for t in found if t.token.pos_ == "NOUN" and t.type in violent}
    out = []
    for trig in found:
        token = trig.token
        if token.pos_ == "VERB" and trig.type in violent:
            lemma = token.lemma_.lower()
            deps: tuple[str, ...] = ()
            if lemma in _mention_verbs("harm"):
                deps = ("nsubj",)
            elif lemma in _mention_verbs("launch"):
                deps = ("dobj", "nsubjpass")
            if any(c.dep_ in deps and c.i in nouns for c in token.children):
                continue
        out.append(trig)
    return out


def _one_statement_per_speaker(found: list[Trigger]) -> list[Trigger]:
    """ "condemned the shooting and vowed to ..., promising ...": one speaker's words are one statement.

    A statement verb coordinated with, or subordinate to, another statement
    trigger of the sentence and without a subject of its own is dropped; so is
    a visit verb under another ("left for Gao and arrived there on Monday").
    """
    statements = {t.token.i for t in found if t.type == "statement" and t.modality == ACTUAL}
    linking = set(event_ontology()["types"]["statement"].get("speaker_verbs", []))
    yielding = {  # "linked the attack to X, but later blamed Y": the blame names the position
        t.token.i
        for t in found
        if t.type == "statement"
        and t.token.lemma_.lower() in linking
        and any(c.dep_ == "conj" and c.i in statements for c in t.token.children)
    }
    found = [t for t in found if t.token.i not in yielding]
    out: list[Trigger] = []
    for trig in found:
        token = trig.token
        same = {t.token.i for t in found if t.type == trig.type and t.modality == ACTUAL}
        if (
            trig.type in ("statement", "visit")
            and token.pos_ == "VERB"
            and not _own_subject(token)
            and _statement_above(token, same)
        ):
            continue
        out.append(trig)
    return out


def _one_measure(found: list[Trigger]) -> list[Trigger]:
    """ "designated two men, freezing any assets they hold", "froze the assets of three commanders and
    barred them from travelling", "The designation freezes any assets they hold": one measure.

    A sanction verb hung on another sanction trigger of the sentence (a participle or a conjunct,
    after it) whose object is the same people (:func:`_same_targets`: "them", "any assets they
    hold") tells what that measure does, not a second measure ("suspended the
    treaty and closed the border" keeps both); a sanction verb whose subject is a sanction noun
    ("the designation freezes ...") tells what the measure the noun names does, and a definite
    such noun ("the designation") names a measure told before: neither is a measure of its own.
    """
    sanctions = {t.token.i for t in found if t.type == "sanction" and t.modality == ACTUAL}
    out: list[Trigger] = []
    for trig in found:
        token = trig.token
        if (
            trig.type == "sanction"
            and token.pos_ == "NOUN"
            and token.dep_ in ("nsubj", "nsubjpass")
            and token.head.i in sanctions
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
        ):
            continue  # "The designation freezes any assets": the measure told before, and its effect
        if trig.type == "sanction" and token.pos_ == "VERB":
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i in sanctions for c in token.children):
                continue  # "the designation freezes any assets": the designation is the measure
            if (
                token.dep_ in ("advcl", "conj", "xcomp")
                and token.head.i in sanctions
                and token.head.i < token.i
                and _same_targets(token)
            ):
                continue  # "imposed sanctions on two men, freezing any assets they hold"
        out.append(trig)
    return out


def _same_targets(verb: Token) -> bool:
    """The object of a measure verb is the people a measure already named: a personal pronoun
    ("barred them"), "any" thing ("any assets linked to its members") or a thing they hold
    ("assets they hold"). A possessive is left alone: "closed its airspace and recalled its
    ambassadors" are the measuring state's own."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.tag_ == "PRP":
            return True
        if any(c.dep_ == "det" and c.lower_ == "any" for c in obj.children):
            return True
        if any(
            c.dep_ in ("relcl", "acl") and any(g.dep_ == "nsubj" and g.tag_ == "PRP" for g in c.children)
            for c in obj.children
        ):
            return True
    return False


def _statement_above(token: Token, statements: set[int]) -> bool:
    current = token
    for _ in range(3):
        # ("dep": "denounced the killing, promised justice and warned ...", a list the parse left loose)
        if current.dep_ not in ("conj", "advcl", "xcomp", "dep") or current.head is current:
            return False
        current = current.head
        if current.i in statements:
            return True
    return False


def _comparison_frame(noun: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the noun's sentence opens with a negated frame of comparison ("Not since 2014 has a
    single attack ...", "Never before had a bombing ..."; ``comparison_openers``): the happening
    it names is a yardstick, none told."""
    sent = noun.sent
    opening = " ".join(t.lower_ for t in sent[:2])
    return opening in cues.get("comparison_openers", frozenset())


def _generic_plural(noun: Token) -> bool:
    """ "plotting attacks", "suspending attacks": a bare plural names a kind, not a happening.

    Nouns that are plural by nature ("talks", "negotiations") are not.
    """
    if noun.tag_ != "NNS" or noun.lower_ in modality_cues()["plural_nouns"]:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    earlier = modality_cues().get("earlier_plural_modifiers", frozenset())
    if any(c.dep_ == "amod" and c.lower_ in earlier for c in noun.children):
        return True  # "its losses in earlier clashes": happenings recalled, none told here
    if any(c.dep_ in ("compound", "amod") for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and noun.head.head.pos_ == "VERB":
        return False  # "25 people were killed in attacks on two villages"
    if _opening_happenings(noun):
        return False  # "the revolt began in May 2016 with raids on army posts": those raids
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _mention_verbs("harm"):
        return False  # "shootings killed six people": the harm is told, so they happened
    if noun.dep_ == "nsubj" and noun.head.tag_ == "VBD" and _told_on_a_day(noun):
        return False  # "clashes between police and students on Monday left 20 hurt": they happened
    # the parser may hang the noun's phrase on its verb: "organised bombings at a church in X"
    hung = [c for c in noun.head.children if noun.dep_ == "dobj" and c.i == noun.right_edge.i + 1]
    if any(
        _named_site(t)
        for c in (*noun.children, *hung)
        if c.dep_ == "prep" and c.lower_ in ("of", "on", "at", "against")
        for g in c.children
        if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)
    ):
        return False  # "organised bombings of a church in X and a police post in Y": those sites
    # "strikes around al-Qaim" is a happening; "attacks on foreign forces" is a kind
    return not any(
        c.dep_ == "prep" and c.lower_ in ("in", "around", "at", "near", "across") for c in noun.children
    )


#: Verbs of a start whose "with" phrase tells the first happenings ("began with raids on X").
_OPENING_VERBS = frozenset({"begin", "start", "open", "erupt", "kick"})


def _opening_happenings(noun: Token) -> bool:
    """ "the revolt began in May 2016 with raids on army posts", "the campaign opened with
    ambushes on convoys": a bare plural in the "with" phrase of a verb of starting names the
    happenings that started it, told with the verb's own date (not "attacks with drones")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    verb = noun.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _OPENING_VERBS and verb.tag_ in ("VBD", "VBN")


def _named_site(noun: Token) -> bool:
    """ "a church in X", "the police post near Y": one site (a singular noun with its article)
    placed by a named place, so violence against it is a happening, not a kind."""
    if noun.tag_ != "NN" or not any(c.dep_ == "det" for c in noun.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "near", "outside")
        and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children)
        for c in noun.children
    )


def _told_on_a_day(noun: Token) -> bool:
    """The subject's clause (its verb or the noun itself) is dated to one day ("on Monday",
    "yesterday"): a happening, not a kind ("clashes left six dead on Sunday")."""
    owners = [noun.head, noun, *(g for c in noun.children if c.dep_ == "prep" for g in c.children)]
    for owner in owners:
        for child in owner.children:
            if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
                return True  # "yesterday", "Monday"
            if (
                child.dep_ == "prep"
                and child.lower_ == "on"
                and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in child.children)
            ):
                return True  # "on Monday", "on 3 May"
    return False


def kills_attackers(trigger: Token) -> bool:
    """ "security forces killed four militants", "27 attackers were killed": a response, not an attack."""
    if trigger.lemma_.lower() not in killing_verbs() | {"shoot", "neutralise", "neutralize", "eliminate"}:
        return False
    attackers = set(event_ontology()["attacker_nouns"]) | set(event_ontology().get("armed_subject_nouns", []))
    agents = [g for a in trigger.children if a.dep_ == "agent" for g in a.children]
    if any(w.lower_ == "own" for g in agents for w in g.children):
        return False  # "two attackers were killed by their own grenade": died in their own attack
    victims = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    has_object = any(c.dep_ == "dobj" for c in trigger.children)
    if trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN" and not has_object:
        victims.append(trigger.head)  # "27 attackers killed" (not "militants killed 20 soldiers")
    victims += [c for v in victims for c in v.conjuncts]  # "its chief and 14 other cadres"
    victims += [part for v in victims for part in _counted_of(v)]  # "five of the attackers"
    return any(
        v.lemma_.lower() in attackers
        or v.lower_ in attackers
        or _armed_groups_people(v)
        or _insurgents_by_creed(v)
        for v in victims
    )


#: Words that count a part of a group named after "of" ("two of the gunmen", "most of the raiders").
_PART_WORDS = frozenset({"one", "some", "most", "all", "several", "many", "few", "half", "rest"})


def _counted_of(victim: Token) -> list[Token]:
    """The group a number or part word counts from ("five of the attackers": attackers)."""
    if victim.pos_ != "NUM" and victim.lemma_.lower() not in _PART_WORDS:
        return []
    parts = [p for p in victim.children if p.dep_ == "prep" and p.lower_ == "of"]
    return [g for p in parts for g in p.children if g.dep_ == "pobj"]


def _insurgents_by_creed(victim: Token) -> bool:
    """ "four suspected Maoists were killed", "two Naxals": a plural naming armed men by their
    movement (a ``non_state_modifiers`` word with a plural "s": "Maoist" -> "Maoists")."""
    word = victim.lower_
    return (
        victim.tag_ in ("NNS", "NNPS")
        and word.endswith("s")
        and word[:-1] in event_words("non_state_modifiers")
    )


def _armed_groups_people(victim: Token) -> bool:
    """Whether a victim noun names an armed group's people though no attacker noun: "cadres"
    (``armed_member_nouns``), or a member, commander or leader (``member_nouns``) that an armed
    group, an attacker noun or a group noun owns ("the outfit's deputy chief", "five members of
    the militia", "a commander of the Bloque Norte")."""
    lemma, lower = victim.lemma_.lower(), victim.lower_
    if lemma in event_words("armed_member_nouns") or lower in event_words("armed_member_nouns"):
        return True
    if lemma not in event_words("member_nouns") and lower not in event_words("member_nouns"):
        return False
    owners = [c for c in victim.children if c.dep_ in ("poss", "compound")]
    owners += [g for p in victim.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(non_state_side(o) for o in owners)


def non_state_side(token: Token) -> bool:
    """Whether ``token`` names a non-state side: an attacker noun or a non-state performer of
    ``events.yaml`` ("gunmen", "the militia", "the outfit") or an armed group's name."""
    from nexus.extract.arguments import cached_entity_index  # arguments imports this module

    words = event_words("attacker_nouns") | event_words("non_state_performers")
    if token.lemma_.lower() in words or token.lower_ in words:
        return True
    cluster = cached_entity_index(token.doc).get(token.i)
    return cluster is not None and cluster.subtype == "armed_group"


@cache
def event_words(key: str) -> frozenset[str]:
    """A top-level word list of ``events.yaml`` (``attacker_nouns``, ``state_body_nouns`` ...),
    lower case; empty when the file has no such list."""
    return frozenset(str(w).lower() for w in event_ontology().get(key) or ())


def _has_required_dep(etype: str, token: Token) -> bool:
    """Alternative licences for a trigger: "called the raids a breach", "claimed to have killed"."""
    spec = event_ontology()["types"][etype]
    deps = set(spec.get("requires_dep_for", {}).get(token.lemma_.lower(), []))
    reflexive = any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in token.children)
    if deps and not reflexive and any(c.dep_ in deps for c in token.children):
        return True  # not "who call themselves X" (a self-given name)
    complements = set(spec.get("complement_verbs", []))
    if complements and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in complements for c in token.children
    ):
        return True
    return etype == "claim" and token.pos_ == "VERB" and _claim_object_elsewhere(token, spec)


def _claim_object_elsewhere(verb: Token, spec: dict[str, Any]) -> bool:
    """A claim verb whose claimed happening the parse puts off its object (``requires_object``
    words of the claim type; the verb's own object words are read by :func:`_object_lemmas`):

    * a relative clause whose pronoun is its object ("an attack on the camp, the deadliest in
      the country's history, which X later claimed"; "..., which was claimed by X"), hung on a
      nearer noun: the happening is the nearest claimable noun before it in the sentence;
    * a pronoun object with no clause of its own ("and X later claimed it"): a happening told before;
    * a noun read as a clause ("claimed the attack days later", parsed "the attack [was] days
      later"): its subject is the object.
    """
    words = {str(w) for w in spec.get("requires_object", [])}
    children = list(verb.children)
    relative = verb.dep_ == "relcl" or (verb.dep_ == "conj" and verb.head.dep_ == "relcl")
    if relative and any(  # (also "..., which killed 30 and which X later claimed")
        c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children
    ):
        before = [t for t in verb.sent if t.i < verb.i and t.pos_ == "NOUN"]
        return any(t.lemma_.lower() in words or t.lower_ in words for t in before)
    if any(  # "the attack [is] days later": a noun given a subject is a misparse
        t.dep_ == "nsubj"
        and t.head.pos_ == "NOUN"
        and t.head.i > verb.i
        and (t.lemma_.lower() in words or t.lower_ in words)
        for t in verb.subtree
    ):
        return True
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in children) or any(
        c.dep_ == "prep" and c.lower_ == "as" for c in children
    ):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in children)


def event_family(trigger: Token) -> str:
    """Sub-kind of a military action, so an arrest never merges with a strike.

    A definite umbrella noun ("the operation", "its operation") refers back to the action told
    just before, and takes that action's family: "Troops killed five militants in a raid. The
    operation lasted eight hours" is one action, not a search beside a strike.
    """
    family = _lexical_family(trigger.lemma_.lower())
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in _UMBRELLA_NOUNS and _definite_bare(trigger):
        return _earlier_family(trigger) or family
    if family == "arrest" and trigger.pos_ == "VERB":
        governor = _infinitive_governor(trigger)
        if governor is not None and _court_order(governor, trigger):
            return "court"  # "a judge ordered him held in custody": the court's act, not the arrest
        if _held_by_a_court(trigger):
            return "court"  # "was sent to jail on remand by a judge": not the police's arrest
    return family


#: Links from a detention verb up to the order verb that governs it ("ordered them held",
#: "ordered the four, who were detained ...", "ordered the men to be detained").
_ORDER_LINKS = frozenset({"xcomp", "ccomp", "acl", "relcl", "dobj", "advcl"})


def _held_by_a_court(verb: Token) -> bool:
    """Whether a detention verb tells a court's act rather than an arrest: a court
    (``court_subjects``) as its doer ("a magistrate remanded the man", "were remanded on Friday
    by a judge"), or as the doer of an order verb (``court_order_verbs``) it hangs on without
    "to" ("a magistrate charged the four and then ordered all four detained"). A court's order
    is a happening of its own, on the day it was made; it never retells the arrest that went
    before it."""
    courts = modality_cues().get("court_subjects", frozenset())
    return _court_doer(verb, courts) or court_order_verb(verb) is not None


def court_order_verb(verb: Token) -> Token | None:
    """The order verb (``court_order_verbs``) a court is the doer of and a detention verb hangs
    on, up to three links above it ("the court ordered the men, who were detained ...", "a judge
    ordered them held"), or None. The order's day is the detention's."""
    courts = modality_cues().get("court_subjects", frozenset())
    orders = modality_cues().get("court_order_verbs", frozenset())
    node = verb
    for _ in range(3):
        if node.dep_ not in _ORDER_LINKS or node.head is node:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in orders:
            return node if _court_doer(node, courts) else None
    return None


def _court_doer(verb: Token, courts: frozenset[str]) -> bool:
    """Whether the subject or the "by" agent of ``verb`` (that of the verb it is coordinated
    with, when it names none of its own) is a court or judge, by its head or a compound of it."""
    for _ in range(3):
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if doers or verb.dep_ != "conj":
            break
        verb = verb.head
    words = [t for d in doers for t in (d, *(c for c in d.children if c.dep_ == "compound"))]
    return any(t.lemma_.lower() in courts for t in words)


def _lexical_family(lemma: str) -> str:
    families: dict[str, list[str]] = event_ontology()["types"]["military_action"].get("families", {})
    return next((name for name, words in families.items() if lemma in words), "force")


#: Nouns that can name any kind of security action when they refer back to one ("the encounter":
#: the gunfight or raid told before, in South Asian usage).
_UMBRELLA_NOUNS = frozenset({"operation", "operations", "mission", "encounter"})


def _definite_bare(noun: Token) -> bool:
    """ "the operation", "its operation", "this operation" (not "a search operation", "the rescue
    operation": a compound names a kind of its own)."""
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
    if not dets & {"the", "this", "that", "its", "their", "his", "her"}:
        return False
    # ("the 40-minute encounter": a counted measure of its length, not a kind)
    return not any(
        c.dep_ in ("compound", "nmod") and not any(n.dep_ == "nummod" for n in c.children)
        for c in noun.children
    )


def _earlier_family(noun: Token) -> str | None:
    """The family of the nearest security action named before ``noun`` in its sentence or the
    two before it (a verb or noun of the attack or military_action lexicon), or None."""
    doc = noun.doc
    memo: dict[int, str | None] = doc.user_data.setdefault("nexus_earlier_family", {})
    if noun.i in memo:
        return memo[noun.i]
    verbs, nouns = trigger_tables()
    violent = ("attack", "military_action")
    start, _ = sentence_bounds(doc, noun.i)
    for _ in range(2):  # the sentence start two sentences back
        if start == 0:
            break
        start, _ = sentence_bounds(doc, start - 1)
    found: str | None = None
    for i in range(noun.i - 1, start - 1, -1):
        t = doc[i]
        lemma = t.lemma_.lower()
        if lemma in _UMBRELLA_NOUNS or t.dep_ in ("compound", "amod"):
            continue  # (and "search parties recovered bodies": a noun's modifier names no action)
        table = verbs if t.pos_ == "VERB" else nouns if t.pos_ == "NOUN" else None
        if table is not None and any(e in violent for e in table.get(lemma, [])):
            found = _lexical_family(lemma)
            break
    memo[noun.i] = found
    return found


def _has_agentive_modifier(noun: Token) -> bool:
    """A statement noun counts only when someone owns it ("calls from Israel", "India's warning").

    Not the medium of a reporting verb ("said in its first statement"): the verb reports.
    """
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "through", "via"):
        return False
    for child in noun.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return True
        if (
            child.dep_ == "acl"
            and any(g.dep_ == "agent" for g in child.children)
            and noun.dep_ == "nsubj"
            and noun.head.lemma_.lower() in reporting_verbs()
            and _position_content(noun.head)
        ):
            return True  # "a statement issued by the council said it would respond"
    issuing = statement_cues().get("issuing_verbs", frozenset())
    issuer = noun.head if noun.dep_ == "dobj" else None
    verbs = event_ontology()["types"]["statement"]["verbs"]
    if any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in noun.children):
        return False  # "issued a statement urging calm": the participle states the position
    return (
        issuer is not None
        and issuer.lemma_.lower() in issuing
        and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in issuer.children)
    )  # "the council released a statement": the subject issues it
