"""Resolution across documents: entities, events, casualty figures, manual overrides.

Pure logic over small value objects; the store feeds it rows and persists
what it decides, so resolution can be tested without a database.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nexus.resolve.entities import EntityIndex, MentionName, gazetteer_aliases, gazetteer_entity_id
    from nexus.resolve.events import Decision, EventKey, PlaceKey, best_match, resolve_event, same_event
    from nexus.resolve.figures import FigureSummary, ReportedFigure, summarize
    from nexus.resolve.overrides import (
        EventOverride,
        Override,
        apply_event_overrides,
        apply_overrides,
        split_entity_id,
        split_event_id,
    )

#: Where each public name lives; the submodule is imported on first use, so a
#: reading command that needs only ``names`` or ``figures`` does not load the
#: ontology-backed entity index.
_HOMES = {
    "EntityIndex": "entities",
    "MentionName": "entities",
    "gazetteer_aliases": "entities",
    "gazetteer_entity_id": "entities",
    "Decision": "events",
    "EventKey": "events",
    "PlaceKey": "events",
    "best_match": "events",
    "resolve_event": "events",
    "same_event": "events",
    "FigureSummary": "figures",
    "ReportedFigure": "figures",
    "summarize": "figures",
    "EventOverride": "overrides",
    "Override": "overrides",
    "apply_event_overrides": "overrides",
    "apply_overrides": "overrides",
    "split_entity_id": "overrides",
    "split_event_id": "overrides",
}


def __getattr__(name: str) -> Any:
    """The public name ``name`` from its submodule (PEP 562 lazy export)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'nexus.resolve' has no attribute {name!r}")
    return getattr(import_module(f"nexus.resolve.{home}"), name)


__all__ = [
    "Decision",
    "EntityIndex",
    "EventKey",
    "EventOverride",
    "FigureSummary",
    "MentionName",
    "Override",
    "PlaceKey",
    "ReportedFigure",
    "apply_event_overrides",
    "apply_overrides",
    "best_match",
    "gazetteer_aliases",
    "gazetteer_entity_id",
    "resolve_event",
    "same_event",
    "split_entity_id",
    "split_event_id",
    "summarize",
]
