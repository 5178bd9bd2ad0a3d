"""Casualty figures given to the events that caused them.

``find_casualties`` (casualties.py) reads the figures of one sentence; this
module decides which event each figure belongs to and which of a report's
figures is current (an update) and which are earlier counts.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from nexus import ontology
from nexus.extract.casualties import find_casualties
from nexus.extract.doctext import doc_text
from nexus.extract.events import EventDraft
from nexus.extract.page import figure_rank
from nexus.model import Count

#: Casualty kinds carried on an event, in the model's field names.
CASUALTY_FIELDS = ("killed", "injured", "missing", "attackers_killed")
_VIOLENT = ("attack", "military_action")


def attach_casualties(doc: Doc, drafts: list[EventDraft]) -> None:
    """Give each casualty figure to the violent event of its sentence, else to the main one.

    A report that updates its toll ("the toll rose to 137") keeps the latest
    figure on the event and the earlier ones as alternatives.
    """
    violent = [d for d in drafts if d.type in _VIOLENT]
    if not violent:
        return
    main = violent[0]
    for sent in doc.sents:
        mentions = find_casualties(sent)
        if not mentions:
            continue
        here = [d for d in violent if any(sent.start <= m.i < sent.end for m in d.mentions)]
        event = here[0] if here else main
        for mention in mentions:
            if mention.kind not in CASUALTY_FIELDS:
                continue
            rank = _toll_rank(doc_text(doc), sent.start_char, mention.start_char, mention.earlier)
            rank = figure_rank(doc, mention.start_char, rank)  # page structure (page.py): body figures win
            counts = event.casualties.setdefault(mention.kind, [])
            counts.append(mention.count)
            event.toll_ranks.setdefault(mention.kind, []).append(rank)


@cache
def _toll_cue(kind: str) -> re.Pattern[str]:
    """``toll_updates`` or ``toll_early`` of ``events.yaml`` as one word pattern."""
    words: list[str] = ontology.table("events.yaml")[kind]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def _toll_rank(text: str, sent_start: int, start: int, earlier: bool) -> int:
    """How current a figure is: 2 an update ("rose to 137"), 0 an early count, else 1."""
    if earlier:
        return 0
    before = re.split(r"\bbut\b|;", text[max(sent_start, start - 60) : start])[-1]
    if _toll_cue("toll_updates").search(before):
        return 2
    if _toll_cue("toll_early").search(before):
        return 0
    return 1


def latest(counts: list[Count], ranks: list[int]) -> tuple[Count, list[Count]]:
    """The report's current figure; the others become alternatives, never averaged.

    A wire report leads with its latest toll and then recalls earlier counts,
    so the first figure wins unless a later one is an explicit update.
    """
    order = sorted(range(len(counts)), key=lambda i: (-ranks[i], i))
    best = counts[order[0]]
    others = [c for c in counts if c is not best and c != best]
    return best, others
