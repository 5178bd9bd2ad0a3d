"""Request and response shapes of the REST API that the store's records do not already give.

Most endpoints return ``nexus.store.records`` / ``nexus.analyze.models``
unchanged; this module adds the page wrapper, the documents view (the store
has no reader for it) and the bodies of the two write endpoints.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from nexus.store import DocumentResult
from nexus.store.places import EventSummary
from nexus.store.records import ActiveActor, EntityDetail, EntityRef, EntitySummary, EventRecord, SearchHit

T = TypeVar("T")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_unicode(value: str | None) -> str | None:
    """Refuse a lone surrogate (``"\\udc80"`` in JSON): it can be neither stored nor printed."""
    if value is not None:
        bad = _LONE_SURROGATE.search(value)
        if bad is not None:
            raise ValueError(f"not valid Unicode: lone surrogate at character {bad.start()}")
    return value


def _iso_date_only(value: Any) -> Any:
    """A date must be written as one (``YYYY-MM-DD``): a number is not read as a timestamp."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("expected an ISO date string (YYYY-MM-DD), got a number")
    return value


Text = Annotated[str, AfterValidator(_valid_unicode)]
OptionalText = Annotated[str | None, AfterValidator(_valid_unicode)]
IsoDate = Annotated[dt.date | None, BeforeValidator(_iso_date_only)]


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(_Schema, Generic[T]):
    """One page of a list: ``items[offset : offset + limit]``; ``has_more`` if another page follows."""

    items: list[T]
    limit: int
    offset: int
    has_more: bool


class EventPage(Page[EventRecord]):
    """A page of the events list, with how many events match the filters in all."""

    total: int


class ErrorMessage(_Schema):
    detail: str


class ValidationErrors(_Schema):
    """A body the schema refuses: FastAPI's list of errors, each with its location and message."""

    detail: list[dict[str, Any]]


class SearchResult(_Schema):
    """Entities whose names match, and evidence sentences containing every word."""

    query: str
    entities: list[EntitySummary]
    sentences: list[SearchHit]


class LinkedActor(_Schema):
    """An entity linked to the one shown, through one relation."""

    relation_id: str
    direction: str = Field(description="out: shown entity is the source; in: it is the target")
    entity: EntityRef
    roles: list[str] = Field(default_factory=list)
    n_statements: int
    n_sources: int
    hedged_share: float
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    first_seen_precision: str | None = Field(default=None, description="month or year when only that precise")
    last_seen_precision: str | None = Field(default=None, description="month or year when only that precise")
    origin: str = Field(default="stated", description="stated, or event (a link derived from events)")


class EntityPage(_Schema):
    """Everything the entity page shows: the record, roles, links grouped by type, first/last seen."""

    entity: EntityDetail
    roles: list[str] = Field(description="roles the texts give the entity (spokesman, chief ...)")
    linked: dict[str, list[LinkedActor]] = Field(description="linked actors grouped by relation type")
    first_seen: dt.date | None = Field(description="earliest publication date of a document naming it")
    last_seen: dt.date | None = None
    events: list[EventSummary] = Field(
        default_factory=list, description="its events; for a place the events there (at_place) and naming it"
    )
    actors: list[ActiveActor] = Field(default_factory=list, description="a place: the actors active there")


class MentionOut(_Schema):
    """Where a document names an entity (character offsets into ``text``)."""

    entity: EntityRef
    start: int
    end: int
    text: str


class StatementOut(_Schema):
    """An event report or relation statement of a document, with its evidence span."""

    kind: str = Field(description="event or relation")
    id: str = Field(description="the event id or the relation id")
    type: str
    sentence: str
    start: int
    end: int
    hedged: bool = False


class DocumentSummary(_Schema):
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    version: int
    duplicate_of: str | None = None


class DocumentDetail(DocumentSummary):
    text: str
    mentions: list[MentionOut]
    statements: list[StatementOut]


class DocumentIn(_Schema):
    """A report to ingest. Without an ``id``, the id is a hash of the text."""

    text: Text = Field(min_length=1, max_length=1_000_000)
    id: OptionalText = Field(default=None, min_length=1, max_length=64)
    title: OptionalText = None
    url: OptionalText = None
    outlet: OptionalText = None
    published: IsoDate = Field(default=None, description="YYYY-MM-DD (a string; numbers are refused)")


class IngestOut(_Schema):
    result: DocumentResult
    document: DocumentSummary | None = None


class MergeIn(_Schema):
    """Declare ``absorb`` the same entity as ``keep`` (names or ids)."""

    keep: Text = Field(min_length=1)
    absorb: Text = Field(min_length=1)
