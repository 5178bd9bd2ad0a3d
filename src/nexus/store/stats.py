"""What the knowledge base holds, in numbers: the home page's statistics.

``kb_stats(connection)`` counts documents (and near-duplicate copies), news
outlets, events by type and by country, the span of event dates and of
publication dates, entities by type (news outlets apart, as ``MEDIA``),
relations, contradicted events, and describes the last ingest: its batch
number, how many documents it stored and the last of them. Every count is a
single aggregate query, so the page stays fast on a large store.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from nexus.store import corrections
from nexus.store.reader import MEDIA
from nexus.store.schema import documents, entities, events, relations


class _Stats(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Stats):
    """The earliest and latest of some dates (both None when there is none)."""

    first: date | None = None
    last: date | None = None


class IngestedDocument(_Stats):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None


class LastIngest(_Stats):
    """The most recent ingest batch: its number, how many documents it stored, the last one."""

    batch: int
    n_documents: int
    last_document: IngestedDocument


class KbStats(_Stats):
    """Counts over the whole knowledge base (the home page's figures)."""

    n_documents: int = Field(description="stored documents, near-duplicate copies included")
    n_duplicates: int = Field(description="documents that are near-duplicate copies of another")
    n_outlets: int = Field(description="distinct news outlets the documents come from")
    n_events: int
    events_by_type: dict[str, int] = Field(description="events per type, most frequent first")
    events_by_country: dict[str, int] = Field(description="events per country code, most frequent first")
    n_contradictory_events: int = Field(description="events whose reports give contradicting figures")
    event_dates: Span = Field(description="the earliest and latest event date")
    published: Span = Field(description="the earliest and latest publication date")
    n_entities: int = Field(description="canonical entities named in current documents (outlets apart)")
    entities_by_type: dict[str, int] = Field(description="entities per type; news outlets as MEDIA")
    n_relations: int = Field(description="links stated in the text (relations)")
    n_event_links: int = Field(default=0, description="links derived from events (claimed, attacked ...)")
    last_ingest: LastIngest | None = None


def _counts(rows: list[tuple[str | None, int]]) -> dict[str, int]:
    pairs = [(str(key), int(n)) for key, n in rows if key is not None]
    return dict(sorted(pairs, key=lambda pair: (-pair[1], pair[0])))


def kb_stats(connection: Connection) -> KbStats:
    """The statistics of the store behind ``connection`` (one consistent read)."""
    n_documents, n_duplicates, n_outlets, first_pub, last_pub = connection.execute(
        select(
            func.count(),
            func.count(documents.c.duplicate_of),
            func.count(func.distinct(documents.c.outlet)),
            func.min(documents.c.published),
            func.max(documents.c.published),
        ).select_from(documents)
    ).one()
    shown = corrections.visible(events)  # an event marked wrong is not counted
    by_type = _counts(
        [
            (t, n)
            for t, n in connection.execute(
                select(events.c.type, func.count()).where(shown).group_by(events.c.type)
            )
        ]
    )
    by_country = _counts(
        [
            (c, n)
            for c, n in connection.execute(
                select(events.c.country, func.count()).where(shown).group_by(events.c.country)
            )
        ]
    )
    n_contradictory, first_event, last_event = connection.execute(
        select(
            func.count().filter(events.c.contradictory.is_(True)),
            func.min(events.c.date_day),
            func.max(events.c.date_day),
        )
        .select_from(events)
        .where(shown)
    ).one()
    is_media = entities.c.subtype == "media"
    current = entities.c.n_mentions > 0
    entity_rows = connection.execute(
        select(entities.c.type, func.count())
        .where(current, or_(entities.c.subtype.is_(None), entities.c.subtype != "media"))
        .group_by(entities.c.type)
    ).all()
    n_media = int(
        connection.execute(select(func.count()).select_from(entities).where(current, is_media)).scalar_one()
    )
    by_entity_type = _counts([(t, n) for t, n in entity_rows])
    n_entities = sum(by_entity_type.values())
    if n_media:
        by_entity_type[MEDIA] = n_media
    links: dict[str, int] = dict(
        connection.execute(
            select(relations.c.origin, func.count())
            .where(relations.c.n_statements > 0, corrections.visible(relations))
            .group_by(relations.c.origin)
        ).all()
    )
    n_relations, n_event_links = int(links.get("stated", 0)), int(links.get("event", 0))
    return KbStats(
        n_documents=int(n_documents),
        n_duplicates=int(n_duplicates),
        n_outlets=int(n_outlets),
        n_events=sum(by_type.values()),
        events_by_type=by_type,
        events_by_country=by_country,
        n_contradictory_events=int(n_contradictory or 0),
        event_dates=Span(first=first_event, last=last_event),
        published=Span(first=first_pub, last=last_pub),
        n_entities=n_entities,
        entities_by_type=by_entity_type,
        n_relations=n_relations,
        n_event_links=n_event_links,
        last_ingest=_last_ingest(connection),
    )


def _last_ingest(connection: Connection) -> LastIngest | None:
    batch = connection.execute(select(func.max(documents.c.batch))).scalar()
    if batch is None:
        return None
    n_documents = int(
        connection.execute(
            select(func.count()).select_from(documents).where(documents.c.batch == batch)
        ).scalar_one()
    )
    row = connection.execute(
        select(documents.c.id, documents.c.title, documents.c.outlet, documents.c.published)
        .where(documents.c.batch == batch)
        .order_by(documents.c.seq.desc(), documents.c.id.desc())
        .limit(1)
    ).one()
    return LastIngest(
        batch=int(batch),
        n_documents=n_documents,
        last_document=IngestedDocument(
            id=row.id, title=row.title, outlet=row.outlet, published=row.published
        ),
    )
