"""Back-references: a report that recalls a known incident joins it as a mention.

A sentence such as "security was tightened after the market bombing in
Ravi" names an earlier bombing in passing; the extractor emits it as an
event report dated by the publication day (it has no date of its own). Left
alone it would found a new event on the wrong day. Here such a report is
recognised from its evidence sentence (a cue word, "after", "since",
"avenging" ..., then a short noun phrase ending in the report's trigger:
``passing_reference``; words in ``ontology/backrefs.yaml``) and matched to a
stored event of its type dated in the ``lookback_days`` before publication
whose place (or target) agrees (``referenced_event``).

When one matches, the report joins it as a ``mention``: its date becomes
the month of the incident (a date coarser than the event's, so the store
treats it as background: it sets neither the event's date, place nor
figures). When none matches, it is scored like any report and so stays
its own event unless a stored one agrees with it closely. Only violent
incidents (``types``) are recalled this way: "announced after a meeting"
is the sentence's own news.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from nexus import ontology
from nexus.resolve.events import (
    PRECISION_RANK,
    WINDOW_DAYS,
    Decision,
    EventKey,
    PlaceKey,
    date_span,
    figure_strength,
    kindred_types,
    loose_person_heads,
    place_score,
    target_heads,
)
from nexus.resolve.figures import FIGURE_FIELDS
from nexus.store.schema import event_reports, events, evidence

_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


@dataclass(frozen=True)
class _Words:
    cues: frozenset[str]
    trailing: tuple[tuple[str, ...], ...]
    beside: tuple[tuple[str, ...], ...]
    apart: tuple[tuple[str, ...], ...]
    apart_cues: tuple[tuple[str, ...], ...]
    apart_unreal: frozenset[str]
    anywhere: tuple[tuple[str, ...], ...]
    dying: frozenset[str]
    intervals: frozenset[str]
    interval_cues: frozenset[str]
    openers: frozenset[str]
    types: frozenset[str]
    breakers: frozenset[str]
    relatives: frozenset[str]
    max_gap: int
    lookback_days: int


@cache
def _words() -> _Words:
    data = ontology.table("backrefs.yaml")
    return _Words(
        cues=frozenset(w.lower() for w in data["cues"]),
        trailing=tuple(tuple(phrase.lower().split()) for phrase in data["trailing_cues"]),
        beside=tuple(tuple(phrase.lower().split()) for phrase in data.get("beside_cues") or ()),
        apart=tuple(tuple(phrase.lower().split()) for phrase in data.get("apart_openers") or ()),
        apart_cues=tuple(tuple(phrase.lower().split()) for phrase in data.get("apart_cues") or ()),
        apart_unreal=frozenset(w.lower() for w in data.get("apart_unreal") or ()),
        anywhere=tuple(tuple(phrase.lower().split()) for phrase in data.get("beside_anywhere") or ()),
        dying=frozenset(w.lower() for w in data.get("dying_words") or ()),
        intervals=frozenset(w.lower() for w in data.get("interval_words") or ()),
        interval_cues=frozenset(w.lower() for w in data.get("interval_cues") or ()),
        openers=frozenset(w.lower() for w in data["openers"]),
        types=frozenset(data["types"]),
        breakers=frozenset(w.lower() for w in data["breakers"]),
        relatives=frozenset(w.lower() for w in data["relatives"]),
        max_gap=int(data["max_gap"]),
        lookback_days=int(data["lookback_days"]),
    )


@cache
def event_nouns() -> frozenset[str]:
    """Nouns naming an incident of a recallable type (``nouns`` of ``events.yaml``, last words).

    A recalled incident is a noun phrase ("after the bombing"); a verb trigger
    ("after gunmen stormed the camp") tells a clause, which is read as news.
    """
    types = ontology.table("events.yaml")["types"]
    return frozenset(
        str(noun).split()[-1].lower() for name in _words().types for noun in types[name].get("nouns", [])
    )


def _is_event_noun(word: str) -> bool:
    nouns = event_nouns()
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def passing_reference(sentence: str | None, trigger: str | None) -> bool:
    """Whether ``trigger`` sits in a noun phrase that a back-reference cue opens or a past
    time phrase closes.

    "after the Ravi market bombing", "since last week's raid on the depot"
    (trigger "raid"), "avenging the ambush" and "the blast at the depot last
    week" are; "after police said the
    bombing ...", "after a blast killed nine" (clauses, not phrases) and "the
    bombing killed nine" are not.
    """
    if not sentence or not trigger or not _is_event_noun(trigger.lower()):
        return False
    words = _words()
    tokens = _WORD.findall(sentence)
    lowered = [t.lower() for t in tokens]
    wanted = trigger.lower()
    for i, token in enumerate(lowered):
        following = lowered[i + 1] if i + 1 < len(lowered) else ""
        if token != wanted or (following in words.breakers and following not in words.relatives):
            continue  # "after a blast killed nine": the noun is a clause's subject, told now
        if _cue_before(tokens, lowered, i, words) or _time_after(lowered, i, words):
            return True
    return False


def _trigger_places(sentence: str, trigger: str) -> tuple[list[str], list[int]]:
    """The sentence's words, lower-cased, and the positions among them of the word ``trigger``."""
    lowered = [t.lower() for t in _WORD.findall(sentence)]
    wanted = trigger.lower()
    return lowered, [i for i, token in enumerate(lowered) if token == wanted]


