"""Resolution across documents: entities, events, casualty figures, manual overrides.

Pure logic over small value objects; the store feeds it rows and persists
what it decides, so resolution can be tested without a database.
"""

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
