"""Facts marked wrong by an analyst, and the audit list of every write.

A *correction* says "this fact is wrong, because ...": an event, a relation
(a link between two entities) or a report (one source's account of an event,
with its casualty figures). Nothing is deleted. The fact stays in the store
as a statement; a row in ``corrections`` (kind, target id, reason, who, when)
hides it from every read view and export until someone undoes it
(``undone_at`` is set, and the fact shows again).

How the hiding is applied where facts are read, in as few places as possible:

* ``visible(table)`` is a SQL condition, "not the target of an active
  correction", for ``events``, ``relations`` and ``event_reports``; readers
  add it to their query (``RelationFilter.apply``, ``list_events``, the
  export's event filter) so limits and counts stay right;
* ``drop_hidden(connection, kind, rows)`` removes hidden rows from rows
  already fetched; ``reader.event_records`` and ``reader.relation_records``
  (through which every event and relation leaves the store) call it, so a
  query that forgets ``visible`` still shows nothing hidden.

Corrections name the ids of the aggregates. Automatic resolution gives the
same ids on every re-ingest (``stable_id`` of the founding report, of source,
type and target), so a correction survives re-ingesting the same documents
and reports that later join a hidden event, like the manual ``overrides``.

Every write through the API or ``nexus correct`` is also recorded in
``audit_log`` (who, when, what). *Who* is the name the writer gives: the
``X-Nexus-Analyst`` request header (the UI asks for it next to the token), or
``--who`` on the command line; without one the API writes ``token holder``
(whoever has the token) and the CLI ``command line``. Entity and event
merges and splits made on the command line before or outside this log are
listed too, from ``overrides`` and ``event_overrides``, with no who or when.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select, Table, func, insert, select, update
from sqlalchemy.engine import Connection

from nexus.errors import StoreError
from nexus.store.schema import (
    audit_log,
    corrections,
    entities,
    event_overrides,
    event_reports,
    events,
    overrides,
    relations,
)

CorrectionKind = Literal["event", "relation", "report"]

#: The kinds of fact that can be marked wrong, and the table each one's id is in.
KIND_TABLES: dict[str, Table] = {"event": events, "relation": relations, "report": event_reports}

#: Who an API write is recorded as when the request names nobody.
TOKEN_HOLDER = "token holder"
#: Who a CLI write is recorded as without ``--who``.
COMMAND_LINE = "command line"
#: The header naming the analyst behind an API write.
ANALYST_HEADER = "X-Nexus-Analyst"
#: The longest name kept for "who".
MAX_WHO = 80


class CorrectionError(StoreError):
    """A correction that cannot be made as asked: already marked, already undone."""

    code = "E302"


class Correction(BaseModel):
    """One fact marked wrong: ``active`` until undone."""

    id: int
    kind: str
    target: str
    reason: str
    label: str
    who: str
    at: datetime
    undone_at: datetime | None = None
    undone_by: str | None = None
    active: bool


class AuditEntry(BaseModel):
    """One write: who, when (None for merges recorded before the audit log), what and on what.

    ``action`` is ``correct``, ``undo``, ``entity-merge``, ``entity-split``,
    ``event-merge``, ``event-split`` or ``ingest``; ``correction`` is the
    correction a ``correct`` or ``undo`` entry is about, as it stands now
    (``active`` says whether it can still be undone).
    """

    seq: int | None
    at: datetime | None
    who: str | None
    action: str
    target: str
    detail: dict[str, Any]
    correction: Correction | None = None


def clean_who(who: str | None, default: str) -> str:
    """The name to record: printable, at most ``MAX_WHO`` characters; ``default`` when empty."""
    text = "".join(ch for ch in (who or "") if ch.isprintable()).strip()[:MAX_WHO]
    return text or default


def now() -> datetime:
    """The current time in UTC (what ``at`` and ``undone_at`` record)."""
    return datetime.now(UTC)


def _utc(value: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes: they were written in UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


# -- hiding ------------------------------------------------------------------------------------


def hidden_targets(kind: str) -> Select[Any]:
    """``SELECT target`` of the active corrections of ``kind`` (a subquery for ``visible``)."""
    return select(corrections.c.target).where(corrections.c.kind == kind, corrections.c.undone_at.is_(None))


def _kind_of(table: Table) -> str:
    for kind, kind_table in KIND_TABLES.items():
        if kind_table is table:
            return kind
    raise ValueError(f"facts of table {table.name!r} cannot be corrected")


def visible(table: Table) -> ColumnElement[bool]:
    """SQL condition: the row of ``table`` (events, relations, event_reports) is not marked wrong."""
    return table.c.id.not_in(hidden_targets(_kind_of(table)))


def visible_link(column: ColumnElement[Any], kind: str) -> ColumnElement[bool]:
    """SQL condition: ``column`` (a statement's ``event_id`` or ``relation_id``) points at a fact
    of ``kind`` not marked wrong."""
    return column.not_in(hidden_targets(kind))


def hidden_ids(connection: Connection, kind: str) -> set[str]:
    """The ids of every fact of ``kind`` hidden now (the table is small: one row per correction)."""
    return set(connection.execute(hidden_targets(kind)).scalars())


def drop_hidden(connection: Connection, kind: str, rows: Sequence[Any]) -> list[Any]:
    """``rows`` (anything with an ``id``) without those marked wrong, in their order."""
    if not rows:
        return []
    hidden = hidden_ids(connection, kind)
    return [row for row in rows if row.id not in hidden] if hidden else list(rows)


# -- writing -----------------------------------------------------------------------------------


def describe(connection: Connection, kind: str, target: str) -> str:
    """A one-line description of the fact (kept with the correction); ``StoreError`` if unknown."""
    if kind == "event":
        row = connection.execute(select(events).where(events.c.id == target)).first()
        if row is not None:
            return " ".join(p for p in (row.type, row.date_iso, row.place_name) if p)
    elif kind == "relation":
        row = connection.execute(select(relations).where(relations.c.id == target)).first()
        if row is not None:
            names = dict(
                connection.execute(
                    select(entities.c.id, entities.c.name).where(
                        entities.c.id.in_([row.source_id, row.target_id])
                    )
                ).all()
            )
            source, target_name = (
                names.get(row.source_id, row.source_id),
                names.get(row.target_id, row.target_id),
            )
            return f"{source} —{row.type}→ {target_name}"
    elif kind == "report":
        row = connection.execute(select(event_reports).where(event_reports.c.id == target)).first()
        if row is not None:
            figures = [f"{f} {getattr(row, f)}" for f in ("killed", "injured") if getattr(row, f) is not None]
            return " ".join([f"{row.type} report in {row.outlet or row.doc_id}", *figures])
    else:
        raise CorrectionError(f"cannot correct a {kind!r}: give event, relation or report")
    raise _unknown(kind, target)


def _unknown(kind: str, target: str) -> StoreError:
    from nexus.kb import NotFoundError  # kb imports the store: import at call time

    return NotFoundError(f"no {kind} {target!r}")


def record(
    connection: Connection,
    action: str,
    target: str,
    who: str,
    detail: dict[str, Any] | None = None,
    *,
    correction_id: int | None = None,
) -> int:
    """Add one entry to the audit log; returns its sequence number."""
    result = connection.execute(
        insert(audit_log).values(
            at=now(),
            who=who,
            action=action,
            target=target,
            detail=detail or {},
            correction_id=correction_id,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def mark_wrong(connection: Connection, kind: str, target: str, reason: str, who: str) -> Correction:
    """Hide the fact ``kind``/``target`` from every view and export, keeping it; returns the correction.

    Raises ``NotFoundError`` for an unknown fact and ``CorrectionError`` when it is already hidden.
    """
    reason = reason.strip()
    if not reason:
        raise CorrectionError("say why the fact is wrong (a reason is required)")
    label = describe(connection, kind, target)
    if target in hidden_ids(connection, kind):
        raise CorrectionError(f"{kind} {target} is already marked wrong")
    result = connection.execute(
        insert(corrections).values(
            kind=kind, target=target, reason=reason, label=label, who=who, at=now(), undone_at=None
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    correction_id = int(key[0])
    record(
        connection,
        "correct",
        target,
        who,
        {"kind": kind, "reason": reason, "label": label},
        correction_id=correction_id,
    )
    found = get(connection, correction_id)
    assert found is not None
    return found


def undo(connection: Connection, correction_id: int, who: str) -> Correction:
    """Show the corrected fact again; the correction is kept, with who undid it and when."""
    found = get(connection, correction_id)
    if found is None:
        raise _unknown("correction", str(correction_id))
    if not found.active:
        raise CorrectionError(f"correction {correction_id} was already undone")
    connection.execute(
        update(corrections).where(corrections.c.id == correction_id).values(undone_at=now(), undone_by=who)
    )
    record(
        connection,
        "undo",
        found.target,
        who,
        {"kind": found.kind, "label": found.label},
        correction_id=correction_id,
    )
    undone = get(connection, correction_id)
    assert undone is not None
    return undone


def record_override(
    connection: Connection, action: str, target: str, who: str, detail: dict[str, Any]
) -> int:
    """Audit a merge or split just made: ``detail`` gains the sequence number of its override row.

    ``action`` starting with ``entity-`` refers to ``overrides``, ``event-`` to ``event_overrides``.
    """
    table = overrides if action.startswith("entity-") else event_overrides
    seq = connection.execute(select(func.max(table.c.seq))).scalar()
    return record(connection, action, target, who, {**detail, "override_seq": seq})


# -- reading -----------------------------------------------------------------------------------


def _correction(row: Any) -> Correction:
    return Correction(
        id=row.id,
        kind=row.kind,
        target=row.target,
        reason=row.reason,
        label=row.label,
        who=row.who,
        at=_utc(row.at),
        undone_at=_utc(row.undone_at),
        undone_by=row.undone_by,
        active=row.undone_at is None,
    )


def get(connection: Connection, correction_id: int) -> Correction | None:
    """One correction by id, or None."""
    row = connection.execute(select(corrections).where(corrections.c.id == correction_id)).first()
    return _correction(row) if row is not None else None


def list_corrections(connection: Connection, *, active_only: bool = False) -> list[Correction]:
    """Corrections, newest first (only those still hiding their fact with ``active_only``)."""
    query = select(corrections).order_by(corrections.c.id.desc())
    if active_only:
        query = query.where(corrections.c.undone_at.is_(None))
    return [_correction(row) for row in connection.execute(query)]


def _unlogged_overrides(connection: Connection, logged: Iterable[tuple[str, Any]]) -> list[AuditEntry]:
    """Merges and splits with no audit entry (made on the command line), newest first."""
    seen = set(logged)
    out: list[AuditEntry] = []
    for row in connection.execute(select(overrides).order_by(overrides.c.seq.desc())):
        if ("entity", row.seq) in seen:
            continue
        detail = {"other_id": row.other_id, "forms": list(row.forms or []), "override_seq": row.seq}
        out.append(
            AuditEntry(
                seq=None, at=None, who=None, action=f"entity-{row.kind}", target=row.entity_id, detail=detail
            )
        )
    for row in connection.execute(select(event_overrides).order_by(event_overrides.c.seq.desc())):
        if ("event", row.seq) in seen:
            continue
        detail = {"other_id": row.other_id, "docs": list(row.docs or []), "override_seq": row.seq}
        out.append(
            AuditEntry(
                seq=None, at=None, who=None, action=f"event-{row.kind}", target=row.event_id, detail=detail
            )
        )
    return out


def audit_entries(connection: Connection, *, limit: int | None = None, offset: int = 0) -> list[AuditEntry]:
    """Every write, newest first: the audit log, then merges and splits it has no entry for."""
    rows = connection.execute(select(audit_log).order_by(audit_log.c.seq.desc())).all()
    by_id = {c.id: c for c in list_corrections(connection)}
    logged: list[tuple[str, Any]] = []
    out: list[AuditEntry] = []
    for row in rows:
        detail = dict(row.detail or {})
        if row.action.startswith(("entity-", "event-")) and detail.get("override_seq") is not None:
            logged.append((row.action.split("-", 1)[0], detail["override_seq"]))
        out.append(
            AuditEntry(
                seq=row.seq,
                at=_utc(row.at),
                who=row.who,
                action=row.action,
                target=row.target,
                detail=detail,
                correction=by_id.get(row.correction_id) if row.correction_id is not None else None,
            )
        )
    out.extend(_unlogged_overrides(connection, logged))
    end = None if limit is None else offset + limit
    return out[offset:end]
