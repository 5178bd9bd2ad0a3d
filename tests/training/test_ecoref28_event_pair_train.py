"""Training the event pair scorer: pair labels against the gold, the fit, the cross-validated join."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nexus.training import event_pair_train
from nexus.training.event_pair_train import fit, joined_views, page_counts, page_record, rows

_TYPES = frozenset({"attack", "military_action"})
_CONFIG: dict[str, Any] = {"types": _TYPES, "l2": 1.0, "steps": 300, "rate": 0.5}


def _pred(kind: str, day: str | None, place: str | None, start: int, text: str) -> dict[str, Any]:
    return {
        "type": kind,
        "trigger": text.split()[1],
        "date": day,
        "date_precision": "day" if day else None,
        "place": place,
        "lat": None,
        "lon": None,
        "actors": [],
        "targets": [],
        "killed": None,
        "injured": None,
        "evidence": text,
        "evidence_span": [start, start + len(text)],
    }


def _page() -> dict[str, Any]:
    return {
        "id": "p-1",
        "entities": [{"name": "Varno", "type": "PLACE"}, {"name": "Selk", "type": "PLACE"}],
        "events": [
            {
                "type": "attack",
                "date": "2031-02-03",
                "date_precision": "day",
                "place": "Varno",
                "evidence": "Raiders burned the depot at dawn.",
            },
            {
                "type": "attack",
                "date": "2031-02-03",
                "date_precision": "day",
                "place": "Selk",
                "evidence": "Raiders looted the mill at noon.",
            },
        ],
    }


def test_pairs_are_labelled_by_the_gold_they_fit() -> None:
    events = [
        _pred("attack", "2031-02-03", "Varno", 0, "Raiders burned the depot at dawn."),
        _pred("attack", "2031-02-03", "Selk", 300, "Raiders looted the mill at noon."),
        _pred("attack", "2031-02-03", "Varno", 900, "The burned depot still smoked at night."),
    ]
    record = page_record(_page(), events, _TYPES)
    labels = {(i, j): label for i, j, label in record["pairs"]}
    assert labels[(0, 1)] == 0  # two gold happenings
    assert labels[(0, 2)] == 1  # the third retells the first one's gold
    assert (1, 2) not in labels  # Selk's gold does not fit the third telling, at Varno
    assert record["pairs"] and all(len(p) == 3 for p in record["pairs"])
    assert page_record(_page(), events, frozenset({"statement"}))["pairs"] == []


def test_fit_learns_the_joining_feature_and_joining_helps_the_page() -> None:
    events = [
        _pred("attack", "2031-02-03", "Varno", 0, "Raiders burned the depot at dawn."),
        _pred("attack", "2031-02-03", "Selk", 300, "Raiders looted the mill at noon."),
        _pred("attack", "2031-02-03", "Varno", 900, "The burned depot still smoked at night."),
    ]
    record = page_record(_page(), events, _TYPES)
    feats, labels = rows([record] * 5)
    model = fit(feats, labels, _CONFIG, threshold=0.5)
    assert model.types == _TYPES
    assert model.weights["P=same"] > 0 > model.weights["P=unrelated"]
    before, after = page_counts(record, None, 1.0), page_counts(record, model, 0.5)
    assert before == (2, 3, 2)
    assert after == (2, 2, 2)


def test_joined_views_take_a_finer_date_and_a_missing_place() -> None:
    head = _pred("attack", None, None, 0, "Raiders burned the depot at dawn.")
    other = _pred("attack", "2031-02-03", "Varno", 500, "The burned depot still smoked.")
    other.update({"lat": 1.0, "lon": 2.0, "killed": 3})
    one = joined_views([head, other])
    assert one["date"] == "2031-02-03" and one["place"] == "Varno" and one["lat"] == 1.0
    assert one["killed"] == 3 and one["evidence"] == head["evidence"]


def test_the_pair_corpus_never_opens_a_page_of_the_check_split(tmp_path: Path) -> None:
    # read from earlier predictions, the corpus still leaves the held-out pages unopened (their
    # files here are not even JSON): the pair model never learns from the pages it is judged on
    (tmp_path / "h28c-held-out.json").write_text("unreadable", encoding="utf-8")
    (tmp_path / "h37a-held-out.json").write_text("unreadable", encoding="utf-8")
    assert event_pair_train.build_corpus(tmp_path, tmp_path, frozenset({"attack"})) == []
