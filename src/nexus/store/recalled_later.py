"""A document's later happening told only in passing: "residents have begun leaving the village
after Thursday's night raid, which came four days after Sunday's abduction in the next hamlet".
The raid is recalled as a back-reference (a ``mention`` of its stored event), yet it is still a
later happening the document tells: a report of Sunday's abduction beside it is background too,
not the document's news (``linker.recalled_beside_later``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from nexus.resolve.events import kindred_types


def recalled_after(row: dict[str, Any], event_id: str, day: date, siblings: Sequence[Any]) -> bool:
    """Whether ``row``'s document linked before it, as a ``mention`` of another stored event than
    ``event_id``, a report of its type or a kindred one whose date as extracted (the resolution's
    ``reported_date``, kept when a recall re-dated it) is a day after ``day`` (``date``).

    ``siblings``: the document's reports linked so far (``event_id``, ``type``, ``resolution``)."""
    kindred = kindred_types().get(str(row.get("type")), frozenset())
    for sibling in siblings:
        resolution = sibling.resolution if isinstance(sibling.resolution, dict) else {}
        if resolution.get("kind") != "mention" or not sibling.event_id or sibling.event_id == event_id:
            continue
        if sibling.type != row.get("type") and sibling.type not in kindred:
            continue
        told = resolution.get("reported_date")
        if not isinstance(told, dict) or told.get("precision") != "day" or not told.get("iso"):
            continue
        try:
            if date.fromisoformat(str(told["iso"])[:10]) > day:
                return True
        except ValueError:
            continue
    return False
