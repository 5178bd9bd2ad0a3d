"""``/api/path``: a shortest chain of relations from A to B, with evidence for every hop."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from nexus.analyze.models import PathResult
from nexus.analyze.network import MAX_PATH_HOPS
from nexus.api.deps import DateParam, HedgedParam, Kb, MinSourcesParam
from nexus.api.routes.network import LinkTypesParam, OriginParam
from nexus.api.schemas import ErrorMessage

router = APIRouter(prefix="/api/path", tags=["path"])

Name = Annotated[str, Query(min_length=1, max_length=200, description="An entity's name or id.")]


@router.get("", response_model=PathResult, responses={404: {"model": ErrorMessage}})
def find_path(
    kb: Kb,
    source: Name,
    target: Name,
    types: LinkTypesParam = [],  # noqa: B006 - FastAPI copies defaults
    origins: OriginParam = [],  # noqa: B006
    since: DateParam = None,
    until: DateParam = None,
    min_sources: MinSourcesParam = 1,
    include_hedged: HedgedParam = True,
    max_hops: Annotated[int, Query(ge=1, le=MAX_PATH_HOPS)] = MAX_PATH_HOPS,
) -> PathResult:
    """``found`` is false when no chain of at most ``max_hops`` links passes the filters."""
    return kb.path(
        source,
        target,
        types=types,
        since=since,
        until=until,
        min_sources=min_sources,
        include_hedged=include_hedged,
        origins=origins,
        max_hops=max_hops,
    )
