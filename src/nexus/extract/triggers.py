"""Event triggers: which words in a sentence name a happening, and of which type.

Trigger lemmas and nouns per event type live in ``ontology/events.yaml``; a
trigger can require an object ("closed the border", "claimed responsibility")
or a complement ("called the raids a breach"). Bare plurals ("plotting
attacks") name a kind of event, not one that happened, and are skipped.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from nexus import ontology

#: Modifiers that turn a meeting noun into something else ("news conference").
_NOT_EVENT_MODIFIERS = {"news", "press", "video", "phone", "telephone", "media"}


@cache
def event_ontology() -> dict[str, Any]:
    return ontology.table("events.yaml")


@cache
def trigger_tables() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """lemma -> event types, for verbs and for nouns."""
    verbs: dict[str, list[str]] = {}
    nouns: dict[str, list[str]] = {}
    for etype, spec in event_ontology()["types"].items():
        for lemma in spec.get("verbs", []):
            verbs.setdefault(lemma.split()[0], []).append(etype)
        for lemma in spec.get("nouns", []):
            nouns.setdefault(lemma.split()[-1], []).append(etype)
    return verbs, nouns


def _requires(etype: str, lemma: str) -> list[str] | None:
    spec = event_ontology()["types"][etype]
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
    if token.lemma_.lower() not in reporting_verbs() or found:
        return False
    if not any(c.dep_ == "nsubj" for c in token.children):
        return False
    content = [c for c in token.children if c.dep_ == "ccomp"]
    if not content:
        return False
    words = {t.lower_ for c in content for t in c.subtree}
    if any(t.like_num for c in content for t in c.subtree):
        return False
    return bool(words & statement_cues()["position_words"])


@cache
def statement_cues() -> dict[str, frozenset[str]]:
    """Statement and claim cue words from ``events.yaml`` (``statement_cues``)."""
    cues: dict[str, list[str]] = event_ontology()["statement_cues"]
    return {key: frozenset(words) for key, words in cues.items()}


def reporting_verbs() -> frozenset[str]:
    """Verbs that report speech ("say", "tell", "announce"), from ``events.yaml``."""
    return statement_cues()["reporting_verbs"]


def _negated(token: Token) -> bool:
    """ "did not claim", "No group claimed", "never visited": the event did not happen."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(d.lower_ in ("no", "neither") for s in subjects for d in s.children if d.dep_ == "det")


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
    """ "accused Israel of targeting civilians": the content of an accusation is not a reported event."""
    head = token.head
    return (
        token.dep_ in ("pcomp", "pobj")
        and head.lower_ == "of"
        and head.head.lemma_.lower() in ("accuse", "blame", "suspect", "charge", "convict")
    )


def find_triggers(sent: Span) -> list[tuple[Token, str]]:
    """(token, event type) for every trigger word in a sentence; negated ones are left out."""
    verbs, nouns = trigger_tables()
    found: list[tuple[Token, str]] = []
    for token in sent:
        lemma = token.lemma_.lower()
        if _accused_of(token):
            continue
        if token.pos_ in ("VERB",) and lemma in verbs and token.dep_ != "amod" and not _negated(token):
            for etype in verbs[lemma]:
                required = _requires(etype, lemma)
                if (
                    required is not None
                    and not (_object_lemmas(token) & set(required))
                    and not _has_required_dep(etype, token)
                ):
                    continue
                if _done_by_other_means(token, verbs):
                    break  # "retaliated by suspending the treaty": the suspension is the event
                if etype == "statement" and _toll_forecast(token):
                    break  # "warned that the toll could rise": a forecast, not a position
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


def kills_attackers(trigger: Token) -> bool:
    """ "security forces killed four militants", "27 attackers were killed": a response, not an attack."""
    if trigger.lemma_.lower() not in ("kill", "shoot", "neutralise", "neutralize", "eliminate"):
        return False
    attackers = set(event_ontology()["attacker_nouns"])
    victims = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    has_object = any(c.dep_ == "dobj" for c in trigger.children)
    if trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN" and not has_object:
        victims.append(trigger.head)  # "27 attackers killed" (not "militants killed 20 soldiers")
    return any(v.lemma_.lower() in attackers or v.lower_ in attackers for v in victims)


def _has_required_dep(etype: str, token: Token) -> bool:
    """Alternative licences for a trigger: "called the raids a breach", "claimed to have killed"."""
    spec = event_ontology()["types"][etype]
    deps = set(spec.get("requires_dep_for", {}).get(token.lemma_.lower(), []))
    reflexive = any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in token.children)
    if deps and not reflexive and any(c.dep_ in deps for c in token.children):
        return True  # not "who call themselves Ansar Allah"
    complements = set(spec.get("complement_verbs", []))
    return bool(complements) and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in complements for c in token.children
    )


def event_family(trigger: Token) -> str:
    """Sub-kind of a military action, so an arrest never merges with a strike."""
    families: dict[str, list[str]] = event_ontology()["types"]["military_action"].get("families", {})
    lemma = trigger.lemma_.lower()
    return next((name for name, words in families.items() if lemma in words), "force")


def _has_agentive_modifier(noun: Token) -> bool:
    """A statement noun counts only when someone owns it ("calls from Israel", "India's warning")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return True
    return False
