from __future__ import annotations

from nexus.training import textcat_train


def test_folds_are_stable_and_spread() -> None:
    ids = [f"page-{n}" for n in range(200)]
    folds = [textcat_train.fold_of(i) for i in ids]
    assert folds == [textcat_train.fold_of(i) for i in ids]
    assert set(folds) == set(range(textcat_train.FOLDS))


def test_prf_pools_counts_and_guards_empty_sides() -> None:
    assert textcat_train.prf(2, 4, 5) == {"p": 0.5, "r": 0.4, "f1": 0.4444, "pred": 4, "gold": 5}
    assert textcat_train.prf(0, 0, 3) == {"p": 0.0, "r": 0.0, "f1": 0.0, "pred": 0, "gold": 3}
