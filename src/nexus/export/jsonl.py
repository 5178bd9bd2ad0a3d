"""JSON Lines export and import: a faithful copy of a knowledge base.

The store's source of truth is its statements: per document version, the
text and what the extractor found in it (mentions, event reports, relation
statements, each with its evidence). Entities, events and relations are
aggregates that resolution derives from them, and manual merges and splits
are replayed on top. So the copy carries exactly those, and ``import``
rebuilds the aggregates by ingesting them, rather than copying derived rows
that would then disagree with the resolver:

    {"kind": "header", "format": "nexus-jsonl", "format_version": 1, "counts": {...}}
    {"kind": "document", "version": 1, "current": true, "extraction": {<nexus.model.Extraction>}}
    ...
    {"kind": "override", "override": "merge", "entity_id": ..., "other_id": ..., "forms": []}

Each ``document`` line is one stored version of one document, rebuilt as
the ``Extraction`` that produced it (``Extraction.model_validate`` reads it),
in the order documents were first ingested, older versions first, so that
replaying them gives the same versions, the same supersessions, the same
near-duplicate decisions and the same canonical ids. ``override`` lines come
last and are replayed with ``Store.merge``/``Store.split`` once every
document is in. ``counts`` in the header are the source store's row counts,
for checking the copy.

What is not kept, because the store never had it: extracted dates that no
event or relation uses, figure and date surface texts (``Count.text``,
relation ``DateValue.text``), relation ends the store could not resolve, and
documents whose ingest failed. The order of entities, events and relations
inside one document is rebuilt from their text positions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from nexus.errors import StoreError
from nexus.model import (
    Attribution,
    Count,
    DateValue,
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Place,
    Relation,
    Span,
)
from nexus.store import DocumentResult, IngestSummary, Store, linker
from nexus.store.schema import (
    document_versions,
    documents,
    entities,
    event_overrides,
    event_reports,
    events,
    evidence,
    mentions,
    overrides,
    relation_statements,
    relations,
)

FORMAT = "nexus-jsonl"
FORMAT_VERSION = 1
#: Documents read per round trip.
PAGE_SIZE = 200

Progress = Callable[[int], None]


class ImportFormatError(StoreError):
    """A file that is not a Nexus JSON Lines export."""

    code = "E310"


def store_counts(connection: Connection) -> dict[str, int]:
    """Row counts a copy must reproduce."""
    tables = (documents, document_versions, entities, events, relations, overrides, event_overrides)
    return {table.name: linker.count_rows(connection, table) for table in tables}


# -- export ----------------------------------------------------------------------------------


def export_jsonl(connection: Connection, out: IO[str], *, progress: Progress | None = None) -> dict[str, int]:
    """Write every document version, entity override and event override to ``out``.

    Returns the header counts (rows per table of the source store).
    """
    advance = progress or (lambda _n: None)
    counts = store_counts(connection)
    _line(out, {"kind": "header", "format": FORMAT, "format_version": FORMAT_VERSION, "counts": counts})
    # Event merges and splits come before the documents: an import records them first, so
    # its ingest replays them exactly as a re-ingest of the source store would.
    for row in connection.execute(select(event_overrides).order_by(event_overrides.c.seq)):
        _line(
            out,
            {
                "kind": "event_override",
                "override": row.kind,
                "event_id": row.event_id,
                "other_id": row.other_id,
                "docs": list(row.docs or []),
                "type": row.type,
                "reports": row.reports,
            },
        )
    for page in _document_pages(connection):
        for version_row, extraction in _extractions(connection, page):
            _line(
                out,
                {
                    "kind": "document",
                    "version": version_row.version,
                    "current": version_row.version == version_row.current_version,
                    "extraction": extraction.model_dump(mode="json"),
                },
            )
        advance(len(page))
    for row in connection.execute(select(overrides).order_by(overrides.c.seq)):
        _line(
            out,
            {
                "kind": "override",
                "override": row.kind,
                "entity_id": row.entity_id,
                "other_id": row.other_id,
                "forms": list(row.forms or []),
            },
        )
    return counts


def _line(out: IO[str], record: dict[str, Any]) -> None:
    out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def _document_pages(connection: Connection) -> Iterator[list[Any]]:
    last: int | None = None
    while True:
        query = select(documents.c.id, documents.c.seq, documents.c.version).order_by(documents.c.seq)
        if last is not None:
            query = query.where(documents.c.seq > last)
        rows = list(connection.execute(query.limit(PAGE_SIZE)))
        if not rows:
            return
        yield rows
        last = rows[-1].seq


def _by_version(rows: Iterable[Any]) -> dict[tuple[str, int], list[Any]]:
    out: dict[tuple[str, int], list[Any]] = {}
    for row in rows:
        out.setdefault((row.doc_id, row.doc_version), []).append(row)
    return out


def _extractions(connection: Connection, page: Sequence[Any]) -> Iterator[tuple[Any, Extraction]]:
    ids = [row.id for row in page]
    current = {row.id: row.version for row in page}
    order = {row.id: row.seq for row in page}
    versions = sorted(
        connection.execute(select(document_versions).where(document_versions.c.doc_id.in_(ids))),
        key=lambda r: (order[r.doc_id], r.version),
    )
    doc_mentions = _by_version(connection.execute(select(mentions).where(mentions.c.doc_id.in_(ids))))
    doc_reports = _by_version(
        connection.execute(
            select(
                event_reports,
                evidence.c.sentence,
                evidence.c.start,
                evidence.c.end,
                evidence.c.outlet.label("ev_outlet"),
            )
            .join(evidence, evidence.c.id == event_reports.c.evidence_id)
            .where(event_reports.c.doc_id.in_(ids))
        )
    )
    doc_statements = _by_version(
        connection.execute(
            select(
                relation_statements,
                evidence.c.sentence,
                evidence.c.start,
                evidence.c.end,
                evidence.c.outlet.label("ev_outlet"),
            )
            .join(evidence, evidence.c.id == relation_statements.c.evidence_id)
            .where(relation_statements.c.doc_id.in_(ids))
        )
    )
    for row in versions:
        key = (row.doc_id, row.version)
        row_with_current = _VersionRow(row.version, current[row.doc_id])
        yield (
            row_with_current,
            _extraction(
                row, doc_mentions.get(key, []), doc_reports.get(key, []), doc_statements.get(key, [])
            ),
        )


@dataclass(frozen=True)
class _VersionRow:
    version: int
    current_version: int


def _extraction(
    version: Any, mention_rows: list[Any], report_rows: list[Any], statement_rows: list[Any]
) -> Extraction:
    text: str = version.text
    document = Document(
        id=version.doc_id,
        text=text,
        title=version.title,
        url=version.url,
        outlet=version.outlet,
        published=version.published,
        origin=version.origin,
    )
    local_of = {row.id: row.local_id for row in mention_rows}
    mention_rows = sorted(
        mention_rows, key=lambda r: (min((s[0] for s in r.spans), default=len(text)), r.local_id)
    )
    report_rows = sorted(report_rows, key=lambda r: (r.start, r.local_id))
    statement_rows = sorted(statement_rows, key=lambda r: (r.start, r.local_id))
    return Extraction(
        document=document,
        entities=[_entity(row, text) for row in mention_rows],
        events=[_event(row) for row in report_rows],
        relations=[
            _relation(row, local_of[row.source_mention], local_of[row.target_mention])
            for row in statement_rows
            if row.source_mention in local_of and row.target_mention in local_of
        ],
        extractor=version.extractor or "nexus",
        extractor_version=version.extractor_version or "0",
    )


def _entity(row: Any, text: str) -> Entity:
    return Entity(
        id=row.local_id,
        name=row.name,
        type=row.type,
        subtype=row.subtype,
        aliases=list(row.aliases or []),
        roles=list(row.roles or []),
        mentions=[Span(start=s, end=e, text=text[s:e]) for s, e in (row.spans or [])],
        country=row.country,
        gazetteer_id=row.gazetteer_id,
        place=Place.model_validate(row.place) if row.place else None,
    )


def _evidence(row: Any) -> Evidence:
    return Evidence(
        doc_id=row.doc_id, sentence=row.sentence, start=row.start, end=row.end, outlet=row.ev_outlet
    )


def _date(iso: str | None, precision: str | None, text: str | None = None) -> DateValue | None:
    if not iso:
        return None
    return DateValue.model_validate({"iso": iso, "precision": precision or "day", "text": text})


#: The reason ``backrefs.link_back_reference`` gives a report it re-dated as a recollection.
_RECALLED = "told in passing"


def _reported_date(row: Any) -> DateValue | None:
    """The report's date as extracted, so that an import re-links it as the first ingest did.

    A report recalling an incident in passing ("after the market bombing") is
    stored re-dated to the incident's month; its resolution keeps the date it
    was extracted with (``reported_date``). Exporting the stored month instead
    would let the import score it as news of its own (a month-dated report is
    no back-reference) and found a new event. Rows stored before the
    resolution kept it give no date: the import then dates the recollection
    by its publication day, as the extractor does a report without a date.
    """
    resolution = row.resolution if isinstance(row.resolution, dict) else {}
    if resolution.get("kind") == "mention":
        reported = resolution.get("reported_date")
        if isinstance(reported, dict):
            return _date(reported.get("iso"), reported.get("precision"), row.date_text)
        if any(str(why).startswith(_RECALLED) for why in resolution.get("why") or []):
            return None
    return _date(row.date_iso, row.date_precision, row.date_text)


def _count(row: Any, name: str) -> Count | None:
    value = getattr(row, name)
    if value is None:
        return None
    return Count.model_validate({"value": value, "qualifier": getattr(row, f"{name}_qualifier") or "exact"})


def _event(row: Any) -> Event:
    place = None
    if row.place_name is not None:
        place = Place.model_validate(
            {
                "name": row.place_name,
                "kind": row.place_kind or "city",
                "country": row.country,
                "admin1": row.admin1,
                "lat": row.lat,
                "lon": row.lon,
                "derivation": getattr(row, "place_derivation", None),
            }
        )
    return Event.model_validate(
        {
            "id": row.local_id,
            "type": row.type,
            "trigger": row.trigger,
            "date": _reported_date(row),
            "place": place,
            "actors": list(row.actors or []),
            "targets": list(row.targets or []),
            "killed": _count(row, "killed"),
            "injured": _count(row, "injured"),
            "missing": _count(row, "missing"),
            "attackers_killed": _count(row, "attackers_killed"),
            "method": row.method,
            "alternatives": {
                k: [Count.model_validate(c) for c in v] for k, v in (row.alternatives or {}).items()
            },
            "evidence": _evidence(row),
            "attribution": Attribution(asserter=row.asserter, hedged=row.hedged, cues=list(row.cues or [])),
            "confidence": row.confidence,
        }
    )


def _relation(row: Any, source: str, target: str) -> Relation:
    return Relation.model_validate(
        {
            "id": row.local_id,
            "source": source,
            "type": row.type,
            "target": target,
            "role": row.role,
            "date": _date(row.date_iso, row.date_precision),
            "evidence": _evidence(row),
            "attribution": Attribution(asserter=row.asserter, hedged=row.hedged, cues=list(row.cues or [])),
            "confidence": row.confidence,
        }
    )


# -- import ----------------------------------------------------------------------------------


@dataclass
class ImportSummary:
    """What ``import_jsonl`` did; ``expected`` are the source store's counts from the header."""

    ingest: IngestSummary = field(default_factory=IngestSummary)
    expected: dict[str, int] = field(default_factory=dict)
    overrides_applied: int = 0
    overrides_skipped: int = 0
    event_overrides_recorded: int = 0
    event_overrides_skipped: int = 0
    override_errors: list[str] = field(default_factory=list)


