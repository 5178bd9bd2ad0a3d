"""Audit event places: gold against predicted place, and why each miss misses.

    python benchmarks/place_audit.py GOLD_DIR PRED_DIR --scorer PATH/score.py [--list]

GOLD_DIR holds gold JSON files (training/pages or the development set), PRED_DIR what
``nexus extract --out`` wrote for them, ``--scorer`` the shared scorer (``eval/score.py``), whose
event matching is reused so the figures agree with its ``geo_25km``. For each gold event with
coordinates that the scorer matches, and for each gold event left unmatched whose best
same-type, same-date prediction differs only by place, the miss is put in one class:

  A known place left without coordinates (the gazetteer has it within 25 km of gold)
  B unknown village left without coordinates (the development set leaves those at null)
  C right name, wrong geocode (a namesake, a wrong container, or over 100 km off)
  D right name, approximate position 25-100 km off (a container town or an offset)
  E wrong place chosen, the event still matched (within 50 km or by name)
  F event unmatched, no place predicted
  G event unmatched, another place predicted

``--list`` prints every miss with gold and predicted place, division, country and coordinates.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from nexus.extract.geocode import Geocoder

#: Evidence overlap (the scorer's pair weight) an unmatched gold event needs with a prediction to
#: count as missed by its place rather than not found at all.
_SAME_HAPPENING = 0.3


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("nexus_shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _where(event: dict[str, Any]) -> str:
    lat, lon = event.get("lat"), event.get("lon")
    spot = f"{lat:.2f},{lon:.2f}" if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) else "-"
    return f"{event.get('place')} [{event.get('admin1')}/{event.get('country')}] {spot}"


def audit(gold_dir: Path, pred_dir: Path, score: ModuleType, *, listing: bool) -> Counter[str]:
    """The classes of the misses (see the module docstring), printing each when ``listing``."""
    plain = Geocoder()
    classes: Counter[str] = Counter()
    hits = total = 0
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        pred_file = pred_dir / gold_file.name
        pred = json.loads(pred_file.read_text(encoding="utf-8")) if pred_file.exists() else {}
        resolve = score.Resolver(gold.get("entities") or [])
        gold_events, pred_events = gold.get("events") or [], pred.get("events") or []
        pairs = score.match_events(gold_events, pred_events, resolve)
        paired_gold, paired_pred = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
        misses: list[tuple[dict[str, Any], dict[str, Any], bool]] = []
        for g, p in pairs:
            if not score._has_coords(g):
                continue
            total += 1
            if score._has_coords(p) and score.km(g["lat"], g["lon"], p["lat"], p["lon"]) <= 25:
                hits += 1
            else:
                misses.append((g, p, True))
        free = [p for p in pred_events if id(p) not in paired_pred]
        for g in gold_events:
            if id(g) in paired_gold or not g.get("place"):
                continue
            same = [p for p in free if (p.get("type") or "").lower() == g.get("type") and score.date_ok(g, p)]
            best = max(same, key=lambda p: score._pair_weight(g, p, resolve), default=None)
            if best is not None and score._pair_weight(g, best, resolve) >= _SAME_HAPPENING:
                misses.append((g, best, False))
        for g, p, matched in misses:
            kind = _kind(g, p, matched, score, plain)
            classes[kind] += 1
            if listing:
                print(f"{kind[0]} {gold_file.stem} {g.get('type')}\n  gold: {_where(g)}\n  pred: {_where(p)}")
    print(f"within 25 km: {hits} of {total} matched events with gold coordinates")
    return classes


def _kind(g: dict[str, Any], p: dict[str, Any], matched: bool, score: ModuleType, plain: Geocoder) -> str:
    if not matched:
        return (
            "F event unmatched, no place predicted"
            if not p.get("place")
            else "G event unmatched, another place"
        )
    gold_name, pred_name = score.norm(g.get("place")), score.norm(p.get("place"))
    same = bool(
        gold_name
        and pred_name
        and (gold_name == pred_name or gold_name in pred_name or pred_name in gold_name)
    )
    known = any(
        c.lat is not None and c.lon is not None and score.km(g["lat"], g["lon"], c.lat, c.lon) <= 25
        for c in plain.candidates(str(g.get("place")))
    )
    if not same:
        return "E wrong place chosen, event still matched"
    if not score._has_coords(p):
        return "A known place left without coordinates" if known else "B unknown village, no coordinates"
    far = score.km(g["lat"], g["lon"], p["lat"], p["lon"])
    return "C right name, wrong geocode" if known or far > 100 else "D right name, approximate position"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--scorer", type=Path, required=True, help="the shared eval/score.py")
    parser.add_argument("--list", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    classes = audit(args.gold, args.pred, _scorer(args.scorer), listing=args.list)
    for kind in sorted(classes):
        print(f"{classes[kind]:5d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
