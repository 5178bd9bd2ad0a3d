"""Casualty figures across the reports of one event: kept, compared over time, never averaged.

Each report's figure stays a statement. For an event and a field (killed,
injured ...) ``summarize`` first reads the figures **per outlet** (a report
without an outlet is its own outlet) and gives each a ``status``:

* ``current``: the outlet's latest figure, from its most recently published
  document giving one (within that document the largest: tolls rise, and a
  smaller figure in the same report counts a part or came earlier);
* ``superseded``: an earlier figure of the same outlet, from an earlier
  document or given as an earlier/other figure of the same report ("rose to
  19" after 14). An update, not a contradiction;
* ``lesser``: a smaller figure of the same report as the current one, or a claimant's own
  count the report tells beside its own toll;
* ``background``: from a report that only recalls the event (coarse date),
  kept but not weighed when reports of the event itself give figures;
* ``flagged``: an outlet's figure far below every other outlet's
  (``far_below_ratio`` in ``ontology/figures.yaml``), from a sentence that
  counts a part of the victims ("including two officers") or contradicted by
  at least two other outlets. It is shown, with a ``note``, but not taken.

Then, over the current figures only: the range, the figure most corroborated
by *independent* sources (a near-duplicate copy counts for its original),
the latest figure (``updates``: not one that restates, days later, a count
below another outlet's earlier one), and whether outlets contradict each other. Qualifiers are
respected: "at least 20" and "25" agree, "20" and "25" do not, "about 100"
agrees with anything within 10%. Figures that agree but are not the same
("more than 70" and "77") still *differ*: analysts want to see them side by
side, so ``differs`` flags them while ``contradiction`` is kept for figures
that cannot both be true.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable
from datetime import date
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

FIGURE_FIELDS = ("killed", "injured", "missing", "attackers_killed")
#: Relative tolerance of an "approx" figure.
APPROX_TOLERANCE = 0.1


class ReportedFigure(BaseModel):
    """One figure as one report gives it, with its status among the event's figures."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    value: int
    qualifier: str = "exact"
    report_id: str
    doc_id: str
    source: str = Field(description="the independent source: the original a copy was copied from")
    outlet: str | None = None
    published: date | None = None
    hedged: bool = False
    asserter: str | None = None
    alternative: bool = Field(default=False, description="an earlier/other figure the same report gives")
    background: bool = Field(default=False, description="from a report that only recalls the event")
    position: int = Field(default=0, description="offset of the evidence sentence in its document")
    sentence: str | None = Field(default=None, exclude=True)
    by_doer: bool = Field(
        default=False,
        exclude=True,
        description="the doer's own count: its asserter is an actor of the report (a claim's boast)",
    )
    attackers_killed: int | None = Field(
        default=None, description="attackers the same report says died (for a killed figure)"
    )
    status: str = Field(default="current", description="current, superseded, lesser, background or flagged")
    note: str | None = Field(default=None, description="why a figure is flagged or superseded")


class CorroboratedFigure(BaseModel):
    value: int
    qualifier: str
    n_sources: int = Field(
        description="independent sources (outlets; a copy counts as its original) giving this figure"
    )


class FigureSummary(BaseModel):
    """What the reports of one event say about one figure."""

    field: str
    min: int
    max: int
    most_corroborated: CorroboratedFigure
    latest: ReportedFigure
    contradiction: bool = Field(description="two outlets' current figures cannot both be true")
    differs: bool = Field(default=False, description="outlets' current figures are not the same")
    values: list[int] = Field(description="the outlets' current figures")
    current: list[ReportedFigure] = Field(default_factory=list, description="the latest figure per outlet")
    updated: bool = Field(default=False, description="an outlet updated its figure (some are superseded)")
    flagged: bool = Field(default=False, description="an implausible figure was set aside")
    reports: list[ReportedFigure]


