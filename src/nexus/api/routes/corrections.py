"""Corrections with the write token: mark a fact wrong (and undo), split entities, merge or split
events; the audit list of every write.

``POST /api/corrections`` ``{kind, target, reason}`` hides an event, a relation or a report
(one source's account of an event, with its figures) from every view and export, keeping it;
``POST /api/corrections/{id}/undo`` shows it again. ``GET /api/corrections`` lists them and
``GET /api/audit`` every write, newest first. Writes are recorded under the name in the
``X-Nexus-Analyst`` header (percent-encoded UTF-8, as the UI sends it), else ``token holder``;
see ``nexus.store.corrections``.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, status
from pydantic import Field

from nexus.api.deps import Kb, Paging, State, Writer, to_page
from nexus.api.schemas import ErrorMessage, Page, Text, _Schema
from nexus.errors import StoreError
from nexus.kb import KnowledgeBase
from nexus.store import corrections
from nexus.store.corrections import AuditEntry, Correction, CorrectionError, CorrectionKind
from nexus.store.records import EntityDetail, EventRecord

router = APIRouter(tags=["corrections"])

WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorMessage, "description": "Missing or wrong bearer token."},
    403: {"model": ErrorMessage, "description": "The server has no token: writes are disabled."},
    404: {"model": ErrorMessage, "description": "No such fact, entity, event or correction."},
    409: {"model": ErrorMessage, "description": "Nothing to change (already marked wrong, already undone)."},
}


def analyst(
    x_nexus_analyst: Annotated[
        str | None,
        Header(description="Who makes the change, for the audit list (percent-encoded UTF-8)."),
    ] = None,
) -> str:
    """The name a write is recorded under: the header, decoded, else ``token holder``."""
    return corrections.clean_who(unquote(x_nexus_analyst or ""), corrections.TOKEN_HOLDER)


#: The analyst behind a write (a route parameter: ``who: AnalystName``).
AnalystName = Annotated[str, Depends(analyst)]


class CorrectionIn(_Schema):
    """Mark one fact wrong: ``kind`` and its id, and why."""

    kind: CorrectionKind
    target: Text = Field(min_length=1, max_length=200)
    reason: Text = Field(min_length=1, max_length=2000, pattern=r"\S")


class EntitySplitIn(_Schema):
    """Move the mentions of ``entity`` written as any of ``forms`` to a new entity."""

    entity: Text = Field(min_length=1, max_length=200)
    forms: list[Text] = Field(min_length=1, max_length=50)


class EventMergeIn(_Schema):
    """Make event ``absorb`` part of event ``keep`` (ids)."""

    keep: Text = Field(min_length=1, max_length=200)
    absorb: Text = Field(min_length=1, max_length=200)


class EventSplitIn(_Schema):
    """Move the reports of ``event`` from documents ``docs`` to a new event."""

    event: Text = Field(min_length=1, max_length=200)
    docs: list[Text] = Field(min_length=1, max_length=200)


def audit_override(kb: KnowledgeBase, action: str, target: str, who: str, detail: dict[str, Any]) -> None:
    """Record a merge or split the API just made (see ``corrections.record_override``)."""
    with kb.store.write() as connection:
        corrections.record_override(connection, action, target, who, detail)


def _conflict(exc: CorrectionError) -> HTTPException:
    return HTTPException(status.HTTP_409_CONFLICT, str(exc))


@router.get("/api/corrections", response_model=list[Correction])
def list_corrections(
    kb: Kb, active: Annotated[bool, Query(description="Only those still hiding their fact.")] = False
) -> list[Correction]:
    """Facts marked wrong, newest first, undone ones included unless ``active``."""
    with kb.store.connect() as connection:
        return corrections.list_corrections(connection, active_only=active)


@router.post(
    "/api/corrections", response_model=Correction, status_code=status.HTTP_201_CREATED, responses=WRITE_ERRORS
)
def mark_wrong(_writer: Writer, state: State, body: CorrectionIn, who: AnalystName) -> Correction:
    """Mark a fact wrong: hidden from views and exports, kept as a statement with the reason."""
    with state.write_lock, state.kb.store.write() as connection:
        try:
            return corrections.mark_wrong(connection, body.kind, body.target, body.reason, who)
        except CorrectionError as exc:
            raise _conflict(exc) from None


@router.post("/api/corrections/{correction_id}/undo", response_model=Correction, responses=WRITE_ERRORS)
def undo_correction(
    _writer: Writer,
    state: State,
    correction_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    who: AnalystName,
) -> Correction:
    """Undo a correction: the fact shows again; the correction stays in the audit list."""
    with state.write_lock, state.kb.store.write() as connection:
        try:
            return corrections.undo(connection, correction_id, who)
        except CorrectionError as exc:
            raise _conflict(exc) from None


@router.get("/api/audit", response_model=Page[AuditEntry])
def audit(kb: Kb, paging: Paging) -> Page[AuditEntry]:
    """Every write, newest first: corrections and their undoing, merges and splits, API ingests."""
    with kb.store.connect() as connection:
        rows = corrections.audit_entries(connection, limit=paging.limit + 1, offset=paging.offset)
    return to_page(rows, paging)


@router.post("/api/entities/split", response_model=EntityDetail, responses=WRITE_ERRORS)
def split_entity(_writer: Writer, state: State, body: EntitySplitIn, who: AnalystName) -> EntityDetail:
    """Move the mentions written as ``forms`` to a new entity (persisted, replayed on ingest)."""
    kb = state.kb
    with state.write_lock:
        entity_id = kb.entity_id(body.entity)
        try:
            created = kb.split(entity_id, body.forms)
        except StoreError as error:  # the entity is never named by those spellings: nothing to split
            raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from error
        audit_override(kb, "entity-split", entity_id, who, {"new_id": created.id, "forms": body.forms})
        return created


@router.post("/api/events/merge", response_model=EventRecord, responses=WRITE_ERRORS)
def merge_events(_writer: Writer, state: State, body: EventMergeIn, who: AnalystName) -> EventRecord:
    """Make event ``absorb`` part of ``keep`` (persisted, replayed on ingest)."""
    from nexus.store import linker

    kb = state.kb
    with state.write_lock:
        keep, absorb = kb.event(body.keep).id, kb.event(body.absorb).id
        if keep == absorb:
            raise HTTPException(status.HTTP_409_CONFLICT, "that is one event already")
        with kb.store.write() as connection:
            linker.merge_events(connection, keep, absorb)
        audit_override(kb, "event-merge", keep, who, {"keep": keep, "absorb": absorb})
        return kb.event(keep)


@router.post("/api/events/split", response_model=EventRecord, responses=WRITE_ERRORS)
def split_event(_writer: Writer, state: State, body: EventSplitIn, who: AnalystName) -> EventRecord:
    """Move the reports of ``event`` from ``docs`` to a new event (persisted, replayed on ingest)."""
    from nexus.store import linker

    kb = state.kb
    with state.write_lock:
        event_id = kb.event(body.event).id
        with kb.store.write() as connection:
            new_id = linker.split_event(connection, event_id, body.docs)
        audit_override(kb, "event-split", event_id, who, {"new_id": new_id, "docs": body.docs})
        return kb.event(new_id)
