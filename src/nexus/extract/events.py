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

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.dates import count_word
from nexus.extract.entities import EntityCluster, token_entity_index
from nexus.model import Count, DateMention, DateValue

_PLACE_RANK = {"site": 4, "city": 3, "admin": 2, "country": 1}
_LOCATIVE_PREPS = {"in", "at", "near", "on", "inside", "outside", "across", "from", "into", "to", "around"}
_ACTOR_NOUNS = {
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
}
#: Modifiers that turn a meeting noun into something else ("news conference").
_NOT_EVENT_MODIFIERS = {"news", "press", "video", "phone", "telephone", "media"}


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


@cache
def _ontology() -> dict[str, Any]:
    return ontology.table("events.yaml")


@cache
def _trigger_tables() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """lemma -> event types, for verbs and for nouns."""
    verbs: dict[str, list[str]] = {}
    nouns: dict[str, list[str]] = {}
    for etype, spec in _ontology()["types"].items():
        for lemma in spec.get("verbs", []):
            verbs.setdefault(lemma.split()[0], []).append(etype)
        for lemma in spec.get("nouns", []):
            nouns.setdefault(lemma.split()[-1], []).append(etype)
    return verbs, nouns


def _requires(etype: str, lemma: str) -> list[str] | None:
    spec = _ontology()["types"][etype]
    if etype == "claim":
        return list(spec.get("requires_object", []))
    table: dict[str, list[str]] = spec.get("requires_object_for", {})
    return table.get(lemma)


def _object_lemmas(token: Token) -> set[str]:
    """Lemmas of a verb's objects and particles, one level down (and through preps)."""
    out: set[str] = set()
    for child in token.children:
        if child.dep_ in ("dobj", "prt", "attr", "oprd", "nsubjpass", "dative", "npadvmod"):
            out.update((child.lemma_.lower(), child.lower_))
            out.update(c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod"))
        if child.dep_ == "prep":
            out.add(child.lemma_.lower())
            out.update(w for g in child.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_))
    if token.dep_ in ("amod", "acl") and token.head.pos_ == "NOUN":
        out.add(token.head.lemma_.lower())  # "the closed border"
    return out


def _reported_statement(token: Token, found: list[tuple[Token, str]]) -> bool:
    """ "Misri said the treaty would stay suspended until ...": a reporting verb whose
    content is itself a position (a warning, demand, accusation), not a report of an event.

    Only when the sentence has no other trigger and the reported clause carries
    a modal or evaluative cue; "police said 26 people were killed" is attribution.
    """
    if token.lemma_.lower() not in _REPORTING_STATEMENT_VERBS or found:
        return False
    if not any(c.dep_ == "nsubj" for c in token.children):
        return False
    content = [c for c in token.children if c.dep_ == "ccomp"]
    if not content:
        return False
    words = {t.lower_ for c in content for t in c.subtree}
    if any(t.like_num for c in content for t in c.subtree):
        return False
    return bool(words & _POSITION_CUES)


_REPORTING_STATEMENT_VERBS = {"say", "tell", "state", "announce", "insist", "stress", "assert"}
_POSITION_CUES = {
    "would",
    "will",
    "must",
    "should",
    "until",
    "responsible",
    "sponsor",
    "behind",
    "act",
    "war",
    "terrorism",
    "terrorist",
    "aggression",
    "violation",
    "breach",
    "mistake",
    "recognition",
    "right",
    "respond",
    "response",
    "retaliate",
    "continue",
    "punish",
    "justice",
    "never",
    "unacceptable",
}


def find_triggers(sent: Span) -> list[tuple[Token, str]]:
    """(token, event type) for every trigger word in a sentence."""
    verbs, nouns = _trigger_tables()
    found: list[tuple[Token, str]] = []
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB",) and lemma in verbs and token.dep_ != "amod":
            for etype in verbs[lemma]:
                required = _requires(etype, lemma)
                if (
                    required is not None
                    and not (_object_lemmas(token) & set(required))
                    and not _has_required_dep(etype, token)
                ):
                    continue
                found.append((token, etype))
                break
        elif token.pos_ == "NOUN" and token.is_lower and (lemma in nouns or token.lower_ in nouns):
            types = nouns.get(lemma) or nouns.get(token.lower_, [])
            for etype in types:
                if etype == "claim" and not (
                    any(c.lemma_.lower() == "responsibility" for c in token.subtree)
                    or any(c.dep_ == "poss" for c in token.children)
                ):
                    continue
                if etype == "statement" and not _has_agentive_modifier(token):
                    continue
                if any(c.dep_ == "compound" and c.lower_ in _NOT_EVENT_MODIFIERS for c in token.children):
                    continue
                if _generic_plural(token):
                    continue
                found.append((token, etype))
                break
    if not found:
        for token in sent:
            if token.pos_ == "VERB" and _reported_statement(token, found):
                found.append((token, "statement"))
                break
    return found