def bounds(value: int, qualifier: str) -> tuple[float, float]:
    """The interval of true values a qualified figure allows."""
    if qualifier == "at_least":
        return float(value), math.inf
    if qualifier == "at_most":
        return 0.0, float(value)
    if qualifier == "approx":
        return value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
    return float(value), float(value)


def figures_agree(a: ReportedFigure, b: ReportedFigure) -> bool:
    """Whether both figures can be true at once (their qualified intervals meet)."""
    a_low, a_high = bounds(a.value, a.qualifier)
    b_low, b_high = bounds(b.value, b.qualifier)
    return a_low <= b_high and b_low <= a_high


@cache
def _settings() -> tuple[re.Pattern[str], float, int]:
    from nexus import ontology  # on first summary only: reading commands that show no figures skip it

    data = ontology.table("figures.yaml")
    cues = sorted((str(c).lower() for c in data.get("partitive_cues") or []), key=len, reverse=True)
    pattern = (
        re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b") if cues else re.compile("(?!)")
    )
    return pattern, float(data.get("far_below_ratio", 4)), int(data.get("far_below_floor", 10))


@cache
def _rise_pattern() -> re.Pattern[str]:
    """ "<rise cue> [a few words] to <figure>" (``rise_cues``, ``rise_reach`` of ``figures.yaml``),
    the words after "to" in group 1."""
    from nexus import ontology

    data = ontology.table("figures.yaml")
    cues = sorted((str(c).lower() for c in data.get("rise_cues") or []), key=len, reverse=True)
    if not cues:
        return re.compile("(?!)")
    reach = int(data.get("rise_reach", 6))
    alternatives = "|".join(re.escape(c) for c in cues)
    return re.compile(rf"\b(?:{alternatives})\b(?:\s+[^\s.;]+){{0,{reach}}}?\s+to\s+([^.;:()]{{1,60}})")


@cache
def stated_as_rise(sentence: str | None, value: int) -> bool:
    """Whether ``sentence`` gives ``value`` as the figure a toll rose to ("the count of the dead
    rose to 17 overnight", "climbed to nineteen", "bringing the dead to 31"): an update of every
    earlier count, not a count among others, and never a claimant's boast."""
    if not sentence:
        return False
    from nexus.numerals import parse_number  # the numerals the extractor reads

    for match in _rise_pattern().finditer(sentence.lower()):
        words = match.group(1).replace(",", " ").split()
        for size in range(min(len(words), 5), 0, -1):
            number = parse_number(" ".join(words[:size]))
            if number is not None and number[0] == value:
                return True
    return False


@cache
def _claim_speech_pattern() -> re.Pattern[str]:
    """ "<claim word> ... <speech marker> <the claimant's words>" (``claim_words`` and
    ``speech_markers`` of ``figures.yaml``), the words after the marker in group 1."""
    from nexus import ontology

    data = ontology.table("figures.yaml")
    claims = "|".join(re.escape(str(w).lower()) for w in data.get("claim_words") or [])
    markers = sorted((str(w).lower() for w in data.get("speech_markers") or []), key=len, reverse=True)
    if not claims or not markers:
        return re.compile("(?!)")
    said = "|".join(r"\s+".join(re.escape(part) for part in m.split()) for m in markers)
    return re.compile(rf"\b(?:{claims})\b[^.;]*?\b(?:{said})\b([^.;]+)")


@cache
def claimed_in_speech(sentence: str | None, value: int, qualifier: str = "exact") -> bool:
    """Whether ``sentence`` gives the figure (``value``, ``qualifier``) in a claimant's words:
    after a claim word and a speech marker ("X claimed the raid, saying 20 soldiers were killed",
    "claimed that its men had shot more than 30"). The claimant's count, not the toll."""
    if not sentence:
        return False
    from nexus.numerals import parse_number

    match = _claim_speech_pattern().search(sentence.lower())
    if match is None:
        return False
    words = re.sub(r"[,'\"‘’“”«»]", " ", match.group(1)).split()
    for start in range(len(words)):
        for size in range(min(len(words) - start, 4), 0, -1):
            if parse_number(" ".join(words[start : start + size])) == (value, qualifier):
                return True
    return False


