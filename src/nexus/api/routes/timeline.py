"""``/api/timeline``: events and first-seen links, oldest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from nexus.analyze.models import Timeline
from nexus.api.deps import DateParam, Kb
from nexus.api.schemas import ErrorMessage

router = APIRouter(prefix="/api/timeline", tags=["timeline"])


@router.get("", response_model=Timeline, responses={404: {"model": ErrorMessage}})
def timeline(
    kb: Kb,
    entity: Annotated[
        str | None, Query(max_length=200, description="Only this entity's (name or id).")
    ] = None,
    since: DateParam = None,
    until: DateParam = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
) -> Timeline:
    """What happened (to one entity, or in the whole KB), undated items last."""
    return kb.timeline(entity or None, since=since, until=until, limit=limit)
