"""Train, package and evaluate the document-triage classifier (``make train-triage``).

``python -m nexus.training.triage_train TRAINING_DIR`` runs the whole chain:

1. build the corpus (:mod:`nexus.training.triage_corpus`, seeded);
2. write spaCy DocBins: the train split, less a seeded tenth kept as spaCy's dev
   set for checkpoint choice, and nothing of the held-back test split;
3. ``spacy train training/triage/config.cfg`` (seed 0);
4. copy ``model-best`` into ``src/nexus/extract/triage_model/`` with ``SHA256SUMS``;
5. print precision and recall of "security" on the test split at the shipped
   threshold and a few others, and write them to ``training/triage/results_test.json``;
   the same table for the held-out tenth of the train split (the thresholds are chosen
   there, never on the test split) goes to ``training/triage/results_valid.json``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import DocBin

from nexus.extract import triage
from nexus.training import triage_corpus
from nexus.training.package import install_model

THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7)


def held_out_tenth(training_dir: Path, seed: int = 0) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``(trained on, held out)``: the train split's records, less a seeded tenth kept as spaCy's
    dev set (checkpoint choice) and as the validation set the thresholds are chosen on."""
    records = list(triage_corpus.read(training_dir / "triage" / "corpus" / "train.jsonl"))
    random.Random(seed).shuffle(records)
    cut = len(records) // 10
    return records[cut:], records[:cut]


def prepare(training_dir: Path, seed: int = 0) -> tuple[Path, Path]:
    """Write ``train.spacy`` and ``dev.spacy`` under ``training/triage/spacy/``; returns their paths."""
    trained, held = held_out_tenth(training_dir, seed)
    records = held + trained
    cut = len(held)
    nlp = spacy.blank("en")
    out_dir = training_dir / "triage" / "spacy"
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, part in (("dev", records[:cut]), ("train", records[cut:])):
        bin_ = DocBin()
        for record in part:
            doc = nlp.make_doc(record["text"])
            doc.cats = {label: float(record["label"] == label) for label in triage_corpus.LABELS}
            bin_.add(doc)
        path = out_dir / f"{name}.spacy"
        bin_.to_disk(path)
        paths.append(path)
    return paths[1], paths[0]


def package(trained: Path, dest: Path = triage.MODEL_DIR) -> dict[str, str]:
    """Install the trained pipeline at ``dest`` with ``SHA256SUMS``; returns ``{relative path: sha256}``."""
    return install_model(
        trained,
        dest,
        name="triage",
        description="Nexus document triage: security report or other news (trained by `make train-triage`)",
    )


def evaluate(test_path: Path | list[dict[str, Any]]) -> dict[str, Any]:
    """Precision/recall of "security" on ``test_path`` (or records) per threshold, plus per-topic
    false positives.

    The whole decision (cue words, then the classifier) is measured, as the extractor applies it.
    """
    records = list(triage_corpus.read(test_path)) if isinstance(test_path, Path) else test_path
    nlp = spacy.blank("en")
    docs = [nlp.make_doc(r["text"]) for r in records]
    cues = [triage.count_cues(d) for d in docs]
    gold = [r["label"] == triage.LABEL for r in records]
    table: dict[str, Any] = {}
    for threshold in THRESHOLDS:
        pred = [d.relevant for d in triage.decide(docs, threshold)]
        tp = sum(g and p for g, p in zip(gold, pred, strict=True))
        fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
        fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
        by_topic: dict[str, int] = {}
        for r, p in zip(records, pred, strict=True):
            if p and r["label"] != triage.LABEL:
                by_topic[r["topic"]] = by_topic.get(r["topic"], 0) + 1
        table[str(threshold)] = {
            "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
            "false_positives_by_topic": dict(sorted(by_topic.items())),
        }
    no_cue = sum(1 for c, g in zip(cues, gold, strict=True) if not c and not g)
    return {
        "documents": len(records),
        "security": sum(gold),
        "other_without_cue": no_cue,
        "shipped_threshold": triage.THRESHOLD,
        "by_threshold": table,
    }


def main(argv: list[str] | None = None) -> int:
    """Build, train, package and evaluate (see the module docstring); returns the exit code."""
    from spacy.cli.train import train

    args = sys.argv[1:] if argv is None else argv
    training_dir = Path(args[0] if args else "training")
    triage_corpus.write(training_dir)
    train_path, dev_path = prepare(training_dir)
    output = training_dir / "triage" / "output"
    train(
        training_dir / "triage" / "config.cfg",
        output,
        overrides={"paths.train": str(train_path), "paths.dev": str(dev_path), "system.seed": 0},
    )
    package(output / "model-best")
    triage.load_model.cache_clear()
    results = evaluate(training_dir / "triage" / "corpus" / "test.jsonl")
    (training_dir / "triage" / "results_test.json").write_text(
        json.dumps(results, indent=2) + "\n", encoding="utf-8"
    )
    print(json.dumps(results, indent=2))
    valid = evaluate(held_out_tenth(training_dir)[1])
    (training_dir / "triage" / "results_valid.json").write_text(
        json.dumps(valid, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
