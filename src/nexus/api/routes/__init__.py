"""One APIRouter per resource; ``ROUTERS`` is the order they appear in the OpenAPI schema."""

from __future__ import annotations

from fastapi import APIRouter

from nexus.api.routes import (
    contradictions,
    corrections,
    documents,
    entities,
    events,
    network,
    path,
    relations,
    search,
    stats,
    timeline,
)

ROUTERS: tuple[APIRouter, ...] = (
    search.router,
    entities.router,
    events.router,
    relations.router,
    path.router,
    network.router,
    timeline.router,
    contradictions.router,
    documents.router,
    stats.router,
    corrections.router,
)

__all__ = ["ROUTERS"]