def recalled_after_interval(sentence: str | None, trigger: str | None) -> bool:
    """Whether ``trigger`` (a verb or a noun) sits in the clause a span of days before a cue opens:
    "four days after gunmen attacked the base in the town", "a week after a suicide bombing at a
    hotel killed 15" (``interval_words`` then an ``interval_cues`` word, the trigger at most
    ``max_gap`` words on, before any punctuation). The clause tells a happening that long before
    the sentence's news, so, unlike a bare "after gunmen attacked", it is recalled in passing
    whatever its grammar."""
    if not sentence or not trigger:
        return False
    words = _words()
    lowered, places = _trigger_places(sentence, trigger)
    for i in places:
        for back in range(1, words.max_gap + 2):
            j = i - back
            if j < 1 or not _is_word(lowered[j]):
                break
            if lowered[j] in words.cues:
                if lowered[j] in words.interval_cues and lowered[j - 1] in words.intervals:
                    return True
                break
    return False


def recalled_before_news(row: Mapping[str, Any], others: Sequence[Mapping[str, Any]]) -> bool:
    """Whether a report told in passing (``passing_reference``) recalls an older happening than its
    document's news: another report of the document, itself not told in passing, of the same type or a
    kindred one (``events.kindred_types``), giving a figure of its own (a toll: news of a happening,
    not a follow-up such as "raids went on"), is dated to a later day than ``row``'s own.

    "Gunmen attacked the police station on Sunday ..., a week after a gang attack on the town": the
    station attack is the news; the gang attack, recalled a week earlier, is background even when no
    stored event holds it yet (it founds its event as a ``mention``, as ``linker.told_apart`` makes
    one). ``row`` and ``others`` are report rows (``type``, ``date_day``, ``date_precision``);
    ``others`` are the document's reports not told in passing. Raises nothing."""
    day = row.get("date_day")
    if not isinstance(day, date) or row.get("date_precision") != "day":
        return False
    kindred = kindred_types().get(str(row.get("type")), frozenset())
    return any(
        (other.get("type") == row.get("type") or other.get("type") in kindred)
        and any(other.get(name) is not None for name in FIGURE_FIELDS)
        and other.get("date_precision") == "day"
        and isinstance(other.get("date_day"), date)
        and other["date_day"] > day
        for other in others
    )


def past_possessive(sentence: str | None, trigger: str | None) -> bool:
    """Whether ``trigger`` heads a noun phrase opened by a past time's possessive ("last week's
    killing of six farmers", "last month's raid on the depot"): a ``trailing_cues`` phrase whose
    last word takes "'s", within ``max_gap`` words before the noun and no breaker or punctuation
    between. "Sunday's attack" is not one: a weekday's is as often the news of the day."""
    if not sentence or not trigger or not _is_event_noun(trigger.lower()):
        return False
    words = _words()
    lowered = [t.lower().replace("’", "'") for t in _WORD.findall(sentence)]
    wanted = trigger.lower()
    for i, token in enumerate(lowered):
        if token != wanted:
            continue
        for j in range(i - 1, max(-1, i - words.max_gap - 2), -1):
            word = lowered[j]
            if not _is_word(word) or word in words.breakers:
                break
            if not word.endswith("'s"):
                continue
            stem = word[:-2]
            for phrase in words.trailing:
                if phrase[-1] == stem and tuple(lowered[j - len(phrase) + 1 : j]) == phrase[:-1]:
                    return True
    return False


