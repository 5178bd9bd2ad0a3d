"""The shipped training corpus is valid, and the validator catches what it should."""

from __future__ import annotations

from pathlib import Path

import pytest

from nexus.training.corpus import (
    EVENT_TYPES,
    actual_types,
    corpus_stats,
    parse_markup,
    read_jsonl,
    record_errors,
    validate,
)

ROOT = Path(__file__).resolve().parents[2] / "training"


def _records() -> list[dict]:
    return [r for split in ("train", "test") for r in read_jsonl(ROOT / "corpus" / f"{split}.jsonl")]


def test_shipped_corpus_is_valid() -> None:
    records = _records()
    assert validate(records) == []
    stats = corpus_stats(records)
    assert stats["sentences"] >= 3000
    assert stats["eventless_share"] >= 0.25
    assert all(stats["actual_events_per_type"][t] >= 200 for t in EVENT_TYPES)
    assert stats["split"]["test"] >= 0.15 * stats["sentences"]


def test_test_split_frames_never_in_train() -> None:
    records = _records()
    train_frames = {r["frame"] for r in records if r["split"] == "train" and r["frame"]}
    test_frames = {r["frame"] for r in records if r["split"] == "test" and r["frame"]}
    assert test_frames and not (train_frames & test_frames)


def test_parse_markup_offsets_and_modality() -> None:
    text, events = parse_markup(
        "Rebels [shelled](military_action) Gao; talks [will resume](meeting:planned)."
    )
    assert text == "Rebels shelled Gao; talks will resume."
    assert [
        (e["type"], e["modality"], text[e["trigger"]["start"] : e["trigger"]["end"]]) for e in events
    ] == [
        ("military_action", "actual", "shelled"),
        ("meeting", "planned", "will resume"),
    ]


def test_parse_markup_rejects_unknown_type() -> None:
    with pytest.raises(ValueError):
        parse_markup("Crowds [danced](party) in the square.")


def test_validator_flags_bad_span_and_floors() -> None:
    rec = {
        "id": "x1",
        "text": "Police detained a courier in Garoua.",
        "events": [
            {
                "type": "military_action",
                "modality": "actual",
                "trigger": {"start": 7, "end": 15, "text": "arrested"},
            }
        ],
        "region": "sahel",
        "style": "body",
        "source": "handwritten",
        "split": "train",
    }
    assert any("trigger text" in e for e in record_errors(rec))
    good = dict(rec, events=[dict(rec["events"][0], trigger={"start": 7, "end": 15, "text": "detained"})])
    assert list(record_errors(good)) == []
    assert actual_types(good) == {"military_action"}
    problems = validate([good])
    assert any("attack" in p for p in problems)  # below the per-type floor


def test_event_only_lines_stay_out_of_the_triage_corpus() -> None:
    from nexus.training import triage_corpus

    records = _records()
    event_only = {r["text"] for r in records if r["id"].startswith("h-wording-")}
    assert event_only  # the session-7 file is in the event corpus ...
    kept = triage_corpus._event_sentences(ROOT / "corpus")
    seen = {t for split in kept.values() for texts in split.values() for t in texts}
    assert seen and not (event_only & seen)  # ... and not in what the triage corpus draws from
    assert any(r["text"] in seen for r in records if r["id"].startswith("h-sahel-"))
