"""One toll told once: two violent events of one sentence that carry the same figures are one.

A casualty figure belongs to the happening that caused it (``corpus/DEV_CONVENTIONS.md``), so a
sentence that tells one killing cannot give it to two happenings. Yet the rules sometimes read one
sentence as two violent events, each with the sentence's toll: the deed and the verb of its toll
("jets struck the depot ...; the ministry said the strikes killed four and wounded 12", read as a
strike and an attack). An attack and a military action told in one sentence, with the same killed
and the same injured figures (value and qualifier, at least one of the two given), dates that can
be one day and places in one country, are joined here into one event. Two tellings of one type
are left as they are: the rules read a sentence's tellings of one type together and kept them
apart for cause (the sites one plural word was split into, "bomb attacks on a church in X and a
cinema in Y"; "shot four in X, in a raid hours before another gang struck Y"), and a toll
copied onto both is no sign they are one.

Which telling stays: the one whose trigger is not a verb of the toll itself (``killing_verbs`` and
``wounding_verbs`` of ``events.yaml``: "killed", "wounding"), since the toll's verb was typed by
its victims rather than by the deed; when both or neither are, the first told. The kept event
keeps its own type, evidence, actors and values, and takes from the other only what it lacks (a
date, a place, targets). Figures that differ ("killing five ... before soldiers shot him dead",
a toll of 1 and a toll of none) or dates apart (an attack recalled beside the strike answering it,
with the attack's toll copied) are left to the other stages.

``NEXUS_ONE_TOLL=off`` turns the joining off (``on``, the default): the learned stages' corpora
record one list per event before it (``nexus.training.corpus_io.recorded_pages``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from nexus.extract.events import VIOLENT_TYPES, EventDraft
from nexus.extract.shipped import env_mode
from nexus.extract.triggers import harm_verbs
from nexus.model import Count, Event

ENV_MODE = "NEXUS_ONE_TOLL"


def _figure(count: Count | None) -> tuple[int, str] | None:
    return None if count is None else (count.value, count.qualifier)


@cache
def _toll_stems() -> tuple[str, ...]:
    """Stems of the toll verbs ("kill", "wound", "injur"): a trigger word starting with one
    ("killed", "killing", "injured") tells the toll."""
    return tuple(sorted(w[:-1] if w.endswith("e") else w for w in harm_verbs()))


def toll_word(trigger: str | None) -> bool:
    """Whether a trigger word is a verb of a toll ("killed", "wounding", "injured"; not "ambush")."""
    words = (trigger or "").strip().lower().split()
    return bool(words) and words[-1].startswith(_toll_stems())


def tells_the_toll(event: Event) -> bool:
    """Whether the event's trigger word is a verb of its toll (:func:`toll_word`)."""
    return toll_word(event.trigger)


def _dates_fit(a: Event, b: Event) -> bool:
    """Whether the two dates can be one happening's: either missing, the same day or a day
    apart, or one holding the other (a month, a year)."""
    if a.date is None or b.date is None:
        return True
    coarse = min(len(a.date.iso), len(b.date.iso))
    if a.date.iso[:coarse] != b.date.iso[:coarse]:
        if a.date.precision == b.date.precision == "day":
            return abs((a.date.as_date() - b.date.as_date()).days) <= 1
        return False
    return True


def one_toll(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` tell one happening by one toll: an attack and a military action
    told in one sentence, with equal killed and equal injured figures (one at least
    given), dates that fit (:func:`_dates_fit`) and places not in two countries."""
    if a.type not in VIOLENT_TYPES or b.type not in VIOLENT_TYPES:
        return False
    if a.evidence.start != b.evidence.start or a.evidence.sentence != b.evidence.sentence:
        return False
    if a.type == b.type:
        return False  # the rules read the sentence's tellings of one type together and kept them apart
    killed, injured = _figure(a.killed), _figure(b.killed)
    hurt, hurt_too = _figure(a.injured), _figure(b.injured)
    if killed != injured or hurt != hurt_too or (killed is None and hurt is None):
        return False
    if not _dates_fit(a, b):
        return False
    countries = {e.place.country for e in (a, b) if e.place is not None and e.place.country}
    return len(countries) <= 1


def _kept_first(a: Event, b: Event) -> bool:
    """Whether ``a`` (told first) stays and ``b`` joins it: ``b`` unless only ``a`` tells the toll."""
    return not (tells_the_toll(a) and not tells_the_toll(b))


def _joined(kept: Event, other: Event) -> Event:
    update = {
        "date": kept.date or other.date,
        "place": kept.place or other.place,
        "targets": kept.targets or other.targets,
    }
    return kept.model_copy(update=update)


def one_toll_once(
    events: list[Event], drafts: Sequence[EventDraft] | None = None
) -> tuple[list[Event], list[EventDraft] | None]:
    """``events`` with the violent events that share one sentence's toll joined (:func:`one_toll`),
    and ``drafts`` (parallel to ``events``, or None) kept parallel: the joined telling's draft is
    dropped with it. Drafts of an older happening recalled and of a current one are never joined.
    Events stay in their order. ``NEXUS_ONE_TOLL=off``: ``(events, drafts)`` as given."""
    if env_mode(ENV_MODE, "on", ("on", "off")) == "off":
        return events, None if drafts is None else list(drafts)
    own = list(drafts) if drafts is not None and len(drafts) == len(events) else None
    gone: set[int] = set()
    merged: dict[int, Event] = {}
    for i in range(len(events)):
        if i in gone:
            continue
        for j in range(i + 1, len(events)):
            if j in gone:
                continue
            a, b = merged.get(i, events[i]), events[j]
            if not one_toll(a, b):
                continue
            if own is not None and own[i].background != own[j].background:
                continue
            first_told = own is None or own[i].trigger.i <= own[j].trigger.i
            first, second = (i, j) if first_told else (j, i)
            keep, drop = (first, second) if _kept_first(events[first], events[second]) else (second, first)
            merged[i] = _joined(merged.get(keep, events[keep]), merged.get(drop, events[drop]))
            if keep != i and own is not None:
                own[i] = own[keep]  # slot i now holds the kept telling
            gone.add(j)
    kept = [merged.get(i, events[i]) for i in range(len(events)) if i not in gone]
    kept_drafts = [own[i] for i in range(len(events)) if i not in gone] if own is not None else None
    return kept, kept_drafts if drafts is not None else None
