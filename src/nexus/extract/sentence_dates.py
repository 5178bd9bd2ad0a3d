"""The date an undated happening takes from its sentence before it falls back on the news day.

A clause the parser hangs wrongly ("a session of talks between the envoys of X and Y, convened
at Z on 2 May": the participle on "Y"; "The worst raid of the decade was the sacking of a mine
camp in May 2018": the date on the equated noun) leaves a happening with no date of its own,
though its sentence writes one calendar date. That date is the happening's when no other happening of the
sentence is dated by it, nothing but the happening could own it (not a day of saying, "police said
on 3 May"), and it is no bound or comparison ("since 2011", "by March 2030").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from nexus.extract.clause_openers import sole_calendar_date
from nexus.extract.dateline import dateline_end
from nexus.extract.doctext import doc_text
from nexus.extract.event_dates import governing_verb, report_day_verbs
from nexus.extract.triggers import reporting_verbs
from nexus.model import DateMention, DateValue

#: Words before a date that make it a bound or a comparison, not a time of the happening.
_BOUNDS = frozenset({"since", "by", "until", "till", "before", "after", "from", "to", "through"})


def written_date(sent: Span, dated: Sequence[DateValue | None], dates: list[DateMention]) -> DateValue | None:
    """The one calendar date ``sent`` writes (``clause_openers.sole_calendar_date``: a month or a
    day with its year written, or a day of a named month), for an undated happening told in it;
    None for a year alone (often a name's), and when the date
    is in the dateline, is a bound or a comparison, hangs on a verb of saying, or dates another
    happening of the sentence (``dated``: the dates of the happenings told there)."""
    found = sole_calendar_date(sent, dates)
    if found is None or found.value.precision == "year" or found.span.start < dateline_end(sent.doc):
        return None  # (a year alone is often a name's: "the 1988 Harbour Accord")
    text = doc_text(sent.doc)
    before = text[max(sent.start_char, found.span.start - 8) : found.span.start].lower().split()
    if found.span.text.lower().split()[0] in _BOUNDS or (bool(before) and before[-1] in _BOUNDS):
        return None
    words = sent.doc.char_span(found.span.start, found.span.end, alignment_mode="expand")
    if words is None:
        return None
    if governing_verb(words.root).lemma_.lower() in reporting_verbs() | report_day_verbs():
        return None  # "the ministry said on 3 May 2026 that ...": the day of the words
    if any(d is not None and d.iso == found.value.iso for d in dated):
        return None
    return found.value
