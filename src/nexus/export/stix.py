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
* **Events -> ``incident``**. STIX 2.1 has the incident SDO as a stub (name,
  description, kill-chain phases) reserved for future work, but it is the
  core type consumers (OpenCTI, MISP) map to "something that happened";
  a custom ``x-nexus-event`` SDO would be dropped by most of them, and
  ``report``/``sighting`` describe intelligence products and detections, not
  events. Everything else an event carries is a custom ``x_nexus_`` property:
  type, date and precision, place, report and source counts, hedged share,
  the contradiction flag, and per figure (``x_nexus_killed``,
  ``x_nexus_injured`` ...) the range, the most corroborated and latest value,
  and every report's own value and qualifier (never averaged). Non-violent
  events (rallies, visits, statements) are incidents too; filter on
  ``x_nexus_event_type``.
* **Relationships**: incident ``attributed-to`` its actors, ``targets`` its
  targets, ``located-at`` its place; an entity relation ``based_in`` a place
  is ``located-at``, every other (cooperation, hostility, affiliation) is
  ``related-to`` with a ``description`` and ``x_nexus_relation_type``. They
  carry ``confidence`` (see ``selection.confidence``: independent sources and
  hedging), ``start_time``/``stop_time`` (first seen, day after last seen),
  up to three evidence sentences and ``external_references`` to the reports.

Ids are deterministic: ``type--uuid5(NEXUS_NAMESPACE, canonical JSON of the
identifying fields)`` (the Nexus id of an entity, event or relation; name key
and country of a place; source, type and target of a relationship), so the
same knowledge base gives the same ids, and ``created``/``modified`` come
from the first and last publication dates of the reports, never from the
clock. The bundle is written as a stream; its own id hashes the objects, so
it is written last (``{"type": "bundle", "objects": [...], "id": ...}``).

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
from nexus.resolve.names import name_key
from nexus.store.records import EntityRef, PlaceRecord

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


def stix_id(object_type: str, **identifying: Any) -> str:
    """``type--uuid5`` over the canonical JSON of the identifying fields."""
    payload = json.dumps(identifying, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return f"{object_type}--{uuid.uuid5(NEXUS_NAMESPACE, payload)}"


#: The producer of every object (``created_by_ref``).
PRODUCER_ID = stix_id("identity", producer="nexus")
#: The extension that declares the ``x_nexus_`` properties (a STIX 2.1 top-level property extension).
EXTENSION_VERSION = "1.0"
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
    "x_nexus_killed",
    "x_nexus_injured",
    "x_nexus_missing",
    "x_nexus_attackers_killed",
)
EXTENSION_SCHEMA = (
    "Nexus properties (all optional). x_nexus_entity_id / x_nexus_event_id / x_nexus_relation_id: the "
    "Nexus id. x_nexus_documents, x_nexus_reports, x_nexus_statements: counts of documents, event "
    "reports, relation statements; x_nexus_independent_sources: documents counting a near-duplicate "
    "copy once. x_nexus_hedged_share: share (0-1) of statements hedged. x_nexus_killed, _injured, "
    "_missing, _attackers_killed: {min, max, contradiction, values, most_corroborated {value, "
    "qualifier, n_sources}, latest, reports [{value, qualifier, doc_id, outlet, published, hedged, "
    "asserter, alternative}]}, qualifier one of exact, at_least, approx, at_most. x_nexus_evidence: "
    "[{doc_id, sentence, outlet, published, hedged, asserter}]. x_nexus_date: ISO date as precise as "
    "x_nexus_date_precision (day, month, year). x_nexus_relation_type: affiliation, cooperation, "
    "hostility or based_in."
)
_EXTENDED = {"extensions": {EXTENSION_ID: {"extension_type": "toplevel-property-extension"}}}


def _moment(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) if day else None


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
        self.summary.bundle_id = f"bundle--{uuid.uuid5(NEXUS_NAMESPACE, self.digest.hexdigest())}"
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
        }
        if record.first_seen and record.last_seen:
            props["start_time"] = created
            props["stop_time"] = _moment(record.last_seen + dt.timedelta(days=1))
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
        record = event.record
        published = [d.published for d in event.documents if d.published]
        created, modified = _span(min(published, default=None), max(published, default=None))
        obj_id = stix_id("incident", nexus_id=record.id)
        place = record.place
        where = (place.name or place.country) if place else None
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
        if place is not None:
            props["x_nexus_place"] = place.model_dump(mode="json", exclude_none=True)
        for figure, summary in record.figures.items():
            props[f"x_nexus_{figure}"] = summary.model_dump(mode="json", exclude={"field"})
        first_report = min(record.reports, key=lambda r: (r.published or dt.date.max, r.doc_id), default=None)
        if first_report is not None:
            props["description"] = first_report.evidence.sentence
        if event.documents:
            props["external_references"] = _references(event.documents)
        level = confidence(record.n_sources, event.hedged_share)
        self.writer.write(
            stix2.v21.Incident(
                id=obj_id,
                name=f"{record.type.replace('_', ' ')} in {where or 'unknown place'}, "
                f"{record.date or 'undated'}",
                confidence=level,
                created=created,
                modified=modified,
                created_by_ref=PRODUCER_ID,
                allow_custom=True,
                **_EXTENDED,
                **props,
            )
        )
        links: list[tuple[str, EntityRef | PlaceRecord]] = [("attributed-to", a) for a in record.actors]
        links += [("targets", t) for t in record.targets]
        for kind, ref in links:
            assert isinstance(ref, EntityRef)
            self._link(obj_id, kind, self.entity_ids.get(ref.id), level, created, modified)
        if place is not None:
            location = self._location(
                place.name,
                place.country,
                place.admin1,
                place.lat,
                place.lon,
                place.kind,
                {
                    "created": created,
                    "modified": modified,
                    "created_by_ref": PRODUCER_ID,
                    "allow_custom": True,
                    **_EXTENDED,
                },
            )
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
