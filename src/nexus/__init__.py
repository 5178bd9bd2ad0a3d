"""Nexus: an evidence-backed, time-aware knowledge graph from news reports."""

from nexus.model import (
    Attribution,
    Count,
    DateValue,
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Place,
    Relation,
)

__version__ = "0.1.0"

__all__ = [
    "Attribution",
    "Count",
    "DateValue",
    "Document",
    "Entity",
    "Event",
    "Evidence",
    "Extraction",
    "Place",
    "Relation",
    "__version__",
]
