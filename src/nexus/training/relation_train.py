"""Train, cross-validate and package the learned relation stage (``make train-relations``).

``python -m nexus.training.relation_train [PAGES_DIR] [TRAINING_DIR] [--reuse-corpus]`` runs the
whole chain (``--reuse-corpus`` skips step 1 when the corpus file exists):

1. build the pair corpus of the annotated pages (:mod:`nexus.training.relation_corpus`) into
   ``TRAINING_DIR/relations/corpus.jsonl``;
2. cross-validate by page: the pages fall into :data:`FOLDS` folds by a hash of their id; for each
   fold a model is trained (``spacy train TRAINING_DIR/relations/config.cfg``, seed 0) on the
   other folds' pages and every page of the fold is scored as the extractor scores it: the rules'
   relations plus the model's, at each threshold of :data:`THRESHOLDS`, matched to the gold on the
   unordered pair and type. The table (rules alone, then rules and model per threshold) goes to
   ``TRAINING_DIR/relations/results_cv.json``; the shipped threshold
   (:data:`nexus.extract.relation_model.ADD_AT`) is chosen on it;
3. train on every page and install the model in ``src/nexus/extract/relation_model/`` with
   ``SHA256SUMS``.

Within each training run spaCy's own dev set (checkpoint choice) is a seeded tenth of the
training pages, never a page of the fold being scored.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc, DocBin

from nexus.extract import relation_model
from nexus.extract.geocode import fold
from nexus.training import relation_corpus
from nexus.training.package import install_model

FOLDS = 5
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
SEED = 0


def fold_of(page_id: str, folds: int = FOLDS) -> int:
    """The cross-validation fold of a page (stable: a hash of its id)."""
    return hashlib.sha256(page_id.encode("utf-8")).digest()[0] % folds


def training_docs(pages: list[dict[str, Any]]) -> list[Doc]:
    """One Doc per pair of ``pages``: a pair of two gold entities has its labels (unsure types are
    left out of ``doc.cats``, so spaCy masks them); a pair with a name the gold does not know is a
    negative of every type (the extractor meets such pairs too: a platform, an unlisted office)."""
    vocab = spacy.blank("en").vocab
    docs = []
    for page in pages:
        for pair in page["pairs"]:
            doc = relation_model.feature_doc(vocab, pair["features"])
            if pair["gold"] is None:
                doc.cats = {t: 0.0 for t in relation_model.RELATION_TYPES}
            else:
                doc.cats = {t: float(v) for t, v in pair["labels"].items()}
            docs.append(doc)
    return docs


def train_on(
    pages: list[dict[str, Any]],
    work: Path,
    config: Path,
    to_docs: Callable[[list[dict[str, Any]]], list[Doc]] | None = None,
) -> Path:
    """Train a model on ``pages`` (records with a ``"page"`` id) under ``work`` with ``spacy train
    config`` (seed :data:`SEED`); ``to_docs`` turns records into labelled Docs (default
    :func:`training_docs`). spaCy's dev set is a seeded tenth of the pages. Returns the path of
    the best checkpoint."""
    from spacy.cli.train import train

    to_docs = to_docs or training_docs
    pages = sorted(pages, key=lambda p: p["page"])
    random.Random(SEED).shuffle(pages)
    cut = max(1, len(pages) // 10)
    work.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, part in (("dev", pages[:cut]), ("train", pages[cut:])):
        bin_ = DocBin(store_user_data=False)
        for doc in to_docs(part):
            bin_.add(doc)
        paths[name] = work / f"{name}.spacy"
        bin_.to_disk(paths[name])
    output = work / "output"
    train(
        config,
        output,
        overrides={"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"]), "system.seed": SEED},
    )
    return output / "model-best"


def page_keys(page: dict[str, Any], rows: list[list[str]]) -> set[tuple[frozenset[str], str]]:
    """``{(unordered pair of resolved names, type)}`` of ``[source, target, type]`` rows."""
    table = page["resolve"]
    return {
        (frozenset((relation_corpus.resolve_name(s, table), relation_corpus.resolve_name(t, table))), ty)
        for s, t, ty, *_ in rows
    }


def score_pages(
    pages: list[dict[str, Any]], scores: list[list[dict[str, float]]], thresholds: tuple[float, ...]
) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 of the rules alone (``"rules"``) and of the rules plus the model's
    pairs at each threshold, over whole pages (``scores[i]``: the model's scores of page i's pairs)."""
    counts: dict[str, list[int]] = {"rules": [0, 0, 0]}
    counts.update({str(t): [0, 0, 0] for t in thresholds})
    for page, page_scores in zip(pages, scores, strict=True):
        gold = {(frozenset((s, t)), ty) for s, t, ty in page["gold"]}
        rules = page_keys(page, page["rules"])
        ends = relation_model.rule_ends(
            (row[3], row[2], row[0], row[1]) for row in page["rules"] if len(row) > 3
        )
        results = {"rules": rules}
        for threshold in thresholds:
            added = {
                (frozenset(relation_corpus.resolve_name(n, page["resolve"]) for n in pair["names"]), rtype)
                for pair, s in zip(page["pairs"], page_scores, strict=True)
                for rtype, p in s.items()
                if p >= threshold
                and not relation_model.reads_other_link(
                    ends, pair["sentence"], rtype, frozenset(fold(n) for n in pair["names"])
                )
            }
            results[str(threshold)] = rules | added
        for name, predicted in results.items():
            c = counts[name]
            c[0] += len(predicted & gold)
            c[1] += len(predicted)
            c[2] += len(gold)
    table = {}
    for name, (tp, n_pred, n_gold) in counts.items():
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[name] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "pred": n_pred, "gold": n_gold}
    return table


