"""Train, cross-validate and package the learned event verifier (``make train-event-verifier``).

``python -m nexus.training.event_train [PAGES_DIR] [TRAINING_DIR] [--reuse-corpus]`` runs the
whole chain (``--reuse-corpus`` skips step 1 when the corpus file exists):

1. build the event corpus of the annotated pages (:mod:`nexus.training.event_corpus`) into
   ``TRAINING_DIR/event_verifier/corpus.jsonl``;
2. cross-validate by page: the pages fall into :data:`FOLDS` folds by a hash of their id
   (:func:`nexus.training.relation_train.fold_of`); for each fold a model is trained
   (``spacy train TRAINING_DIR/event_verifier/config.cfg``, seed 0) on the other folds' pages and
   every page of the fold is scored as the extractor would produce it: the rules' events kept
   where the model scores them at or above each threshold of :data:`THRESHOLDS`, matched to the
   gold as the development scorer matches (same type, compatible date and place, as many pairs
   as possible). The table (rules alone, then with the verifier per threshold, each with a
   bootstrap interval over pages) goes to ``TRAINING_DIR/event_verifier/results_cv.json``, with
   the same per event type under ``by_type`` (:func:`score_types`); the shipped default
   (:data:`nexus.extract.event_model.KEEP_AT`) and per-type thresholds
   (``TRAINING_DIR/event_verifier/keep_at.json``) are chosen on it and checked on the
   development reports;
3. train on every page and install the model in ``src/nexus/extract/event_model/`` with
   ``SHA256SUMS``, the per-type thresholds of ``keep_at.json`` in its ``meta.json``
   (:func:`ship_thresholds`).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc

from nexus.extract import event_model
from nexus.training import event_corpus
from nexus.training.package import write_sums
from nexus.training.textcat_train import FOLDS, SEED, Stage, fold_of, held_out, prf
from nexus.training.textcat_train import main as run_stage

THRESHOLDS = (0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
#: Bootstrap resamples of the pages for the intervals.
RESAMPLES = 1000


def training_docs(pages: list[dict[str, Any]]) -> list[Doc]:
    """One Doc per predicted event of ``pages``, ``cats`` its label (true: matched to a gold event)."""
    vocab = spacy.blank("en").vocab
    docs = []
    for page in pages:
        for event in page["events"]:
            doc = event_model.feature_doc(vocab, event["features"])
            doc.cats = {event_model.LABEL: float(event["label"])}
            docs.append(doc)
    return docs


def page_counts(page: dict[str, Any], kept: list[bool]) -> tuple[int, int, int]:
    """``(matched, predicted, gold)`` of one page whose events ``kept`` survive, matched as the
    development scorer matches."""
    pred = [e for e, k in zip(page["events"], kept, strict=True) if k]
    table = page["resolve"]
    pairs = event_corpus.match(
        page["gold"],
        pred,
        lambda g, p: (
            1.0 + event_corpus.overlap(p.get("evidence") or "", g.get("evidence") or "")
            if event_corpus.compatible(g, p, table)
            else None
        ),
        cardinality=True,
    )
    return len(pairs), len(pred), len(page["gold"])


def pooled(counts: list[tuple[int, int, int]]) -> dict[str, float]:
    """Pooled precision, recall and F1 of per-page ``(matched, predicted, gold)`` counts."""
    return prf(*(sum(c[i] for c in counts) for i in range(3)))


def _f1(counts: list[tuple[int, int, int]], rows: list[int]) -> float:
    tp = sum(counts[i][0] for i in rows)
    n_pred = sum(counts[i][1] for i in rows)
    n_gold = sum(counts[i][2] for i in rows)
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def score_pages(
    pages: list[dict[str, Any]], scores: list[list[float]], thresholds: tuple[float, ...]
) -> dict[str, dict[str, Any]]:
    """Events P/R/F1 of the rules alone (``"rules"``) and with the verifier at each threshold, over
    whole pages (``scores[i]``: the model's probability for each event of page i). Each threshold's
    row also gives a 95% bootstrap interval over pages of its F1 and of its gain over the rules
    (``f1_ci``, ``gain_ci``; the rules' row its ``f1_ci``)."""
    runs: dict[str, list[tuple[int, int, int]]] = {
        "rules": [page_counts(p, [True] * len(p["events"])) for p in pages]
    }
    for t in thresholds:
        runs[str(t)] = [
            page_counts(p, [s >= t for s in page_scores])
            for p, page_scores in zip(pages, scores, strict=True)
        ]
    rng = random.Random(SEED)
    samples = [[rng.randrange(len(pages)) for _ in pages] for _ in range(RESAMPLES)]
    base = [_f1(runs["rules"], rows) for rows in samples]

    def interval(values: list[float]) -> list[float]:
        ordered = sorted(values)
        return [
            round(ordered[int(0.025 * len(ordered))], 4),
            round(ordered[int(0.975 * len(ordered)) - 1], 4),
        ]

    table: dict[str, dict[str, Any]] = {}
    for name, counts in runs.items():
        row: dict[str, Any] = dict(pooled(counts))
        f1s = base if name == "rules" else [_f1(counts, rows) for rows in samples]
        row["f1_ci"] = interval(f1s)
        if name != "rules":
            row["gain_ci"] = interval([a - b for a, b in zip(f1s, base, strict=True)])
        table[name] = row
    return table


#: Thresholds tried for one event type at a time, the other types kept at the shipped default
#: (:data:`nexus.extract.event_model.KEEP_AT`).
TYPE_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
#: A type's threshold is moved off the default only when that raises the events F1 of the pages it
#: is chosen on by at least this much (about two events on 1,900).
MIN_GAIN = 0.001

Counts = tuple[int, int, int]


def type_counts(
    pages: list[dict[str, Any]], scores: list[list[float]], etype: str, threshold: float
) -> list[Counts]:
    """Per page, ``(matched, predicted, gold)`` of the events of type ``etype`` alone when those
    scoring below ``threshold`` are dropped. The development scorer pairs only events of one type,
    so a page's counts are the sums of its types' counts."""
    out = []
    for page, page_scores in zip(pages, scores, strict=True):
        events = [(e, s) for e, s in zip(page["events"], page_scores, strict=True) if e["type"] == etype]
        part = {
            "resolve": page["resolve"],
            "gold": [g for g in page["gold"] if g["type"] == etype],
            "events": [e for e, _ in events],
        }
        out.append(page_counts(part, [s >= threshold for _, s in events]))
    return out


def _sum(parts: list[list[Counts]]) -> list[Counts]:
    """Per page, the sums of several types' counts."""
    rows = zip(*parts, strict=True)
    return [(sum(c[0] for c in row), sum(c[1] for c in row), sum(c[2] for c in row)) for row in rows]


def _interval(values: list[float]) -> list[float]:
    ordered = sorted(values)
    return [round(ordered[int(0.025 * len(ordered))], 4), round(ordered[int(0.975 * len(ordered)) - 1], 4)]


def _samples(n: int) -> list[list[int]]:
    rng = random.Random(SEED)
    return [[rng.randrange(n) for _ in range(n)] for _ in range(RESAMPLES)]


def _row(counts: list[Counts], base: list[Counts], samples: list[list[int]]) -> dict[str, Any]:
    """Pooled P/R/F1 of per-page ``counts`` with the bootstrap intervals of its F1 and of its gain
    over ``base`` (per-page counts of the same pages)."""
    row: dict[str, Any] = dict(pooled(counts))
    f1s = [_f1(counts, rows) for rows in samples]
    row["f1_ci"] = _interval(f1s)
    row["gain_ci"] = _interval([a - _f1(base, rows) for a, rows in zip(f1s, samples, strict=True)])
    return row


def _choose(
    by_type: dict[str, dict[float, list[Counts]]], rows: list[int], default: float
) -> dict[str, float]:
    """Per type, the threshold of its runs that gives the best events F1 on the pages ``rows`` (the
    other types at ``default``), when it beats ``default`` by at least :data:`MIN_GAIN`; types
    left at ``default`` are left out."""

    def total(runs: dict[float, list[Counts]], t: float) -> Counts:
        return (
            sum(runs[t][i][0] for i in rows),
            sum(runs[t][i][1] for i in rows),
            sum(runs[t][i][2] for i in rows),
        )

    base = [total(runs, default) for runs in by_type.values()]
    tp, n_pred, n_gold = (sum(c[k] for c in base) for k in range(3))
    chosen = {}
    for (etype, runs), own in zip(by_type.items(), base, strict=True):

        def f1(t: float, runs: dict[float, list[Counts]] = runs, own: Counts = own) -> float:
            c = total(runs, t)
            denominator = n_pred - own[1] + c[1] + n_gold
            return 2 * (tp - own[0] + c[0]) / denominator if denominator else 0.0

        best = max(sorted(runs), key=f1)
        if best != default and f1(best) - f1(default) >= MIN_GAIN:
            chosen[etype] = best
    return chosen


def score_types(
    pages: list[dict[str, Any]],
    scores: list[list[float]],
    thresholds: tuple[float, ...] = TYPE_THRESHOLDS,
    default: float = event_model.KEEP_AT,
) -> dict[str, Any]:
    """Per-type thresholds, measured on the held-out ``pages`` and their ``scores``.

    Returns ``{"default": default, "types": {type: {"events", "true", threshold: row}},
    "chosen": {type: threshold}, "chosen_row": row, "cross_fitted": row, "folds": [...]}`` where a
    threshold's row gives the events P/R/F1 of every type with that type alone at the threshold (the
    others at ``default``), the bootstrap intervals over pages of its F1 and of its gain over
    ``default`` for all (``f1_ci``, ``gain_ci``) and that type's own P/R/F1 (``type``);
    ``chosen`` is :func:`_choose` on every page (its row is in-sample), ``cross_fitted`` the row of
    thresholds chosen on the other folds' pages for each fold's pages (an honest estimate of the
    choice), ``folds`` those choices."""
    types = sorted({e["type"] for p in pages for e in p["events"]})
    grid = sorted({default, *thresholds})
    by_type = {t: {th: type_counts(pages, scores, t, th) for th in grid} for t in types}
    base = _sum([by_type[t][default] for t in types])
    samples = _samples(len(pages))
    table: dict[str, Any] = {}
    for etype in types:
        entry: dict[str, Any] = {
            "events": sum(1 for p in pages for e in p["events"] if e["type"] == etype),
            "true": sum(e["label"] for p in pages for e in p["events"] if e["type"] == etype),
        }
        for th in grid:
            counts = _sum([by_type[t][th if t == etype else default] for t in types])
            row = _row(counts, base, samples)
            row["type"] = pooled(by_type[etype][th])
            entry[str(th)] = row
        table[etype] = entry
    everything = list(range(len(pages)))
    chosen = _choose(by_type, everything, default)
    chosen_counts = _sum([by_type[t][chosen.get(t, default)] for t in types])
    folds = [fold_of(p["page"]) for p in pages]
    fold_choices: list[dict[str, float]] = []
    fitted: list[Counts] = [(0, 0, 0)] * len(pages)
    for k in sorted(set(folds)):
        choice = _choose(by_type, [i for i, f in enumerate(folds) if f != k], default)
        fold_choices.append(choice)
        for i, f in enumerate(folds):
            if f == k:
                fitted[i] = _sum([[by_type[t][choice.get(t, default)][i]] for t in types])[0]
    return {
        "default": default,
        "base": _row(base, base, samples),
        "types": table,
        "chosen": chosen,
        "chosen_row": _row(chosen_counts, base, samples),
        "cross_fitted": _row(fitted, base, samples),
        "folds": fold_choices,
    }


def ship_thresholds(table_file: Path, model_dir: Path) -> dict[str, float]:
    """Write the per-type thresholds of ``table_file`` (JSON ``{type: threshold}``, the shipped
    choice: ``training/event_verifier/keep_at.json``) into the installed model's ``meta.json``
    (:data:`nexus.extract.event_model.META_KEY`) and rewrite its ``SHA256SUMS``; returns the table
    (empty when the file is missing)."""
    table: dict[str, float] = {}
    if table_file.exists():
        raw = json.loads(table_file.read_text(encoding="utf-8"))
        table = {str(k): float(v) for k, v in raw.items()}
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta[event_model.META_KEY] = table
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    write_sums(model_dir)
    return table


def model_scores(model_dir: Path, pages: list[dict[str, Any]]) -> list[list[float]]:
    """The trained model's probability for every event of every page."""
    nlp = spacy.load(model_dir)
    return [event_model.predict(nlp, [e["features"] for e in page["events"]]) for page in pages]


def cross_validate(pages: list[dict[str, Any]], work: Path, config: Path) -> dict[str, Any]:
    """Page-grouped cross-validation (see the module docstring); returns the pooled table."""
    held_pages, held_scores = held_out(pages, work, config, training_docs, model_scores)
    events = sum(len(p["events"]) for p in held_pages)
    true = sum(e["label"] for p in held_pages for e in p["events"])
    return {
        "pages": len(held_pages),
        "folds": FOLDS,
        "events": events,
        "true_events": true,
        "table": score_pages(held_pages, held_scores, THRESHOLDS),
        "by_type": score_types(held_pages, held_scores),
    }


STAGE = Stage(
    folder="event_verifier",
    write_corpus=event_corpus.write,
    read_corpus=event_corpus.read,
    to_docs=training_docs,
    cross_validate=cross_validate,
    model_dir=event_model.MODEL_DIR,
    clear_cache=event_model.load_model.cache_clear,
    name="event_verifier",
    description="Nexus learned event verifier (trained by `make train-event-verifier`)",
)


def main(argv: list[str] | None = None) -> int:
    """Build, cross-validate, train and package (see the module docstring), then ship the per-type
    thresholds of ``TRAINING_DIR/event_verifier/keep_at.json`` with the model; returns the exit
    code."""
    args = sys.argv[1:] if argv is None else argv
    code = run_stage(STAGE, args)
    paths = [a for a in args if not a.startswith("--")]
    root = Path(paths[1] if len(paths) > 1 else "training") / STAGE.folder
    ship_thresholds(root / "keep_at.json", STAGE.model_dir)
    STAGE.clear_cache()
    return code


if __name__ == "__main__":
    sys.exit(main())