def import_jsonl(
    store: Store,
    lines: Iterable[str],
    *,
    batch_size: int = 50,
    on_result: Callable[[DocumentResult], None] | None = None,
) -> ImportSummary:
    """Ingest a JSON Lines export into ``store``, then replay its merges and splits.

    Event merges and splits are recorded before the documents are ingested,
    so the ingest applies them as it links each report. Idempotent like
    ``Store.ingest``: documents already stored are skipped, overrides already
    recorded are not recorded or replayed twice.
    """
    summary = ImportSummary()
    pending: list[dict[str, Any]] = []

    def extractions() -> Iterator[Extraction]:
        header_seen = False
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ImportFormatError(f"line {number}: not JSON ({exc.msg})") from None
            kind = record.get("kind") if isinstance(record, dict) else None
            if not header_seen:
                if kind != "header" or record.get("format") != FORMAT:
                    raise ImportFormatError("not a Nexus JSON Lines export (no header line)")
                if record.get("format_version") != FORMAT_VERSION:
                    raise ImportFormatError(f"unsupported format version {record.get('format_version')}")
                summary.expected = dict(record.get("counts") or {})
                header_seen = True
            elif kind == "document":
                try:
                    yield Extraction.model_validate(record["extraction"])
                except (KeyError, ValueError) as exc:
                    raise ImportFormatError(f"line {number}: not a document record: {exc}") from None
            elif kind == "override":
                pending.append(record)
            elif kind == "event_override":
                _record_event_override(store, record, number, summary)
            else:
                raise ImportFormatError(f"line {number}: unknown record kind {kind!r}")
        if not header_seen:
            raise ImportFormatError("empty file: no header line")

    summary.ingest = store.ingest(extractions(), batch_size=batch_size, on_result=on_result)
    _replay(store, pending, summary)
    return summary


