"""``/api/contradictions``: events whose reports disagree on a figure."""

from __future__ import annotations

from fastapi import APIRouter

from nexus.api.deps import Kb, Paging, to_page
from nexus.api.schemas import Page
from nexus.store.records import Contradiction

router = APIRouter(prefix="/api/contradictions", tags=["contradictions"])


@router.get("", response_model=Page[Contradiction])
def contradictions(kb: Kb, paging: Paging) -> Page[Contradiction]:
    """One entry per event and disagreeing field, with every value reported (never averaged)."""
    rows = kb.contradictions()
    return to_page(rows[paging.offset : paging.offset + paging.limit + 1], paging)
