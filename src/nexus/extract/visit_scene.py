"""What a visitor says or holds on a visit takes the visit's place.

"The minister, who flew to X on Monday, told officers there that ...", "the governor travelled
to X and convened a council with the mayor of Y", "condemned the raid on a trip to
X": the visit's own phrase names where its visitor went, and a statement or a meeting joined
to it in the parse (one inside the other's phrase) was made there. The place rules read each
trigger alone and may give the statement no place or a place its words only mention (a party
met, a place in the quotation); this stage, run after the learned ranker
(``assemble.to_extraction``), moves such a statement or meeting to the visit's place, unless its
own trigger or verb names where it was made ("then chaired a meeting in Y": Y stays).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from nexus.extract.events import EventDraft
from nexus.model import Event, Place

#: The event types told as made on a visit.
SAID_ON_A_VISIT = frozenset({"statement", "meeting"})

#: Prepositions by which a trigger or its verb names where the happening was.
_LOCATIVE_PREPS = frozenset({"in", "at", "inside"})


def visit_scenes(drafts: Sequence[EventDraft], events: Sequence[Event]) -> list[Event]:
    """The events (``events[i]`` built from ``drafts[i]``), a statement or meeting joined in the
    parse to a visit of the same sentence moved to that visit's place (see the module docstring);
    every other event unchanged. Raises ValueError when the lengths differ."""
    if len(drafts) != len(events):
        raise ValueError(f"{len(drafts)} drafts for {len(events)} events")
    out = list(events)
    for n, (draft, event) in enumerate(zip(drafts, events, strict=True)):
        if event.type not in SAID_ON_A_VISIT:
            continue
        visited = {v.name: v for v in _visits_joined(draft, drafts, events)}
        if len(visited) != 1:
            continue  # no visit, or "went to X, then to Y, where he ...": the rules' pick stays
        place = next(iter(visited.values()))
        if event.place is not None and event.place.name == place.name:
            continue
        if event.place is not None and _said_where(draft.trigger, event.place.name):
            continue  # "... and chaired a meeting in Y": the meeting's own place
        out[n] = event.model_copy(update={"place": place})
    return out


def _visits_joined(draft: EventDraft, drafts: Sequence[EventDraft], events: Sequence[Event]) -> list[Place]:
    """The places of the visits told in the same sentence as ``draft`` whose trigger is joined to
    its trigger (one in the other's subtree)."""
    return [
        told.place
        for other, told in zip(drafts, events, strict=True)
        if told.type == "visit"
        and told.place is not None
        and other.sent.start == draft.sent.start
        and _joined(draft.trigger, other.trigger)
    ]


def _joined(said: Token, visit: Token) -> bool:
    """Whether one trigger stands in the other's subtree ("X, who flew to Y, said", "flew to Y,
    where he said", "spoke on a trip to Y", "visited Y and met ...")."""
    return said.i != visit.i and (visit in said.subtree or said in visit.subtree)


#: Dependencies followed down a trigger's own phrase (never into a clause of its own).
_PHRASE_DEPS = frozenset({"prep", "pobj", "dobj", "compound", "appos", "nmod"})


def _said_where(trigger: Token, name: str) -> bool:
    """Whether ``name`` is the object of a locative preposition in the trigger's own phrase, or
    on the verb that governs a noun trigger ("a meeting in Y", "held talks with the
    council at Y", "held talks in Y", "told reporters in Y"), or the place a relative clause
    holding the trigger hangs on ("and on to Y, where she spoke to the garrison": Y)."""
    starts = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX"):
        starts.append(trigger.head)  # "held a meeting at Y"
    words = " ".join(name.lower().split())
    for clause in (t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl"):
        if words and words in " ".join(t.lower_ for t in clause.head.subtree if t.i < clause.left_edge.i):
            return True  # "went to X and on to Y, where she spoke to the garrison": Y
    seen: set[int] = set()
    todo = list(starts)
    while todo:
        token = todo.pop()
        if token.i in seen:
            continue
        seen.add(token.i)
        for child in token.children:
            if child.dep_ not in _PHRASE_DEPS:
                continue
            locative = child.dep_ == "prep" and child.lower_ in _LOCATIVE_PREPS
            if locative and words and words in " ".join(t.lower_ for t in child.subtree):
                return True
            todo.append(child)
    return False
