"""The forces' answer told a few sentences after the attack it answers.

"Raiders overran the X camp before sunrise on Friday, leaving nine guards dead. Their group
boasted of holding the camp. Soldiers drove them out by noon, the command said, and shot 20 of
them": the last sentence names no place and no day, and kills attackers; it is the forces'
answer to the attack told before it, at that attack's scene, though other sentences (a claim, a
toll, where the wounded were taken) lie between them. ``coreference._repelled`` reads the
sentence right after the attack; :func:`attack_answered_later` reads a few sentences further,
as long as no other armed happening is told between.
"""

from __future__ import annotations

from collections.abc import Sequence

from nexus.extract.events import VIOLENT_TYPES, EventDraft
from nexus.extract.page import is_secondary, other_items
from nexus.extract.places import opens_apart
from nexus.extract.triggers import kills_attackers

#: How many sentences before the answer's the attack may be told (the answer's own not counted).
WITHIN_SENTENCES = 4


def attack_answered_later(
    mention: EventDraft, read: Sequence[tuple[EventDraft, EventDraft]], within: int = WITHIN_SENTENCES
) -> EventDraft | None:
    """The attack an unplaced, undated military action answers, or None.

    ``mention``: the action (a draft whose sentence kills attackers, ``triggers.kills_attackers``:
    "killed 30 militants", "five of the gunmen were shot"); ``read``: the (mention, event) pairs
    told so far, in text order. Returns the event of the last violent happening told before the
    action's sentence when that happening is a dated attack with a place, told at most ``within``
    sentences before it in the same bulletin item, and no sentence between opens another happening
    ("In a separate incident, ..."). None when the action has a day, a counted anchor or a place of
    its own (its sentence names one of its places), lies in a headline or caption, or opens apart
    itself.
    """
    if mention.type != "military_action" or mention.date is not None or mention.own_places:
        return None
    sent = mention.sent
    if mention.anchor is not None or not any(kills_attackers(t) for t in sent):
        return None  # ("retook the post and killed 30 militants": the killing in its sentence)
    doc = sent.doc
    if is_secondary(doc, mention.trigger.i) or opens_apart(doc, sent.start):
        return None
    if any(sent.start_char <= m.start < sent.end_char for p in mention.places for m in p.mentions):
        return None  # a place of its own sentence ("pursued them across the islands of X district")
    told = [(m, e) for m, e in read if m.sent.start < sent.start]
    violent = [(m, e) for m, e in told if e.type in VIOLENT_TYPES]
    if not violent:
        return None
    told_at, attack = violent[-1]
    if attack.type != "attack" or attack.date is None or not attack.places:
        return None
    if other_items(doc, told_at.sent.start_char, sent.start_char):
        return None  # a bulletin's items are separate reports
    between = [s for s in doc.sents if told_at.sent.start < s.start < sent.start]
    if len(between) >= within:
        return None
    if any(opens_apart(doc, s.start) for s in between):
        return None
    return attack