def _risen(figure: ReportedFigure) -> bool:
    return not figure.alternative and stated_as_rise(figure.sentence, figure.value)


def partitive(sentence: str | None) -> bool:
    """Whether a sentence counts only a part of the victims ("including two officers")."""
    return bool(sentence) and _settings()[0].search((sentence or "").lower()) is not None


def outlet_key(figure: ReportedFigure) -> str:
    """Whose figures update each other: the outlet, else the independent source."""
    return figure.outlet or figure.source


def _order(figure: ReportedFigure) -> tuple[date, str, int, str]:
    return (figure.published or date.min, figure.doc_id, figure.position, figure.report_id)


def _pool(figures: list[ReportedFigure]) -> list[ReportedFigure]:
    """The figures that are weighed: background ones only when no report of the event itself gives
    one, or when a follow-up recalling the event is published after every report of it that gives
    a figure (the burial, the displaced, the arrests "after the attack that killed five"): the
    toll it recalls is the latest the record holds, support for the same figure or the count it
    rose to. Not a recalled figure below a count the event's own reports give (a follow-up
    restating an early count), nor one its report gives as another happening's figure."""
    weighed = [f for f in figures if not f.background]
    told = [f.published for f in weighed if not f.alternative]
    if not told:
        return figures
    if any(day is None for day in told):
        return weighed
    last = max(day for day in told if day is not None)
    floor = max(bounds(f.value, f.qualifier)[0] for f in weighed if not f.alternative)
    later = {
        id(f)
        for f in figures
        if f.background
        and not f.alternative
        and f.published is not None
        and f.published > last
        and bounds(f.value, f.qualifier)[1] >= floor
    }
    return [f for f in figures if not f.background or id(f) in later] if later else weighed


def _choice(figure: ReportedFigure) -> tuple[date, bool, int, bool, tuple[date, str, int, str]]:
    """What makes a figure its outlet's current one: the most recently published document giving
    one, within it the largest (an "at least" over an exact one of the same value), then the last;
    a count the report gives as its own over a claimant's count it also tells (``by_doer``: "the
    group said it killed ten"; "officials said four died")."""
    return (
        figure.published or date.min,
        not figure.by_doer,
        figure.value,
        figure.qualifier == "at_least",
        _order(figure),
    )


def _chosen(pool: list[ReportedFigure]) -> dict[str, ReportedFigure]:
    """Outlet (``outlet_key``) -> its current figure among its primary (not alternative) figures,
    in the order the outlets first appear in ``pool``; an outlet giving only alternatives has none."""
    order: dict[str, None] = {}
    chosen: dict[str, ReportedFigure] = {}
    for figure in pool:
        key = outlet_key(figure)
        order[key] = None
        if figure.alternative:
            continue
        known = chosen.get(key)
        if known is None or _choice(figure) > _choice(known):
            chosen[key] = figure
    return {key: chosen[key] for key in order if key in chosen}


def _statuses(figures: list[ReportedFigure]) -> list[ReportedFigure]:
    """Every figure with its status: current, superseded, lesser or background (not yet flagged)."""
    pool = _pool(figures)
    current = _chosen(pool)
    by_outlet: dict[str, list[ReportedFigure]] = {}
    for figure in pool:
        by_outlet.setdefault(outlet_key(figure), []).append(figure)
    out: list[ReportedFigure] = []
    for key, group in by_outlet.items():
        chosen = current.get(key)
        if chosen is None:
            continue
        for figure in group:
            if figure is chosen:
                continue
            same_doc = figure.doc_id == chosen.doc_id and not figure.alternative
            if same_doc and figure.by_doer and not chosen.by_doer:
                note = f"the claimant's own count beside the report's {chosen.value}"
                out.append(figure.model_copy(update={"status": "lesser", "note": note}))
            elif same_doc and figure.value <= chosen.value:
                note = f"smaller than {chosen.value} in the same report"
                out.append(figure.model_copy(update={"status": "lesser", "note": note}))
            else:
                note = f"updated to {chosen.value} by {outlet_key(chosen)}"
                out.append(figure.model_copy(update={"status": "superseded", "note": note}))
        out.append(chosen.model_copy(update={"status": "current", "note": None}))
    in_pool = {id(f) for f in pool}
    out.extend(f.model_copy(update={"status": "background"}) for f in figures if id(f) not in in_pool)
    return out


