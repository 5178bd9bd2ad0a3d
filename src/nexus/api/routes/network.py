"""``/api/network``: nodes and edges around an entity, for the graph view."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from nexus.analyze.models import Network
from nexus.api.deps import DateParam, HedgedParam, Kb, MinSourcesParam
from nexus.api.schemas import ErrorMessage

router = APIRouter(prefix="/api/network", tags=["network"])

#: Stated relation types and event-link types (``nexus.store.event_links.EVENT_LINK_TYPES``).
LinkType = Literal[
    "affiliation", "cooperation", "hostility", "based_in",
    "claimed", "attacked", "struck", "sanctioned", "met", "visited",
]  # fmt: skip
LinkTypesParam = Annotated[
    list[LinkType],
    Query(alias="type", description="Link types to follow (repeatable): stated relations or event links."),
]
OriginParam = Annotated[
    list[Literal["stated", "event"]],
    Query(alias="origin", description="Only links of these origins: stated, event (derived from events)."),
]


@router.get("", response_model=Network, responses={404: {"model": ErrorMessage}})
def network(
    kb: Kb,
    entity: Annotated[str, Query(min_length=1, max_length=200, description="The centre: a name or id.")],
    depth: Annotated[int, Query(ge=1, le=4, description="Hops from the centre.")] = 2,
    types: LinkTypesParam = [],  # noqa: B006 - FastAPI copies defaults
    origins: OriginParam = [],  # noqa: B006
    since: DateParam = None,
    until: DateParam = None,
    min_sources: MinSourcesParam = 1,
    include_hedged: HedgedParam = True,
    max_nodes: Annotated[int, Query(ge=1, le=2000, description="Stop growing past this many nodes.")] = 300,
    evidence: Annotated[int, Query(ge=0, le=5, description="Evidence sentences per edge.")] = 0,
) -> Network:
    """Entities within ``depth`` hops and the links among them (by default edges come without
    evidence: fetch ``/api/relations/{id}`` for a clicked edge).

    Each edge has ``origin`` "stated" (a sentence states the relation) or
    "event" (``type`` claimed, attacked, struck, sanctioned, met or visited,
    ``event_ids`` the events it comes from), ``first_seen``/``last_seen`` and
    ``n_sources`` (independent sources)."""
    return kb.network(
        entity,
        depth,
        types=types,
        since=since,
        until=until,
        min_sources=min_sources,
        include_hedged=include_hedged,
        origins=origins,
        max_nodes=max_nodes,
        evidence_per_edge=evidence,
    )
