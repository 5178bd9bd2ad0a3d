"""Writing extractions: one document's statements, then the resolution they trigger.

``IngestSession`` works inside the caller's transaction (one per batch) and
one SAVEPOINT per document, so a document that fails is rolled back alone and
recorded as failed while the batch goes on. A document whose text is already
stored (under any of its versions) adds nothing; changed text under a known
id becomes a new version whose statements supersede the old ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from nexus.model import Count, Entity, Event, Extraction, Relation, stable_id
from nexus.resolve.entities import EntityIndex, MentionName
from nexus.resolve.names import name_key
from nexus.resolve.overrides import EventOverride, Override, apply_overrides
from nexus.store import linker
from nexus.store.aggregates import Aggregates
from nexus.store.backrefs import died_after, passing_reference, recalled_after_interval, recalled_before_news
from nexus.store.schema import (
    document_versions,
    documents,
    event_reports,
    events,
    evidence,
    ingest_progress,
    mentions,
    near_duplicates,
    relation_statements,
    report_entities,
)

if TYPE_CHECKING:  # the near-duplicate index (numpy, datasketch) loads for writing only
    from nexus.store.dedupe import DuplicateIndex

Outcome = Literal["added", "updated", "unchanged", "failed"]


def content_hash(text: str) -> str:
    """What decides whether a document changed: its text, whitespace-normalised."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class Touched:
    """Canonical ids whose aggregate rows must be recomputed at the end of a batch."""

    entities: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    relations: set[str] = field(default_factory=set)
    #: Event reports of the batch that fit more than one event (``resolution["also"]``).
    bridging: set[str] = field(default_factory=set)


@dataclass
class SessionState:
    """In-memory indexes a store keeps between batches (rebuilt after a failed batch)."""

    entity_index: EntityIndex
    duplicates: DuplicateIndex
    overrides: list[Override]
    next_seq: int
    batch: int
    aggregates: Aggregates = field(default_factory=Aggregates)


#: A progress row updated by document id (``progress_doc``), executed with many rows at once.
_UPDATE_PROGRESS = (
    update(ingest_progress)
    .where(ingest_progress.c.doc_id == bindparam("progress_doc"))
    .values({name: bindparam(name) for name in ("content_hash", "version", "batch", "status", "error")})
)


@dataclass
class PendingReports:
    """A document's event rows not written yet: written together, one statement per table.

    The report loop queues each report, its entity links and the row of an
    event it founds, and writes them before anything reads them back: the
    ``events`` rows before a dated report is compared with stored events
    (``flush_events``), everything before a back-reference or an uncached
    event's reports are read, and at the end of the document (``flush``).
    """

    reports: list[dict[str, Any]] = field(default_factory=list)
    report_entities: list[dict[str, Any]] = field(default_factory=list)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)

    def flush_events(self, connection: Connection) -> None:
        """Insert the queued ``events`` rows."""
        if self.events:
            connection.execute(insert(events), list(self.events.values()))
            self.events.clear()

    def flush(self, connection: Connection) -> None:
        """Insert everything queued: event rows, reports, their entity links."""
        self.flush_events(connection)
        if self.reports:
            connection.execute(insert(event_reports), self.reports)
            self.reports = []
        if self.report_entities:
            connection.execute(insert(report_entities), self.report_entities)
            self.report_entities = []

    def clear(self) -> None:
        """Forget what is queued (after a write, or when the document is rolled back)."""
        self.reports = []
        self.report_entities = []
        self.events.clear()


@dataclass
class DeferredRows:
    """Rows of stored documents that nothing reads back before the batch ends: their text versions
    and relation statements (read by ``finish``'s refresh, an update's ``_supersede``)."""

    versions: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)

    def extend(self, other: DeferredRows) -> None:
        """Take ``other``'s rows after these."""
        self.versions.extend(other.versions)
        self.statements.extend(other.statements)

    def clear(self) -> None:
        """Forget the rows (written, or rolled back with their document)."""
        self.versions = []
        self.statements = []