def _flag_implausible(figures: list[ReportedFigure]) -> list[ReportedFigure]:
    """Flag an outlet's current figure that is far below every other outlet's current figure.

    One pass: each outlet's smallest current figure and count, so a figure's
    "every other outlet" is read from the two smallest outlets, not a scan.
    """
    _, ratio, floor = _settings()
    current = [f for f in figures if f.status == "current"]
    lowest: dict[str, int] = {}
    per_outlet: dict[str, int] = {}
    for figure in current:
        key = outlet_key(figure)
        lowest[key] = min(lowest.get(key, figure.value), figure.value)
        per_outlet[key] = per_outlet.get(key, 0) + 1
    two_lowest = sorted(lowest.items(), key=lambda item: item[1])[:2]
    out = []
    for figure in figures:
        if figure.status != "current":
            out.append(figure)
            continue
        key = outlet_key(figure)
        n_others = len(current) - per_outlet[key]
        others_min = next((value for outlet, value in two_lowest if outlet != key), None)
        far_below = (
            others_min is not None
            and n_others > 0
            and others_min >= floor
            and figure.value * ratio < others_min
            and figure.qualifier != "at_least"
        )
        part = partitive(figure.sentence) if far_below else False
        if far_below and (part or n_others >= 2):
            why = "a sentence about a part of the victims" if part else f"{n_others} other outlets"
            note = f"far below every other outlet's figure ({others_min}+): {why}"
            figure = figure.model_copy(update={"status": "flagged", "note": note})
        out.append(figure)
    return out


def rose_over_time(higher: ReportedFigure, lower: ReportedFigure) -> bool:
    """Whether ``higher`` (above every value ``lower`` allows) was published on a later day.

    Tolls rise as the wounded die and bodies are found: a later, higher
    figure from another outlet is an update over time, not a contradiction.
    Figures of one day, or a later *lower* figure, stay incompatible.
    """
    return higher.published is not None and lower.published is not None and higher.published > lower.published


def counts_attackers(higher: ReportedFigure, lower: ReportedFigure, attackers: set[int]) -> bool:
    """Whether the gap between two killed figures is the attackers' dead some report gives.

    "Nine people were killed" beside another outlet's "six civilians died
    and the three attackers were shot dead": the higher toll counts the
    attackers (when a report of the event says how many died).
    """
    low, high = bounds(lower.value, lower.qualifier)
    for dead in attackers:
        h_low, h_high = bounds(higher.value - dead, higher.qualifier)
        if h_low <= high and low <= h_high:
            return True
    return False


def _incompatible(current: list[ReportedFigure], attackers: set[int]) -> bool:
    """Whether two outlets' current figures cannot both hold, updates over time and attackers aside.

    A sweep instead of comparing every pair: figures in order of
    publication, keeping the largest lower bound published so far; only a
    figure below it is compared with the figures that make it so.
    """
    ordered = sorted(current, key=lambda f: f.published or date.min)
    lows = [bounds(f.value, f.qualifier)[0] for f in ordered]
    highest = -math.inf
    i = 0
    for j, lower in enumerate(ordered):
        # Every figure published up to this one's day (same day included).
        day = lower.published or date.min
        while i < len(ordered) and (ordered[i].published or date.min) <= day:
            highest = max(highest, lows[i])
            i += 1
        if highest <= bounds(lower.value, lower.qualifier)[1]:
            continue
        for k in range(i):
            higher = ordered[k]
            if k == j or outlet_key(higher) == outlet_key(lower) or figures_agree(higher, lower):
                continue
            if lows[k] <= bounds(lower.value, lower.qualifier)[1]:
                continue  # ``lower`` is the higher of the two: seen from the other side
            if rose_over_time(higher, lower) or counts_attackers(higher, lower, attackers):
                continue
            return True
    return False


