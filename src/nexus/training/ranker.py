"""What the trainers of the candidate rankers share (:mod:`nexus.training.place_train`,
:mod:`nexus.training.actor_train`): their corpora hold, per page, events with scored
``candidates`` (``{"features": [...], "label": 1 | 0 | null, ...}``); these build the training
Docs of the labelled candidates, score every candidate with a trained model, and sum up a
page-grouped cross-validation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from nexus.extract.shipped import group_scores
from nexus.training.textcat_train import FOLDS, Pages, held_out

#: A ranker's feature Doc builder (``feature_doc(vocab, features)`` of its extract module).
FeatureDoc = Callable[[Vocab, Sequence[str]], Doc]
#: A ranker's classifier (``predict(nlp, feature lists)`` of its extract module).
Predict = Callable[[Language, Sequence[Sequence[str]]], list[float]]
#: The held-out scores of a cross-validation: per page, per event, per candidate.
Scores = list[list[list[float]]]


def candidate_docs(pages: Pages, feature_doc: FeatureDoc, label: str) -> list[Doc]:
    """One Doc per labelled candidate of ``pages`` (by ``feature_doc``), ``cats`` its label under
    ``label`` (1.0 right, 0.0 wrong); unlabelled candidates are left out."""
    vocab = spacy.blank("en").vocab
    docs = []
    for page in pages:
        for event in page["events"]:
            for cand in event["candidates"]:
                if cand.get("label") is None:
                    continue
                doc = feature_doc(vocab, cand["features"])
                doc.cats = {label: float(cand["label"])}
                docs.append(doc)
    return docs


def candidate_scores(model_dir: Path, pages: Pages, predict: Predict) -> Scores:
    """The probability the model trained in ``model_dir`` gives every candidate of every event of
    every page (by ``predict``, one forward pass a page)."""
    nlp = spacy.load(model_dir)
    out = []
    for page in pages:
        groups = [[c["features"] for c in e["candidates"]] for e in page["events"]]
        scores = group_scores(groups, lambda rows: predict(nlp, rows))
        out.append([[] for _ in groups] if scores is None else scores)
    return out


def cross_validate(
    pages: Pages,
    work: Path,
    config: Path,
    to_docs: Callable[[Pages], list[Doc]],
    model_scores: Callable[[Path, Pages], Scores],
    score_pages: Callable[[Pages, Scores], dict[str, dict[str, Any]]],
) -> dict[str, Any]:
    """Page-grouped cross-validation of a ranker (:func:`nexus.training.textcat_train.held_out`):
    counts of the held-out pages, events, paired events, candidates and labelled candidates, and
    ``score_pages``' table of the held-out scores."""
    held_pages, held_scores = held_out(pages, work, config, to_docs, model_scores)
    events = [e for p in held_pages for e in p["events"]]
    return {
        "pages": len(held_pages),
        "folds": FOLDS,
        "events": len(events),
        "paired_events": sum(e["gold"] is not None for e in events),
        "candidates": sum(len(e["candidates"]) for e in events),
        "labelled_candidates": sum(c.get("label") is not None for e in events for c in e["candidates"]),
        "table": score_pages(held_pages, held_scores),
    }
