"""Event identity across documents: which reports describe one happening, scored.

A report is compared with each candidate event (same type, dates nearby) in
two steps:

* **Gates** that no score can outweigh: the same event type (or a kindred
  one told on the same day, place and means: ``told_as_kindred_types``); dates that can
  meet (day-precision dates within ``window_days``, widened when a side only
  has its publication date; a month or year date contains the other); places
  that can be one (not in two countries, not farther apart than ``max_km``
  when both have coordinates, not two different names without coordinates
  unless a casualty figure is shared, a small one only with a named actor
  or target: ``figures_tie``); actors that overlap, or one side naming none;
  a report of no place whose document names no country joins an event of a
  country only the same day or on a named actor, target or large toll.
* **A score** in [0, 1], the weighted sum of four features
  (``WEIGHTS``): date closeness (1 on the same day, falling with every day
  apart; a coarse date that contains the other scores 0.6), place closeness
  (1 for the same name or within a few km, falling with distance, 0.5 for a
  region containing the place or an unknown place, 0.2 for two different
  sites of one city), actor overlap (1 shared, 0.5 when a side names none)
  shared figures (1 when a figure of the same field agrees exactly, less
  when it is small: ``figure_strength``, "2 killed" is told of many attacks; 0.5
  when a side gives none, 0.2 when all differ, 0 and a penalty of
  ``FIGURE_CLASH_PENALTY`` when a field's figures are far apart, such as 33
  and 3 killed) and shared targets (head
  words: "a crowded market" and "the market" share one; 1 shared, 0.5 when a
  side names none, 0 when both name different ones). The best candidate at or
  above ``THRESHOLD`` is the event; ties go to the closer date, then place,
  then the smaller id, so the outcome does not depend on dictionary order.

Outlets name one incident differently: a town spelt two ways ("Belet
Weyne" / "Beletweyne": ``spelt_alike``, when a side has no coordinates), an
admin area with or without its kind word ("Borno State" contains a town of
"Borno": ``admin_key``), victims counted in general ("40 people") rather
than the target ("the procession"): such target words
(``identity.yaml`` ``generic_target_heads``) tell nothing apart.

An event is compared by the nearest of its reports' days (within the
window of its own date: a siege told on its first and last day) and by the
best of its reports' places once its own place passes the gate (a province
that another report names beside the town). A place the text calls a part
of a city ("the X district of Y", ``kind`` ``district``) lies in that city,
whatever coordinates a gazetteer found for its name. Two coarse-dated
recollections of one town ("the 2008 attacks in the city") need no shared
actor. Statements join only a shared speaker (or, without one, their own
sentence) on the same day (a day's slack when dated by publication), and
reports of one sentence that name different targets are different
happenings ("closed the border and suspended trade").

A report whose date is coarser than the event's (a year- or month-only
mention such as "the 2019 bombing in the town", recalled in a later report)
is linked as a ``mention``: it joins the event, but the store does not let
it set the event's date, place or figures. The ``Decision`` keeps the kind
(``new``, ``same``, ``mention``), the score and the reasons in words, which
the store keeps on the report so a reader can see why reports are one event.
Pure functions: the store feeds them rows and persists the answer.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from nexus import ontology
from nexus.geo import haversine_km
from nexus.resolve.entities import SKELETON_CONFIRM, state_of
from nexus.resolve.names import (
    aspirate_spelling,
    doubling_spelling,
    fold,
    glide_spelling,
    name_key,
    place_skeleton,
    place_spelling,
    vowel_spelling,
)
from nexus.resolve.regions import division_parent, listed_division, namesake_regions, town_divisions

WINDOW_DAYS = 3
MAX_KM = 50.0
#: Extra days allowed when a report's date is only its publication date.
PUBLICATION_SLACK_DAYS = 2
#: Feature weights of the identity score (they sum to 1).
WEIGHTS = {"date": 0.30, "place": 0.25, "actors": 0.20, "figures": 0.10, "targets": 0.15}
#: The least score at which a report joins a candidate event.
THRESHOLD = 0.55
#: Date closeness by whole days apart (day-precision dates); beyond the table the last value.
DAY_SCORES = (1.0, 0.8, 0.4, 0.25)
#: Date closeness when one date is coarse (month or year) and contains the other.
COARSE_DATE_SCORE = 0.6
#: Places this close (km) are the same place for scoring.
SAME_PLACE_KM = 5.0
#: Within this distance two named places may be one scene told two ways (a village, the town by it).
NEAR_KM = 15.0
#: Two figures of one field clash when the larger is at least this many times the smaller ...
FIGURE_CLASH_RATIO = 4.0
#: ... and at least this much larger (3 vs 14 clashes; 1 vs 4 is noise of early counts).
FIGURE_CLASH_GAP = 10
#: Taken off the score when every figure both sides give for a field clashes (33 vs 3 killed):
#: early and late counts of one happening differ, but rarely by that much.
FIGURE_CLASH_PENALTY = 0.2
#: Taken off when both sides name a means and none is shared ("a roadside bomb" / "gunmen"):
#: two incidents of one district and day, told by their weapons.
METHOD_CLASH_PENALTY = 0.2
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
#: The place kind of a part of a city (a district, neighbourhood, quarter).
DISTRICT = "district"
#: Place closeness of a district and the city the text places it in ...
DISTRICT_IN_CITY_SCORE = 0.8
#: ... and of a district whose city is not named and a city of its country.
DISTRICT_UNNAMED_CITY_SCORE = 0.3
#: The reason ``region_score`` gives a town within reach of a division's chief town but beyond
#: ``NEAR_KM``: it may lie in the next division, so ``score_pair`` wants a shared figure too (or
#: a later, higher count: ``later_count``).
REACH_REASON = "within reach of a division's town"
#: Target closeness of two sides naming targets of one kind in other words (``target_kinds``).
TARGET_KIND_SCORE = 0.75
#: Place closeness of a side's place and the other's target naming it ("the attack on Koui").
TARGET_PLACE_SCORE = 0.9
#: Place closeness of a report placed in a region and a town its document names there
#: (``named_in_region``): one scene, told at two levels of detail.
NAMED_IN_REGION_SCORE = 0.8
#: Place closeness of a region and a place it holds (or may hold: ``region_score``) ...
REGION_SCORE = 0.5
#: ... and of a division named for a town and that town ("Kelm district" / "Kelm").
TOWN_REGION_SCORE = 0.8
#: Place closeness of a division and a town no table places in or out of it (``may_hold``) ...
MAY_HOLD_SCORE = 0.3
#: ... whose reason starts so: ``score_pair`` then wants the same day and a shared figure, target
#: or means, and ``resolve_event`` a single such candidate.
MAY_HOLD_REASON = "may hold"
#: Actor closeness of two sides whose actors differ but whose names are related (``actors_related``).
RELATED_ACTORS_SCORE = 0.75
#: Actor closeness of two coarse-dated recollections of one place that blame different actors.
RECALLED_ACTORS_SCORE = 0.25
#: Figure closeness of two counts of the dead that may be early and later counts of one toll
#: (``counts_of_one_toll``): between no figure in common (0.2) and one given on a side only (0.5).
ONE_TOLL_SCORE = 0.4
#: A figure both sides give exactly is full evidence of one happening from this size up (37 killed);
#: a smaller one counts for less (``figure_strength``: 2 killed is told of many attacks) ...
STRONG_FIGURE = 4
#: ... down to this figure closeness, that of a figure given on one side only; and a small shared
#: figure opens no gate alone (``figures_tie``: a place, a named actor or target must tie too).
SMALL_SHARED_SCORE = 0.5
#: Place closeness of a side placed only where its outlet filed (``filed_from_elsewhere``) and a
#: place it cannot be: as of a side naming no place.
DATELINE_PLACE_SCORE = 0.5
#: The end of the reason ``place_score`` gives an admin area (or country) and a place a table or
#: its sentence puts in it (``_contains``).
CONTAINS_REASON = ": one contains the other"
#: The reason ``place_score`` gives when a side names no place.
UNKNOWN_PLACE_REASON = "place unknown on one side"
#: Place closeness of two spellings of one name (``spelt_alike``), one side without coordinates.
SPELT_ALIKE_SCORE = 0.9
#: Place kinds whose names may be compared by spelling (towns and sites, not regions).
SPELLING_KINDS = frozenset({"city", "site", None})
#: The least consonant skeleton two names must share to be one name spelt two ways.
MIN_SKELETON = 4
#: The least length of two names equal but for an article and a final -h (``names.place_spelling``).
MIN_SPELLING = 5
#: The length of the short names (``vowel_spelling`` keys) ``short_names_a_vowel_apart`` compares.
SHORT_NAME_LETTERS = 4
#: The shortest consonant skeleton two spellings a letter apart may share (``_letters_apart``).
MIN_SHORT_SKELETON = 3
#: The least length of two spellings one vowel apart read as one name (``one_vowel_apart``).
MIN_VOWEL_APART = 6
#: The least length of two spellings that differ only in a stop written voiced in one (``_voiced_alike``).
MIN_VOICED = 7
#: Consonants one transliteration writes voiced and another voiceless ("Falagoundou" / "Falagountou").
_UNVOICED = str.maketrans({"d": "t", "g": "k", "b": "p", "z": "s", "v": "f"})
#: Event types whose own dates must be the same day (a speech on Monday and one on Tuesday are two).
SAME_DAY_TYPES = frozenset({"statement"})
#: Two towns a gazetteer places at least this far apart (km), each side dating its happening to the
#: day itself, are two scenes without a shared figure (``towns_apart``): the same night's raid on the
#: neighbouring town, not one scene an outlet placed at the next town (as it may within ``NEAR_KM``
#: or a little beyond).
FAR_TOWNS_KM = 30.0
#: Own day-precise dates at least this many days apart whose targets are places or things of
#: different kinds (``target_kinds``) are two happenings (``targets_apart``): a convoy ambushed,
#: and its base attacked two days later.
APART_DAYS = 2
#: The most a report scores against a candidate of another happening (``towns_apart``,
#: ``targets_apart``): below ``THRESHOLD``, so the near miss is explained but never taken.
APART_SCORE = 0.5
#: The reason ``place_score`` gives two towns within ``max_km`` by their coordinates.
_KM_APART = re.compile(r"(\d+) km apart$")


@dataclass(frozen=True)
class PlaceKey:
    """A place as event identity sees it.

    ``within`` names the city a part of a city lies in ("the Harbour
    district of Port Vell" -> ``Port Vell``); ``kind`` is then ``district``.
    A district whose city the sentence does not name has ``within`` None
    and counts as somewhere in a city of its country. ``divisions`` are the
    narrow divisions the report's sentence places a place no gazetteer knows
    in ("Kelmo village in Dastra tehsil of Velm district": Dastra, Velm).
    ``towns`` are, for a region (``admin``), the towns and sites the
    report's document names in it ("an attack in Velm province ... the
    gunmen rode into Kelmo"): a report placed at one of them may tell the
    same happening (``named_in_region``). ``regions`` are the wide divisions
    (a province, a state) the sentence puts a place no gazetteer knows in
    ("Kelmo in Velm province"): such a region holds it (``_contains``).
    """

    name: str | None = None
    kind: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    within: str | None = None
    divisions: tuple[str, ...] = ()
    towns: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    #: for a report's town no gazetteer placed (no coordinates), whether its ``country`` is only
    #: the one most of its document's places lie in (``read_in_two_countries``)
    country_read: bool = False


@dataclass(frozen=True)
class EventKey:
    """What identity compares: type, date span, place, canonical actors and figures.

    ``figures`` holds ``(field, value)`` pairs (``("killed", 14)``): for a
    report its own figures, for an event every figure of its reports.
    For an event, ``days`` holds every day its reports date it to
    themselves (a siege told on its first and its last day) and ``places``
    every place they give, so a report is compared with the nearest of them.
    ``speakers`` are who a statement is by (its people, else its actors);
    statements of different speakers are never one. ``sentences`` are the
    evidence sentences (ids) of the report, or of the event's reports.
    ``published`` is a report's publication day (None when unknown).
    ``actor_names`` are the actors as the reports name them, for telling
    related names of actors the entity resolver kept apart (``actors_related``).
    """

    type: str
    day: date | None
    precision: str | None = "day"
    from_publication: bool = False
    place: PlaceKey | None = None
    actors: frozenset[str] = field(default_factory=frozenset)
    figures: frozenset[tuple[str, int]] = field(default_factory=frozenset)
    targets: frozenset[str] = field(default_factory=frozenset)
    days: frozenset[date] = field(default_factory=frozenset)
    places: tuple[PlaceKey, ...] = ()
    speakers: frozenset[str] = field(default_factory=frozenset)
    sentences: frozenset[str] = field(default_factory=frozenset)
    published: date | None = None
    methods: frozenset[str] = field(default_factory=frozenset)
    actor_names: frozenset[str] = field(default_factory=frozenset)
    #: a report's place its own sentence does not name (its document's: a dateline, an earlier
    #: sentence): "ALEPPO - Shops reopened in the market where a car bomb killed 19 three days ago"
    place_borrowed: bool = False
    #: for a report naming no place, the one town its document names ("the funeral of the six
    #: policemen" in a report about Kelmo): an event there scores as that place, others as unknown
    document_town: PlaceKey | None = None
    #: for a report, the countries its document's placed mentions and its outlet's name lie in
    #: (ISO codes; empty for an event, or a document and outlet naming none): a report of no place
    #: whose document names no country is not placed by figures alone (``_countryless_beside_placed``)
    document_countries: frozenset[str] = frozenset()
    #: the days its reports date to a night's edge by their own words ("late on Monday", "overnight":
    #: ``night_date``): a report one day from such a day tells the same night (``date_score``)
    nights: frozenset[date] = frozenset()


@cache
def generic_target_heads() -> frozenset[str]:
    """Target head words that only restate the victims in general ("40 people"): ``identity.yaml``."""
    return frozenset(
        str(w).lower() for w in ontology.table("identity.yaml").get("generic_target_heads") or []
    )


def target_heads(names: object) -> frozenset[str]:
    """Head words of target names ("a crowded market" -> "market"), for comparing targets.

    ``names`` is an iterable of strings (anything else gives no heads). Heads
    that only restate the victims in general ("40 people", "the victims":
    ``generic_target_heads``) are left out: they tell no happening apart.
    """
    heads = set()
    generic = generic_target_heads()
    compass = _compass_words()
    for target in names if isinstance(names, list | tuple | set | frozenset) else ():
        words = name_key(str(target)).split()
        while len(words) > 1 and words[-1] in compass and words[-2] not in ("the", "a", "an"):
            words.pop()  # "a checkpoint west" (of the city, cut off): the checkpoint
        words = _before_of_complement(words)
        if words and words[-1] not in generic:
            heads.add(_singular(words[-1]))
    return frozenset(heads)


def _before_of_complement(words: list[str]) -> list[str]:
    """``words`` of a target name cut before an "of" complement when the word before it is a head
    of a kind of place, thing or people hit (``target_kinds``, ``person_target_heads``): "a column
    of the border guards", "the barracks of the Velm militia", "six members of a farmers' union"
    are a column, barracks and members, not the guards, militia or union they belong to. Other
    words before "of" ("dozens of herders", "the outskirts of Kelmo") leave the name whole."""
    if "of" not in words:
        return words
    cut = words.index("of")
    if cut == 0:
        return words
    head = _singular(words[cut - 1])
    if head in target_kinds() or head in person_target_heads() or words[cut - 1] in person_target_heads():
        return words[:cut]
    return words


@cache
def _compass_words() -> frozenset[str]:
    """``identity.yaml`` ``compass_words`` (name-keyed), and their "-ern" forms."""
    words = {name_key(str(w)) for w in ontology.table("identity.yaml").get("compass_words") or []}
    return frozenset(words | {w + "ern" for w in words})


def _singular(head: str) -> str:
    """A target head word without a plural -s ("soldiers" -> "soldier"; "press" stays), a plural
    -ies read as -y ("lorries" -> "lorry", "militias" -> "militia")."""
    if len(head) > 5 and head.endswith("ies"):
        return head[:-3] + "y"
    return head[:-1] if len(head) > 3 and head.endswith("s") and not head.endswith("ss") else head


@cache
def target_kinds() -> dict[str, frozenset[str]]:
    """Target head word -> the kinds (``identity.yaml`` ``target_kinds``) it names one of."""
    out: dict[str, set[str]] = {}
    for kind, words in (ontology.table("identity.yaml").get("target_kinds") or {}).items():
        for word in words or ():
            out.setdefault(_singular(name_key(str(word))), set()).add(str(kind))
    return {word: frozenset(kinds) for word, kinds in out.items()}


def shared_target_kinds(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The kinds of target (``target_kinds``) that heads of both ``a`` and ``b`` name."""
    kinds = target_kinds()
    mine = frozenset().union(*(kinds.get(head, frozenset()) for head in a))
    return mine & frozenset().union(*(kinds.get(head, frozenset()) for head in b))


@dataclass(frozen=True)
class Decision:
    """What identity decided for one report.

    ``kind``: ``new`` (no candidate scored enough), ``same`` (one happening)
    or ``mention`` (a coarse-dated recollection of a known event).
    ``reasons`` say why in words; ``features`` give each feature's score.
    ``refused`` holds, for the candidates a gate refused (``pair_decision``) or that scored below
    the threshold (``score``), the candidate's id and why in words, nearest date first (at most
    ``MAX_REFUSED``).
    """

    event_id: str | None
    kind: str
    score: float
    reasons: tuple[str, ...] = ()
    features: tuple[tuple[str, float], ...] = ()
    refused: tuple[tuple[str, str], ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The decision as stored on the report (``event_reports.resolution``); ``refused`` only
        when a gate refused a candidate."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "score": round(self.score, 3),
            "matched": self.event_id,
            "why": list(self.reasons),
            "features": {name: round(value, 3) for name, value in self.features},
        }
        if self.refused:
            out["refused"] = dict(self.refused)
        return out


def date_span(day: date, precision: str | None) -> tuple[date, date]:
    """The first and last day a date of ``precision`` can mean."""
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision == "month":
        following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return date(day.year, day.month, 1), following - timedelta(days=1)
    return day, day


def _slack(a: EventKey, b: EventKey, window_days: int) -> int:
    return window_days + PUBLICATION_SLACK_DAYS * (a.from_publication + b.from_publication)


def dates_compatible(a: EventKey, b: EventKey, window_days: int = WINDOW_DAYS) -> bool:
    """Whether the two dates can mean one happening (the window depends on precision)."""
    if a.day is None or b.day is None:
        return False
    slack = _slack(a, b, window_days)
    a_first, a_last = date_span(a.day, a.precision)
    b_first, b_last = date_span(b.day, b.precision)
    if a.precision == "day" and b.precision == "day":
        return abs((a.day - b.day).days) <= slack
    # A coarse date contains the other (or comes within the window of it).
    return a_first - timedelta(days=slack) <= b_last and b_first - timedelta(days=slack) <= a_last


def nearest_day(report: EventKey, candidate: EventKey, window_days: int = WINDOW_DAYS) -> EventKey:
    """``candidate`` dated by the day of its reports nearest to ``report`` (itself when it has no ``days``).

    An incident told over several days (an attack on Tuesday, the siege
    ending on Wednesday) is as near to a report as its nearest report. Only
    days within ``window_days`` of the event's own date count, so reports a
    few days apart cannot chain a week of separate incidents into one.
    """
    anchor, day = candidate.day, report.day
    if day is None or anchor is None or report.precision != "day" or candidate.precision != "day":
        return candidate
    near = [d for d in candidate.days if abs((d - anchor).days) <= window_days]
    best = min((anchor, *near), key=lambda d: (abs((d - day).days), d))
    return candidate if best == anchor else replace(candidate, day=best)


def date_score(a: EventKey, b: EventKey, window_days: int = WINDOW_DAYS) -> tuple[float, str] | None:
    """Date closeness in [0, 1] and its reason, or None when the dates cannot meet.

    ``b`` may be a candidate event: its nearest report day counts (``nearest_day``).
    """
    b = nearest_day(a, b)
    if not dates_compatible(a, b, window_days) or a.day is None or b.day is None:
        return None
    if a.precision != "day" or b.precision != "day":
        coarse = a.precision if PRECISION_RANK.get(a.precision or "", 3) else b.precision
        return COARSE_DATE_SCORE, f"a {coarse}-only date contains the other"
    days = abs((a.day - b.day).days)
    if a.from_publication or b.from_publication:
        # News runs late: a publication date a day or two after the event is no distance.
        days = max(0, days - PUBLICATION_SLACK_DAYS)
        score = 0.8 * DAY_SCORES[min(days, len(DAY_SCORES) - 1)]
        return score, f"{days} day(s) apart, one date from publication"
    if days == 1 and one_night(a, b):
        return DAY_SCORES[0], NIGHT_REASON
    score = DAY_SCORES[min(days, len(DAY_SCORES) - 1)]
    return score, ("same day" if days == 0 else f"{days} day(s) apart")


#: The reason ``date_score`` gives two days one night joins (``one_night``).
NIGHT_REASON = "one night, dated to its two days"


def one_night(a: EventKey, b: EventKey) -> bool:
    """Whether two day-precise dates one day apart may be one night's: a side's own words put its day
    at a night's edge (``EventKey.nights``: "late on Friday" and "an overnight raid", told Saturday)."""
    if a.day is None or b.day is None or abs((a.day - b.day).days) != 1:
        return False
    return a.day in a.nights or b.day in b.nights


def _unknown(place: PlaceKey | None) -> bool:
    return place is None or (place.name is None and place.lat is None)


def place_distance(a: PlaceKey | None, b: PlaceKey | None, max_km: float = MAX_KM) -> float | None:
    """Distance in km when compatible (0 when compatible without coordinates), else None."""
    if _unknown(a) or _unknown(b):
        return 0.0
    assert a is not None and b is not None
    if a.country and b.country and a.country != b.country:
        return 0.0 if read_in_two_countries(a, b) else None
    if a.kind == DISTRICT or b.kind == DISTRICT:
        return None if district_score(a, b) is None else 0.0
    pair = _region_and_town(a, b)
    if pair is not None:
        return None if region_score(*pair, max_km)[0] is None else max_km / 2
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)
        return km if km <= max_km else None
    a_name, b_name = name_key(a.name or ""), name_key(b.name or "")
    if a_name and a_name == b_name:
        return 0.0
    if spelt_alike(a, b):
        return 0.0
    if _contains(a, b) or _contains(b, a) or named_in_region(a, b) or named_in_region(b, a):
        return max_km / 2  # compatible, but a named city matches better than its region
    return None


