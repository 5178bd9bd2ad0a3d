"""The cue-list ablation of the event verifier: which cue features an earlier model knew, the corpus
limited to them, and the paired interval of the F1 difference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nexus.training import event_cue_ablation as ablation
from nexus.training.textcat_train import bootstrap_samples


def test_known_cues_reads_only_cue_strings(tmp_path: Path) -> None:
    (tmp_path / "vocab").mkdir()
    strings = ["T=attack", "X=hedges.hedge_adverbs", "TL=storm", "X=events.modality.planned_verbs"]
    (tmp_path / "vocab" / "strings.json").write_text(json.dumps(strings), encoding="utf-8")
    assert ablation.known_cues(tmp_path) == {"X=hedges.hedge_adverbs", "X=events.modality.planned_verbs"}


def test_known_cues_without_vocab_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        ablation.known_cues(tmp_path)


def test_restrict_drops_unknown_cues_alone_and_conjoined() -> None:
    added = "X=events.modality.tally_verbs"
    features = ["T=rally", "X=hedges.hedge_adverbs", added, f"TW=rally|{added}"]
    pages = [{"page": "p-velmora", "events": [{"type": "rally", "features": features, "label": 1}]}]
    limited = ablation.restrict(pages, frozenset({"X=hedges.hedge_adverbs"}))
    assert limited[0]["events"][0]["features"] == ["T=rally", "X=hedges.hedge_adverbs"]
    assert limited[0]["events"][0]["label"] == 1
    assert pages[0]["events"][0]["features"] == features  # the corpus itself is left as it was


def test_paired_gain_sign_follows_the_better_feature_set() -> None:
    better = [(3, 4, 4), (2, 2, 3), (5, 6, 5)]
    worse = [(2, 4, 4), (1, 2, 3), (4, 6, 5)]
    samples = bootstrap_samples(3, 200)
    low, high = ablation.paired_gain(better, worse, samples)
    assert 0 < low <= high
    assert ablation.paired_gain(worse, worse, samples) == [0.0, 0.0]


def test_settings_use_shipped_thresholds_then_uniform_ones() -> None:
    table = ablation.settings({"meeting": 0.3})
    assert list(table) == ["shipped", *(str(at) for at in ablation.UNIFORM)]
    assert table["shipped"]("meeting") == 0.3
    assert table["shipped"]("attack") == ablation.event_model.KEEP_AT
    assert table["0.5"]("meeting") == 0.5


def test_usage_error_returns_2() -> None:
    assert ablation.main(["only-one-argument"]) == 2
