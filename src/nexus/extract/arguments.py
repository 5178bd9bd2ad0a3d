"""Event arguments from the dependency parse: actors, targets and places.

The subject (or agent) of a verb trigger, the modifiers of a noun trigger
("Hamas-led massacre"), pronouns and role nouns resolved to the nearest
fitting entity, unnamed state actors ("security forces") to the report's
country, and the most specific place that locates the event.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from spacy.symbols import AUX, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.casualties import reduced_relative_fate, subject_before_an_apposition
from nexus.extract.dateline import dateline_end, dateline_start
from nexus.extract.doctext import doc_text, whole_word_occurrences
from nexus.extract.entities import EntityCluster, Mention, route_end, self_naming_verbs, token_entity_index
from nexus.extract.gazetteer import entries as gazetteer_entries
from nexus.extract.geocode import fold
from nexus.extract.parse_index import ParseIndex, char_range, parse_index
from nexus.extract.patient_clauses import befell_the_patients
from nexus.extract.relation_context import capitals
from nexus.extract.source_towns import source_told_after
from nexus.extract.tokens import lowers, matching, sentence_start, sentence_starts
from nexus.extract.triggers import (
    armed_description,
    claim_content_word,
    clause_is_actual,
    event_ontology,
    event_words,
    harm_verbs,
    own_side_violence,
    reported_clauses,
    reporting_verbs,
    self_presented_member,
    self_presented_roles,
    self_presenting_speakers,
    statement_cues,
)
from nexus.extract.within_clauses import within_clauses

PLACE_RANK = {"site": 4, "city": 3, "admin": 2, "country": 1}


@cache
def wide_site_words() -> frozenset[str]:
    """``wide_site_words`` of ``coreference.yaml`` ("river", "forest", "coast")."""
    words: list[str] = ontology.table("coreference.yaml").get("wide_site_words", [])
    return frozenset(w.lower() for w in words)


@cache
def _wide_site_phrases() -> frozenset[str]:
    """``wide_site_phrases`` of ``coreference.yaml``: two-word endings of a wide stretch's name
    ("the X National Park", "the Y Game Reserve"), whose last word alone names no stretch."""
    phrases: list[str] = ontology.table("coreference.yaml").get("wide_site_phrases", [])
    return frozenset(p.lower() for p in phrases)


def place_rank(cluster: EntityCluster) -> int:
    """How precise a place is, from :data:`PLACE_RANK` by its subtype (city when unknown); a site
    whose name ends in a word of a wide stretch ("the X River", "the Y Forest", "the Z National
    Park") ranks with the divisions: a town named on or in it is finer."""
    rank = PLACE_RANK.get(cluster.subtype or "city", 2)
    if cluster.subtype != "site" or not cluster.mentions:
        return rank
    words = cluster.name.lower().split()
    if len(words) < 2:
        return rank
    water: list[str] = ontology.table("coreference.yaml").get("water_words", [])
    kinds: dict[str, list[str]] = ontology.table("entities.yaml").get("place_noun_kinds", {})
    built = words[-1] in kinds.get("site", [])  # "the Lake View Hotel" is a hotel
    wide = words[-1] in wide_site_words() or " ".join(words[-2:]) in _wide_site_phrases()
    if wide or (words[0] in water and not built):
        return PLACE_RANK["admin"]  # "the X River", "Lake Y", "the Gulf of Z"
    return rank


LOCATIVE_PREPS = {"in", "at", "near", "on", "inside", "outside", "across", "from", "into", "to", "around"}


ACTOR_NOUNS = {
    "parliament",
    "government",
    "army",
    "military",
    "mission",
    "embassy",
    "minister",
    "ministry",
    "president",
    "envoy",
    "ambassador",
    "leader",
    "official",
    "spokesperson",
    "spokesman",
    "police",
    "force",
    "agency",
    "campaign",
    "cabinet",
    "committee",
    "court",
    "navy",
    "people",
    "foreign",
}


_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "csubj"}


# Climbing stops at "ccomp": a reported clause has its own subject, and the
# matrix subject is the speaker ("police said militants killed ...").
_CLIMB_DEPS = {"xcomp", "advcl", "pcomp", "conj", "prep", "pobj", "acl", "relcl", "dobj", "appos"}


#: Verbs whose object noun names the event they perform ("carried out the attack").
_LIGHT_VERBS = {
    "carry",
    "launch",
    "conduct",
    "stage",
    "mount",
    "perpetrate",
    "execute",
    "commit",
    "claim",
    "plan",
    "order",
    "undertake",
    "hold",
    "organise",
    "organize",
    "lead",
    "make",
    "begin",
    "start",
    "attend",
    "join",
    "address",
    "pay",
    "announce",
    "impose",
    "issue",
    "direct",
    "extend",
    "renew",
    "mastermind",
    "orchestrate",
    # "coordinated the bombings", "engineered the attack", "plotted the raid": the one who shaped
    # the happening did it, as with "planned" and "organised"
    "coordinate",
    "engineer",
    "plot",
    "spearhead",
    # "cut short a state visit", "concluded a tour", "resumed its offensive": the doer ends or takes
    # up again a happening of its own
    "cut",
    "conclude",
    "curtail",
    "shorten",
    "wrap",
    "resume",
}


def reported_claims(sent: Span, index: dict[int, EntityCluster]) -> list[Token]:
    """ "The group said its men had carried out the ambush": an armed group owning an attack.

    The reporting verb is the trigger, so the claimant is its subject.
    """
    found = []
    verbs = reporting_verbs() | {"claim"}
    for token in matching(sent, verbs):
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        subjects = [s for s in token.children if s.dep_ == "nsubj"] or _stranded_subject(token)
        speakers = [c for c in entities_in(subjects, index)]
        if (
            not any(c.subtype == "armed_group" for c in speakers)
            and not any(
                armed_description(s) or _voice_of_group(s) or _voice_of_armed_group(s, index)
                for s in subjects
            )
            and not self_presented_member(token)
        ):
            continue
        if any(_state_speaker(s, index) for s in subjects):
            continue  # "the Taliban's intelligence agency said its forces had killed two": a state's report
        content = [t for c in reported_clauses(token) for t in c.subtree]
        owned = [
            t
            for t in content
            if (claim_content_word(t) or own_side_violence(t) or _adopted_attacker(t))
            and not any(c.dep_ == "agent" for c in t.children)  # "carried out by Israel": another's act
            and (t.pos_ != "VERB" or clause_is_actual(t))  # "our men will carry out more": a threat
        ]
        if owned:
            found.append(token)
    return found


def _stranded_subject(verb: Token) -> list[Token]:
    """ "Meanwhile in X, the Y rebel group said its fighters ...", the subject misread as an
    apposition of the place before it: a subjectless main reporting verb's subject is the noun
    just before it (and the name that noun stands beside). Empty when the verb has a subject or
    no noun ends right before it."""
    if (
        verb.dep_ != "ROOT"
        or verb.i == verb.sent.start
        or any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        return []
    noun = verb.doc[verb.i - 1]
    if noun.lower_ == ",":
        return subject_before_an_apposition(verb)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("appos", "conj") or noun.head.i > verb.i:
        return []
    return [noun, noun.head] if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else [noun]


def _state_speaker(subject: Token, index: dict[int, EntityCluster]) -> bool:
    """ "the Taliban's intelligence agency", "the GDI", "the army": a state body (by its entity's
    subtype, or a ``state_nouns``/``state_operatives`` word heading it), whose report of its own
    forces' acts is no claim."""
    if subject.i in index:
        return is_state(index[subject.i])  # "the Azawad Liberation Army" is a group by its name
    words = set(event_ontology()["state_nouns"]) | set(event_ontology()["state_operatives"])
    return any(
        t.lemma_.lower() in words for t in (subject, *(c for c in subject.children if c.dep_ == "compound"))
    )


def _voice_of_group(subject: Token) -> bool:
    """ "the leader of the Lakou gang", "a spokesman for the militia": a person speaking for a group
    of the ``non_state_performers`` kind (gang, militia, faction ...)."""
    performers = set(event_ontology()["non_state_performers"])
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("of", "for")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in performers for g in p.children)
        for p in subject.children
    )


def _voice_of_armed_group(subject: Token, index: dict[int, EntityCluster]) -> bool:
    """ "the group's spokesman", "the X Front's commander", "Abu Y, a spokesman for the X Front":
    a person in a ``claimant_voices`` role (the subject or its apposition) whose owner, by a
    possessive or by "of"/"for", is a named armed group or "the" group noun taking one up (``the
    group``, ``the movement``, a ``non_state_performers`` noun). What that person says of the
    group's fighters is the group's own word; a state body's or an outlet's voice is not."""
    return any(True for _ in _voiced_owners(subject, index))


def voiced_groups(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The named armed groups a claim's speaker speaks for ("Abu Y, a spokesman for the X Front,
    said ..." -> X Front), by :func:`_voice_of_armed_group`; empty when none is named."""
    subjects = [s for s in trigger.children if s.dep_ == "nsubj"]
    out: list[EntityCluster] = []
    for subject in subjects:
        for group in (*_voiced_owners(subject, index), *_pronoun_owned_voice(subject, index)):
            if group is not None and group not in out:
                out.append(group)
    return out


def _pronoun_owned_voice(subject: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "its spokesman, Abu Y, said ...", "their commander said ...": the armed group a possessive
    pronoun on a ``claimant_voices`` subject (or its apposition) takes up, when the pronoun stands
    for one (a state's or a body's spokesman is no group's voice); empty otherwise."""
    found: list[EntityCluster] = []
    for head in _voice_heads(subject):
        for owner in head.children:
            if owner.dep_ != "poss" or owner.lower_ not in ("its", "their"):
                continue
            group = _resolve_mention(owner, index)
            if group is not None and group.type == "ORG" and group.subtype == "armed_group":
                found.append(group)
    return found


def _voice_heads(subject: Token) -> list[Token]:
    """The subject and its appositions that are a ``claimant_voices`` word ("spokesman",
    "Abu Y, a spokesman ..."): the words whose owner speaks through them."""
    voices = event_words("claimant_voices")
    heads = (subject, *(c for c in subject.children if c.dep_ == "appos"))
    return [h for h in heads if h.lemma_.lower() in voices or h.lower_ in voices]


def _voiced_owners(subject: Token, index: dict[int, EntityCluster]) -> Iterator[EntityCluster | None]:
    """The owners of a ``claimant_voices`` subject that make it an armed group's voice: a named
    armed group, or for "the" group noun the armed group it takes up (None when no armed group was
    named before); the author a ``claimant_documents`` subject names ("a communique signed by X
    said its men ...")."""
    performers = event_words("non_state_performers") | _GROUP_NOUNS
    if subject.lemma_.lower() in event_words("claimant_documents"):
        # "a statement issued by X", "a leaflet in the name of X", "a video attributed to X": the
        # group the document names as its author (not one its relative clause tells of)
        named = [
            index[t.i]
            for c in subject.children
            if c.dep_ in ("acl", "prep")
            for t in c.subtree
            if t.i in index
        ]
        yield from (c for c in named if c.type == "ORG" and c.subtype == "armed_group")
        return
    for head in _voice_heads(subject):
        owners = [c for c in head.children if c.dep_ == "poss"]
        owners += [
            g
            for p in head.children
            if p.dep_ == "prep" and p.lower_ in ("of", "for")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        for owner in owners:
            named = [index[t.i] for t in owner.subtree if t.i in index]
            armed = [c for c in named if c.type == "ORG" and c.subtype == "armed_group"]
            if armed:
                yield armed[0]
            elif (
                not named
                and owner.lemma_.lower() in performers
                and any(d.dep_ == "det" and d.lower_ == "the" for d in owner.children)
            ):
                # "the group's spokesman": the armed group named before, if one is
                group = _resolve_mention(owner, index)
                yield group if group is not None and group.subtype == "armed_group" else None


def _adopted_attacker(verb: Token) -> bool:
    """ "said the gunman was one of its members", "said the bomber was its fighter": a group owning
    the attacker of a told attack (a copula whose definite attacker subject is the group's own)."""
    if verb.lemma_ != "be":
        return False
    attackers = set(event_ontology()["attacker_nouns"]) | _LONE_ATTACKERS
    doers = [
        c
        for c in verb.children
        if c.dep_ == "nsubj"
        and (c.lower_ in attackers or c.lemma_.lower() in attackers)
        and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
    ]
    return bool(doers) and any(
        c.dep_ == "attr"
        and any(t.lower_ in ("its", "their", "our") for t in c.subtree)
        and any(
            t.lemma_.lower() in ("member", "fighter", "militant", "operative", "soldier") for t in c.subtree
        )
        for c in verb.children
    )


#: Singular doers of one attack, beside ``attacker_nouns``: "the gunman was one of its members".
_LONE_ATTACKERS = frozenset(
    {"gunman", "bomber", "attacker", "assailant", "shooter", "stabber", "militant", "fighter"}
)


#: Where :func:`_subject_tokens` keeps a Doc's answers: ``{token index: subject tokens}``.
_SUBJECTS = "nexus_subject_tokens"


def _subject_tokens(token: Token) -> list[Token]:
    """The subject of a trigger, climbing to the governing verb when it has none of its own.

    Read once per token and kept with the Doc (the trigger, actor, type and event stages ask it
    of the same triggers; it reads only the parse, which no longer changes); each caller gets
    its own list."""
    memo: dict[int, list[Token]] = token.doc.user_data.setdefault(_SUBJECTS, {})
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = _find_subject_tokens(token)
    return list(found)


def _find_subject_tokens(token: Token) -> list[Token]:
    """:func:`_subject_tokens`, worked out."""
    current: Token | None = _reporter_of_a_vow(token) or _reporter_of_a_speech_act(token) or token
    for _ in range(6):
        if current is None:
            break
        if current.i == token.i and (_patient_of_a_when_clause(token) or befell_the_patients(token)):
            return []  # "its worst day came in 2020, when 40 soldiers were killed": no doer of its own
        if _scene_clause(current, token):
            current = current.head  # "opened fire as fans were heading ..., killing two": the gunman
            continue
        subjects = [c for c in current.children if c.dep_ in _SUBJECT_DEPS and not _measure_phrase(c)]
        agents = [
            g
            for c in current.children
            if c.dep_ == "agent" and not _measure_phrase(c)
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not agents and any(c.dep_ == "auxpass" for c in current.children):
            # "he was designated a terrorist by the United States": the agent hung on the complement
            agents = [
                g
                for c in current.children
                if c.dep_ in ("oprd", "attr", "xcomp", "prep") and c.i > current.i
                for p in (c, *c.children)
                if p.dep_ == "prep" and p.lower_ == "by"
                for g in p.children
                if g.dep_ == "pobj"
            ]
        passive = current.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in current.children)
        # (a passive verb's subject is its patient, also when the parser labels it "nsubj": "who
        # it said was killed by X", the relative pronoun under the inserted "it said"; so is the
        # noun of a bare participle read as its verb: "said both soldiers shot at X had died")
        passive = passive or reduced_relative_fate(current) is not None
        found = [s for s in subjects if s.dep_ != "nsubjpass" and not passive] + agents
        if found:
            out = []
            for s in found:
                if s.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                    head = current.head  # "the group, which claimed ..." -> the group
                    if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.i != head.i:
                        head = head.head  # "Fighters of X, the group's branch, who overran ...": the fighters
                    out.append(head)
                else:
                    out.append(s)
            return out
        if (
            not found
            and (current.i == token.i or (token.dep_ == "dobj" and token.head.i == current.i))
            and current.dep_ in ("acl", "relcl")
            and (current.tag_ == "VBD" or any(c.dep_ == "dobj" for c in current.children))
            and current.head.pos_ in ("NOUN", "PROPN")
        ):
            # "Ukraine's foreign ministry called ...", parsed as a reduced relative; so is the verb
            # of its object ("the governor, General X, extended by three months the ban": X bans)
            return [current.head]
        if subjects and current.pos_ == "VERB" and current.i != token.i:
            return []  # passive clause: its subject is the patient
        stranded = _stranded_subject(current) if current.pos_ == "VERB" else []
        if stranded:
            return stranded  # "Meanwhile in X, the Y group said ...": the subject read as X's apposition
        clause_subject = _subject_read_as_conjunction_object(current) if current.pos_ == "VERB" else None
        if clause_subject is not None:
            return [clause_subject]  # "widened its bombing since the X, which ..., began an offensive": X
        if current.dep_ not in _CLIMB_DEPS or current.head.i == current.i:
            break
        current = current.head
    return []


def _measure_phrase(token: Token) -> bool:
    """ "extended by three months the ban": a "by" phrase of a ``measure_nouns`` noun (a time, a
    share), which the parser may label a passive's agent; a measure, never a doer."""
    return token.dep_ == "agent" and any(
        g.dep_ == "pobj" and g.lower_ in doer_words("measure_nouns") for g in token.children
    )


def _patient_of_a_when_clause(verb: Token) -> bool:
    """ "..., when 40 soldiers were killed in a raid": a passive with no agent in a relative
    clause of time or place opened by "when" or "where" (on the noun of a date or a place) tells
    what befell its subject; the main clause's subject ("the army had its worst day")
    did not do it."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    return (
        any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "nsubjpass" for c in children)
        and not any(c.dep_ == "agent" for c in children)
        and any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in children)
    )


#: Words that open a clause of time or cause, which a parser may read as a preposition with
#: the clause's subject as its object ("since the front, which ..., launched an offensive").
_CLAUSE_OPENERS = frozenset({"since", "after", "before", "until", "till", "as", "because"})


def _subject_read_as_conjunction_object(verb: Token) -> Token | None:
    """ "The air force has widened its bombing since the front, which holds most of the hills,
    began an offensive": a subjectless verb the parser joins to the main verb as its conjunct
    (no "and", "or" or "but" before it) right after a "since"/"after" phrase whose noun carries
    an inserted clause between commas. The phrase was a clause of its own, and its noun is the
    verb's subject, not the main verb's ("it")."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    head = verb.head
    if any(t.dep_ in ("cc", "preconj") and t.head in (head, verb) for t in head.doc[head.i + 1 : verb.i]):
        return None  # "... since May and launched": a true conjunct
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _CLAUSE_OPENERS or not head.i < prep.i < verb.i:
            continue
        noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or noun.doc[verb.i - 1].text != ",":
            continue
        if noun.right_edge.i not in (verb.i - 1, verb.i - 2):
            continue
        if any(c.dep_ == "relcl" or c.dep_ == "appos" for c in noun.children):
            return noun
    for clause in (*head.children, *verb.lefts):
        # "..., after men tied to the cartel raided a prison": the participle read as the
        # clause's verb ("men tied"), the real verb as the main verb's conjunct
        if clause.dep_ != "advcl" or clause.right_edge.i != verb.i - 1 or clause.tag_ not in ("VBN", "VBD"):
            continue
        if not any(m.dep_ == "mark" and m.lower_ in _CLAUSE_OPENERS | {"when"} for m in clause.children):
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "aux", "auxpass") for c in clause.children):
            continue  # "after the army retook the town", "after talks had stalled": a clause of its own
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if len(subjects) == 1 and any(c.dep_ in ("prep", "agent") for c in clause.children):
            return subjects[0]
    return None


@cache
def _speech_act_verbs() -> frozenset[str]:
    """Lemmas of verbs that are themselves a statement ("accuse", "condemn", "warn"), from the
    ``statement`` verbs of ``events.yaml``."""
    return frozenset(str(w).lower() for w in event_ontology()["types"]["statement"]["verbs"])


def _reporter_of_a_speech_act(token: Token) -> Token | None:
    """ "The front said X had shelled the town and accused Y of ...": the accusing is the
    speaker's, though the parser ties it to the reported clause. A subjectless speech-act verb
    in the simple past coordinated with a reported verb in the past perfect ("had shelled") is
    the reporting verb's conjunct: the reporting verb gives the subject."""
    if token.dep_ != "conj" or token.tag_ != "VBD" or token.lemma_.lower() not in _speech_act_verbs():
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in token.children):
        return None
    reported = token.head
    reporter = reported.head
    if reported.dep_ != "ccomp" or reporter.lemma_.lower() not in reporting_verbs():
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in reported.children):
        return None
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in reported.children):
        return None  # "the navy said it had intervened ... and pledged": "it" is the speaker anyway
    return reporter


