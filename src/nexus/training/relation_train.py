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

import sys
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc

from nexus.extract import relation_model
from nexus.extract.geocode import fold
from nexus.training import relation_corpus
from nexus.training.textcat_train import FOLDS, Stage, held_out, prf
from nexus.training.textcat_train import main as run_stage

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


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
    return {name: prf(*c) for name, c in counts.items()}


def model_scores(model_dir: Path, pages: list[dict[str, Any]]) -> list[list[dict[str, float]]]:
    """The trained model's ``{type: probability}`` for every pair of every page."""
    nlp = spacy.load(model_dir)
    return [relation_model.predict(nlp, [pair["features"] for pair in page["pairs"]]) for page in pages]


def cross_validate(pages: list[dict[str, Any]], work: Path, config: Path) -> dict[str, Any]:
    """Page-grouped cross-validation (see the module docstring); returns the pooled table."""
    held_pages, held_scores = held_out(pages, work, config, training_docs, model_scores)
    return {
        "pages": len(held_pages),
        "folds": FOLDS,
        "table": score_pages(held_pages, held_scores, THRESHOLDS),
    }


STAGE = Stage(
    folder="relations",
    write_corpus=relation_corpus.write,
    read_corpus=relation_corpus.read,
    to_docs=training_docs,
    cross_validate=cross_validate,
    model_dir=relation_model.MODEL_DIR,
    clear_cache=relation_model.load_model.cache_clear,
    name="relations",
    description="Nexus learned relations: entity-pair classifier (trained by `make train-relations`)",
)


def main(argv: list[str] | None = None) -> int:
    """Build, cross-validate, train and package (see the module docstring); returns the exit code."""
    return run_stage(STAGE, argv)


if __name__ == "__main__":
    sys.exit(main())