def model_scores(model_dir: Path, pages: list[dict[str, Any]]) -> list[list[dict[str, float]]]:
    """The trained model's ``{type: probability}`` for every pair of every page."""
    nlp = spacy.load(model_dir)
    return [relation_model.predict(nlp, [pair["features"] for pair in page["pairs"]]) for page in pages]


def cross_validate(pages: list[dict[str, Any]], work: Path, config: Path) -> dict[str, Any]:
    """Page-grouped cross-validation (see the module docstring); returns the pooled table."""
    held_pages: list[dict[str, Any]] = []
    held_scores: list[list[dict[str, float]]] = []
    for k in range(FOLDS):
        train_pages = [p for p in pages if fold_of(p["page"]) != k]
        test_pages = [p for p in pages if fold_of(p["page"]) == k]
        best = train_on(train_pages, work / f"fold{k}", config)
        held_pages += test_pages
        held_scores += model_scores(best, test_pages)
    return {
        "pages": len(held_pages),
        "folds": FOLDS,
        "table": score_pages(held_pages, held_scores, THRESHOLDS),
    }


def main(argv: list[str] | None = None) -> int:
    """Build, cross-validate, train and package (see the module docstring); returns the exit code."""
    args = sys.argv[1:] if argv is None else argv
    reuse = "--reuse-corpus" in args
    paths = [a for a in args if not a.startswith("--")]
    pages_dir = Path(paths[0] if paths else "training/pages")
    training_dir = Path(paths[1] if len(paths) > 1 else "training")
    root = training_dir / "relations"
    corpus = root / "corpus.jsonl"
    if not reuse or not corpus.exists():
        relation_corpus.write(pages_dir, corpus)
    pages = relation_corpus.read(corpus)
    config = root / "config.cfg"
    results = cross_validate(pages, root / "work", config)
    (root / "results_cv.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    best = train_on(pages, root / "work" / "all", config)
    install_model(
        best,
        relation_model.MODEL_DIR,
        name="relations",
        description="Nexus learned relations: entity-pair classifier (trained by `make train-relations`)",
    )
    relation_model.load_model.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