def place_score(
    a: PlaceKey | None, b: PlaceKey | None, max_km: float = MAX_KM
) -> tuple[float, str] | tuple[None, str]:
    """Place closeness in [0, 1] and its reason; ``(None, reason)`` when the places cannot be one."""
    if _unknown(a) or _unknown(b):
        return 0.5, UNKNOWN_PLACE_REASON
    assert a is not None and b is not None
    if a.country and b.country and a.country != b.country:
        if read_in_two_countries(a, b):
            return SPELT_ALIKE_SCORE, f"one name read in two countries ({a.name}, {a.country}/{b.country})"
        return None, f"countries differ ({a.country}/{b.country})"
    if a.kind == DISTRICT or b.kind == DISTRICT:
        scored = district_score(a, b)
        if scored is not None:
            return scored
    if divisions_spelt_alike(a, b):
        return SPELT_ALIKE_SCORE, f"one division spelt two ways ({a.name}/{b.name})"
    pair = _region_and_town(a, b)
    if pair is not None:
        return region_score(*pair, max_km)
    a_name, b_name = name_key(a.name or ""), name_key(b.name or "")
    two_sites = a.kind == "site" and b.kind == "site" and a_name != b_name
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)
        if km > max_km:
            return None, f"{km:.0f} km apart"
        if two_sites:
            return 0.2, f"two different sites ({a.name}/{b.name}) {km:.0f} km apart"
        if a_name == b_name or km <= SAME_PLACE_KM:
            return 1.0, f"same place ({a.name}, {km:.0f} km)"
        return near_score(km, max_km), f"{km:.0f} km apart"
    if a_name and a_name == b_name:
        return 1.0, f"same place ({a.name})"
    if spelt_alike(a, b):
        return SPELT_ALIKE_SCORE, f"one place spelt two ways ({a.name}/{b.name})"
    region = unplaced_region(a, b) or unplaced_region(b, a)
    if region:
        return REGION_SCORE, region
    named_for = _division_named_for(a, b) or _division_named_for(b, a)
    if named_for:
        return TOWN_REGION_SCORE, named_for
    if two_sites:
        return 0.2, f"two different sites ({a.name}/{b.name})"
    if _contains(a, b) or _contains(b, a):
        return REGION_SCORE, f"{a.name} and {b.name}{CONTAINS_REASON}"
    site_in = _site_named_for(a, b) or _site_named_for(b, a)
    if site_in:
        return DISTRICT_IN_CITY_SCORE, site_in
    division = _in_division_of(a, b) or _in_division_of(b, a)
    if division:
        return REGION_SCORE, division
    named = named_in_region(a, b) or named_in_region(b, a)
    if named:
        return NAMED_IN_REGION_SCORE, named
    held = may_hold(a, b) or may_hold(b, a) or namesake_in_region(a, b) or namesake_in_region(b, a)
    held = held or wide_region_may_hold(a, b) or wide_region_may_hold(b, a)
    if held:
        return MAY_HOLD_SCORE, held
    return None, f"different places ({a.name}/{b.name})"


def read_in_two_countries(a: PlaceKey, b: PlaceKey) -> bool:
    """Whether two places given in different countries are one town or site all the same: one name
    (or one spelt two ways: ``names_alike``), and a side no gazetteer placed (no coordinates), whose
    country is only a reading of its document (the country most of its places lie in, often its
    dateline's: ``PlaceKey.country_read``). "SANTO DOMINGO - ... since Sunday's gang assault on
    Kelmo" files a Kelmo no table knows under the dateline's country; another outlet's Kelmo, found
    by the gazetteer across the border, is where it lies. Towns and sites only: a region's name is
    too often a namesake's; but the town read only by its document's country may be the division
    below a first-level one that the other side's table gives by the town's name ("Kelmo township"
    of Velm region, seated at Kelmo)."""
    if not a.name or not b.name:
        return False
    if a.kind in SPELLING_KINDS and b.kind in SPELLING_KINDS:
        if not ((a.lat is None and a.country_read) or (b.lat is None and b.country_read)):
            return False
        return names_alike(a.name, b.name)
    read, placed = (a, b) if a.kind in SPELLING_KINDS else (b, a)
    if read.kind not in SPELLING_KINDS or read.lat is not None or not read.country_read:
        return False
    return _division_below_first_level(placed) and names_alike(read.name, placed.name)


def _division_below_first_level(place: PlaceKey) -> bool:
    """Whether ``place`` is a division of a known country below its first level: an admin area
    whose first-level division is another (a township, district or county of it)."""
    if place.kind != "admin" or not place.country or not place.admin1 or not place.name:
        return False
    return admin_key(place.name) != admin_key(place.admin1)


def namesake_in_region(region: PlaceKey, town: PlaceKey) -> str | None:
    """Why ``region`` (a first-level division) may hold ``town`` though the gazetteer read the town
    in another division of the country: a namesake of it lies in the region ("the municipality of
    Buenavista" read as the largest Buenavista, the other report placing the attack in the state
    that holds a smaller one), else None. As weak as ``may_hold``, and joined on its terms."""
    if region.kind != "admin" or town.kind != "city" or region.lat is not None or not region.name:
        return None
    if not region.country or region.country != town.country or not region.admin1 or not town.admin1:
        return None
    own = admin_key(region.admin1)
    if _admin_alike(admin_key(town.admin1), own) or names_alike(region.name, town.name):
        return None
    if not any(_admin_alike(admin_key(a), own) for a in namesake_regions(town.name, town.country)):
        return None
    return f"{MAY_HOLD_REASON}: {region.name} holds a town called {town.name}"


def may_hold(region: PlaceKey, town: PlaceKey) -> str | None:
    """Why ``region`` (an admin area of the town's country) may hold ``town`` though no table
    says so, else None.

    "An attack in Velm department" and "an attack near Kelmo": when the gazetteer gives
    Kelmo (a town of Velm's country; or of no known country, Velm being a department or
    district, not a whole state) no first-level division, or the same one as Velm's (Velm is
    a district of it),
    and the division table does not place Kelmo elsewhere, Velm may hold it. So weak a
    closeness (``MAY_HOLD_SCORE``) joins two reports only on the same day with a shared
    figure, target or means, and only when one candidate is so close (``score_pair``,
    ``resolve_event``).
    """
    if region.kind != "admin" or town.kind not in ("city", "site") or not region.name or not town.name:
        return None
    if not region.country or names_alike(region.name, town.name):
        return None
    # a place no gazetteer knows, of no country its document names, may lie in a department or
    # district (not a whole state or province: it names too many happenings)
    unplaced = town.country is None and town.lat is None and not town.admin1
    narrow = bool(region.admin1) and not _admin_alike(admin_key(region.name), admin_key(region.admin1))
    if region.country != town.country and not (unplaced and narrow):
        return None
    if town_divisions(town.name, town.country, town.lat, town.lon):
        return None  # the table places the town: ``_contains`` said it is elsewhere
    if town.admin1 and not _admin_alike(admin_key(town.admin1), admin_key(region.admin1)):
        return None  # the town is in another first-level division (or the region's is unknown)
    return f"{MAY_HOLD_REASON}: {region.name} may hold {town.name}"


#: The reason ``wide_region_may_hold`` adds: ``score_pair`` then wants one toll and a thing hit.
WIDE_HOLD_REASON = "a whole region"


def wide_region_may_hold(region: PlaceKey, town: PlaceKey) -> str | None:
    """Why ``region``, a first-level division (a state, a province) no narrower than its own
    first-level division, may hold ``town``, a name no gazetteer knows of no country (no
    coordinates, no first-level division, no region its sentence writes), else None.

    "A drone struck a market in a town of Velm region" and "funerals in Kelmo for the victims of
    Tuesday's drone strike": a region that wide names many happenings of a day, so the reason
    carries ``WIDE_HOLD_REASON`` and ``score_pair`` joins them only on the same day with a shared
    figure or the counts of one toll, and a shared target or means (``_one_toll_told``).
    """
    if region.kind != "admin" or town.kind not in ("city", "site") or not region.name or not town.name:
        return None
    if not region.country or not region.admin1 or region.lat is not None:
        return None
    if town.country or town.lat is not None or town.admin1 or town.regions or town.divisions or town.within:
        return None
    if names_alike(region.name, town.name):
        return None
    if not _admin_alike(admin_key(region.name), admin_key(region.admin1)):
        return None  # a narrower division is ``may_hold``'s
    return f"{MAY_HOLD_REASON}: {region.name} may hold {town.name} ({WIDE_HOLD_REASON})"


