"""Page sentences labelled from the gold events' evidence (the learned detector's page corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import spacy

from nexus.training.page_sentences import (
    align,
    choose_thresholds,
    evidence_span,
    held_back,
    label_sentences,
    page_cats,
    page_files,
)
from nexus.training.prepare import page_docbin

TEXT = (
    "Raiders torched a grain store outside Kessala on Monday. "
    "The mayor condemned the raid. "
    "In 2019 a similar raid emptied the same store. "
    "Markets reopened on Tuesday."
)


def _bounds(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for piece in text.split(". "):
        end = start + len(piece) + 1
        out.append((start, min(end, len(text))))
        start = end + 1
    return out


def test_a_clause_evidence_labels_the_sentence_holding_it() -> None:
    bounds = _bounds(TEXT)
    events = [{"type": "statement", "evidence": "The mayor condemned the raid"}]
    types, unknown, lost = label_sentences(bounds, TEXT, events)
    assert types == [set(), {"statement"}, set(), set()]
    assert unknown == [set(), set(), set(), set()] and lost == 0


def test_an_evidence_over_two_sentences_labels_the_larger_share_and_leaves_the_other_unknown() -> None:
    bounds = _bounds(TEXT)
    evidence = "Raiders torched a grain store outside Kessala on Monday. The mayor"
    types, unknown, _ = label_sentences(bounds, TEXT, [{"type": "attack", "evidence": evidence}])
    assert types[0] == {"attack"} and unknown[1] == {"attack"}
    assert types[1] == set()


def test_a_recalled_happening_is_a_positive_and_an_untold_sentence_a_negative() -> None:
    bounds = _bounds(TEXT)
    events = [{"type": "attack", "evidence": "In 2019 a similar raid emptied the same store."}]
    types, _, _ = label_sentences(bounds, TEXT, events)
    assert types[2] == {"attack"} and types[3] == set()


def test_an_evidence_not_in_the_text_is_counted_lost() -> None:
    _, _, lost = label_sentences(_bounds(TEXT), TEXT, [{"type": "rally", "evidence": "Crowds marched."}])
    assert lost == 1


def test_evidence_is_found_across_other_white_space() -> None:
    assert evidence_span("One  two\nthree four.", "two three") == (5, 14)
    assert evidence_span("One two.", "") is None


def test_align_picks_the_largest_overlap() -> None:
    assert align([(0, 10), (11, 30)], (5, 25)) == (1, [0])
    assert align([(0, 10)], (12, 20)) == (None, [])


def test_page_cats_leave_unknown_types_out() -> None:
    rec = {"text": "x", "types": ["attack"], "unknown": ["statement", "attack"]}
    labels = page_cats(rec)
    assert labels["attack"] == 1.0 and labels["rally"] == 0.0
    assert "statement" not in labels


def test_page_docbin_carries_missing_labels_as_missing() -> None:
    rec = {"text": "Rebels shelled the depot.", "types": [], "unknown": ["military_action"]}
    (doc,) = page_docbin([rec]).get_docs(spacy.blank("en").vocab)
    assert doc.cats["attack"] == 0.0 and "military_action" not in doc.cats


def test_check_split_files_are_never_listed(tmp_path: Path) -> None:
    for name in ("h27b-some-page.json", "h28a-other.json", "h26c-x.json", "t04-kept.json", "kept.json"):
        (tmp_path / name).write_text(json.dumps({"text": ""}), encoding="utf-8")
    assert [p.name for p in page_files(tmp_path)] == ["kept.json", "t04-kept.json"]


def test_held_back_pages_are_a_stable_fifth() -> None:
    ids = [f"page-{n}" for n in range(2000)]
    share = sum(held_back(i) for i in ids) / len(ids)
    assert 0.15 < share < 0.25
    assert [held_back(i) for i in ids] == [held_back(i) for i in ids]


def test_a_type_with_enough_true_sentences_gets_the_threshold_of_the_largest_net_gain() -> None:
    true = [{"types": ["attack"], "unknown": []} for _ in range(10)]
    false = [{"types": [], "unknown": []} for _ in range(4)]
    unknown = [{"types": [], "unknown": ["attack"]}]
    scores = [{"attack": 0.72}] * 10 + [{"attack": 0.65}] * 2 + [{"attack": 0.92}] * 2 + [{"attack": 0.99}]
    chosen, table = choose_thresholds(true + false + unknown, scores)
    assert chosen["attack"] == 0.7  # ten true and two false reached: 10 - 0.5 * 12; the unknown ignored
    assert table["attack"]["0.7"]["gain"] == 4.0


def test_a_type_with_few_true_sentences_takes_the_pooled_threshold() -> None:
    attacks = [{"types": ["attack"], "unknown": []} for _ in range(10)]
    rally = [{"types": ["rally"], "unknown": []}]
    others = [{"types": [], "unknown": []} for _ in range(3)]
    scores = [{"attack": 0.97}] * 10 + [{"rally": 0.55}] + [{"claim": 0.6}] * 3
    chosen, table = choose_thresholds(attacks + rally + others, scores)
    assert table["rally"]["0.5"]["gain"] == 0.5  # rally alone would take 0.5
    assert chosen["rally"] == chosen["claim"] == chosen["attack"] == 0.97
