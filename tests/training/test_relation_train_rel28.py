"""Per-type thresholds of the learned relation stage: adding, dropping and choosing them on held-out
scores (``nexus.training.relation_train``)."""

from __future__ import annotations

from typing import Any

from nexus.training import relation_train

SENTENCE = "The Pell Guard fought the Oss Brigade near a bridge."


def page(page_id: str = "p1") -> dict[str, Any]:
    return {
        "page": page_id,
        "resolve": {"pell guard": "Pell Guard", "oss brigade": "Oss Brigade", "kaya": "Kaya"},
        "gold": [["Oss Brigade", "Kaya", "based_in"]],
        "rules": [["Pell Guard", "Oss Brigade", "hostility", SENTENCE]],
        "pairs": [
            {"names": ["Pell Guard", "Oss Brigade"], "sentence": SENTENCE},
            {"names": ["Oss Brigade", "Kaya"], "sentence": "The Oss Brigade keeps camps in Kaya."},
        ],
    }


SCORES = [{"hostility": 0.03, "based_in": 0.0}, {"hostility": 0.0, "based_in": 0.65}]


def test_a_rule_relation_the_model_scores_below_the_drop_threshold_is_not_predicted() -> None:
    kept = relation_train.type_counts(page(), SCORES, "hostility", 0.7, 0.0)
    dropped = relation_train.type_counts(page(), SCORES, "hostility", 0.7, 0.05)
    assert kept == (0, 1, 0)  # the gold has no hostility: a false relation
    assert dropped == (0, 0, 0)


def test_a_relation_is_added_at_its_own_type_threshold() -> None:
    assert relation_train.type_counts(page(), SCORES, "based_in", 0.7, 0.0) == (0, 0, 1)
    assert relation_train.type_counts(page(), SCORES, "based_in", 0.6, 0.0) == (1, 1, 1)


def test_a_rule_relation_whose_pair_was_never_scored_is_kept() -> None:
    lonely = page()
    lonely["pairs"] = []
    assert relation_train.type_counts(lonely, [], "hostility", 0.7, 1.0) == (0, 1, 0)


def test_thresholds_are_chosen_per_type_for_the_pooled_f1() -> None:
    pages = [page(f"p{n}") for n in range(6)]
    add, drop = relation_train.choose_thresholds(pages, [SCORES] * 6)
    assert drop["hostility"] > 0.03  # the false rule relations go
    assert add["based_in"] <= 0.6  # the missed base comes in
    assert add["affiliation"] == 0.7 and drop["affiliation"] == 0.0  # nothing to gain: left as shipped