def _one_toll_told(report: EventKey, candidate: EventKey, date_closeness: float) -> bool:
    """``_one_scene_told`` held to a toll and a thing hit: the same day, a shared figure
    (``figures_tie``) or the early and later counts of one toll of some size
    (``counts_of_one_toll``), and a target both name or a means of one family; and the side of
    the unknown place's document names the region's country, or none (``document_countries``).
    A toll alone may be any of the region's happenings that day."""
    if not _one_scene_told(report, candidate, date_closeness):
        return False
    for side, other in ((report, candidate), (candidate, report)):
        unknown = side.place is not None and side.place.country is None and side.document_countries
        if unknown and (other.place is None or other.place.country not in side.document_countries):
            return False
    killed = [v for n, v in report.figures | candidate.figures if n == "killed"]
    one_toll = figures_tie(report, candidate, place_tied=False) or (
        counts_of_one_toll(report, candidate) and figure_strength(max(killed)) >= 1.0
    )
    families = weapon_families()
    means = {families.get(m, m) for m in report.methods} & {families.get(m, m) for m in candidate.methods}
    return one_toll and (
        bool(means) or target_score(report, candidate)[0] >= 1.0 or bool(named_ties(report, candidate))
    )


def named_in_region(region: PlaceKey, town: PlaceKey) -> str | None:
    """Why ``town`` may be where a report placed only in ``region`` happened: the report's document
    names a town or site of that name (or spelling) in the region (``PlaceKey.towns``), else None.

    "Gunmen killed nine in an attack in Velm province ... they rode into Kelmo" and "the
    attack on Kelmo": a town no gazetteer knows cannot be found in the province by its
    coordinates, but the province report's own document puts it there.
    """
    if (
        region.kind != "admin"
        or not region.towns
        or not town.name
        or town.kind not in (*SPELLING_KINDS, DISTRICT)
    ):
        return None
    if region.country and town.country and region.country != town.country:
        return None
    for name in region.towns:
        if names_alike(name, town.name) or names_alike(name, town.within):
            return f"{town.name}: named in {region.name} by the region's report"
    return None


def _in_division_of(place: PlaceKey, other: PlaceKey) -> str | None:
    """Why ``place`` may be at ``other``: its sentence put it in a division named as ``other`` is
    ("Kelmo village in Velm district" and a report at Velm, the district's town), else None.
    The village may lie anywhere in the division, so the reason starts with ``REACH_REASON``
    (``score_pair`` then wants a shared figure). Two places of one division are not matched so:
    a district holds many villages."""
    if not place.divisions or not other.name or other.kind not in ("city", "admin", DISTRICT, None):
        return None
    if place.country and other.country and place.country != other.country:
        return None
    for division in place.divisions:
        if names_alike(division, other.name):  # somewhere in the division: only with a shared figure
            return f"{REACH_REASON} ({place.name} lies in the division of {other.name}: {division})"
    return None


def _division_named_for(division: PlaceKey, town: PlaceKey) -> str | None:
    """Why ``division`` (an admin area no gazetteer placed by coordinates) is the one named for
    ``town``: its name without its kind words (``admin_key``) is the town's, however spelt
    ("Kelm Local Government Area" and Kelm, a town of the country), else None. With the
    chief town's coordinates ``region_score`` says so."""
    if division.kind != "admin" or division.lat is not None or town.kind not in ("city", "site"):
        return None
    if division.country and town.country and division.country != town.country:
        return None
    own = admin_key(division.name)
    if named_in_pair(division.name, town.name):
        return f"{town.name} and the division named for it and another place ({division.name})"
    if not own or not names_alike(own, town.name):
        return None
    if own == name_key(division.name or "") and not _bare_division_of_town(division, town):
        return None  # a bare name ("Kelm") is the town's namesake region only where a table says so
    return f"{town.name} and the division named for it ({division.name})"


def _bare_division_of_town(division: PlaceKey, town: PlaceKey) -> bool:
    """Whether ``division``, a division given by its bare name ("Kelm", no kind word) and spelt
    like ``town``, is the division named for that town all the same: the division table lists it
    in the town's country (``regions.listed_division``), or both lie in one first-level division
    of one country (the district "Kelm" of Velm province, and the town Kelm of Velm province, spelt
    "Kellm" by another outlet). A bare name of another province may be a namesake's."""
    country = division.country or town.country
    if not division.name or (division.country and town.country and division.country != town.country):
        return False
    if listed_division(admin_key(division.name), country):
        return True
    first, second = admin_key(division.admin1), admin_key(town.admin1)
    one_country = bool(division.country) and division.country == town.country
    return one_country and bool(first) and _admin_alike(first, second)


@cache
def _pair_joiners() -> frozenset[str]:
    return frozenset(
        name_key(str(w)) for w in ontology.table("identity.yaml").get("paired_name_joiners") or []
    )


def named_in_pair(division: str | None, town: str | None) -> bool:
    """Whether a division's name joins two places (``_paired_parts``) and ``town`` is one of them,
    however spelt: "Kelm wa Ostra district" and "Kelm"."""
    return bool(town) and any(names_alike(part, town) for part in _paired_parts(admin_key(division)))


def _paired_parts(key: str) -> tuple[str, ...]:
    """The two places a division named for a pair joins ("kelm wa ostra", "kelm aw ostra": the
    joiners are ``identity.yaml`` ``paired_name_joiners``), each of at least ``MIN_SKELETON``
    letters; () for any other name. ``key`` is a folded name (``admin_key``)."""
    words = key.split()
    joins = [i for i, word in enumerate(words) if word in _pair_joiners()]
    if len(joins) != 1 or joins[0] in (0, len(words) - 1):
        return ()
    parts = (" ".join(words[: joins[0]]), " ".join(words[joins[0] + 1 :]))
    return parts if all(len(part.replace(" ", "")) >= MIN_SKELETON for part in parts) else ()


def _site_named_for(site: PlaceKey, town: PlaceKey) -> str | None:
    """Why ``site`` lies in ``town`` when its name opens with the town's name, else None.

    "Linz Hauptbahnhof", "Kerrow Central Market": a station, market or
    camp named for its town is in that town (when no coordinates say
    otherwise; the caller compares names only when a side has none).
    """
    if site.kind != "site" or town.kind not in ("city", None) or not site.name or not town.name:
        return None
    if site.country and town.country and site.country != town.country:
        return None
    site_words, town_words = name_key(site.name).split(), name_key(town.name).split()
    if not town_words or len(site_words) <= len(town_words) or site_words[: len(town_words)] != town_words:
        return None
    return f"{site.name} lies in {town.name}"


def spelt_alike(a: PlaceKey, b: PlaceKey) -> bool:
    """Whether two names of towns or sites are one name transliterated two ways.

    "Beletweyne" and "Belet Weyne", "Afgooye" and "Afgoye": the same kind of
    place, of one country when both give one, whose consonant skeletons
    (``names.skeleton``: word breaks, vowels and doubled letters aside) agree
    and hold at least ``MIN_SKELETON`` letters, confirmed by a fuzzy score of the
    names (``SKELETON_CONFIRM``, the entity resolver's bar); or whose names are
    equal but for a leading article and a final -h ("Al-Muqdadiyah" and
    "Muqdadiya": ``names.place_spelling``), which short names need since their
    skeletons are too short to trust. Called when a side has no
    coordinates (with both, the distance decides).
    """
    if a.kind not in SPELLING_KINDS or b.kind not in SPELLING_KINDS or not a.name or not b.name:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    return one_name_written_two_ways(a.name, b.name) or short_names_a_vowel_apart(a, b)


def one_name_written_two_ways(first: str, second: str) -> bool:
    """Whether two place names are one name as outlets write it: spelt alike (``names_alike``),
    cut to the last word of a compound (``name_cut_short``), or without the "of <region>" that
    closes it (``name_before_qualifier``), a side in Creole read as the French ("Ti Rivyè" /
    "Petite-Rivière de l'Artibonite"). An empty name is none."""
    if not first or not second:
        return False
    if name_cut_short(first, second) or name_cut_short(second, first):
        return True
    french, other = creole_as_french(first), creole_as_french(second)  # "Ti Rivyè": "Petite Rivière"
    return (
        names_alike(first, second)
        or name_before_qualifier(french, other)
        or name_before_qualifier(other, french)
    )


def short_names_a_vowel_apart(a: PlaceKey, b: PlaceKey) -> bool:
    """Whether two short names of towns no gazetteer placed (no coordinates), both given in one
    country, are one name with one vowel transliterated two ways ("Kolt" / "Kalt"): ``vowel_spelling``
    keys of ``SHORT_NAME_LETTERS`` letters, of one consonant skeleton of at least
    ``MIN_SHORT_SKELETON`` letters, a vowel for a vowel apart. Too short for ``names_alike`` (short
    keys collide), they are read alike only where no coordinates could tell the two towns apart and
    their country is one; the day and the rest of the score still decide."""
    if a.lat is not None or b.lat is not None or not a.country or a.country != b.country:
        return False
    first, second = vowel_spelling(a.name or ""), vowel_spelling(b.name or "")
    if len(first) != SHORT_NAME_LETTERS or len(second) != SHORT_NAME_LETTERS or first == second:
        return False
    skeleton = place_skeleton(first)
    if len(skeleton) < MIN_SHORT_SKELETON or skeleton != place_skeleton(second):
        return False
    apart = [(x, y) for x, y in zip(first, second, strict=True) if x != y]
    return len(apart) == 1 and all(letter in "aeiou" for letter in apart[0])


def name_cut_short(short: str, full: str) -> bool:
    """Whether ``short`` is the last word of a compound place name ``full``, spelt alike:
    "Khomri" for "Pul-e-Khumri", "Kamal" for "Abu Kamal" (an extractor or an outlet that keeps
    only the name's last part). One word of at least ``MIN_SPELLING`` letters only."""
    words, full_words = name_key(short).split(), name_key(full).split()
    if len(words) != 1 or len(full_words) < 2 or len(words[0]) < MIN_SPELLING:
        return False
    return names_alike(words[0], full_words[-1])


#: Linking words after which a compound place name goes on with the region it is "of" ("Petite
#: Riviere de l'Artibonite", "San Jose del Guaviare", "Ponte de Lima").
_QUALIFIER_PARTICLES = frozenset({"de", "du", "des", "del", "della", "di", "da", "do", "dos", "das", "of"})


def name_before_qualifier(short: str, full: str) -> bool:
    """Whether ``short`` is the compound place name ``full`` without the "of <region>" that closes
    it: "Petite Riviere" for "Petite-Riviere-de-l'Artibonite", "San Jose" for "San Jose del
    Guaviare", as outlets shorten it. ``short`` keeps at least two words, or one of at least
    ``MIN_SPELLING`` letters, so a bare "San" or "Ponte" is no such name."""
    words, full_words = name_key(short).split(), name_key(full).split()
    cut = len(words)
    if not words or len(full_words) <= cut + 1 or full_words[:cut] != words:
        return False
    if cut == 1 and len(words[0]) < MIN_SPELLING:
        return False
    return full_words[cut] in _QUALIFIER_PARTICLES


def names_alike(first: str | None, second: str | None) -> bool:
    """Whether two place names are one name, or one spelt two ways (see ``spelt_alike``)."""
    if not first or not second:
        return False
    return _names_alike(first, second) if first <= second else _names_alike(second, first)


@cache
def _creole_words() -> dict[str, str]:
    """``identity.yaml`` ``creole_place_words``: a Creole word of a place name -> the French word."""
    table: dict[str, str] = ontology.table("identity.yaml").get("creole_place_words") or {}
    return {name_key(str(k)): name_key(str(v)) for k, v in table.items()}


def creole_as_french(name: str) -> str:
    """A place name's key (``name_key``) with its Creole words written as the French ones
    (``creole_place_words``): "Ti Rivyè" -> "petite riviere", as French spellings give it."""
    words = _creole_words()
    return " ".join(words.get(w, w) for w in name_key(name).split())


@lru_cache(maxsize=65536)
def _names_alike(first: str, second: str) -> bool:
    if name_key(first) == name_key(second):
        return True
    french, other = creole_as_french(first), creole_as_french(second)
    if (french, other) != (name_key(first), name_key(second)):
        # a side written in Creole: the French spellings compared ("Ti Rivye" / "Petite Riviere")
        return names_alike(french, other)
    spelt = place_spelling(first)
    if len(spelt) >= MIN_SPELLING and spelt == place_spelling(second):
        return True  # "Al-Muqdadiyah" / "Muqdadiya": an article or a final -h apart
    voweled, other = vowel_spelling(first), vowel_spelling(second)
    if len(voweled) >= MIN_SPELLING and voweled == other:
        return True  # "Poonch" / "Punch", "Kousseri" / "Kusseri": vowels spelt two ways
    doubled = doubling_spelling(first)
    if len(doubled) >= MIN_SKELETON and doubled == doubling_spelling(second):
        return True  # "Maffa" / "Mafa", "Pawwa" / "Pauwa": a consonant written twice in one only
    if glide_spelling(voweled, other):
        return True  # "Kawuri" / "Kauri", "Mbawu" / "Mbau": a glide between vowels written in one only
    opening = _opening_glide(voweled)
    if len(opening) >= MIN_SPELLING and opening == _opening_glide(other):
        return True  # "Ouallam" / "Wallam", "Nauela" / "Nawela": a French "u" before a vowel is a "w"
    if _voiced_alike(voweled, other):
        return True  # "Falagoundou" / "Falagountou": a stop voiced in one spelling only
    if _aspirated_alike(first, second, voweled, other):
        return True  # "Bhadrak" / "Badrak", "Hpakant" / "Pakant": an aspirate's "h" written in one only
    if _ayn_written(first, second) or _ayn_written(second, first):
        return True  # "Cadaley" / "Adaley", "Baalcad" / "Baalad": the Somali "c" of an ayn
    if one_vowel_apart(first, second):
        return True  # "Ubrakan" / "Abrakan", "Tondjera" / "Tonjura": one vowel transliterated two ways
    key = place_skeleton(first)
    if len(key) < MIN_SHORT_SKELETON or key != place_skeleton(second):
        return False
    if _letters_apart(voweled, vowel_spelling(second)):
        return True  # "Kelari" / "Kellary", "Tizab" / "Tuzab": one village spelt a letter or two apart
    if _vowel_inserted(voweled, other) or _vowel_inserted(other, voweled):
        return True  # "Tusk" / "Tusak": a vowel between two consonants written in one spelling only
    if len(key) < MIN_SKELETON:
        return False
    # equal skeletons are only candidates (names.skeleton): confirmed by a fuzzy score, as entities are
    return fuzz.ratio(name_key(first), name_key(second)) >= SKELETON_CONFIRM


