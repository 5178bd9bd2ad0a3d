"""Manual merges and splits, re-applied in order on top of automatic resolution.

Automatic resolution is deterministic, so the ids it gives are stable across
re-ingests; an override names those ids. Applying the list in order to a
mention's automatic id gives its final canonical id, which is why overrides
survive a rebuild: the statements keep their automatic id and the overrides
are replayed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from nexus.model import stable_id


@dataclass(frozen=True)
class Override:
    """``merge``: ``other_id`` becomes ``entity_id``. ``split``: mentions of
    ``entity_id`` whose name key is in ``forms`` move to ``other_id``."""

    kind: str
    entity_id: str
    other_id: str
    forms: frozenset[str] = frozenset()


def split_entity_id(entity_id: str, forms: Iterable[str]) -> str:
    """The id of the entity a split creates: stable for the same entity and forms."""
    return stable_id("entity", "split", entity_id, sorted(set(forms)))


def apply_overrides(auto_id: str, name_keys: Collection[str], overrides: Iterable[Override]) -> str:
    """The canonical id of a mention after replaying ``overrides`` in order.

    ``name_keys`` are the name keys of the mention's surface forms; a split
    moves the mention when any of them is among the split's forms.
    """
    current = auto_id
    for override in overrides:
        if override.kind == "merge" and current == override.other_id:
            current = override.entity_id
        elif (
            override.kind == "split"
            and current == override.entity_id
            and not override.forms.isdisjoint(name_keys)
        ):
            current = override.other_id
    return current


@dataclass(frozen=True)
class EventOverride:
    """``merge``: reports landing in ``other_id``, or of ``type`` from a document in
    ``docs`` (those ``other_id`` had), go to ``event_id``. ``split``: reports of
    ``event_id`` from a document in ``docs`` go to ``other_id``.

    Documents, not reports, name what moves: a new version of a document gets
    new report ids (and automatic identity may found a new event for it) but
    stays merged or split off.
    """

    kind: str
    event_id: str
    other_id: str
    docs: frozenset[str] = frozenset()
    type: str | None = None


def split_event_id(event_id: str, docs: Iterable[str]) -> str:
    """The id of the event a split creates: stable for the same event and documents."""
    return stable_id("event", "split", event_id, sorted(set(docs)))


def apply_event_overrides(
    auto_id: str, doc_id: str, event_type: str, overrides: Iterable[EventOverride]
) -> str:
    """The event id of a report (of ``event_type``, from ``doc_id``) after replaying ``overrides``."""
    current = auto_id
    for override in overrides:
        merged_doc = doc_id in override.docs and event_type == override.type
        if override.kind == "merge" and (current == override.other_id or merged_doc):
            current = override.event_id
        elif override.kind == "split" and current == override.event_id and doc_id in override.docs:
            current = override.other_id
    return current
