"""One measure, one sanction: a designation told again bare ("Today's designations ...", "The
individuals designated are: ...") is the designation told before with its object, not a new one.

The nouns that name a measure's verb are ``measure_noun_verbs`` of the sanction type in
``events.yaml``.
"""

from __future__ import annotations

from functools import cache

from nexus.extract.events import EventDraft
from nexus.extract.triggers import event_ontology


@cache
def _noun_verbs() -> dict[str, str]:
    table: dict[str, str] = event_ontology()["types"]["sanction"].get("measure_noun_verbs", {})
    return dict(table)


def _verb(measure: str | None) -> tuple[str, str]:
    """(verb, object) of a measure key ``"lemma:object"``; a measure noun gives its verb."""
    lemma, _, head = (measure or "").partition(":")
    return _noun_verbs().get(lemma, lemma), head


def retold_measure(event: EventDraft, mention: EventDraft) -> bool:
    """Whether the sanction ``mention`` tells again the measure of the sanction ``event``: its
    trigger takes no object of its own, names the same verb (by the verb or its noun), and no
    day other than the event's. Dates are compared by ISO value; both undated counts."""
    if event.type != "sanction" or mention.type != "sanction":
        return False
    verb, head = _verb(mention.measure)
    told_verb, told_head = _verb(event.measure)
    if head or not verb or verb != told_verb or not told_head:
        return False
    return mention.date is None or event.date is None or mention.date.iso == event.date.iso
