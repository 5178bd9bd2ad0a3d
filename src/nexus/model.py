"""The domain model: every layer of Nexus speaks these types.

Every fact Nexus extracts is a statement that carries its evidence: the
document it came from, the sentence that states it (with its character span),
who asserts it and how firmly. The contract JSON written by ``nexus extract``
(see ``to_contract``) is a projection of this model; the store, the exports
and the API read the same objects, so a field added here is available
everywhere.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PERSON", "ORG", "PLACE"]
Qualifier = Literal["exact", "at_least", "approx", "at_most"]
DatePrecision = Literal["day", "month", "year"]
EventType = Literal[
    "attack", "claim", "rally", "visit", "meeting", "sanction", "military_action", "statement"
]
RelationType = Literal["affiliation", "cooperation", "hostility", "based_in"]

ORG_SUBTYPES = (
    "armed_group",
    "government",
    "military",
    "intelligence",
    "political_party",
    "international",
    "media",
    "other",
)
PLACE_SUBTYPES = ("country", "admin", "city", "site")

#: Namespace for deterministic ids (uuid5 over canonical JSON of key fields).
NEXUS_NAMESPACE = uuid.UUID("6f1c7a52-4c1e-5d7e-9a54-0e8b3c2d9f10")


#: The canonical JSON of :func:`stable_id` (``json.dumps`` with these settings builds one per call).
_ID_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)
_NAMESPACE_BYTES = NEXUS_NAMESPACE.bytes


def stable_id(kind: str, *parts: object) -> str:
    """A deterministic id: the same identifying fields give the same id, always.

    The id is ``kind`` and the first 16 hex digits of ``uuid.uuid5(NEXUS_NAMESPACE, payload)``
    (``payload`` the canonical JSON of ``[kind, *parts]``): the first 8 bytes of the SHA-1 of the
    namespace and payload with the version nibble set to 5, computed without a ``UUID`` object
    (its checks cost more than the hash on the thousands of ids of a document stream)."""
    payload = _ID_JSON.encode([kind, *parts])
    head = bytearray(
        hashlib.sha1(_NAMESPACE_BYTES + payload.encode("utf-8"), usedforsecurity=False).digest()[:8]
    )
    head[6] = (head[6] & 0x0F) | 0x50  # (the version of a name-based SHA-1 UUID)
    return f"{kind}-{head.hex()}"


def content_id(text: str) -> str:
    """Id of a document that came without one: a hash of its normalised text."""
    return "doc-" + hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False, defer_build=True)


class Document(_Model):
    """One report as ingested: text plus what we know of its source."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    origin: str | None = Field(default=None, description="file path (and line) it was read from")


class Span(_Model):
    """A character span of a document's text."""

    start: int
    end: int
    text: str


class Evidence(_Model):
    """The sentence that states a fact, located in its document."""

    doc_id: str
    sentence: str
    start: int
    end: int
    outlet: str | None = None


class Attribution(_Model):
    """Who asserts a fact and how firmly.

    ``hedged`` is true when a qualifying cue scopes over the fact; ``cues``
    lists the cue words found, ``asserter`` the source the text names
    ("police sources", "Indian intelligence agencies").
    """

    asserter: str | None = None
    hedged: bool = False
    cues: list[str] = Field(default_factory=list)


class Count(_Model):
    """A casualty figure as the text gives it: 'more than 20' is 21, at_least."""

    value: int
    qualifier: Qualifier = "exact"
    text: str | None = None
    claimed: bool = Field(
        default=False,
        exclude_if=lambda claimed: not claimed,
        description="only the claimant's own count (a group's tally of those it says it killed), "
        "which the text gives in its own words and no other source confirms",
    )


class DateValue(_Model):
    """A date with the precision the text gives (day, month or year)."""

    iso: str
    precision: DatePrecision
    text: str | None = None
    relative: bool = False

    def as_date(self) -> date:
        parts = [int(p) for p in self.iso.split("-")]
        while len(parts) < 3:
            parts.append(1)
        return date(parts[0], parts[1], parts[2])


class Place(_Model):
    """A geocoded place. Coordinates only for city- and site-level places."""

    name: str
    kind: Literal["country", "admin", "city", "site"] = "city"
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    source: str | None = Field(default=None, description="gazetteer the coordinates come from")
    derivation: str | None = Field(
        default=None,
        description=(
            "how an approximate point was derived from a known place the text sets this one by "
            "('at Lira', 'about 30 km north-east of Lira'); None for a gazetteer's own point"
        ),
    )


