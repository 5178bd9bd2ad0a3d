"""The day and scene a sentence after a reported happening tells of its doers.

"Fourteen villagers were killed in X province, officials announced on Monday. The raiders
entered the hamlet of Y late on Saturday": the happening was dated only by the day it was
reported; the next sentence follows its doers (a definite noun of an armed band, ``the
raiders``, ``the armed men``, or ``they``) with a day of its own in the week before the report,
and where it names a town or site, that is the scene. The verb of that sentence may be no
trigger ("entered", "rode into"), so no mention of its own joins the happening: the happening
takes the day, and the town when it was placed only at a wider place or nowhere.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from nexus.extract.arguments import PLACE_RANK
from nexus.extract.doctext import doc_text
from nexus.extract.entities import EntityCluster
from nexus.extract.events import VIOLENT_TYPES, EventDraft
from nexus.extract.tokens import sentence_starts
from nexus.extract.triggers import event_words, reporting_verbs
from nexus.model import DateMention, DateValue

#: How many days before the reported day the doers' own day may lie.
WITHIN_DAYS = 7


def _band_subject(token: Token) -> bool:
    """ "the raiders", "the armed men", "they": the doers of a happening just told."""
    if token.lower_ == "they":
        return True
    if token.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children
    ):
        return False
    if token.lower_ in event_words("attacker_nouns") | event_words("armed_subject_nouns"):
        return True
    armed = event_words("armed_performer_modifiers")
    return token.lemma_.lower() == "man" and any(
        c.dep_ == "amod" and c.lower_ in armed for c in token.children
    )


def _band_clause(sent: Span) -> Token | None:
    """The verb of the sentence whose subject is the band (not a verb of saying), or None."""
    for token in sent:
        verb = token.head
        if (
            token.dep_ == "nsubj"
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() not in reporting_verbs()
            and _band_subject(token)
        ):
            return verb
    return None


def follow_the_doers(
    events: list[EventDraft],
    dates: list[DateMention],
    index: dict[int, EntityCluster],
    reported: Callable[[EventDraft], bool],
    news_day: date | None,
) -> None:
    """Re-date (and re-place) in place each current violent event whose day is only its report's
    (``reported``), or that has no day at all (counted from ``news_day``), by the next sentence
    that follows its doers with a day of its own, up to ``WITHIN_DAYS`` before. A sentence any
    event already has a mention in is left to that event."""
    if not events:
        return
    doc = events[0].sent.doc
    starts = sentence_starts(doc)
    told = {m.sent.start for e in events for m in e.mentions}
    for event in events:
        if event.type not in VIOLENT_TYPES or event.background or event.anchor is not None:
            continue
        undated = event.date is None
        said_on = news_day if event.date is None else event.date.as_date()
        if said_on is None or (not undated and not reported(event)):
            continue
        last = max(m.i for m in event.mentions)
        here = bisect_right(starts, doc[last].sent.start) - 1
        if here + 1 >= len(starts):
            continue
        sent = doc[starts[here + 1]].sent
        if sent.start in told or _band_clause(sent) is None:
            continue
        own = [
            d for d in dates if sent.start_char <= d.span.start < sent.end_char and d.value.precision == "day"
        ]
        if len(own) != 1:
            continue
        days = (said_on - own[0].value.as_date()).days
        # (a day before the report's; the news day itself may be the day of an undated one)
        if days < (0 if undated else 1) or days > WITHIN_DAYS:
            continue
        event.date = own[0].value
        towns = list(
            dict.fromkeys(
                index[t.i]
                for t in sent
                if t.i in index and index[t.i].type == "PLACE" and index[t.i].subtype in ("city", "site")
            )
        )
        wide = not event.places or PLACE_RANK.get(event.places[0].subtype or "city", 2) < PLACE_RANK["city"]
        if len(towns) == 1 and wide:
            event.places = [towns[0], *(p for p in event.places if p is not towns[0])]
            event.own_places = [towns[0], *(p for p in event.own_places if p is not towns[0])]


def opened_by_another_day(mention: EventDraft, day: DateValue) -> bool:
    """ "On Sunday, a sniper had wounded two porters across the town": a mention whose
    sentence opens with a day of its own (its date's words among the sentence's first two
    words), not ``day``, tells another incident than one of ``day``, even a day apart."""
    value = mention.date
    if value is None or value.precision != "day" or day.precision != "day" or value.iso == day.iso:
        return False
    sent = mention.sent
    text = doc_text(sent.doc)
    head = text[sent.start_char : sent.end_char]
    found = head.find(value.text) if value.text else -1
    if found < 0:
        return False
    opening = head[:found].split()
    return len(opening) <= 1 and all(w.lower() in ("on", "late", "early", "by", "then") for w in opening)
