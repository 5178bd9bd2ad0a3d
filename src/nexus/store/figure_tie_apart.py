"""Two places no coordinates compare, tied by a shared figure alone, that the report's own
document names apart: "thirty-one were buried after the massacre in Kelmo ... a separate raid
killed five in Dastra". Identity lets a figure shared on the same day make two names without
coordinates one place ("the valley" / the town); a document that names both places itself tells
them apart, so the tie does not hold for it, and the report is scored again without that event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from nexus.resolve.events import Decision, EventKey, resolve_event
from nexus.resolve.names import name_key

#: The words ``events.pair_decision`` adds to a place reason when only a shared figure ties the
#: two places.
FIGURE_TIE = ", but a figure is shared"


def without_ties_named_apart(
    decision: Decision, key: EventKey, candidates: dict[str, EventKey], document_places: Iterable[str]
) -> Decision:
    """``decision`` again, unless it joins an event through a figure tie of two places
    (``FIGURE_TIE``), the report's a place no gazetteer placed, and one of the event's place names
    is one the report's document names as another place than the report's own and those its
    sentence puts it in (``document_places``: the names of its place mentions); then the
    decision of ``resolve_event`` over the other candidates, that event refused with the reason."""
    if (
        decision.kind != "same"
        or decision.event_id is None
        or not any(FIGURE_TIE in r for r in decision.reasons)
    ):
        return decision
    joined = candidates.get(decision.event_id)
    own = name_key(key.place.name) if key.place is not None and key.place.name else ""
    if joined is None or not own:
        return decision
    if key.place is not None and key.place.lat is not None:
        return decision  # a place the gazetteer found: its coordinates, not its names, tell it apart
    holders = {name_key(n) for n in (*key.place.divisions, *key.place.regions, key.place.within or "")}  # type: ignore[union-attr]
    named = {name_key(n) for n in document_places} - {own, ""} - holders
    theirs = {name_key(p.name) for p in (joined.place, *joined.places) if p is not None and p.name}
    apart = sorted(theirs & named)
    if not apart:
        return decision
    rest = {event_id: c for event_id, c in candidates.items() if event_id != decision.event_id}
    again = resolve_event(key, rest)
    why = f"place: only a figure ties {key.place.name} to {apart[0]}, which its document names apart"  # type: ignore[union-attr]
    return replace(again, refused=((decision.event_id, why), *again.refused))