def told_beside(sentence: str | None) -> bool:
    """Whether ``sentence`` sets another happening beside its own news on the same day.

    "The blast came on the same day as a bomb attack on a bus in the next county", "the raid
    came hours after a suicide bombing on a convoy": a ``beside_cues`` phrase of
    ``ontology/backrefs.yaml`` followed, within ``max_gap`` words and before any punctuation or
    clause word (``breakers``), by an event noun. "Hours after the vote, gunmen killed six" names
    no happening after its cue and is not. A sentence opening with an ``apart_openers`` phrase
    ("Separately, the council reported an attack the same night") sets its happening apart too.
    """
    return _opened_apart_or_cued(sentence, lambda words: words.beside, unreal=frozenset())


def set_apart(sentence: str | None) -> bool:
    """Whether ``sentence`` tells a happening other than its document's news, whatever its day.

    A sentence opening with an ``apart_openers`` phrase of ``ontology/backrefs.yaml`` ("Separately,
    a soldier was killed on Wednesday near the next town"), or an ``apart_cues`` phrase followed by
    an event noun within ``max_gap`` words ("the attack was followed on Sunday by a separate raid
    on fishermen", "days later, another air strike on a village killed nine"). "Gunmen killed another
    five villagers" names no happening after its cue and is not.
    """
    return _opened_apart_or_cued(sentence, lambda words: words.apart_cues, unreal=_words().apart_unreal)


def _opened_apart_or_cued(
    sentence: str | None, cues: Callable[[_Words], tuple[tuple[str, ...], ...]], *, unreal: frozenset[str]
) -> bool:
    """Whether ``sentence`` opens with an ``apart_openers`` phrase or has a phrase of the cue list
    ``cues`` picks from the backref words (``beside`` or ``apart_cues``) before an event noun, the
    phrase not just after one of the ``unreal`` words."""
    if not sentence:
        return False
    words = _words()
    lowered = [t.lower() for t in _WORD.findall(sentence)]
    if any(tuple(lowered[: len(phrase)]) == phrase for phrase in words.apart):
        return True
    return _cue_then_event_noun(lowered, cues(words), words, unreal)


def _cue_then_event_noun(
    lowered: list[str],
    phrases: tuple[tuple[str, ...], ...],
    words: _Words,
    unreal: frozenset[str] = frozenset(),
) -> bool:
    """Whether one of ``phrases`` stands in ``lowered`` followed, within ``max_gap`` words and before
    any punctuation or ``breakers`` word, by an event noun, and with no ``unreal`` word among the two
    words before it ("feared another attack")."""
    for phrase in phrases:
        for start in range(len(lowered) - len(phrase) + 1):
            if tuple(lowered[start : start + len(phrase)]) != phrase:
                continue
            if unreal.intersection(lowered[max(0, start - 2) : start]):
                continue  # "feared another attack", "could mount a further raid"
            for token in lowered[start + len(phrase) : start + len(phrase) + words.max_gap + 1]:
                if _is_event_noun(token):
                    return True
                if not _is_word(token) or token in words.breakers:
                    break
    return False


def died_after(sentence: str | None, trigger: str | None) -> bool:
    """Whether a ``dying_words`` verb of ``ontology/backrefs.yaml`` stands just before the cue that
    opens ``trigger``'s noun phrase: "a fourth person has died after Monday's bombing" counts the
    bombing's dead (the extractor gave them to it), "a week after the ambush" does not."""
    if not sentence or not trigger:
        return False
    words = _words()
    lowered, places = _trigger_places(sentence, trigger)
    for i in places:
        for j in range(i - 1, max(-1, i - words.max_gap - 2), -1):
            if lowered[j] in ("after", "following"):
                return j > 0 and lowered[j - 1] in words.dying
            if not _is_word(lowered[j]) or lowered[j] in words.breakers:
                break
    return False


