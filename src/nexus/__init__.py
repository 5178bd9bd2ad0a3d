"""Nexus: an evidence-backed, time-aware knowledge graph from news reports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nexus.kb import KnowledgeBase
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


def __getattr__(name: str) -> Any:
    """The domain model classes, loaded on first use so that ``nexus --help`` does not import pydantic."""
    if name in _MODEL_NAMES:
        from nexus import model

        return getattr(model, name)
    raise AttributeError(f"module 'nexus' has no attribute {name!r}")


__version__ = "0.1.0"


def open(db: str | None = None) -> KnowledgeBase:
    """Open the knowledge base at ``db``; see ``nexus.kb.open``.

    Imported lazily so that ``import nexus`` (and the extractor) do not pull in
    SQLAlchemy and networkx.
    """
    from nexus.kb import open as open_kb

    return open_kb(db)


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
    "open",
]

#: The names of ``__all__`` that come from ``nexus.model``.
_MODEL_NAMES = frozenset(__all__) - {"__version__", "open"}
