"""Training the event verifier: its labelled Docs and the page-level scoring of its cross-validation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nexus.extract import event_model
from nexus.training import event_train


def event(label: int, evidence: str, etype: str = "attack", day: str = "2024-09-10") -> dict[str, Any]:
    return {
        "type": etype,
        "trigger": "raided",
        "date": day,
        "date_precision": "day",
        "place": "Mirenka",
        "lat": None,
        "lon": None,
        "evidence": evidence,
        "features": [f"T={etype}", "TL=raid"],
        "label": label,
        "gold": 0 if label else None,
    }


PAGE = {
    "page": "test-mirenka",
    "resolve": {"mirenka": "Mirenka"},
    "gold": [
        {
            "type": "attack",
            "date": "2024-09-10",
            "date_precision": "day",
            "place": "Mirenka",
            "lat": None,
            "lon": None,
            "evidence": "Bandits raided Mirenka overnight.",
        }
    ],
    "events": [
        event(1, "Bandits raided Mirenka overnight."),
        event(0, "The raid was the fourth this month.", day="2024-09-02"),
        event(0, "Officials will visit the village.", etype="visit"),
    ],
}


def test_each_event_becomes_one_labelled_doc() -> None:
    docs = event_train.training_docs([PAGE])
    assert [d.cats for d in docs] == [
        {event_model.LABEL: 1.0},
        {event_model.LABEL: 0.0},
        {event_model.LABEL: 0.0},
    ]
    assert [t.text for t in docs[0]] == ["T=attack", "TL=raid"]


def test_the_verifier_raises_precision_by_dropping_what_it_scores_low() -> None:
    table = event_train.score_pages([PAGE], [[0.9, 0.2, 0.05]], (0.1, 0.5))
    assert table["rules"]["pred"] == 3 and table["rules"]["p"] == round(1 / 3, 4)
    assert table["0.1"]["pred"] == 2
    assert table["0.5"] == {**table["0.5"], "p": 1.0, "r": 1.0, "f1": 1.0, "pred": 1}
    low, high = table["0.5"]["gain_ci"]
    assert low <= high and high > 0


def test_dropping_the_true_event_costs_recall() -> None:
    table = event_train.score_pages([PAGE], [[0.05, 0.9, 0.9]], (0.1,))
    assert table["0.1"]["r"] == 0.0 and table["0.1"]["pred"] == 2


def test_a_match_needs_a_compatible_date() -> None:
    page = {**PAGE, "events": [event(0, "Bandits raided Mirenka overnight.", day="2024-08-01")]}
    assert event_train.page_counts(page, [True]) == (0, 1, 1)


def _typed_page() -> dict[str, Any]:
    """A page with one true raid, one true and one false statement."""
    gold_statement = {
        "type": "statement",
        "date": "2024-09-10",
        "date_precision": "day",
        "place": None,
        "lat": None,
        "lon": None,
        "evidence": "The governor condemned the raid.",
    }
    return {
        **PAGE,
        "gold": [*PAGE["gold"], gold_statement],
        "events": [
            event(1, "Bandits raided Mirenka overnight."),
            event(1, "The governor condemned the raid.", etype="statement"),
            event(0, "Officials say the bandits recruit in the hills.", etype="statement"),
        ],
    }


def test_a_types_counts_add_up_to_the_pages() -> None:
    page = _typed_page()
    kept = [True, True, True]
    parts = [event_train.type_counts([page], [[0.9, 0.9, 0.9]], t, 0.1)[0] for t in ("attack", "statement")]
    assert tuple(map(sum, zip(*parts, strict=True))) == event_train.page_counts(page, kept)


def test_a_types_threshold_is_measured_on_that_type_alone() -> None:
    pages = [_typed_page()] * 4
    scores = [[0.3, 0.8, 0.3]] * 4  # the false statement and the true raid score alike
    result = event_train.score_types(pages, scores, (0.1, 0.5), default=0.1)
    statement = result["types"]["statement"]
    assert statement["0.5"]["type"]["p"] == 1.0 and statement["0.5"]["f1"] > statement["0.1"]["f1"]
    assert result["types"]["attack"]["0.5"]["type"]["r"] == 0.0  # the raid would go
    assert result["chosen"] == {"statement": 0.5}
    low, high = result["chosen_row"]["gain_ci"]
    assert 0 < low <= high
    assert result["base"]["f1"] == result["types"]["statement"]["0.1"]["f1"]


def test_the_thresholds_are_shipped_in_the_model_meta(tmp_path: Path) -> None:
    import json
    import shutil

    from nexus.extract.shipped import altered_files

    model = tmp_path / "model"
    shutil.copytree(event_model.MODEL_DIR, model)
    table = tmp_path / "keep_at.json"
    table.write_text(json.dumps({"statement": 0.6}), encoding="utf-8")
    assert event_train.ship_thresholds(table, model) == {"statement": 0.6}
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    assert meta[event_model.META_KEY] == {"statement": 0.6}
    assert altered_files(model) == []  # the checksums follow
    assert event_train.ship_thresholds(tmp_path / "missing.json", model) == {}