def dated_by_another(date_text: str | None) -> bool:
    """Whether a date expression dates its happening by another one with a ``cues`` word of
    ``ontology/backrefs.yaml`` ("three days after the ambush", "since the raid", "following the
    bombing"): the happening it dates is told beside that one, not as it."""
    if not date_text:
        return False
    cues = _words().cues
    return any(word in cues for word in (t.lower() for t in _WORD.findall(date_text)))


def dated_by_the_news(sentence: str | None) -> bool:
    """Whether ``sentence`` dates its happening by its document's news of the same day with a
    ``beside_anywhere`` phrase of ``ontology/backrefs.yaml``, wherever it stands: "the same group
    that raided the district town earlier the same day, killing nine". Unlike ``told_beside``,
    no event noun need follow, so it is read only where the report already joins another event
    than that news (``linker.recalled_beside_later``)."""
    if not sentence:
        return False
    lowered = [t.lower() for t in _WORD.findall(sentence)]
    return any(
        tuple(lowered[start : start + len(phrase)]) == phrase
        for phrase in _words().anywhere
        for start in range(len(lowered) - len(phrase) + 1)
    )


def _is_word(token: str) -> bool:
    return re.match(r"[\w'’-]", token) is not None


def _cue_before(tokens: list[str], lowered: list[str], i: int, words: _Words) -> bool:
    """A cue opening the noun phrase that ends at token ``i`` ("after the market bombing")."""
    for back in range(1, words.max_gap + 2):
        j = i - back
        if j < 0:
            return False
        word = lowered[j]
        if word in words.cues:
            return back > 1 and _opens_a_phrase(tokens[j + 1], words)
        if not _is_word(word) or word in words.breakers:
            return False  # punctuation or a clause word: the phrase ends before any cue
    return False


def _time_after(lowered: list[str], i: int, words: _Words) -> bool:
    """A past time phrase after the noun at ``i``, within its phrase ("the blast at the depot last week")."""
    end = i + 1
    while end < len(lowered) and end - i <= words.max_gap + 3:
        if not _is_word(lowered[end]) or (lowered[end] in words.breakers and end > i + 1):
            break
        end += 1
    span = lowered[i + 1 : end]
    return any(
        tuple(span[k : k + len(phrase)]) == phrase for phrase in words.trailing for k in range(len(span))
    )


def _opens_a_phrase(token: str, words: _Words) -> bool:
    """Whether ``token`` can start the recalled noun phrase (a determiner, possessive, number, name)."""
    lowered = token.lower()
    return (
        lowered in words.openers
        or lowered.endswith(("'s", "’s"))
        or token[:1].isdigit()
        or token[:1].isupper()
    )


def report_sentence(
    connection: Connection, evidence_id: str | None, known: Mapping[str, str | None] | None = None
) -> str | None:
    """The evidence sentence of a report (None without one); from ``known`` (sentences by
    evidence id, e.g. those the writer just stored) when it holds the id, else from the store."""
    if evidence_id is None:
        return None
    if known is not None and evidence_id in known:
        return known[evidence_id]
    sentence = connection.execute(select(evidence.c.sentence).where(evidence.c.id == evidence_id)).scalar()
    return None if sentence is None else str(sentence)


