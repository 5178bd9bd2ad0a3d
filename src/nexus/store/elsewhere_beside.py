"""A happening a report sets at an unnamed place apart from its document's news: "the office said
it had also received reports of a strike on a clinic in a neighbouring township on Friday", told
in a report of Thursday's strike on a market. Extraction leaves such a happening unplaced
(``extract.unnamed_elsewhere``); linking may still join it to the stored event of that day, but as
background (a ``mention``), as a happening recalled beside the news is: the document's news is
the other event.

The words are ``coreference.yaml``'s ``away_prepositions`` and ``other_place_modifiers``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from nexus import ontology
from nexus.resolve.events import WINDOW_DAYS

_WORD = re.compile(r"[\w'’-]+")
#: Words that may stand between the preposition and the modifier ("in a neighbouring township").
_ARTICLES = frozenset({"a", "an", "the", "one", "another"})


def set_elsewhere(sentence: str | None) -> bool:
    """Whether ``sentence`` has an away preposition, an optional article and a modifier of another
    place before a lower-case noun ("in a neighbouring township", "at a nearby village"). A
    capitalised word after the modifier is a name ("in neighbouring Kelmo"): not an unnamed
    place. False without a sentence."""
    if not sentence:
        return False
    prepositions = ontology.words("coreference.yaml", "away_prepositions")
    modifiers = ontology.words("coreference.yaml", "other_place_modifiers")
    tokens = _WORD.findall(sentence)
    for i, token in enumerate(tokens[:-2]):
        if token.lower() not in prepositions:
            continue
        j = i + 1
        if tokens[j].lower() in _ARTICLES:
            j += 1
        if j + 1 < len(tokens) and tokens[j].lower() in modifiers and tokens[j + 1].islower():
            return True
    return False


def elsewhere_beside_news(
    row: dict[str, Any], event_id: str, news: Sequence[Any], sentence: str | None
) -> bool:
    """Whether a report (``row``: ``place_name``, ``date_day``, ``date_precision``) joining the
    stored event ``event_id`` is a happening its ``sentence`` sets at an unnamed other place
    (:func:`set_elsewhere`) beside its document's news: no place of its own, dated to the day, and
    one of ``news`` (the document's own reports of its type linked before it: ``event_id``,
    ``date_day``, ``date_precision``) in another event, dated to the day within
    ``events.WINDOW_DAYS`` of it."""
    day = row.get("date_day")
    if row.get("place_name") or not isinstance(day, date) or row.get("date_precision") != "day":
        return False
    if not set_elsewhere(sentence):
        return False
    return any(
        sibling.event_id
        and sibling.event_id != event_id
        and sibling.date_precision == "day"
        and isinstance(sibling.date_day, date)
        and abs((sibling.date_day - day).days) <= WINDOW_DAYS
        for sibling in news
    )
