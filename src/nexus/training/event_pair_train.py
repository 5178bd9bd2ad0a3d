"""Train the pairwise event-coreference scorer (:mod:`nexus.extract.event_pairs`) on the pages.

``python -m nexus.training.event_pair_train PAGES_DIR TRAINING_DIR [--pred PRED_DIR]``

1. **Corpus**: the extractor reads every page of ``PAGES_DIR`` with the pair hook off (or the
   extraction JSON files of such a run are read from ``--pred``). Each page's events are paired
   with its gold events as the development scorer pairs them
   (:func:`nexus.training.event_corpus.scorer_pairs`). A pair of same-type events not held apart
   by the rules (:func:`~nexus.extract.event_pairs.held_apart`) is labelled 1 when one is paired
   with a gold event and the other, left unpaired, fits that gold event too (type, date and place:
   a second telling of it), 0 when both are paired (two gold happenings); other pairs are not
   labelled.
2. **Cross-validation**: five folds by a hash of the page id; the weights learned on four folds
   join the fifth's events, which are then scored as the development scorer scores them (events
   P/R/F1), per threshold, with 95% bootstrap intervals over pages of the F1 gain. The threshold
   with the best pooled F1 is kept.
3. **Final weights** on every page (the config's types, ``l2``, ``steps``, ``rate``), installed
   in ``src/nexus/extract/event_pair_model/`` with the chosen threshold and ``SHA256SUMS``; the
   table goes to ``TRAINING_DIR/event_pairs/results_cv.json``.

The model is an L2-regularised logistic regression over the binary pair features, fitted by
full-batch gradient descent (numpy, deterministic).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy

from nexus.extract import event_pairs
from nexus.extract.event_pairs import PairModel, contract_view, held_apart, joined_groups, pair_features
from nexus.training.event_corpus import compatible, scorer_pairs
from nexus.training.relation_corpus import gold_resolver
from nexus.training.textcat_train import bootstrap_samples, fold_of, interval, prf

FOLDS = 5
RESAMPLES = 1000


def read_config(path: Path) -> dict[str, Any]:
    """The training config (``training/event_pairs/config.json``): the event ``types`` whose
    tellings may be joined, the thresholds tried, and the fit's ``l2``, ``steps`` and ``rate``."""
    config: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    config["types"] = frozenset(config["types"])
    config["thresholds"] = tuple(float(t) for t in config["thresholds"])
    return config


def page_record(page: dict[str, Any], events: list[dict[str, Any]], types: frozenset[str]) -> dict[str, Any]:
    """One page's labelled pairs of events of ``types`` (see the module docstring): ``{"page",
    "events", "gold", "pairs": [[i, j, label], ...]}``, events in text order."""
    table = gold_resolver(page)
    gold = list(page.get("events") or [])
    views = sorted((contract_view(e) for e in events), key=lambda v: v["start"])
    paired = scorer_pairs(gold, views, table)
    fits = [{g for g, gev in enumerate(gold) if compatible(gev, v, table)} for v in views]
    pairs = []
    for i, a in enumerate(views):
        for j in range(i + 1, len(views)):
            b = views[j]
            if a.get("type") not in types or held_apart(a, b):
                continue
            gi, gj = paired.get(i), paired.get(j)
            if gi is not None and gj is not None:
                pairs.append([i, j, 0])
            elif gi is not None and gj is None and gi in fits[j]:
                pairs.append([i, j, 1])  # the later one tells the gold happening the first tells
            elif gj is not None and gi is None and gj in fits[i]:
                pairs.append([i, j, 1])
    return {"page": page["id"], "events": views, "gold": gold, "resolve": table, "pairs": pairs}


def build_corpus(pages_dir: Path, pred_dir: Path | None, types: frozenset[str]) -> list[dict[str, Any]]:
    """The records of every page (extracted with the hook off, or read from ``pred_dir``)."""
    from nexus.training.pages import HELD_OUT_PREFIXES, read_pages

    records = []
    if pred_dir is not None:  # the check and fresh splits' pages are never opened
        for page in read_pages(pages_dir, skip_prefixes=HELD_OUT_PREFIXES):
            path = pred_dir / f"{page['id']}.json"
            events = json.loads(path.read_text(encoding="utf-8"))["events"] if path.is_file() else []
            records.append(page_record(page, events, types))
        return records
    from nexus.training.corpus_io import extracted_pages

    for page, _doc, extraction in extracted_pages(pages_dir, event_pairs.ENV_MODE, "off"):
        records.append(page_record(page, extraction.to_contract()["events"], types))
    return records