def one_vowel_apart(first: str, second: str) -> bool:
    """Whether two names are one name with one vowel transliterated two ways: their
    ``vowel_spelling`` keys (a leading article aside: ``names.place_spelling``), of one length of
    at least ``MIN_VOWEL_APART`` letters, differ in one letter only, a vowel on both sides
    ("Ubrakan" / "Abrakan": the opening vowel Arabic spellings write "u" or "a"; "Tondjera" /
    "Tonjura": a French "e" and "dj" against an English "u" and "j"); not the final letter, where
    another vowel often closes another name ("Chelmaro" / "Chelmari").
    The skeleton rules miss them: an opening vowel is kept in the skeleton, and "dj" is folded only
    in ``vowel_spelling``. Shorter keys collide ("Mala" / "Mali") and are left to
    ``short_names_a_vowel_apart``."""
    first, second = vowel_spelling(place_spelling(first)), vowel_spelling(place_spelling(second))
    if first == second or len(first) != len(second) or len(first) < MIN_VOWEL_APART:
        return False
    apart = [i for i, (x, y) in enumerate(zip(first, second, strict=True)) if x != y]
    if len(apart) != 1 or apart[0] == len(first) - 1:
        return False  # a final vowel apart ("Chelmaro" / "Chelmari") is often another name's ending
    return first[apart[0]] in "aeiou" and second[apart[0]] in "aeiou"


def _voiced_alike(first: str, second: str) -> bool:
    """Whether two ``vowel_spelling`` keys of at least ``MIN_VOICED`` letters are one name but for
    consonants written voiced in one and voiceless in the other (d/t, g/k, b/p, z/s, v/f), as
    French, English and local spellings of one West African or Asian village differ."""
    if first == second or min(len(first), len(second)) < MIN_VOICED:
        return False
    return first.translate(_UNVOICED) == second.translate(_UNVOICED)


def _aspirated_alike(first: str, second: str, voweled: str, other: str) -> bool:
    """Whether two names are one but for the "h" of an aspirate written in one spelling only
    (``names.aspirate_spelling``), the longer ``vowel_spelling`` key of at least ``MIN_SPELLING``
    letters and the folded one of at least ``SHORT_NAME_LETTERS`` (short keys collide)."""
    if voweled == other or max(len(voweled), len(other)) < MIN_SPELLING:
        return False
    key = aspirate_spelling(first)
    return len(key) >= SHORT_NAME_LETTERS and key == aspirate_spelling(second)


def _ayn_written(name: str, other: str) -> bool:
    """Whether ``name`` is the name ``other`` (of at least ``MIN_SPELLING`` letters) with one "c"
    before a vowel (``_AYN_C``) where ``other`` writes nothing: the letter Somali spelling gives the
    ayn ("Cadaley" / "Adaley", "Baalcad" / "Baalad", "Ceelgaab" / "Elgab"), which English and
    Arabic-based spellings leave out, at the start of any word of the name too ("Bulo Cadey" /
    "Buloadey"). The rest is compared by ``vowel_spelling``, or with the long vowels Somali writes
    doubled written once, as English spellings give them ("Guri Ceel" / "Guriel": the "ee" of a
    long e, which ``vowel_spelling`` reads as the English "ee" of an i)."""
    voweled = vowel_spelling(other)
    if len(voweled) < MIN_SPELLING:
        return False
    folded = fold(name)
    single = _DOUBLED_VOWEL.sub(r"\1", fold(other).replace(" ", ""))
    for found in _AYN_C.finditer(folded):
        dropped = (folded[: found.start()] + folded[found.start() + 1 :]).replace(" ", "")
        if vowel_spelling(dropped) == voweled or _DOUBLED_VOWEL.sub(r"\1", dropped) == single:
            return True
    return False


#: A "c" before a vowel at the start of a name's word or after a consonant: where a Somali ayn is
#: written (after a vowel, as in "Lucena" or "Acapulco", a "c" is a consonant of the name).
_AYN_C = re.compile(r"(?:^|(?<= )|(?<=[b-df-hj-np-tv-z]))c(?=[aeiou])")
#: A vowel written twice: a long vowel as Somali spelling writes it ("ee", "oo", "aa", "uu").
_DOUBLED_VOWEL = re.compile(r"([aeiou])\1+")


def _opening_glide(key: str) -> str:
    """A ``vowel_spelling`` key with a "w" before a vowel, at the start or after a vowel, written as
    the "u" French and Portuguese transliterations give it ("wagadugu" and "uagadugu", "nawela"
    and "nauela" are one key)."""
    key = _VOWEL_GLIDE_W.sub("u", key)
    return re.sub(r"^u+", "u", key)


#: A "w" before a vowel at a word's start or after a vowel: the glide others write "u".
_VOWEL_GLIDE_W = re.compile(r"(?:^|(?<=[aeiou]))w(?=[aeiou])")


def _vowel_inserted(short: str, long: str) -> bool:
    """Whether the ``vowel_spelling`` key ``long`` is ``short`` (of at least ``MIN_SKELETON``
    letters) with one vowel written between two consonants ("tusk" / "tusak"), an epenthetic vowel
    one transliteration writes and another leaves out."""
    if len(short) < MIN_SKELETON or len(long) != len(short) + 1:
        return False
    for i in range(1, len(long) - 1):
        between_consonants = long[i - 1] not in "aeiou" and long[i + 1] not in "aeiou"
        if long[i] in "aeiou" and between_consonants and long[:i] + long[i + 1 :] == short:
            return True
    return False


def _letters_apart(first: str, second: str) -> bool:
    """Whether two ``vowel_spelling`` keys of names of one consonant skeleton (both of at least
    ``MIN_SPELLING`` letters) differ by one letter once "z" and "s" are taken as one sound: a vowel
    or a sibilant transliterated two ways ("Tizab" / "Tuzab", "Mbawize" / "Mbawisi"), which the
    fuzzy score of a short name weighs too heavily."""
    if min(len(first), len(second)) < MIN_SPELLING:
        return False
    first, second = first.replace("z", "s"), second.replace("z", "s")
    return Levenshtein.distance(first, second, score_cutoff=1) <= 1


def near_score(km: float, max_km: float = MAX_KM) -> float:
    """Closeness of two named places ``km`` apart, in [0, 1]: slow to fall within a town's
    reach (``NEAR_KM``: a village and the town it lies by), then fast (quadratically) to 0
    at ``max_km`` (two towns of one district are two places)."""
    near = 1.0 - 0.6 * min(km, NEAR_KM) / max_km
    if km <= NEAR_KM:
        return near
    return near * (max(0.0, max_km - km) / (max_km - NEAR_KM)) ** 2


def district_score(a: PlaceKey, b: PlaceKey) -> tuple[float, str] | None:
    """Place closeness when a side is a part of a city (``kind`` ``district``), None when unrelated.

    A district's own coordinates are not compared: a gazetteer that does not
    know the neighbourhood matches a town of the same name elsewhere. The
    district lies in its city (``within``) and so scores high against it;
    a district whose city the text does not name is somewhere in a city of
    its country: compatible with any city there, scoring low.
    """
    district, other = (a, b) if a.kind == DISTRICT else (b, a)
    name, other_name = name_key(district.name or ""), name_key(other.name or "")
    if name and name == other_name:
        return 1.0, f"same place ({district.name})"
    city = name_key(district.within or "")
    if other.kind == DISTRICT:
        other_city = name_key(other.within or "")
        if city and city == other_city:
            return 0.2, f"two parts of {district.within} ({district.name}/{other.name})"
        return None
    if city and city in (other_name, name_key(other.within or "")):
        return DISTRICT_IN_CITY_SCORE, f"{district.name} lies in {district.within}"
    one_country = not (district.country and other.country and district.country != other.country)
    spelt = one_name_written_two_ways(district.name or "", other.name or "")
    if one_country and other.kind in SPELLING_KINDS and spelt:
        # "Kelmo, in the province of Velm" read as lying by Velm, and a report of "Kelmou": one village
        return SPELT_ALIKE_SCORE, f"one place spelt two ways ({district.name}/{other.name})"
    if not city and other.kind == "city" and bool(district.country) and district.country == other.country:
        return DISTRICT_UNNAMED_CITY_SCORE, f"{district.name}: a district of an unnamed city, {other.name}?"
    return None


@cache
def _admin_heads() -> frozenset[str]:
    """Kind words closing a division's name: ``entities.yaml`` ``admin_head_words`` and the nouns of
    a narrow division called after its chief town (``identity.yaml`` ``town_named_divisions``:
    "Kelm township" is the division of Kelm as "Kelm district" is)."""
    words = [
        *(ontology.table("entities.yaml").get("admin_head_words") or []),
        *(ontology.table("identity.yaml").get("town_named_divisions") or []),
    ]
    return frozenset(name_key(str(w)) for w in words)


@cache
def _admin_head_phrases() -> tuple[str, ...]:
    """Kind phrases of several words (``identity.yaml`` ``admin_head_phrases``), longest first."""
    phrases = {name_key(str(w)) for w in ontology.table("identity.yaml").get("admin_head_phrases") or []}
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def _words_pattern(key: str) -> re.Pattern[str] | None:
    """A pattern finding any of ``identity.yaml``'s ``key`` words, as whole words, in any case."""
    words = ontology.table("identity.yaml").get(key) or []
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b", re.IGNORECASE)


def week_date(text: str | None) -> bool:
    """Whether a date expression names a week rather than a day ("last week", "over the weekend":
    ``identity.yaml`` ``week_date_words``)."""
    pattern = _words_pattern("week_date_words")
    return bool(text) and pattern is not None and pattern.search(text or "") is not None


def night_date(text: str | None) -> bool:
    """Whether a date expression puts a happening at a night's edge ("late on Monday", "overnight",
    "early Tuesday": ``identity.yaml`` ``night_date_words``), which outlets date to either day."""
    pattern = _words_pattern("night_date_words")
    return bool(text) and pattern is not None and pattern.search(text or "") is not None


def vague_date(text: str | None) -> bool:
    """Whether a date expression names no day of its own ("last week", "earlier this month":
    ``identity.yaml`` ``vague_date_words``)."""
    pattern = _words_pattern("vague_date_words")
    return bool(text) and pattern is not None and pattern.search(text or "") is not None


def admin_key(name: str | None) -> str:
    """An administrative area's name without its kind word, for comparing two namings of it.

    "Borno State", "Borno" and "the state of Borno" (named "Borno") give
    "borno"; "Kunar Province" gives "kunar", "Kelm Local Government Area" "kelm". The kind
    words are ``entities.yaml`` ``admin_head_words`` and ``identity.yaml`` ``town_named_divisions``,
    the kind phrases of several words
    ``identity.yaml`` ``admin_head_phrases``; a name that is only a kind word stays.
    """
    key = name_key(name or "")
    for phrase in _admin_head_phrases():
        if key.endswith(" " + phrase):
            key = key[: -len(phrase) - 1]
            break
    words = key.split()
    heads = _admin_heads()
    while len(words) > 1 and words[-1] in heads:
        words.pop()
    return " ".join(words)


def _contains(region: PlaceKey, place: PlaceKey) -> bool:
    """Whether ``region`` (a country or admin area) contains ``place``.

    An admin area contains a place filed under it, however either names the
    area's kind ("Kessia State" contains a town of "Kessia": ``admin_key``) or
    spells its name ("Oromia Region" contains a town of "Oromiya").
    """
    if region.kind == "country":
        return bool(region.country) and region.country == place.country
    if region.kind == "admin":
        region_name = admin_key(region.name)
        if not region_name or place.kind == "country":
            return False
        if regions_overlap(region_name, admin_key(place.admin1)):
            return True  # "North Velm" holds a town of Velm, "Velm" one of "North Velm"
        if any(regions_overlap(region_name, admin_key(r)) for r in place.regions):
            return True  # "Kelmo in Velm province", "Kelmo, Lower Velm": its sentence puts it there
        if any(_admin_alike(region_name, admin_key(d)) for d in place.divisions):
            return True  # "Kelmo, a village in Velm district" and Velm district itself
        if place.admin1 and admin_key(place.admin1) in macro_region_parts(region_name):
            return True  # "the Velm Region" made of Velm North and Velm South holds their towns
        if listed_in_region(region, place):
            return True  # "Kelmo, in Dastra territory" or the Dastra territory, which a table files in Velm
        if place.kind not in ("city", "site") or (region.country and place.country != region.country):
            return False
        divisions = town_divisions(place.name, place.country, place.lat, place.lon)
        return any(_admin_alike(region_name, admin_key(d)) for d in divisions)
    return False


def listed_in_region(region: PlaceKey, place: PlaceKey) -> bool:
    """Whether a table files a second-level division that ``place`` is (an admin area), is named
    for (a town named like its division: the division's chief town), or that its sentence puts it
    in (``PlaceKey.divisions``), under the first-level division ``region`` names
    (``regions.division_parent``): "the Dastra territory" and "Kelmo in Dastra territory" lie in
    Velm province when the table lists Dastra under Velm. Containment by the tables' codes, not
    by distance; a place of no known country is read in the region's country."""
    country = place.country or region.country
    if not country or (region.country and country != region.country) or place.kind == "country":
        return False
    own = admin_key(region.name)
    names = (place.name, *place.divisions) if place.kind in ("city", "site", "admin") else place.divisions
    for name in names:
        parent = division_parent(admin_key(name), country)
        if parent and _admin_alike(own, admin_key(parent)):
            return True
    return False


@cache
def _macro_regions() -> dict[str, frozenset[str]]:
    table: dict[str, dict[str, list[str]]] = ontology.table("divisions.yaml").get("macro_regions") or {}
    out: dict[str, set[str]] = {}
    for regions in table.values():
        for region, parts in regions.items():
            out.setdefault(admin_key(str(region)), set()).update(admin_key(str(p)) for p in parts)
    return {region: frozenset(parts) for region, parts in out.items()}


def macro_region_parts(region: str) -> frozenset[str]:
    """The first-level divisions (``admin_key``) a region made of them holds (``divisions.yaml``
    ``macro_regions``: "Kurdistan Region" holds As Sulaymaniyah, Arbil, Dahuk, Halabja); empty for
    any other name."""
    return _macro_regions().get(region, frozenset())


@cache
def region_part_words() -> frozenset[str]:
    """Words opening the name of a part of a region ("Lower", "North"): ``identity.yaml``."""
    words = ontology.table("identity.yaml").get("region_part_words") or []
    return frozenset(name_key(str(w)) for w in words)


def region_whole(name: str) -> str:
    """An admin area's key (``admin_key``) without the words that open the name of a part of it:
    "Lower Velm" and "North-East Velm" give "velm"; a name of no such words, or only such
    words ("North West", a region of its own), is kept whole."""
    words = name.split()
    parts = region_part_words()
    while len(words) > 1 and words[0] in parts and any(w not in parts for w in words[1:]):
        words.pop(0)  # "North West" is a region's whole name: no part of a region "West"
    return " ".join(words)


def region_whole_either_end(name: str) -> str:
    """``region_whole``, or, for a name no part word opens, the name without the part words that
    close it: "Velm West" and "Velm Central" give "velm", as divisions named for the part of a
    county or state they cover are written ("Velm West sub-county", "Velm North LGA"). A name of
    only such words stays whole."""
    whole = region_whole(name)
    if whole != name:
        return whole
    words = name.split()
    parts = region_part_words()
    while len(words) > 1 and words[-1] in parts and any(w not in parts for w in words[:-1]):
        words.pop()
    return " ".join(words)


def regions_overlap(first: str, second: str) -> bool:
    """Whether two admin area keys (``admin_key``) name one region, however spelt, or a region and
    a part of it named by a word of direction or level, opening or closing its name ("Velm" /
    "North Velm", "Lower Velm" / "Velm", "Velm West" / "Velm": ``region_part_words``). Two parts of
    one region ("North Velm" / "South Velm", "Velm West" / "Velm East") do not."""
    if _admin_alike(first, second):
        return True
    whole_first, whole_second = region_whole_either_end(first), region_whole_either_end(second)
    if whole_first != first and _admin_alike(whole_first, second):
        return True
    return whole_second != second and _admin_alike(first, whole_second)


