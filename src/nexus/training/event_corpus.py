"""The event corpus of the learned event verifier, built from the annotated pages.

``python -m nexus.training.event_corpus PAGES_DIR OUT.jsonl`` runs the extractor (its
verifier in ``record`` mode: every event kept, its features noted) over every page of
``PAGES_DIR`` (``training/pages/``, see :mod:`nexus.training.pages`) and writes one JSON
line per page:

    {"page": id, "resolve": {folded surface form: gold name},
     "gold": [{"type", "date", "date_precision", "place", "lat", "lon", "evidence"}, ...],
     "events": [{"type", "trigger", "date", "date_precision", "place", "lat", "lon",
                 "evidence", "features": [...], "label": 1 | 0, "gold": index | null}]}

Each event the rules produce is labelled by a one-to-one matching with the page's gold
events (:func:`label_events`, a maximum-weight bipartite matching): a predicted and a gold
event may pair when they have the same type and either tell it in the same sentence or have
a compatible date and place (as the development scorer requires); among such pairs the
matching prefers the same sentence, the trigger standing in the gold's evidence and a
compatible date and place. A matched event is true (1), any other false (0): one that tells
no gold happening, or a second report of one already matched.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from nexus.extract.event_model import ENV_MODE, RECORDED
from nexus.training.corpus_io import corpus_main, read_records, recorded_pages, write_records
from nexus.training.relation_corpus import gold_resolver, resolve_name, same_sentence

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_WORD = re.compile(r"\w+")
#: Gold and predicted places this close (km) are compatible, as in the development scorer.
NEAR_KM = 50.0
GOLD_FIELDS = ("type", "date", "date_precision", "place", "lat", "lon", "evidence")
EVENT_FIELDS = ("type", "trigger", "date", "date_precision", "place", "lat", "lon", "evidence")


def parse_date(value: Any) -> date | None:
    """The first day a ``YYYY[-MM[-DD]]`` string names, else None."""
    if not value or not isinstance(value, str):
        return None
    m = _DATE.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def date_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Whether a predicted event's date is compatible with the gold's (at its precision; a day
    may be one off; a gold event without a date takes any)."""
    gd, pd = parse_date(gold.get("date")), parse_date(pred.get("date"))
    if gd is None:
        return True
    if pd is None:
        return False
    precision = gold.get("date_precision") or "day"
    if precision == "year":
        return gd.year == pd.year
    if precision == "month":
        return (gd.year, gd.month) == (pd.year, pd.month)
    return abs((gd - pd).days) <= 1


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _coords(event: dict[str, Any]) -> bool:
    return isinstance(event.get("lat"), int | float) and isinstance(event.get("lon"), int | float)


def place_ok(gold: dict[str, Any], pred: dict[str, Any], table: dict[str, str]) -> bool:
    """Whether a predicted event's place is compatible with the gold's: the same name (one holding
    the other) or within :data:`NEAR_KM`; a gold event without a place takes any."""
    if not gold.get("place"):
        return True
    gp = resolve_name(gold["place"], table)
    pp = resolve_name(pred["place"], table) if pred.get("place") else ""
    if pp and (gp == pp or gp in pp or pp in gp):
        return True
    if _coords(gold) and _coords(pred):
        return km(gold["lat"], gold["lon"], pred["lat"], pred["lon"]) <= NEAR_KM
    return False


def compatible(gold: dict[str, Any], pred: dict[str, Any], table: dict[str, str]) -> bool:
    """Same type, compatible date and place: the development scorer's condition for a match."""
    return gold["type"] == pred["type"] and date_ok(gold, pred) and place_ok(gold, pred, table)


def overlap(a: str, b: str) -> float:
    """Jaccard overlap of the words of two texts."""
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def label_weight(gold: dict[str, Any], pred: dict[str, Any], table: dict[str, str]) -> float | None:
    """The weight of pairing a gold and a predicted event when labelling, None when they may not
    pair (see the module docstring)."""
    if gold["type"] != pred["type"]:
        return None
    evidence = gold.get("evidence") or ""
    same = same_sentence(pred.get("evidence") or "", evidence)
    fits = date_ok(gold, pred) and place_ok(gold, pred, table)
    if not same and not fits:
        return None
    trigger = (pred.get("trigger") or "").lower()
    told = bool(trigger) and trigger in {w.lower() for w in _WORD.findall(evidence)}
    return 1.0 + 2.0 * same + 1.0 * told + 1.0 * fits + overlap(pred.get("evidence") or "", evidence)


def match(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], weight: Any, *, cardinality: bool = False
) -> dict[int, int]:
    """Predicted index -> gold index of a maximum-weight one-to-one matching, where
    ``weight(gold, pred)`` is a pair's weight or None (no edge); ``cardinality`` asks for as many
    pairs as possible first (networkx ``max_weight_matching``)."""
    graph = nx.Graph()
    for g, gev in enumerate(gold):
        for p, pev in enumerate(pred):
            w = weight(gev, pev)
            if w is not None:
                graph.add_edge(("g", g), ("p", p), weight=w)
    pairs: dict[int, int] = {}
    for a, b in nx.max_weight_matching(graph, maxcardinality=cardinality):
        (_, g), (_, p) = (a, b) if a[0] == "g" else (b, a)
        pairs[p] = g
    return pairs


def scorer_pairs(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], table: dict[str, str]
) -> dict[int, int]:
    """Predicted index -> gold index, paired as the development scorer pairs events: same type,
    compatible date and place (:func:`compatible`), as many pairs as possible, the evidence overlap
    breaking ties (:func:`match` with ``cardinality``)."""
    return match(
        gold,
        pred,
        lambda g, p: (
            1.0 + overlap(p.get("evidence") or "", g.get("evidence") or "")
            if compatible(g, p, table)
            else None
        ),
        cardinality=True,
    )


def label_events(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], table: dict[str, str]
) -> list[int | None]:
    """The gold index each predicted event is matched to (None: false), by :func:`label_weight`."""
    pairs = match(gold, pred, lambda g, p: label_weight(g, p, table))
    return [pairs.get(p) for p in range(len(pred))]


def page_record(
    page: dict[str, Any], events: list[dict[str, Any]], features: list[list[str]]
) -> dict[str, Any]:
    """The record of one page (see the module docstring) from its predicted events (the
    extraction's event dicts) and their features."""
    table = gold_resolver(page)
    gold = [{k: g.get(k) for k in GOLD_FIELDS} for g in page.get("events") or []]
    pred = [{k: e.get(k) for k in EVENT_FIELDS} for e in events]
    matched = label_events(gold, pred, table)
    for event, feats, hit in zip(pred, features, matched, strict=True):
        event["features"] = list(feats)
        event["label"] = int(hit is not None)
        event["gold"] = hit
    return {"page": page["id"], "resolve": table, "gold": gold, "events": pred}


def page_records(pages_dir: Path) -> Iterator[dict[str, Any]]:
    """One record per page of ``pages_dir`` (the verifier records features and vetoes nothing)."""
    for page, events, features in recorded_pages(pages_dir, ENV_MODE, RECORDED):
        yield page_record(page, events, [] if features is None else features)


def write(pages_dir: Path, out: Path) -> int:
    """Write the corpus of ``pages_dir`` to ``out`` (JSON lines); returns the number of pages."""
    return write_records(page_records(pages_dir), out)


def read(path: Path) -> list[dict[str, Any]]:
    """The page records of a corpus file written by :func:`write`."""
    return read_records(path)


def main(argv: list[str] | None = None) -> int:
    return corpus_main(argv, write, __doc__)


if __name__ == "__main__":
    sys.exit(main())
