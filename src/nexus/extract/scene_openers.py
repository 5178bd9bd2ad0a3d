"""A second incident told at a place of its own: the sentence opens with where it happened.

Reports move from their news to another incident by opening a sentence or a paragraph with its
scene: "In the market at X, a trader was shot dead on Monday", "On the highway near Y,
gunmen opened fire on buses on Tuesday evening". Such a fronted phrase of place, set off by a
comma before the clause it governs and naming a place, with a day
of its own in the sentence, marks the mention as told apart (``EventDraft.distinct``): the
coreference stage then joins it to a happening told before only when day and place both agree
(``coreference._same_scene``), so a retelling of the news at its own scene still joins it.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from spacy.tokens import Token

from nexus.extract.dates import find_dates
from nexus.extract.doctext import doc_text
from nexus.extract.events import VIOLENT_TYPES, EventDraft
from nexus.extract.gazetteer import PLACE_LABELS
from nexus.extract.triggers import reporting_verbs, trigger_tables

#: Prepositions that open a sentence with the scene of what it tells.
SCENE_PREPOSITIONS = frozenset({"in", "on", "at", "near", "outside", "across", "along", "inside"})
#: A reference day for finding date words ("on Monday" is found only against some day; which day
#: does not matter: only whether the words are there is asked).
_ANY_DAY = date(2000, 1, 3)


def _names_a_place(phrase: Token) -> bool:
    """Whether a phrase holds a mention of a place entity of the document (the parser's own
    place labels when the Doc has no entity clusters)."""
    doc = phrase.doc
    lo = doc[phrase.left_edge.i].idx
    hi = doc[phrase.right_edge.i].idx + len(doc[phrase.right_edge.i])
    clusters = doc._.nexus_entities if doc.has_extension("nexus_entities") else None
    if clusters:
        return any(c.type == "PLACE" and any(lo <= m.start < hi for m in c.mentions) for c in clusters)
    return any(t.ent_type_ in PLACE_LABELS for t in phrase.subtree)


@cache
def _speech_verbs() -> frozenset[str]:
    """Lemmas of saying: ``reporting_verbs`` and the statement verbs of ``events.yaml``."""
    return reporting_verbs() | {lemma for lemma, types in trigger_tables()[0].items() if "statement" in types}


def _spoken_of(trigger: Token, governor: Token) -> bool:
    """Whether a verb of saying or of a position (``reporting_verbs``, the statement verbs of
    ``events.yaml``) stands between the trigger and the verb the opening phrase hangs on: the
    phrase then sets where the words were said, not where the happening took place."""
    speech = _speech_verbs()
    token = trigger
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in speech:
            return True
        if token.i == governor.i or token.head.i == token.i:
            return False
        token = token.head
    return False


def opens_at_own_scene(draft: EventDraft) -> bool:
    """Whether the mention's sentence opens with a comma-set phrase of place ("In X, ...") that
    names a place and governs the clause the trigger is told in, with a day or time of the
    sentence's own after it ("on Monday")."""
    if draft.type not in VIOLENT_TYPES:
        return False  # a statement's place is where it was made
    sent = draft.sent
    opener = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if opener is None:
        return False
    if opener.lower_ not in SCENE_PREPOSITIONS or opener.dep_ != "prep":
        return False
    after = opener.right_edge.i + 1
    if after >= sent.end or sent.doc[after].text != ",":
        return False
    governor = opener.head
    if (
        governor.pos_ not in ("VERB", "AUX")
        or not governor.left_edge.i <= draft.trigger.i <= governor.right_edge.i
    ):
        return False  # the phrase sets the scene of the clause the trigger is told in
    if _spoken_of(draft.trigger, governor):
        return False  # "In X, a spokesman said forces had raided ...": where the words were said
    doc = sent.doc
    head_end = doc[opener.right_edge.i].idx + len(doc[opener.right_edge.i])
    if find_dates(doc_text(doc)[opener.idx : head_end], _ANY_DAY):
        return False  # "On Monday, ...": a time opening (the coreference stage reads those)
    if not _names_a_place(opener):
        return False  # the phrase names a place ("In a camp near X", "On the X-Y road")
    return bool(find_dates(doc_text(doc)[head_end : sent.end_char], _ANY_DAY))
