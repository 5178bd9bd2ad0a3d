"""The place of an older happening told with none of its own in the sentence right after another.

"On the evening of 1 May 2019, gunmen killed five in the village of X. The next morning a mine
the raiders had planted tore through a school bus.": the second recollection names no place; the sentence
before tells the happening it follows, a day apart at most, and that one's place is its place too.
"""

from __future__ import annotations

from nexus.extract.entities import EntityCluster
from nexus.extract.events import EventDraft

#: The kinds of happening whose place is carried from the one told just before.
_VIOLENT = frozenset({"attack", "military_action"})


def placed_just_before(draft: EventDraft, drafts: list[EventDraft]) -> list[EntityCluster]:
    """``[place]`` of the older violent happening told in the sentence right before ``draft``'s,
    dated to the day and a day apart at most, when ``draft`` (an older violent happening dated to
    the day) has no place and its sentence names none; ``[]`` otherwise."""
    if draft.places or draft.type not in _VIOLENT or draft.date is None or draft.date.precision != "day":
        return []
    sent = draft.sent
    doc = sent.doc
    if sent.start == 0 or any(e.label_ in ("GPE", "LOC", "FAC") for e in sent.ents):
        return []
    before = doc[sent.start - 1].sent.start
    for other in drafts:
        if other is draft or not other.background or other.type not in _VIOLENT or not other.places:
            continue
        if other.date is None or other.date.precision != "day":
            continue
        if abs((other.date.as_date() - draft.date.as_date()).days) > 1:
            continue
        if any(m.sent.start == before for m in other.mentions):
            return other.places[:1]
    return []
