"""Signals that two tellings are two happenings: a recalled incident whose targets are not a
stored event's (``targets_differ``, read by ``backrefs.referenced_event``)."""

from __future__ import annotations


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
