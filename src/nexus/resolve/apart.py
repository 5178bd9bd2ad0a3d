"""Signals that two tellings are two happenings: neighbouring towns tied by nothing but the day,
a recalled incident whose targets are not the stored event's.

``events.pair_decision`` keeps two towns ``FAR_TOWNS_KM`` or more apart as two scenes
(``events.towns_apart``). Nearer towns may be one scene placed at the next town, but only when
the reports share something that says so: a figure (or counts of one rising toll), an actor named
on both sides, or a target of one kind. "Gunmen shot a councillor in Kelmo on Thursday" and
"rebels ambushed a patrol in Dastra, 24 km away, the same day, killing four" share only the day
and their country: two happenings, told apart by ``untied_neighbours``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nexus.resolve.events import EventKey


def untied_neighbours(report: EventKey, candidate: EventKey, place_reason: str) -> bool:
    """Whether ``report`` and ``candidate`` are two towns placed by coordinates more than
    ``events.NEAR_KM`` (a village and the town it lies by) and less than ``events.FAR_TOWNS_KM``
    apart (``place_reason``: ``events.place_score``'s "N km apart" for the nearest of the
    candidate's places), each placed by its own sentence (not ``place_borrowed``), tied by nothing
    besides the day: no figure both give or counts of one toll (``events.counts_of_one_toll``), no
    actor named on both sides (both name one only when they agree: ``events.actors_compatible``),
    no target of one kind (``events.target_score`` below ``events.TARGET_KIND_SCORE``).

    Returns False for any other place reason (the same place, a region, a district)."""
    from nexus.resolve import events

    far = events._KM_APART.fullmatch(place_reason)
    if far is None or not events.NEAR_KM < int(far.group(1)) < events.FAR_TOWNS_KM:
        return False
    if report.place_borrowed or candidate.place_borrowed:
        return False
    if report.figures & candidate.figures or events.counts_of_one_toll(report, candidate):
        return False
    if report.actors and candidate.actors:
        return False
    return events.target_score(report, candidate)[0] < events.TARGET_KIND_SCORE


def targets_differ(
    recalled: frozenset[str], stored: frozenset[str], places: tuple[str | None, ...] = ()
) -> bool:
    """Whether a report recalling an incident in passing names other targets than a stored event
    (target head words, ``events.target_heads``): heads of a known kind (``events.target_kinds``:
    a convoy, a market) or people (``events.person_target_heads``) on both sides, none shared,
    none of one kind, and not the people one side names beside the place or thing the other names
    (``events.target_score`` 0). Other heads (a name, "the Kelmo site") and heads that are a word
    of one of the ``places`` (the two sides' place names: "the attack on Kelmo") say nothing.
    "Two days after the ambush on an army convoy near Kelmo" recalls no grenade attack on Dastra's
    market, however near the towns."""
    from nexus.resolve import events
    from nexus.resolve.names import name_key

    named = {word for place in places if place for word in name_key(place).split()}
    known = set(events.target_kinds()) | events.person_target_heads()
    recalled, stored = (frozenset((heads & known) - named) for heads in (recalled, stored))
    if not recalled or not stored:
        return False
    sides = [events.EventKey("attack", None, targets=targets) for targets in (recalled, stored)]
    return events.target_score(*sides)[0] == 0.0