def unplaced_region(place: PlaceKey, other: PlaceKey) -> str | None:
    """Why ``place``, a name no gazetteer placed (no coordinates, no first-level division), is the
    region ``other`` lies in (or a part of it, or the whole: ``regions_overlap``), else None.

    "Violence in Lower Velm" and a town of Velm province, "the Kessiya region" spelt as no
    table spells it ("Kessia") and a town of Kessia: read as a region, the name holds the
    other's place at the closeness of a region (``REGION_SCORE``). A town or site only:
    divisions the gazetteer filed are for ``_contains``. Towns named like their
    region are left to the spelling comparisons (``spelt_alike``). The region may be one the
    other's sentence puts its place in (``PlaceKey.regions``, ``PlaceKey.divisions``: "Kelmo, in
    Velm region" and a report placed at a bare "Velm" no gazetteer knows), when no first-level
    division is known.
    """
    if place.lat is not None or place.admin1 or place.kind not in ("city", "site", None):
        return None
    if not place.name or (place.country and place.country != other.country):
        return None
    if names_alike(place.name, other.name):
        return None
    own = admin_key(place.name)
    if other.admin1:
        if not regions_overlap(own, admin_key(other.admin1)):
            return None
        return f"{place.name}: the region of {other.name} ({other.admin1})"
    named = [r for r in (*other.regions, *other.divisions) if regions_overlap(own, admin_key(r))]
    if not named:
        return None
    return f"{place.name}: the region its sentence puts {other.name} in ({named[0]})"


def region_holds(region: PlaceKey, place: PlaceKey) -> bool:
    """Whether ``region`` (a country or admin area) contains ``place`` by the gazetteers (``_contains``)."""
    return _contains(region, place)


def _admin_alike(first: str, second: str) -> bool:
    """Whether two admin area names (``admin_key``) are one, however transliterated ("oromia" /
    "oromiya": ``names_alike``)."""
    return bool(first) and (first == second or names_alike(first, second))


def divisions_spelt_alike(a: PlaceKey, b: PlaceKey) -> bool:
    """Whether two divisions narrower than their first-level division, of one country and one
    first-level division, are one division spelt two ways ("Rueso district" / "Ruso district" of one
    province), or one division named with and without its kind word ("Kelm township" / "Kelm"):
    their names without kind words (``admin_key``) are alike (``names_alike``) or one writes a
    vowel of the other's vowel pair alone (``_vowel_pair_cut``). Their coordinates say
    nothing against it: a geocoder places a division it only half knows at its province's seat."""
    if a.kind != "admin" or b.kind != "admin" or not a.country or a.country != b.country:
        return False
    if not a.admin1 or not b.admin1 or not _admin_alike(admin_key(a.admin1), admin_key(b.admin1)):
        return False
    first, second = admin_key(a.name), admin_key(b.name)
    if not first or not second or name_key(a.name or "") == name_key(b.name or ""):
        return False  # one name: the same place, not a spelling
    if _admin_alike(first, admin_key(a.admin1)) or _admin_alike(second, admin_key(b.admin1)):
        return False  # the first-level division itself, not one of its parts
    if names_alike(first, second):
        return True
    short, long = sorted((vowel_spelling(first), vowel_spelling(second)), key=len)
    return _vowel_pair_cut(short, long)


def _vowel_pair_cut(short: str, long: str) -> bool:
    """Whether the ``vowel_spelling`` key ``long`` is ``short`` (of at least ``MIN_SKELETON``
    letters) with one vowel more written beside another vowel ("ruesu" / "rusu"): a vowel pair one
    transliteration writes and another gives as one vowel."""
    if len(short) < MIN_SKELETON or len(long) != len(short) + 1:
        return False
    vowels = "aeiou"
    for i, letter in enumerate(long):
        beside = (i > 0 and long[i - 1] in vowels) or (i + 1 < len(long) and long[i + 1] in vowels)
        if letter in vowels and beside and long[:i] + long[i + 1 :] == short:
            return True
    return False


def _region_and_town(a: PlaceKey, b: PlaceKey) -> tuple[PlaceKey, PlaceKey] | None:
    """(region, town) when one side is a division named for its chief town (``admin`` with the
    town's coordinates: "Kelm district") and the other a town or site; else None."""
    for region, town in ((a, b), (b, a)):
        if region.kind == "admin" and region.lat is not None and town.kind in ("city", "site"):
            return region, town
    return None


def region_score(
    region: PlaceKey, town: PlaceKey, max_km: float = MAX_KM
) -> tuple[float, str] | tuple[None, str]:
    """Place closeness of a division named for its chief town and a town, or ``(None, reason)``.

    "Kelm district" (with Kelm town's coordinates) and "Ostra", a town 30 km
    from Kelm: the division may hold the town. A town the division table
    files under another division is not in it (``regions.town_divisions``);
    otherwise a town within ``NEAR_KM`` of the chief town may be, and scores
    ``REGION_SCORE`` like any region holding a place; one farther out, within
    ``max_km``, may as well lie in the next division: its reason starts with
    ``REACH_REASON`` and ``score_pair`` joins it only on a shared figure.
    """
    if names_alike(region.name, town.name):
        return TOWN_REGION_SCORE, f"{town.name} and the division named for it"
    if _contains(region, town):
        return REGION_SCORE, f"{region.name} holds {town.name}"
    divisions = town_divisions(town.name, town.country, town.lat, town.lon)
    if divisions:
        return None, f"{town.name} lies in another division than {region.name}"
    if town.lat is None or town.lon is None or region.lon is None or region.lat is None:
        held = may_hold(region, town) if town.lat is None else None
        if held:  # "Kelmo" of the division's country, which no gazetteer places: it may lie there
            return MAY_HOLD_SCORE, held
        return None, f"different places ({region.name}/{town.name})"
    km = haversine_km(region.lat, region.lon, town.lat, town.lon)
    if km > max_km:
        return None, f"{km:.0f} km apart"
    if km <= NEAR_KM:
        return REGION_SCORE, f"{town.name}, {km:.0f} km from the town {region.name} is named for"
    # Farther out the town may lie in a neighbouring division: only a shared figure joins them.
    return REGION_SCORE, f"{REACH_REASON} ({town.name}, {km:.0f} km from the town {region.name} is named for)"


def actors_compatible(a: EventKey, b: EventKey) -> bool:
    """Whether the canonical actors overlap, or one side names none, or their names are related
    (``actors_related``: "DI-Maute" / "Dawlah Islamiyah-Maute", a group and its affiliate), or
    name one state (``shared_states``: the state and its forces)."""
    if not a.actors or not b.actors or a.actors & b.actors:
        return True
    return bool(shared_states(a, b)) or actors_related(a, b) or labelled_alike(a, b)


@cache
def _group_labels() -> dict[str, frozenset[str]]:
    """``identity.yaml`` ``group_labels``, both ways and by ``name_key``: a name states and
    outlets give several groups alike -> the names of the groups it is used for."""
    table: dict[str, list[str]] = ontology.table("identity.yaml").get("group_labels") or {}
    out: dict[str, set[str]] = {}
    for label, groups in table.items():
        for group in groups:
            out.setdefault(name_key(label), set()).add(name_key(group))
            out.setdefault(name_key(group), set()).add(name_key(label))
    return {k: frozenset(v) for k, v in out.items()}


def labelled_alike(a: EventKey, b: EventKey) -> bool:
    """Whether one side names the group the other names by a label used for it ("Boko Haram"
    for the Islamic State's West Africa Province: ``group_labels``)."""
    labels = _group_labels()
    theirs = {name_key(n) for n in b.actor_names}
    if any(labels.get(name_key(n), frozenset()) & theirs for n in a.actor_names):
        return True
    # "the ADF" and "Islamic State": a group the label is used for is a branch named after a group
    # the other side names (every word of that name, two or more, is in the branch's: "Islamic
    # State" / "Islamic State Central Africa Province")
    for side, other in ((a, b), (b, a)):
        parents = [_actor_words(n)[0] for n in other.actor_names]
        for name in side.actor_names:
            for group in labels.get(name_key(name), frozenset()):
                words = _actor_words(group)[0]
                if any(len(parent) >= 2 and parent < words for parent in parents):
                    return True
    return False


def actor_states(names: frozenset[str]) -> frozenset[str]:
    """The countries (ISO-2) whose states the actor names stand for (``entities.state_of``)."""
    return frozenset(code for name in names if (code := state_of(name)) is not None)


def shared_states(a: EventKey, b: EventKey) -> frozenset[str]:
    """The states both sides blame, each by its own name or one of its forces': "Russia" and
    "the FSB" (an actor ``actors.yaml`` marks ``acts_for_state``), "Israel" and "Israeli
    warplanes". Outlets blame one strike on the state or on the force that carried it out."""
    if not a.actor_names or not b.actor_names:
        return frozenset()
    return actor_states(a.actor_names) & actor_states(b.actor_names)


def one_actor(a: EventKey, b: EventKey) -> bool:
    """Whether the two sides share an actor: a canonical one, or a state (``shared_states``)."""
    return bool(a.actors & b.actors) or bool(shared_states(a, b))


@cache
def generic_actor_words() -> frozenset[str]:
    """Words of group names that tell no group apart ("front", "army"): ``identity.yaml``."""
    return frozenset(
        name_key(str(w)) for w in ontology.table("identity.yaml").get("generic_actor_words") or []
    )


@lru_cache(maxsize=65536)
def _actor_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of an actor's name, and those of them that tell a group apart (four letters or
    more, no ``generic_actor_words``)."""
    words = frozenset(name_key(name.replace("-", " ")).split())
    generic = generic_actor_words()
    return words, frozenset(w for w in words if len(w) >= 4 and w not in generic)


def actor_names_related(first: str, second: str) -> bool:
    """Whether two names of armed actors may name one group, or a group and its branch.

    Outlets name one group differently: an abbreviation of part of its name
    ("DI-Maute" / "Dawlah Islamiyah-Maute"), the parent for its affiliate
    ("al-Qaeda" / "al-Qaeda in the Arabian Peninsula", "Islamic State" /
    "Islamic State Sahel Province"). Related: the names share a word of at
    least four letters that is no generic word of group names
    (``generic_actor_words``: "front", "liberation"), or every word of the
    shorter name (two words or more) is in the longer.
    """
    (mine, my_own), (theirs, their_own) = _actor_words(first), _actor_words(second)
    if not mine or not theirs:
        return False
    if my_own & their_own:
        return True
    shorter, longer = sorted((mine, theirs), key=len)
    return len(shorter) >= 2 and shorter <= longer


def actors_related(a: EventKey, b: EventKey) -> bool:
    """Whether a name of ``a``'s actors and one of ``b``'s are related (``actor_names_related``).

    A distinctive word shared by any two names is found in one pass over each side; the
    whole-name rule then compares pairs.
    """
    mine = [_actor_words(n) for n in a.actor_names]
    theirs = [_actor_words(n) for n in b.actor_names]
    if not mine or not theirs:
        return False
    if frozenset().union(*(own for _, own in mine)) & frozenset().union(*(own for _, own in theirs)):
        return True
    return any(
        len(shorter) >= 2 and shorter <= longer
        for x, _ in mine
        for y, _ in theirs
        for shorter, longer in [sorted((x, y), key=len)]
        if x and y
    )


def figures_clash(a: int, b: int) -> bool:
    """Whether two figures of one field are too far apart to count one happening (33 vs 3)."""
    low, high = sorted((a, b))
    return high - low >= FIGURE_CLASH_GAP and high >= FIGURE_CLASH_RATIO * max(low, 1)


def clashing_fields(a: EventKey, b: EventKey) -> list[str]:
    """Fields both sides give a figure for where every pair of their figures clashes.

    An event's key holds every figure of its reports, so one report close to
    the new figure (an early count of a rising toll) is enough to spare it.
    """
    out = []
    for name in sorted({n for n, _ in a.figures} & {n for n, _ in b.figures}):
        mine = [v for n, v in a.figures if n == name]
        theirs = [v for n, v in b.figures if n == name]
        if all(figures_clash(x, y) for x in mine for y in theirs):
            out.append(name)
    return out


def figure_strength(value: int) -> float:
    """How much one figure both sides give says they tell one happening, in [0, 1]: 1 from
    ``STRONG_FIGURE`` up, less the smaller it is (logarithmically: 1 killed ~0.43, 2 ~0.68).

    Small tolls are common ("two killed" is told of many attacks a week in one country); a toll
    of 37 is told of one."""
    if value <= 0:
        return 0.0
    return min(1.0, math.log1p(value) / math.log1p(STRONG_FIGURE))


def shared_figure_strength(a: EventKey, b: EventKey) -> float:
    """The ``figure_strength`` of the largest figure of one field both sides give, 0 when none."""
    return max((figure_strength(value) for _, value in a.figures & b.figures), default=0.0)


def figure_score(a: EventKey, b: EventKey) -> tuple[float, str]:
    """Shared casualty figures in [0, 1]: 1 when a figure of at least ``STRONG_FIGURE`` agrees
    exactly, less for a smaller one (down to ``SMALL_SHARED_SCORE``: ``figure_strength``), 0.5 when
    a side gives none, 0.2 when none agrees, 0 when a field's figures are far apart
    (``clashing_fields``)."""
    if not a.figures or not b.figures:
        return 0.5, "figures given on one side only"
    shared = sorted(a.figures & b.figures)
    if shared:
        score = SMALL_SHARED_SCORE + (1.0 - SMALL_SHARED_SCORE) * shared_figure_strength(a, b)
        told = ", ".join(f"{name} {value}" for name, value in shared)
        return round(score, 4), f"shared figure {told}" + ("" if score >= 1.0 else " (small)")
    clashing = clashing_fields(a, b)
    if clashing and early_count(a, b, clashing):
        return 0.2, "an early count, told the day it happened, below the later ones"
    if clashing:
        return 0.0, "figures far apart (" + ", ".join(clashing) + ")"
    if counts_of_one_toll(a, b):
        return ONE_TOLL_SCORE, "counts of one rising toll"
    return 0.2, "no figure in common"


def early_count(report: EventKey, candidate: EventKey, fields: list[str]) -> bool:
    """Whether ``report``'s figures of ``fields`` (those far apart from ``candidate``'s:
    ``clashing_fields``) are an early count: the report was published on the day it tells of (its
    own day-precise date, or only its publication day), and each of its figures of those fields is
    below every figure of the candidate's. "Three people were killed in a blast at a market this
    morning" beside the next days' "the toll rose to 17": hours-old figures are told before the
    dead are counted, not of another blast."""
    if report.published is None or report.day is None or report.precision != "day":
        return False
    if report.published != report.day:
        return False
    for name in fields:
        mine = [v for n, v in report.figures if n == name]
        theirs = [v for n, v in candidate.figures if n == name]
        if not mine or not theirs or max(mine) >= min(theirs):
            return False
    return True


def named_ties(a: EventKey, b: EventKey) -> list[str]:
    """Ties of two sides besides their place and figures: a canonical actor both name, a target
    head both name that says who or what was hit (not people named loosely: ``loose_person_heads``,
    "men", "civilians")."""
    ties = [f"actor {actor}" for actor in sorted(a.actors & b.actors)]
    ties += [f"target {head}" for head in sorted((a.targets & b.targets) - loose_person_heads())]
    return ties


def _names_spelt_alike(report: EventKey, candidate: EventKey) -> bool:
    """Whether the report's place and a place of the candidate are one name spelt two ways
    (``names_alike``), whatever their kinds ("Kelmohhari" upazila / "Kelmohari")."""
    if report.place is None or not report.place.name:
        return False
    return any(
        other is not None and other.name and names_alike(report.place.name, other.name)
        for other in (candidate.place, *candidate.places)
    )


def _may_lie_there(report: EventKey, candidate: EventKey) -> bool:
    """Whether one side's place is a name no gazetteer knows (no country, no coordinates) that may lie
    where the other is placed: the report's document names the candidate's country, or none
    (``document_countries``), or the candidate's is the unknown one and the report is placed in a
    country. A place the gazetteer knows is somewhere else ("Gashish" and "Mangu", two divisions
    of one state); one it does not know may be a village of the other's district."""

    def unknown_name(place: PlaceKey | None) -> bool:
        return place is not None and bool(place.name) and place.lat is None and not place.country

    mine, theirs = report.place, candidate.place
    if unknown_name(mine) and theirs is not None and theirs.country:
        return not report.document_countries or theirs.country in report.document_countries
    return unknown_name(theirs) and mine is not None and bool(mine.country)


