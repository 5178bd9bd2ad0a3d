"""Entity resolution across documents: which mentions are one real-world thing.

``EntityIndex`` holds the canonical entities known so far (the store loads it
from its alias table) and answers, for one more mention, which canonical
entity it is, in this order:

1. a gazetteer id (from the extractor, or an alias of the actor gazetteer
   ``nexus.ontology.actors()``) names the entity outright;
2. an exact name key among the known surface forms of the same type;
3. persons: same surname and compatible given names ("K Rao",
   "K. Rao", "Rao", "Kiran Rao"); a bare surname
   joins only when exactly one known person carries it;
4. a transliteration skeleton shared with a known form, confirmed by a
   rapidfuzz score, or a plain fuzzy score high enough to be a typo.

Every rule requires the same type and compatible countries (equal, or one
unknown). A mention that matches nothing starts a new canonical entity whose
id is a ``stable_id`` of its type, name key and country, so the same input
gives the same ids. The index is pure Python: it knows nothing of the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from nexus import ontology
from nexus.errors import OntologyError
from nexus.model import stable_id
from nexus.resolve.names import digits, given_names_compatible, name_key, person_parts, skeleton

#: Score (0-100) a skeleton match must also reach on the folded names.
SKELETON_CONFIRM = 75.0
#: Score (0-100) at which two folded names are taken as one with a typo.
TYPO_SCORE = 92.0


def gazetteer_entity_id(gazetteer_id: str) -> str:
    """The canonical id of an entity known to a gazetteer: the same in every store."""
    return stable_id("entity", "gazetteer", gazetteer_id)


def new_entity_id(entity_type: str, name: str, country: str | None) -> str:
    """The canonical id of an entity first seen under ``name``."""
    return stable_id("entity", entity_type, name_key(name), country or "")


@dataclass(frozen=True)
class MentionName:
    """What resolution looks at in one mention."""

    name: str
    type: str
    country: str | None = None
    gazetteer_id: str | None = None
    aliases: tuple[str, ...] = ()

    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class _Known:
    id: str
    type: str
    country: str | None
    keys: set[str] = field(default_factory=set)


@cache
def gazetteer_aliases() -> dict[tuple[str, str], str]:
    """(type, name key) -> actor id, from ``nexus.ontology.actors()`` (empty when absent).

    Cached like the ontology itself; treat the result as read-only.
    """
    try:
        from nexus.ontology import actors
    except ImportError:  # pragma: no cover - the ontology package is part of Nexus
        return {}
    try:
        known = actors()
    except OntologyError:
        return {}
    table: dict[tuple[str, str], str] = {}
    for actor in known:
        for form in (actor.name, *actor.aliases, *actor.case_sensitive_aliases):
            table.setdefault((actor.type, name_key(form)), actor.id)
    return table


def _forms_to(value: Callable[[Any], str | None]) -> tuple[dict[str, str], dict[str, str]]:
    """(name key -> value, exact short form -> value) over the actors of
    ``nexus.ontology.actors()`` for which ``value(actor)`` is not None."""
    try:
        from nexus.ontology import actors

        known = actors()
    except (ImportError, OntologyError):  # pragma: no cover - the ontology is part of Nexus
        return {}, {}
    keyed: dict[str, str] = {}
    exact: dict[str, str] = {}
    for actor in known:
        found = value(actor)
        if found is None:
            continue
        for form in (actor.name, *actor.aliases):
            keyed.setdefault(name_key(form), found)
        for form in actor.case_sensitive_aliases:
            exact.setdefault(form, found)
    return keyed, exact


@cache
def _gazetteer_names() -> tuple[dict[str, str], dict[str, str]]:
    """(name key -> actor name, exact short form -> actor name) of ``nexus.ontology.actors()``."""
    return _forms_to(lambda actor: actor.name)


def gazetteer_name(form: str) -> str | None:
    """The actor gazetteer's name for a surface form of a known actor ("ELN" -> "National
    Liberation Army (Colombia)"), else None. Short forms match only in their own case."""
    keyed, exact = _gazetteer_names()
    return exact.get(form) or keyed.get(name_key(form))


@cache
def _state_organs() -> tuple[dict[str, str], dict[str, str]]:
    """(name key -> country, exact short form -> country) of the actors ``actors.yaml`` marks as
    acting for their country's state (``acts_for_state``)."""
    return _forms_to(lambda actor: actor.country if actor.acts_for_state and actor.country else None)


@cache
def _state_words() -> frozenset[str]:
    """Words that, after a nationality adjective, name a state's forces ("Russian forces")."""
    table = ontology.table("identity.yaml")
    return frozenset(name_key(str(w)) for w in table.get("state_force_words") or [])


@lru_cache(maxsize=65536)
def state_of(form: str) -> str | None:
    """The country (ISO-2) whose state an actor's name stands for, else None.

    A country named as actor ("Russia", "Burma": the geocoder's country
    names), an organ of a state that the actor gazetteer marks
    ``acts_for_state`` ("FSB", "Myanmar military": its ``country``), or a
    nationality adjective followed only by words of a state's forces
    (``identity.yaml`` ``state_force_words``: "Israeli forces", "Russian
    troops"). Outlets blame one strike on the state or on its forces: event
    identity takes them as one actor.
    """
    keyed, exact = _state_organs()
    found = exact.get(form) or keyed.get(name_key(form))
    if found:
        return found
    from nexus.extract.geocode import country_index, fold  # the geocoder's country names

    country = country_index().get(fold(form))
    if country is not None and country.kind == "country":
        return country.country
    words = name_key(form).split()
    if words[:1] == ["the"]:
        words = words[1:]  # "the Malian army"
    if len(words) >= 2 and all(w in _state_words() for w in words[1:]):
        return ontology.demonyms().get(words[0])
    return None


