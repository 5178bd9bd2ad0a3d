"""Two places no coordinates compare, tied by a shared figure alone, that the report's own
document names apart: "thirty-one were buried after the massacre in Kelmo ... a separate raid
killed five in Dastra". Identity lets a figure shared on the same day make two names without
coordinates one place ("the valley" / the town); a document that names both places itself tells
them apart, so the tie does not hold for it, and the report is scored again without that event.
A report its sentence places in "the <name> town" (``identity.yaml`` ``area_town_nouns``) names
the area holding a town its document names elsewhere, not a place apart from it: the tie holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from nexus import ontology
from nexus.resolve.events import Decision, EventKey, resolve_event
from nexus.resolve.names import name_key

#: The words ``events.pair_decision`` adds to a place reason when only a shared figure ties the
#: two places.
FIGURE_TIE = ", but a figure is shared"


def without_ties_named_apart(
    decision: Decision,
    key: EventKey,
    candidates: dict[str, EventKey],
    document_places: Iterable[str],
    sentence: str | None = None,
) -> Decision:
    """``decision`` again, unless it joins an event through a figure tie of two places
    (``FIGURE_TIE``), the report's a place no gazetteer placed, and one of the event's place names
    is one the report's document names as another place than the report's own and those its
    sentence puts it in (``document_places``: the names of its place mentions); then the
    decision of ``resolve_event`` over the other candidates, that event refused with the reason.
    The report's evidence ``sentence`` (None when unknown) describing its place as the area of an
    unnamed town (:func:`names_an_area_town`) keeps ``decision``."""
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
    if key.place is not None and names_an_area_town(sentence, key.place.name):
        return decision  # "in the Velm county town": a town its document names, in that area
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


def names_an_area_town(sentence: str | None, name: str | None) -> bool:
    """Whether ``sentence`` writes ``name`` between "the" and a noun of a town
    (``identity.yaml`` ``area_town_nouns``): "outside his home in the Velm county town" describes
    a town by the area holding it. Case is kept for the name, not for the article or the noun;
    False without a sentence or a name."""
    nouns = ontology.words("identity.yaml", "area_town_nouns")
    if not sentence or not name or not nouns:
        return False
    alternatives = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    pattern = rf"\b(?i:the)\s+{re.escape(name)}\s+(?i:{alternatives})\b"
    return re.search(pattern, sentence) is not None