def referenced_event(
    connection: Connection, key: EventKey, window: tuple[date, date]
) -> tuple[str, Any, str] | None:
    """The stored event a back-reference recalls: ``(event id, events row, reason)`` or None.

    Candidates have the report's type and a date that can fall in
    ``window`` (a month or year date whose span meets it counts) and actors
    that can agree. Their place must agree when both are placed (the same
    place, near, or one containing the other; a place farther off, within
    the distance one happening's places may lie apart, when a killed figure
    is shared, a small one only with a named actor or target
    (``events.figure_strength``): "six days after the massacre in which 24 were killed", told
    from the town the survivors fled to); when a side has none, a
    shared target or a shared actor must tie them, or, for a report of no
    place, the one town its document names (``key.document_town``). A place
    the report's sentence does not name (``key.place_borrowed``: a dateline,
    an earlier sentence) is its document's, not the recalled incident's: the
    report counts as unplaced. The best place, then the
    latest date, then the smallest id wins. Places are compared on the
    ``events`` rows first; only the survivors' reports are read (in batches).
    """
    first, last = window
    rows = list(
        connection.execute(
            select(events).where(
                events.c.type == key.type, events.c.date_day.between(first, last), events.c.n_reports > 0
            )
        )
    )
    rows += connection.execute(  # a month or year event whose span meets the window
        select(events).where(
            events.c.type == key.type,
            events.c.date_precision.in_(("month", "year")),
            events.c.date_day.between(date(first.year - 1, 1, 1), first - timedelta(days=1)),
            events.c.n_reports > 0,
        )
    ).all()
    own = None if key.place_borrowed else key.place  # "a week after an assault on the town"
    # "people from Kelmo have reached <a town no gazetteer knows> since last weekend's attack": a name
    # with no position, country or division that names no stored event's place still lets one
    # through, which a shared toll must then tie (as a place farther off)
    loose = only_a_name(own)
    placed: list[tuple[Any, float, str]] = []
    for row in rows:
        span = date_span(row.date_day, row.date_precision or "day")
        if span[1] < first or span[0] > last:
            continue
        place, reason = place_score(own, _place(row))
        if place is None and loose and own is not None:
            place, reason = 0.0, f"{own.name}: a place no gazetteer knows"
        if place is None:
            continue
        placed.append((row, place, reason))
    if not placed:
        return None
    actors, targets, killed = _event_parties(connection, [row.id for row, _, _ in placed])
    mine = {value for name, value in key.figures if name == "killed"}
    found: list[tuple[float, int, str, Any, str]] = []
    for row, place, reason in placed:
        their_actors, their_targets = frozenset(actors.get(row.id, ())), targets.get(row.id, frozenset())
        if key.actors and their_actors and not key.actors & their_actors:
            continue
        if own is not None and _place(row) is not None and place < 0.5:
            # "six days after the massacre in which 24 were killed", told in a town nearby: a toll
            # few other attacks share ("two killed" is not one), or a small one and a named actor or target
            shared = sorted(mine & killed.get(row.id, set()), reverse=True)
            named = (key.actors & their_actors) or (key.targets & their_targets) - loose_person_heads()
            if not shared or (figure_strength(shared[0]) < 1.0 and not named):
                continue
            reason = f"{reason}, but a toll is shared (killed {shared[0]})"
        if own is None or _place(row) is None:
            tied = sorted(key.targets & their_targets) or sorted(key.actors & their_actors)
            if not tied and own is None and _in_document_town(key, _place(row)):
                tied = [f"its document's town {key.document_town.name if key.document_town else ''}"]
            if not tied:
                continue
            place, reason = 0.4, "place unknown on one side, shared " + ", ".join(tied)
        found.append((-place, -row.date_day.toordinal(), row.id, row, reason))
    if not found:
        return None
    best = min(found, key=lambda item: item[:3])
    return best[2], best[3], best[4]


def only_a_name(place: PlaceKey | None) -> bool:
    """Whether ``place`` is only a name: no position, no country, no division or town it lies in
    (a place no gazetteer knows, in a document that names no country)."""
    return (
        place is not None
        and place.lat is None
        and not place.country
        and not place.admin1
        and not place.within
        and not place.divisions
        and not place.towns
        and not place.regions
    )


def _in_document_town(key: EventKey, place: PlaceKey | None) -> bool:
    """Whether a stored event's ``place`` is the one town the report's document names
    (``key.document_town``, the same place or one near it)."""
    if key.document_town is None or place is None:
        return False
    score, _ = place_score(key.document_town, place)
    return score is not None and score >= 0.5


def _place(row: Any) -> PlaceKey | None:
    if row.place_name is None and row.lat is None:
        return None
    return PlaceKey(row.place_name, row.place_kind, row.country, row.admin1, row.lat, row.lon)