class EntityIndex:
    """Known canonical entities, indexed by name key, skeleton and surname."""

    def __init__(self, gazetteer: dict[tuple[str, str], str] | None = None) -> None:
        self._gazetteer = gazetteer if gazetteer is not None else {}
        self._known: dict[str, _Known] = {}
        self._by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._by_skeleton: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._by_surname: dict[str, set[str]] = defaultdict(set)
        # Name keys by (type, first letter, length): the typo rule scores one block, not every name.
        self._blocks: dict[tuple[str, str, int], list[str]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._known)

    def add(self, entity_id: str, entity_type: str, country: str | None, forms: Iterable[str]) -> None:
        """Register surface forms of a canonical entity (idempotent)."""
        known = self._known.get(entity_id)
        if known is None:
            known = self._known[entity_id] = _Known(entity_id, entity_type, country)
        elif known.country is None and country is not None:
            known.country = country
        for form in forms:
            key = name_key(form)
            if not key or key in known.keys:
                continue
            known.keys.add(key)
            ids = self._by_key[(entity_type, key)]
            if not ids:
                self._blocks[(entity_type, key[:1], len(key))].append(key)
            ids.add(entity_id)
            self._by_skeleton[(entity_type, skeleton(form))].add(entity_id)
            if entity_type == "PERSON":
                _, surname = person_parts(form)
                if surname:
                    self._by_surname[skeleton(surname)].add(entity_id)

    def resolve(self, mention: MentionName) -> str:
        """The canonical id for ``mention``; registers its forms under that id."""
        entity_id = self._match(mention)
        if entity_id is None:
            entity_id = new_entity_id(mention.type, mention.name, mention.country)
        self.add(entity_id, mention.type, mention.country, mention.forms())
        return entity_id

    def _match(self, mention: MentionName) -> str | None:
        if mention.gazetteer_id:
            return gazetteer_entity_id(mention.gazetteer_id)
        for form in mention.forms():
            actor_id = self._gazetteer.get((mention.type, name_key(form)))
            if actor_id is not None:
                return gazetteer_entity_id(actor_id)
        for rule in (self._exact, self._person, self._fuzzy):
            found = rule(mention)
            if found is not None:
                return found
        return None

    def _compatible(self, entity_id: str, mention: MentionName) -> bool:
        known = self._known[entity_id]
        return known.type == mention.type and (
            known.country is None or mention.country is None or known.country == mention.country
        )

    def _pick(self, candidates: Iterable[str], mention: MentionName) -> str | None:
        fitting = sorted(c for c in candidates if self._compatible(c, mention))
        if not fitting:
            return None
        # Prefer the candidate with the same country, then the most forms, then the smallest id.
        fitting.sort(key=lambda c: (self._known[c].country != mention.country, -len(self._known[c].keys)))
        return fitting[0]

    def _exact(self, mention: MentionName) -> str | None:
        candidates: set[str] = set()
        for form in mention.forms():
            candidates |= self._by_key.get((mention.type, name_key(form)), set())
        return self._pick(candidates, mention)

    def _person(self, mention: MentionName) -> str | None:
        if mention.type != "PERSON":
            return None
        given, surname = person_parts(mention.name)
        if not surname:
            return None
        matches: set[str] = set()
        for candidate in self._by_surname.get(skeleton(surname), set()):
            if not self._compatible(candidate, mention):
                continue
            for key in self._known[candidate].keys:
                other_given, other_surname = person_parts(key)
                if _surnames_match(surname, other_surname) and given_names_compatible(given, other_given):
                    matches.add(candidate)
                    break
        if not given and len(matches) > 1:
            return None  # a bare surname shared by several known persons is ambiguous
        return self._pick(matches, mention)

    def _fuzzy(self, mention: MentionName) -> str | None:
        best: tuple[float, str] | None = None
        for form in mention.forms():
            key = name_key(form)
            if len(key) < 4:
                continue  # short forms (ISI, LeT) match exactly or not at all
            for candidate in self._by_skeleton.get((mention.type, skeleton(form)), set()):
                if not self._compatible(candidate, mention):
                    continue
                score = max(
                    (fuzz.ratio(key, o) for o in self._known[candidate].keys if digits(o) == digits(key)),
                    default=0.0,
                )
                if score >= SKELETON_CONFIRM and (best is None or (score, candidate) > best):
                    best = (score, candidate)
        if best is not None:
            return best[1]
        return self._typo(mention)

    def _typo(self, mention: MentionName) -> str | None:
        """A known name of the same type one typo away (first letter and length within 2 alike).

        Scores only the blocks of known names with the same type, first letter
        and a length within two (``process.extract`` over them), not every name.
        """
        key = name_key(mention.name)
        if len(key) < 6:
            return None
        choices = [
            other
            for length in range(len(key) - 2, len(key) + 3)
            for other in self._blocks.get((mention.type, key[:1], length), ())
        ]
        best: tuple[float, str] | None = None
        for other, score, _ in process.extract(
            key, choices, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE, limit=None
        ):
            if digits(other) != digits(key):
                continue
            for candidate in sorted(self._by_key[(mention.type, other)]):
                if self._compatible(candidate, mention) and (best is None or (score, candidate) > best):
                    best = (score, candidate)
        return best[1] if best is not None else None


def _surnames_match(a: str, b: str) -> bool:
    return a == b or skeleton(a) == skeleton(b)
