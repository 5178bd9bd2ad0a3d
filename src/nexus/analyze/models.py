"""Results of network analysis: pydantic models, JSON-able as they are."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from nexus.store.records import EntityRef, EventRecord, EvidenceRecord, RelationRecord


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NetworkNode(EntityRef):
    depth: int = Field(description="hops from the centre")


class Network(_Result):
    """The entities within ``depth`` hops of ``centre`` and the relations between them.

    Each edge has an ``origin``: ``stated`` (a sentence states the relation)
    or ``event`` (derived from events: ``type`` is claimed, attacked, struck,
    sanctioned, met or visited and ``event_ids`` lists the events).
    """

    centre: EntityRef
    depth: int
    nodes: list[NetworkNode]
    edges: list[RelationRecord]
    truncated: bool = Field(default=False, description="the walk stopped at max_nodes")


class PathHop(_Result):
    """One step of a path: a relation, walked from ``source`` to ``target``, with its evidence.

    ``forward`` is false when the walk goes against the relation's own direction
    (the relation's source is the hop's ``target``).
    """

    source: EntityRef
    target: EntityRef
    relation: RelationRecord
    evidence: list[EvidenceRecord]
    forward: bool = Field(
        default=True,
        description="the relation runs from this hop's source to its target (false: walked backwards)",
    )


class PathResult(_Result):
    source: EntityRef
    target: EntityRef
    found: bool
    hops: list[PathHop] = Field(default_factory=list)


class TimelineItem(_Result):
    """An event, or a link first seen on that date."""

    date: dt.date | None
    kind: str = Field(description="event or link")
    event: EventRecord | None = None
    relation: RelationRecord | None = None


class Timeline(_Result):
    entity: EntityRef | None = None
    items: list[TimelineItem]


class CentralityRow(EntityRef):
    degree: int
    betweenness: float
    pagerank: float
    community: int


class GraphMetrics(_Result):
    """Centrality and communities over the (filtered) relation graph."""

    n_nodes: int
    n_edges: int
    n_communities: int
    betweenness_sampled: bool = Field(description="betweenness estimated from a fixed-seed sample of sources")
    rows: list[CentralityRow]
    links_by_origin: dict[str, int] = Field(
        default_factory=dict, description="links per origin: stated, event (derived from events)"
    )
    links_by_type: dict[str, int] = Field(
        default_factory=dict, description="links per relation or event-link type"
    )
    top_links: list[RelationRecord] = Field(
        default_factory=list, description="the best-sourced links, each with an evidence sentence"
    )
