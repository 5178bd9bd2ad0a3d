"""``/api/search``: names and evidence sentences; ``/api/search/documents``: the whole text of every
document (stemmed, phrases, prefixes); ``/api/search/suggest``: type-ahead."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from nexus.api import queries
from nexus.api.deps import Kb
from nexus.api.schemas import SearchResult
from nexus.store.records import DocumentHit, EntitySummary

router = APIRouter(prefix="/api/search", tags=["search"])

QueryText = Annotated[str, Query(min_length=1, max_length=200, description="Words to look for.")]


@router.get("", response_model=SearchResult)
def search(
    kb: Kb,
    q: QueryText,
    limit: Annotated[int, Query(ge=1, le=200, description="Sentences at most.")] = 50,
) -> SearchResult:
    """Entities whose names contain ``q``, and evidence sentences containing every word of it."""
    with kb.store.connect() as connection:
        names = queries.suggest_entities(connection, q, limit=10)
    return SearchResult(query=q, entities=names, sentences=kb.search(q, limit=limit))


@router.get("/suggest", response_model=list[EntitySummary])
def suggest(
    kb: Kb,
    q: QueryText,
    limit: Annotated[int, Query(ge=1, le=50)] = 8,
) -> list[EntitySummary]:
    """Entities one of whose names contains ``q``, names starting with it first (type-ahead)."""
    with kb.store.connect() as connection:
        return queries.suggest_entities(connection, q, limit=limit)


@router.get("/documents", response_model=list[DocumentHit])
def search_documents(
    kb: Kb,
    q: QueryText,
    limit: Annotated[int, Query(ge=1, le=200, description="Documents at most.")] = 20,
) -> list[DocumentHit]:
    """Documents whose whole text matches ``q``, best first: every word (stemmed, so ``bomb``
    finds bombing and bombers), ``"quoted phrases"`` and ``prefix*`` must match. Each hit has a
    snippet with ``highlights`` ([start, end) in the snippet), the events reported where a match
    is and the entities named there; no match is an empty list."""
    return kb.search_documents(q, limit=limit)
