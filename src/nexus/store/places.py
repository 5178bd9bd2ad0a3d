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

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.engine import Connection

from nexus.store.records import ActiveActor, EntityRef, EventRecord
from nexus.store.schema import entity_aliases, event_reports, events, mentions, report_entities

#: At most this many events (the latest) on a place's page.
MAX_PLACE_EVENTS = 500


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
    condition = place_condition(connection, entity)
    ids = [r.id for r in records]
    at_place = set(
        connection.execute(select(events.c.id).where(events.c.id.in_(ids), condition)).scalars()
        if ids and condition is not None
        else []
    )
    return {"events": records, "actors": active_actors([r for r in records if r.id in at_place], entity.id)}


__all__ = ["MAX_PLACE_EVENTS", "active_actors", "place_activity", "place_condition", "place_events"]
