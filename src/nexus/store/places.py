"""What happened at a place: the events there and the actors active there (place pages).

An event is at a place when its representative place or one of its reports'
places carries one of the place's names, when the place is a country and the
event is in it, or when the place is a region and the event is in it. A
place's page also keeps the events that name it as an actor or target
("Mali's government said ..."). Actors active there are the actors of those
events (news outlets left out), most active first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.engine import Connection

from nexus.model import Count
from nexus.store.records import ActiveActor, EntityDetail, EntityRef, EventRecord
from nexus.store.schema import entities, entity_aliases, event_reports, events, mentions, report_entities

#: At most this many events (the latest) on a place's page.
MAX_PLACE_EVENTS = 500


class EventSummary(BaseModel):
    """One line of a place's event list: what, when, where, how many dead and hurt."""

    model_config = ConfigDict(extra="forbid")

    id: str
    type: str
    date: str | None = None
    place: str | None = Field(default=None, description="the event's place name")
    killed: Count | None = Field(
        default=None, description="the most corroborated death toll, with its qualifier"
    )
    injured: Count | None = Field(
        default=None, description="the most corroborated number of injured, with its qualifier"
    )
    n_sources: int = 0
    at_place: bool = Field(default=True, description="false when the event only names the place as a party")


def _count(figure: Any) -> Count:
    return Count(value=figure.value, qualifier=figure.qualifier)


def event_summary(record: EventRecord, *, at_place: bool = True) -> EventSummary:
    """The summary line of an event record (figures: the most corroborated value)."""
    killed = record.figures.get("killed")
    injured = record.figures.get("injured")
    return EventSummary(
        id=record.id,
        type=record.type,
        date=record.date,
        place=record.place.name if record.place else None,
        killed=_count(killed.most_corroborated) if killed else None,
        injured=_count(injured.most_corroborated) if injured else None,
        n_sources=record.n_sources,
        at_place=at_place,
    )


def place_condition(connection: Connection, entity: Any) -> ColumnElement[bool] | None:
    """The SQL condition selecting ``events`` rows at place ``entity`` (an ``entities`` row), or None."""
    if entity.type != "PLACE":
        return None
    forms = {entity.name.lower()}
    forms.update(
        alias.lower()
        for alias in connection.execute(
            select(entity_aliases.c.alias).where(entity_aliases.c.entity_id == entity.id)
        ).scalars()
    )
    names = sorted(forms)
    conditions: list[ColumnElement[bool]] = [
        func.lower(events.c.place_name).in_(names),
        events.c.id.in_(
            select(event_reports.c.event_id).where(
                func.lower(event_reports.c.place_name).in_(names), event_reports.c.superseded.is_(False)
            )
        ),
    ]
    kind = entity.place_kind or entity.subtype
    if kind == "country" and entity.country:
        conditions.append(events.c.country == entity.country)
    elif kind == "admin":
        condition = func.lower(events.c.admin1).in_(names)
        if entity.country:
            condition = condition & (events.c.country == entity.country)
        conditions.append(condition)
    return or_(*conditions)


def place_events(connection: Connection, entity: Any, *, limit: int = MAX_PLACE_EVENTS) -> list[EventRecord]:
    """Events at place ``entity`` or naming it as actor or target: the latest ``limit``, oldest first."""
    from nexus.store import reader  # reader builds entity pages with this module

    at_place = place_condition(connection, entity)
    party = events.c.id.in_(
        select(event_reports.c.event_id)
        .join(report_entities, report_entities.c.report_id == event_reports.c.id)
        .join(mentions, mentions.c.id == report_entities.c.mention_id)
        .where(mentions.c.canonical_id == entity.id, event_reports.c.superseded.is_(False))
    )
    condition = party if at_place is None else or_(at_place, party)
    rows = list(
        connection.execute(
            select(events)
            .where(condition)
            .order_by(events.c.date_day.is_(None), events.c.date_day.desc(), events.c.id)
            .limit(limit)
        ).all()
    )
    rows.sort(key=lambda r: (r.date_day is None, r.date_day or date.min, r.id))  # oldest first, undated last
    return reader.event_records(connection, rows)


def active_actors(records: list[EventRecord], exclude: str) -> list[ActiveActor]:
    """The actors of ``records`` (not ``exclude``, the place itself), by number of events."""
    counts: dict[str, int] = {}
    refs: dict[str, EntityRef] = {}
    for record in records:
        for actor in {a.id: a for a in record.actors}.values():
            if actor.id == exclude:
                continue
            counts[actor.id] = counts.get(actor.id, 0) + 1
            refs[actor.id] = actor
    ranked = sorted(counts, key=lambda i: (-counts[i], refs[i].name, i))
    return [ActiveActor(**refs[i].model_dump(), n_events=counts[i]) for i in ranked]


def place_activity(connection: Connection, entity: Any) -> dict[str, Any]:
    """``events`` and ``actors`` of an entity page (``EntityDetail`` fields) for ``entity``.

    A place gets the events there (and those naming it) and the actors
    active there; any other entity its own events and no ``actors``.
    """
    from nexus.store import reader

    if entity.type != "PLACE":
        return {"events": reader.list_events(connection, actor_ids=[entity.id], any_role=True), "actors": []}
    records = place_events(connection, entity)
    at_place = events_at_place(connection, entity, [r.id for r in records])
    return {"events": records, "actors": active_actors([r for r in records if r.id in at_place], entity.id)}


def events_at_place(connection: Connection, entity: Any, event_ids: list[str]) -> set[str]:
    """Which of ``event_ids`` are at place ``entity`` (the others only name it as a party)."""
    condition = place_condition(connection, entity)
    if condition is None or not event_ids:
        return set()
    return set(connection.execute(select(events.c.id).where(events.c.id.in_(event_ids), condition)).scalars())


def place_page(connection: Connection, detail: EntityDetail) -> tuple[list[EventSummary], list[ActiveActor]]:
    """The ``events`` (summaries, oldest first) and ``actors`` lists of an entity page.

    For a place: the events there (and those naming it, ``at_place`` false)
    and the actors active there; for any other entity its events and no actors.
    """
    if detail.type != "PLACE":
        return [event_summary(e) for e in detail.events], []
    row = connection.execute(select(entities).where(entities.c.id == detail.id)).first()
    at_place = events_at_place(connection, row, [e.id for e in detail.events]) if row is not None else set()
    return [event_summary(e, at_place=e.id in at_place) for e in detail.events], list(detail.actors)


__all__ = [
    "MAX_PLACE_EVENTS",
    "EventSummary",
    "active_actors",
    "event_summary",
    "events_at_place",
    "place_activity",
    "place_condition",
    "place_events",
    "place_page",
]