def _same_type_counts(views: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in views:
        counts[v.get("type") or ""] = counts.get(v.get("type") or "", 0) + 1
    return counts


def rows(records: list[dict[str, Any]]) -> tuple[list[list[str]], list[int]]:
    """The feature lists and labels of every labelled pair of ``records``."""
    feats, labels = [], []
    for rec in records:
        views = rec["events"]
        counts = _same_type_counts(views)
        for i, j, label in rec["pairs"]:
            feats.append(pair_features(views[i], views[j], counts[views[i].get("type") or ""]))
            labels.append(label)
    return feats, labels


def fit(
    feats: list[list[str]], labels: list[int], config: dict[str, Any], threshold: float = 0.5
) -> PairModel:
    """An L2-regularised logistic regression over binary features (full-batch gradient descent
    with the config's ``l2``, ``steps`` and ``rate``)."""
    names = sorted({f for row in feats for f in row})
    index = {f: n for n, f in enumerate(names)}
    x = numpy.zeros((len(feats), len(names)))
    for r, row in enumerate(feats):
        for f in row:
            x[r, index[f]] = 1.0
    y = numpy.array(labels, dtype=float)
    w, b = numpy.zeros(len(names)), 0.0
    n = max(1, len(labels))
    l2, rate = float(config["l2"]), float(config["rate"])
    for _ in range(int(config["steps"])):
        p = 1.0 / (1.0 + numpy.exp(-(x @ w + b)))
        grad = p - y
        w -= rate * ((x.T @ grad) / n + l2 * w / n)
        b -= rate * float(grad.mean())
    weights = {f: round(float(w[index[f]]), 5) for f in names}
    return PairModel(weights, round(b, 5), threshold, config["types"])


def joined_views(group: list[dict[str, Any]]) -> dict[str, Any]:
    """The view of one event joined from ``group`` (as :func:`event_pairs.joined` joins events):
    the first's values, a finer date and place, every telling's actors, and what the first lacks
    from the others."""
    head = dict(group[0])
    rank = {"year": 0, "month": 1, "day": 2}
    for other in group[1:]:
        if other.get("date") and (
            not head.get("date")
            or rank.get(other.get("date_precision") or "day", 2)
            > rank.get(head.get("date_precision") or "day", 2)
        ):
            head["date"], head["date_precision"] = other["date"], other.get("date_precision")
        if (not head.get("place") and other.get("place")) or (
            head.get("place")
            and other.get("place")
            and head.get("lat") is None
            and other.get("lat") is not None
        ):
            for key in ("place", "admin1", "country", "lat", "lon"):
                head[key] = other.get(key)
        head["actors"] = list(head.get("actors") or []) + [
            a for a in other.get("actors") or [] if a not in (head.get("actors") or [])
        ]
        if not head.get("targets"):
            head["targets"] = other.get("targets")
        for key in ("killed", "injured"):
            if head.get(key) is None:
                head[key] = other.get(key)
    return head


def page_counts(record: dict[str, Any], model: PairModel | None, threshold: float) -> tuple[int, int, int]:
    """(matched, predicted, gold) events of a page after joining with ``model`` (none: as is)."""
    views = record["events"]
    if model is not None:
        views = [joined_views([views[i] for i in g]) for g in joined_groups(views, model, threshold)]
    matched = len(scorer_pairs(record["gold"], views, record["resolve"]))
    return matched, len(views), len(record["gold"])


def cross_validate(records: list[dict[str, Any]], config: dict[str, Any]) -> dict[str, Any]:
    """Page-grouped cross-validation: pooled events P/R/F1 of the rules and per threshold."""
    thresholds = config["thresholds"]
    held: dict[float | None, list[tuple[int, int, int]]] = {None: [(0, 0, 0)] * len(records)}
    for t in thresholds:
        held[t] = [(0, 0, 0)] * len(records)
    for fold in range(FOLDS):
        train = [r for r in records if fold_of(r["page"], FOLDS) != fold]
        model = fit(*rows(train), config)
        for n, rec in enumerate(records):
            if fold_of(rec["page"], FOLDS) != fold:
                continue
            held[None][n] = page_counts(rec, None, 1.0)
            for t in thresholds:
                held[t][n] = page_counts(rec, model, t)
    samples = bootstrap_samples(len(records), RESAMPLES)

    def f1(counts: list[tuple[int, int, int]], idx: list[int] | range) -> float:
        tp, np_, ng = (sum(counts[i][k] for i in idx) for k in range(3))
        return prf(tp, np_, ng)["f1"]

    table: dict[str, Any] = {}
    base = [f1(held[None], s) for s in samples]
    for key, counts in held.items():
        tp, np_, ng = (sum(c[k] for c in counts) for k in range(3))
        row: dict[str, Any] = dict(prf(tp, np_, ng))
        row.update({"matched": tp, "predicted": np_, "gold": ng})
        if key is not None:
            row["f1_gain_ci"] = interval([f1(counts, s) - b for s, b in zip(samples, base, strict=True)])
        table["rules" if key is None else f"at_{key}"] = row
    labelled = rows(records)[1]
    table["pairs"] = {"labelled": len(labelled), "positive": sum(labelled)}
    return table


def best_threshold(table: dict[str, Any], thresholds: tuple[float, ...]) -> float:
    """The threshold with the best cross-validated F1 (the highest among ties)."""
    return max(thresholds, key=lambda t: (table[f"at_{t}"]["f1"], t))


def install(model: PairModel, dest: Path) -> None:
    """Write the weights and their ``SHA256SUMS`` into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    data = (json.dumps(model.to_json(), indent=1, sort_keys=True) + "\n").encode("utf-8")
    (dest / event_pairs.WEIGHTS).write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    (dest / "SHA256SUMS").write_text(f"{digest}  {event_pairs.WEIGHTS}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, cross-validate, train on every page and install (module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("training", type=Path)
    parser.add_argument("--pred", type=Path, default=None, help="extractions of the pages, hook off")
    args = parser.parse_args(argv)
    out = args.training / "event_pairs"
    config = read_config(out / "config.json")
    records = build_corpus(args.pages, args.pred, config["types"])
    table = cross_validate(records, config)
    threshold = best_threshold(table, config["thresholds"])
    table["threshold"] = threshold
    table["pages"] = len(records)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results_cv.json").write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
    for key, row in table.items():
        if isinstance(row, dict) and "f1" in row:
            gain = row.get("f1_gain_ci", "")
            print(
                f"{key:8} P={row['p']:.4f} R={row['r']:.4f} F1={row['f1']:.4f} pred={row['predicted']} {gain}"
            )
    print("pairs", table["pairs"], "threshold", threshold)
    model = fit(*rows(records), config, threshold=threshold)
    install(model, event_pairs.MODEL_DIR)
    event_pairs.shipped_model.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
