"""Timelines: events, and the dates links were first seen, in one ordered list."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from nexus.analyze.models import Timeline, TimelineItem
from nexus.store import reader
from nexus.store.schema import relations


def timeline(
    connection: Connection,
    entity_id: str | None = None,
    *,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = 1000,
) -> Timeline:
    """What happened (to ``entity_id``, or in the whole store), oldest first; undated last."""
    event_list = reader.list_events(
        connection, since=since, until=until, actor_ids=[entity_id] if entity_id else None, any_role=True
    )
    query = select(relations).where(relations.c.origin == "stated")  # events are listed as events
    if entity_id:
        query = query.where(or_(relations.c.source_id == entity_id, relations.c.target_id == entity_id))
    if since:
        query = query.where(relations.c.first_seen >= since)
    if until:
        query = query.where(relations.c.first_seen <= until)
    links = reader.relation_records(connection, connection.execute(query).all(), evidence_per_relation=1)
    items = [TimelineItem(date=_day(e.date), kind="event", event=e) for e in event_list]
    items += [TimelineItem(date=r.first_seen, kind="link", relation=r) for r in links]
    items.sort(
        key=lambda i: (
            i.date is None,
            i.date or date.min,
            i.kind,
            i.event.id if i.event else i.relation.id if i.relation else "",
        )
    )
    if limit is not None:
        items = items[:limit]
    entity = reader.entity_refs(connection, [entity_id]).get(entity_id) if entity_id else None
    return Timeline(entity=entity, items=items)


def _day(iso: str | None) -> date | None:
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])