class Entity(_Model):
    """One real-world thing named in a document, with all its surface forms."""

    id: str
    name: str
    type: EntityType
    subtype: str | None = None
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    country: str | None = None
    gazetteer_id: str | None = None
    place: Place | None = None

    def surface_forms(self) -> list[str]:
        return [self.name, *self.aliases]


class Event(_Model):
    """A happening: who did what to whom, when, where, how many were hurt."""

    id: str
    type: EventType
    trigger: str | None = None
    date: DateValue | None = None
    place: Place | None = None
    actors: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    killed: Count | None = None
    injured: Count | None = None
    missing: Count | None = None
    attackers_killed: Count | None = None
    method: str | None = None
    alternatives: dict[str, list[Count]] = Field(
        default_factory=dict, description="earlier or other figures the same report gives"
    )
    evidence: Evidence
    attribution: Attribution = Field(default_factory=Attribution)
    confidence: float = 0.5


class Relation(_Model):
    """A link between two actors (or an actor and a place, for based_in)."""

    id: str
    source: str
    type: RelationType
    target: str
    role: str | None = Field(default=None, description="finer kind: spokesperson, front, hosting ...")
    date: DateValue | None = None
    evidence: Evidence
    attribution: Attribution = Field(default_factory=Attribution)
    confidence: float = 0.5


class DateMention(_Model):
    """A date expression found in the text, normalised."""

    span: Span
    value: DateValue


class Extraction(_Model):
    """Everything extracted from one document."""

    document: Document
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    extractor: str = "nexus"
    extractor_version: str = "0"
    #: Why the document was not parsed (triage found it off-topic), or None when it was.
    skipped: str | None = None

    def to_contract(self) -> dict[str, Any]:
        """The per-document JSON of the extraction contract (shared/corpus/SCHEMA.md)."""
        doc = self.document
        out: dict[str, Any] = {
            "id": doc.id,
            "source": {
                "url": doc.url,
                "outlet": doc.outlet,
                "published": doc.published.isoformat() if doc.published else None,
                "title": doc.title,
            },
            "extractor": {"name": self.extractor, "version": self.extractor_version},
            "entities": [_entity_contract(e) for e in self.entities],
            "events": [event_contract(e) for e in self.events],
            "relations": [_relation_contract(r) for r in self.relations],
            "dates": [
                {
                    "text": d.span.text,
                    "start": d.span.start,
                    "end": d.span.end,
                    "date": d.value.iso,
                    "precision": d.value.precision,
                    "relative": d.value.relative,
                }
                for d in self.dates
            ],
        }
        if self.skipped is not None:
            out["skipped"] = self.skipped
        return out


def _count_contract(count: Count | None) -> dict[str, Any] | None:
    if count is None:
        return None
    return {"value": count.value, "qualifier": count.qualifier, "text": count.text}


def _entity_contract(entity: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "subtype": entity.subtype,
        "aliases": entity.aliases,
        "roles": entity.roles,
        "country": entity.country,
        "mentions": [[m.start, m.end] for m in entity.mentions],
    }
    if entity.place is not None:
        out.update(lat=entity.place.lat, lon=entity.place.lon, admin1=entity.place.admin1)
    return out


def event_contract(event: Event) -> dict[str, Any]:
    """One event as the extraction contract gives it (shared/corpus/SCHEMA.md)."""
    place = event.place
    return {
        "id": event.id,
        "type": event.type,
        "trigger": event.trigger,
        "date": event.date.iso if event.date else None,
        "date_precision": event.date.precision if event.date else None,
        "place": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "place_derivation": place.derivation if place else None,
        "actors": event.actors,
        "targets": event.targets,
        "killed": _count_contract(event.killed),
        "injured": _count_contract(event.injured),
        "missing": _count_contract(event.missing),
        "attackers_killed": _count_contract(event.attackers_killed),
        "alternatives": {k: [_count_contract(c) for c in v] for k, v in event.alternatives.items()},
        "method": event.method,
        "evidence": event.evidence.sentence,
        "evidence_span": [event.evidence.start, event.evidence.end],
        "hedged": event.attribution.hedged,
        "hedge_cues": event.attribution.cues,
        "attributed_to": event.attribution.asserter,
        "confidence": event.confidence,
    }


def _relation_contract(relation: Relation) -> dict[str, Any]:
    return {
        "id": relation.id,
        "source": relation.source,
        "type": relation.type,
        "target": relation.target,
        "role": relation.role,
        "date": relation.date.iso if relation.date else None,
        "evidence": relation.evidence.sentence,
        "evidence_span": [relation.evidence.start, relation.evidence.end],
        "hedged": relation.attribution.hedged,
        "hedge_cues": relation.attribution.cues,
        "attributed_to": relation.attribution.asserter,
        "confidence": relation.confidence,
    }
