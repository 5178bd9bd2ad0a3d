"""Resolution across documents: entities, events, casualty figures, manual overrides.

Pure logic over small value objects; the store feeds it rows and persists
what it decides, so resolution can be tested without a database.
"""

from nexus.resolve.entities import EntityIndex, MentionName, gazetteer_aliases, gazetteer_entity_id
from nexus.resolve.events import EventKey, PlaceKey, best_match, same_event
from nexus.resolve.figures import FigureSummary, ReportedFigure, summarize
from nexus.resolve.overrides import Override, apply_overrides, split_entity_id

__all__ = [
    "EntityIndex",
    "EventKey",
    "FigureSummary",
    "MentionName",
    "Override",
    "PlaceKey",
    "ReportedFigure",
    "apply_overrides",
    "best_match",
    "gazetteer_aliases",
    "gazetteer_entity_id",
    "same_event",
    "split_entity_id",
    "summarize",
]
