"""A learned pairwise scorer of events told twice in one report (in-document event coreference).

The rules of :mod:`nexus.extract.coreference` join most mentions of one happening, but a report
often tells its incident again where they cannot see it: a headline and a lead, a later paragraph
that names only the province or says "last week", a quote re-describing the raid, "Wednesday's
blast" three paragraphs down. Each retelling then stands as a second event of the same type and a
compatible date. Here every pair of finished events of one type is scored by a small logistic
model over features that describe how the two tellings relate, never what they name: the date
relation and precisions, the place relation (same name, one holding the other, the same province,
the distance, one missing), actor and target overlap, toll agreement, the trigger pair, how far
apart they are told, whether one stands in the headline or lead, in a quote, or opens with a
definite anaphor ("the attack"), and how many events of the type the report holds.

A pair the rules hold apart for cause is never joined, whatever the score (:func:`held_apart`):
two tellings in one sentence (but for military actions, whose doing and toll the rules may leave
as two), dates at day precision more than a day apart, dates of different months or years, places
more than :data:`FAR_KM` apart or in different countries, statements of different speakers.
Pairs above the threshold are joined greedily, the likeliest first; a telling joins a group only
when it scores above the threshold with every telling already in it. The joined event keeps the
earliest telling's evidence and values, takes the actors of every telling, and takes what it
lacks (a date or a finer date, a place or a finer place, targets, tolls) from the others. Only the
types the model was trained for join (``training/event_pairs/config.json``).

The weights (``event_pair_model/weights.json``, with its ``SHA256SUMS``) are trained on the
annotated pages by ``make train-event-pairs`` (``training/event_pairs/README.md``). The
environment variable ``NEXUS_EVENT_PAIRS`` switches the hook (``on``, the default; ``off``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from nexus.extract.events import EventDraft
from nexus.extract.geocode import fold
from nexus.extract.shipped import altered_files, env_mode, env_threshold
from nexus.extract.triggers import event_family
from nexus.geo import haversine_km
from nexus.model import Count, DateValue, Event, Place, event_contract

ENV_MODE = "NEXUS_EVENT_PAIRS"
ENV_THRESHOLD = "NEXUS_EVENT_PAIRS_AT"
MODEL_DIR = Path(__file__).with_name("event_pair_model")
WEIGHTS = "weights.json"
#: Places with coordinates further apart than this (km) are never one happening's.
FAR_KM = 100.0
#: Characters from the start of the text within which a telling counts as headline or lead.
LEAD_CHARS = 400

_WORD = re.compile(r"[^\W\d_]+")
_QUOTES = re.compile(r"[\"“”]")
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their|\w+'s|\w+’s)\s+(?:\w+\s+){0,2}$", re.I)
#: Features also conjoined with the event type (a speaker differs for a statement, not a raid).
_CROSSED = frozenset({"A", "G", "S", "Kk", "Ki", "W", "GAP", "LEAD", "Q", "DEF", "SENT", "PK"})
#: Types whose actor is the speaker: two speakers make two statements.
_SPOKEN = frozenset({"statement", "claim"})
#: Types whose two tellings in one sentence the model may join: a security action told by its
#: doing and by its toll ("troops retook the post, adding that 30 militants were killed").
_SENTENCE_TYPES = frozenset({"military_action"})
#: Military-action families the model may join: a strike or a killing and the operation or
#: encounter it was part of ("were neutralized in an encounter with troops", "jets struck the
#: hideouts ... and troops launched a search operation there").
_FIGHTING = frozenset({"force", "search"})
_PRECISION = {"year": 0, "month": 1, "day": 2}
_KIND_RANK = {"country": 0, "admin": 1, "city": 2, "site": 3}


def contract_view(event: dict[str, Any]) -> dict[str, Any]:
    """The pair features' view of an event of the extraction contract (an extracted page's JSON,
    or :func:`nexus.model.event_contract`): its fields, ``start`` (the evidence's first character)
    and the tolls' bare values. The contract carries no place kind, so ``PK`` reads ``-|-`` in
    training and at run time alike."""
    out = dict(event)
    out["start"] = (event.get("evidence_span") or [0, 0])[0]
    out["killed"] = _count(event.get("killed"))
    out["injured"] = _count(event.get("injured"))
    return out


def view(event: Event, draft: EventDraft | None = None) -> dict[str, Any]:
    """The view of ``event`` the pair features read: the same as the training corpus reads from
    extracted pages (:func:`contract_view`), with what the rules noted of its ``draft``:
    ``distinct`` (marked another happening, "a separate bombing", "hours later"), ``background``
    (an older happening recalled) and ``family`` (a military action's sub-kind: an arrest, a
    court's order, a strike; ``triggers.event_family``)."""
    out = contract_view(event_contract(event))
    out["distinct"] = draft is not None and draft.distinct
    out["background"] = draft is not None and draft.background
    out["family"] = (
        event_family(draft.trigger) if draft is not None and event.type == "military_action" else None
    )
    return out


def _day(value: str | None) -> date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")[:3] if p.isdigit()]
    if not parts:
        return None
    while len(parts) < 3:
        parts.append(1)
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _count(value: Any) -> int | None:
    """A toll's value from a view (an int) or a contract (``{"value": n, ...}``)."""
    if isinstance(value, dict):
        value = value.get("value")
    return value if isinstance(value, int) else None


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if not all(isinstance(e.get(k), int | float) for e in (a, b) for k in ("lat", "lon")):
        return None
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def date_relation(a: dict[str, Any], b: dict[str, Any]) -> str:
    """How two tellings' dates relate: ``none`` (neither dated), ``first-only`` / ``second-only``,
    ``same`` (the same value and precision), ``adjacent`` (days one apart), ``within`` (the coarser
    holds the finer), ``apart`` (incompatible)."""
    da, db = _day(a.get("date")), _day(b.get("date"))
    if da is None and db is None:
        return "none"
    if db is None:
        return "first-only"
    if da is None:
        return "second-only"
    pa = _PRECISION.get(a.get("date_precision") or "day", 2)
    pb = _PRECISION.get(b.get("date_precision") or "day", 2)
    if pa == pb == 2:
        gap = abs((da - db).days)
        return "same" if gap == 0 else "adjacent" if gap == 1 else "apart"
    coarse = min(pa, pb)
    same_year = da.year == db.year
    same_month = same_year and da.month == db.month
    held = same_year if coarse == 0 else same_month
    if not held:
        return "apart"
    return "same" if pa == pb else "within"


def place_relation(a: dict[str, Any], b: dict[str, Any]) -> str:
    """How two tellings' places relate: ``none``, ``first-only`` / ``second-only``, ``same`` (the
    same name), ``named-within`` (one name holds the other), ``near`` / ``region`` / ``far``
    (by distance: 25 and :data:`FAR_KM` km), ``province`` (one the other's province, or both in
    one), ``country`` (only the country shared), ``abroad`` (different countries)."""
    na, nb = fold(a.get("place") or ""), fold(b.get("place") or "")
    if not na and not nb:
        return "none"
    if not nb:
        return "first-only"
    if not na:
        return "second-only"
    if na == nb:
        return "same"
    if na in nb or nb in na:
        return "named-within"
    ca, cb = a.get("country"), b.get("country")
    if ca and cb and ca != cb:
        return "abroad"
    km = _km(a, b)
    if km is not None:
        return "near" if km <= 25 else "region" if km <= FAR_KM else "far"
    admin_a, admin_b = fold(a.get("admin1") or ""), fold(b.get("admin1") or "")
    if (admin_a and admin_a in (admin_b, nb)) or (admin_b and admin_b == na):
        return "province"
    if ca and ca == cb:
        return "country"
    return "unrelated"


def held_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b`` (told after ``a``) is held apart from it by the rules for cause: another type,
    ``b`` marked by the rules as another happening (not when both are of one sentence so marked:
    "Separately, ..." marks the sentence, not one of its words), one an older happening recalled
    and the other not, military actions of other families (an arrest, a court's order, a strike;
    but a strike or a killing and a search operation or encounter, :data:`_FIGHTING`, are left to
    the model), one sentence (the rules read it whole: two measures, two steps; not for a type of
    :data:`_SENTENCE_TYPES`, whose doing and toll the rules may leave as two: "retook the post,
    adding that 30 were killed"), dates that cannot be one day (:func:`date_relation` ``apart``),
    places in different countries or further apart than :data:`FAR_KM` km, statements or claims
    of different speakers (both named, none shared)."""
    if a.get("type") != b.get("type"):
        return True
    one_sentence = (a.get("evidence") or "") == (b.get("evidence") or "") and a.get("start") == b.get("start")
    if b.get("distinct") and not (one_sentence and a.get("distinct")):
        return True  # the later one marked as another happening ("separately, ..." marks a sentence)
    if bool(a.get("background")) != bool(b.get("background")):
        return True  # an old one recalled beside a new one
    families = {a.get("family"), b.get("family")}
    if None not in families and len(families) > 1 and families != _FIGHTING:
        return True  # an arrest and a court's order, a strike and an arrest (triggers.event_family)
    if (
        (a.get("evidence") or "") == (b.get("evidence") or "")
        and a.get("start") == b.get("start")
        and a.get("type") not in _SENTENCE_TYPES
    ):
        return True  # one sentence: the rules have read it whole (two measures, two steps)
    if date_relation(a, b) == "apart":
        return True
    if a.get("type") in _SPOKEN:
        told, more = _names(a.get("actors")), _names(b.get("actors"))
        if told and more and not told & more:
            return True
    return place_relation(a, b) in ("abroad", "far")


def _lemma(word: str | None) -> str:
    """A crude lemma of a trigger word: lower case, a plural or past ending cut."""
    w = (word or "").lower().split()[-1] if word else ""
    for ending in ("ings", "ing", "ies", "ied", "ed", "es", "s"):
        if len(w) > len(ending) + 3 and w.endswith(ending):
            return w[: -len(ending)]
    return w


def _definite(event: dict[str, Any]) -> bool:
    """Whether the telling's trigger is a noun opened by a definite determiner or a possessive
    ("the raid", "Wednesday's blast")."""
    trigger = (event.get("trigger") or "").strip()
    text = event.get("evidence") or ""
    if not trigger:
        return False
    at = text.lower().find(trigger.lower())
    return at > 0 and _DEFINITE.search(text[:at]) is not None


def _quoted(event: dict[str, Any]) -> bool:
    return _QUOTES.search(event.get("evidence") or "") is not None


def _names(values: Sequence[str] | None) -> set[str]:
    return {fold(v) for v in values or [] if v}


def _bucket(n: int, bounds: Sequence[int]) -> str:
    for bound in bounds:
        if n <= bound:
            return str(bound)
    return f"{bounds[-1]}+"


def pair_features(a: dict[str, Any], b: dict[str, Any], same_type: int) -> list[str]:
    """The features of the pair of tellings ``a`` (told first) and ``b`` of one type, in a report
    holding ``same_type`` events of that type."""
    kind = a.get("type") or "?"
    dr, pr = date_relation(a, b), place_relation(a, b)
    pa, pb = a.get("date_precision") or "-", b.get("date_precision") or "-"
    feats = [
        f"T={kind}",
        f"D={dr}",
        f"DP={pa}|{pb}",
        f"P={pr}",
        f"PK={a.get('kind') or '-'}|{b.get('kind') or '-'}",
        f"TD={kind}|{dr}",
        f"TP={kind}|{pr}",
        f"DPP={dr}|{pr}",
        f"N={_bucket(same_type, (2, 3, 4, 6))}",
        f"TN={kind}|{_bucket(same_type, (2, 3, 4, 6))}",
    ]
    actors_a, actors_b = _names(a.get("actors")), _names(b.get("actors"))
    if actors_a and actors_b:
        feats.append("A=shared" if actors_a & actors_b else "A=disjoint")
    else:
        feats.append("A=" + ("none" if not actors_a and not actors_b else "one"))
    targets_a, targets_b = _names(a.get("targets")), _names(b.get("targets"))
    if targets_a and targets_b:
        feats.append("G=shared" if targets_a & targets_b else "G=disjoint")
    speaker_a, speaker_b = fold(a.get("attributed_to") or ""), fold(b.get("attributed_to") or "")
    if speaker_a and speaker_b:
        feats.append("S=same" if speaker_a == speaker_b else "S=other")
    for toll in ("killed", "injured"):
        ka, kb = _count(a.get(toll)), _count(b.get(toll))
        if ka is not None and kb is not None:
            feats.append(f"K{toll[0]}=" + ("same" if ka == kb else "other"))
        elif ka is not None or kb is not None:
            feats.append(f"K{toll[0]}=one")
    la, lb = _lemma(a.get("trigger")), _lemma(b.get("trigger"))
    feats.append("W=same" if la and la == lb else "W=other")
    feats.append(f"WW={la}|{lb}")
    feats.append(f"W2={lb}")
    gap = abs(int(b.get("start") or 0) - int(a.get("start") or 0))
    feats.append(f"GAP={_bucket(gap // 200, (0, 1, 3, 6, 12))}")
    lead_a, lead_b = int(a.get("start") or 0) < LEAD_CHARS, int(b.get("start") or 0) < LEAD_CHARS
    feats.append(f"LEAD={int(lead_a)}{int(lead_b)}")
    feats.append(f"Q={int(_quoted(a))}{int(_quoted(b))}")
    feats.append(f"DEF={int(_definite(b))}")
    feats.append(f"DEFD={int(_definite(b))}|{dr}")
    if (a.get("evidence") or "") == (b.get("evidence") or ""):
        feats.append("SENT=same")
    crossed = [f for f in feats if f.split("=", 1)[0] in _CROSSED]
    return feats + [f"{kind}|{f}" for f in crossed]


class PairModel:
    """A logistic model over pair features: a bias, one weight per known feature, the join
    threshold and the event types whose tellings it may join (its training config's)."""

    def __init__(
        self, weights: dict[str, float], bias: float, threshold: float, types: frozenset[str] = frozenset()
    ) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.types = types

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {
            "bias": self.bias,
            "threshold": self.threshold,
            "types": sorted(self.types),
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairModel:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(weights, float(data["bias"]), float(data["threshold"]), frozenset(data["types"]))


@cache
def shipped_model() -> PairModel | None:
    """The shipped weights, checked against their ``SHA256SUMS`` (None when none are shipped).
    Raises RuntimeError naming an altered file."""
    if not (MODEL_DIR / "SHA256SUMS").is_file():
        return None
    bad = altered_files(MODEL_DIR)
    if bad:
        raise RuntimeError(f"the event pair model differs from its SHA256SUMS: {', '.join(bad)}")
    return PairModel.from_json(json.loads((MODEL_DIR / WEIGHTS).read_text(encoding="utf-8")))


def joined_groups(views: Sequence[dict[str, Any]], model: PairModel, threshold: float) -> list[list[int]]:
    """Groups of indices of ``views`` (in text order) told of one happening: pairs of the model's
    types scored at or above ``threshold`` joined greedily, the likeliest first; two groups join
    only when every pair across them scores at or above ``threshold`` (none held apart,
    :func:`held_apart`), so a telling close to one member of a group but not to another stays
    out. Singletons included."""
    counts: dict[str, int] = {}
    for v in views:
        counts[v.get("type") or ""] = counts.get(v.get("type") or "", 0) + 1
    above: set[tuple[int, int]] = set()
    scored: list[tuple[float, int, int]] = []
    for i, a in enumerate(views):
        for j in range(i + 1, len(views)):
            b = views[j]
            if a.get("type") not in model.types or held_apart(a, b):
                continue
            p = model.probability(pair_features(a, b, counts[a.get("type") or ""]))
            if p >= threshold:
                scored.append((p, i, j))
                above.add((i, j))
    group_of = list(range(len(views)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(views))}
    for _, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        if any((min(x, y), max(x, y)) not in above for x in members[gi] for y in members[gj]):
            continue
        keep, gone = min(gi, gj), max(gi, gj)
        members[keep] = sorted(members[keep] + members.pop(gone))
        for x in members[keep]:
            group_of[x] = keep
    return [members[g] for g in sorted(members)]


def _finer_date(first: DateValue | None, other: DateValue | None) -> DateValue | None:
    if first is None:
        return other
    if other is not None and _PRECISION[other.precision] > _PRECISION[first.precision]:
        return other
    return first


def _finer_place(first: Place | None, other: Place | None) -> Place | None:
    if first is None:
        return other
    if other is not None and _KIND_RANK.get(other.kind, 0) > _KIND_RANK.get(first.kind, 0):
        if first.kind == "country" and other.country not in (None, first.country):
            return first
        return other
    return first


def _toll(first: Count | None, other: Count | None) -> Count | None:
    return first if first is not None else other


def joined(events: Sequence[Event]) -> Event:
    """One event of the tellings ``events`` (in text order): the first's evidence and values, the
    actors of every telling (the first's first), and what the first lacks taken from the others
    (a finer date or place, targets, tolls)."""
    head = events[0]
    date_value, place = head.date, head.place
    actors, targets = list(head.actors), list(head.targets)
    killed, injured = head.killed, head.injured
    for other in events[1:]:
        date_value = _finer_date(date_value, other.date)
        place = _finer_place(place, other.place)
        actors += [a for a in other.actors if a not in actors]  # a doer either telling names
        if not targets:
            targets = list(other.targets)
        killed, injured = _toll(killed, other.killed), _toll(injured, other.injured)
    update = {
        "date": date_value,
        "place": place,
        "actors": actors,
        "targets": targets,
        "killed": killed,
        "injured": injured,
    }
    return head.model_copy(update=update)


def joined_tellings(events: list[Event], drafts: Sequence[EventDraft] | None = None) -> list[Event]:
    """``events`` with the tellings of one happening joined (the hook in
    ``assemble.to_extraction``; ``drafts[i]`` the draft ``events[i]`` was built from, for the rules'
    marks, see :func:`view`); unchanged when the hook is off or no weights are shipped."""
    if len(events) < 2 or mode() == "off":
        return events
    model = shipped_model()
    if model is None:
        return events
    threshold = join_at(model.threshold)
    order = sorted(range(len(events)), key=lambda i: events[i].evidence.start)
    ordered = [events[i] for i in order]
    own = list(drafts) if drafts is not None and len(drafts) == len(events) else [None] * len(events)
    groups = joined_groups([view(events[i], own[i]) for i in order], model, threshold)
    if all(len(g) == 1 for g in groups):
        return events
    firsts = {order[g[0]]: joined([ordered[i] for i in g]) for g in groups}
    return [firsts[i] for i in range(len(events)) if i in firsts]


def mode() -> str:
    """``on`` or ``off`` (``NEXUS_EVENT_PAIRS``; default ``on``)."""
    return env_mode(ENV_MODE, "on", ("on", "off"))


def join_at(default: float = 0.5) -> float:
    """The join threshold: ``NEXUS_EVENT_PAIRS_AT`` or the shipped model's (``default``)."""
    return env_threshold(ENV_THRESHOLD, default)
