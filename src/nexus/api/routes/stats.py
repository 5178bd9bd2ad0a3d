"""``/api/stats``: what the knowledge base holds, in numbers (the home page)."""

from __future__ import annotations

from fastapi import APIRouter

from nexus.api.deps import Kb
from nexus.store.stats import KbStats, kb_stats

router = APIRouter(prefix="/api/stats", tags=["stats"])


@router.get("", response_model=KbStats)
def stats(kb: Kb) -> KbStats:
    """Documents, outlets, events by type and country, date spans, entities by type, the last ingest."""
    with kb.store.connect() as connection:
        return kb_stats(connection)
