"""The learned event verifier: its features, the shipped model and the hook in the assembly."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nexus.extract import event_model
from nexus.extract.assemble import to_extraction
from nexus.model import Document, content_id

REPORT = (
    "TALVERA, June 3 — Gunmen of the Sirrah Coast Front ambushed a supply convoy near Talvera on "
    "Monday, killing five drivers, the district governor said.\n\n"
    "The group reportedly set fire to two lorries before fleeing into the hills.\n\n"
    "In 2016 the same group had bombed a bus station in the provincial capital."
)


def recorded(extractor: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[tuple[str, ...]]]:
    """The extraction of ``text`` with every event kept, and the features the hook noted."""
    monkeypatch.setenv(event_model.ENV_MODE, "record")
    document = Document(id=content_id(text), text=text, published=date(2025, 6, 3))
    doc, filed = extractor.parse(document)
    extraction = to_extraction(doc, filed, extractor.version)
    return extraction, doc.user_data.pop(event_model.RECORDED)


def test_every_event_gets_features_and_none_name_anyone(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction, features = recorded(extractor, REPORT, monkeypatch)
    assert extraction.events and len(features) == len(extraction.events)
    for event, feats in zip(extraction.events, features, strict=True):
        assert f"T={event.type}" in feats
        assert any(f.startswith("TL=") for f in feats) and any(f.startswith("M=") for f in feats)
        assert any(f.startswith("LS=") for f in feats)  # the sentence classifier's view, bucketed
        words = " ".join(feats).lower()
        for name_word in ("talvera", "sirrah", "coast front"):
            assert name_word not in words


def test_the_ambush_carries_its_arguments_as_features(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction, features = recorded(extractor, REPORT, monkeypatch)
    event, ambush = next(
        (e, f) for e, f in zip(extraction.events, features, strict=True) if e.trigger == "ambushed"
    )
    assert "K=killed" in ambush and "NA=1" in ambush
    assert "S=0" in ambush or "S=1" in ambush  # the report's opening (after its dateline)
    assert "F=background" not in ambush and "DT=day" in ambush
    assert any(f.startswith(f"TW={event.type}|") for f in ambush)  # words conjoined with the type


def test_an_older_happening_recalled_in_passing_is_flagged(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction, features = recorded(extractor, REPORT, monkeypatch)
    older = next(f for e, f in zip(extraction.events, features, strict=True) if e.trigger == "bombed")
    assert "F=background" in older and "DT=year" in older


def test_cue_classes_come_from_the_ontology_word_lists() -> None:
    classes = event_model.cue_classes()
    assert "hedges.hedge_adverbs" in classes["reportedly"]
    assert any(key.startswith("events.modality.") for keys in classes.values() for key in keys)
    assert all(" " not in word for word in classes)
    # the trigger lexicons' per-type lists decide the type, which the rules have done: no feature
    assert not any(key.startswith("events.types.") for keys in classes.values() for key in keys)


def test_the_shipped_model_scores_a_probability() -> None:
    nlp = event_model.load_model()
    scores = event_model.predict(nlp, [["T=attack", "TL=ambush", "K=killed"], []])
    assert len(scores) == 2 and all(0.0 <= p <= 1.0 for p in scores)
    assert event_model.predict(nlp, []) == []


def test_the_hook_drops_what_scores_below_its_threshold(
    extract: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(event_model.ENV_MODE, "on")
    monkeypatch.setenv(event_model.ENV_KEEP_AT, "0")
    everything = extract(REPORT).events
    assert everything
    monkeypatch.setenv(event_model.ENV_KEEP_AT, "1.01")  # no probability reaches it
    assert extract(REPORT).events == []


def test_the_hook_keeps_everything_when_off(extract: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(event_model.ENV_MODE, "off")
    monkeypatch.setenv(event_model.ENV_KEEP_AT, "1.01")
    assert extract(REPORT).events


def test_the_entities_stay_when_every_event_is_dropped(extract: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(event_model.ENV_MODE, "on")
    monkeypatch.setenv(event_model.ENV_KEEP_AT, "1.01")
    extraction = extract(REPORT)
    assert extraction.events == []
    assert {e.name for e in extraction.entities} >= {"Sirrah Coast Front"}


def test_the_threshold_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(event_model.ENV_KEEP_AT, raising=False)
    assert event_model.keep_at() == event_model.KEEP_AT
    monkeypatch.setenv(event_model.ENV_KEEP_AT, "0.4")
    assert event_model.keep_at() == 0.4
    monkeypatch.setenv(event_model.ENV_MODE, " OFF ")
    assert event_model.mode() == "off"


def test_the_shipped_model_matches_its_checksums() -> None:
    assert event_model.verify_model() == []


def test_an_altered_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "event_model"
    shutil.copytree(event_model.MODEL_DIR, copy)
    weights = next(p for p in copy.rglob("model") if p.is_file())
    weights.write_bytes(weights.read_bytes() + b"\0")
    monkeypatch.setattr(event_model, "MODEL_DIR", copy)
    event_model.load_model.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="differs from its SHA256SUMS"):
            event_model.load_model()
    finally:
        event_model.load_model.cache_clear()
