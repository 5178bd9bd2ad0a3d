"""What reading the knowledge base returns: pydantic models, JSON-able as they are.

These are the response shapes of the Python API (``nexus.open``), the CLI's
``--json`` output and, through them, the REST API and exports. Each fact
comes with the evidence behind it; figures are given per report and
summarised, never averaged. Dates are ``datetime.date`` (ISO in JSON).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from nexus.model import Count
from nexus.resolve.figures import FigureSummary


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class EntityRef(_Record):
    """An entity named inside another record."""

    id: str
    name: str
    type: str


class EntitySummary(EntityRef):
    subtype: str | None = None
    country: str | None = None
    n_mentions: int = 0
    n_documents: int = 0
    aliases: list[str] = Field(default_factory=list, description="surface forms, most used first")


class PlaceRecord(_Record):
    name: str | None = None
    kind: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    derivation: str | None = Field(
        default=None,
        description=(
            "how the point was derived from a known place the text sets this one by ('at Lira', "
            "'between Gulu and Lira', 'about 25 km north of Lira'); null for a gazetteer's own point"
        ),
    )


class EvidenceRecord(_Record):
    """A sentence that states a fact, with who says it and how firmly."""

    doc_id: str
    sentence: str
    start: int
    end: int
    outlet: str | None = None
    published: dt.date | None = None
    hedged: bool = False
    cues: list[str] = Field(default_factory=list)
    asserter: str | None = None
    copy_of: str | None = Field(
        default=None, description="the original, when the document is a near-duplicate"
    )

    @classmethod
    def from_row(cls, row: Any) -> EvidenceRecord:
        """From a row with the evidence columns and ``duplicate_of`` (the copy's original)."""
        return cls(
            doc_id=row.doc_id,
            sentence=row.sentence,
            start=row.start,
            end=row.end,
            outlet=row.outlet,
            published=row.published,
            hedged=row.hedged,
            cues=row.cues or [],
            asserter=row.asserter,
            copy_of=row.duplicate_of,
        )


def seen_text(day: dt.date | None, precision: str | None) -> str | None:
    """A date as ISO text at its precision: "2019" (year), "2019-03" (month), "2019-03-05"."""
    if day is None:
        return None
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


class RelationRecord(_Record):
    """A link between two canonical entities, aggregated over its statements."""

    id: str
    type: str
    source: EntityRef
    target: EntityRef
    roles: list[str] = Field(default_factory=list)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    first_seen_precision: str | None = Field(
        default=None, description="month or year when first_seen is only that precise (null: a day)"
    )
    last_seen_precision: str | None = Field(
        default=None, description="month or year when last_seen is only that precise (null: a day)"
    )
    n_statements: int = 0
    n_sources: int = Field(
        default=0, description="independent sources: outlets (a copy counts as its original)"
    )
    hedged_share: float = 0.0
    asserters: list[str] = Field(default_factory=list)
    evidence: list[EvidenceRecord] = Field(default_factory=list)
    origin: str = Field(
        default="stated", description="stated (a sentence states it) or event (derived from events)"
    )
    event_ids: list[str] = Field(default_factory=list, description="origin event: the events behind the link")

    @property
    def first_seen_text(self) -> str | None:
        """``first_seen`` as ISO text at its precision ("2019", "2019-03", "2019-03-05")."""
        return seen_text(self.first_seen, self.first_seen_precision)

    @property
    def last_seen_text(self) -> str | None:
        """``last_seen`` as ISO text at its precision."""
        return seen_text(self.last_seen, self.last_seen_precision)


class ReportRecord(_Record):
    """One document's account of an event, with that report's own figures."""

    id: str
    doc_id: str
    outlet: str | None = None
    published: dt.date | None = None
    date: str | None = None
    date_precision: str | None = None
    place: PlaceRecord | None = None
    killed: Count | None = None
    injured: Count | None = None
    missing: Count | None = None
    attackers_killed: Count | None = None
    method: str | None = None
    trigger: str | None = None
    actors: list[EntityRef] = Field(default_factory=list)
    targets: list[EntityRef] = Field(default_factory=list)
    evidence: EvidenceRecord
    resolution: dict[str, Any] | None = Field(
        default=None, description="why the report is in this event: kind, score, reasons (and manual moves)"
    )


class EventRecord(_Record):
    """A happening with all its reports; figures summarised per field."""

    id: str
    type: str
    date: str | None = None
    date_precision: str | None = None
    place: PlaceRecord | None = None
    actors: list[EntityRef] = Field(default_factory=list)
    targets: list[EntityRef] = Field(default_factory=list)
    n_reports: int = 0
    n_sources: int = 0
    contradictory: bool = False
    figures: dict[str, FigureSummary] = Field(default_factory=dict)
    method: str | None = Field(
        default=None, description="the means most current reports give (None: none names one)"
    )
    methods: list[str] = Field(default_factory=list, description="every distinct means its reports give")
    reports: list[ReportRecord] = Field(default_factory=list)


class ActiveActor(EntityRef):
    """An actor of events at a place, with how many of them."""

    n_events: int = 0


class EntityDetail(EntitySummary):
    gazetteer_id: str | None = None
    place: PlaceRecord | None = None
    merged_into: str | None = None
    relations: list[RelationRecord] = Field(default_factory=list)
    events: list[EventRecord] = Field(
        default_factory=list, description="events it took part in; for a place also the events there"
    )
    actors: list[ActiveActor] = Field(default_factory=list, description="a place: the actors active there")


class SearchHit(_Record):
    """An evidence sentence matching a full-text query, and the statements citing it."""

    evidence_id: str
    doc_id: str
    sentence: str
    start: int
    end: int
    outlet: str | None = None
    published: dt.date | None = None
    events: list[str] = Field(default_factory=list, description="ids of events the sentence reports")
    relations: list[str] = Field(default_factory=list, description="ids of relations the sentence states")


class DocumentHit(_Record):
    """A document matching a full-text query: a highlighted snippet and what the matches name."""

    doc_id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    snippet: str = Field(description="text around the first match ('…' where it is cut)")
    highlights: list[tuple[int, int]] = Field(
        default_factory=list, description="[start, end) of each matched word within the snippet"
    )
    n_matches: int = Field(default=0, description="matched words in the whole document")
    events: list[str] = Field(default_factory=list, description="ids of events reported where a match is")
    entities: list[EntityRef] = Field(default_factory=list, description="entities named at a match")


class Contradiction(_Record):
    """Reports of one event that disagree on a figure (never averaged away)."""

    event_id: str
    event_type: str
    date: str | None = None
    place: str | None = None
    field: str
    values: list[int]
    incompatible: bool = Field(
        default=True, description="the figures cannot all be true (else they only differ: '70+' and '77')"
    )
    summary: FigureSummary
