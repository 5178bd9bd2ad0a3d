"""A retold security action: the doing a framing noun stands for, and a report's day.

"Troops killed five militants in an operation near X" and "Troops conducted an operation near X
and killed five militants" tell one doing, a killing; the noun "operation" alone would read as a
search (``military_action.families`` in ``events.yaml``), which never joins a strike told
before ("The army said on Wednesday it had killed five militants near X"). The nouns and
prepositions are ``framing_action_nouns`` and ``framing_preps`` in ``coreference.yaml``. A
report's day stands in for the day of the happening it reports when it falls on it or up to a
week after it.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.triggers import event_family, trigger_tables
from nexus.model import DateValue

_VIOLENT = ("attack", "military_action")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    table = ontology.table("coreference.yaml")
    nouns = frozenset(w.lower() for w in table.get("framing_action_nouns", []))
    preps = frozenset(w.lower() for w in table.get("framing_preps", []))
    return nouns, preps


def _violent_verb(token: Token) -> bool:
    types = trigger_tables()[0].get(token.lemma_.lower(), [])
    return token.pos_ == "VERB" and any(t in _VIOLENT for t in types)


def framed_doing(noun: Token) -> Token | None:
    """The verb of violence a framing noun stands for in its sentence, else None.

    ``noun`` is any token; only a framing noun (``framing_action_nouns``) has one: the verb its
    preposition hangs on ("killed five in an operation": killed), or a violent verb coordinated
    after the verb it is the object of ("conducted an operation and killed five": killed).
    """
    nouns, preps = _words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in preps and _violent_verb(head.head):
        return head.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        later = (c for c in head.children if c.dep_ == "conj" and c.i > noun.i)
        return next((c for c in later if _violent_verb(c)), None)
    return None


#: How many days after a happening a report of it may be dated and still stand in for its day.
REPORT_WITHIN_DAYS = 7


def report_after(report: DateValue | None, own: DateValue | None) -> bool:
    """Whether a day a report was made (``report``) can stand in for a happening's own day
    (``own``): both days, the report's on it or up to ``REPORT_WITHIN_DAYS`` after it ("the army
    said on Wednesday it had killed five ... an operation on Tuesday night")."""
    if report is None or own is None or report.precision != "day" or own.precision != "day":
        return False
    return 0 <= (report.as_date() - own.as_date()).days <= REPORT_WITHIN_DAYS


def action_kind(trigger: Token) -> str:
    """The kind (``event_family``: "force", "arrest", "search", ...) of the doing a trigger
    tells: that of the doing it frames (:func:`framed_doing`), else its own."""
    return event_family(framed_doing(trigger) or trigger)


def action_kinds(triggers: list[Token]) -> set[str]:
    """The kinds (:func:`action_kind`) of the triggers one happening was told with ("killed two
    militants and freed a hostage": a killing and a rescue of one doing)."""
    return {action_kind(t) for t in triggers}