def _record_event_override(store: Store, record: dict[str, Any], number: int, summary: ImportSummary) -> None:
    """Store one exported event merge or split (once) before the documents it moves arrive."""
    try:
        row = {
            "kind": record["override"],
            "event_id": record["event_id"],
            "other_id": record["other_id"],
            "docs": list(record["docs"]),
            "type": record.get("type"),
            "reports": record.get("reports"),
        }
    except (KeyError, TypeError) as exc:
        raise ImportFormatError(f"line {number}: not an event override record: {exc}") from None
    if row["kind"] not in ("merge", "split"):
        raise ImportFormatError(f"line {number}: unknown event override {row['kind']!r}")
    with store.engine.begin() as connection:
        known = connection.execute(
            select(event_overrides.c.seq).where(
                event_overrides.c.kind == row["kind"],
                event_overrides.c.event_id == row["event_id"],
                event_overrides.c.other_id == row["other_id"],
            )
        ).first()
        if known is not None:
            summary.event_overrides_skipped += 1
            return
        connection.execute(event_overrides.insert().values(**row))
    summary.event_overrides_recorded += 1


def _replay(store: Store, records: list[dict[str, Any]], summary: ImportSummary) -> None:
    with store.connect() as connection:
        known = {
            (r.kind, r.entity_id, r.other_id, tuple(r.forms or []))
            for r in connection.execute(select(overrides))
        }
    for record in records:
        key = (
            record.get("override"),
            record.get("entity_id"),
            record.get("other_id"),
            tuple(record.get("forms") or []),
        )
        if key in known:
            summary.overrides_skipped += 1
            continue
        try:
            if record["override"] == "merge":
                store.merge(record["entity_id"], record["other_id"])
            elif record["override"] == "split":
                store.split(record["entity_id"], record["forms"])
            else:
                raise StoreError(f"unknown override {record['override']!r}")
        except (StoreError, KeyError) as exc:
            summary.override_errors.append(f"{record.get('override')} {record.get('entity_id')}: {exc}")
            continue
        known.add(key)
        summary.overrides_applied += 1


__all__ = ["FORMAT", "ImportFormatError", "ImportSummary", "export_jsonl", "import_jsonl", "store_counts"]
