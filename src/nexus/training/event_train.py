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
   bootstrap interval over pages) goes to ``TRAINING_DIR/event_verifier/results_cv.json``; the
   shipped threshold (:data:`nexus.extract.event_model.KEEP_AT`) is chosen on it and on the
   development reports;
3. train on every page and install the model in ``src/nexus/extract/event_model/`` with
   ``SHA256SUMS``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc

from nexus.extract import event_model
from nexus.training import event_corpus
from nexus.training.textcat_train import FOLDS, SEED, Stage, held_out, prf
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
    """Build, cross-validate, train and package (see the module docstring); returns the exit code."""
    return run_stage(STAGE, argv)


if __name__ == "__main__":
    sys.exit(main())
