"""A security action told again: the kinds of doing it was told with, and a report's day.

"Soldiers killed four rebels and freed three hostages in an operation ... The operation was
carried out with a police unit": "the operation" takes the kind of the action told just before
(``triggers.event_family``), here a rescue, while the happening was first told by its killing;
either kind the happening was told with lets a mention of that kind join it (an arrest still
never joins a strike told with no arrest). A report's day stands in for the day of the
happening it reports when it falls on it or up to a week after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus.extract.triggers import event_family
from nexus.model import DateValue

#: How many days after a happening a report of it may be dated and still stand in for its day.
REPORT_WITHIN_DAYS = 7


def action_kinds(triggers: list[Token]) -> set[str]:
    """The kinds (``event_family``: "force", "arrest", "search", ...) of the triggers one
    happening was told with ("killed two militants and freed a hostage": a killing and a rescue
    of one doing)."""
    return {event_family(t) for t in triggers}


def report_after(report: DateValue | None, own: DateValue | None) -> bool:
    """Whether a day a report was made (``report``) can stand in for a happening's own day
    (``own``): both days, the report's on it or up to ``REPORT_WITHIN_DAYS`` after it ("the army
    said on Wednesday it had killed five ... an operation on Tuesday night")."""
    if report is None or own is None or report.precision != "day" or own.precision != "day":
        return False
    return 0 <= (report.as_date() - own.as_date()).days <= REPORT_WITHIN_DAYS