class IngestSession:
    """Adds extractions to the store inside one open transaction."""

    def __init__(self, connection: Connection, state: SessionState) -> None:
        self.connection = connection
        self.state = state
        self.touched = Touched()
        self._event_overrides: list[EventOverride] | None = None
        self._pending = PendingReports()
        self._progress_rows: dict[str, dict[str, Any]] = {}
        #: stored (version, content hash) pairs by document id, for the documents ``prepare`` saw
        self._versions: dict[str, list[tuple[int, str]]] = {}
        #: rows nothing reads back before the batch ends (document texts, relation statements),
        #: written once per batch (``_write_deferred``): the current document's, then the batch's
        self._doc_rows = DeferredRows()
        self._batch_rows = DeferredRows()

    def prepare(self, extractions: Sequence[Extraction]) -> None:
        """Read at once what ``add`` needs of the store for each of a batch's documents: their
        stored versions (one query per ``linker.CHUNK`` ids) and their near-duplicate candidates
        (``DuplicateIndex.prepare``), instead of a query or two per document."""
        ids = sorted({extraction.document.id for extraction in extractions})
        versions: dict[str, list[tuple[int, str]]] = {doc_id: [] for doc_id in ids}
        for chunk in linker.chunks(ids):
            rows = self.connection.execute(
                select(
                    document_versions.c.doc_id, document_versions.c.version, document_versions.c.content_hash
                ).where(document_versions.c.doc_id.in_(chunk))
            )
            for row in rows:
                versions[row.doc_id].append((row.version, row.content_hash))
        self._versions = versions
        new, seen = [], set()
        for extraction in extractions:
            doc = extraction.document
            if not versions[doc.id] and doc.id not in seen:  # a first version: compared with the stored texts
                seen.add(doc.id)
                new.append((doc.id, doc.text))
        self.state.duplicates.prepare(self.connection, new)

    def _known_versions(self, doc_id: str) -> list[tuple[int, str]]:
        known = self._versions.get(doc_id)
        if known is None:
            rows = self.connection.execute(
                select(document_versions.c.version, document_versions.c.content_hash).where(
                    document_versions.c.doc_id == doc_id
                )
            ).all()
            known = self._versions[doc_id] = [(row.version, row.content_hash) for row in rows]
        return known

    def add(self, extraction: Extraction) -> tuple[Outcome, str | None]:
        """Store one extraction; returns the outcome and the original when it is a copy."""
        doc = extraction.document
        digest = content_hash(doc.text)
        known = self._known_versions(doc.id)
        if any(stored == digest for _, stored in known):
            return "unchanged", None
        version = max((stored for stored, _ in known), default=0) + 1
        if known:  # _supersede reads and marks the older versions' rows: an earlier one may be queued
            self._write_deferred()  # (outside this document's savepoint: it must not roll them back)
        try:
            with self.connection.begin_nested():
                original = self._write_document(extraction, digest, version, bool(known))
                self._write_statements(extraction, version)
                self._pending.flush(self.connection)
        except BaseException:
            self.state.duplicates.forget(doc.id)  # its signature was rolled back with it
            raise
        else:
            self._batch_rows.extend(self._doc_rows)
        finally:
            self._pending.clear()  # written, or rolled back with the document
            self._doc_rows.clear()
        existed = bool(known)
        known.append((version, digest))
        self._progress(doc.id, digest, version, "done", None)
        return ("updated" if existed else "added"), original

    def fail(self, doc_id: str, text: str, error: str) -> None:
        """Record that a document could not be stored (its statements were rolled back)."""
        self.state.aggregates.clear()  # they may count statements of the rolled-back document
        self._progress(doc_id, content_hash(text), 0, "failed", error[:2000])

    def finish(self) -> None:
        """Write the batch's progress rows and recompute every aggregate the batch touched
        (once per batch, not once per document)."""
        self._write_progress()
        self._write_deferred()
        self.state.duplicates.flush(self.connection)
        linker.refresh_entities(self.connection, self.touched.entities, self.state.aggregates)
        linker.refresh_relations(self.connection, self.touched.relations)
        # reports that fit two events make them one (``linker.consolidate_events``)
        merged = linker.consolidate_events(self.connection, self.touched.bridging)
        if merged:
            self.state.aggregates.drop_events(merged)
            # reports moved and resolutions rewritten in place: the kept rows are read again
            self.state.aggregates.event_rows.clear()
            self.state.aggregates.event_figures.clear()
            self.touched.events |= merged
        linker.refresh_events(self.connection, self.touched.events, self.state.aggregates)

    # -- documents ---------------------------------------------------------------------------

    def _write_document(self, extraction: Extraction, digest: str, version: int, exists: bool) -> str | None:
        doc = extraction.document
        original = self.state.duplicates.add(self.connection, doc.id, doc.text, stored=exists)
        if original == doc.id:
            original = None
        meta = {
            "content_hash": digest,
            "title": doc.title,
            "url": doc.url,
            "outlet": doc.outlet,
            "published": doc.published,
            "origin": doc.origin,
        }
        if exists:
            self._supersede(doc.id)
            self.connection.execute(
                update(documents).where(documents.c.id == doc.id).values(version=version, **meta)
            )
        else:
            self.connection.execute(
                insert(documents),
                {
                    "id": doc.id,
                    "version": version,
                    "duplicate_of": original,
                    "batch": self.state.batch,
                    "seq": self.state.next_seq,
                    **meta,
                },
            )
            self.state.next_seq += 1
            if original is not None:
                self.connection.execute(
                    insert(near_duplicates), {"doc_id": doc.id, "original_id": original, "method": "minhash"}
                )
        self._doc_rows.versions.append(
            {
                "doc_id": doc.id,
                "version": version,
                "text": doc.text,
                "extractor": extraction.extractor,
                "extractor_version": extraction.extractor_version,
                **meta,
            },
        )
        return original

    def _supersede(self, doc_id: str) -> None:
        """Mark the statements of a document's older versions superseded (never deleted)."""
        conn = self.connection
        entity_ids = set(
            conn.execute(select(mentions.c.canonical_id).where(mentions.c.doc_id == doc_id)).scalars()
        )
        event_ids = set(
            conn.execute(select(event_reports.c.event_id).where(event_reports.c.doc_id == doc_id)).scalars()
        )
        self.touched.entities.update(entity_ids)
        self.touched.events.update(event_ids)
        # Their running aggregates count the statements superseded here: read them again when needed.
        self.state.aggregates.drop_entities(entity_ids)
        self.state.aggregates.drop_events(event_ids)
        # a new version may change the outlet the rows of its copies' reports read: read them again
        self.state.aggregates.event_rows.clear()
        self.state.aggregates.event_figures.clear()
        self.touched.relations.update(
            conn.execute(
                select(relation_statements.c.relation_id).where(relation_statements.c.doc_id == doc_id)
            ).scalars()
        )
        for table in (mentions, evidence, event_reports, relation_statements):
            conn.execute(update(table).where(table.c.doc_id == doc_id).values(superseded=True))

    def _write_deferred(self) -> None:
        """Write the rows of the batch's stored documents that were kept back (one statement a table)."""
        rows = self._batch_rows
        if rows.versions:
            self.connection.execute(insert(document_versions), rows.versions)
        if rows.statements:
            self.connection.execute(insert(relation_statements), rows.statements)
        rows.clear()

    def _progress(self, doc_id: str, digest: str, version: int, status: str, error: str | None) -> None:
        """Note a document's progress row; ``finish`` writes the batch's rows (the last per document)."""
        self._progress_rows.pop(doc_id, None)  # keep the order in which documents ended
        self._progress_rows[doc_id] = {
            "doc_id": doc_id,
            "content_hash": digest,
            "version": version,
            "batch": self.state.batch,
            "status": status,
            "error": error,
        }

    def _write_progress(self) -> None:
        """The batch's progress rows: existing rows updated, the others inserted (three statements)."""
        rows, self._progress_rows = self._progress_rows, {}
        if not rows:
            return
        known: set[str] = set()
        for batch in linker.chunks(rows):
            known.update(
                self.connection.execute(
                    select(ingest_progress.c.doc_id).where(ingest_progress.c.doc_id.in_(batch))
                ).scalars()
            )
        updates = [{**row, "progress_doc": row["doc_id"]} for doc_id, row in rows.items() if doc_id in known]
        if updates:
            self.connection.execute(_UPDATE_PROGRESS, updates)
        inserts = [row for doc_id, row in rows.items() if doc_id not in known]
        if inserts:
            self.connection.execute(insert(ingest_progress), inserts)

    # -- statements --------------------------------------------------------------------------

    def _write_statements(self, extraction: Extraction, version: int) -> None:
        doc = extraction.document
        local = self._write_mentions(extraction.entities, doc.id, version)
        # a first version's stored mentions are these: the linker need not read them back
        self.state.aggregates.document_people = (
            (doc.id, frozenset(local[e.id][1] for e in extraction.entities if e.type == "PERSON"))
            if version == 1
            else None
        )
        by_name: dict[str, str] = {}
        for entity in extraction.entities:
            for form in entity.surface_forms():
                by_name.setdefault(name_key(form), local[entity.id][0])
        canonical_of = dict(local.values())
        evidence_ids: dict[tuple[int, int], str] = {}
        evidence_rows: list[dict[str, Any]] = []

        def evidence_id(item: Event | Relation) -> str:
            span = (item.evidence.start, item.evidence.end)
            if span not in evidence_ids:
                evidence_ids[span] = stable_id("evidence", doc.id, version, *span)
                evidence_rows.append(
                    {
                        "id": evidence_ids[span],
                        "doc_id": doc.id,
                        "doc_version": version,
                        "sentence": item.evidence.sentence,
                        "start": span[0],
                        "end": span[1],
                        "outlet": item.evidence.outlet or doc.outlet,
                        "superseded": False,
                    }
                )
            return evidence_ids[span]

        def mention_of(ref: str) -> str | None:
            if ref in local:
                return local[ref][0]
            return by_name.get(name_key(ref))

        report_rows = [
            self._report_row(ev, doc.id, version, evidence_id(ev), extraction) for ev in extraction.events
        ]
        statement_rows = []
        stated: set[str] = set()
        for rel in extraction.relations:
            source, target = mention_of(rel.source), mention_of(rel.target)
            if source is None or target is None:
                continue  # an end the extraction does not describe cannot be resolved
            if rel.id in stated:
                # one statement per relation id: a repeat is the same statement (its row would
                # break the batch's deferred insert, outside this document's savepoint)
                continue
            stated.add(rel.id)
            statement_rows.append(
                self._statement_row(
                    rel, doc.id, version, evidence_id(rel), source, target, canonical_of, extraction
                )
            )
        if evidence_rows:
            self.connection.execute(insert(evidence), evidence_rows)
        if statement_rows:
            self._doc_rows.statements.extend(statement_rows)
            self.touched.relations.update(row["relation_id"] for row in statement_rows)
        sentences = {row["id"]: row["sentence"] for row in evidence_rows}
        self.state.aggregates.document_sentences = ((doc.id, version), sentences)  # all its evidence rows
        self.state.aggregates.document_text = ((doc.id, version), doc.text or "")
        pending, cache = self._pending, self.state.aggregates
        pairs = list(zip(extraction.events, report_rows, strict=True))
        recalls = {
            row["id"]: passing_reference(sentences.get(row["evidence_id"]), row["trigger"])
            for _, row in pairs
        }
        news = [row for _, row in pairs if not recalls[row["id"]]]
        before_news = {  # "a week after a bomb attack on the town", not "has died after Monday's bombing"
            row["id"]
            for _, row in pairs
            if (
                recalls[row["id"]]
                # "four days after gunmen stormed the base": a clause, recalled all the same
                or recalled_after_interval(sentences.get(row["evidence_id"]), row["trigger"])
            )
            and not died_after(sentences.get(row["evidence_id"]), row["trigger"])
            and recalled_before_news(row, news)
        }
        first_of: dict[str, int] = {}
        for i, (_, row) in enumerate(pairs):
            first_of.setdefault(row["evidence_id"], i)
        # in a sentence, a report told in passing first (linker.recalled_in_sentence); sentences in order
        pairs.sort(key=lambda pair: (first_of[pair[1]["evidence_id"]], not recalls[pair[1]["id"]]))
        for event, row in pairs:
            links = [(mention_of(ref), "actor") for ref in event.actors]
            links += [(mention_of(ref), "target") for ref in event.targets]
            link_rows = sorted({(m, role) for m, role in links if m is not None})
            actors = frozenset(canonical_of[m] for m, role in link_rows if role == "actor")
            if row["date_day"] is not None or row["published"] is not None:
                # a dated report is compared with stored events: they must hold this document's so far
                pending.flush_events(self.connection)
                if recalls[row["id"]]:
                    pending.flush(self.connection)  # a back-reference reads the events' reports too
            row["event_id"] = self._link_event(row, actors, row["id"] in before_news)
            pending.reports.append(row)
            pending.report_entities.extend(
                {"report_id": row["id"], "mention_id": m, "role": role} for m, role in link_rows
            )
            # an event named after this report (no stored event matched, no override moved it) has
            # no other report; any other event is stored or cached
            new_event = row["resolution"]["matched"] is None and row["event_id"] == row["auto_event_id"]
            if not new_event and row["event_id"] not in cache.events:
                pending.flush(self.connection)  # note_report reads the event's reports, this one included
            linker.note_report(
                self.connection, row, actors, cache, pending=pending.events, new_event=new_event
            )
            self.touched.events.add(row["event_id"])
            if row["resolution"].get("also"):
                self.touched.bridging.add(row["id"])

    def _write_mentions(self, items: list[Entity], doc_id: str, version: int) -> dict[str, tuple[str, str]]:
        """Insert mention statements; returns local entity id -> (mention id, canonical id)."""
        local: dict[str, tuple[str, str]] = {}
        rows: list[dict[str, Any]] = []
        for entity in items:
            mention_id = stable_id("mention", doc_id, version, entity.id)
            auto_id = self.state.entity_index.resolve(
                MentionName(
                    entity.name, entity.type, entity.country, entity.gazetteer_id, tuple(entity.aliases)
                )
            )
            keys = {name_key(form) for form in entity.surface_forms()}
            canonical = apply_overrides(auto_id, keys, self.state.overrides)
            local[entity.id] = (mention_id, canonical)
            self.touched.entities.add(canonical)
            row = {
                "id": mention_id,
                "doc_id": doc_id,
                "doc_version": version,
                "local_id": entity.id,
                "name": entity.name,
                "name_key": name_key(entity.name),
                "type": entity.type,
                "subtype": entity.subtype,
                "country": entity.country,
                "gazetteer_id": entity.gazetteer_id,
                "aliases": list(entity.aliases),
                "roles": list(entity.roles),
                "spans": [[m.start, m.end] for m in entity.mentions],
                "place": entity.place.model_dump() if entity.place else None,
                "auto_canonical_id": auto_id,
                "canonical_id": canonical,
                "superseded": False,
            }
            rows.append(row)
        if rows:
            self.connection.execute(insert(mentions), rows)
            for pending in rows:
                stats = self.state.aggregates.entities.get(str(pending["canonical_id"]))
                if stats is not None:
                    stats.add(pending)
        return local

    def _link_event(self, row: dict[str, Any], actors: frozenset[str], before_news: bool = False) -> str:
        if self._event_overrides is None:  # the writer lock is held: they cannot change mid-batch
            self._event_overrides = linker.load_event_overrides(self.connection)
        # also sets auto_event_id, resolution
        return linker.link_event(
            self.connection,
            row,
            actors,
            overrides=self._event_overrides,
            cache=self.state.aggregates,
            before_news=before_news,
        )

    def _report_row(
        self, event: Event, doc_id: str, version: int, evidence_id: str, extraction: Extraction
    ) -> dict[str, Any]:
        doc = extraction.document
        place = event.place
        row: dict[str, Any] = {
            "id": stable_id("report", doc_id, version, event.id),
            "doc_id": doc_id,
            "doc_version": version,
            "local_id": event.id,
            "type": event.type,
            "trigger": event.trigger,
            "date_iso": event.date.iso if event.date else None,
            "date_precision": event.date.precision if event.date else None,
            "date_text": event.date.text if event.date else None,
            "date_day": event.date.as_date() if event.date else None,
            "place_name": place.name if place else None,
            "place_kind": place.kind if place else None,
            "country": place.country if place else None,
            "admin1": place.admin1 if place else None,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "place_derivation": place.derivation if place and place.lat is not None else None,
            "method": event.method,
            "actors": list(event.actors),
            "targets": list(event.targets),
            "alternatives": {k: [c.model_dump() for c in v] for k, v in event.alternatives.items()},
            "outlet": event.evidence.outlet or doc.outlet,
            "published": doc.published,
            "evidence_id": evidence_id,
            "hedged": event.attribution.hedged,
            "cues": list(event.attribution.cues),
            "asserter": event.attribution.asserter,
            "confidence": event.confidence,
            "superseded": False,
        }
        claimed = []
        for name in ("killed", "injured", "missing", "attackers_killed"):
            count: Count | None = getattr(event, name)
            row[name] = count.value if count else None
            row[f"{name}_qualifier"] = count.qualifier if count else None
            if count is not None and count.claimed:
                claimed.append(name)
        row["claimed_figures"] = claimed or None
        return row

    def _statement_row(
        self,
        rel: Relation,
        doc_id: str,
        version: int,
        evidence_id: str,
        source: str,
        target: str,
        canonical_of: dict[str, str],
        extraction: Extraction,
    ) -> dict[str, Any]:
        doc = extraction.document
        day = rel.date.as_date() if rel.date else doc.published
        return {
            "id": stable_id("relstmt", doc_id, version, rel.id),
            "relation_id": linker.relation_id(canonical_of[source], rel.type, canonical_of[target]),
            "doc_id": doc_id,
            "doc_version": version,
            "local_id": rel.id,
            "source_mention": source,
            "target_mention": target,
            "type": rel.type,
            "role": rel.role,
            "date_iso": rel.date.iso if rel.date else None,
            "date_precision": rel.date.precision if rel.date else None,
            "seen": day,
            "outlet": rel.evidence.outlet or doc.outlet,
            "published": doc.published,
            "evidence_id": evidence_id,
            "hedged": rel.attribution.hedged,
            "cues": list(rel.attribution.cues),
            "asserter": rel.attribution.asserter,
            "confidence": rel.confidence,
            "superseded": False,
        }


class _Row:
    """Attribute access over a dict, so a pending row reads like a selected one."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)