_CLAIM_CONTENT = {"carry", "conduct", "stage", "perpetrate", "execute", "responsible", "behind", "mount"}


def _reported_claims(sent: Span, index: dict[int, EntityCluster]) -> list[Token]:
    """ "Al-Shabaab said its fighters had carried out the raid": an armed group owning an attack.

    The reporting verb is the trigger, so the claimant is its subject.
    """
    found = []
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _REPORTING_STATEMENT_VERBS | {"claim"}:
            continue
        speakers = [c for c in _entities_in([s for s in token.children if s.dep_ == "nsubj"], index)]
        if not any(c.subtype == "armed_group" for c in speakers):
            continue
        content = [t for c in token.children if c.dep_ == "ccomp" for t in c.subtree]
        if any(t.lemma_.lower() in _CLAIM_CONTENT for t in content):
            found.append(token)
    return found


def _generic_plural(noun: Token) -> bool:
    """ "plotting attacks", "suspending attacks": a bare plural names a kind, not a happening."""
    if noun.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in noun.children):
        return False
    # "strikes around al-Qaim" is a happening; "attacks on foreign forces" is a kind
    return not any(
        c.dep_ == "prep" and c.lower_ in ("in", "around", "at", "near", "across") for c in noun.children
    )


def _kills_attackers(trigger: Token) -> bool:
    """ "security forces killed four militants", "27 attackers were killed": a response, not an attack."""
    if trigger.lemma_.lower() not in ("kill", "shoot", "neutralise", "neutralize", "eliminate"):
        return False
    attackers = set(_ontology()["attacker_nouns"])
    victims = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN":
        victims.append(trigger.head)  # "27 attackers killed"
    return any(v.lemma_.lower() in attackers or v.lower_ in attackers for v in victims)


def _has_required_dep(etype: str, token: Token) -> bool:
    """Alternative licences for a trigger: "called the raids a breach", "claimed to have killed"."""
    spec = _ontology()["types"][etype]
    deps = set(spec.get("requires_dep_for", {}).get(token.lemma_.lower(), []))
    reflexive = any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in token.children)
    if deps and not reflexive and any(c.dep_ in deps for c in token.children):
        return True  # not "who call themselves Ansar Allah"
    complements = set(spec.get("complement_verbs", []))
    return bool(complements) and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in complements for c in token.children
    )


def event_family(draft: EventDraft) -> str:
    """Sub-kind of a military action, so an arrest never merges with a strike."""
    families: dict[str, list[str]] = _ontology()["types"]["military_action"].get("families", {})
    lemma = draft.trigger.lemma_.lower()
    return next((name for name, words in families.items() if lemma in words), "force")


def _has_agentive_modifier(noun: Token) -> bool:
    """A statement noun counts only when someone owns it ("calls from Israel", "India's warning")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return True
    return False


def _subject_tokens(token: Token) -> list[Token]:
    """The subject of a trigger, climbing to the governing verb when it has none of its own."""
    current: Token | None = token
    for _ in range(6):
        if current is None:
            break
        subjects = [c for c in current.children if c.dep_ in _SUBJECT_DEPS]
        agents = [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        found = [s for s in subjects if s.dep_ != "nsubjpass"] + agents
        if found:
            out = []
            for s in found:
                if s.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                    out.append(current.head)  # "the group, which claimed ..." -> the group
                else:
                    out.append(s)
            return out
        if (
            not found
            and current.i == token.i
            and token.dep_ in ("acl", "relcl")
            and token.tag_ == "VBD"
            and token.head.pos_ in ("NOUN", "PROPN")
        ):
            return [token.head]  # "Ukraine's foreign ministry called ...", parsed as a reduced relative
        if subjects and current.pos_ == "VERB" and current.i != token.i:
            return []  # passive clause: its subject is the patient
        if current.dep_ not in _CLIMB_DEPS or current.head.i == current.i:
            break
        current = current.head
    return []


#: Dependents whose entities are not part of the phrase they hang on: "Reuven Azar, who warned
#: ..." is about Azar, not about whoever the relative clause mentions.
_CLAUSAL_DEPS = frozenset({"relcl", "advcl"})


def _phrase(token: Token) -> Iterable[Token]:
    """A token's subtree without its clausal dependents."""
    yield token
    for child in token.children:
        if child.dep_ not in _CLAUSAL_DEPS:
            yield from _phrase(child)