def _countryless_beside_placed(a: EventKey, b: EventKey) -> bool:
    """Whether one side names no place and nothing says its country (no country on its place, none
    its document or outlet names: ``document_countries``; an event of such reports alike) while the
    other is placed in a country: "killed two young men guarding cattle", from an outlet naming
    no country, may be of any country's attack that day."""

    def countryless(key: EventKey) -> bool:
        return (key.place is None or not key.place.country) and not key.document_countries

    def placed(key: EventKey) -> bool:
        return key.place is not None and bool(key.place.country)

    return (countryless(a) and placed(b)) or (countryless(b) and placed(a))


def _tied_beyond_place(report: EventKey, candidate: EventKey) -> bool:
    """Whether a side of no place and no country and a side placed in a country are tied by more
    than a nearby day and figures that may be any attack's ("two young men killed"): the same day
    (or a publication date within ``PUBLICATION_SLACK_DAYS`` after the other's day), a named actor
    or target (``named_ties``), or a shared figure of at least ``STRONG_FIGURE``."""
    near = nearest_day(report, candidate)
    if report.day is not None and near.day is not None:
        later, earlier = sorted((report, near), key=lambda key: key.day or date.min, reverse=True)
        assert later.day is not None and earlier.day is not None
        days = (later.day - earlier.day).days
        # a side dated by its publication (a claim, a follow-up) may be told a day or two later
        if days == 0 or (later.from_publication and days <= PUBLICATION_SLACK_DAYS):
            return True
    return bool(named_ties(report, candidate)) or figures_tie(report, candidate, place_tied=False)


def figures_tie(a: EventKey, b: EventKey, *, place_tied: bool) -> bool:
    """Whether figures both sides give tie them where nothing else does: a shared figure of at least
    ``STRONG_FIGURE`` alone; a smaller one ("two killed") only with a second tie, the place
    (``place_tied``, the caller's) or a named actor or target (``named_ties``)."""
    if not a.figures & b.figures:
        return False
    return shared_figure_strength(a, b) >= 1.0 or place_tied or bool(named_ties(a, b))


@cache
def weapon_families() -> dict[str, str]:
    """Means of ``methods.yaml`` that are weapons -> their family (``blast``, ``gun`` ...).

    Hostage-taking and other ways of attacking that go with any weapon are left out.
    """
    return {m.name: m.family or m.name for m in ontology.methods() if m.weapon}


@cache
def accompanying_methods() -> frozenset[str]:
    """Means that go with a raid by any weapon (``identity.yaml`` ``accompanying_methods``:
    houses set ablaze by gunmen): they never count against two reports being one raid."""
    return frozenset(str(m) for m in ontology.table("identity.yaml").get("accompanying_methods") or [])


def methods_clash(a: EventKey, b: EventKey) -> bool:
    """Whether both sides name a weapon (``Event.method``) and no family of weapons is shared:
    a drone strike and an air strike may be one raid, a bombing and a shooting not. Means that
    accompany any raid (``accompanying_methods``) are left out."""
    families = weapon_families()
    along = accompanying_methods()
    mine = {families[m] for m in a.methods if m in families and m not in along}
    theirs = {families[m] for m in b.methods if m in families and m not in along}
    return bool(mine and theirs and not mine & theirs)


@cache
def person_target_heads() -> frozenset[str]:
    """Target head words that name people hit (soldiers, passengers): ``identity.yaml``."""
    return frozenset(str(w).lower() for w in ontology.table("identity.yaml").get("person_target_heads") or [])


@cache
def loose_person_heads() -> frozenset[str]:
    """Person target heads that do not say which people were hit (civilians, men): ``identity.yaml``."""
    return frozenset(str(w).lower() for w in ontology.table("identity.yaml").get("loose_person_heads") or [])


def target_score(a: EventKey, b: EventKey) -> tuple[float, str]:
    """Shared targets in [0, 1]: 1 when a head word is shared, ``TARGET_KIND_SCORE`` when heads of
    one kind are (``target_kinds``: "a checkpoint" / "a security point"), 0.5 when a side names
    none or the two name targets of different kinds only (the people one names, the place or
    thing the other names: "two police officers" / "the police station") or one side names its
    people only loosely (``loose_person_heads``: "civilians", "men"), else 0."""
    if not a.targets or not b.targets:
        return 0.5, "targets named on one side only"
    shared = sorted(a.targets & b.targets)
    if shared:
        return 1.0, "shared target " + ", ".join(shared)
    kinds = shared_target_kinds(a.targets, b.targets)
    if kinds:  # "a checkpoint" / "a security point", "soldiers" / "conscripts"
        return TARGET_KIND_SCORE, "targets of one kind (" + ", ".join(sorted(kinds)) + ")"
    people = person_target_heads()
    a_people, b_people = a.targets & people, b.targets & people
    if not (a_people and b_people) and not (a.targets - a_people and b.targets - b_people):
        return 0.5, "targets of different kinds (people / places or things)"
    loose = loose_person_heads()
    if a_people and b_people and (a_people <= loose or b_people <= loose):
        # "six civilians" / "three men": people named loosely on one side may be the other's
        return 0.5, "people named loosely on one side (" + ", ".join(sorted(a_people | b_people)) + ")"
    return 0.0, "different targets (" + ", ".join(sorted(a.targets)) + " / " + ", ".join(
        sorted(b.targets)
    ) + ")"


def best_place_score(
    report: EventKey, candidate: EventKey, max_km: float = MAX_KM
) -> tuple[float, str] | tuple[None, str]:
    """Place closeness of ``report`` to ``candidate``: its own place gates, the nearest of its places scores.

    The candidate's representative (most specific) place must be
    compatible; then the best of its reports' places counts, so a report
    naming the province an incident's other reports also name ("in
    the province") is as close as the town one of them names. Where the
    representative and the report's place cannot be compared (no
    coordinates, another name), a town, site or village another report of
    the candidate names still passes when it is the report's own (the same
    name or spelling, or the same village by the same town): "Kelmo, a
    village near Dastra" filed under Dastra. Regions do not: a province
    names too many happenings.
    """
    gate = place_score(report.place, candidate.place, max_km)
    if gate[0] is None and report.place is not None:
        # the event's town as a report of it left it unplaced, in its document's country
        read = [o for o in candidate.places if o.country_read and read_in_two_countries(report.place, o)]
        if read:
            gate = place_score(report.place, read[0], max_km)
    if gate[0] is None or gate[1].startswith(MAY_HOLD_REASON):
        # the candidate's place as another report spells and places it beats a region that only
        # may hold it
        spelt = _placed_spelling_score(report, candidate, max_km)
        if spelt is not None and (gate[0] is None or spelt[0] >= gate[0]):
            gate = spelt
    named_kinds = {*SPELLING_KINDS, DISTRICT}
    best: tuple[float, str] | None = None if gate[0] is None else (gate[0], gate[1])
    for other in candidate.places:
        if other == candidate.place:
            continue
        # a region another report names is passed over, unless its document names this place in it
        named = report.place is not None and named_in_region(other, report.place) is not None
        if (
            gate[0] is None
            and not named
            and (report.place is None or {report.place.kind, other.kind} - named_kinds)
        ):
            continue
        scored = place_score(report.place, other, max_km)
        if named and report.place is not None and (scored[0] is None or scored[0] < NAMED_IN_REGION_SCORE):
            # the region's own report named this town in it: that, not only a table holding it
            scored = (NAMED_IN_REGION_SCORE, str(named_in_region(other, report.place)))
        if scored[0] is None or (gate[0] is None and scored[0] < DISTRICT_IN_CITY_SCORE):
            continue
        reason = scored[1] if gate[0] is not None else f"{scored[1]}, as another report names it"
        if best is None or scored[0] > best[0]:
            best = (scored[0], reason)
    if best is not None and report.place is not None and not report.place_borrowed:
        clash = next((o for o in candidate.places if divisions_clash(report.place, o)), None)
        if clash is not None:
            return None, f"{report.place.name} and {clash.name}: divisions apart, as another report places it"
    return best if best is not None else gate


def divisions_clash(a: PlaceKey, b: PlaceKey) -> bool:
    """Whether two places of one country, one of them a division, are known to lie in different
    second-level divisions (``known_divisions``): two divisions ("Kelm LGA" / "Dastra LGA"), or a
    division and a town or village the tables or its sentence put in another ("Kelm LGA" / Ostra,
    filed under Dastra). Two towns are not compared so (neighbouring villages, a toll may tie them)."""
    if not a.country or a.country != b.country or "admin" not in (a.kind, b.kind):
        return False
    first, second = known_divisions(a), known_divisions(b)
    if not first or not second:
        return False
    return not any(x == y or names_alike(x, y) for x in first for y in second)


def known_divisions(place: PlaceKey) -> frozenset[str]:
    """The second-level divisions (name-keyed) ``place`` is known to be or lie in, else empty.

    A division below the first level that the curated table lists (``regions.listed_division``:
    "Kelm Local Government Area" gives "kelm"); for a town or site, the listed divisions its
    sentence put it in ("Kelmo village of Kelm LGA": ``PlaceKey.divisions``), else the listed
    division named for it (the division's chief town), else the GeoNames divisions of the town
    (``regions.town_divisions``). A first-level division, a country or a place of no country: none.
    """
    if not place.country or not place.name:
        return frozenset()
    if place.kind == "admin":
        key = admin_key(place.name)
        if key and key != admin_key(place.admin1) and listed_division(key, place.country):
            return frozenset({key})
        return frozenset()
    if place.kind not in ("city", "site"):
        return frozenset()
    named = frozenset(admin_key(d) for d in place.divisions if listed_division(admin_key(d), place.country))
    if named:
        return named
    own = name_key(place.name)
    if listed_division(own, place.country):
        return frozenset({own})
    return town_divisions(place.name, place.country, place.lat, place.lon)


def _placed_spelling_score(report: EventKey, candidate: EventKey, max_km: float) -> tuple[float, str] | None:
    """The place closeness of ``report`` to the candidate's representative place as another of its
    reports gives it (the same name, or a spelling of it) with more of where it lies, else None.

    "The Bir Kelmo checkpoint" (a site, filed nowhere) and "Bir al-Kelmo" (a town of Velm
    province): one place; a report placed in Velm province is compared with the latter. So
    too a village one report puts in a division ("Kelmo village of Velm district": its
    ``divisions``) that the event's own row gives without it.
    """
    own = candidate.place
    if own is None or not own.name:
        return None
    for other in candidate.places:
        if other == own or not _better_placed(other, own) or not names_alike(other.name, own.name):
            continue
        scored = place_score(report.place, other, max_km)
        if scored[0] is not None:
            return scored[0], f"{scored[1]}, as another report places {own.name}"
    return None


def _better_placed(other: PlaceKey, own: PlaceKey) -> bool:
    """Whether ``other`` tells more of where a place lies than ``own``: a country, a first-level
    division, coordinates, the divisions or regions its sentence named, where ``own`` gives none."""
    return bool(
        (other.country and not own.country)
        or (other.admin1 and not own.admin1)
        or (other.lat is not None and own.lat is None)
        or (other.divisions and not own.divisions)
        or (other.regions and not own.regions)
    )


def _recalled_at_one_place(report: EventKey, candidate: EventKey) -> bool:
    """Whether ``report`` is a coarse-dated recollection (a year or month) of ``candidate``'s town or site.

    "the 2008 attacks in the port city" blames whom its sentence names; a
    recollection of the same town's incident in another report may blame
    another, so actors need not overlap. A day-dated report is never one.
    """
    if report.precision not in ("month", "year") or report.from_publication:
        return False
    ours, theirs = report.place, candidate.place
    if ours is None or theirs is None or not ours.name or not theirs.name:
        return False
    towns = ("city", "site", DISTRICT)
    return ours.kind in towns and theirs.kind in towns and name_key(ours.name) == name_key(theirs.name)


def targets_naming_places(report: EventKey, candidate: EventKey) -> frozenset[str]:
    """Target head words of either side that name the other side's place ("an attack on Koui",
    the other report placing it at Koui): the town attacked, which the extractor may have kept as
    a target and not as the place. Words of fewer than four letters are left out."""
    theirs = [p.name for p in (candidate.place, *candidate.places) if p is not None and p.name]
    mine = [report.place.name] if report.place is not None and report.place.name else []

    def names_one(head: str, places: list[str]) -> bool:
        # a head lost its final -s as a plural would ("Mirebalais" -> "mirebalai": ``target_heads``)
        spellings = (head, head + "s")
        return len(head) >= 4 and any(names_alike(word, name) for word in spellings for name in places)

    found = {h for h in report.targets if names_one(h, theirs)}
    return frozenset(found | {h for h in candidate.targets if names_one(h, mine)})


#: Place kinds that are no town: a report placed so may name the town attacked as its actor.
_DIVISION_KINDS = ("admin", "country")


def actors_naming_places(report: EventKey, candidate: EventKey) -> bool:
    """Whether every actor a report names (as written) names a place of the candidate, whole or by
    the first or last word of a compound name ("Kelm" for "Kelm Tarwat"): an extractor reading
    "the Kelm police post attack" or "a night raid by gunmen on Kelm, in Velm department" may take
    the place for the attacker. A report with no town of its own only (no place, only a division
    or the country, or only the town its outlet filed from: ``place_borrowed``), so a town's name
    that is also a group's stays a group where a town is given."""
    if not report.actor_names:
        return False
    place = report.place
    if (
        place is not None
        and not _unknown(place)
        and not report.place_borrowed
        and place.kind not in _DIVISION_KINDS
    ):
        return False
    theirs = [p.name for p in (candidate.place, *candidate.places) if p is not None and p.name]

    def names_place(name: str) -> bool:
        for place in theirs:
            if names_alike(name, place) or name_cut_short(name, place):
                return True
            words, first = name_key(name).split(), name_key(place).split()
            if len(words) == 1 and len(first) > 1 and len(words[0]) >= MIN_SPELLING and words[0] == first[0]:
                return True
        return False

    return bool(theirs) and all(names_place(name) for name in report.actor_names)


@cache
def non_state_types() -> frozenset[str]:
    """Event types whose doers are not states (``identity.yaml`` ``non_state_types``)."""
    return frozenset(ontology.table("identity.yaml").get("non_state_types") or ())


