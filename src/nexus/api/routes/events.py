"""``/api/events``: the events list (filtered, sorted, paged, counted); one event with its reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.exceptions import RequestValidationError

from nexus.api.deps import DateParam, Kb, Paging
from nexus.api.schemas import ErrorMessage, EventPage
from nexus.model import EventType
from nexus.store.event_list import EventSort, count_events, event_filter, query_events
from nexus.store.methods import method_name, method_names
from nexus.store.records import EventRecord

router = APIRouter(prefix="/api/events", tags=["events"])

#: Any of the lexicon's means, in any case (the schema refuses every other name with a 422).
_METHOD_PATTERN = f"(?i)^({'|'.join(method_names())})$"
_METHOD_HELP = f"Means some report of the event gives (any case): {', '.join(method_names())}."


@router.get("", response_model=EventPage, responses={404: {"model": ErrorMessage}})
def list_events(
    kb: Kb,
    paging: Paging,
    type: Annotated[EventType | None, Query(description="Event type.")] = None,
    country: Annotated[
        str | None, Query(max_length=8, description="Country code of the event's place (IN, PK ...).")
    ] = None,
    since: DateParam = None,
    until: DateParam = None,
    place: Annotated[
        str | None, Query(max_length=200, description="Place name, region or country code.")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="The name or id of an actor that carried it out.")
    ] = None,
    min_sources: Annotated[
        int, Query(ge=1, le=1000, description="Minimum number of independent sources reporting it.")
    ] = 1,
    sort: Annotated[
        EventSort,
        Query(description="Order: date, type, place, sources, reports or killed; a leading '-' reverses."),
    ] = "date",
    method: Annotated[str | None, Query(pattern=_METHOD_PATTERN, description=_METHOD_HELP)] = None,
) -> EventPage:
    """Events matching every filter, each with its figures summarised per field, and how many match.

    ``since``/``until`` given as a year or month cover the whole period. Undated events (and,
    when sorting by place or toll, events without one) come last either way. ``method`` keeps
    events a current report of which gives that means (each event shows the means most of its
    reports give as ``method`` and all of them as ``methods``); an unknown name is a 422.
    """
    means = _method(method)
    actor_ids = (kb.entity_id(actor),) if actor else None
    chosen = event_filter(
        type=type,
        country=country,
        since=since,
        until=until,
        place=place,
        actor_ids=actor_ids,
        min_sources=min_sources,
        sort=sort,
        method=means,
    )
    with kb.store.connect() as connection:
        rows = query_events(connection, chosen, limit=paging.limit + 1, offset=paging.offset)
        total = count_events(connection, chosen)
    return EventPage(
        items=rows[: paging.limit],
        limit=paging.limit,
        offset=paging.offset,
        has_more=len(rows) > paging.limit,
        total=total,
    )


@router.get("/{event_id}", response_model=EventRecord, responses={404: {"model": ErrorMessage}})
def show_event(
    kb: Kb, event_id: Annotated[str, Path(description="An event id (from a list or search).")]
) -> EventRecord:
    """One event with every report and that report's own figures; contradictions are flagged."""
    return kb.event(event_id)


def _method(value: str | None) -> str | None:
    """The lexicon's name for ``value``; a 422 naming the parameter when it is none of them."""
    if not value:
        return None
    found = method_name(value)
    if found is None:
        problem = {
            "type": "enum",
            "loc": ("query", "method"),
            "msg": f"Input should be one of: {', '.join(method_names())}",
            "input": value,
        }
        raise RequestValidationError([problem])
    return found
