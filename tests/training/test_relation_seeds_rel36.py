"""The learned relation stage as several seeds' models: training is reproducible per seed, the
ensemble installs under one ``SHA256SUMS``, loads as one model per seed and scores a pair with the
mean of their probabilities (``nexus.training.textcat_train``, ``nexus.training.package``,
``nexus.extract.shipped``, ``nexus.extract.relation_model``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nexus.extract import relation_model
from nexus.extract.shipped import load_textcats, member_dirs
from nexus.training import relation_train
from nexus.training.package import install_models
from nexus.training.textcat_train import train_on

CONFIG = Path(__file__).resolve().parents[2] / "training" / "relations" / "config.cfg"

LINKED = ["K=PER_ORG", "B=commander", "B=of", "X=member_nouns"]
APART = ["K=ORG_ORG", "B=attack", "B=on", "X=attack_verbs"]


def pages() -> list[dict[str, Any]]:
    """Twenty tiny pages of feature pairs: a "commander of" pair is an affiliation, an "attack on"
    pair a hostility."""
    out = []
    for n in range(20):
        pairs = [
            {
                "gold": ["A", "B"],
                "labels": {"affiliation": 1, "cooperation": 0, "hostility": 0, "based_in": 0},
                "features": [*LINKED, f"L1=w{n}"],
            },
            {
                "gold": ["B", "C"],
                "labels": {"affiliation": 0, "cooperation": 0, "hostility": 1, "based_in": 0},
                "features": [*APART, f"R1=w{n}"],
            },
        ]
        out.append({"page": f"page-{n}", "pairs": pairs})
    return out


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Short runs of the shipped config: seed 0 twice, seed 1 once."""
    work = tmp_path_factory.mktemp("relations")
    config = work / "config.cfg"
    text = CONFIG.read_text(encoding="utf-8").replace("max_steps = 2000", "max_steps = 40")
    config.write_text(text.replace("eval_frequency = 200", "eval_frequency = 20"), encoding="utf-8")
    return {
        name: train_on(pages(), work / name, config, relation_train.training_docs, seed)
        for name, seed in (("seed0", 0), ("again0", 0), ("seed1", 1))
    }


def weights(model: Path) -> bytes:
    return (model / "textcat_multilabel" / "model").read_bytes()


def test_one_seed_trains_the_same_weights_twice_and_another_seed_others(trained: dict[str, Path]) -> None:
    assert weights(trained["seed0"]) == weights(trained["again0"])
    assert weights(trained["seed0"]) != weights(trained["seed1"])


def test_an_ensemble_installs_under_one_checksum_file_and_loads_one_model_per_seed(
    trained: dict[str, Path], tmp_path: Path
) -> None:
    dest = tmp_path / "relation_model"
    sums = install_models(
        {"seed0": trained["seed0"], "seed1": trained["seed1"]}, dest, name="relations", description="test"
    )
    assert [p.name for p in member_dirs(dest)] == ["seed0", "seed1"]
    assert "seed1/textcat_multilabel/model" in sums
    assert [p.relative_to(dest).as_posix() for p in dest.rglob("SHA256SUMS")] == ["SHA256SUMS"]
    models = load_textcats(dest, "textcat_multilabel", "test model")
    assert len(models) == 2
    one = [relation_model.predict(m, [LINKED, APART]) for m in models]
    mean = relation_model.predict_mean(models, [LINKED, APART])
    for n in range(2):
        for label, p in mean[n].items():
            assert p == pytest.approx((one[0][n][label] + one[1][n][label]) / 2)
    assert mean[0]["affiliation"] > mean[0]["hostility"]
    assert mean[1]["hostility"] > mean[1]["affiliation"]
    (dest / "seed1" / "textcat_multilabel" / "model").write_bytes(b"\0")
    with pytest.raises(RuntimeError, match="seed1/textcat_multilabel/model"):
        load_textcats(dest, "textcat_multilabel", "test model")


def test_a_folder_without_a_model_is_refused(tmp_path: Path) -> None:
    (tmp_path / "SHA256SUMS").write_text("", encoding="utf-8")
    assert member_dirs(tmp_path) == []
    with pytest.raises(RuntimeError, match="no model"):
        load_textcats(tmp_path, "textcat_multilabel", "test model")
    with pytest.raises(ValueError):
        relation_model.predict_mean([], [LINKED])


def test_the_cross_validation_averages_the_seeds_scores_pair_by_pair() -> None:
    runs = [
        [[{"hostility": 0.9, "based_in": 0.1}], [{"hostility": 0.2, "based_in": 0.6}]],
        [[{"hostility": 0.7, "based_in": 0.3}], [{"hostility": 0.0, "based_in": 0.2}]],
    ]
    mean = relation_train.mean_scores(runs)
    assert mean[0][0] == pytest.approx({"hostility": 0.8, "based_in": 0.2})
    assert mean[1][0] == pytest.approx({"hostility": 0.1, "based_in": 0.4})