def state_named_for_doer(key: EventKey) -> bool:
    """Whether ``key`` is of a type states do not do (``non_state_types``: an attack) and every
    actor it names is the state of the country it happens in (its place's, any of an event's
    places', else its document's countries): "Ostria" or "Ostrian troops" as an attack's actor in
    Ostria, where an extractor took the government giving the toll, or the soldiers attacked, for
    the attacker. Such a side names no doer that can tell it from another report's group."""
    if key.type not in non_state_types() or not key.actor_names:
        return False
    homes = {p.country for p in (key.place, *key.places) if p is not None and p.country}
    if not homes:
        homes = set(key.document_countries)
    return bool(homes) and all(state_of(name) in homes for name in key.actor_names)


def _homes(key: EventKey) -> frozenset[str]:
    """The countries ``key``'s places lie in (its own place's and, for an event, its reports'), but
    for a town no gazetteer placed whose country is only its document's reading (``country_read``)."""
    places = (key.place, *key.places)
    return frozenset(p.country for p in places if p is not None and p.country and not p.country_read)


def state_from_abroad(key: EventKey, other: EventKey) -> bool:
    """Whether every actor ``key`` names is the state of one country none of its places lie in,
    while ``other``, placed where ``key`` is, blames only the state of that place: "the junta" read
    as the state of the country an outlet filed from across the border ("CHIANG MAI - ... the
    junta's air strike on Kelmo", Kelmo in Ostria) beside another outlet's Ostria. A side that
    blames a foreign state where the other blames the home state names no doer that tells them
    apart; a group, two foreign states, or a side placed nowhere or in another country still do.
    (A town of ``key`` placed only by its document's reading is where ``other`` places it.)"""
    if not key.actor_names or not other.actor_names or key.place is None:
        return False
    homes = _homes(other)
    if not homes or not _homes(key) <= homes:
        return False
    blamed = actor_states(key.actor_names)
    if len(blamed) != 1 or any(state_of(name) is None for name in key.actor_names) or blamed & homes:
        return False
    return all(state_of(name) in homes for name in other.actor_names)


def _one_scene_blamed_apart(report: EventKey, candidate: EventKey, dated: float, place: float | None) -> bool:
    """Whether two sides that blame different actors still tell one happening: the same day
    (day-precision dates), the same place (a score of at least ``DISTRICT_IN_CITY_SCORE``), a
    shared figure (``figures_tie``: a small one with a shared named target) and no targets that
    differ (``target_score`` above 0). Outlets blame one attack on different names: the state's
    label for a group ("the khawarij"), the group's own name, a faction or front claiming it."""
    same_day = dated >= DAY_SCORES[0] and report.precision == candidate.precision == "day"
    if not (same_day and place is not None and place >= DISTRICT_IN_CITY_SCORE):
        return False
    if not figures_tie(report, candidate, place_tied=False):  # a small toll: a named target too
        return False
    return target_score(report, candidate)[0] > 0.0  # two named targets that differ: two attacks


def later_count(report: EventKey, candidate: EventKey) -> bool:
    """Whether ``report`` reads as a later count of ``candidate``'s toll, dated by the day it was given.

    "The military has raised the toll from this week's attack to 31": the
    report is dated days after the incident (the day the new count was
    announced, close to its publication), and for a field both sides count
    every figure it gives is higher than every figure of the event, without
    clashing (``figures_clash``). Such a report's date is scored like a
    publication date: a few days after the incident is no distance.
    """
    near = nearest_day(report, candidate)
    if report.day is None or near.day is None or report.published is None:
        return False
    if report.precision != "day" or near.precision != "day" or report.day <= near.day:
        return False
    if (report.published - report.day).days not in range(PUBLICATION_SLACK_DAYS + 1):
        return False
    higher = False
    for name in {n for n, _ in report.figures} & {n for n, _ in candidate.figures}:
        mine = [v for n, v in report.figures if n == name]
        theirs = [v for n, v in candidate.figures if n == name]
        if min(mine) <= max(theirs) or any(figures_clash(x, y) for x in mine for y in theirs):
            return False
        higher = True
    return higher


def recount_date_score(report: EventKey, candidate: EventKey) -> tuple[float, str]:
    """Date closeness of a later count (``later_count``) to its incident, and its reason.

    The report's day is the day the count was given: ``PUBLICATION_SLACK_DAYS``
    more than a publication date already allows are no distance (a toll
    raised three days on, or published five days on), scored as a
    publication date is. Call it only for day-precision dates (``later_count``).
    """
    near = nearest_day(report, candidate)
    assert report.day is not None and near.day is not None
    allowance = PUBLICATION_SLACK_DAYS * (1 + report.from_publication + near.from_publication)
    days = max(0, (report.day - near.day).days - allowance)
    return 0.8 * DAY_SCORES[min(days, len(DAY_SCORES) - 1)], f"{days} day(s) apart, a later, higher count"


def _speakers_gate(report: EventKey, candidate: EventKey) -> str | None:
    """Why two statements cannot be one (None when they can): different or unknown speakers.

    A statement is one with another only when they share a speaker, or one
    side names none and both come from the same sentence.
    """
    if report.type not in SAME_DAY_TYPES:
        return None
    if report.speakers and candidate.speakers:
        return None if report.speakers & candidate.speakers else "different speakers"
    if report.sentences & candidate.sentences:
        return None
    return "speaker unknown on one side, in another sentence"


def _same_sentence_gate(report: EventKey, candidate: EventKey) -> str | None:
    """Why a report cannot join an event told by its own sentence: they name different targets.

    The extractor gives one report per happening of a sentence ("shut the
    border, suspended trade and closed its airspace"): reports of one
    sentence naming different targets, or dated by their own words to
    different days when only the candidate has figures ("four died after
    Monday's bombing ... a second blast a day later"), or placed at towns
    apart ("four were killed in X, in an attack distinct from the raid on
    Y": ``_towns_of_one_sentence_apart``), are different happenings.
    """
    if not report.sentences & candidate.sentences:
        return None
    dated_apart = _own_days(report, candidate) and report.day != nearest_day(report, candidate).day
    if dated_apart and not report.figures and candidate.figures:
        # "died after Monday's bombing, as the city reeled from a second blast a day later": the
        # happening with the sentence's figures is its news, one of another day beside it another
        return "another day of the same sentence"
    if _towns_of_one_sentence_apart(report, candidate):
        # "four were killed in X, in an attack distinct from the raid on Y": the sentence's two
        # happenings, each at its town
        return "another town of the same sentence"
    if not report.targets or not candidate.targets:
        return None
    return None if report.targets & candidate.targets else "another happening of the same sentence"


#: Place kinds of a town or a site: two of them a sentence tells apart are two scenes.
_TOWN_KINDS = ("city", "site")


def _towns_of_one_sentence_apart(report: EventKey, candidate: EventKey) -> bool:
    """Whether ``report`` is placed at a town or site that is none of the candidate's (not the same
    name, nor one spelt two ways, nor within ``SAME_PLACE_KM``): the extractor gives a sentence's
    happening one report, so a second report of that sentence at another town is another happening."""
    mine = report.place
    if mine is None or not mine.name or mine.kind not in _TOWN_KINDS:
        return False
    theirs = [p for p in (candidate.place, *candidate.places) if p is not None and p.name]
    if not theirs or any(p.kind not in _TOWN_KINDS for p in theirs):
        return False  # a region or district of the other may hold the town
    for place in theirs:
        if name_key(place.name or "") == name_key(mine.name) or names_alike(place.name, mine.name):
            return False
        if None not in (place.lat, place.lon, mine.lat, mine.lon):
            if haversine_km(place.lat, place.lon, mine.lat, mine.lon) <= SAME_PLACE_KM:  # type: ignore[arg-type]
                return False
        else:
            return False  # no coordinates: the gazetteer cannot tell how far apart they lie
    return True


def score_pair(
    report: EventKey, candidate: EventKey, *, window_days: int = WINDOW_DAYS, max_km: float = MAX_KM
) -> Decision | None:
    """The identity score of ``report`` against one ``candidate``; None when a gate fails
    (``pair_decision`` says which).

    The returned decision has no ``event_id`` (the caller knows it) and
    ``kind`` ``same`` or ``mention``; whether it passes ``THRESHOLD`` is the
    caller's choice. Gates besides those of the module: statements need a
    shared speaker (``_speakers_gate``) and a report does not join another
    happening of its own sentence (``_same_sentence_gate``); two
    coarse-dated recollections of one town need no shared actor (each
    sentence blames whom it recalls).
    """
    decision = pair_decision(report, candidate, window_days=window_days, max_km=max_km)
    return decision if isinstance(decision, Decision) else None


def pair_decision(
    report: EventKey, candidate: EventKey, *, window_days: int = WINDOW_DAYS, max_km: float = MAX_KM
) -> Decision | str:
    """``score_pair``'s decision, or, when a gate refuses the candidate, the gate in words: its kind
    first (``type``, ``told apart``, ``speakers``, ``date``, ``place unknown``, ``place (distance)``,
    ``place (containment)``, ``place (countries)``, ``actors``: ``GATE_KINDS``), then why, so that
    the reports an incident is split over can be grouped by what kept them apart.
    """
    kindred = report.type != candidate.type
    if kindred and candidate.type not in kindred_types().get(report.type, frozenset()):
        return f"type: {report.type} / {candidate.type}"
    speakers = _speakers_gate(report, candidate)
    if speakers:
        return f"speakers: {speakers}"
    sentence = _same_sentence_gate(report, candidate)
    if sentence:
        return f"told apart: {sentence}"
    window = window_days
    if report.type in SAME_DAY_TYPES:
        window = 0
        near = nearest_day(report, candidate)
        if report.precision == near.precision == "day" and report.day and near.day:
            # One day's slack at most when a side is dated by its publication: a statement reported
            # the next morning, not two speeches of one speaker on two days.
            slack = 1 if report.from_publication or near.from_publication else 0
            if abs((report.day - near.day).days) > slack:
                return f"date: statements of different days ({report.day} / {near.day})"
    dated = date_score(report, candidate, window)
    if dated is None:
        return (
            f"date: {report.day} ({report.precision}) / {candidate.day} ({candidate.precision}) cannot meet"
        )
    if later_count(report, candidate):
        recount = recount_date_score(report, candidate)
        if recount[0] > dated[0]:
            dated = recount
    recalled = disputed = False
    figures, figure_reason = figure_score(report, candidate)
    place, place_reason = best_place_score(report, candidate, max_km)
    if report.place is None and report.document_town is not None and place is not None:
        town = best_place_score(replace(report, place=report.document_town), candidate, max_km)
        if town[0] is not None and town[0] > place:
            place, place_reason = town[0], f"{town[1]}, the town of its document"
    if (
        report.type not in SAME_DAY_TYPES  # statements are tied by their speakers
        and place_reason.startswith(UNKNOWN_PLACE_REASON)
        and _countryless_beside_placed(report, candidate)
        and not _tied_beyond_place(report, candidate)
    ):
        # nothing says where, and the days or a small toll at most tie them
        return "place unknown: a side of no place and no country, tied by no more than the day"
    kindred_dated = DAY_SCORES[1] if dated[1] == NIGHT_REASON else dated[0]  # the next day's raid in reply
    if kindred and not told_as_kindred_types(report, candidate, kindred_dated, place):
        return f"type: {report.type} / {candidate.type} not told as one day, place and means"
    if not actors_compatible(report, candidate) and actors_naming_places(report, candidate):
        # "the Kelm police post attack": the extractor took the place for an actor
        report = replace(report, actors=frozenset(), actor_names=frozenset())
    if not actors_compatible(report, candidate):
        # "Ostria" blamed for an attack in Ostria: the state that speaks or was attacked, not a doer
        if state_named_for_doer(report):
            report = replace(report, actors=frozenset(), actor_names=frozenset())
        if state_named_for_doer(candidate):
            candidate = replace(candidate, actors=frozenset(), actor_names=frozenset())
    if not actors_compatible(report, candidate):
        # "the junta" read as the state a dateline across the border names, beside the home state
        if state_from_abroad(report, candidate):
            report = replace(report, actors=frozenset(), actor_names=frozenset())
        elif state_from_abroad(candidate, report):
            candidate = replace(candidate, actors=frozenset(), actor_names=frozenset())
    if not actors_compatible(report, candidate):
        recalled = _recalled_at_one_place(report, candidate)
        disputed = not recalled and _one_scene_blamed_apart(report, candidate, dated[0], place)
        if not recalled and not disputed:
            return "actors: " + ", ".join(sorted(report.actors)) + " / " + ", ".join(sorted(candidate.actors))
    if (
        place is not None
        and place_reason.startswith(REACH_REASON)
        and not figures_tie(report, candidate, place_tied=False)
        and not later_count(report, candidate)  # a toll risen since: the count the other gave, grown
    ):
        place, place_reason = None, place_reason + ", and no figure is shared"
    if (
        place is not None
        and place_reason.startswith(MAY_HOLD_REASON)
        and not _one_scene_told(report, candidate, dated[0])
    ) or (
        place is not None
        and f"({WIDE_HOLD_REASON})" in place_reason
        and not _one_toll_told(report, candidate, dated[0])
    ):
        place, place_reason = (
            None,
            place_reason + ", but not the same day with a shared figure, target or means",
        )
    named = targets_naming_places(report, candidate)
    country_clash = place is None and place_reason.startswith("countries")
    if named and not country_clash:
        if place is None or place < TARGET_PLACE_SCORE:
            # "the attack on Koui": the town a report names as attacked is where the other places it
            place, place_reason = (
                TARGET_PLACE_SCORE,
                f"{', '.join(sorted(named))} attacked: the place of the other",
            )
        # the town attacked is the place, not a target that differs from the other's houses
        report = replace(report, targets=report.targets - named)
        candidate = replace(candidate, targets=candidate.targets - named)
    apart = None  # two scenes of one night, or two targets days apart: two happenings, scored below
    if towns_apart(report, candidate, place_reason):
        apart = f"two towns at least {FAR_TOWNS_KM:.0f} km apart, each dated to the day, no figure shared"
    elif targets_apart(report, candidate):
        apart = f"targets of different kinds at least {APART_DAYS} days apart"
    filed = place is None and filed_from_elsewhere(report, candidate, dated[0])
    if filed:  # a dateline's town on one side: where the outlet filed, which says nothing of the scene
        place, place_reason = DATELINE_PLACE_SCORE, f"{place_reason}, but {filed}"
    if place is None:
        # Two names for one place without coordinates ("the valley" / the town): only a shared
        # figure on (nearly) the same day makes them one.
        close = dated[0] >= DAY_SCORES[1] and report.precision == candidate.precision == "day"
        no_coordinates = any(p is None or p.lat is None for p in (report.place, candidate.place))
        country_clash = place_reason.startswith("countries")
        if report.place_borrowed and not country_clash:  # its sentence names no place: nor its town
            one_country = report.place is not None and candidate.place is not None
            one_country = one_country and report.place.country == candidate.place.country  # type: ignore[union-attr]
            no_coordinates = no_coordinates or (one_country and dated[0] == 1.0)
        # a small toll alone ties no two places, but one name spelt two ways is a place tie
        spelt_or_unknown = _names_spelt_alike(report, candidate) or _may_lie_there(report, candidate)
        tied = figures_tie(report, candidate, place_tied=spelt_or_unknown)
        if not (tied and close and no_coordinates and not country_clash):
            return f"{place_gate_kind(place_reason)}: {place_reason}"
        place, place_reason = 0.1, place_reason + ", but a figure is shared"
    if recalled:
        actors, actor_reason = RECALLED_ACTORS_SCORE, "two recollections of one place blame different actors"
    elif disputed:
        actors, actor_reason = 0.0, "different actors blamed, but the day, the place and a figure agree"
    elif report.actors & candidate.actors:
        actors, actor_reason = 1.0, "shared actor(s)"
    elif report.actors and candidate.actors and shared_states(report, candidate):
        states = ", ".join(sorted(shared_states(report, candidate)))
        actors, actor_reason = 1.0, f"one state and its forces ({states})"
    elif report.actors and candidate.actors:
        actors, actor_reason = RELATED_ACTORS_SCORE, "related actor names"
    else:
        actors, actor_reason = 0.5, "actors named on one side only"
    targets, target_reason = target_score(report, candidate)
    features = (
        ("date", dated[0]),
        ("place", place),
        ("actors", actors),
        ("figures", figures),
        ("targets", targets),
    )
    score = sum(WEIGHTS[name] * value for name, value in features)
    if figure_reason.startswith("figures far apart"):
        score = max(0.0, score - FIGURE_CLASH_PENALTY)
    method_reason = "means named on one side only, or shared"
    if methods_clash(report, candidate):
        score = max(0.0, score - METHOD_CLASH_PENALTY)
        method_reason = "different means (" + ", ".join(sorted(report.methods)) + " / "
        method_reason += ", ".join(sorted(candidate.methods)) + ")"
    if apart is not None:  # the near miss is explained, never taken
        score = min(score, APART_SCORE)
        method_reason += f"; two happenings: {apart}"
    coarser = PRECISION_RANK.get(report.precision or "", 3) > PRECISION_RANK.get(candidate.precision or "", 3)
    kind = "mention" if coarser and not report.from_publication else "same"
    reasons = (
        f"kindred types ({report.type} / {candidate.type}): one day, place and means"
        if kindred
        else f"same type ({report.type})",
        dated[1],
        place_reason,
        actor_reason,
        figure_reason,
        target_reason,
        method_reason,
    )
    return Decision(None, kind, score, reasons, features)