def _disagreement(current: list[ReportedFigure], attackers: Collection[int] = ()) -> tuple[bool, bool]:
    """(contradiction, differs) over current figures from different outlets.

    ``contradiction``: two outlets' figures cannot both hold (``_incompatible``:
    a later, higher toll is an update and a gap of the attackers' dead is
    explained). ``differs``: figures of different sources are not the same.
    """
    contradiction = _incompatible(current, set(attackers))
    differs = len({f.source for f in current}) > 1 and len({(f.value, f.qualifier) for f in current}) > 1
    if differs and len({outlet_key(f) for f in current}) != len(current):
        pairs = [
            (a, b) for i, a in enumerate(current) for b in current[i + 1 :] if outlet_key(a) != outlet_key(b)
        ]
        differs = any(
            (a.value, a.qualifier) != (b.value, b.qualifier) and a.source != b.source for a, b in pairs
        )
    return contradiction, differs


def updates(current: list[ReportedFigure]) -> list[ReportedFigure]:
    """The current figures that can be the latest count: not below a count given on an earlier day.

    Tolls rise: a figure published after another outlet's higher count (all
    the values it allows below all the other allows) restates an early count
    ("ten soldiers were killed", a week after the army said 14), so it is not
    the latest update. A sweep in order of publication. All of them when
    every figure is such a restatement (it cannot be: the first is not). A count made only of
    the armed side ("several dozen terrorists neutralised", its ``attackers_killed`` the whole
    figure) is the state's tally of fighters, not a floor under the victims counted later.

    Two figures stay updates below such a count: one stated as a rise ("the toll has risen to
    13", ``stated_as_rise``), which also becomes the floor in place of the higher counts before
    it (an outlier the rise leaves behind: a misread figure, a claimant's boast not told as
    one); and one that more independent sources give than give the higher count (two outlets'
    five against one outlet's eight: the lone figure is the outlier, not the corroborated one).
    """
    support: dict[tuple[int, str], set[str]] = {}
    for figure in current:
        support.setdefault((figure.value, figure.qualifier), set()).add(figure.source)
    ordered = sorted(current, key=lambda f: f.published or date.min)
    out: list[ReportedFigure] = []
    highest, pending_high, day = -math.inf, -math.inf, None
    floor: ReportedFigure | None = None  # the count that set ``highest``
    pending: ReportedFigure | None = None
    risen: float | None = None  # the low bound of a rise told on ``day``
    for figure in ordered:
        published = figure.published or date.min
        if published != day:  # counts of earlier days only
            if risen is not None:
                highest, floor = risen, None
            elif pending_high > highest:
                highest, floor = pending_high, pending
            pending_high, pending, risen, day = -math.inf, None, None, published
        low, high = bounds(figure.value, figure.qualifier)
        rise = _risen(figure)
        if figure.published is None or high >= highest or rise or _better_supported(figure, floor, support):
            out.append(figure)
        if rise:
            risen = max(risen if risen is not None else -math.inf, low)
        elif figure.attackers_killed != figure.value and not figure.by_doer and low > pending_high:
            pending_high, pending = low, figure  # (a claimant's boast is no floor under the toll)
    return out or current


def _better_supported(
    figure: ReportedFigure, floor: ReportedFigure | None, support: dict[tuple[int, str], set[str]]
) -> bool:
    """Whether more independent sources give ``figure``'s value than give the count ``floor``."""
    if floor is None:
        return False
    return len(support[(figure.value, figure.qualifier)]) > len(support[(floor.value, floor.qualifier)])


