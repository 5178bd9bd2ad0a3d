"""A calendar date opening a clause with no comma after it: the time of what the clause tells.

"In August 2014 rebels stormed the town", "Guide: On 18 March aircraft bombed two houses",
"The report recalls that in May 2019 gunmen burned the market": the parser often folds such an
unpunctuated date into the subject ("18 March Pakistani aircraft") or hangs it on a word it
misreads as a verb, and the clause's own date is then lost. When the sentence writes that one
date, opening the sentence (after a speaker's label in a transcript, "Name:") or opening the
clause that a "that" introduces, with "in", "on" or "during" before it, every happening the
sentence tells after it is dated by it. This is read only when the clause itself gave no date
(event_dates.date_for), like its comma-separated kin (event_dates.opening_date).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from nexus.extract.dates import names_a_calendar_day
from nexus.extract.doctext import doc_text
from nexus.model import DateMention, DateValue

#: A transcript's speaker label before the sentence proper: one to three capitalised words, a colon.
_SPEAKER = re.compile(r"^\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*:\s*")
#: The words right before the date: a preposition of time, after the start or after "that".
_BEFORE = re.compile(r"(?:^\W*|\bthat\s+)(?:in|on|during)\s+(?:the\s+)?$", re.I)
#: A year written out ("2014"), which makes a month a calendar date.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: Adverbs by which a clause tells a time after the one its sentence opens with.
_LATER = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually", "since", "then"})


def sole_calendar_date(sent: Span, dates: list[DateMention]) -> DateMention | None:
    """The one date ``sent`` writes when it is a calendar date (its year written, or a day of a
    month: the same day whatever sentence it is read in); None when the sentence writes no date,
    several, or a weekday or relative day ("on Monday", "last week"). ``dates``: the Doc's date
    mentions."""
    inside = [d for d in dates if sent.start_char <= d.span.start < sent.end_char]
    if len(inside) != 1:
        return None
    written = inside[0].span.text
    if (not inside[0].value.relative and _YEAR.search(written)) or names_a_calendar_day(written):
        return inside[0]
    return None


def unpunctuated_opening_date(sent: Span, trigger: Token, dates: list[DateMention]) -> DateValue | None:
    """The date opening ``sent`` (or its "that" clause) with no comma after it, for a trigger
    told after that date; None when the sentence writes any other date, when the date is a
    weekday or a relative day ("on Monday": which one depends on the text around), when
    anything but a speaker label and a preposition of time comes before it, or when the
    trigger's clause tells a later time ("later", "then"), or for a plural noun. ``dates``: the
    Doc's date mentions."""
    opening = sole_calendar_date(sent, dates)
    if opening is None:
        return None
    if trigger.idx < opening.span.end or trigger.tag_ in ("NNS", "NNPS"):
        return None  # ("the cell behind many of its raids": plural happenings, no one day)
    text = doc_text(sent.doc)
    head = _SPEAKER.sub("", text[sent.start_char : opening.span.start], count=1)
    if not _BEFORE.search(head):
        return None
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if any(c.dep_ == "advmod" and c.lower_ in _LATER for c in (*trigger.children, *verb.children)):
        return None  # "..., and police later arrested its leader": another, later time
    return opening.value
