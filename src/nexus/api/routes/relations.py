"""``/api/relations``: an entity's links with evidence; one link with all its evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from nexus.api import queries
from nexus.api.deps import DateParam, HedgedParam, Kb, MinSourcesParam, Paging, TypesParam, to_page
from nexus.api.schemas import ErrorMessage, Page
from nexus.kb import NotFoundError
from nexus.store.records import RelationRecord

router = APIRouter(prefix="/api/relations", tags=["relations"])

EvidenceParam = Annotated[int, Query(ge=0, le=100, description="Evidence sentences per relation.")]


@router.get("", response_model=Page[RelationRecord], responses={404: {"model": ErrorMessage}})
def list_relations(
    kb: Kb,
    paging: Paging,
    entity: Annotated[str, Query(min_length=1, max_length=200, description="An entity's name or id.")],
    types: TypesParam = [],  # noqa: B006 - FastAPI copies defaults
    since: DateParam = None,
    until: DateParam = None,
    min_sources: MinSourcesParam = 1,
    include_hedged: HedgedParam = True,
    evidence: EvidenceParam = 3,
) -> Page[RelationRecord]:
    """Relations of one entity passing the filters, each with its evidence sentences."""
    rows = kb.relations(
        entity,
        types=types,
        since=since,
        until=until,
        min_sources=min_sources,
        include_hedged=include_hedged,
        evidence=evidence,
    )
    return to_page(rows[paging.offset : paging.offset + paging.limit + 1], paging)


@router.get("/{relation_id}", response_model=RelationRecord, responses={404: {"model": ErrorMessage}})
def show_relation(
    kb: Kb,
    relation_id: Annotated[str, Path(description="A relation id (from a network edge).")],
    evidence: EvidenceParam = 20,
) -> RelationRecord:
    """One relation with up to ``evidence`` sentences: independent and unhedged first."""
    with kb.store.connect() as connection:
        found = queries.relation_by_id(connection, relation_id, evidence_limit=evidence)
    if found is None:
        raise NotFoundError(f"no relation {relation_id!r}")
    return found
