"""The learned actor ranker: its candidates and features, the choice it makes, the shipped model and
the hook in the assembly (fills an actorless event when confident, keeps the rules' actors otherwise)."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nexus.extract import actor_model
from nexus.extract.assemble import to_extraction
from nexus.model import Document, content_id

REPORT = (
    "Six traders were killed on Sunday when a cattle market near Tarvos came under fire, police said.\n\n"
    "Officials blamed the Crimson Dawn Brigade, which has fought the army in the hills around the "
    "town for years.\n\n"
    "Governor Elin Roshka said on Monday that troops would be sent to the district."
)
NAMES = ("tarvos", "crimson", "brigade", "roshka", "elin")


def recorded(extractor: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[Any]]:
    """The extraction of ``text`` with the rules' actors, and the candidates the hook noted."""
    monkeypatch.setenv(actor_model.ENV_MODE, "record")
    document = Document(id=content_id(text), text=text, published=date(2025, 6, 3))
    doc, filed = extractor.parse(document)
    extraction = to_extraction(doc, filed, extractor.version)
    return extraction, doc.user_data.pop(actor_model.RECORDED)


def by_trigger(extraction: Any, trigger: str) -> Any:
    return next(e for e in extraction.events if e.trigger == trigger)


def test_every_event_gets_its_candidates_and_no_feature_names_an_entity(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction, found = recorded(extractor, REPORT, monkeypatch)
    assert extraction.events and len(found) == len(extraction.events)
    for event, cands in zip(extraction.events, found, strict=True):
        assert len({c["name"] for c in cands}) == len(cands)  # each entity once
        assert [c["name"] for c in cands if c["rules"]] == event.actors  # the rules' actors, in order
        for cand in cands:
            assert f"T={event.type}" in cand["features"]
            words = " ".join(cand["features"]).lower()
            assert not any(name in words for name in NAMES)


def test_the_group_blamed_in_the_next_sentence_is_a_candidate_of_the_killing(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction, found = recorded(extractor, REPORT, monkeypatch)
    n = next(i for i, e in enumerate(extraction.events) if e.trigger == "killed")
    assert extraction.events[n].actors == []  # the rules give the killing no actor
    cands = {c["name"]: c["features"] for c in found[n]}
    assert "SRC=after1" in cands["Crimson Dawn Brigade"] and "R=none" in cands["Crimson Dawn Brigade"]


def test_the_speaker_is_the_rules_pick_and_read_as_subject(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction, found = recorded(extractor, REPORT, monkeypatch)
    n = next(i for i, e in enumerate(extraction.events) if e.trigger == "said")
    cands = {c["name"]: c["features"] for c in found[n]}
    assert {"SELF=rules", "AD=nsubj", "TD=nsubj", "RULES=0"} <= set(cands["Elin Roshka"])
    assert "RULES=none" in cands["Crimson Dawn Brigade"]
    assert any(f.startswith("CR=") or f.startswith("RP:") for f in cands["Crimson Dawn Brigade"])


def test_choose_fills_only_when_confident_and_overrides_only_by_the_margin() -> None:
    assert actor_model.choose([0.3, 0.8], [], 2.0, fill=0.7) == 1
    assert actor_model.choose([0.3, 0.6], [], 2.0, fill=0.7) is None
    assert actor_model.choose([0.2, 0.9], [0], 0.5) == 1
    assert actor_model.choose([0.6, 0.9], [0], 0.5) is None  # better, but not by the margin
    assert actor_model.choose([0.9, 0.95], [0, 1], 0.0) is None  # the best is one of the rules'
    assert actor_model.choose([], [], 0.0) is None


def fake_scores(favour_rules: bool) -> Any:
    """A stand-in for the model: the rules' actors score 0.9 and the rest 0.1, or the reverse."""

    def predict(_nlp: Any, rows: Sequence[Sequence[str]]) -> list[float]:
        return [0.9 if ("SELF=rules" in row) == favour_rules else 0.1 for row in rows]

    return predict


@pytest.fixture
def faked(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setattr(actor_model, "load_model", lambda: None)
    monkeypatch.setattr(actor_model, "predict", fake_scores(favour_rules=False))
    monkeypatch.setenv(actor_model.ENV_MODE, "on")
    monkeypatch.delenv(actor_model.ENV_MARGIN, raising=False)
    monkeypatch.delenv(actor_model.ENV_FILL, raising=False)
    return monkeypatch


def test_the_hook_fills_an_actorless_event_when_confident_and_keeps_the_rules_otherwise(
    extract: Any, faked: pytest.MonkeyPatch
) -> None:
    extraction = extract(REPORT)
    assert by_trigger(extraction, "killed").actors == ["Crimson Dawn Brigade"]
    assert by_trigger(extraction, "said").actors == ["Elin Roshka"]  # the default margin never overrides


def test_the_hook_leaves_an_actorless_event_alone_when_not_confident(
    extract: Any, faked: pytest.MonkeyPatch
) -> None:
    faked.setenv(actor_model.ENV_FILL, "0.95")
    assert by_trigger(extract(REPORT), "killed").actors == []


def test_the_hook_overrides_the_rules_at_a_margin_set_in_the_environment(
    extract: Any, faked: pytest.MonkeyPatch
) -> None:
    faked.setenv(actor_model.ENV_MARGIN, "0.5")
    assert by_trigger(extract(REPORT), "said").actors == ["Crimson Dawn Brigade"]
    faked.setenv(actor_model.ENV_MARGIN, "0.9")  # 0.1 -> 0.9 is not enough
    assert by_trigger(extract(REPORT), "said").actors == ["Elin Roshka"]


def test_the_hook_changes_nothing_when_off(extract: Any, faked: pytest.MonkeyPatch) -> None:
    faked.setenv(actor_model.ENV_MARGIN, "0")
    faked.setenv(actor_model.ENV_MODE, "off")
    extraction = extract(REPORT)
    assert by_trigger(extraction, "killed").actors == []
    assert by_trigger(extraction, "said").actors == ["Elin Roshka"]


def test_the_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(actor_model.ENV_MARGIN, raising=False)
    monkeypatch.delenv(actor_model.ENV_FILL, raising=False)
    assert actor_model.margin() == actor_model.MARGIN and actor_model.fill_at() == actor_model.FILL_AT
    monkeypatch.setenv(actor_model.ENV_FILL, "0.55")
    assert actor_model.fill_at() == 0.55
    monkeypatch.setenv(actor_model.ENV_MODE, " Record ")
    assert actor_model.mode() == "record"


def test_the_shipped_model_scores_a_probability() -> None:
    nlp = actor_model.load_model()
    scores = actor_model.predict(nlp, [["T=attack", "SRC=sent", "AD=nsubj", "SELF=rules"], []])
    assert len(scores) == 2 and all(0.0 <= p <= 1.0 for p in scores)
    assert actor_model.predict(nlp, []) == []


def test_the_shipped_model_matches_its_checksums() -> None:
    assert actor_model.verify_model() == []


def test_an_altered_model_is_refused_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "actor_model"
    shutil.copytree(actor_model.MODEL_DIR, copy)
    weights = next(p for p in copy.rglob("model") if p.is_file())
    weights.write_bytes(weights.read_bytes() + b"\0")
    monkeypatch.setattr(actor_model, "MODEL_DIR", copy)
    actor_model.load_model.cache_clear()
    try:
        with pytest.raises(RuntimeError, match=r"actor ranker differs from its SHA256SUMS: .*model"):
            actor_model.load_model()
    finally:
        actor_model.load_model.cache_clear()
