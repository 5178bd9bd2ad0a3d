"""What the candidate rankers' trainers share: training Docs of the labelled candidates, the
model's scores split back by event, a cross-validation's summary, and the bootstrap intervals."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from nexus.extract import place_model
from nexus.training import ranker, textcat_train

PAGES: list[dict[str, Any]] = [
    {
        "page": "p1",
        "events": [
            {
                "gold": 0,
                "candidates": [
                    {"features": ["T=attack", "SRC=sent"], "label": 1},
                    {"features": ["T=attack", "SRC=head"], "label": 0},
                ],
            },
            {"gold": None, "candidates": [{"features": ["T=claim"], "label": None}]},
            {"gold": None, "candidates": []},
        ],
    },
    {"page": "p2", "events": [{"gold": None, "candidates": []}]},
]


def test_only_labelled_candidates_become_docs_with_their_label() -> None:
    docs = ranker.candidate_docs(PAGES, place_model.feature_doc, "right")
    assert [[t.text for t in d] for d in docs] == [["T=attack", "SRC=sent"], ["T=attack", "SRC=head"]]
    assert [d.cats for d in docs] == [{"right": 1.0}, {"right": 0.0}]


def test_candidate_scores_are_split_back_by_event(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranker.spacy, "load", lambda _path: None)
    calls: list[int] = []

    def predict(_nlp: Language, rows: Sequence[Sequence[str]]) -> list[float]:
        calls.append(len(rows))
        return [0.1 * (n + 1) for n in range(len(rows))]

    scores = ranker.candidate_scores(Path("model"), PAGES, predict)
    assert scores == [[[0.1, 0.2], [pytest.approx(0.3)], []], [[]]]
    assert calls == [3]  # one pass a page; none for a page without candidates


def test_cross_validate_counts_the_held_out_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranker, "held_out", lambda pages, *_args: (pages, [[0.5]] * len(pages)))
    summary = ranker.cross_validate(
        PAGES, Path("work"), Path("config"), list, lambda *_a: [], lambda pages, _s: {"n": {"v": len(pages)}}
    )
    assert summary == {
        "pages": 2,
        "folds": textcat_train.FOLDS,
        "events": 4,
        "paired_events": 1,
        "candidates": 3,
        "labelled_candidates": 2,
        "table": {"n": {"v": 2}},
    }


def test_bootstrap_samples_are_seeded_and_the_interval_takes_the_percentiles() -> None:
    samples = textcat_train.bootstrap_samples(4, 3)
    assert samples == textcat_train.bootstrap_samples(4, 3)
    assert len(samples) == 3 and all(len(s) == 4 and all(0 <= i < 4 for i in s) for s in samples)
    assert textcat_train.interval([float(n) for n in range(100)]) == [2.0, 96.0]
