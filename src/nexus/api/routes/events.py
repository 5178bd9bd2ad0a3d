"""``/api/events``: events filtered by type, window, place and actor; one event with its reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from nexus.api.deps import DateParam, Kb, Paging, to_page
from nexus.api.schemas import ErrorMessage, Page
from nexus.model import EventType
from nexus.store.records import EventRecord

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get("", response_model=Page[EventRecord], responses={404: {"model": ErrorMessage}})
def list_events(
    kb: Kb,
    paging: Paging,
    type: Annotated[EventType | None, Query(description="Event type.")] = None,
    since: DateParam = None,
    until: DateParam = None,
    place: Annotated[
        str | None, Query(max_length=200, description="Place name, region or country code.")
    ] = None,
    actor: Annotated[str | None, Query(max_length=200, description="An actor's name or id.")] = None,
) -> Page[EventRecord]:
    """Events, oldest first (undated last), each with its figures summarised per field."""
    rows = kb.events(
        type=type,
        since=since,
        until=until,
        place=place,
        actor=actor,
        limit=paging.offset + paging.limit + 1,
    )
    return to_page(rows[paging.offset :], paging)


@router.get("/{event_id}", response_model=EventRecord, responses={404: {"model": ErrorMessage}})
def show_event(
    kb: Kb, event_id: Annotated[str, Path(description="An event id (from a list or search).")]
) -> EventRecord:
    """One event with every report and that report's own figures; contradictions are flagged."""
    return kb.event(event_id)