#: Verbs of a speaker's own pledge or call, which a parser may hang on the reported clause.
_VOW_VERBS = frozenset({"vow", "pledge", "promise", "warn", "urge", "threaten", "call", "demand", "appeal"})


def _reporter_of_a_vow(token: Token) -> Token | None:
    """The reporting verb a subjectless vow is read as coordinated with ("he told reporters that
    gunmen had slipped in from X and pledged to ..."): the parser hangs "vowed" on the reported
    clause, whose subject did not vow anything. None for any other token."""
    if token.lemma_.lower() not in _VOW_VERBS or token.dep_ != "conj":
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in token.children):
        return None
    reported = token.head
    if reported.dep_ != "ccomp" or reported.head.lemma_.lower() not in reporting_verbs():
        return None
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in reported.children):
        return None  # "the coastguard said it had intervened ... and pledged": "it" is the speaker anyway
    return reported.head


#: Subordinators of a clause that sets the scene of the main one ("as fans were heading home").
_SCENE_MARKS = frozenset({"as", "while", "when", "whilst"})


def _scene_clause(current: Token, token: Token) -> bool:
    """A trailing participle (", killing two men") the parser hung on a scene-setting clause
    ("as fans were heading to the match"): its doer is the main clause's subject, not the scene's."""
    return (
        current.i != token.i
        and token.tag_ == "VBG"
        and token.dep_ == "advcl"
        and token.head.i == current.i
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and current.dep_ == "advcl"
        and current.head.i != current.i
        and any(c.dep_ == "mark" and c.lower_ in _SCENE_MARKS for c in current.children)
    )


#: Dependents whose entities are not part of the phrase they hang on: "Ilan Mor, who warned
#: ..." is about Mor, not about whoever the relative clause mentions.
_CLAUSAL_DEPS = frozenset({"relcl", "advcl", "acl"})


def _phrase(token: Token, skip: frozenset[str] = _CLAUSAL_DEPS) -> Iterable[Token]:
    """A token's subtree without its clausal dependents (in the order of a depth-first walk that
    yields each token before its children, as ``Token.subtree`` builds it; walked with a stack,
    not nested generators, whose cost grows with the depth of every token)."""
    doc = token.doc
    for i in _phrase_ids(doc, token.i, skip):
        yield doc[i]


def _phrase_ids(doc: Doc, head: int, skip: frozenset[str]) -> Iterator[int]:
    """The token indices of :func:`_phrase` of ``doc[head]``, in the same order, walked on the
    parse index (no Token built)."""
    parse = parse_index(doc)
    dep = parse.deps
    stack = [head]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed([c for c in parse.children(current) if dep[c] not in skip]))


def entities_in(
    tokens: Iterable[Token], index: dict[int, EntityCluster], *, descriptions: bool = True
) -> list[EntityCluster]:
    """Entities named in the phrases headed by ``tokens`` (relative clauses left out).

    When the head is itself an entity, its apposition only describes it:
    "Al-Shabaab, al Qaeda's affiliate in East Africa, said" names Al-Shabaab.
    """
    out: list[EntityCluster] = []
    for token in tokens:
        described = token.i in index and not _office_named_as_body(token, index)
        skip = _CLAUSAL_DEPS | {"appos"} if described else _CLAUSAL_DEPS
        opened, filed = dateline_start(token.doc), dateline_end(token.doc)
        whereabouts = _doers_whereabouts(token)
        doc = token.doc
        for at in _phrase_ids(doc, token.i, skip):
            cluster = index.get(at)
            if cluster is None:
                continue  # names nothing (asked first: the tests below are dearer)
            sub = doc[at]
            if sub.i in whereabouts and cluster.type == "PLACE":
                continue  # "gunmen in southern Somalia": where the attackers were, not who they were
            if opened <= sub.idx < filed:
                continue  # the dateline's place is where the report was filed, not an actor
            if _qualifies_a_modifier(sub):
                continue  # "al Qaeda-linked fighters" are not al Qaeda
            if not descriptions and _describes_another(sub, index):
                continue  # "fighters of JNIM, al Qaeda's branch": the branch, not al Qaeda
            if cluster not in out:
                out.append(cluster)
    return out


@cache
def _speaker_roles() -> frozenset[str]:
    return statement_cues().get("speaker_roles", frozenset())


def _office_named_as_body(token: Token, index: dict[int, EntityCluster]) -> bool:
    """ "X's Minister of Information, Y, condemned ...": an office (a ``speaker_roles`` word heading
    an organisation's name) with a named person in apposition, who holds it and acts; the
    apposition of any other named head only describes it."""
    cluster = index[token.i]
    return (
        cluster.type == "ORG"
        and token.lemma_.lower() in _speaker_roles()
        and any(
            a.dep_ == "appos" and (p := index.get(a.i)) is not None and p.type == "PERSON"
            for a in token.children
        )
    )


def _doers_whereabouts(token: Token) -> set[int]:
    """The tokens of the locative phrases hung on an unnamed attacker noun ("gunmen in
    northern Mali", "militants near the border"): they say where, not who. ``token`` may be
    the "by" of an agent phrase ("killed by insurgents in X")."""
    if token.dep_ in ("agent", "prep") and token.lower_ == "by":
        return {i for c in token.children if c.dep_ == "pobj" for i in _doers_whereabouts(c)}
    doers = _attacker_nouns() | _private_performers()  # "armed men in western X" too
    if token.lower_ not in doers and token.lemma_.lower() not in doers:
        return set()
    return {
        t.i
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS - {"from", "to"}  # "on a market in X": the target
        for t in c.subtree
    }


#: Nouns for a state in "the two governments", "both countries", "the two sides".
_STATE_PAIR_NOUNS = frozenset({"government", "country", "nation", "side", "neighbour", "neighbor", "state"})


#: Nouns for an armed force in "the two armies", "both militaries": the two forces named before.
_FORCE_PAIR_NOUNS = frozenset({"army", "military", "force"})


