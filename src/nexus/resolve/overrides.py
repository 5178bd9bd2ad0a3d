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
