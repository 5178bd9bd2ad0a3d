"""STIX 2.1 export: the knowledge base as one bundle of SDOs and relationships.

Mapping (objects built with the ``stix2`` library, written one by one):

* **Armed groups -> ``threat-actor``** (``threat_actor_types: ["terrorist"]``,
  ``aliases``, ``first_seen``/``last_seen``). Not ``intrusion-set``: STIX
  defines an intrusion set as a cluster of adversarial behaviour and
  resources attributed to *some* organisation, as cyber-threat reports build
  them from indicators; Nexus knows the organisation itself by name from news
  reports, which is what ``threat-actor`` describes. An entity is an armed
  group when its subtype says so, or when it resolved to an ``armed_group``
  of the actor gazetteer (whose designations go in ``x_nexus_designations``).
* **Persons, states' agencies, militaries, parties, media ... -> ``identity``**
  (``identity_class`` individual/organization, ``sectors`` where the subtype
  gives one: government, defense, communications).
* **Places -> ``location``** (``latitude``/``longitude`` when known, ``country``,
  ``administrative_area``, ``city``). A place with neither a country nor
  coordinates cannot be a STIX location and is left out, with the
  relationships that need it (``StixSummary.skipped`` counts them). Event
  places and place entities share one location when name and country agree.
* **Events by kind**, so that an OpenCTI instance gets incidents only for
  violence:

  - **attacks, claims, strikes and operations (military_action) ->
    ``incident``** with ``incident_type`` (``attack``, ``claim``,
    ``military-action``: the property OpenCTI's incident carries) and the
    **``nexus-casualties`` property extension** (an ``extension-definition``
    in the bundle) holding each figure's summary: range, most corroborated
    and latest value, the current figure per outlet and every report's own
    figure with its status (current, superseded update, lesser, background,
    flagged), never averaged. STIX 2.1 has the incident SDO as a stub, but
    it is what consumers (OpenCTI, MISP) map to "something violent that
    happened". Links: ``attributed-to`` the actors, ``targets`` the
    targets, ``located-at`` the place.
  - **meetings, visits, rallies and sanctions -> OpenCTI ``event``** (its
    Event entity: ``name``, ``description``, ``event_types`` = the Nexus
    type, an open vocabulary; ``start_time``/``stop_time`` spanning the
    date's precision), marked with OpenCTI's extension
    (``extension-definition--ea279b3e-...``, ``extension_type: new-sdo``) as
    OpenCTI itself writes it. Not a STIX ``grouping`` or ``report``: those
    are intelligence products that need object lists, and a sanction or a
    meeting is a happening with a date and place, which is what OpenCTI's
    Event models. Parties are ``related-to`` links with ``x_nexus_role``
    (actor or target); the place is ``located-at``.
  - **statements -> ``note``** (``authors`` = the speakers, ``content`` = the
    evidence sentences, ``object_refs`` = the speakers, those spoken about
    and the place): STIX has no statement object, and a note is "text that
    conveys context about the objects it refers to", which a public
    statement about them is. A statement that names nothing STIX can refer
    to is skipped (counted in ``StixSummary.skipped``).

  Everything else an event carries is a custom ``x_nexus_`` property: type,
  date and precision, place, report and source counts, hedged share, the
  contradiction flag, and for an incident its means (``x_nexus_method``: the
  means most reports give, explosives, firearms, airstrike ...;
  ``x_nexus_methods``: every means they give). The means stays a property
  rather than a ``uses`` link to an ``attack-pattern``: STIX suggests no
  relationship from a stub incident, and an attack pattern is a technique an
  adversary uses (as CAPEC/ATT&CK catalogue), not the weapon of one happening.
* **Relationships**: incident ``attributed-to`` its actors, ``targets`` its
  targets, ``located-at`` its place; an entity relation ``based_in`` a place
  is ``located-at``, every other (cooperation, hostility, affiliation) is
  ``related-to`` with a ``description`` and ``x_nexus_relation_type``, read
  from ``source_ref`` to ``target_ref`` (hostility from the accuser or
  attacker to the accused or attacked). Links derived from events (claimed,
  attacked, struck, sanctioned, met, visited) are ``related-to`` too, with
  ``x_nexus_origin`` "event" and ``x_nexus_event_ids``. They
  carry ``confidence`` (see ``selection.confidence``: independent sources and
  hedging), ``start_time``/``stop_time`` (first seen, the day after the period last seen ends) with
  ``x_nexus_first_seen``/``x_nexus_last_seen`` at their precision ("2019", "2019-03"),
  up to three evidence sentences and ``external_references`` to the reports.

Ids are deterministic and follow the spec: STIX 2.1 says SDOs, SROs, meta
objects and bundles SHOULD use a UUIDv4, so each id is ``type--`` a version-4
UUID whose pseudo-random bits are a SHA-256 of the Nexus namespace, the type
and the canonical JSON of the identifying fields (the Nexus id of an entity,
event or relation; name key and country of a place; source, type and target
of a relationship). The same knowledge base gives the same ids, and
``created``/``modified`` come from the first and last publication dates of
the reports, never from the clock. The bundle is written as a stream; its
own id hashes the objects, so it is written last
(``{"type": "bundle", "objects": [...], "id": ...}``).

``stix2-validator`` gives no error, and only these deliberate warnings:
**202** for ``incident`` -> ``attributed-to`` / ``targets`` / ``located-at``
and ``event`` -> ``located-at`` (the links OpenCTI's data model and the
OASIS incident extension define; STIX suggests no relationship for its stub
incident, and ``related-to`` would lose what the link means to OpenCTI), and
**302** for a report URL given without a hash of the page (Nexus never
fetches pages).

What STIX cannot carry: statements below the aggregate (each report's own
entities and spans), documents' text, near-duplicate structure, manual
merges and splits. Use the JSON Lines export for a faithful copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

import stix2
from sqlalchemy.engine import Connection
from stix2.properties import ListProperty, StringProperty, TimestampProperty

from nexus.export.selection import (
    DocumentRef,
    ExportEntity,
    ExportEvent,
    ExportRelation,
    ExportScope,
    Selection,
    as_selection,
    confidence,
    evidence_json,
)
from nexus.model import NEXUS_NAMESPACE
from nexus.resolve.events import date_span
from nexus.resolve.names import name_key
from nexus.store.records import EventRecord

#: ``created`` of objects no dated report mentions (deterministic, never the clock).
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: Sectors (STIX industry-sector-ov) a Nexus organisation subtype implies.
SECTORS = {
    "government": ["government-national"],
    "military": ["defense"],
    "intelligence": ["government-national"],
    "media": ["communications"],
}
#: Evidence sentences kept per relationship.
EVIDENCE_PER_RELATION = 3

Progress = Callable[[int], None]


def deterministic_uuid4(payload: str) -> uuid.UUID:
    """An RFC 4122 version-4 UUID whose 122 "random" bits are a SHA-256 of ``payload``.

    STIX 2.1 says SDOs, SROs, meta objects and bundles SHOULD use UUIDv4 (a
    UUIDv5 is for SCOs); a hash is pseudo-random, so this follows the spec and
    still gives the same id for the same knowledge.
    """
    digest = hashlib.sha256(NEXUS_NAMESPACE.bytes + payload.encode("utf-8")).digest()
    return uuid.UUID(bytes=digest[:16], version=4)


def stix_id(object_type: str, **identifying: Any) -> str:
    """``type--`` a deterministic UUIDv4 over the canonical JSON of the identifying fields."""
    payload = json.dumps(identifying, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return f"{object_type}--{deterministic_uuid4(object_type + ':' + payload)}"


#: The producer of every object (``created_by_ref``).
PRODUCER_ID = stix_id("identity", producer="nexus")
#: The extension that declares the ``x_nexus_`` properties (a STIX 2.1 top-level property extension).
EXTENSION_VERSION = "1.2"
EXTENSION_ID = stix_id("extension-definition", name="nexus", version=EXTENSION_VERSION)
EXTENSION_PROPERTIES = (
    "x_nexus_entity_id",
    "x_nexus_documents",
    "x_nexus_country",
    "x_nexus_designations",
    "x_nexus_subtype",
    "x_nexus_aliases",
    "x_nexus_place_kind",
    "x_nexus_relation_id",
    "x_nexus_relation_type",
    "x_nexus_statements",
    "x_nexus_independent_sources",
    "x_nexus_hedged_share",
    "x_nexus_evidence",
    "x_nexus_roles",
    "x_nexus_asserters",
    "x_nexus_event_id",
    "x_nexus_event_type",
    "x_nexus_reports",
    "x_nexus_contradictory",
    "x_nexus_date",
    "x_nexus_date_precision",
    "x_nexus_place",
    "x_nexus_role",
    "x_nexus_origin",
    "x_nexus_event_ids",
    "x_nexus_method",
    "x_nexus_methods",
    "incident_type",
)
EXTENSION_SCHEMA = (
    "Nexus properties (all optional). x_nexus_entity_id / x_nexus_event_id / x_nexus_relation_id: the "
    "Nexus id. x_nexus_documents, x_nexus_reports, x_nexus_statements: counts of documents, event "
    "reports, relation statements; x_nexus_independent_sources: documents counting a near-duplicate "
    "copy once. x_nexus_hedged_share: share (0-1) of statements hedged. x_nexus_killed, _injured, "
    "_missing, _attackers_killed: see the nexus-casualties property extension. incident_type: the kind "
    "of incident (attack, claim, military-action), as OpenCTI's incident property. x_nexus_role: on a "
    "related-to link from an event or note, whether the entity is its actor or target. x_nexus_evidence: "
    "[{doc_id, sentence, outlet, published, hedged, asserter}]. x_nexus_date: ISO date as precise as "
    "x_nexus_date_precision (day, month, year). x_nexus_relation_type: affiliation, cooperation, "
    "hostility or based_in (stated), claimed, attacked, struck, sanctioned, met or visited (from events). "
    "x_nexus_origin: stated (a sentence states the relation) or event (derived from x_nexus_event_ids). "
    "source_ref is the accuser or attacker of a hostility and the actor of an event link. "
    "x_nexus_method: on an incident, its means as most of its reports give it (explosives, firearms, "
    "melee, vehicle, incendiary, kidnapping, drone, missile, artillery, airstrike); x_nexus_methods: "
    "every means its reports give (absent when none names one). x_nexus_place: an event's place "
    "{name, kind, country, admin1, lat, lon, derivation}; derivation says how a point no gazetteer "
    "gives was derived from a known place the text sets the place by ('at Lira', 'between Gulu and "
    "Lira'; absent for a gazetteer's own point)."
)
_EXTENDED = {"extensions": {EXTENSION_ID: {"extension_type": "toplevel-property-extension"}}}
#: The property extension that carries an incident's casualty figures.
CASUALTY_EXTENSION_ID = stix_id("extension-definition", name="nexus-casualties", version=EXTENSION_VERSION)
CASUALTY_SCHEMA = (
    "Casualty figures of an incident, per field (killed, injured, missing, attackers_killed), each "
    "{min, max, values, contradiction, differs, updated, flagged, most_corroborated {value, qualifier, "
    "n_sources}, latest, current [the latest figure per outlet], reports [{value, qualifier, doc_id, "
    "outlet, published, hedged, asserter, alternative, background, status, note}]}. status: current, "
    "superseded (an outlet's earlier figure: an update, not a contradiction), lesser, background (from "
    "a report recalling the incident) or flagged (implausibly low, set aside). Figures are never averaged."
)
#: OpenCTI's extension: its new SDOs (here ``event``) carry it with ``extension_type: new-sdo``.
OPENCTI_EXTENSION_ID = "extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba"
#: Nexus event types that are incidents, and their ``incident_type``.
INCIDENT_TYPES = {"attack": "attack", "claim": "claim", "military_action": "military-action"}
#: Nexus event types written as OpenCTI events (``event_types`` is an open vocabulary).
OPENCTI_EVENT_TYPES = {"meeting": "meeting", "visit": "visit", "rally": "rally", "sanction": "sanction"}


@stix2.v21.CustomObject(
    "event",
    [
        ("name", StringProperty(required=True)),
        ("description", StringProperty()),
        ("aliases", ListProperty(StringProperty)),
        ("event_types", ListProperty(StringProperty)),
        ("start_time", TimestampProperty()),
        ("stop_time", TimestampProperty()),
    ],
)
class OpenCtiEvent:
    """OpenCTI's Event entity (``event``: name, description, event_types, start/stop time)."""