def _event_parties(
    connection: Connection, event_ids: list[str]
) -> tuple[dict[str, set[str]], dict[str, frozenset[str]], dict[str, set[int]]]:
    """Canonical actor ids, target head words and killed figures of each event, over its current
    reports."""
    from nexus.store.linker import chunks, event_actor_ids  # linker imports this module

    targets: dict[str, set[str]] = {}
    killed: dict[str, set[int]] = {}
    for batch in chunks(event_ids):
        for event_id, names, dead in connection.execute(
            select(event_reports.c.event_id, event_reports.c.targets, event_reports.c.killed).where(
                event_reports.c.event_id.in_(batch), event_reports.c.superseded.is_(False)
            )
        ):
            targets.setdefault(event_id, set()).update(target_heads(names))
            if dead:
                killed.setdefault(event_id, set()).add(int(dead))
    return event_actor_ids(connection, event_ids), {k: frozenset(v) for k, v in targets.items()}, killed


def recall_window(row: dict[str, Any]) -> tuple[date, date] | None:
    """The days a recalled incident may fall on: the ``lookback_days`` up to the report's day.

    The report's day is its own day date when it has one ("police arrested
    four on Thursday, days after the blast" dates the arrests, or "since the
    3 May attack" the attack: either way the incident is on or before it, give
    or take ``WINDOW_DAYS``), else its publication day. None for a month or
    year date of its own (scored as a mention already) or no day at all.
    """
    if row.get("date_precision") not in (None, "day"):
        return None
    day: date | None = row.get("date_day") if row.get("date_text") is not None else None
    day = day or row.get("published")
    if day is None:
        return None
    return day - timedelta(days=_words().lookback_days), day + timedelta(days=WINDOW_DAYS)


def recalled_date(day: date, precision: str | None) -> tuple[str, str, date]:
    """A date one step coarser than an event's (``date_iso``, ``date_precision``, ``date_day``).

    A mention dated so is background to the event (coarser than its finest
    date) yet still inside its span.
    """
    if PRECISION_RANK.get(precision or "day", 0) == 0:
        return f"{day.year:04d}-{day.month:02d}", "month", date(day.year, day.month, 1)
    return f"{day.year:04d}", "year", date(day.year, 1, 1)


def link_back_reference(
    connection: Connection,
    row: dict[str, Any],
    key: EventKey,
    sentences: Mapping[str, str | None] | None = None,
) -> Decision | None:
    """For a report that recalls an incident in passing, the decision (None: score it as usual).

    Returns None when the report is no back-reference, or recalls no stored
    event (the caller scores it as usual). Otherwise rewrites ``row``'s
    date to the incident's month (coarser than the event's day, so the
    report is background to it) and returns a ``mention`` of the event with
    the reasons. ``sentences`` (by evidence id) spares reading the report's sentence back.
    """
    if key.type not in _words().types:
        return None
    window = recall_window(row)
    if window is None:
        return None
    trigger = row.get("trigger")
    if not trigger or not _is_event_noun(trigger.lower()):
        return None  # checked before the sentence is read: most reports stop here
    sentence = report_sentence(connection, row.get("evidence_id"), sentences)
    possessive = False
    if not passing_reference(sentence, trigger):
        possessive = past_possessive(sentence, trigger)
        if not possessive:
            return None
    found = referenced_event(connection, key, window)
    if found is None:
        return None  # no known incident: scored as any report, so it stays its own event unless one agrees
    event_id, event_row, reason = found
    if possessive or died_after(sentence, trigger):
        # "last week's killing of six" recalls the killing when it tells no toll the event lacks;
        # "the toll from last week's attack has risen to twelve" is news of it, and so is "a fourth
        # person has died after Monday's bombing" (not "a week after the ambush that killed 11")
        _, _, killed = _event_parties(connection, [event_id])
        mine = {value for name, value in key.figures if name == "killed"}
        if mine - killed.get(event_id, set()):
            return None
    if event_row.date_day is not None:
        iso, precision, day = recalled_date(event_row.date_day, event_row.date_precision)
        row.update(date_iso=iso, date_precision=precision, date_day=day)
    else:
        row.update(date_iso=None, date_precision=None, date_day=None)
    return Decision(
        event_id, "mention", 1.0, ("told in passing (a back-reference)", f"same type ({key.type})", reason)
    )
