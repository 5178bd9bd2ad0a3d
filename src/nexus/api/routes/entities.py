"""``/api/entities``: the list, one entity's page, and merging two entities (write)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, status

from nexus.api import queries
from nexus.api.deps import Kb, Paging, State, Writer, to_page
from nexus.api.routes.corrections import AnalystName, audit_override
from nexus.api.schemas import EntityPage, ErrorMessage, LinkedActor, MergeIn, Page
from nexus.store import places
from nexus.store.records import EntityDetail, EntitySummary

router = APIRouter(prefix="/api/entities", tags=["entities"])

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorMessage, "description": "No entity by that name or id."}
}


@router.get("", response_model=Page[EntitySummary])
def list_entities(
    kb: Kb,
    paging: Paging,
    type: Annotated[Literal["PERSON", "ORG", "PLACE"] | None, Query(description="Entity type.")] = None,
) -> Page[EntitySummary]:
    """Canonical entities, most documented first."""
    rows = kb.entities(type=type, limit=paging.limit + 1, offset=paging.offset)
    return to_page(rows, paging)


@router.get("/{name}", response_model=EntityPage, responses=NOT_FOUND)
def show_entity(
    kb: Kb,
    name: Annotated[str, Path(description="An entity id or one of its names.")],
) -> EntityPage:
    """One entity: aliases, roles, linked actors grouped by relation type, events, first/last seen.

    ``events``: event summaries (id, type, date, place, killed, injured, n_sources, at_place);
    for a place the events there and those naming it. ``actors``: for a place the actors
    active there (entity refs with ``n_events``), most active first.
    """
    detail = kb.show(name)
    with kb.store.connect() as connection:
        roles, first, last = queries.entity_roles_and_dates(connection, detail.id)
    linked: dict[str, list[LinkedActor]] = {}
    for relation in detail.relations:
        outgoing = relation.source.id == detail.id
        linked.setdefault(relation.type, []).append(
            LinkedActor(
                relation_id=relation.id,
                direction="out" if outgoing else "in",
                entity=relation.target if outgoing else relation.source,
                roles=relation.roles,
                n_statements=relation.n_statements,
                n_sources=relation.n_sources,
                hedged_share=relation.hedged_share,
                first_seen=relation.first_seen,
                last_seen=relation.last_seen,
                first_seen_precision=relation.first_seen_precision,
                last_seen_precision=relation.last_seen_precision,
                origin=relation.origin,
            )
        )
    for group in linked.values():
        group.sort(key=lambda link: (-link.n_sources, -link.n_statements, link.entity.name))
    with kb.store.connect() as connection:
        events, actors = places.place_page(connection, detail)
    return EntityPage(
        entity=detail,
        roles=roles,
        linked=linked,
        first_seen=first,
        last_seen=last,
        events=events,
        actors=actors,
    )


@router.post(
    "/merge",
    response_model=EntityDetail,
    responses={
        **NOT_FOUND,
        401: {"model": ErrorMessage, "description": "Missing or wrong bearer token."},
        403: {"model": ErrorMessage, "description": "The server has no token: writes are disabled."},
        409: {"model": ErrorMessage, "description": "The two names are already one entity."},
    },
)
def merge_entities(_writer: Writer, state: State, body: MergeIn, who: AnalystName) -> EntityDetail:
    """Declare ``absorb`` the same entity as ``keep``; persisted and replayed on later ingests."""
    kb = state.kb
    with state.write_lock:
        if kb.entity_id(body.keep) == kb.entity_id(body.absorb):
            raise HTTPException(
                status.HTTP_409_CONFLICT, f"{body.keep!r} and {body.absorb!r} are already one entity"
            )
        merged = kb.merge(body.keep, body.absorb)
        audit_override(kb, "entity-merge", merged.id, who, {"keep": body.keep, "absorb": body.absorb})
        return merged