#: The registered class, typed loosely (the decorator builds its keyword constructor).
_OpenCtiEvent: Any = OpenCtiEvent


def _moment(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) if day else None


def _date_span(record: EventRecord) -> tuple[dt.date | None, dt.date | None]:
    """First and last day an event's date can mean (a month or year date spans it)."""
    if not record.date:
        return None, None
    parts = [int(p) for p in record.date.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        following = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return dt.date(parts[0], parts[1], 1), following - dt.timedelta(days=1)
    day = dt.date(parts[0], parts[1], parts[2])
    return day, day


def _span(first: dt.date | None, last: dt.date | None) -> tuple[dt.datetime, dt.datetime]:
    """(created, modified) from first and last seen; modified is never before created."""
    created = _moment(first) or _moment(last) or UNDATED
    modified = _moment(last) or created
    return created, max(created, modified)


def _references(docs: list[DocumentRef]) -> list[dict[str, Any]]:
    out = []
    for doc in docs:
        ref: dict[str, Any] = {"source_name": doc.outlet or "unknown outlet", "external_id": doc.doc_id}
        if doc.url:
            ref["url"] = doc.url
        if doc.title:
            ref["description"] = doc.title
        out.append(ref)
    return out


def _country(code: str | None) -> str | None:
    return code if code and len(code) == 2 and code.isalpha() else None


def location_id(name: str | None, country: str | None) -> str:
    return stix_id("location", name=name_key(name or ""), country=country or "")


def is_armed_group(entity: ExportEntity) -> bool:
    return entity.type == "ORG" and entity.subtype == "armed_group"


@dataclass
class StixSummary:
    """What one export wrote."""

    objects: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    skipped: int = field(
        default=0, metadata={"doc": "places without country or coordinates, and their links"}
    )
    bundle_id: str = ""


class _BundleWriter:
    """Writes a bundle object by object; the bundle id hashes what was written."""

    def __init__(self, out: IO[str], summary: StixSummary) -> None:
        self.out = out
        self.summary = summary
        self.digest = hashlib.sha256()
        self.out.write('{"type": "bundle", "objects": [\n')

    def write(self, obj: Any) -> None:
        text = obj.serialize(sort_keys=True)
        if self.summary.objects:
            self.out.write(",\n")
        self.out.write(text)
        self.digest.update(text.encode("utf-8"))
        self.summary.objects += 1
        self.summary.by_type[obj.type] = self.summary.by_type.get(obj.type, 0) + 1

    def close(self) -> None:
        self.summary.bundle_id = f"bundle--{deterministic_uuid4('bundle:' + self.digest.hexdigest())}"
        self.out.write(f'\n], "id": "{self.summary.bundle_id}"}}\n')


class StixExporter:
    """One export: keeps which entities and locations were written (ids only)."""

    def __init__(self, selection: Selection, writer: _BundleWriter, progress: Progress | None) -> None:
        self.selection = selection
        self.writer = writer
        self.progress = progress or (lambda _n: None)
        self.entity_ids: dict[str, str | None] = {}  # Nexus id -> STIX id (None: not exportable)
        self.locations: set[str] = set()

    def run(self) -> None:
        self.writer.write(
            stix2.v21.Identity(
                id=PRODUCER_ID,
                name="Nexus",
                identity_class="system",
                description="Evidence-backed knowledge graph built from news reports.",
                created=UNDATED,
                modified=UNDATED,
            )
        )
        self.writer.write(
            stix2.v21.ExtensionDefinition(
                id=EXTENSION_ID,
                created_by_ref=PRODUCER_ID,
                name="Nexus knowledge-graph properties",
                description="Evidence, source counts, hedging and per-report casualty figures from Nexus.",
                schema=EXTENSION_SCHEMA,
                version=EXTENSION_VERSION,
                extension_types=["toplevel-property-extension"],
                extension_properties=list(EXTENSION_PROPERTIES),
                created=UNDATED,
                modified=UNDATED,
            )
        )
        self.writer.write(
            stix2.v21.ExtensionDefinition(
                id=CASUALTY_EXTENSION_ID,
                created_by_ref=PRODUCER_ID,
                name="Nexus casualty figures",
                description="Casualty figures of an incident per report and outlet, updates told from "
                "contradictions.",
                schema=CASUALTY_SCHEMA,
                version=EXTENSION_VERSION,
                extension_types=["property-extension"],
                created=UNDATED,
                modified=UNDATED,
            )
        )
        for relation_page in self.selection.relation_pages(evidence=EVIDENCE_PER_RELATION):
            self._entities(
                [r.record.source.id for r in relation_page] + [r.record.target.id for r in relation_page]
            )
            for relation in relation_page:
                self._relation(relation)
            self.progress(len(relation_page))
        for event_page in self.selection.event_pages():
            refs = [ref.id for e in event_page for ref in (*e.record.actors, *e.record.targets)]
            self._entities(refs)
            for event in event_page:
                self._event(event)
            self.progress(len(event_page))
        if self.selection.scope.is_everything:
            for entity_page in self.selection.entity_pages():
                fresh = [e for e in entity_page if e.id not in self.entity_ids]
                for entity in fresh:
                    self._entity(entity)
                self.progress(len(entity_page))

    # -- entities ----------------------------------------------------------------------------

    def _entities(self, ids: list[str]) -> None:
        fresh = sorted({i for i in ids if i not in self.entity_ids})
        if not fresh:
            return
        for page in self.selection.entity_pages(fresh):
            for entity in page:
                self._entity(entity)
        for missing in fresh:
            self.entity_ids.setdefault(missing, None)

    def _entity(self, entity: ExportEntity) -> None:
        created, modified = _span(entity.first_seen, entity.last_seen)
        common: dict[str, Any] = {
            "created": created,
            "modified": modified,
            "created_by_ref": PRODUCER_ID,
            "x_nexus_entity_id": entity.id,
            "x_nexus_documents": entity.n_documents,
            "allow_custom": True,
            **_EXTENDED,
        }
        others = [a for a in entity.aliases if a != entity.name]
        if entity.type == "PLACE":
            obj = self._location(
                entity.name, entity.country, entity.admin1, entity.lat, entity.lon, entity.place_kind, common
            )
            self.entity_ids[entity.id] = obj
            return
        if is_armed_group(entity):
            obj_id = stix_id("threat-actor", nexus_id=entity.id)
            extra: dict[str, Any] = {}
            if others:
                extra["aliases"] = others
            if entity.first_seen:
                extra["first_seen"] = created
                extra["last_seen"] = modified
            if entity.country:
                extra["x_nexus_country"] = entity.country
            if entity.designations:
                extra["x_nexus_designations"] = entity.designations
            self.writer.write(
                stix2.v21.ThreatActor(
                    id=obj_id, name=entity.name, threat_actor_types=["terrorist"], **extra, **common
                )
            )
        else:
            obj_id = stix_id("identity", nexus_id=entity.id)
            extra = {}
            if entity.subtype in SECTORS:
                extra["sectors"] = SECTORS[entity.subtype]
            if entity.subtype:
                extra["x_nexus_subtype"] = entity.subtype
            if others:
                extra["x_nexus_aliases"] = others
            if entity.country:
                extra["x_nexus_country"] = entity.country
            identity_class = "individual" if entity.type == "PERSON" else "organization"
            self.writer.write(
                stix2.v21.Identity(
                    id=obj_id, name=entity.name, identity_class=identity_class, **extra, **common
                )
            )
        self.entity_ids[entity.id] = obj_id

    def _location(
        self,
        name: str | None,
        country: str | None,
        admin1: str | None,
        lat: float | None,
        lon: float | None,
        kind: str | None,
        common: dict[str, Any],
    ) -> str | None:
        """Write a location once; its id, or None when STIX cannot express it."""
        code = _country(country)
        if code is None and (lat is None or lon is None):
            self.writer.summary.skipped += 1
            return None
        obj_id = location_id(name, code)
        if obj_id in self.locations:
            return obj_id
        props: dict[str, Any] = {"country": code} if code else {}
        if lat is not None and lon is not None:
            props.update(latitude=lat, longitude=lon)
        if admin1:
            props["administrative_area"] = admin1
        if name and kind == "city":
            props["city"] = name
        if kind:
            props["x_nexus_place_kind"] = kind
        self.writer.write(stix2.v21.Location(id=obj_id, name=name or code, **props, **common))
        self.locations.add(obj_id)
        return obj_id

    # -- relations ---------------------------------------------------------------------------

    def _relation(self, relation: ExportRelation) -> None:
        record = relation.record
        source, target = self.entity_ids.get(record.source.id), self.entity_ids.get(record.target.id)
        if source is None or target is None:
            self.writer.summary.skipped += 1
            return
        kind = "located-at" if record.type == "based_in" and target.startswith("location--") else "related-to"
        created, modified = _span(record.first_seen, record.last_seen)
        props: dict[str, Any] = {
            "description": f"{record.source.name} {record.type.replace('_', ' ')} {record.target.name}",
            "confidence": confidence(record.n_sources, record.hedged_share),
            "x_nexus_relation_id": record.id,
            "x_nexus_relation_type": record.type,
            "x_nexus_statements": record.n_statements,
            "x_nexus_documents": relation.n_documents,
            "x_nexus_independent_sources": record.n_sources,
            "x_nexus_hedged_share": record.hedged_share,
            "x_nexus_evidence": evidence_json(record.evidence),
            "x_nexus_origin": record.origin,
        }
        if record.event_ids:
            props["x_nexus_event_ids"] = record.event_ids
        if record.first_seen and record.last_seen:
            # a link last seen "in 2019" runs to the end of 2019, not to 2 January
            last_day = date_span(record.last_seen, record.last_seen_precision)[1]
            props["start_time"] = created
            props["stop_time"] = _moment(last_day + dt.timedelta(days=1))
            props["x_nexus_first_seen"] = record.first_seen_text  # "2019", "2019-03" or a day
            props["x_nexus_last_seen"] = record.last_seen_text
        if record.roles:
            props["x_nexus_roles"] = record.roles
        if record.asserters:
            props["x_nexus_asserters"] = record.asserters
        if relation.documents:
            props["external_references"] = _references(relation.documents)
        self.writer.write(
            stix2.v21.Relationship(
                id=stix_id("relationship", source=source, type=kind, target=target, nexus_id=record.id),
                relationship_type=kind,
                source_ref=source,
                target_ref=target,
                created=created,
                modified=modified,
                created_by_ref=PRODUCER_ID,
                allow_custom=True,
                **_EXTENDED,
                **props,
            )
        )

    # -- events ------------------------------------------------------------------------------

    def _event(self, event: ExportEvent) -> None:
        """An event as STIX: an incident, an OpenCTI event or a note, by its type."""
        record = event.record
        published = [d.published for d in event.documents if d.published]
        created, modified = _span(min(published, default=None), max(published, default=None))
        level = confidence(record.n_sources, event.hedged_share)
        props: dict[str, Any] = {
            "x_nexus_event_id": record.id,
            "x_nexus_event_type": record.type,
            "x_nexus_reports": record.n_reports,
            "x_nexus_independent_sources": record.n_sources,
            "x_nexus_hedged_share": event.hedged_share,
            "x_nexus_contradictory": record.contradictory,
        }
        if record.date:
            props["x_nexus_date"] = record.date
            props["x_nexus_date_precision"] = record.date_precision
        if record.place is not None:
            props["x_nexus_place"] = record.place.model_dump(mode="json", exclude_none=True)
        first_report = min(record.reports, key=lambda r: (r.published or dt.date.max, r.doc_id), default=None)
        if event.documents:
            props["external_references"] = _references(event.documents)
        common: dict[str, Any] = {
            "created": created,
            "modified": modified,
            "created_by_ref": PRODUCER_ID,
            "confidence": level,
            "allow_custom": True,
        }
        if record.type in INCIDENT_TYPES:
            self._incident(event, props, common, first_report.evidence.sentence if first_report else None)
        elif record.type in OPENCTI_EVENT_TYPES:
            self._opencti_event(
                event, props, common, first_report.evidence.sentence if first_report else None
            )
        else:
            self._note(event, props, common)

    def _name(self, record: EventRecord) -> str:
        place = record.place
        where = (place.name or place.country) if place else None
        return f"{record.type.replace('_', ' ')} in {where or 'unknown place'}, {record.date or 'undated'}"

    def _event_location(self, record: EventRecord, created: dt.datetime, modified: dt.datetime) -> str | None:
        place = record.place
        if place is None:
            return None
        common = {
            "created": created,
            "modified": modified,
            "created_by_ref": PRODUCER_ID,
            "allow_custom": True,
            **_EXTENDED,
        }
        return self._location(
            place.name, place.country, place.admin1, place.lat, place.lon, place.kind, common
        )

    def _incident(
        self, event: ExportEvent, props: dict[str, Any], common: dict[str, Any], sentence: str | None
    ) -> None:
        record = event.record
        obj_id = stix_id("incident", nexus_id=record.id)
        casualties: dict[str, Any] = {"extension_type": "property-extension"}
        for figure, summary in record.figures.items():
            casualties[figure] = summary.model_dump(mode="json", exclude={"field"})
        extensions: dict[str, Any] = {EXTENSION_ID: {"extension_type": "toplevel-property-extension"}}
        if len(casualties) > 1:
            extensions[CASUALTY_EXTENSION_ID] = casualties
        if sentence:
            props["description"] = sentence
        if record.method is not None:
            props["x_nexus_method"] = record.method
            props["x_nexus_methods"] = record.methods
        self.writer.write(
            stix2.v21.Incident(
                id=obj_id,
                name=self._name(record),
                incident_type=INCIDENT_TYPES[record.type],
                extensions=extensions,
                **common,
                **props,
            )
        )
        created, modified, level = common["created"], common["modified"], common["confidence"]
        for kind, refs in (("attributed-to", record.actors), ("targets", record.targets)):
            for ref in refs:
                self._link(obj_id, kind, self.entity_ids.get(ref.id), level, created, modified)
        location = self._event_location(record, created, modified)
        if record.place is not None:
            self._link(obj_id, "located-at", location, level, created, modified)

    def _opencti_event(
        self, event: ExportEvent, props: dict[str, Any], common: dict[str, Any], sentence: str | None
    ) -> None:
        """Meetings, visits, rallies and sanctions: OpenCTI ``event`` objects, not incidents."""
        record = event.record
        obj_id = stix_id("event", nexus_id=record.id)
        if sentence:
            props["description"] = sentence
        first, last = _date_span(record)
        if first is not None and last is not None:
            props["start_time"] = _moment(first)
            props["stop_time"] = _moment(last + dt.timedelta(days=1))
        self.writer.write(
            _OpenCtiEvent(
                id=obj_id,
                name=self._name(record),
                event_types=[OPENCTI_EVENT_TYPES[record.type]],
                extensions={
                    OPENCTI_EXTENSION_ID: {"extension_type": "new-sdo"},
                    EXTENSION_ID: {"extension_type": "toplevel-property-extension"},
                },
                **common,
                **props,
            )
        )
        self._role_links(obj_id, record, common)

    def _note(self, event: ExportEvent, props: dict[str, Any], common: dict[str, Any]) -> None:
        """A statement: a ``note`` by its speakers about what it names (STIX has no statement object)."""
        record = event.record
        created, modified = common["created"], common["modified"]
        refs = [self.entity_ids.get(ref.id) for ref in (*record.actors, *record.targets)]
        location = self._event_location(record, created, modified)
        object_refs = sorted({r for r in (*refs, location) if r is not None})
        if not object_refs:
            self.writer.summary.skipped += 1  # a note must be about something STIX can name
            return
        sentences = [
            r.evidence.sentence
            for r in sorted(record.reports, key=lambda r: (r.published or dt.date.max, r.doc_id))
        ]
        note: dict[str, Any] = {
            "abstract": self._name(record),
            "content": "\n".join(dict.fromkeys(sentences)) or self._name(record),
            "object_refs": object_refs,
        }
        if record.actors:
            note["authors"] = [a.name for a in record.actors]
        common = {k: v for k, v in common.items() if k != "confidence"} | {"confidence": common["confidence"]}
        self.writer.write(
            stix2.v21.Note(id=stix_id("note", nexus_id=record.id), **note, **common, **_EXTENDED, **props)
        )

    def _role_links(self, obj_id: str, record: EventRecord, common: dict[str, Any]) -> None:
        """``related-to`` links to actors and targets (with ``x_nexus_role``), ``located-at`` the place."""
        created, modified, level = common["created"], common["modified"], common["confidence"]
        for role, refs in (("actor", record.actors), ("target", record.targets)):
            for ref in refs:
                target = self.entity_ids.get(ref.id)
                if target is None:
                    self.writer.summary.skipped += 1
                    continue
                self.writer.write(
                    stix2.v21.Relationship(
                        id=stix_id(
                            "relationship", source=obj_id, type="related-to", target=target, role=role
                        ),
                        relationship_type="related-to",
                        source_ref=obj_id,
                        target_ref=target,
                        description=f"{ref.name}: {role} of the {record.type.replace('_', ' ')}",
                        confidence=level,
                        created=created,
                        modified=modified,
                        created_by_ref=PRODUCER_ID,
                        allow_custom=True,
                        x_nexus_role=role,
                        **_EXTENDED,
                    )
                )
        location = self._event_location(record, created, modified)
        if record.place is not None:
            self._link(obj_id, "located-at", location, level, created, modified)

    def _link(
        self,
        source: str,
        kind: str,
        target: str | None,
        level: int,
        created: dt.datetime,
        modified: dt.datetime,
    ) -> None:
        if target is None:
            self.writer.summary.skipped += 1
            return
        self.writer.write(
            stix2.v21.Relationship(
                id=stix_id("relationship", source=source, type=kind, target=target),
                relationship_type=kind,
                source_ref=source,
                target_ref=target,
                confidence=level,
                created=created,
                modified=modified,
                created_by_ref=PRODUCER_ID,
            )
        )


def export_stix(
    connection: Connection,
    out: IO[str],
    scope: ExportScope | Selection | None = None,
    *,
    progress: Progress | None = None,
) -> StixSummary:
    """Write the scope of the knowledge base as a STIX 2.1 bundle to ``out``."""
    selection = as_selection(connection, scope)
    summary = StixSummary()
    writer = _BundleWriter(out, summary)
    StixExporter(selection, writer, progress).run()
    writer.close()
    return summary
