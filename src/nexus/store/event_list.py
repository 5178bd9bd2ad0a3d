"""The events list as the analyst filters and sorts it: one query, one count, one page.

``reader.list_events`` gives events oldest first with the basic filters
(type, window, place, actor). The events page also filters by country and by
the minimum number of independent sources, sorts by any column (date, type,
place, sources, reports, killed) and shows how many events match in all;
this module adds that without changing the reader. A window bound given as a
year or a month covers the whole period: ``until=2019-02`` keeps events of
28 February.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, get_args

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.engine import Connection

from nexus.errors import StoreError
from nexus.store import corrections
from nexus.store.methods import method_name, method_names
from nexus.store.reader import event_records, reports_with_method
from nexus.store.records import EventRecord
from nexus.store.schema import event_reports, events, mentions, report_entities

#: The orders the list can be sorted in; a leading ``-`` reverses (newest, most first).
EventSort = Literal[
    "date", "-date", "type", "-type", "place", "-place", "sources", "-sources", "reports", "-reports",
    "killed", "-killed",
]  # fmt: skip
SORTS: tuple[str, ...] = get_args(EventSort)


def period_start(value: str) -> date:
    """The first day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (``ValueError`` if it is none)."""
    parts = [int(p) for p in value.strip().split("-")]
    year, month, day = (*parts, 1, 1)[:3]
    return date(year, month, day)


def period_end(value: str) -> date:
    """The last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: ``2019-02`` -> 2019-02-28."""
    parts = [int(p) for p in value.strip().split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], parts[1], parts[2])


@dataclass(frozen=True)
class EventFilter:
    """Which events the list shows, and in what order.

    ``country`` is an ISO code (any case); ``actor_ids`` are canonical ids of
    entities that carried the event out (their reports name them as actor);
    ``min_sources`` counts independent sources (a copy counts for its
    original); ``method`` keeps events a current report of which gives that
    means (so an event may match a means other than the one it shows as its
    main one); ``sort`` is one of ``SORTS``. Undated events, events without a
    place or a death toll come last whichever way the list is sorted.
    """

    type: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    place: str | None = None
    actor_ids: tuple[str, ...] | None = None
    min_sources: int = 1
    sort: str = "date"
    method: str | None = None

    def apply(self, query: Select[Any]) -> Select[Any]:
        """``query`` (over ``events``) restricted to the matching events (never one marked wrong)."""
        query = query.where(corrections.visible(events))
        if self.type:
            query = query.where(events.c.type == self.type)
        if self.country:
            query = query.where(events.c.country == self.country.strip().upper())
        if self.since is not None:
            query = query.where(events.c.date_day >= self.since)
        if self.until is not None:
            query = query.where(events.c.date_day <= self.until)
        if self.place:
            key = self.place.strip()
            query = query.where(
                or_(
                    events.c.place_name.ilike(key),
                    events.c.admin1.ilike(key),
                    events.c.country == key.upper(),
                    events.c.id.in_(
                        select(event_reports.c.event_id).where(
                            event_reports.c.place_name.ilike(key), event_reports.c.superseded.is_(False)
                        )
                    ),
                )
            )
        if self.actor_ids is not None:
            query = query.where(
                events.c.id.in_(
                    select(event_reports.c.event_id)
                    .join(report_entities, report_entities.c.report_id == event_reports.c.id)
                    .join(mentions, mentions.c.id == report_entities.c.mention_id)
                    .where(
                        mentions.c.canonical_id.in_(self.actor_ids),
                        report_entities.c.role == "actor",
                        event_reports.c.superseded.is_(False),
                    )
                )
            )
        if self.min_sources > 1:
            query = query.where(events.c.n_sources >= self.min_sources)
        if self.method:
            query = query.where(events.c.id.in_(reports_with_method(self.method)))
        return query

    def order(self) -> list[ColumnElement[Any]]:
        """ORDER BY terms: the chosen column (missing values last), then date and id."""
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}; one of {', '.join(SORTS)}")
        descending = self.sort.startswith("-")
        key = self.sort.lstrip("-")
        by_date = [events.c.date_day.is_(None), events.c.date_day, events.c.id]
        if key == "date":
            if descending:
                return [events.c.date_day.is_(None), events.c.date_day.desc(), events.c.id]
            return by_date
        column: ColumnElement[Any] = {
            "type": events.c.type,
            "place": func.lower(events.c.place_name),
            "sources": events.c.n_sources,
            "reports": events.c.n_reports,
            "killed": _most_killed(),
        }[key]
        return [column.is_(None), column.desc() if descending else column, *by_date]


def _most_killed() -> ColumnElement[Any]:
    """The largest death toll a current report of the event gives (NULL when none does)."""
    return (
        select(func.max(event_reports.c.killed))
        .where(event_reports.c.event_id == events.c.id, event_reports.c.superseded.is_(False))
        .correlate(events)
        .scalar_subquery()
    )


def event_filter(
    *,
    type: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    actor_ids: Sequence[str] | None = None,
    min_sources: int = 1,
    sort: str = "date",
    method: str | None = None,
) -> EventFilter:
    """An ``EventFilter`` from user-facing arguments (empty strings mean "no filter").

    ``since``/``until`` are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a year or month bound
    covers the whole period. A date that is none raises ``StoreError``; so does a
    ``method`` the lexicon does not list (any case is accepted).
    """
    first = _bound(period_start, since)
    last = _bound(period_end, until)
    return EventFilter(
        type=type or None,
        country=country or None,
        since=first,
        until=last,
        place=place or None,
        actor_ids=tuple(actor_ids) if actor_ids is not None else None,
        min_sources=min_sources,
        sort=sort,
        method=known_method(method),
    )


def known_method(value: str | None) -> str | None:
    """The lexicon's name for the means ``value`` names (any case); None for none given;
    ``StoreError`` naming the categories when it names none of them."""
    if not value:
        return None
    found = method_name(value)
    if found is None:
        raise StoreError(f"unknown means {value!r}; one of {', '.join(method_names())}")
    return found


def _bound(read: Callable[[str], date], value: str | None) -> date | None:
    if not value:
        return None
    try:
        return read(value)
    except (ValueError, IndexError):
        raise StoreError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}") from None


def query_events(
    connection: Connection,
    event_filter: EventFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    with_reports: bool = False,
) -> list[EventRecord]:
    """One page of the matching events, in the filter's order, each with its figure summaries
    (and every report when ``with_reports``)."""
    query = event_filter.apply(select(events)).order_by(*event_filter.order()).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return event_records(connection, connection.execute(query).all(), with_reports=with_reports)


def count_events(connection: Connection, event_filter: EventFilter) -> int:
    """How many events match the filter (all pages)."""
    query = event_filter.apply(select(func.count()).select_from(events))
    return int(connection.execute(query).scalar_one())
