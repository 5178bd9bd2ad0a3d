"""What the learned stages' trainers share (:mod:`nexus.training.relation_train`,
:mod:`nexus.training.event_train`, :mod:`nexus.training.place_train`,
:mod:`nexus.training.actor_train`): page folds, one ``spacy train`` run, the held-out scores of a
page-grouped cross-validation, bootstrap resamples of the pages and their 95% intervals, pooled
precision/recall/F1, and the command line that builds the
corpus, cross-validates, trains on every page and installs the model.

Every run is seeded (:data:`SEED`); spaCy's own dev set (checkpoint choice) is a seeded tenth of
the training pages, never a page of the fold being scored.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from nexus.training.package import install_model, install_models

FOLDS = 5
SEED = 0

Pages = list[dict[str, Any]]


def fold_of(page_id: str, folds: int = FOLDS) -> int:
    """The cross-validation fold of a page (stable: a hash of its id)."""
    return hashlib.sha256(page_id.encode("utf-8")).digest()[0] % folds


def train_on(
    pages: Pages, work: Path, config: Path, to_docs: Callable[[Pages], list[Doc]], seed: int = SEED
) -> Path:
    """Train a model on ``pages`` (records with a ``"page"`` id) under ``work`` with ``spacy train
    config`` (seed ``seed``, :data:`SEED` by default: the same pages, config and seed give the same
    weights); ``to_docs`` turns records into labelled Docs. spaCy's dev set is a tenth of the pages
    drawn with that seed. Returns the path of the best checkpoint."""
    from spacy.cli.train import train

    pages = sorted(pages, key=lambda p: p["page"])
    random.Random(seed).shuffle(pages)
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
        overrides={"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"]), "system.seed": seed},
    )
    return output / "model-best"


def held_out(
    pages: Pages,
    work: Path,
    config: Path,
    to_docs: Callable[[Pages], list[Doc]],
    model_scores: Callable[[Path, Pages], list[Any]],
    seed: int = SEED,
) -> tuple[Pages, list[Any]]:
    """Page-grouped cross-validation: for each of :data:`FOLDS` folds a model trained on the other
    folds (seed ``seed``) scores the fold's pages. Returns the pages in fold order and each page's
    scores."""
    held_pages: Pages = []
    held_scores: list[Any] = []
    for k in range(FOLDS):
        train_pages = [p for p in pages if fold_of(p["page"]) != k]
        test_pages = [p for p in pages if fold_of(p["page"]) == k]
        best = train_on(train_pages, work / f"fold{k}", config, to_docs, seed)
        held_pages += test_pages
        held_scores += model_scores(best, test_pages)
    return held_pages, held_scores


def bootstrap_samples(n_pages: int, resamples: int) -> list[list[int]]:
    """``resamples`` bootstrap resamples of ``n_pages`` pages (page indices drawn with replacement),
    seeded by :data:`SEED`."""
    rng = random.Random(SEED)
    return [[rng.randrange(n_pages) for _ in range(n_pages)] for _ in range(resamples)]


def interval(values: list[float]) -> list[float]:
    """The 95% interval of bootstrap ``values`` (their 2.5th and 97.5th percentiles, rounded to 4
    places)."""
    ordered = sorted(values)
    return [
        round(ordered[int(0.025 * len(ordered))], 4),
        round(ordered[int(0.975 * len(ordered)) - 1], 4),
    ]


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 (rounded to 4 places) with the two counts they come from."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "pred": n_pred, "gold": n_gold}


@dataclass(frozen=True)
class Stage:
    """One learned stage as its trainer's command line sees it."""

    folder: str  #: under TRAINING_DIR: config.cfg, corpus.jsonl, work/, results_cv.json
    write_corpus: Callable[[Path, Path], int]  #: (pages dir, corpus file) -> pages written
    read_corpus: Callable[[Path], Pages]
    to_docs: Callable[[Pages], list[Doc]]
    cross_validate: Callable[[Pages, Path, Path], dict[str, Any]]
    model_dir: Path
    clear_cache: Callable[[], None]  #: forget the model loaded before this run installed a new one
    name: str
    description: str
    #: One model per seed is trained on every page and installed (several: in ``seed<N>/`` folders
    #: of ``model_dir``, the stage averaging their probabilities).
    seeds: tuple[int, ...] = (SEED,)


def main(stage: Stage, argv: list[str] | None = None) -> int:
    """``[PAGES_DIR] [TRAINING_DIR] [--reuse-corpus]``: build the corpus (skipped with
    ``--reuse-corpus`` when it exists), cross-validate into ``results_cv.json``, train on every page
    and install the model with ``SHA256SUMS``; returns the exit code."""
    args = sys.argv[1:] if argv is None else argv
    reuse = "--reuse-corpus" in args
    paths = [a for a in args if not a.startswith("--")]
    pages_dir = Path(paths[0] if paths else "training/pages")
    root = Path(paths[1] if len(paths) > 1 else "training") / stage.folder
    corpus = root / "corpus.jsonl"
    if not reuse or not corpus.exists():
        stage.write_corpus(pages_dir, corpus)
    pages = stage.read_corpus(corpus)
    config = root / "config.cfg"
    results = stage.cross_validate(pages, root / "work", config)
    (root / "results_cv.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    if len(stage.seeds) == 1:
        best = train_on(pages, root / "work" / "all", config, stage.to_docs, stage.seeds[0])
        install_model(best, stage.model_dir, name=stage.name, description=stage.description)
    else:
        trained = {
            f"seed{seed}": train_on(pages, root / "work" / f"all-seed{seed}", config, stage.to_docs, seed)
            for seed in stage.seeds
        }
        install_models(trained, stage.model_dir, name=stage.name, description=stage.description)
    stage.clear_cache()
    return 0
