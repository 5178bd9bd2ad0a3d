"""The attack a later claim refers back to, told a few sentences before it.

"A bomber rammed the gate of the X base on Tuesday, killing nine. [A toll, a caption, a
quote.] The Y group claimed the attack on its radio": the claim names its happening only by a
definite noun ("the attack", "that raid", "Tuesday's bombing") or a pronoun ("claimed it"),
and the sentence right before it tells no attack. The happening it takes up is the open one:
the last current attack told before it in the body whose doer the report has not told, and
not an earlier attack whose doer is already known (the report's lead may be an attack it
already laid at someone's door in passing). A claim dated to the day may take up only an
attack of that day or a few days before.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from nexus.extract.actor_carry import anaphora_words
from nexus.extract.events import EventDraft
from nexus.extract.page import is_secondary
from nexus.extract.tokens import sentence_start
from nexus.model import DateValue

#: Days after the attack within which a dated claim may still take it up.
CLAIM_LAG_DAYS = 7


def happening_pronoun(token: Token) -> bool:
    """Whether ``token`` is a pronoun taking up a happening (``happening_pronouns`` of
    ``anaphora.yaml``: "it", "this", "that")."""
    return token.pos_ == "PRON" and token.lower_ in anaphora_words("happening_pronouns")


def refers_back(noun: Token) -> bool:
    """Whether a claimed or blamed object names a happening told before: a pronoun ("it"), or a
    noun with a definite determiner or a possessive ("the attack", "that raid", "Tuesday's
    bombing") and no place of its own ("the attack on X" names one)."""
    if happening_pronoun(noun):
        return True
    if noun.pos_ != "NOUN":
        return False
    definite = anaphora_words("definite_determiners")
    marked = any((c.dep_ == "det" and c.lower_ in definite) or c.dep_ == "poss" for c in noun.children)
    located = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "on") for c in noun.children)
    return marked and not located


def open_attack_before(
    claim: EventDraft, claimed: Sequence[Token], current: Sequence[EventDraft], main: EventDraft | None
) -> EventDraft | None:
    """The attack ``claim`` takes up, or None.

    ``claimed``: the claim's objects (tokens: "the attack", "it"); ``current``: the report's
    attacks that are not background; ``main``: the attack the claim would go to otherwise (the
    report's first). Returns the last attack of ``current`` told in the body before the claim's
    sentence with no actors yet, when every object of the claim refers back and ``main`` is
    None or already has actors; None otherwise (a claim dated to the day skips attacks more
    than ``CLAIM_LAG_DAYS`` older or later than it).
    """
    if not claimed or not all(refers_back(t) for t in claimed):
        return None
    if main is not None and not main.actors:
        return None  # the report's lead is open: the claim is of it
    doc = claim.trigger.doc
    start = sentence_start(doc, claim.trigger.i)
    best: tuple[int, EventDraft] | None = None
    for attack in current:
        if attack.actors or attack is main:
            continue
        told = [m.i for m in attack.mentions if m.i < start and not is_secondary(doc, m.i)]
        if not told or not _dated_within(attack.date, claim.date):
            continue
        if best is None or max(told) > best[0]:
            best = (max(told), attack)
    return best[1] if best is not None else None


def _dated_within(attack: DateValue | None, claim: DateValue | None) -> bool:
    """Whether a claim of ``claim``'s day may be of an attack of ``attack``'s day (unknown days
    always may)."""
    if attack is None or claim is None or attack.precision != "day" or claim.precision != "day":
        return True
    lag = (claim.as_date() - attack.as_date()).days
    return 0 <= lag <= CLAIM_LAG_DAYS