def _pair_of_states(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "the two governments had agreed", "both countries signed": the two countries named last
    before the noun (nothing unless two are); "the two armies destroyed a camp": the two armed
    forces named last before it."""
    lemma = noun.lemma_.lower()
    if lemma not in _STATE_PAIR_NOUNS | _FORCE_PAIR_NOUNS:
        return []
    if not any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in noun.children):
        return []
    wanted = "country" if lemma in _STATE_PAIR_NOUNS else "military"
    found: list[EntityCluster] = []
    for i in _indexed_before(noun.doc, index, noun.i):
        cluster = index[i]
        if cluster.subtype == wanted and cluster not in found:
            found.append(cluster)
            if len(found) == 2:
                return found[::-1]
    return []


#: Words of a clause tying unnamed doers to a group: "gunmen belonging to X", "fighters loyal to X".
_MEMBERSHIP_WORDS = frozenset({"belong", "belonging", "loyal", "attach", "attached", "owe", "owing"})


def _group_of_doers(doers: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "Gunmen belonging to a X faction", "fighters loyal to X", "gunmen believed to belong to X",
    "gunmen suspected of belonging to X", "gunmen thought to be members of X": the armed group the
    clause on an unnamed attacker noun ties them to (whether the tie is told or only believed)."""
    if doers.lower_ not in _attacker_nouns() and doers.lemma_.lower() not in _attacker_nouns():
        return []
    clauses = [c for c in doers.children if c.dep_ in ("acl", "amod")]
    for prep in doers.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
            # "Fighters from the X Division, a ... faction, shelled ...": the group they are from
            groups = [c for c in entities_in([prep], index) if c.type == "ORG" and c.subtype != "media"]
            if groups:
                return groups[:1]
            # "fighters of the group", "gunmen from the same group": the armed group named before
            named = [_resolve_mention(g, index) for g in prep.children if g.dep_ == "pobj" and _the_group(g)]
            if named and named[0] is not None:
                return [named[0]]
    head = doers.head.lemma_.lower()
    if doers.dep_ in ("nsubj", "nsubjpass") and (
        head in _BELIEF_VERBS or head in _MEMBERSHIP_WORDS or (head == "be" and doers.dep_ == "nsubj")
    ):
        # "Gunmen believed to belong to X killed ..." (a misparsed head), "The attackers belonged to
        # X", "the attackers were (suspected) members of a faction of X"
        clauses.append(doers.head)
    for clause in clauses:
        groups = _tied_groups(clause, index)
        if groups:
            return groups
    return []


def _the_group(noun: Token) -> bool:
    """ "the group", "the same group", "the movement": a definite group noun naming nobody."""
    return (
        noun.lower_ in _GROUP_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and all(c.lower_ in ("the", "same") for c in noun.children)  # not "the Wazalendo movement"
    )


def group_told_before(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The armed group a definite group noun naming nobody stands for ("the group", "the same
    group": :func:`_the_group`), or None."""
    if not _the_group(noun):
        return None
    cluster = _resolve_mention(noun, index)
    return cluster if cluster is not None and cluster.subtype == "armed_group" else None


def _attackers_before(pronoun: Token) -> Token | None:
    """An unnamed attacker noun that is the subject of a clause of the pronoun's sentence before it
    ("Fighters ... killed 40 soldiers when they stormed ..."), or None."""
    start = sentence_start(pronoun.doc, pronoun.i)
    for token in pronoun.doc[start : pronoun.i]:
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.lower_ in _attacker_nouns()
            and token.tag_ in ("NNS", "NNPS")
        ):
            return token
    return None


def _joint_states(subjects: list[Token], index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "Nigerian troops and CJTF fighters repelled ...": the state of a coordinated subject named
    only by its nationality, beside the named force it acted with."""
    found: list[EntityCluster] = []
    state_nouns = set(event_ontology()["state_nouns"])
    for subject in subjects:
        for part in (subject, *subject.conjuncts):
            if part.i in index or (part.lemma_.lower() not in state_nouns and part.lower_ not in state_nouns):
                continue
            if _nationality_of(part) is None:
                continue
            state = _resolve_mention(part, index)
            if state is not None and state.subtype == "country" and state not in found:
                found.append(state)
    return found


def _nationality_of(noun: Token) -> Token | None:
    """The nationality word before a noun of state forces: "Ruritanian troops", or one step down on
    the type or number of its craft ("Ruritanian F-16 jets", "Ruritanian TB2 drones")."""
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound") and child.lower_ in ontology.demonyms():
            return child
        if child.dep_ in ("nummod", "compound"):
            below = next(
                (
                    c
                    for c in child.lefts
                    if c.dep_ in ("amod", "compound") and c.lower_ in ontology.demonyms()
                ),
                None,
            )
            if below is not None:
                return below
    return None


def _group_named_before(doers: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "IS fighters stormed ...", parsed with "IS" as a verb: the group named right before an
    unnamed attacker noun, whatever the parser hung it on."""
    if doers.i == 0 or (
        doers.lower_ not in _attacker_nouns() and doers.lemma_.lower() not in _attacker_nouns()
    ):
        return None
    cluster = index.get(doers.i - 1)
    if (
        cluster is None
        or cluster.type != "ORG"
        or cluster.subtype in ("media", "government", "international")
    ):
        return None
    return cluster


def attacker_group_tie(doers: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The armed groups a clause ties an unnamed attacker noun to ("gunmen believed to belong to
    X", "the attackers were thought to be members of X"); empty when none."""
    return _group_of_doers(doers, index)


#: Verbs by which a tie of unnamed doers to a group is believed or said: "gunmen believed to
#: belong to X", "attackers suspected of being members of X", "men thought to be from X".
_BELIEF_VERBS = frozenset({"believe", "think", "suspect", "say", "understand", "know", "report", "presume"})
#: Nouns of membership: "members of X", "fighters from X".
_MEMBER_NOUNS = frozenset({"member", "members", "part", "fighter", "fighters", "loyalist", "loyalists"})


def _tied_groups(clause: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The groups a clause hung on unnamed doers ties them to: "belonging to X", "loyal to X",
    "believed to belong to X", "suspected of being members of X", "thought to be from X"."""
    word = clause.lemma_.lower()
    if clause.lower_ in _MEMBERSHIP_WORDS or word in _MEMBERSHIP_WORDS:
        preps = [p for p in clause.children if p.dep_ == "prep" and p.lower_ == "to"]
    elif word in _BELIEF_VERBS or word == "be":
        # one step down the believed clause: "(believed) to belong to", "(suspected) of belonging to",
        # "(thought) to be members of", "(thought) to be from"
        inner = [
            t
            for c in clause.children
            if c.dep_ in ("xcomp", "prep", "pcomp", "attr")
            for t in (c, *c.children)
            if t.dep_ in ("xcomp", "pcomp", "attr")
        ]
        if word == "be":
            inner.append(clause)
        preps = []
        for verb in inner:
            if verb.lower_ in _MEMBERSHIP_WORDS or verb.lemma_.lower() in _MEMBERSHIP_WORDS:
                preps += [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"]
            elif verb.lemma_.lower() == "be" or verb.lower_ in _MEMBER_NOUNS:
                heads = [verb, *(a for a in verb.children if a.dep_ == "attr" and a.lower_ in _MEMBER_NOUNS)]
                preps += [
                    p
                    for h in heads
                    for p in h.children
                    if p.dep_ == "prep" and p.lower_ in ("of", "from", "to")
                ]
    else:
        return []
    found = [c for c in entities_in(preps, index) if c.type == "ORG" and c.subtype != "media"]
    return list(dict.fromkeys(found))


@cache
def _setting_verbs() -> frozenset[str]:
    """Verbs whose subject sets up the violence their object names ("laid siege", "sprang an
    ambush"; ``setting_verbs`` of ``events.yaml``, as event_types reads them)."""
    return frozenset(str(w).lower() for w in event_ontology()["setting_verbs"])


@cache
def _attacker_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in event_ontology()["attacker_nouns"])


@cache
def _private_performers() -> frozenset[str]:
    """Nouns for private people who may do violence ("men", "youths", "a shooter")."""
    return frozenset(str(w) for w in event_ontology()["private_performers"])


@cache
def _tie_participles() -> frozenset[str]:
    """Participles that make a name a qualifier of someone else (``doers.yaml``
    ``tie_participles``): "al Qaeda-linked fighters", "Iran-backed militias", "a Turkish-made
    drone" name who the fighters are tied to or who made the drone, not who acted."""
    return doer_words("tie_participles")


#: Nouns of a tie between groups: "the X affiliate Y", "the X offshoot Y" name Y, not X.
_LINK_NOUNS = frozenset({"affiliate", "offshoot", "branch", "proxy", "franchise", "splinter", "wing"})


def _qualifies_a_modifier(token: Token) -> bool:
    """Whether a token is part of an "X-linked" / "X-backed" modifier of another noun.

    A fact of the parse alone, asked of the same tokens by many events: kept per Doc.
    """
    memo: dict[int, bool] = token.doc.user_data.setdefault("nexus_qualifies_a_modifier", {})
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = _qualifies(token)
    return found


def _qualifies(token: Token) -> bool:
    doc = token.doc
    parse = parse_index(doc)  # (all on its columns: no Token built)
    text, low, title, dep, pos = parse.texts, parse.lowers, parse.titles, parse.deps, parse.pos
    n = len(doc)
    after = token.i + 1
    ties = _tie_participles()
    while after < n and after - token.i < 6:  # the rest of a name: "Islamic State-linked"
        inner = text[after] == "-" and after + 1 < n and title[after + 1]
        if inner and low[after + 1] not in ties:
            after += 1  # a hyphen inside the name: "al-Shabaab-allied"
        elif not parse.puncts[after] and title[after]:
            after += 1
        else:
            break
    if after + 1 < n and text[after] == "-" and low[after + 1] in ties:
        return True
    heads = parse.heads
    current = token.i
    for _ in range(4):
        head = heads[current]
        if head == current:
            return False
        if (
            parse.lemmas[head] in _LINK_NOUNS
            and token.i < head
            and (
                (dep[head] in ("compound", "nmod") and pos[heads[head]] == PROPN and heads[head] > head)
                or any(dep[c] == "appos" and pos[c] == PROPN and c > head for c in parse.children(head))
            )
        ):
            return True  # "the al Qaeda affiliate JNIM": JNIM, described by its tie to al Qaeda
        if low[head] in ties and dep[head] in ("amod", "compound", "nmod") and head > token.i:
            return any(text[j] == "-" for j in range(token.i, head))
        if dep[current] not in ("compound", "npadvmod", "nmod", "poss", "amod", "punct", "case"):
            return False
        current = head
    return False


#: Dependents that start a clause of their own (with its own event, place and date).
_OWN_CLAUSE_STOPS = _CLAUSAL_DEPS | {"ccomp", "conj", "parataxis", "xcomp"}


#: Prepositions whose phrase names another happening to compare or to order by
#: ("the deadliest since the 2015 X massacre", "a week after the bombing in Y").
_FRAME_PREPS = frozenset({"since", "after", "before", "following", "like", "unlike", "than"})


def _own_phrase(token: Token) -> Iterable[Token]:
    """A trigger's phrase: its subtree less the clauses below it (coordinated nouns stay).

    A frame naming another happening ("since the 2014 Dorvale massacre") is not
    part of it: its place is that happening's.
    """
    doc = token.doc
    parse = parse_index(doc)
    stack = [token.i]
    while stack:
        current = stack.pop()
        yield doc[current]
        stack.extend(reversed([c for c in parse.children(current) if _in_own_phrase(parse, c)]))


def _in_own_phrase(parse: ParseIndex, child: int) -> bool:
    dep = parse.deps[child]
    clause = dep in _OWN_CLAUSE_STOPS and (dep != "conj" or parse.pos[child] in (VERB, AUX))
    frame = dep == "prep" and parse.lowers[child] in _FRAME_PREPS
    return not clause and not frame


#: What a speaker said, not where: the content clauses of a statement verb.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "relcl", "acl", "parataxis", "dobj", "conj"})


#: Verbs of a speaker's visit whose object is where the speaker was ("X, visiting Y, said").
_VISITING = frozenset({"visit", "tour"})


def speaker_places(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """Where a statement was made: places in the verb's phrase, not in what was said.

    "told reporters in Kohima", "Back in Diffa region, she said", and the verb a
    statement is coordinated with ("visited Solingen and promised ...").
    """
    verbs = [trigger]
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    reporter = _reporter_of_a_vow(trigger) or _reporter_of_a_statement(trigger)
    if reporter is not None:
        verbs.append(reporter)  # "told reporters that X had crossed from Y and vowed ...": not Y
    elif trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX") and not own_subject:
        verbs.append(trigger.head)  # not "Israel has denied a role, but Hezbollah blamed it"
    verbs += _reporting_conjuncts(trigger)  # "condemned the attack and said in X that ..."
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "through"):
        verb = trigger.head.head  # "In X, the ministry said in a statement that ...": the noun's verb
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in reporting_verbs():
            verbs.append(verb)
    filed = dateline_end(trigger.doc)
    found: list[EntityCluster] = []
    for verb in verbs:
        skip = _CONTENT_DEPS if verb is trigger else _CONTENT_DEPS - {"dobj"}  # "visited Solingen and said"
        speaker = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        # "X, speaking in Kerrow on Monday, said", "X, visiting Kerrow, said": where the speaker was
        aside = [
            t
            for c in verb.children
            if c.dep_ == "nsubj"
            for a in c.children
            if a.dep_ == "acl" and a.tag_ == "VBG"
            for p in a.children
            if (p.dep_ == "prep" and p.lower_ in ("in", "at"))
            or (p.dep_ == "dobj" and a.lemma_.lower() in _VISITING)
            for t in p.subtree
        ]
        # "X, who spoke to reporters in Kerrow, condemned ...": the speaking clause's whole phrase
        aside += [
            t
            for c in verb.children
            if c.dep_ == "nsubj"
            for a in c.children
            if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in _SPEAKING_VERBS
            for t in _phrase(a, _CONTENT_DEPS - {"dobj"})
        ]
        speaker -= {t.i for t in aside}
        # "..., speaking to reporters in X": the participle of speaking tells where the verb was said
        # (or on a verb coordinated with it: "condemned X and promised Y, speaking in Z")
        shared = [verb, *(c for c in verb.children if c.dep_ == "conj" and not _has_subject(c))]
        aside += [
            t
            for v in shared
            for c in v.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _SPEAKING_VERBS
            for t in _phrase(c, _CONTENT_DEPS - {"dobj"})
        ]
        aside += _medium_phrases(verb)
        for sub in [*aside, *_phrase(verb, skip)]:  # (the speaker's own whereabouts first)
            if sub.i in speaker:
                continue  # "the Sindh police chief said": who speaks, not where
            cluster = index.get(sub.i)
            if sub.idx >= filed and cluster is not None and cluster.type == "PLACE" and cluster not in found:
                found.append(cluster)
    if not found and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in reporting_verbs():
        # "In X, the spokesman said the president had condemned the attack": the statement is
        # relayed where the spokesman said it (not where the attack was: the content is left out)
        found = speaker_places(trigger.head, index)
    return found


def _medium_phrases(verb: Token) -> list[Token]:
    """The tokens of the phrases that name the medium a statement verb was made in, with their
    participles and "from" phrases ("condemned the attack in a statement from X", "In a
    communiqué issued in Y, the alliance condemned ...": ``formal_media`` of events.yaml as
    the object of "in" or "through" in the verb's phrase, its object's included); what the
    medium says (a clause below it) is left out."""
    media = statement_cues()["formal_media"]
    out: list[Token] = []
    for sub in _phrase(verb, _CONTENT_DEPS - {"dobj"}):
        if sub.dep_ != "pobj" or sub.pos_ != "NOUN" or sub.lemma_.lower() not in media:
            continue
        if sub.head.lower_ not in ("in", "through"):
            continue
        for child in sub.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":  # "a communiqué issued in Y"
                out += [
                    t
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ in ("in", "at")
                    for t in p.subtree
                ]
            elif child.dep_ == "prep" and child.lower_ in ("from", "in"):  # "a statement from X"
                out += list(child.subtree)
    return out


#: Verbs of speaking whose participle sets where a statement was made ("speaking to reporters in X").
_SPEAKING_VERBS = frozenset({"speak", "talk", "address", "brief"})


def _reporter_of_a_statement(token: Token) -> Token | None:
    """The reporting verb a subjectless statement verb is read as coordinated with ("told
    reporters that forces were pursuing the rebels and accused X of ..."): the parser hangs the
    statement on the reported clause, but the speaker made it where the reporting verb was said.
    None unless ``token`` is a conjunct, without a subject, of a clause a reporting verb reports."""
    if token.dep_ != "conj" or _has_subject(token):
        return None
    reported = token.head
    if reported.dep_ != "ccomp" or reported.head.lemma_.lower() not in reporting_verbs():
        return None
    return reported.head


def _reporting_conjuncts(trigger: Token) -> list[Token]:
    """Reporting verbs coordinated with the statement verb and sharing its subject ("condemned
    the raid and said in X that patrols would be stepped up"): where they were said is where the
    statement was made."""
    joined = any(c.dep_ == "cc" for c in trigger.children)
    return [
        c
        for c in trigger.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and c.lemma_.lower() in reporting_verbs()
        # "X called for Y, its spokeswoman told reporters in Z": a comma, no "and", before the
        # attribution the parser made a conjunct; it tells where the statement was relayed
        and (not _has_subject(c) or (not joined and c.i > trigger.i and c.lemma_.lower() == "tell"))
    ]


def _has_subject(verb: Token) -> bool:
    """Whether the verb has a subject (or a passive's agent) of its own."""
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def compared_within(anchor: Token) -> bool:
    """Whether the place is the range a superlative compares within ("the deadliest attack in X",
    "the worst raid inside Y in years"): the object of "in"/"inside" on a noun that a superlative
    ("deadliest", "worst": tagged JJS, or ``superlative_words`` of districts.yaml) modifies. The
    happening lies somewhere in that range; a place its own clause names is finer."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("in", "inside", "within"):
        return False
    noun = prep.head
    if noun.pos_ != "NOUN":
        return False
    words = _superlative_words()
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in words) for c in noun.children)


@cache
def _superlative_words() -> frozenset[str]:
    """``superlative_words`` of districts.yaml ("worst", "deadliest")."""
    words: list[str] = ontology.table("districts.yaml").get("superlative_words", [])
    return frozenset(w.lower() for w in words)


def own_places(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """PLACE entities inside the trigger's own phrase (its subtree less the clauses below it).

    "the attack in Kalat", "struck a checkpoint in Wadajir", "the Kunduz bombing"
    name the trigger's place; "Modi, on a visit to Riyadh, condemned the attack"
    does not name where the attack was.
    """
    filed = dateline_end(trigger.doc)
    found: list[EntityCluster] = []
    divisions: list[EntityCluster] = []
    tokens = list(_own_phrase(trigger))
    if trigger.dep_ == "pobj" and trigger.pos_ in ("NOUN", "PROPN"):
        # "the mastermind behind bombings at a church in Jos": the parser hangs the place on
        # "mastermind"; a locative phrase right after the trigger's phrase is the trigger's
        holder = trigger.head.head
        for sibling in holder.children:
            if (
                sibling.dep_ == "prep"
                and sibling.i > trigger.i
                and sibling.lower_ in ("at", "in", "near", "on")
            ):
                tokens.extend(_own_phrase(sibling))
    tokens.extend(_scene_of_a_subject(trigger))
    tokens.extend(_scene_of_a_joined_verb(trigger))
    if trigger.dep_ == "dobj" and trigger.lemma_.lower() in _entity_words("acted_on_nouns"):
        # "laid siege to X" (``acted_on_nouns``): the parser hangs "to X" on the verb; it is the
        # siege's own place
        tokens.extend(
            t for p in trigger.head.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree
        )
    # "flew to X on Sunday, where she chaired a meeting": the clause the parser cut from X by the
    # day is the meeting's own phrase, X its own place
    tokens.extend(trigger.doc[i] for i in sorted(where_clause_scope(trigger, after_a_time=True)))
    for sub in tokens:
        cluster = index.get(sub.i) or _capital_in_phrase(sub, index)
        if (
            cluster is not None
            and cluster.type == "PLACE"
            and sub.idx >= filed
            and cluster not in found
            and not route_end(sub.doc[sub.i : sub.i + 1])
            and not home_of_a_person(sub, trigger)
            and not source_told_after(sub, trigger)  # "killing two, a source in X told us": the speaker's
            and not compared_within(sub)  # "its deadliest attack in X came when ... at Y": Y's
        ):
            named = None
            if _names_a_division(sub):
                start, end = sub.i, sub.i + 1
                while start > 0 and index.get(start - 1) is cluster:
                    start -= 1
                while index.get(end) is cluster:
                    end += 1
                named = town_before_its_division(sub.doc[start:end], index)
                if named is not None and home_of_a_person(named, trigger):
                    # "rounded up residents of X, in Y district, and ...": ", in Y district" only
                    # sets the people's home X; a town's own apposition is no scene of the verb
                    continue
                divisions.append(cluster)
            found.append(cluster)
            town = index[named.i] if named is not None else None
            if named is not None and town not in found:
                found.append(index[named.i])  # "near the village of X, in the Y district": X, set in Y
    # "In Kech district, gunmen fired on a post at Hoshab": the town before the division it names
    return [c for c in found if c not in divisions] + [c for c in found if c in divisions]


#: Prepositions by which a verb joined to a trigger sets the happening's scene.
_JOINED_SCENE_PREPS = frozenset({"in", "at", "near", "outside"})


def _scene_of_a_joined_verb(trigger: Token) -> list[Token]:
    """ "Gunmen killed two herders and stole their cattle near X": the scene phrase of a verb joined
    to a trigger verb and sharing its subject (it has none of its own) is the trigger's own too, one
    happening told by two verbs. Empty for a trigger that is no verb of killing or wounding
    (``harm_verbs``: "addressed the parliament and joined rallies in Y" is no address in Y) and for a
    joined clause with its own subject ("killed two in X, and police arrested five in Y")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in harm_verbs():
        return []
    found: list[Token] = []
    for verb in trigger.children:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.i < trigger.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in _JOINED_SCENE_PREPS:
                found.extend(prep.subtree)
    return found


#: Dependency labels of the words an appositive may situate its place by, down to the noun a
#: "where" clause hangs on ("a hamlet [about 14 km] north of Y in Z").
_SITUATING_DEPS = frozenset({"prep", "pobj", "advmod", "npadvmod", "compound", "amod", "nummod"})
#: Prepositions whose phrase only situates the noun it hangs on ("near Y", "north of Y", "in Z").
_SITUATING_PREPS = frozenset({"in", "near", "outside", "of", "close", "by"})


def _described_by_an_appositive(head: Token) -> Token | None:
    """The proper noun a "where" clause tells about when ``head`` (the noun the clause hangs on)
    only situates it, else None: the name an appositive describes ("X, a hamlet 12 km east of Y
    in Z, where ...": X, not Z), or the name a place is said to lie in ("X in Z
    district, where ...": X). The way up from ``head`` runs through prepositional phrases,
    bearings and measures only."""
    token, named = head, None
    while token.dep_ in _SITUATING_DEPS and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ not in _SITUATING_PREPS:
            break  # ("the governor of Y, where ...": Y is no situating phrase)
        token = token.head
        if token.pos_ == "PROPN" and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
            named = token  # "X in Z district": X
    if token is not head and token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.pos_ == "PROPN":
        return token.head
    return named


def where_clause_scope(trigger: Token, *, after_a_time: bool = False) -> frozenset[int]:
    """Token indices of the phrase a "where" relative clause holding the trigger tells about ("to
    X, where gunmen shot four": the phrase of X); empty when the trigger is in no such clause.

    A "where" clause the parser hangs on a time word ("flew to X on Sunday, where she chaired a
    meeting") tells about the place named just before that time: the nearest object of a
    preposition before it, in the same clause. With ``after_a_time``, only such a clause counts."""
    for token in (trigger, *trigger.ancestors):
        if token.dep_ != "relcl":
            continue
        if not any(c.lower_ == "where" for c in token.children):
            return frozenset()
        head = token.head
        clause = range(token.left_edge.i, token.right_edge.i + 1)
        if head.ent_type_ not in ("DATE", "TIME"):
            if after_a_time:
                return frozenset()
            described = _described_by_an_appositive(head)
            if described is not None:  # "X, a hamlet 12 km east of Y in Z, where ...": X's phrase
                return frozenset(range(described.left_edge.i, described.i + 1))
            return frozenset(i for i in range(head.left_edge.i, head.right_edge.i + 1) if i not in clause)
        holder = head
        while holder.dep_ in ("pobj", "prep", "npadvmod") and holder.head.i != holder.i:
            holder = holder.head  # "on Sunday": up to the verb it dates
        before = [
            t
            for t in holder.subtree
            if t.dep_ == "pobj"
            and t.i < head.left_edge.i
            and t.pos_ in ("PROPN", "NOUN")
            and t.ent_type_ != "DATE"
        ]
        if not before:
            return frozenset()
        place = max(before, key=lambda t: t.i)
        return frozenset(range(place.left_edge.i, place.right_edge.i + 1))
    return frozenset()


def _capital_in_phrase(token: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The capital a bare "in the capital" locates the phrase in (see :func:`capital_meant`)."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "at", "inside", "across", "around", "near"):
        return None
    return capital_meant(token, index)


#: Prepositions of a scene verb's phrase that say where the happening was ("ripped through X").
_SCENE_PREPS = frozenset({"through", "into", "inside"})


def _scene_of_a_subject(trigger: Token) -> list[Token]:
    """Tokens naming where a happening noun took place when it is the subject of a scene verb
    (``scene_verbs`` of entities.yaml): "The blast struck the X restaurant", "an explosion
    ripped through a bus station in Y". Empty for any other trigger."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return []
    if verb.lemma_.lower() not in _entity_words("scene_verbs"):
        return []
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in _SCENE_PREPS):
            out.extend(_own_phrase(child))
        elif child.dep_ == "prt" and child.lower_ == "through":  # "tore through the market"
            out.extend(t for c in verb.children if c.dep_ == "dobj" for t in _own_phrase(c))
    return out


@cache
def _home_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in ontology.table("entities.yaml").get("home_nouns", []))


def home_of_a_person(token: Token, trigger: Token) -> bool:
    """Whether a token lies in the "of" phrase of a home noun ("a native of X in Y"): where a
    person comes from, not where the event was (``home_nouns`` of entities.yaml). Not when the
    home noun is a settlement's people (``townsfolk_nouns``, plural) harmed by the event itself
    ("gunmen shot dead nine residents of X"): a band's victims are struck where they live, so X
    may place the event."""
    homes = _home_nouns()
    parse = parse_index(token.doc)
    heads, low = parse.heads, parse.lowers
    current = token.i
    for _ in range(6):
        head = heads[current]
        if current == trigger.i or head == current:
            return False
        if parse.deps[current] == "pobj" and low[head] == "of" and low[heads[head]] in homes:
            return not _harmed_townsfolk(token.doc[heads[head]], trigger)
        current = head
    return False


def _harmed_townsfolk(noun: Token, trigger: Token) -> bool:
    """ "gunmen shot dead nine residents of X": the object of the event's own verb of harm
    (``townsfolk_harm_verbs``): the people of a settlement (plural ``townsfolk_nouns``) it harmed
    (not "rounded up residents of X", who may be taken elsewhere)."""
    return (
        noun.tag_ == "NNS"
        and noun.lower_ in _entity_words("townsfolk_nouns")
        and noun.dep_ == "dobj"
        and noun.head.i == trigger.i
        and trigger.lemma_.lower() in _entity_words("townsfolk_harm_verbs")
        and not _scene_named_apart(noun, trigger)
    )


def _scene_named_apart(noun: Token, trigger: Token) -> bool:
    """ "killed six residents of X in an attack on a market in Y": the event's own words name
    a scene (a proper name after "in"/"at" outside the harmed people's phrase), so the
    victims' home X is where they live, not where they were struck."""
    own = {t.i for t in noun.subtree}
    return any(
        t.i not in own and t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.pos_ == "PROPN"
        for t in trigger.subtree
    )


@cache
def _entity_words(key: str) -> frozenset[str]:
    """A word list of ``entities.yaml`` in lower case; ``admin_nouns`` is ``place_noun_kinds.admin``."""
    table = ontology.table("entities.yaml")
    words = table.get("place_noun_kinds", {}).get("admin", []) if key == "admin_nouns" else table.get(key, [])
    return frozenset(str(w).lower() for w in words)


def _names_a_division(token: Token) -> bool:
    """A place name followed by a division noun here ("Kech district", "Zabul province")."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return (
        end < len(token.doc)
        and token.doc[end].is_lower
        and token.doc[end].lemma_.lower() in _entity_words("admin_nouns")
    )


def town_before_its_division(span: Span, index: dict[int, EntityCluster]) -> Token | None:
    """The last word of the town or site named just before ", in (the) <span> district", ``span``
    being a mention of a division ("residents of X, in Y district, were rounded up", "near the
    village of X, in the Y district of Z"): the text sets X inside the division, and X is the
    finer place; None when the mention is not so placed."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or not nxt.is_lower or nxt.lemma_.lower() not in _entity_words("admin_nouns"):
        return None
    at = span.start - 1
    if at > 0 and doc[at].lower_ == "the":
        at -= 1  # "X, in the Y district of Z"
    if at < 2 or doc[at].lower_ != "in" or doc[at - 1].text != ",":
        return None
    town = index.get(doc[at - 2].i)
    if (
        town is None
        or town.type != "PLACE"
        or town.subtype not in ("city", "site")
        or town is index.get(span.start)
    ):
        return None
    return doc[at - 2]


def _named_just_before(pronoun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The actor a relative pronoun follows ("X, who ..."), skipping only punctuation."""
    i = pronoun.i - 1
    first = sentence_start(pronoun.doc, pronoun.i)
    while i >= first and pronoun.doc[i].is_punct:
        i -= 1
    cluster = index.get(i) if i >= first else None
    return cluster if cluster is not None and can_act(cluster) else None


def _noun_modifier_entities(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """Entities modifying a noun trigger: "Hamas-led massacre", "Iran's barrage", "attack by X"."""
    found: list[EntityCluster] = []
    for child in noun.children:
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ == "by":
            # "an attack by Syria's Liwa al-Quds militia": the group, not the country owning its name
            agents = [g for g in child.children if g.dep_ == "pobj"]
            named = _without_possessor_states(_persons_first(agents, index), agents, index)
            if not named:  # "an attack by gunmen belonging to a X faction"
                named = [c for a in agents for c in _group_of_doers(a, index)][:1]
            if not named:  # "shelling by the Russian army", "an ambush by the militants"
                named = [c for c in (_resolve_mention(a, index) for a in agents) if c is not None]
            found.extend(named)
        elif child.i < noun.i and child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod"):
            # "the Moi College massacre": a modifier that cannot wage violence names the target
            found.extend(c for c in entities_in([child], index) if c.type != "ORG" or c.subtype != "other")
        if child.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in child.children):
            # "a curfew Niger imposed", "the raid the army carried out": the relative clause's doer
            doers = [c for c in child.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
            told = reporting_verbs() | frozenset(statement_cues().get("report_day_verbs", ()))
            if child.lemma_.lower() not in {"blame", "attribute", "pin", "call", "describe", "say"} | told:
                # (not "an attack the army later confirmed": who tells of it did not do it)
                found.extend(acting(entities_in(doers, index, descriptions=False), index, heads=doers))
        if child.dep_ == "acl" and child.tag_ == "VBN":
            # "a statement issued by Qatar's foreign minister, Khalid Nasser"
            agents = [g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            found.extend(_persons_first(agents, index))
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in ("blame", "attribute", "pin"):
            # "the Damascus strike, which Iran blamed on Israel", "bombings blamed on X": X did it
            blamed = [
                g for p in child.children if p.dep_ == "prep" and p.lower_ in ("on", "to") for g in p.children
            ]
            found.extend(entities_in(blamed, index))
        if child.dep_ == "poss" and (child.lower_ in _PRONOUNS or _group_noun(child, index)):
            resolved = _resolve_mention(child, index)  # "its claim", "their attack", "the group's claim"
            if resolved is not None:
                found.append(resolved)
        elif (
            child.i < noun.i
            and child.dep_ in ("amod", "compound")
            and child.lower_ in ontology.demonyms()
            and not _qualifies_a_modifier(child)
        ):
            country = _country_cluster(ontology.demonyms()[child.lower_], index, child)  # "Indian shelling"
            if country is not None:
                found.append(country)
        elif child.i < noun.i and (adjective := _demonym_of_weapon(child)) is not None:
            country = _country_cluster(ontology.demonyms()[adjective.lower_], index, adjective)
            if country is not None:
                found.append(country)  # "a Turkish drone strike": the drone's state struck
        elif (
            child.i < noun.i
            and child.dep_ in ("amod", "compound", "poss")
            and (child.lower_ in _STATE_WORDS or _state_word_below(child))
            and not (child.lower_ == "state" and noun.lemma_.lower() in _CEREMONY_NOUNS)  # "a state visit"
            and not (child.i in index and index[child.i].type == "PLACE")  # "the X Army School massacre"
        ):
            home = home_country(noun.doc, index)  # "a government offensive"
            if home is not None:
                found.append(home)
    return [c for c in found if can_act(c)]


def _demonym_of_weapon(modifier: Token) -> Token | None:
    """ "a Ruritanian drone strike", "a Ruritanian missile attack": the nationality word on a
    launched weapon (``launched_weapons`` of ``doers.yaml``) or "air" that modifies the noun;
    None otherwise (not "a Ruritanian-made drone": the maker)."""
    if modifier.dep_ != "compound" or (
        modifier.lower_ not in doer_words("launched_weapons") and modifier.lower_ != "air"
    ):
        return None
    return next(
        (
            c
            for c in modifier.children
            if c.dep_ in ("amod", "compound")
            and c.i < modifier.i
            and c.lower_ in ontology.demonyms()
            and not _qualifies_a_modifier(c)
        ),
        None,
    )


def _state_word_below(modifier: Token) -> bool:
    """ "an army drone strike": a state word modifying the modifier of a noun."""
    return modifier.dep_ == "compound" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _STATE_WORDS and c.i < modifier.i
        for c in modifier.children
    )


def _persons_first(phrases: list[Token], index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The actors a phrase names, the person before the office or state they hold: "Mexico's foreign
    minister, Juan Pérez" is Juan Pérez; the name is also found right after the office noun when
    the parser has hung it elsewhere."""
    found = acting(entities_in(phrases, index, descriptions=False), index, heads=phrases)
    doc = phrases[0].doc if phrases else None
    for phrase in phrases:
        assert doc is not None
        after = phrase.i + 1
        if phrase.i not in index and after + 1 < len(doc) and doc[after].text == ",":
            named = index.get(after + 1)
            if named is not None and named.type == "PERSON" and named not in found:
                found.append(named)
    persons = [c for c in found if c.type == "PERSON"]
    return persons or found


_STATE_WORDS = {"government", "military", "army", "security", "police", "state", "authorities"}
#: Nouns "state" qualifies as official, not as the actor: "a state visit", "a state funeral".
_CEREMONY_NOUNS = frozenset({"visit", "trip", "tour", "funeral", "dinner", "banquet", "reception"})
#: Verbs whose passive subject is the one who travels: "a team was dispatched to Tamale".
_SENT_VERBS = frozenset({"dispatch", "send", "deploy", "fly", "rush"})


def _country_cluster(
    code: str, index: dict[int, EntityCluster], evoked_by: Token | None = None
) -> EntityCluster | None:
    """The document's entity for a country code.

    When the document never names the country but a nationality adjective
    makes its state the actor ("A Turkish drone strike", "Indian troops"),
    the state becomes an entity of the document, its mention the adjective
    (``evoked_by``); it is registered in ``index`` and in the Doc's entity list.
    """
    found = next((c for c in index.values() if c.subtype == "country" and c.country == code), None)
    if found is not None or evoked_by is None:
        return found
    entry = gazetteer_entries().get(f"country:{code}")
    if entry is None:
        return None
    cluster = EntityCluster(type="PLACE", key=entry.key, subtype="country", country=code)
    cluster.forms[fold(entry.name)] = entry.name
    sent_start = evoked_by.sent.start_char
    cluster.mentions.append(
        Mention(evoked_by.idx, evoked_by.idx + len(evoked_by.text), evoked_by.text, sent_start)
    )
    index[evoked_by.i] = cluster
    evoked_by.doc.user_data.pop(_ELIGIBLE, None)  # which mentions may be referred back to may change
    evoked_by.doc.user_data.pop(_MERGED, None)  # (and the index with names written again)
    doc_clusters = evoked_by.doc._.nexus_entities
    if doc_clusters is not None:
        doc_clusters.append(cluster)
    return cluster


def home_country(
    doc: Doc, index: dict[int, EntityCluster], near: Token | None = None
) -> EntityCluster | None:
    """The country a report is about: the most mentioned country in it.

    With ``near`` (a trigger), the state of the happening's own place comes first:
    "Police shot a man in Linz" in a report mostly about Canada is Austria's
    police, so when the sentence's first located place lies in another country that the
    document never names, there is no named state to give (None).
    """
    countries = {id(c): c for c in index.values() if c.subtype == "country"}
    if near is not None:
        sent = near.sent
        for i in range(sent.start, sent.end):
            place = index.get(i)
            if place is None or place.type != "PLACE" or place.subtype == "country":
                continue
            country = place.country
            outer = place.within
            for _ in range(3):  # "a village in X district, Y province": the container's country
                if country or outer is None:
                    break
                country, outer = outer.country, outer.within
            if country:
                return _country_cluster(country, index)
        bodies = [(i, index[i]) for i in range(sent.start, sent.end) if i in index]
        homes = [(i, b.country) for i, b in bodies if b.type == "ORG" and b.country and is_state(b)]
        for _, code in homes:
            state = _country_cluster(code, index)  # "the ISPR said security forces ..."
            if state is not None:
                return state
        if any(
            near.doc[i].dep_ == "nsubj" and near.doc[i].head.lemma_.lower() in reporting_verbs()
            for i, _ in homes
        ):
            return None  # the speaking state body's state is never named: not the report's other state
    if not countries:
        return None
    # Each named country counts its own mentions and those of the report's places lying in it: a
    # report on a raid in X that names a far state more often than X (for the aid it pledged the
    # same day) still happens in X.
    scene = _scene_weights(index)
    return max(countries.values(), key=lambda c: len(c.mentions) + scene.get(c.country or "", 0))


def _scene_weights(index: dict[int, EntityCluster]) -> dict[str, int]:
    """How often the report names places lying in each country: country code -> mentions of its
    towns, districts and sites (a place's country, or that of the place the text puts it in)."""
    weights: dict[str, int] = {}
    for place in {id(c): c for c in index.values() if c.type == "PLACE" and c.subtype != "country"}.values():
        country, outer = place.country, place.within
        for _ in range(3):
            if country or outer is None:
                break
            country, outer = outer.country, outer.within
        if country:
            weights[country] = weights.get(country, 0) + len(place.mentions)
    return weights


def capital_meant(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The capital city "the capital" stands for ("In the capital, thousands rallied"): a bare
    "the capital" (no name with it) means the capital of the country the report is about, the
    one country its sentence names, else the country of its dateline or of its first named
    town; that capital must be named in the document. None otherwise."""
    if noun.lower_ != "capital" or noun.i in index or noun.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ in ("compound", "amod", "appos", "prep", "poss", "nmod") for c in noun.children):
        return None  # "the Malian capital", "the capital Bamako", "the capital of X", "X's capital"
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].i in index:
        return None  # "the capital Bamako" read as two words
    places = [c for c in dict.fromkeys(index.values()) if c.type == "PLACE"]
    named_capitals: dict[str | None, EntityCluster] = {
        c.country: c
        for c in places
        if c.subtype == "city" and c.country and fold(c.name) == fold(capitals().get(c.country, "") or "-")
    }
    if not named_capitals:
        return None
    sent = noun.sent
    here = {index[i].country for i in range(sent.start, sent.end) if i in index and index[i].type == "PLACE"}
    here.discard(None)  # the one country the sentence's places lie in
    if len(here) == 1:
        return named_capitals.get(next(iter(here)))
    first = min(
        ((min(m.start for m in c.mentions), c) for c in places if c.country and c.mentions),
        key=lambda t: t[0],
        default=None,
    )
    return named_capitals.get(first[1].country) if first is not None else None


def _capital_state(cluster: EntityCluster, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "Ottawa ordered out", "Bamako withdrew": a capital acting stands for its state (when named)."""
    if cluster.type != "PLACE" or cluster.subtype != "city" or not cluster.country:
        return None
    if fold(cluster.name) != fold(capitals().get(cluster.country, "") or "-"):
        return None
    return _country_cluster(cluster.country, index)


def acting(
    clusters: Iterable[EntityCluster], index: dict[int, EntityCluster], heads: Iterable[Token] = ()
) -> list[EntityCluster]:
    """The clusters that can act, in order and without repeats; a capital that heads a phrase
    of ``heads`` (or is coordinated with one) stands for its state ("Ottawa ordered out")."""
    named = {id(index[t.i]) for h in heads for t in (h, *h.conjuncts) if t.i in index}
    out: list[EntityCluster] = []
    for cluster in clusters:
        state = _capital_state(cluster, index) if id(cluster) in named else None
        chosen = state if state is not None else cluster
        if can_act(chosen) and chosen not in out:
            out.append(chosen)
    return out


def _person_beside_a_place(subjects: list[Token], index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "Bangsamoro interior minister X condemned ...", parsed with the region as the subject and
    the minister's name in apposition to it: the person or organisation in apposition to a
    subject that names a place unable to act (a region, a town), not the place."""
    described = [
        a
        for s in subjects
        if (c := index.get(s.i)) is not None and c.type == "PLACE" and not can_act(c)
        for a in s.children
        if a.dep_ == "appos"
    ]
    return [c for c in acting(entities_in(described, index), index) if c.type in ("PERSON", "ORG")]


def can_act(cluster: EntityCluster) -> bool:
    """Persons, organisations other than news media, and states can be actors."""
    if cluster.type == "ORG":
        return cluster.subtype != "media"
    return cluster.type == "PERSON" or cluster.subtype == "country"


#: Nouns for the person behind a happening: "the mastermind behind the bombings".
_AUTHOR_NOUNS = frozenset({"mastermind", "architect", "planner", "organiser", "organizer", "perpetrator"})


def _author_of(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "X was the mastermind behind suicide bombings", "X, the architect of the attack": X."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("behind", "of"):
        return []
    author = noun.head.head
    if author.lemma_.lower() not in _AUTHOR_NOUNS:
        return []
    if author.dep_ == "attr":
        subjects = [c for c in author.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return [c for c in entities_in(subjects, index) if can_act(c)]
    if author.dep_ == "appos":
        return [c for c in entities_in([author.head], index) if can_act(c)][:1]
    return []


def _work_of(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "the bombing was the work of X", "the raid bore the hallmarks of X": X did it."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in ("be", "bear", "carry", "have"):
        return []
    words = doer_words("authorship_nouns")
    owners = [
        g
        for c in noun.head.children
        if c.dep_ in ("attr", "dobj") and (c.lemma_.lower() in words or c.lower_ in words)
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    named = _without_possessor_states(_persons_first(owners, index), owners, index)
    return named or [c for c in (_resolve_mention(o, index) for o in owners) if c is not None]


def meeting_partners(verb: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The persons a meeting verb's object names ("commanders briefed the minister", "briefed
    her", "met Ruritania's envoy"): the other side of the meeting, a pronoun resolved to the
    person it stands for. Empty for a verb with no such object."""
    found: list[EntityCluster] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        named = [c for c in entities_in([obj], index) if c.type == "PERSON"]
        if not named and obj.lower_ in ("her", "him"):
            resolved = _resolve_mention(obj, index)
            named = [resolved] if resolved is not None and resolved.type == "PERSON" else []
        found += [c for c in named if c not in found]
    return found


def _group_noun(token: Token, index: dict[int, EntityCluster]) -> bool:
    """ "the group's", "the militia's": a group noun naming no entity itself, standing for one."""
    return token.i not in index and token.lemma_.lower() in _GROUP_NOUNS


def _convened(noun: Token) -> bool:
    """ "summoned the service chiefs to a security meeting", "convened the council for talks": a
    meeting noun under a verb of calling people to it (``convening_verbs`` of ``doers.yaml``), whose
    subject holds the meeting."""
    if noun.dep_ == "dobj":
        verb = noun.head  # "called an emergency meeting of police chiefs": the caller holds it
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("to", "for"):
        verb = noun.head.head
    else:
        return False
    meeting_nouns = event_ontology()["types"]["meeting"].get("nouns", [])
    return (
        (noun.lemma_.lower() in meeting_nouns or noun.lower_ in meeting_nouns)  # "talks" (lemma "talk")
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in doer_words("convening_verbs")
    )


#: Entity types whose name written again where the entity stage linked no mention still names
#: the doer for the actor rules (places are left to the place stages).
_RENAMED_TYPES = frozenset({"ORG", "PERSON"})


def names_written_again(doc: Doc, index: dict[int, EntityCluster]) -> dict[int, EntityCluster]:
    """Tokens that write an organisation's or a person's name, or another form the text gives it,
    where no entity mention covers them ("LNA drones struck", a headline's "AA fighters"): token
    index -> that entity, for the tokens of each whole-word occurrence of the form (a form shared
    by two entities, a lowercase form and a form of one character are left out; media too). Read
    from ``index``'s clusters (the entity stage's), kept with the Doc under their identities."""
    key = frozenset(map(id, index.values()))
    memo: dict[frozenset[int], dict[int, EntityCluster]] = doc.user_data.setdefault(
        "nexus_names_written_again", {}
    )
    found = memo.get(key)
    if found is not None:
        return found
    clusters = {id(c): c for c in index.values()}
    owners: dict[str, list[EntityCluster]] = {}
    for cluster in clusters.values():
        if cluster.type not in _RENAMED_TYPES or cluster.subtype == "media":
            continue
        for form in {*cluster.forms.values(), *cluster.written_forms}:
            if len(form) > 1 and form[0].isupper() and cluster not in owners.setdefault(form, []):
                owners[form].append(cluster)
    found = {}
    text = doc_text(doc)
    for form, named in owners.items():
        if len(named) != 1:
            continue
        for start, end in whole_word_occurrences(text, form):
            span = char_range(doc, start, end)
            if span is None or doc[span[0]].idx != start:
                continue
            at = range(*span)
            if doc[span[1] - 1].idx + len(doc[span[1] - 1]) != end or any(i in index for i in at):
                continue
            for i in at:
                found.setdefault(i, named[0])
    memo[key] = found
    return found


def actor_entities(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The entities that did the happening ``trigger`` tells (its subject, agent, the group a
    description names ...), read from the parse with ``index`` (token index -> entity cluster);
    a name the entity stage left unlinked ("LNA drones", :func:`names_written_again`) counts."""
    index = _with_names_written_again(trigger.doc, index)
    return _actor_entities(trigger, index) or _struggle_waged(trigger, index)


#: Where :func:`_with_names_written_again` keeps a Doc's merged indexes: ``{id(index): (index,
#: its size, merged)}``; dropped where an index is changed in place (:func:`_country_cluster`).
_MERGED = "nexus_actor_index"


def _with_names_written_again(doc: Doc, index: dict[int, EntityCluster]) -> dict[int, EntityCluster]:
    """``index`` with :func:`names_written_again` of it merged in (``index`` itself when that adds
    nothing), built once per index and kept with the Doc: the same merged dict for every trigger,
    so what is memoised per index (:func:`_eligible_before`, the offices) is worked out once, not
    once per call. A changed size (an entry added) builds it afresh."""
    memo: dict[int, tuple[dict[int, EntityCluster], int, dict[int, EntityCluster]]]
    memo = doc.user_data.setdefault(_MERGED, {})
    found = memo.get(id(index))
    if found is not None and found[0] is index and found[1] == len(index):
        return found[2]
    again = names_written_again(doc, index)
    merged = {**again, **index} if again and not all(i in index for i in again) else index
    memo[id(index)] = (index, len(index), merged)
    return merged


def _struggle_waged(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "The insurgency began in 2017 with attacks on police posts", "the insurgency started in
    2017, when armed men attacked ...": a happening told as the start or course of a
    ``waged_struggle_nouns`` subject (no entity of its own) is the report's one armed group's
    (:func:`_one_armed_group`); empty when the clauses above it have no such subject, or when the
    subject is an insurgency of a region or a side ("The insurgency in the southern provinces
    reignited in 2004, when gunmen raided ...": a struggle told afresh, not the one reported)."""
    current = trigger
    for _ in range(6):
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if any(s.i in index for s in subjects) or (
            subjects and current.i != trigger.i and current.pos_ != "VERB"
        ):
            return []
        struggle = [
            s
            for s in subjects
            if s.lemma_.lower() in doer_words("waged_struggle_nouns")
            and not any(c.dep_ in ("poss", "compound", "amod", "prep") or c.i in index for c in s.children)
        ]
        if struggle:
            group = _one_armed_group(trigger.doc, index)
            return [group] if group is not None else []
        if subjects and current.i != trigger.i:
            return []  # a clause of its own subject ("when armed men attacked") under no struggle
        if current.head.i == current.i or current.dep_ not in ("advcl", "relcl", "prep", "pobj", "conj"):
            return []
        current = current.head
    return []


def _actor_entities(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    if trigger.pos_ in ("NOUN", "PROPN"):
        actors = (
            _noun_modifier_entities(trigger, index) or _author_of(trigger, index) or _work_of(trigger, index)
        )
        if actors:
            return actors
        first = trigger  # "imposed an asset freeze, a travel ban and an arms embargo": as the first
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i < first.i:
            first = first.head
        head = first.head
        if first.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "was on a visit to", "took part in a rally"
        accused = (
            _accused_of(trigger, index) or _blamed_for(trigger, index) or _responsible_for(trigger, index)
        )
        if accused:
            return accused  # "X, whom India accuses of directing the attacks": X, not the accuser
        owner = _group_owner(trigger, index)
        if owner is not None:
            return [owner]  # "the insurgents' most notorious raid", "its deadliest attack"
        if first.dep_ == "pobj" and first.head.lower_ in ("including", "like") and head.pos_ == "NOUN":
            found = actor_entities(
                head, index
            )  # "carried out a string of attacks, including the assault on X"
            if found:
                return found
        if (
            first.dep_ in ("dobj", "attr", "nsubjpass", "pobj")
            and head.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() in _LIGHT_VERBS | {"be", "participate", "take"}
            and not any(c.dep_ == "neg" for c in head.children)  # "X has not claimed the attack"
        ):
            found = actor_entities(head, index)
            if found:
                return found
        if first.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _setting_verbs():
            found = actor_entities(head, index)  # "X fighters laid siege to a town", "sprang an ambush"
            if found:
                return found
        if first.dep_ == "dobj" and head.lemma_.lower() in statement_cues().get("issuing_verbs", frozenset()):
            found = acting(entities_in(_subject_tokens(head), index), index)
            if found:
                return found  # "the council released a statement": the council states it
        if (
            trigger.dep_ == "pobj"
            and trigger.head.lower_ in ("on", "during")
            and trigger.head.head.i in index
            and index[trigger.head.head.i].type == "PERSON"
            and trigger.lemma_.lower() in _CEREMONY_NOUNS | {"meeting", "talks", "visit", "trip", "tour"}
        ):
            return [index[trigger.head.head.i]]  # "President X, on a visit to Y, said ...": X visits
        if _convened(trigger):
            found = actor_entities(
                trigger.head if trigger.dep_ == "dobj" else trigger.head.head, index
            )  # "the minister summoned the chiefs to a meeting"
            if found:
                return found
        if _harm_told_of(trigger):
            found = actor_entities(trigger.head.head, index)  # "Ruritanian troops killed five in a clash"
            if found:
                return found
        if (
            trigger.dep_ == "pobj"
            and trigger.head.lower_ in ("during", "on", "at")
            and trigger.head.head.pos_ == "VERB"
            and trigger.lemma_.lower() in _CEREMONY_NOUNS | {"meeting", "talks"}
        ):
            # "Kindiki said during a visit to Dadaab": the speaker was the visitor
            hosts = _subject_tokens(trigger.head.head)
            present = acting(entities_in(hosts, index), index)
            return present or [c for s in hosts for c in _pair_of_states(s, index)]
        sides = _named_fight_sides(trigger, index)
        if sides:
            return sides  # "a firefight erupted between commandos of X and a gang": X
        told_when = _when_clause_doers(trigger, index)
        if told_when:
            return told_when  # "the massacre at X on June 3, when Y gunmen went from house to house"
        for clause in within_clauses(trigger):
            found = actor_entities(clause, index)
            if found:
                return found  # "a raid in which marines shot three smugglers": the marines' state
        return _accused_of(trigger, index)
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and trigger.head.i not in index:
        holder = trigger.head  # "passed a resolution condemning ...", "issued a statement urging ..."
        if holder.dep_ == "dobj" and holder.lemma_.lower() in _DOCUMENT_NOUNS:
            return acting(entities_in(_subject_tokens(holder.head), index), index)
    who = next(
        (c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")), None
    )
    if who is not None and not (trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trigger.children)):
        # (not "X, who it said was killed by Y": a passive's subject is its patient)
        named = _named_just_before(who, index)  # "Ilan Mor, who warned ...": Mor
        if named is not None:
            return [named]
        happening = trigger.head
        if trigger.dep_ == "relcl" and (
            happening.lemma_.lower() in _attack_nouns() or happening.lower_ in _attack_nouns()
        ):
            # "its deadliest was a bombing at X, which killed 32": the bombing's doer killed them
            found = actor_entities(happening, index)
            if found:
                return found
    subjects = _subject_tokens(trigger)
    arrest = trigger.lemma_.lower() in _ARREST_VERBS
    if arrest and ((not subjects and state_performed(trigger)) or _unnamed_arresters(subjects, index)):
        # "The FSB said 11 people had been detained", "a Ruritania Police spokesman said officers had
        # arrested five": the security body reporting its arrests
        bodies = [c for c in speaker_of(trigger, index) if c.type == "ORG" and is_state(c)]
        if not bodies:
            bodies = [c for c in _speakers_bodies(trigger, index) if c.type == "ORG" and is_state(c)]
        told_only = any(map(_tells_but_arrests_not, bodies)) if subjects else all(map(_press_office, bodies))
        if bodies and not told_only:  # (a press office telling of arrests made none: the state's, below)
            return bodies
    if not subjects and trigger.lemma_.lower() in _SENT_VERBS:
        subjects = [c for c in trigger.children if c.dep_ == "nsubjpass"]  # "a team was dispatched to"
    actors = _called_out_by(subjects, index) or acting(
        entities_in(subjects, index, descriptions=False), index, heads=subjects
    )
    leaders = _leaders_of(subjects, index)
    if leaders:  # "X's negotiating panel, led by Y, met ...": Y, not the state owning the panel
        owners = {id(index[t.i]) for s in subjects for t in s.children if t.dep_ == "poss" and t.i in index}
        actors = [*leaders, *(c for c in actors if c not in leaders and id(c) not in owners)]
    if actors:
        actors += [c for c in _joint_states(subjects, index) if c not in actors]
    if not actors:
        actors = _person_beside_a_place(subjects, index)
    if not actors:
        # "a communique released by the council said ...": the document's issuer speaks
        issuers = [
            g
            for s in subjects
            if s.lemma_.lower() in _DOCUMENT_NOUNS
            for a in s.children
            if a.dep_ == "acl" and a.tag_ == "VBN"
            for c in a.children
            if c.dep_ == "agent"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        actors = _persons_first(issuers, index) if issuers else []
    if not actors:  # "pamphlets left in the name of X"
        actors = [c for s in subjects for c in _in_the_name_of(s, index)][:1]
    if not actors:  # "a speaker presenting himself as a leader of X said ..."
        actors = [
            c
            for s in [*subjects, *self_presenting_speakers(trigger)]
            for role in self_presented_roles(s)
            for c in entities_in([t for t in role.subtree if t.i != role.i], index, descriptions=False)
            if c.type == "ORG"
        ][:1]
    if not actors and not any(s.i in index for s in subjects):
        actors = _organisers(trigger, index)  # "students gathered at the call of X"
    if not actors:
        # "fighters of ISWAP, the Islamic State's branch, overran ...": the group named before the description
        actors = [c for c in (_described_name(s, index) for s in subjects) if c is not None]
    if not actors:
        doers = subjects
        if not subjects and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _BELIEF_VERBS:
            # "Gunmen believed to belong to X killed ...", parsed with "killed" under "believed"
            doers = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        actors = [c for s in doers for c in _group_of_doers(s, index)][:1]
    if not actors:
        actors = [c for c in (_group_named_before(s, index) for s in subjects) if c is not None][:1]
    if not actors:
        actors = [c for s in subjects for c in _pair_of_states(s, index)]  # "the two governments"
    if not actors:
        actors = [c for s in subjects for c in _matrix_speaker(s, index)]
    if not actors:
        actors = [c for c in (_resolve_mention(s, index) for s in subjects) if c is not None]
    if not actors:
        actors = [c for c in (_sole_group(s, index) for s in subjects) if c is not None][:1]
    if not actors and subjects and all(_bare_state_noun(s) for s in subjects):
        actors = _reporting_state(trigger, index)  # "Jets struck targets in X, the Ruritanian army said"
        if not actors:
            actors = _reporting_force(trigger, index)  # "Troops killed two, the brigade said"
    if not actors and any(_the_government(s) and s.head.i == trigger.i for s in subjects):
        home = home_country(trigger.doc, index)  # "the ministry's court filing accused ..."
        actors = [home] if home is not None else []
    passive = not subjects and any(c.dep_ == "nsubjpass" for c in trigger.children)
    headline_passive = trigger.tag_ == "VBN" and bool(subjects) and all(s.like_num for s in subjects)
    if not actors and (passive or headline_passive):
        actors = _cause_clause_doers(trigger, index)  # "Three killed as Chadian jets pound ..."
    if not actors and (passive or headline_passive):
        actors = _happening_by(trigger, index)  # "Ten were killed in a raid by X fighters"
    if not actors:
        actors = _claimed_by(trigger, index)  # "... killed in an ambush that was claimed by X"
    passive_voice = passive or any(c.dep_ == "auxpass" for c in trigger.children)  # "... but was ambushed"
    if not actors and passive_voice and trigger.lemma_.lower() in _ASSAULT_VERBS:
        actors = _sole_group_met(trigger, index)  # "the convoy was ambushed; ... had encountered insurgents"
    if not actors:
        weapons = [trigger.head] if trigger.dep_ == "acl" else subjects
        actors = [c for w in weapons for c in launched_by(w, index)]  # "a drone launched by X hit ..."
    if not actors and trigger.pos_ == "VERB":
        actors = [c for w in _weapons_run_into(trigger) for c in launched_by(w, index)]
    if not actors:
        actors = [g for g in (_group_launching(w, index) for w in weapons) if g is not None][:1]
    if not actors:
        actors = _group_before_colon(trigger, index)
    return _without_possessor_states(actors, subjects, index)


#: Verbs of harm whose active subject did the happening the harm was done "in".


def _when_clause_doers(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The armed group a "when" clause on an attack noun or on its date names as the clause's
    subject: "residents remember the massacre at X on June 3, when Y gunmen went from house to
    house" (the parse may hang the date, and the clause with it, on the verb that governs the
    noun). Only armed groups: "the bombing, when X was governor" names who ruled, not who bombed."""
    if noun.lemma_.lower() not in _attack_nouns() and noun.lower_ not in _attack_nouns():
        return []
    own = {t.i for t in noun.subtree}
    governing = noun.head if noun.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") else noun
    for verb in noun.sent:
        if verb.pos_ != "VERB" or verb.dep_ not in ("relcl", "advcl") or verb.i < noun.i:
            continue
        if not any(c.lower_ == "when" and c.dep_ == "advmod" for c in verb.children):
            continue
        holder = verb.head
        dated = holder.ent_type_ == "DATE" and holder.head.head.i == governing.i
        if holder.i not in own and not dated:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return [c for c in entities_in(subjects, index, descriptions=False) if c.subtype == "armed_group"][:1]
    return []


@cache
def _attack_nouns() -> frozenset[str]:
    """Nouns of the attack type (``events.yaml``)."""
    return frozenset(str(w).lower() for w in event_ontology()["types"]["attack"]["nouns"])


def _named_fight_sides(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The named sides of a fight noun (``fight_nouns`` of ``events.yaml``) its "between" phrase
    gives: "clashes between X and Y" (X, Y), "a firefight erupted between commandos of Z and
    a gang" (Z; the parse may hang the phrase on a verb of outbreak, as in
    event_types). Organisations, persons and states only; places in the sides say where."""
    if noun.lemma_.lower() not in event_words("fight_nouns") and noun.lower_ not in event_words(
        "fight_nouns"
    ):
        return []
    owners = [noun]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in event_words("outbreak_verbs"):
        owners.append(noun.head)
    sides = [
        t
        for owner in owners
        for c in owner.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for g in c.children
        if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)
    ]
    return [
        c
        for c in entities_in(sides, index, descriptions=False)
        if c.type in ("ORG", "PERSON") or c.subtype == "country"
    ]


def _group_owner(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The armed group whose happening a possessor says it was: "the insurgents' most notorious
    raid", "its deadliest attack", "the group's first bombing", "its worst was a car bomb" (an
    unnamed possessor, a pronoun or
    an ``attacker_nouns``/group word, read as the armed group named before it); None for any
    other possessor or when the one it stands for is no armed group."""
    holders = [noun]
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in ("be", "remain"):
        # "Its worst that year was a car bomb", "its deadliest remains the assault on X": the
        # owner of the copula's subject
        holders += [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("ADJ", "NOUN")]
    owners = [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ == "poss"
        and c.i not in index
        and (
            c.lower_ in ("its", "their") or c.lower_ in _attacker_nouns() or c.lemma_.lower() in _GROUP_NOUNS
        )
    ]
    if len(owners) != 1:
        return None
    if owners[0].lower_ not in ("its", "their") and not any(
        d.dep_ == "det" and d.lower_ == "the" for d in owners[0].children
    ):
        return None  # "militants' attacks" in general
    found = _resolve_mention(owners[0], index)
    return found if found is not None and found.subtype == "armed_group" else None


def _harm_told_of(noun: Token) -> bool:
    """Whether an event noun is where an active verb of harm says its subject struck ("troops
    killed five rebels in a clash", "gunmen wounded two in an attack", "police stormed the house
    and shot two in a firefight"): the subject is its doer."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return False
    verb = noun.head.head
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in harm_verbs()
        and (
            any(c.dep_ == "nsubj" for c in verb.children)
            # "officers surrounded the house and killed three in a shootout": the subject of the
            # verb it is coordinated with
            or (verb.dep_ == "conj" and verb.head.pos_ == "VERB" and bool(_subject_tokens(verb)))
        )
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    )


#: Nouns for those who speak for a state when a nationality qualifies them ("Ruritanian officials").
_STATE_SPEAKERS = frozenset({"official", "ministry", "diplomat", "envoy", "spokesman", "spokeswoman"})

#: State bodies that speak for their state's forces ("the Ruritanian defence ministry said").
_STATE_BODIES = frozenset({"ministry", "presidency", "cabinet", "spokesman", "spokesperson", "spokeswoman"})


#: Persons who make arrests for a state, beside the ``state_nouns``: "officers arrested five".
_ARRESTER_NOUNS = frozenset({"officer", "detective", "agent", "policeman", "investigator"})


def _in_the_name_of(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "Pamphlets left at the scene in the name of X claimed the blast": the organisation a
    participle on a subject (or the verb it is the subject of) says the thing was left or issued
    in the name of; empty when none."""
    found: list[EntityCluster] = []
    clauses = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        # "Pamphlets left ... in the name of X claimed", parsed with "left" as the verb
        clauses.append(noun.head)
    for clause in clauses:
        for prep in (p for p in clause.children if p.dep_ == "prep" and p.lower_ == "in"):
            for name in (n for n in prep.children if n.dep_ == "pobj" and n.lower_ == "name"):
                owners = [
                    o for p in name.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                ]
                found += [c for c in entities_in(owners, index, descriptions=False) if c.type == "ORG"]
    return found


def _unnamed_arresters(subjects: list[Token], index: dict[int, EntityCluster]) -> bool:
    """Whether the subjects of an arrest are all unnamed state agents ("officers", "police"), not
    agents of a body their own phrase names ("FSB officers", "officers of the Border Police")."""
    return bool(subjects) and all(
        (_bare_state_noun(s) or s.lemma_.lower() in _ARRESTER_NOUNS)
        and not s.ent_type_
        and not _names_an_organisation(s, index)
        for s in subjects
    )


@cache
def _non_arresting_words() -> frozenset[str]:
    """Words naming a state body that tells of arrests but makes none (``events.yaml``:
    ``non_arresting_body_words`` and ``press_office_words``)."""
    return event_words("non_arresting_body_words") | event_words("press_office_words")


def _press_office(body: EntityCluster) -> bool:
    """Whether a reporting body is the press office of forces ("the X Media Cell", "the
    Directorate of Public Relations"), which speaks for them (``press_office_words``)."""
    name = " " + " ".join(body.name.lower().replace("-", " ").split()) + " "
    return any(f" {w} " in name for w in event_words("press_office_words"))


def _tells_but_arrests_not(body: EntityCluster) -> bool:
    """Whether a reporting body is a prosecutor's office, a court or a press office: "the Federal
    Prosecutor's Office said police had arrested three men" tells of arrests the police made,
    and unnamed police are their state's."""
    words = body.name.lower().replace("-", " ").replace("’", "'").split()
    name = " " + " ".join(words) + " "
    return any(f" {w} " in name for w in _non_arresting_words())


def _names_an_organisation(noun: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether a noun's modifiers or "of" phrase name an organisation: "FSB officers", "troops of
    the Ruritanian Army"."""
    return any(
        (cluster := index.get(t.i)) is not None and cluster.type == "ORG"
        for c in noun.children
        if c.dep_ in ("compound", "amod", "poss", "nmod", "prep")
        for t in c.subtree
    )


#: Participles naming who heads an unnamed body: "a delegation led by X", "a panel chaired by X".
_LEADING_VERBS = frozenset({"lead", "head", "chair"})


def _leaders_of(subjects: list[Token], index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """Who is said to lead an unnamed body that is the subject: "Ghana's border commission, led by X,
    met ...", "a delegation headed by the foreign minister, X, arrived" (X; a person first), else
    ``[]``."""
    agents = [
        g
        for s in subjects
        if s.i not in index and s.pos_ == "NOUN"
        for a in s.children
        if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in _LEADING_VERBS
        for b in a.children
        if b.dep_ == "agent"
        for g in b.children
        if g.dep_ == "pobj"
    ]
    return _persons_first(agents, index) if agents else []  # (a coalition "led by Ruritania": the state)


def _organisers(verb: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """Who brought out the crowd an unnamed subject makes: "students gathered at the call of X",
    "women marched in a rally called by X", "took part in a march organised by X" (X; the words
    are ``organising_verbs`` and ``summons_nouns`` of ``doers.yaml``), else ``[]``."""
    if verb.pos_ != "VERB":
        return []
    phrases: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if prep.lower_ == "at" and noun.lemma_.lower() in doer_words("summons_nouns"):
                phrases += [
                    g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                ]
            elif prep.lower_ == "in":
                phrases += [
                    g
                    for a in noun.children
                    if a.dep_ == "acl"
                    and a.tag_ == "VBN"
                    and a.lemma_.lower() in doer_words("organising_verbs")
                    for b in a.children
                    if b.dep_ == "agent"
                    for g in b.children
                    if g.dep_ == "pobj"
                ]
    return _persons_first([p for p in phrases if p.dep_ == "pobj"], index) if phrases else []


def _called_out_by(subjects: list[Token], index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """Who called out the crowd the subject is: "hundreds of farmers called by the X union marched",
    "supporters mobilised by X rallied" (X, not the people the crowd is made of; the participles
    are ``crowd_calling_verbs`` of ``doers.yaml``, with a "by" agent and no naming complement as in
    "a group called X by residents"), else ``[]``."""
    agents = [
        g
        for s in subjects
        for a in s.subtree
        if a.dep_ == "acl"
        and a.tag_ == "VBN"
        and a.lemma_.lower() in doer_words("crowd_calling_verbs")
        and not any(c.dep_ in ("oprd", "attr", "dobj", "xcomp") for c in a.children)
        for b in a.children
        if b.dep_ == "agent"
        for g in b.children
        if g.dep_ == "pobj" and g.i in index
    ]
    return _persons_first(agents, index) if agents else []


def _speakers_bodies(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The organisations named in the subject of the reporting verb above ``trigger`` ("Ruritania
    Police spokesperson Ana Ruiz said ..."): the bodies a spokesperson speaks for."""
    verb = reporting_verb_above(trigger)
    if verb is None:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [c for c in entities_in(subjects, index, descriptions=False) if c.type == "ORG"]


def reporting_verb_above(token: Token, hops: int = 6) -> Token | None:
    """The nearest reporting verb (``events.yaml`` reporting verbs) among the heads above
    ``token``, at most ``hops`` heads up; None when the root comes first."""
    current = token
    for _ in range(hops):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ == "VERB" and current.lemma_.lower() in reporting_verbs():
            return current
    return None


def _bare_state_noun(subject: Token) -> bool:
    """A state noun with no word saying whose it is ("jets", "the troops", not "Ruritanian jets")."""
    nouns = set(event_ontology()["state_nouns"])
    if subject.lemma_.lower() not in nouns and subject.lower_ not in nouns:
        return False
    return not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in subject.children)


def _reporting_state(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The state whose forces or government report the sentence ("..., the Ruritanian military
    said", "Ruritania's army said"): the one whose unnamed forces acted. Empty when no state speaks."""
    for verb in trigger.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting_verbs():
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            state = _official_state(subject, index)
            if state is None and subject.lemma_.lower() in _STATE_BODIES:
                # "the Ruritanian interior ministry said": the state the nationality names
                adjective = next(
                    (
                        t
                        for t in subject.lefts
                        if t.lower_ in ontology.demonyms() and not _qualifies_a_modifier(t)
                    ),
                    None,
                )
                if adjective is not None:
                    state = _country_cluster(ontology.demonyms()[adjective.lower_], index, adjective)
            if state is None:
                owner = next((c for c in subject.children if c.dep_ == "poss"), None)
                named = index.get(owner.i) if owner is not None else None
                official = subject.lemma_.lower() in _STATE_WORDS | set(event_ontology()["state_nouns"])
                state = named if named is not None and named.subtype == "country" and official else None
            if state is not None:
                return [state]
    return []


def _reporting_force(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The named military unit that reports what its unnamed troops did: "..., the brigade said"
    after the X Brigade was named, "Y, commander of the Z Brigade, said soldiers had shot three".
    Empty when no such unit speaks (an unnamed army's troops are its state's,
    :func:`_reporting_state`; a command naming itself as it reports stands beside its state,
    ``state_bodies.reporting_force``)."""
    for verb in trigger.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting_verbs():
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            named = index.get(subject.i)  # (a named command that reports: state_bodies.reporting_force)
            if named is not None and named.type == "PERSON":
                # "Y, commander of the Z Brigade, said": the unit the speaker commands
                roles = [c for c in subject.children if c.dep_ == "appos"]
                units = [c for c in entities_in(roles, index) if c.type == "ORG" and c.subtype == "military"]
                if units:
                    return units[:1]
            if named is None and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
                unit = _unit_named_before(subject, index)  # "the division said"
                if unit is not None:
                    return [unit]
    return []


#: Unit heads that also name a state's whole force or a group ("the army said": the state's army).
_WHOLE_FORCES = frozenset({"army", "fleet", "group", "front"})


def _unit_named_before(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The nearest earlier military unit whose name ends in ``noun``'s word ("the division" after
    "the 9th Infantry Division", "the brigade"), for a unit word of ``unit_heads`` (entities.yaml)
    other than those of a whole force ("the army": the state's)."""
    heads = frozenset(str(w).lower() for w in ontology.table("entities.yaml")["unit_heads"]) - _WHOLE_FORCES
    word = noun.lemma_.lower()
    if word not in heads:
        return None
    for i in range(noun.i - 1, -1, -1):
        cluster = index.get(i)
        if cluster is None or cluster.type != "ORG" or cluster.subtype != "military":
            continue
        if cluster.name.split()[-1].lower() == word:
            return cluster
    return None


def _group_before_colon(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "The militants have struck here before: in 2023 gunmen stormed a hotel": a clause after
    a colon tells an instance of what the clause before it says an armed group did."""
    start = sentence_start(trigger.doc, trigger.i)
    words = lowers(trigger.doc)
    colon = next((i for i in range(start, trigger.i) if words[i] == ":"), None)
    if colon is None:
        return []
    before = [t for t in trigger.doc[start:colon] if t.pos_ == "VERB" and _subject_tokens(t)]
    if not before:
        return []
    doers = _subject_tokens(before[0])
    named = acting(entities_in(doers, index, descriptions=False), index, heads=doers)
    if not named:
        named = [c for c in (_resolve_mention(d, index) for d in doers) if c is not None]
    return [c for c in named if c.subtype == "armed_group"][:1]


def _person_by_surname(word: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The one person of the document whose name ends in ``word`` ("Ruto" for "William Ruto"),
    when the tagger left the bare surname untagged; a surname split at its hyphen ("al-Mousa",
    tokenised "al", "-", "Mousa") is read whole. None when no person or several fit."""
    text, end = doc_text(word.doc), word.idx + len(word.text)

    def written(last: str) -> bool:
        return fold(last) == fold(word.text) or (
            len(last) > len(word.text) and fold(text[max(0, end - len(last)) : end]) == fold(last)
        )

    found = {
        id(c): c
        for c in index.values()
        if c.type == "PERSON" and len(c.name.split()) > 1 and written(c.name.split()[-1])
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _cause_clause_doers(verb: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "Five were killed when Turkish jets hit the village": a passive with no agent takes
    the doer of its "as"/"when" clause (a named entity, or the state of "Turkish jets")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when") for m in clause.children):
            continue
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        named = acting(entities_in(doers, index, descriptions=False), index, heads=doers)
        if not named:
            named = [c for c in (_resolve_mention(d, index) for d in doers) if c is not None]
        if named:
            return _without_possessor_states(named, doers, index)
    return []


def _happening_by(verb: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "Ten were killed in a raid by fighters loyal to X": a passive with no agent takes the doer
    the "by" phrase of its "in"/"during" noun names."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
                continue
            found = _noun_modifier_entities(noun, index)
            if found:
                return found
    return []


@cache
def doer_words(key: str) -> frozenset[str]:
    """A lower-case word list of ``doers.yaml`` (``launched_weapons``, ``launch_verbs`` ...)."""
    return frozenset(str(w).lower() for w in ontology.table("doers.yaml")[key])


def dropped_bomb(weapon: Token) -> bool:
    """Whether ``weapon`` is a bomb dropped from the air (``dropped_bombs`` with one of the
    ``dropped_bomb_modifiers`` of doers.yaml before it: "a glide bomb", "barrel bombs")."""
    if weapon.lower_ not in doer_words("dropped_bombs"):
        return False
    modifiers = doer_words("dropped_bomb_modifiers")
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in modifiers for c in weapon.children)


def launched_by(weapon: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "a drone launched by Ruritania's Red Hand movement slammed into ...", "rockets fired by the
    group", "a roadside bomb (believed to have been) planted by the militants", "the device was
    suspected to have been planted by members of X": the doers a launch
    or planting participle's agent names on a ``launched_weapons`` or ``planted_devices`` noun (a
    group before the country it is named with; for an unnamed definite doer, the armed group it
    stands for); empty when there are none."""
    if weapon.lower_ in doer_words("launched_weapons"):
        verbs = doer_words("launch_verbs")
    elif weapon.lower_ in doer_words("planted_devices"):
        verbs = doer_words("planting_verbs")  # "a roadside bomb planted by X"
    else:
        return []
    participles = [v for v in weapon.children if v.dep_ == "acl"]
    if weapon.dep_ == "nsubjpass" and weapon.head.lemma_.lower() in (verbs | _BELIEF_VERBS):
        participles.append(weapon.head)  # "the bomb had been planted by X", "the device was suspected ..."
    if weapon.dep_ == "nsubj" and weapon.head.lemma_.lower() in _BELIEF_VERBS:
        participles.append(weapon.head)  # (parsed "a bomb believed ..." as the bomb's clause)
    # "a bomb believed to have been planted by X": the participle under the belief
    participles += [
        x for v in participles if v.lemma_.lower() in _BELIEF_VERBS for x in v.children if x.dep_ == "xcomp"
    ]
    agents = [
        g
        for verb in participles
        if verb.lemma_.lower() in verbs
        for a in verb.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]
    found = acting(entities_in(agents, index, descriptions=False), index, heads=agents)
    if not found:  # "planted by the militants": the armed group they stand for
        found = [
            c
            for c in (_resolve_mention(a, index) for a in agents)
            if c is not None and c.subtype == "armed_group"
        ][:1]
    groups = [c for c in found if c.type == "ORG"]
    return groups or found


def _weapons_run_into(verb: Token) -> list[Token]:
    """ "a patrol vehicle struck a device planted by X", "the lorry ran over a mine laid by X": the
    planted weapons (``planted_devices``) a verb's object or "over"/"on" object names, whose
    planter is the doer of what the verb tells."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("over", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return [o for o in objects if o.lower_ in doer_words("planted_devices")]


def _group_launching(weapon: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "a missile fired from Ruritania" in a report naming one armed group of Ruritania: that group.

    ``weapon`` is a projectile noun with a launch participle ("fired", "launched")
    whose ``from`` names a place; the doer is the only armed group of the document
    whose gazetteer country is that place's. Returns None otherwise.
    """
    if weapon.lower_ not in doer_words("launched_weapons"):
        return None
    for verb in weapon.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in doer_words("launch_verbs"):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            origin = next((index[t.i] for t in prep.children if t.dep_ == "pobj" and t.i in index), None)
            if origin is None or origin.type != "PLACE" or not origin.country:
                continue
            groups = {
                id(c): c for c in index.values() if c.subtype == "armed_group" and c.country == origin.country
            }
            if len(groups) == 1:
                return next(iter(groups.values()))
    return None


#: Plural nouns for an insurgency's members that, unqualified, mean the one group a report names.
_INSURGENT_NOUNS = frozenset({"insurgents", "militants", "jihadists", "rebels"})


def _sole_group(subject: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "insurgents attacked Kovalla" in a report naming one armed group: that group.

    Only a bare plural (no determiner or modifier of its own) and only when the document
    names a single armed group, groups that merely describe another one left aside
    ("ISM, the Islamic State's local branch").
    """
    if subject.lower_ not in _INSURGENT_NOUNS or any(
        c.dep_ in ("det", "amod", "compound", "poss", "nummod", "prep") for c in subject.children
    ):
        return None
    return _one_armed_group(subject.doc, index)


def _one_armed_group(doc: Doc, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The one armed group ``index`` names in ``doc`` (groups that merely describe another one,
    "ISM, the Islamic State's local branch", left aside); None when there are none or several."""
    key = f"nexus_sole_group:{id(index)}"
    if key not in doc.user_data:
        groups: dict[int, EntityCluster] = {}
        parents: set[int] = set()
        for i, cluster in index.items():
            if cluster.subtype != "armed_group":
                continue
            if _describes_another(doc[i], index) or _qualifies_a_modifier(doc[i]):
                parents.add(id(cluster))  # the parent a branch is described by, or an "X-linked" tie
            groups[id(cluster)] = cluster
        local = [c for k, c in groups.items() if k not in parents]
        doc.user_data[key] = local[0] if len(local) == 1 else None
    found: EntityCluster | None = doc.user_data[key]
    return found


def _claimed_by(verb: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "Nine soldiers were killed in an ambush on Tuesday that was claimed by X": the agent of a
    passive "claimed" clause hung on the verb (a misparse) or on its "in" noun."""
    # (or on a participle of the verb: "fighters ambushed a convoy, killing 14, in an attack the
    # group claimed")
    carriers = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    holders = [verb] + [
        n
        for carrier in carriers
        for p in carrier.children
        if p.dep_ == "prep" and p.lower_ in ("in", "during")
        for n in p.children
    ]
    # "two bombings blamed on X struck ...": the happening named as the verb's subject
    holders += [c for c in _subject_tokens(verb) if c.pos_ == "NOUN"]
    for holder in holders:
        for clause in holder.children:
            # (or a bare participle hung on the verb: "..., in an attack also claimed by the group")
            if clause.dep_ not in ("relcl", "acl") and not (clause.dep_ == "advcl" and clause.tag_ == "VBN"):
                continue
            named = _claimed_or_blamed_in(clause, index)
            if named:
                return named[:1]
    return []


#: Verbs that lay a happening at a doer's door: "a raid blamed on X", "an ambush attributed to X".
_BLAME_ON_VERBS = frozenset({"blame", "attribute", "pin"})


def _claimed_or_blamed_in(clause: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The group a clause on a happening names as its doer: the agent of "(which was) claimed by X"
    or the one it is "blamed on" / "attributed to" ("a raid the army blamed on X")."""
    lemma = clause.lemma_.lower()
    if lemma == "claim":
        agents = [g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if not agents and clause.dep_ == "relcl" and not any(c.dep_ == "neg" for c in clause.children):
            # "an attack (that) the group also claimed": the relative clause's own subject
            agents = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
    elif lemma in _BLAME_ON_VERBS:
        agents = [
            g
            for p in clause.children
            if p.dep_ == "prep" and p.lower_ in ("on", "to")
            for g in p.children
            if g.dep_ == "pobj"
        ]
    elif lemma in reporting_verbs() or lemma in _BELIEF_VERBS:
        agents = _said_performers(clause)  # "an attack that police said had been carried out by X"
    else:
        return []
    named = [
        c
        for c in entities_in(agents, index)
        if (c.type == "ORG" and c.subtype != "media") or (c.type == "PERSON" and lemma != "claim")
    ]  # a massacre may be blamed on a person, or on a group the tagger took for one
    if lemma != "claim":
        # a happening blamed on the army or a ministry is the state's, not a group's attack
        named = [c for c in named if c.subtype not in ("government", "military")]
    if not named:
        named = [c for a in agents for c in _group_of_doers(a, index)][:1]  # "blamed on X gunmen"
    if not named:
        # "an attack the authorities blamed on the same group": the armed group named before
        found = [_resolve_mention(a, index) for a in agents if _the_group(a)]
        named = [c for c in found if c is not None and c.subtype == "armed_group"][:1]
    return named


def _said_performers(clause: Token) -> list[Token]:
    """ "(an attack that police said) had been carried out by X": the agents of a passive verb of
    doing (``performing_verbs`` of doers.yaml) reported by a relative clause of saying or belief;
    empty for any other report ("a raid that police said had killed six")."""
    performing = doer_words("performing_verbs")
    return [
        g
        for verb in clause.children
        if verb.dep_ in ("ccomp", "xcomp") and verb.lemma_.lower() in performing
        for a in verb.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]


def relative_claim_doers(sent: Span, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The group a relative clause of claiming or blaming names, wherever the parse hung it:
    "... killed in an attack on the camp, one of the deadliest in its history, which was later
    claimed by X", "..., which X also claimed", "... in an ambush that the army blamed on X
    gunmen". For a sentence that tells one attack; empty when the clauses name none, or name two."""
    found: list[EntityCluster] = []
    for verb in sent:
        relative = any(c.tag_ in ("WDT", "WP") or c.lower_ == "that" for c in verb.children)
        # (or a second relative clause joined to the first: "..., which killed nine and which X
        # claimed the same day")
        joined = verb.dep_ == "conj" and verb.head.dep_ in ("relcl", "acl") and relative
        if verb.pos_ != "VERB" or (verb.dep_ not in ("relcl", "acl") and not joined):
            continue
        named = _claimed_or_blamed_in(verb, index)
        if not named and verb.lemma_.lower() == "claim" and relative:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
            named = [c for c in entities_in(subjects, index) if c.subtype == "armed_group"]
        found += [c for c in named if c not in found]
    return found if len(found) == 1 else []


def claimed_or_blamed_doers(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The group a happening noun's own clause claims or blames: "an attack, which was later
    claimed by X", "an ambush the army blamed on X", "a massacre blamed on X"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    for clause in noun.children:
        if clause.dep_ in ("relcl", "acl"):
            named = _claimed_or_blamed_in(clause, index)
            if named:
                return named[:1]
    return []


#: Verbs of an assault whose passive names the victim first ("the convoy was ambushed").
_ASSAULT_VERBS = frozenset({"ambush", "attack", "raid", "storm", "overrun", "besiege"})


def _sole_group_met(verb: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "A convoy was ambushed ...; the ministry said its soldiers had encountered insurgents": a
    passive assault with no agent takes the one armed group of the report when its sentence
    names unnamed insurgents (a bare plural) elsewhere."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    victims = {t.i for h in heads for c in h.children if c.dep_ == "nsubjpass" for t in c.subtree}
    for token in verb.sent:
        if token.i in victims or token.lower_ not in _INSURGENT_NOUNS:
            continue
        group = _sole_group(token, index)
        if group is not None:
            return [group]
    return []


def _the_government(subject: Token) -> bool:
    """ "The government", "the government's lawyers": the report's state, unnamed."""
    for word in (subject, *(c for c in subject.children if c.dep_ == "poss")):
        if word.lemma_.lower() == "government" and any(c.lower_ == "the" for c in word.children):
            return True
    return False


#: Verbs of taking people into custody, which a security body reports of itself.
_ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "capture", "nab"})
#: Nouns for a text a body adopts or issues, whose participle clause is the body's act.
_DOCUMENT_NOUNS = frozenset(
    {
        "resolution",
        "statement",
        "communique",
        "communiqué",
        "declaration",
        "motion",
        "gazette",
        "notice",
        "notification",
        "decree",
        "directive",
        "circular",
        "ordinance",
    }
)
#: Verbs of doing a happening that an accusation pins on someone: "accuses X of masterminding Y".
_AUTHOR_VERBS = frozenset(
    {
        "mastermind",
        "orchestrate",
        "plan",
        "carry",
        "perpetrate",
        "commit",
        "order",
        "organise",
        "organize",
        "direct",
        "coordinate",
    }
)


def _accused_of(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "X, whom the state accuses of masterminding the attacks": the accused did it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _AUTHOR_VERBS or verb.dep_ != "pcomp":
        return []
    accuse = verb.head.head if verb.head.lower_ == "of" else None
    held: list[Token] = []
    if accuse is not None and accuse.dep_ == "pobj" and accuse.head.dep_ == "agent":
        accuse = accuse.head.head  # "X is accused by prosecutors of organising ...", "of" on the agent
    elif accuse is not None and accuse.dep_ == "dobj":
        held, accuse = [accuse], accuse.head  # "accused X of masterminding ...", "of" on the accused
    if accuse is None or accuse.lemma_.lower() not in ("accuse", "suspect", "charge", "blame", "convict"):
        return []
    accused = held or [c for c in accuse.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(a.tag_ in ("WP", "WDT") for a in accused) and accuse.dep_ == "relcl":
        accused = [accuse.head]  # "X, whom India accuses of ..."
    return _persons_first(accused, index)


def _blamed_for(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "X was blamed by the authorities for the bombings", "police blamed X for the attack",
    "X, which was blamed for the massacre": the one blamed did it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    blame = noun.head.head
    if blame.pos_ != "VERB" or blame.lemma_.lower() != "blame":
        return []
    passive = any(c.dep_ == "auxpass" for c in blame.children)
    blamed = [c for c in blame.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if any(b.tag_ in ("WP", "WDT") for b in blamed) and blame.dep_ == "relcl":
        blamed = [blame.head]  # "X, which was blamed for ..."
    found = _persons_first(blamed, index) if blamed else []
    if not found:  # "its fighters were blamed for ...": the armed group whose fighters they are
        found = [c for c in (_owning_group(b, index) for b in blamed) if c is not None][:1]
    return found


def _owning_group(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The group a pronoun-owned attacker noun belongs to ("its fighters", "their cadres"): an
    organisation no state's, or None."""
    members = _attacker_nouns() | frozenset(str(w) for w in event_ontology()["armed_member_nouns"])
    if noun.lemma_.lower() not in members and noun.lower_ not in members:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return None
    cluster = _resolve_mention(noun, index)
    if cluster is None or cluster.type != "ORG" or cluster.subtype not in (None, "armed_group", "other"):
        return None  # (a state's body or a medium has no "fighters" or "cadres")
    return cluster


def _responsible_for(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "X was responsible for the bombing of a bus", "investigators say Y is behind the raid":
    the one held responsible is the subject of "be" with "responsible for" or "behind" and the
    happening; a negated one ("X was not behind the attack") names nobody."""
    if noun.dep_ != "pobj":
        return []
    prep = noun.head
    if prep.lower_ == "for" and prep.head.lower_ == "responsible" and prep.head.dep_ == "acomp":
        verb = prep.head.head
    elif prep.lower_ == "behind" and prep.dep_ == "prep":
        verb = prep.head
    else:
        return []
    if verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return []
    held = [c for c in verb.children if c.dep_ == "nsubj"]
    named = _persons_first(held, index) if held else []
    if not named:  # "the same group is responsible for ...": the armed group named before
        named = [c for c in (group_told_before(h, index) for h in held) if c is not None][:1]
    return named


def _ranked(noun: Token) -> bool:
    """A noun a superlative modifies ("deadliest attack", "worst assault", "most ambitious raid")."""
    words = _superlative_words()
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "amod"
        and (c.tag_ == "JJS" or c.lower_ in words or any(a.lower_ == "most" for a in c.children))
        for c in noun.children
    )


def _non_state_noun(noun: Token) -> bool:
    """An attack noun that names no state's act as well ("attack", "massacre"; not "raid", "raids"
    or "strike", which the military_action nouns also list)."""
    words = {noun.lemma_.lower(), noun.lower_}
    state = {str(w).lower() for w in event_ontology()["types"]["military_action"]["nouns"]}
    return bool(words & _attack_nouns()) and not words & (state | {"raid"})


def _without_possessor_states(
    actors: list[EntityCluster], subjects: list[Token], index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """ "Yemen's Houthi rebels": the country owning an armed group's name is where it is, not an actor;
    nor is the place owning a ranked attack ("Tunisia's deadliest attack came in 2015, when a gunman
    ...": the range the superlative compares within; "the group's deadliest attack" is the group's)."""
    ranked = {
        id(index[t.i])
        for s in subjects
        if _ranked(s) and _non_state_noun(s)
        for t in s.children
        if t.dep_ == "poss" and t.i in index and index[t.i].type == "PLACE"
    }
    actors = [a for a in actors if id(a) not in ranked]
    group_nouns = _GROUP_NOUNS | set(event_ontology()["attacker_nouns"])
    named_as_group = any(s.lemma_.lower() in group_nouns for s in subjects)  # "Syria's X militia"
    if not named_as_group and not any(a.subtype == "armed_group" for a in actors):
        return actors
    possessors = {
        id(index[t.i])
        for s in subjects
        for t in s.subtree
        if t.i in index and t.dep_ == "poss" and index[t.i].subtype == "country"
    }
    return [a for a in actors if id(a) not in possessors]


_PRONOUNS = {
    "he": "PERSON",
    "she": "PERSON",
    "his": "PERSON",
    "her": "PERSON",
    "it": "ORG",
    "its": "ORG",
    "they": "ORG",
    "their": "ORG",
}


_GROUP_NOUNS = {"group", "organisation", "organization", "outfit", "movement", "militia", "faction"}


def _matrix_speaker(subject: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """A pronoun subject of a reported clause is its speaker: "X said it would ...", "Mali and
    Niger, which announced that they were recalling ..." (all the coordinated names for "they").
    "its fighters" in such a clause belong to the speaker the same way.
    """
    pronoun = subject if subject.lower_ in _PRONOUNS else None
    if pronoun is None:
        pronoun = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in _PRONOUNS), None)
    clause = subject.head
    if pronoun is None or subject.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return []
    verb = clause.head
    saying = reporting_verbs() | {"claim", "announce"}
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in saying:
        return []
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if speakers and all(who.i > pronoun.i for who in speakers):
        return []  # "its fighters overran a base, the army said": no speaker named after binds "its"
    heads: list[Token] = []
    for who in speakers:
        if who.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            heads.append(verb.head)  # "X, which said ..."
        else:
            heads.append(who)
    wanted = _PRONOUNS[pronoun.lower_]
    found: list[EntityCluster] = []
    for head in heads:
        names = [head]
        if pronoun.lower_ in ("they", "their"):
            names += [c for c in head.children if c.dep_ == "conj"]
        named = acting(entities_in(names, index, descriptions=False), index, heads=names)
        named = _without_possessor_states(named, names, index)
        for cluster in named:
            person = cluster.type == "PERSON"
            if (wanted == "PERSON") == person and cluster not in found:
                found.append(cluster)
    return found


def _indexed_before(doc: Doc, index: dict[int, EntityCluster], position: int) -> list[int]:
    """Token positions of entity mentions before ``position``, nearest first (sorted once per Doc)."""
    key = f"nexus_indexed_positions:{id(index)}"
    positions: list[int] | None = doc.user_data.get(key)
    if positions is None:
        positions = sorted(index)
        doc.user_data[key] = positions
    return positions[: bisect_left(positions, position)][::-1]


_ELIGIBLE = "nexus_eligible_mentions"


def _appositive_offices(doc: Doc, index: dict[int, EntityCluster]) -> dict[int, frozenset[str]]:
    """``id(person cluster) -> lower-case singular nouns`` a person's name is written in apposition
    with ("the governor of X region, General Y", "Y, the region's governor": {"governor"}), so that
    "the governor" later refers back to Y; a plural is no office ("The suspects, X, Y and Z").
    Read once per Doc and index."""
    memo: dict[int, tuple[dict[int, EntityCluster], dict[int, frozenset[str]]]]
    memo = doc.user_data.setdefault("nexus_appositive_offices", {})
    found = memo.get(id(index))
    if found is not None and found[0] is index:
        return found[1]
    offices: dict[int, set[str]] = {}
    for i, cluster in index.items():
        if cluster.type != "PERSON":
            continue
        token = doc[i]
        nouns = [token.head] if token.dep_ == "appos" else []
        nouns += [c for c in token.children if c.dep_ == "appos"]
        for noun in nouns:
            if noun.tag_ == "NN" and noun.i not in index:  # (one office: not "both residents of X")
                offices.setdefault(id(cluster), set()).update((noun.lower_, noun.lemma_.lower()))
    frozen = {k: frozenset(v) for k, v in offices.items()}
    memo[id(index)] = (index, frozen)
    return frozen


def _eligible_before(doc: Doc, index: dict[int, EntityCluster], position: int) -> list[tuple[int, int, bool]]:
    """``(token position, its sentence start, salient)`` of the entity mentions before ``position``
    that may be referred back to (not describing another name, not an "X-linked" modifier), nearest
    first; salient: the mention is (in) the subject of a clause.

    Whether a mention may be is a fact of the parse and the index alone: it is worked out once per
    Doc and index (dropped when ``_country_cluster`` adds to an index), not once per pronoun.
    """
    memo: dict[int, tuple[dict[int, EntityCluster], list[int], list[tuple[int, int, bool]]]]
    memo = doc.user_data.setdefault(_ELIGIBLE, {})
    found = memo.get(id(index))
    if found is None or found[0] is not index:
        subject_deps = ("nsubj", "nsubjpass")
        parse = parse_index(doc)  # (the subject test on its columns: one Token per mention, not five)
        deps, heads = parse.deps, parse.heads
        kept = []
        for i in reversed(_indexed_before(doc, index, len(doc))):
            token = doc[i]
            if _describes_another(token, index) or _qualifies_a_modifier(token):
                continue
            salient = deps[i] in subject_deps or deps[heads[i]] in subject_deps
            kept.append((i, sentence_start(doc, i), salient))
        found = memo[id(index)] = (index, [i for i, _, _ in kept], kept)
    return found[2][: bisect_left(found[1], position)][::-1]


def _passes(test: Callable[[EntityCluster], bool], cluster: EntityCluster, verdicts: dict[int, bool]) -> bool:
    """``test(cluster)``, remembered in ``verdicts`` by the cluster's identity."""
    found = verdicts.get(id(cluster))
    if found is None:
        found = verdicts[id(cluster)] = test(cluster)
    return found


#: The deps of the name a verb of self-naming takes ("a group calling itself X").
_NAME_DEPS = frozenset({"oprd", "attr", "xcomp", "dobj", "npadvmod"})


def _self_named(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "a group calling itself X": the organisation the clause on a common noun names it as."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in self_naming_verbs():
            continue
        if not any(c.lower_ in ("itself", "themselves") for c in clause.children):
            continue
        for name in clause.children:
            cluster = index.get(name.i) if name.dep_ in _NAME_DEPS else None
            if cluster is not None and cluster.type == "ORG":
                return cluster
    return None


def _resolve_mention(subject: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """A subject that names no entity: a pronoun, "the president", "the group", "Israeli jets".

    The nearest earlier entity that fits wins: a person for he/she, a person
    whose role has the noun for "the president", an armed group for "the
    group", the country of a nationality adjective.
    """
    word = subject.lower_
    if word in ("nobody", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return None  # "No group has claimed either attack": nobody
    self_named = _self_named(subject, index)
    if self_named is not None:
        return self_named  # "a group calling itself X"
    if subject.pos_ == "PROPN" and subject.is_title and subject.i not in index:
        return _person_by_surname(subject, index)  # "Ndlovu flew to the coast" after "President Grace Ndlovu"
    owner = next(
        (
            t
            for t in subject.subtree
            if t.dep_ == "poss"
            and (t.lower_ in _PRONOUNS or (t.lower_ in _GROUP_NOUNS and t.head.i == subject.i))
        ),
        None,
    )  # "its fighters", "the group's fighters"
    if word not in _PRONOUNS and owner is not None:
        return _resolve_mention(owner, index)  # "a few dozen of its fighters" -> whose fighters
    for child in subject.lefts:  # "Israeli jets", "A Kenyan government spokesman"
        adjective = next(
            (t for t in child.subtree if t.lower_ in ontology.demonyms() and not _qualifies_a_modifier(t)),
            None,
        )  # (not "A Turkish-made drone": the maker, not the one who flew it)
        if child.dep_ in ("amod", "compound", "nummod") and adjective is not None:
            state_nouns = event_ontology()["state_nouns"]
            official = (
                subject.lemma_.lower() in state_nouns
                or subject.lower_ in state_nouns
                or subject.lower_ in doer_words("launched_weapons")  # "Russian missiles", "Iranian drones"
                or dropped_bomb(subject)  # "a Ruritanian glide bomb"
                or subject.lemma_.lower() in _STATE_SPEAKERS  # "Pakistani officials blamed ..."
                or subject.lemma_.lower() in event_ontology()["state_operatives"]  # "Ruritanian agents"
                or any(c.dep_ == "compound" and c.lower_ in _STATE_WORDS for c in subject.children)
            )  # "Indian troops", "a Kenyan government spokesman"
            if not official and subject.lemma_.lower() in _private_performers():
                continue  # "a Tunisian woman stabbed two people": where she is from, not a state that acted
            evoked = adjective if official else None
            country = _country_cluster(ontology.demonyms()[adjective.lower_], index, evoked)
            if country is not None:
                return country
    wanted = _PRONOUNS.get(word)
    binder = _bound_to_common_noun(subject) if wanted is not None else None
    state_only = False
    if binder is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in binder.children):
        return None  # "No group has said it was behind the killing": "it" is nobody
    if binder is not None:
        # "Niger's army says it killed ...": "it" is the army, Chad's; "the enemy suffered losses
        # wherever it struck": "it" is the enemy, no named actor
        named = acting(entities_in([binder], index), index)
        found = named[0] if named else _described(binder, index) or _resolve_mention(binder, index)
        if wanted == "PERSON" and found is not None and found.type != "PERSON":
            binder = None  # "the jury heard that she drove at a crowd": "she" is a person, not the jury
        elif found is not None or binder.lemma_.lower() not in event_ontology()["state_nouns"]:
            return found
        else:
            state_only = True  # "the army said it had captured ...": a state's, never the group last named
            from nexus.extract.state_bodies import body_state  # (import cycle)

            # whose army: its own nationality or possessor, else the country of the places its
            # sentence names, else the one the report is about; not the country named last
            # ("the army said its troops killed seven near <town>" after a neighbour was named)
            home = body_state(binder, index, binder)
            if home is not None:
                return home
    if binder is None and word == "they":
        doers = _attackers_before(subject)
        if doers is not None:
            # "Fighters of an X-linked group killed 40 soldiers when they stormed ...": "they" are
            # the fighters (the group they belong to, or nobody named), not the last state named
            tied = _group_of_doers(doers, index)
            return tied[0] if tied else None
    attacker_nouns = set(event_ontology()["attacker_nouns"])
    definite_attackers = (subject.lemma_.lower() in attacker_nouns or word in attacker_nouns) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children
    )

    state_nouns = event_ontology()["state_nouns"]
    collective = word in state_nouns or subject.lemma_.lower() in state_nouns

    def fits(cluster: EntityCluster) -> bool:
        if state_only and not is_state(cluster):
            return False
        if wanted == "PERSON":
            return cluster.type == "PERSON"
        if wanted == "ORG":  # "it" and "they" are groups, bodies or states
            return (cluster.type == "ORG" and cluster.subtype != "media") or cluster.subtype == "country"
        if word in _GROUP_NOUNS or definite_attackers:
            return cluster.subtype == "armed_group"  # "the group", "the militants": the group last named
        return (
            subject.pos_ == "NOUN"
            and not collective  # "police arrested five": the force, not its commander named before
            and cluster.type == "PERSON"
            and (
                any(word in role.lower().split() for role in cluster.roles)
                or word in _appositive_offices(subject.doc, index).get(id(cluster), ())
            )  # "the governor of X, General Y, said ... The governor visited": Y
        )

    doc = subject.doc
    near = _eligible_before(doc, index, subject.i)
    fighters = attacker_nouns | _GROUP_NOUNS | {"man", "men", "fighter"}
    group_owner = word in ("its", "their") and subject.head.lemma_.lower() in fighters
    # "It also claimed the raid": what claims attacks is an armed group, if one is near
    group_owner = group_owner or (
        word in ("it", "they") and subject.dep_ == "nsubj" and subject.head.lemma_.lower() == "claim"
    )
    # Salience first: an entity that was the subject of a clause ("JNIM, al Qaeda's branch, said
    # its fighters ..." is about JNIM), then plain recency; the sentence of the mention first, then
    # the sentences before it, nearest first. "its fighters" are an armed group's if one is near.
    if wanted == "PERSON" and subject.dep_ == "nsubj" and subject.head.lemma_.lower() in reporting_verbs():
        speaker = _recent_speaker(subject, [(i, index[i]) for i, _, _ in near])
        if speaker is not None:
            return speaker  # '"... unhurt," he said': the official quoted before, not the victim named since
    passes: list[Callable[[EntityCluster], bool]] = [fits]
    if group_owner:
        passes.insert(0, lambda c: c.subtype == "armed_group")
    if state_only:
        # "the army said its air force had ...": the army is a state's, before any unit or
        # militia named since ("the Volunteers for the Defence of the Homeland")
        passes.insert(0, lambda c: c.subtype == "country")
    for test in passes:
        verdicts: dict[int, bool] = {}  # a test reads the cluster alone: asked once per cluster
        first = next((n for n, (i, _, _) in enumerate(near) if _passes(test, index[i], verdicts)), None)
        if first is None:
            continue
        start = near[first][1]  # the nearest sentence with a mention that fits: its subject, else that one
        for i, at, salient in near[first:]:
            if at != start:
                break
            if salient and _passes(test, index[i], verdicts):
                return index[i]
        return index[near[first][0]]
    return None


#: Verbs by which an official speaks for the record besides the reporting verbs.
_CONFIRMING_VERBS = frozenset({"confirm", "add", "disclose", "explain", "note", "describe", "quote"})

#: How many sentences back a quoted speaker is still the "he" of "he said".
_SPEAKER_WINDOW = 3


def _recent_speaker(subject: Token, earlier: list[tuple[int, EntityCluster]]) -> EntityCluster | None:
    """The person last given as a speaker in the few sentences before: the subject (or its
    apposition) of a reporting verb, or "according to X". None when there is none."""
    doc = subject.doc
    starts = sentence_starts(doc)
    here = max(k for k, start in enumerate(starts) if start <= subject.i)
    floor = starts[max(here - _SPEAKER_WINDOW, 0)]
    for i, cluster in sorted(earlier, key=lambda pair: -pair[0]):  # nearest first
        if i < floor:
            break
        if cluster.type != "PERSON":
            continue
        token = doc[i]
        while token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        if token.dep_ == "appos":
            token = token.head  # "The police spokesman, ASP X, confirmed"
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in reporting_verbs() | _CONFIRMING_VERBS:
            return cluster
        if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
            return cluster
    return None


def _described(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "the air force", "the council": a definite description of an organisation named before,
    whose name holds the description's words ("Nigerian Air Force", "UN Security Council")."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children) or noun.i in index:
        return None
    words = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod") and t.is_alpha] + [noun.lower_]
    if not words or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    wanted = " ".join(words)
    for i in _indexed_before(noun.doc, index, noun.i):
        cluster = index[i]
        named = f" {cluster.name.lower()} "
        if cluster.type == "ORG" and cluster.subtype != "media" and f" {wanted} " in named:
            return cluster
    return None


def _bound_to_common_noun(pronoun: Token) -> Token | None:
    """The common-noun subject of a clause above the pronoun that it refers back to, if any.

    "the enemy suffered losses wherever it struck": climbing from "it", the first
    subject met ("the enemy") names no entity, so "it" is not any named actor.
    """
    plural = pronoun.lower_ in ("they", "their")
    current = pronoun.head
    if pronoun.dep_ == "poss":  # "the army said its drones had killed ...": the reporting subject
        verb = current
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        reporter = verb.head if verb.dep_ == "ccomp" else None
        if reporter is not None and reporter.lemma_.lower() in reporting_verbs():
            speaker = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
            if (
                speaker is not None
                and speaker.pos_ == "NOUN"
                and (speaker.tag_ in ("NNS", "NNPS")) == plural
                and speaker.i < pronoun.i  # not "its fighters overran a base, the army said"
            ):
                return speaker
    for _ in range(4):
        subjects = [
            c
            for c in current.children
            if c.dep_ in ("nsubj", "nsubjpass") and not (c.i <= pronoun.i < c.i + 1 or pronoun in c.subtree)
        ]
        for who in subjects:
            common = (
                who.pos_ == "NOUN"
                or who.lower_ in _attacker_nouns()  # "Fighters of X ..." opening a line
                or (who.pos_ == "PROPN" and who.ent_type_ != "PERSON")  # "The X Ulama said it ...": X's
            )
            if common and (who.tag_ in ("NNS", "NNPS")) == plural and who.i < pronoun.i:
                return who
            return None
        if current.head.i == current.i or current.dep_ not in ("advcl", "ccomp", "conj", "xcomp", "relcl"):
            return None
        current = current.head
    return None


def _misparsed_apposition(noun: Token) -> bool:
    """ "fighters of ISWAP, the Islamic State's branch in Nigeria, overran ...", parsed with the apposition
    as the subject (or as a conjunct of the name without "and"): a common noun set off by a comma
    right after a parenthesis or name."""
    comma_conj = noun.dep_ == "conj" and not any(c.dep_ == "cc" for c in noun.head.children)
    if (noun.dep_ not in ("nsubj", "nsubjpass") and not comma_conj) or noun.pos_ != "NOUN":
        return False
    left = noun.left_edge.i - 1
    doc = noun.doc
    end = noun.right_edge.i
    closed = doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ",")
    if not closed:
        return False  # "... in Syria, officials said.": a reporting tail, not a description
    return left > 0 and doc[left].text == "," and (doc[left - 1].text == ")" or doc[left - 1].pos_ == "PROPN")


def _described_name(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The named actor just before a misparsed apposition (see ``_misparsed_apposition``)."""
    if not _misparsed_apposition(noun):
        return None
    left = noun.left_edge.i - 1
    doc = noun.doc
    while left > 0 and left not in index and (doc[left].is_punct or doc[left - 1].text == "("):
        left -= 1
    cluster = index.get(left)
    return cluster if cluster is not None and can_act(cluster) else None


def _describes_another(token: Token, index: dict[int, EntityCluster]) -> bool:
    """ "Ansaru, al Qaeda's ally in Nigeria": al Qaeda only describes the group named before it."""
    doc = token.doc
    parse = parse_index(doc)
    at = token.i  # (walked on the parse index; a Token built only at an apposition)
    for _ in range(4):
        dep = parse.deps[at]
        # (_misparsed_apposition asks first for a subject or conjunct)
        if dep == "appos" or (dep in ("nsubj", "nsubjpass", "conj") and _misparsed_apposition(doc[at])):
            current = doc[at]
            if current.i in index and index[current.i] is index.get(token.i):
                return False  # "Ghana's envoy, Yaw Boateng": the apposition is the name itself
            if current.head.i in index:
                described = index[current.head.i]
                if described.subtype == "media" and described is not index.get(token.i):
                    return False  # "Amaq, the Islamic State's news agency": the owner of an outlet acts
                return described is not index.get(token.i)
            named = [c for c in current.head.children if c.dep_ == "compound" and c.i in index]
            if named:
                # "the X group, a member of the Y alliance": the name on the noun described
                return index[named[-1].i] is not index.get(token.i) and can_act(index[named[-1].i])
            # "fighters of JNIM, al Qaeda's branch": the apposition follows the name it describes
            left = current.left_edge.i - 1
            while left > 0 and left not in index and (doc[left].is_punct or doc[left - 1].text == "("):
                left -= 1
            return left in index and index[left] is not index.get(token.i) and can_act(index[left])
        if parse.heads[at] == at or dep not in ("poss", "compound", "prep", "pobj", "case"):
            return False
        at = parse.heads[at]
    return False


#: Nouns and words that belong to the verb phrase, not to whom it was done: "opened fire on",
#: "shot dead", "took hostage", "set fire to", "hacked to death".
_VERB_PHRASE_OBJECTS = frozenset(
    {"fire", "dead", "hostage", "hostages", "aim", "shot", "shots", "effect", "death"}
)


@cache
def _weapon_objects() -> frozenset[str]:
    words = ontology.table("entities.yaml")["weapon_objects"]
    return frozenset(str(w).lower() for w in words) | doer_words("launched_weapons")


def targets_of(trigger: Token, index: dict[int, EntityCluster], exclude: list[EntityCluster]) -> list[str]:
    out: list[str] = []
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "at", "to")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # "fired rockets at a base", "detonated a bomb at a market", "their truck hit a roadside bomb":
    # the weapon is no target
    objects = [o for o in objects if o.dep_ != "dobj" or o.lemma_.lower() not in _weapon_objects()]
    for obj in objects:
        located = {  # "killed five people in X's Y state": where they were, not who was hit
            t.i
            for p in obj.subtree
            if p.dep_ == "prep" and p.i > obj.i and p.lower_ in ("in", "near", "at", "inside", "outside")
            for t in p.subtree
        }
        named = {id(index[t.i]) for t in obj.subtree if t.i in index and t.i not in located}
        ents = [
            c
            for c in entities_in([obj], index)
            if ((c not in exclude and c.type != "PLACE") or (c.subtype == "country" and c not in exclude))
            and (id(c) in named or c.type != "PLACE")
        ]
        if ents:
            out.extend(c.name for c in ents if c.name not in out)
        elif (
            obj.pos_ in ("NOUN", "PROPN")
            and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL")
            and obj.lemma_.lower() not in _VERB_PHRASE_OBJECTS
        ):
            words = [
                t
                for t in obj.subtree
                if t.dep_ not in ("prep", "relcl", "acl", "punct", "det")
                and t.i <= obj.i
                and t.lower_ not in _VERB_PHRASE_OBJECTS  # "shot dead ten passengers"
            ]
            words += _descriptor(obj, index)
            phrase = " ".join(t.text for t in words) or obj.text
            if phrase not in out and len(phrase) < 80:
                out.append(phrase)
    return out


#: Participles that say what a vehicle carried: "a convoy carrying election materials".
_CARRYING = frozenset({"carry", "transport", "ferry", "bring", "take", "deliver", "escort"})
#: Prepositions whose phrase says who or what the target is: "a bus of pilgrims", "a camp for
#: displaced people", "workers of a telecom firm".
_DESCRIBING = frozenset({"of", "for"})


def _descriptor(noun: Token, index: dict[int, EntityCluster]) -> list[Token]:
    """The words after a target noun that say what it is: "of pilgrims", "for displaced people",
    "carrying election materials" (empty when a place, a time or nothing such follows)."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in _DESCRIBING:
            objects = [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.lemma_.lower() in _CARRYING and child.tag_ == "VBG":
            objects = [g for g in child.children if g.dep_ == "dobj"]
        else:
            continue
        if len(objects) != 1 or objects[0].ent_type_ in ("DATE", "TIME"):
            continue
        obj = objects[0]
        cut = {  # "of pilgrims near X on Monday": what the target is, not where or when
            t.i
            for c in obj.children
            if c.i > obj.i
            and (c.dep_ in _CLAUSAL_DEPS or c.dep_ in ("prep", "punct", "cc", "conj", "appos"))
            and not (c.dep_ == "prep" and c.lower_ in _DESCRIBING)
            for t in c.subtree
        }
        tokens = [t for t in noun.doc[child.i : obj.i + 1] if not t.is_punct]
        tokens += [t for t in obj.subtree if t.i > obj.i and t.i not in cut and not t.is_punct]
        if any(t.i in index and index[t.i].type == "PLACE" for t in tokens):
            continue  # "the people of Kabul": where, not what
        return tokens
    return []


def speaker_of(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The subject of the nearest reporting verb above a trigger."""
    verb = reporting_verb_above(trigger)
    if verb is None:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    found = acting(entities_in(subjects, index, descriptions=False), index, heads=subjects)
    if not found:  # "a Kenyan government spokesman said ... and condemned"
        found = [c for c in (_official_state(s, index) for s in subjects) if c is not None]
    return found


def state_voice(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The named person who tells what an unnamed government says: "a government spokesman, X,
    said the government condemned the attack" (the persons subject of the reporting verb above a
    trigger whose own subject is only "the government" or a bare state noun). Empty otherwise."""
    subjects = _subject_tokens(trigger)
    if not subjects or not all(_the_government(s) or _bare_state_noun(s) for s in subjects):
        return []
    return [c for c in speaker_of(trigger, index) if c.type == "PERSON"]


def _official_state(subject: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "A Kenyan government spokesman", "the Kenyan police": a nationality and a state word."""
    words = {c.lower_ for c in subject.children if c.dep_ in ("amod", "compound")} | {subject.lemma_.lower()}
    if not words & (_STATE_WORDS | set(event_ontology()["state_nouns"])):
        return None
    found = _resolve_mention(subject, index)
    return found if found is not None and found.subtype == "country" else None


def state_performed(trigger: Token) -> bool:
    """Done by the state, unnamed: a state-noun subject, or a passive arrest with no agent."""
    if subject_is_state_noun(trigger):
        return True
    has_object = any(c.dep_ == "dobj" for c in trigger.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children) or (
        trigger.tag_ == "VBN"
        and trigger.dep_ in ("acl", "amod")
        and not has_object  # "the BLA, banned in ..."
    )
    has_agent = any(c.dep_ == "agent" for c in trigger.children)
    return trigger.pos_ == "VERB" and passive and not has_agent


#: Words of a service branch's bare name ("the Air Force", "the Navy", "Special Forces").
_BRANCH_WORDS = frozenset({"air", "force", "forces", "navy", "army", "special", "guard", "marines", "coast"})


def _bare_branch(name: str) -> bool:
    return all(w.lower() in _BRANCH_WORDS for w in name.split())


def with_named_force(actors: list[EntityCluster], clusters: Iterable[EntityCluster]) -> list[EntityCluster]:
    """A state's military action by a report that names one armed force of that state ("the
    Ruritanian Defence Forces (RDF) said ... Ruritanian forces killed five"): the state and that force.

    ``actors`` are a state action's actors, ``clusters`` the document's entities; the force is
    added only when the actors hold exactly one country and no body of it, and the document
    names exactly one military organisation of it (and none of unknown country).
    """
    states = [c for c in actors if c.subtype == "country" and c.country]
    if len(states) != 1 or any(c.type == "ORG" and c.country == states[0].country for c in actors):
        return actors
    forces = {
        id(c): c
        for c in clusters
        if c.type == "ORG"
        and c.subtype == "military"
        and (c.country == states[0].country or (c.country is None and _bare_branch(c.name)))
    }  # a branch of no known country ("the Air Force") may be the state's too: then no telling which
    named = [c for c in forces.values() if c.country == states[0].country]
    return [*actors, *named] if len(forces) == 1 and named else actors


def police_body(cluster: EntityCluster) -> bool:
    """Whether an organisation is a state's police force: a state body one of whose name's words
    is a ``police_body_words`` word ("the Zambia Police Service", "the Gendarmerie")."""
    if cluster.type != "ORG" or not is_state(cluster) or "\n" in cluster.name:
        return False  # (a name run across a line break is two words misread as one name)
    words = event_words("police_body_words")
    return any(w.strip("().,").lower() in words for w in cluster.name.split())


def with_named_police(actors: list[EntityCluster], clusters: Iterable[EntityCluster]) -> list[EntityCluster]:
    """An arrest done by unnamed police, or told with no doer ("two men were arrested in X"), in a
    report that names one police force: that force, after the state the rules gave (if any).

    ``actors`` are the arrest's actors, ``clusters`` the document's entities. Nothing changes when
    the actors already hold a body that is no country, or when the report names no police force,
    or several that the state does not tell apart (a police force of another country, or of none
    when the state is known, does not count).
    """
    if any(c.subtype != "country" for c in actors):
        return actors  # a named body did it
    states = {c.country for c in actors if c.country}
    if len(states) > 1:
        return actors
    forces = {
        id(c): c
        for c in clusters
        if police_body(c) and (not states or c.country in states or c.country is None)
    }
    if len(forces) != 1:
        return actors
    return [*actors, *forces.values()]


def is_state(cluster: EntityCluster) -> bool:
    return cluster.subtype in set(event_ontology()["state_subtypes"]) or cluster.subtype == "country"


def subject_is_state_noun(trigger: Token) -> bool:
    """Whether the trigger's subject is an unnamed state force: a ``state_nouns`` word ("police
    arrested"), or an agent noun a state word qualifies (:func:`_state_noun_phrase`) when no named
    body reports the deed (after "..., the Joint Command said" the body is the doer)."""
    nouns = frozenset(str(w) for w in event_ontology()["state_nouns"])
    subjects = _subject_tokens(trigger)
    if any(s.lemma_.lower() in nouns or s.lower_ in nouns for s in subjects):
        return True
    # (an active subject only: "shot dead by police officers" retells a happening's toll)
    active = [s for s in subjects if s.dep_ == "nsubj"]
    return any(_state_noun_phrase(s, nouns) for s in active) and not _reported_by_a_name(trigger)


def _reported_by_a_name(trigger: Token) -> bool:
    """Whether the reporting verb above ``trigger`` has an organisation the tagger names in its
    subject ("the X Command said"; not a spokesman's own name, "Otieno told reporters")."""
    verb = reporting_verb_above(trigger)
    return verb is not None and any(
        c.dep_ == "nsubj"
        and any(t.ent_type_ == "ORG" for t in (c, *(m for m in c.children if m.dep_ in ("compound", "poss"))))
        for c in verb.children
    )


#: Words that make the agents they modify a state's ("security officers", "officers of several
#: security agencies"), beside the ``state_nouns``.
_STATE_MODIFIERS = frozenset({"security"})


def _state_noun_phrase(subject: Token, nouns: frozenset[str]) -> bool:
    """Whether a subject phrase is a state force the text leaves unnamed: a ``state_nouns`` word
    ("police", "troops"), one of its conjuncts ("rangers and police"), or an agent noun modified
    by one ("air force helicopters", "security officers", "officers from several security
    agencies"). Named modifiers leave it to the entity rules ("FSB officers")."""
    words = nouns | _STATE_MODIFIERS

    def state_word(t: Token) -> bool:
        return t.lemma_.lower() in nouns or t.lower_ in nouns

    def modified(noun: Token) -> bool:
        mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and not c.ent_type_]
        return any(
            " ".join(t.lower_ for t in m.subtree) in words or m.lower_ in words or m.lemma_.lower() in words
            for m in mods
        )

    if state_word(subject) or any(c.dep_ == "conj" and state_word(c) for c in subject.children):
        return True
    if subject.ent_type_ or subject.pos_ != "NOUN":
        return False
    if modified(subject):
        return True
    return any(
        p.dep_ == "prep" and p.lower_ in ("of", "from") and (state_word(g) or modified(g))
        for p in subject.children
        for g in p.children
        if g.dep_ == "pobj"
    )


def cached_entity_index(doc: Doc) -> dict[int, EntityCluster]:
    """Token index -> entity cluster for the document's ``nexus_entities``, built once per Doc.

    For stages that get a token but not the index (type refinement); empty when the
    Doc has not been through the entity component.
    """
    key = "nexus_entity_index"
    cached: dict[int, EntityCluster] | None = doc.user_data.get(key)
    if cached is None:
        clusters: list[EntityCluster] = getattr(doc._, "nexus_entities", None) or []
        cached = token_entity_index(doc, clusters)
        doc.user_data[key] = cached
    return cached