#: The kinds of gate ``pair_decision`` names when it refuses a candidate.
GATE_KINDS = (
    "type",
    "told apart",
    "speakers",
    "date",
    "place unknown",
    "place (countries)",
    "place (distance)",
    "place (containment)",
    "actors",
)


def place_gate_kind(reason: str) -> str:
    """The kind of place gate a ``best_place_score`` reason that refused a candidate tells: two
    countries, two places too far apart by their coordinates (``distance``), or two names no table
    or sentence puts one within the other (``containment``: different places, another division)."""
    if reason.startswith("countries"):
        return "place (countries)"
    if re.search(r"\d+ km apart", reason):
        return "place (distance)"
    return "place (containment)"


def filed_from_elsewhere(report: EventKey, candidate: EventKey, date_closeness: float) -> str | None:
    """Why two sides whose places cannot be one may still tell one happening, a side's place being
    only where its outlet filed (``place_borrowed``: a dateline, the town of another sentence; for an
    event, every report placing it so), else None.

    "CAPITAL - Troops died as raiders overran a post in the north of the country" and
    "the raid on the army camp at Kelmo": the capital is no scene, so it gates nothing; but it
    places nothing either, so the two are joined only in one country (or a dateline abroad beside a
    scene of no known country: an outlet filing from a neighbouring capital), on the same day (a side dated
    by its publication: within its slack), tied beyond the day: a shared figure
    (``figures_tie``), counts of one toll (``counts_of_one_toll``), a named actor or target
    (``named_ties``) or targets of one kind."""
    borrowed = report if report.place_borrowed else candidate if candidate.place_borrowed else None
    if borrowed is None or report.place is None or candidate.place is None:
        return None
    filed, scene = (report.place, candidate.place) if borrowed is report else (candidate.place, report.place)
    country = report.place.country
    # a dateline abroad beside a scene no gazetteer or document placed in any country: the outlet
    # filed from a neighbouring capital ("ABIDJAN - ... the assault on the Kelmo brigade")
    abroad = bool(filed.country) and scene.country is None and scene.lat is None
    if not abroad and (not country or country != candidate.place.country):
        return None
    if report.precision != "day":
        return None
    # the same day, or a side dated by its publication within its slack: as near as it can be told
    published = report.from_publication or candidate.from_publication
    if candidate.precision != "day" or date_closeness < (DAY_SCORES[1] if published else DAY_SCORES[0]):
        return None
    tie = (
        figures_tie(report, candidate, place_tied=False)
        or counts_of_one_toll(report, candidate)
        or bool(named_ties(report, candidate))
        or target_score(report, candidate)[0] >= TARGET_KIND_SCORE
    )
    if not tie:
        return None
    return f"{filed.name} is only where a report was filed"


def _own_days(report: EventKey, candidate: EventKey) -> bool:
    """Whether both sides date their happening to the day by their own words (not by publication)."""
    near = nearest_day(report, candidate)
    if report.day is None or near.day is None or report.precision != "day" or near.precision != "day":
        return False
    return not report.from_publication and not near.from_publication


def towns_apart(report: EventKey, candidate: EventKey, place_reason: str) -> bool:
    """Whether two towns placed by coordinates ``FAR_TOWNS_KM`` or more apart (``place_reason``
    of ``place_score``: the nearest of the candidate's places) are two scenes: both sides date
    their happening to the day themselves, the report names its own place (not a dateline's) and
    no figure ties them (``figures_tie``). "Gunmen stormed the base at Kelmo on Sunday night, killing
    nine" beside "the camp at Dastra, 40 km south, was attacked the same night; five died": one group,
    one night, two attacks. Nearer towns may be one scene placed at the next town; a side placed only
    where its outlet filed (``place_borrowed``, for an event every report) names no scene."""
    far = _KM_APART.fullmatch(place_reason)
    if far is None or int(far.group(1)) < FAR_TOWNS_KM or report.place_borrowed or candidate.place_borrowed:
        return False
    return _own_days(report, candidate) and not figures_tie(report, candidate, place_tied=False)


def targets_apart(report: EventKey, candidate: EventKey) -> bool:
    """Whether two happenings dated to the day by their own words ``APART_DAYS`` or more apart hit
    targets of different kinds: each side names a target of a kind (``target_kinds``), none is
    shared (``target_score`` 0), and the report is no later count of the candidate's toll
    (``later_count``). "A convoy ambushed on the road on Tuesday" and "the base attacked on
    Thursday": the same town and group, two attacks."""
    if not _own_days(report, candidate) or later_count(report, candidate):
        return False
    near = nearest_day(report, candidate)
    assert report.day is not None and near.day is not None
    if abs((report.day - near.day).days) < APART_DAYS or target_score(report, candidate)[0] > 0.0:
        return False
    kinds = target_kinds()
    return all(any(head in kinds for head in side.targets) for side in (report, candidate))


def _one_scene_told(report: EventKey, candidate: EventKey, date_closeness: float) -> bool:
    """Whether two reports of a division and a town it ``may_hold`` tell one scene: the same day (or,
    a side dated only by its publication, within its slack: ``date_score`` 0.8) and a shared
    figure or counts of one toll (``figures_tie``: small ones with a named actor or target),
    target (or target kind) or means."""
    if report.precision != "day" or candidate.precision != "day":
        return False
    published = report.from_publication or candidate.from_publication
    if date_closeness < (DAY_SCORES[1] if published else 1.0):
        return False  # a publication date within its slack is as near as a date can be told
    if figures_tie(report, candidate, place_tied=False):
        return True
    if target_score(report, candidate)[0] >= TARGET_KIND_SCORE:
        return True
    if counts_of_one_toll(report, candidate) and (
        figure_strength(max(v for n, v in report.figures | candidate.figures if n == "killed")) >= 1.0
        or named_ties(report, candidate)
    ):
        return True  # early and later counts of one toll, not two small tolls ("2", "3") of the day
    families = weapon_families()
    mine = {families.get(m, m) for m in report.methods}
    return bool(mine & {families.get(m, m) for m in candidate.methods})


#: An earlier count of a rising toll is at least this share of the later one (14 of 21, not 2 of 8).
EARLY_COUNT_SHARE = 0.5


def counts_of_one_toll(report: EventKey, candidate: EventKey) -> bool:
    """Whether both sides count the dead, every count of one side is at least every count of the
    other, and the nearest two are within ``EARLY_COUNT_SHARE`` of each other: early and later
    counts of one rising toll ("at least 14 killed", "the toll has risen to 21"), not two
    figures that cross, nor a small toll beside a large one (2 fishermen, 8 soldiers)."""
    mine = [v for n, v in report.figures if n == "killed"]
    theirs = [v for n, v in candidate.figures if n == "killed"]
    if not mine or not theirs:
        return False
    if min(mine) >= max(theirs):
        low, high = max(theirs), min(mine)
    elif max(mine) <= min(theirs):
        low, high = max(mine), min(theirs)
    else:
        return False
    return low >= EARLY_COUNT_SHARE * high and not figures_clash(low, high)


@cache
def kindred_types() -> dict[str, frozenset[str]]:
    """Each event type -> the other types outlets may tell the same happening as
    (``identity.yaml`` ``kindred_types``: an ``attack`` and a ``military_action``)."""
    out: dict[str, set[str]] = {}
    for group in ontology.table("identity.yaml").get("kindred_types") or []:
        names = {str(name) for name in group}
        for name in names:
            out.setdefault(name, set()).update(names - {name})
    return {name: frozenset(others) for name, others in out.items()}


def told_as_kindred_types(report: EventKey, candidate: EventKey, dated: float, place: float | None) -> bool:
    """Whether two reports of kindred types (``kindred_types``) tell one happening.

    "Shells fired by the militia killed 11 in the town on Friday" (an attack)
    and "Friday's bombardment of the town killed 19" (told as military
    action, no actor named): the same day (day-precision dates), the same
    place (a score of at least ``DISTRICT_IN_CITY_SCORE``, or no place on a side
    and a figure shared: ``figures_tie``), a weapon family
    both name (``methods_clash`` aside, both must name one), and one side
    naming no actor, or both the same one. The army's raid in reply to an
    insurgent attack names the army, and the attack its attackers: those stay two.
    """
    if candidate.type not in kindred_types().get(report.type, frozenset()):
        return False
    same_day = dated >= DAY_SCORES[0] and report.precision == candidate.precision == "day"
    if not same_day or place is None:
        return False
    unplaced = _unknown(report.place) or _unknown(candidate.place)
    if place < DISTRICT_IN_CITY_SCORE and not (unplaced and figures_tie(report, candidate, place_tied=False)):
        return False
    families = weapon_families()
    mine = {families[m] for m in report.methods if m in families}
    theirs = {families[m] for m in candidate.methods if m in families}
    if not mine & theirs:
        return False
    return not report.actors or not candidate.actors or one_actor(report, candidate)


def same_event(a: EventKey, b: EventKey, *, window_days: int = WINDOW_DAYS, max_km: float = MAX_KM) -> bool:
    """Whether two reports (or a report and an event) describe one happening."""
    decision = score_pair(a, b, window_days=window_days, max_km=max_km)
    return decision is not None and decision.score >= THRESHOLD


def resolve_event(
    report: EventKey,
    candidates: dict[str, EventKey],
    *,
    window_days: int = WINDOW_DAYS,
    max_km: float = MAX_KM,
    threshold: float = THRESHOLD,
) -> Decision:
    """The decision for ``report`` among ``candidates`` (event id -> key).

    The best-scoring candidate at or above ``threshold`` wins (ties: closer
    date, closer place, smaller id); without one the decision is ``new``
    with the best score seen, so a near miss can be explained too.
    """
    scored: list[tuple[float, int, float, str, Decision]] = []
    refusals: list[tuple[int, str, str]] = []
    for event_id, key in candidates.items():
        decision = pair_decision(report, key, window_days=window_days, max_km=max_km)
        apart = _days_apart(report, key)
        if isinstance(decision, str):
            refusals.append((apart, event_id, decision))
            continue
        km = place_distance(report.place, key.place, max_km) or 0.0
        scored.append((-decision.score, apart, km, event_id, decision))
    for item in scored:  # passed the gates, but scored too low: refused by the score
        if -item[0] < threshold:
            low = "; ".join(item[4].reasons[1:4])
            refusals.append((item[1], item[3], f"score: {-item[0]:.2f} < {threshold} ({low})"))
    refused = tuple((event_id, why) for _, event_id, why in sorted(refusals)[:MAX_REFUSED])
    if not scored:
        return Decision(None, "new", 0.0, ("no candidate event passes the gates",), refused=refused)
    held = [item for item in scored if -item[0] >= threshold and _placed_by_may_hold(item[4])]
    if len(held) > 1:  # a division that may hold two towns of that day's happenings: neither
        scored = [item for item in scored if item not in held]
        if not scored:
            why = f"the division may hold the towns of {len(held)} candidate events"
            return Decision(None, "new", 0.0, (why,), refused=refused)
    best = min(scored, key=lambda item: item[:4])
    score, event_id, decision = -best[0], best[3], best[4]
    inside = [item for item in scored if _told_inside_area(item[4])]
    same_type = [item for item in scored if candidates[item[3]].type == report.type]
    if score < threshold and len(inside) == 1 and inside[0] is best and len(same_type) == 1:
        # an area's report and the town inside it the day's one event of that type: one happening
        # told at two levels of detail
        inside_why = (*decision.reasons, f"the only {report.type} of the day inside the area")
        return Decision(event_id, decision.kind, score, inside_why, decision.features, refused)
    if score < threshold:
        reasons = (f"best candidate {event_id} scored {score:.2f} < {threshold}", *decision.reasons)
        return Decision(None, "new", score, reasons, decision.features, refused)
    return Decision(event_id, decision.kind, score, decision.reasons, decision.features, refused)


def _told_inside_area(decision: Decision) -> bool:
    """Whether ``decision`` placed its report and candidate as an area and a place the tables put
    inside it (``CONTAINS_REASON``), on the same day (a date by publication: no day apart), with
    no figure far apart and no other means."""
    if len(decision.reasons) < 7 or not decision.reasons[2].endswith(CONTAINS_REASON):
        return False
    dated = decision.reasons[1]
    same_day = dated == "same day" or dated.startswith("0 day(s) apart")
    clash = decision.reasons[4].startswith("figures far apart") or "different means" in decision.reasons[6]
    return same_day and not clash and "two happenings" not in decision.reasons[6]


#: The most refused candidates a decision keeps (``Decision.refused``), nearest date first.
MAX_REFUSED = 8


def _days_apart(report: EventKey, candidate: EventKey) -> int:
    """Whole days between the report's date and the candidate's (0 when either has none)."""
    if report.day is None or candidate.day is None:
        return 0
    return abs((report.day - candidate.day).days)


def _placed_by_may_hold(decision: Decision) -> bool:
    return len(decision.reasons) > 2 and decision.reasons[2].startswith(MAY_HOLD_REASON)


def best_match(
    report: EventKey,
    candidates: dict[str, EventKey],
    *,
    window_days: int = WINDOW_DAYS,
    max_km: float = MAX_KM,
) -> str | None:
    """The id of the candidate event ``report`` belongs to, or None for a new event."""
    return resolve_event(report, candidates, window_days=window_days, max_km=max_km).event_id