def _entities_in(tokens: Iterable[Token], index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """Entities named in the phrases headed by ``tokens`` (relative clauses left out)."""
    out: list[EntityCluster] = []
    for token in tokens:
        for sub in _phrase(token):
            cluster = index.get(sub.i)
            if cluster is not None and cluster not in out:
                out.append(cluster)
    return out


def _named_just_before(pronoun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The actor a relative pronoun follows ("X, who ..."), skipping only punctuation."""
    i = pronoun.i - 1
    while i >= pronoun.sent.start and pronoun.doc[i].is_punct:
        i -= 1
    cluster = index.get(i) if i >= pronoun.sent.start else None
    return cluster if cluster is not None and _can_act(cluster) else None


def _noun_modifier_entities(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """Entities modifying a noun trigger: "Hamas-led massacre", "Iran's barrage", "attack by X"."""
    found: list[EntityCluster] = []
    for child in noun.children:
        if (child.i > noun.i and child.dep_ == "prep" and child.lower_ == "by") or (
            child.i < noun.i and child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod")
        ):
            found.extend(_entities_in([child], index))
        if child.dep_ == "relcl" and child.lemma_.lower() in ("blame", "attribute", "pin"):
            # "the Damascus strike, which Iran blamed on Israel": the one blamed did it
            blamed = [
                g for p in child.children if p.dep_ == "prep" and p.lower_ in ("on", "to") for g in p.children
            ]
            found.extend(_entities_in(blamed, index))
        if child.dep_ == "poss" and child.lower_ in _PRONOUNS:
            resolved = _resolve_mention(child, index)  # "its claim", "their attack"
            if resolved is not None:
                found.append(resolved)
        elif child.i < noun.i and child.dep_ in ("amod", "compound") and child.lower_ in _STATE_WORDS:
            home = _home_country(noun.doc, index)  # "a government offensive"
            if home is not None:
                found.append(home)
    return [c for c in found if _can_act(c)]


_STATE_WORDS = {"government", "military", "army", "security", "police", "state", "authorities"}


def _home_country(doc: Doc, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The country a report is about: the most mentioned country in it."""
    countries = {id(c): c for c in index.values() if c.subtype == "country"}
    if not countries:
        return None
    return max(countries.values(), key=lambda c: len(c.mentions))


def _can_act(cluster: EntityCluster) -> bool:
    """Persons, organisations other than news media, and states can be actors."""
    if cluster.type == "ORG":
        return cluster.subtype != "media"
    return cluster.type == "PERSON" or cluster.subtype == "country"


def _actor_entities(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    if trigger.pos_ in ("NOUN", "PROPN"):
        actors = _noun_modifier_entities(trigger, index)
        if actors:
            return actors
        head = trigger.head
        if trigger.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "was on a visit to", "took part in a rally"
        if (
            trigger.dep_ in ("dobj", "attr", "nsubjpass", "pobj")
            and head.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() in _LIGHT_VERBS | {"be", "participate", "take"}
        ):
            return _actor_entities(head, index)
        return []
    who = next(
        (c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")), None
    )
    if who is not None:
        named = _named_just_before(who, index)  # "Reuven Azar, who warned ...": Azar
        if named is not None:
            return [named]
    subjects = _subject_tokens(trigger)
    actors = [c for c in _entities_in(subjects, index) if _can_act(c)]
    if not actors:
        actors = [c for c in (_resolve_mention(s, index) for s in subjects) if c is not None]
    return actors


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


def _resolve_mention(subject: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """A subject that names no entity: a pronoun, "the president", "the group", "Israeli jets".

    The nearest earlier entity that fits wins: a person for he/she, a person
    whose role has the noun for "the president", an armed group for "the
    group", the country of a nationality adjective.
    """
    word = subject.lower_
    owner = next((t for t in subject.subtree if t.dep_ == "poss" and t.lower_ in _PRONOUNS), None)
    if word not in _PRONOUNS and owner is not None:
        return _resolve_mention(owner, index)  # "a few dozen of its fighters" -> whose fighters
    for child in subject.lefts:  # "Israeli jets", "An Iraqi government spokesman"
        country = next(
            (ontology.demonyms()[t.lower_] for t in child.subtree if t.lower_ in ontology.demonyms()), None
        )
        if child.dep_ in ("amod", "compound") and country:
            for cluster in {id(c): c for c in index.values()}.values():
                if cluster.subtype == "country" and cluster.country == country:
                    return cluster
    wanted = _PRONOUNS.get(word)
    for i in range(subject.i - 1, -1, -1):
        earlier = index.get(i)
        if earlier is None:
            continue
        cluster = earlier
        if wanted == "PERSON" and cluster.type == "PERSON":
            return cluster
        if wanted == "ORG" and cluster.type == "ORG" and cluster.subtype != "media":
            return cluster
        if word in _GROUP_NOUNS and cluster.subtype == "armed_group":
            return cluster
        if (
            subject.pos_ == "NOUN"
            and cluster.type == "PERSON"
            and any(word in role.lower().split() for role in cluster.roles)
        ):
            return cluster
    return None


def _targets(trigger: Token, index: dict[int, EntityCluster], exclude: list[EntityCluster]) -> list[str]:
    out: list[str] = []
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "at", "to")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN":
        objects = objects  # a relative clause's object is its target, already collected
    for obj in objects:
        ents = [
            c
            for c in _entities_in([obj], index)
            if (c not in exclude and c.type != "PLACE") or (c.subtype == "country" and c not in exclude)
        ]
        if ents:
            out.extend(c.name for c in ents if c.name not in out)
        elif obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
            words = [
                t
                for t in obj.subtree
                if t.dep_ not in ("prep", "relcl", "acl", "punct", "det") and t.i <= obj.i
            ]
            phrase = " ".join(t.text for t in words) or obj.text
            if phrase not in out and len(phrase) < 80:
                out.append(phrase)
    return out


def _place_candidates(sent: Span, trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """PLACE entities in the sentence that locate the event (not "X-based", not possessors)."""
    out: list[tuple[int, int, EntityCluster]] = []
    dateline = _dateline_end(sent.doc)
    for token in sent:
        if token.idx < dateline:
            continue  # "MOSCOW, March 25 (Outlet) -" says where the report was filed
        cluster = index.get(token.i)
        if cluster is None or cluster.type != "PLACE" or any(c is cluster for _, _, c in out):
            continue
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if (
            nxt is not None
            and nxt.text in ("-", "–")
            and token.i + 2 < len(token.doc)
            and token.doc[token.i + 2].lower_ in ("based", "backed", "led", "sponsored", "linked")
        ):
            continue
        possessive = token.dep_ == "poss" or (nxt is not None and nxt.tag_ == "POS")
        if possessive and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in _ACTOR_NOUNS:
            continue  # "Pakistan's Parliament", "Iran's mission": an actor, not a location
        locative = not possessive and (
            token.head.lower_ in _LOCATIVE_PREPS
            or token.dep_ in ("appos", "conj")
            or (token.dep_ == "compound" and token.head.i == trigger.i)  # "the Kandahar bombing"
        )
        rank = _PLACE_RANK.get(cluster.subtype or "city", 2)
        out.append((int(locative), rank, cluster))
    out.sort(key=lambda t: (-t[0], -t[1]))
    return [c for _, _, c in out]


_DATELINE_RE = re.compile(r"^\s*[A-Z][A-Z .'’/\-]{2,60},[^()\n]{0,60}?(?:\([^()\n]{1,60}\))?\s*[-–—:]\s")


def _dateline_end(doc: Doc) -> int:
    """End offset of the dateline ("MOSCOW, March 25 (Outlet) -"), 0 when there is none."""
    if "nexus_dateline_end" not in doc.user_data:
        match = _DATELINE_RE.match(_text(doc)[:200])
        doc.user_data["nexus_dateline_end"] = match.end() if match else 0
    end: int = doc.user_data["nexus_dateline_end"]
    return end


def _text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy rebuilds it on every access)."""
    if "nexus_text" not in doc.user_data:
        doc.user_data["nexus_text"] = doc.text
    text: str = doc.user_data["nexus_text"]
    return text


def _governing_verb(token: Token) -> Token:
    """The nearest verb above a token (or the root)."""
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            return current
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return current


def _date_for(sent: Span, trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """The date that belongs to the trigger's clause; else the nearest one no other verb owns."""
    filed = _dateline_end(sent.doc)
    in_sent = [d for d in dates if sent.start_char <= d.span.start < sent.end_char and d.span.start >= filed]
    anchor = trigger if trigger.pos_ in ("VERB", "AUX") else _governing_verb(trigger)
    own, free, eligible = [], [], []
    for d in in_sent:
        date_span = sent.doc.char_span(d.span.start, d.span.end, alignment_mode="expand")
        if date_span is None:
            continue
        head = date_span.root.head
        if (
            date_span.root.dep_ in ("compound", "nummod", "amod", "nmod")
            and head.pos_ in ("NOUN", "PROPN")
            and head.i >= date_span.end
            and head.lemma_.lower() not in _trigger_tables()[1]
        ):
            continue  # "the 1960 Indus Waters Treaty": a name's year, not the event's date
        eligible.append(d)
        verb = _governing_verb(date_span.root)
        if verb.i == anchor.i or date_span.root.head.i == trigger.i:
            own.append(d)
        elif not (verb.pos_ == "VERB" and verb.lemma_.lower() in _trigger_tables()[0]):
            free.append(d)
    in_sent = own or free
    usable = []
    for d in in_sent:
        after = _text(sent.doc)[d.span.end : d.span.end + 12].lower()
        anchored = d.value.relative and any(
            d.span.text.lower().endswith(w) for w in ("prior", "before", "after", "earlier", "later")
        )
        if anchored and after.lstrip().startswith(("to ", "the ")):
            continue  # "two months prior to the attack": anchored on another event
        usable.append(d)
    anchored_value = _anchored_offset_date(sent, trigger, dates)
    if anchored_value is not None:
        return anchored_value
    if not usable:
        return None
    return min(usable, key=lambda d: abs(d.span.start - trigger.idx)).value


def _anchored_offset_date(sent: Span, trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """ "visited on Monday, three days after a man stabbed people": the stabbing is Monday minus three.

    The offset is counted from the date of the clause the "after"/"before"
    phrase hangs on (a date elsewhere in the sentence, or the publication day).
    """
    text = _text(sent.doc)
    before_trigger = text[sent.start_char : trigger.idx]
    match = re.search(
        r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month)s?\s+(after|before)\s+"
        r"[^,;.]{0,60}$",
        before_trigger,
        re.I,
    )
    if match is None:
        return None
    n = count_word(match.group(1))
    days = n * {"day": 1, "week": 7, "month": 30}[match.group(2).lower()]
    sign = -1 if match.group(3).lower() == "after" else 1
    offset_start = sent.start_char + match.start()
    bases = [
        d for d in dates if sent.start_char <= d.span.start < offset_start and d.value.precision == "day"
    ]
    if not bases:
        return None
    base = bases[-1].value.as_date()
    target = base + timedelta(days=sign * days)
    precision = "month" if match.group(2).lower() == "month" else "day"
    iso = target.isoformat() if precision == "day" else target.isoformat()[:7]
    return DateValue(iso=iso, precision=precision, text=match.group(0), relative=True)


def _speaker(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The subject of the nearest reporting verb above a trigger."""
    current = trigger
    for _ in range(6):
        if current.head.i == current.i:
            break
        current = current.head
        if current.pos_ == "VERB" and current.lemma_.lower() in _REPORTING_STATEMENT_VERBS:
            subjects = [c for c in current.children if c.dep_ == "nsubj"]
            return [c for c in _entities_in(subjects, index) if _can_act(c)]
    return []


def _state_performed(trigger: Token) -> bool:
    """Done by the state, unnamed: a state-noun subject, or a passive arrest with no agent."""
    if _subject_is_state_noun(trigger):
        return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children) or (
        trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "amod")  # "the BLA, banned in Pakistan"
    )
    has_agent = any(c.dep_ == "agent" for c in trigger.children)
    return trigger.pos_ == "VERB" and passive and not has_agent


def _is_state(cluster: EntityCluster) -> bool:
    return cluster.subtype in set(_ontology()["state_subtypes"]) or cluster.subtype == "country"


def _subject_is_state_noun(trigger: Token) -> bool:
    nouns = set(_ontology()["state_nouns"])
    return any(s.lemma_.lower() in nouns or s.lower_ in nouns for s in _subject_tokens(trigger))


def _subject_is_attacker_noun(trigger: Token) -> bool:
    nouns = set(_ontology()["attacker_nouns"]) | {"bomber", "bombers", "suicide bomber"}
    return any(s.lemma_.lower() in nouns or s.lower_ in nouns for s in _subject_tokens(trigger))


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
    triggers += [(t, "claim") for t in _reported_claims(sent, index) if all(t.i != x.i for x, _ in triggers)]
    for trigger, etype in triggers:
        actors = _actor_entities(trigger, index)
        if etype == "attack" and (
            any(_is_state(a) for a in actors) or _subject_is_state_noun(trigger) or _kills_attackers(trigger)
        ):
            etype = "military_action"
        elif etype == "military_action" and (
            _subject_is_attacker_noun(trigger) or any(a.subtype == "armed_group" for a in actors)
        ):
            etype = "attack"  # "a suicide bomber struck a market": strikes by non-state actors are attacks
        if (
            etype == "attack"
            and trigger.pos_ == "VERB"
            and trigger.lemma_ in ("kill", "shoot", "target")
            and not actors
            and any(d.type == "attack" for d in drafts)
        ):
            continue  # "26 people were killed" restates the attack found in the sentence
        if etype == "statement" and not actors:
            actors = _speaker(trigger, index)  # "X said ... and vowed", the vow is X's
        if etype in ("military_action", "sanction") and not actors and _state_performed(trigger):
            where = [
                c
                for c in _entities_in(
                    [p for p in trigger.children if p.dep_ == "prep" and p.lower_ == "in"], index
                )
                if c.subtype == "country"
            ]  # "banned in Pakistan since 2006"
            home = where[0] if where else _home_country(sent.doc, index)  # "security forces raided"
            actors = [home] if home is not None else []
        draft = EventDraft(type=etype, trigger=trigger, sent=sent, actors=actors, mentions=[trigger])
        draft.targets = _targets(trigger, index, actors)
        draft.target_entities = [
            c
            for c in _entities_in([o for o in trigger.children if o.dep_ in ("dobj", "nsubjpass")], index)
            if c not in actors
        ]
        draft.places = _place_candidates(sent, trigger, index)
        if etype == "visit":
            dest = [
                c
                for c in _entities_in(
                    [g for c in trigger.children if c.dep_ in ("dobj", "prep") for g in [c]], index
                )
                if c.type == "PLACE"
            ]
            draft.places = (
                sorted(dest, key=lambda c: -_PLACE_RANK.get(c.subtype or "city", 2)) or draft.places
            )
        draft.date = _date_for(sent, trigger, dates)
        if etype == "sanction":
            draft.measure = _measure(trigger)
        drafts.append(draft)
    return _merge_in_sentence(drafts)


#: Prepositions that introduce a different, earlier or causing event:
#: "retaliating for the April 1 strike", "since the 2008 attacks".
_OTHER_EVENT_PREPS = frozenset({"for", "after", "since", "following", "before", "than", "like"})


def _names_other_event(trigger: Token) -> bool:
    return trigger.dep_ == "pobj" and trigger.head.lower_ in _OTHER_EVENT_PREPS


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
    into.places.sort(key=lambda c: -_PLACE_RANK.get(c.subtype or "city", 2))
    if into.date is None or (other.date is not None and other.date.precision == "day" != into.date.precision):
        into.date = other.date or into.date
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
            if draft.type == "military_action" and event_family(draft) != event_family(other):
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
    merged = merge_document_events(drafts)
    lead = _news_date(doc, dates, published)
    filed_from = _dateline_places(doc, index)
    for draft in merged:
        if not draft.places and draft.type in ("attack", "military_action", "claim") and filed_from:
            draft.places = filed_from  # a report filed from the city it describes
    for draft in merged:
        if draft.date is None and draft.type in ("attack", "military_action") and lead is not None:
            draft.date = lead
    return merged


def _dateline_places(doc: Doc, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    end = _dateline_end(doc)
    found: list[EntityCluster] = []
    for token in doc:
        if token.idx >= end:
            break
        cluster = index.get(token.i)
        if (
            cluster is not None
            and cluster.type == "PLACE"
            and cluster.subtype == "city"
            and cluster not in found
        ):
            found.append(cluster)
    return found[:1] if len(found) == 1 else []


def _news_date(doc: Doc, dates: list[DateMention], published: date | None) -> DateValue | None:
    """The day the news is about: the first day-precise date in the days before publication.

    A breaking report names the day of the attack once ("on Tuesday") and then
    says "the attack"; an undated violent event in it is most likely that day.
    """
    if published is None:
        return None
    filed = _dateline_end(doc)
    for mention in dates:
        if mention.span.start < filed or mention.value.precision != "day":
            continue
        delta = (published - mention.value.as_date()).days
        if 0 <= delta <= 10:
            return mention.value
    return None
