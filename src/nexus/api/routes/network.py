"""``/api/network``: nodes and edges around an entity, for the graph view."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from nexus.analyze.models import Network
from nexus.api.deps import DateParam, HedgedParam, Kb, MinSourcesParam, TypesParam
from nexus.api.schemas import ErrorMessage

router = APIRouter(prefix="/api/network", tags=["network"])


@router.get("", response_model=Network, responses={404: {"model": ErrorMessage}})
def network(
    kb: Kb,
    entity: Annotated[str, Query(min_length=1, max_length=200, description="The centre: a name or id.")],
    depth: Annotated[int, Query(ge=1, le=4, description="Hops from the centre.")] = 2,
    types: TypesParam = [],  # noqa: B006 - FastAPI copies defaults
    since: DateParam = None,
    until: DateParam = None,
    min_sources: MinSourcesParam = 1,
    include_hedged: HedgedParam = True,
    max_nodes: Annotated[int, Query(ge=1, le=2000, description="Stop growing past this many nodes.")] = 300,
) -> Network:
    """Entities within ``depth`` hops and the relations among them (edges without evidence:
    fetch ``/api/relations/{id}`` for a clicked edge)."""
    return kb.network(
        entity,
        depth,
        types=types,
        since=since,
        until=until,
        min_sources=min_sources,
        include_hedged=include_hedged,
        max_nodes=max_nodes,
    )