def _latest(counts: Iterable[ReportedFigure]) -> ReportedFigure:
    """The latest of the counts that can be the latest (``updates``); a vaguer figure given last
    ("more than twenty", "about 20") that an exact count of an earlier day fits does not stand for
    that count: the latest exact one it allows does ("22 buried" on Thursday, "more than twenty"
    in a claim on Friday: 22)."""
    pool = list(counts)
    latest = max(pool, key=_order)
    if latest.qualifier == "exact":
        return latest
    exact = [f for f in pool if f.qualifier == "exact" and figures_agree(f, latest)]
    return max(exact, key=_order) if exact else latest


def _not_the_doers(counts: Iterable[ReportedFigure]) -> list[ReportedFigure]:
    """The counts that can be the latest but a doer's own (``by_doer``: a group claiming it "killed
    more than twenty" soldiers), when others remain: a claimant's tally is its word, not an update
    of the toll the authorities, witnesses and outlets count. All of them when every one is."""
    pool = list(counts)
    return [f for f in pool if not f.by_doer or _risen(f)] or pool


def contradiction(figures: list[ReportedFigure]) -> bool:
    """``summarize(field, figures).contradiction`` (False when it gives no summary), computed from
    each outlet's current figure only, without the status copies of every figure ``summarize``
    makes: an event's row needs only this flag, however many reports gave a figure."""
    if not any(not f.alternative for f in figures):
        return False
    chosen = _chosen(_pool(figures)).values()
    flagged = _flag_implausible([f.model_copy(update={"status": "current", "note": None}) for f in chosen])
    current = [f for f in flagged if f.status == "current"] or [f for f in flagged if f.status == "flagged"]
    attackers = {f.attackers_killed for f in figures if f.attackers_killed is not None}
    return _incompatible(current, attackers)


def summarize(field: str, figures: list[ReportedFigure]) -> FigureSummary | None:
    """The summary of one field over an event's reports; None when no report gives it.

    ``figures`` are every figure the reports give, alternatives and
    background mentions included; the summary's ``reports`` returns them
    with their ``status`` and, for set-aside figures, a ``note``.
    """
    if not any(not f.alternative for f in figures):
        return None
    statused = _flag_implausible(_statuses(figures))
    current = [f for f in statused if f.status == "current"]
    if not current:  # every outlet's figure was flagged: show them rather than nothing
        current = [f for f in statused if f.status == "flagged"]
    by_value: dict[tuple[int, str], set[str]] = {}
    last_said: dict[tuple[int, str], date] = {}
    counts = {id(f) for f in updates(current)}
    for figure in current:
        key = (figure.value, figure.qualifier)
        by_value.setdefault(key, set()).add(figure.source)
        said = (
            (figure.published or date.min) if id(figure) in counts else date.min
        )  # a restated count: not "last"
        last_said[key] = max(last_said.get(key, date.min), said)
    # Most independent sources; ties go to an exact figure, then to the one reported last.
    (value, qualifier), sources = min(
        by_value.items(),
        key=lambda item: (-len(item[1]), item[0][1] != "exact", -last_said[item[0]].toordinal(), -item[0][0]),
    )
    latest = _latest(_not_the_doers(f for f in current if id(f) in counts))
    attackers = {f.attackers_killed for f in figures if f.attackers_killed is not None}
    contradiction, differs = _disagreement(current, attackers)
    ordered = sorted(statused, key=lambda f: (*_order(f), f.value))
    return FigureSummary(
        field=field,
        min=min(f.value for f in current),
        max=max(f.value for f in current),
        most_corroborated=CorroboratedFigure(value=value, qualifier=qualifier, n_sources=len(sources)),
        latest=latest,
        contradiction=contradiction,
        differs=differs,
        values=sorted({f.value for f in current}),
        current=sorted(current, key=_order),
        updated=any(f.status == "superseded" for f in statused),
        flagged=any(f.status == "flagged" for f in statused),
        reports=ordered,
    )
