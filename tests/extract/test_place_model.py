"""The learned place ranker: its candidates and features, the choice it makes, the shipped model
and the hook in the assembly."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nexus.extract import place_model
from nexus.extract.assemble import to_extraction
from nexus.model import Document, content_id

REPORT = (
    "Police in Kisumu said on Tuesday that gunmen had attacked a bus depot in Eldoret overnight, "
    "killing three guards.\n\n"
    "The attackers fled towards Kericho, officers said.\n\n"
    "Hours later, traders marched through the town centre to demand better protection."
)


def recorded(extractor: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[Any]]:
    """The extraction of ``text`` with the rules' places, and the candidates the hook noted."""
    monkeypatch.setenv(place_model.ENV_MODE, "record")
    document = Document(id=content_id(text), text=text, published=date(2025, 6, 3))
    doc, filed = extractor.parse(document)
    extraction = to_extraction(doc, filed, extractor.version)
    return extraction, doc.user_data.pop(place_model.RECORDED)


def test_every_event_gets_its_candidates_and_no_feature_names_a_place(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction, found = recorded(extractor, REPORT, monkeypatch)
    assert extraction.events and len(found) == len(extraction.events)
    for event, cands in zip(extraction.events, found, strict=True):
        assert len({c["place"] for c in cands}) == len(cands)  # each place once
        picks = [c for c in cands if c["rules"]]
        assert [c["place"] for c in picks] == ([event.place.name] if event.place else [])
        for cand in cands:
            assert f"T={event.type}" in cand["features"]
            words = " ".join(cand["features"]).lower()
            for name in ("kisumu", "eldoret", "kericho"):
                assert name not in words


def test_the_speakers_town_is_a_candidate_told_apart_from_the_scene(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction, found = recorded(extractor, REPORT, monkeypatch)
    attack = next(c for e, c in zip(extraction.events, found, strict=True) if e.trigger == "attacked")
    by_name = {c["place"]: c["features"] for c in attack}
    assert "SELF=rules" in by_name["Eldoret"] and "PREP=in" in by_name["Eldoret"]
    assert "R=other" in by_name["Kisumu"] and "SRC=sent" in by_name["Kisumu"]
    assert any(f.startswith("CR=ROLE=") for f in by_name["Kisumu"])  # its role set against the pick's


def test_places_of_the_sentences_before_are_candidates(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction, found = recorded(extractor, REPORT, monkeypatch)
    march = next(c for e, c in zip(extraction.events, found, strict=True) if e.trigger == "marched")
    sources = {c["place"]: next(f for f in c["features"] if f.startswith("SRC=")) for c in march}
    assert sources.get("Eldoret") == "SRC=before2"


def test_choose_overrides_the_rules_only_by_the_margin() -> None:
    assert place_model.choose([0.2, 0.9], 0, 0.4) == 1
    assert place_model.choose([0.6, 0.9], 0, 0.4) == 0  # better, but not by the margin
    assert place_model.choose([0.9, 0.2], 0, 0.0) == 0
    assert place_model.choose([], None, 0.4) is None


def test_choose_locates_an_unlocated_event_only_when_likely() -> None:
    assert place_model.choose([0.3, 0.7], None, 0.4, fill_at=0.5) == 1
    assert place_model.choose([0.3, 0.45], None, 0.0, fill_at=0.5) is None


def test_a_place_the_rules_read_as_another_role_does_not_locate_an_unlocated_event() -> None:
    assert not place_model.fillable(["T=attack", "SRC=sent", "ROLE=other", "PREP=from"])
    assert place_model.fillable(["T=attack", "SRC=before1"])
    eligible = [False, True]
    assert place_model.choose([0.95, 0.6], None, 0.0, fill_at=0.5, eligible=eligible) == 1
    assert place_model.choose([0.95, 0.4], None, 0.0, fill_at=0.5, eligible=eligible) is None
    assert place_model.choose([0.2, 0.95], 0, 0.4, eligible=[True, False]) == 1  # overrides ignore it


def fake_scores(favour_pick: bool) -> Any:
    """A stand-in for the model: the rules' pick scores 0.9 and the rest 0.1, or the reverse."""

    def predict(_nlp: Any, rows: Sequence[Sequence[str]]) -> list[float]:
        return [0.9 if ("SELF=rules" in row) == favour_pick else 0.1 for row in rows]

    return predict


def attack_place(extract: Any) -> str | None:
    event = next(e for e in extract(REPORT).events if e.trigger == "attacked")
    return event.place.name if event.place else None


def test_the_hook_moves_the_event_when_the_model_is_confident(
    extract: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(place_model, "load_model", lambda: None)
    monkeypatch.setenv(place_model.ENV_MODE, "on")
    monkeypatch.setattr(place_model, "predict", fake_scores(favour_pick=True))
    assert attack_place(extract) == "Eldoret"
    monkeypatch.setattr(place_model, "predict", fake_scores(favour_pick=False))
    monkeypatch.setenv(place_model.ENV_MARGIN, "0.5")
    assert attack_place(extract) == "Kisumu"
    monkeypatch.setenv(place_model.ENV_MARGIN, "0.9")  # 0.1 -> 0.9 is not enough
    assert attack_place(extract) == "Eldoret"


def test_at_the_default_margin_only_unlocated_events_are_scored(
    extract: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(place_model, "load_model", lambda: None)
    monkeypatch.setenv(place_model.ENV_MODE, "on")
    monkeypatch.delenv(place_model.ENV_MARGIN, raising=False)
    looked_at: list[str] = []
    candidates = place_model.candidates

    def counted(draft: Any, *args: Any) -> Any:
        looked_at.append(draft.trigger.text)
        return candidates(draft, *args)

    monkeypatch.setattr(place_model, "candidates", counted)
    monkeypatch.setattr(place_model, "predict", fake_scores(favour_pick=False))
    extraction = extract(REPORT)
    located = {e.trigger for e in extraction.events if e.place is not None}
    assert "attacked" in located and "attacked" not in looked_at  # never overridden, never scored
    monkeypatch.setenv(place_model.ENV_MARGIN, "0.5")
    looked_at.clear()
    extract(REPORT)
    assert "attacked" in looked_at


def test_the_hook_changes_nothing_when_off(extract: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(place_model, "load_model", lambda: None)
    monkeypatch.setattr(place_model, "predict", fake_scores(favour_pick=False))
    monkeypatch.setenv(place_model.ENV_MARGIN, "0")
    monkeypatch.setenv(place_model.ENV_MODE, "off")
    assert attack_place(extract) == "Eldoret"


def test_the_margin_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(place_model.ENV_MARGIN, raising=False)
    assert place_model.margin() == place_model.MARGIN
    monkeypatch.setenv(place_model.ENV_MARGIN, "0.25")
    assert place_model.margin() == 0.25
    monkeypatch.setenv(place_model.ENV_MODE, " Record ")
    assert place_model.mode() == "record"


def test_the_shipped_model_scores_a_probability() -> None:
    nlp = place_model.load_model()
    scores = place_model.predict(nlp, [["T=attack", "SRC=sent", "ROLE=loc", "SELF=rules"], []])
    assert len(scores) == 2 and all(0.0 <= p <= 1.0 for p in scores)
    assert place_model.predict(nlp, []) == []


def test_the_shipped_model_matches_its_checksums() -> None:
    assert place_model.verify_model() == []


def test_an_altered_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "place_model"
    shutil.copytree(place_model.MODEL_DIR, copy)
    weights = next(p for p in copy.rglob("model") if p.is_file())
    weights.write_bytes(weights.read_bytes() + b"\0")
    monkeypatch.setattr(place_model, "MODEL_DIR", copy)
    place_model.load_model.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="differs from its SHA256SUMS"):
            place_model.load_model()
    finally:
        place_model.load_model.cache_clear()


def test_the_shared_span_and_zone_helpers_read_the_headline_and_dateline(extractor: Any) -> None:
    text = "Gunmen storm depot in Eldoret\n\nELDORET, June 3 (Wire) - Gunmen attacked a bus depot overnight."
    doc, _ = extractor.parse(Document(id=content_id(text), text=text, published=date(2025, 6, 3)))
    sents = place_model.report_sentences(doc, [], lambda _span, _index: []).sents
    heads = place_model.head_spans(doc, sents, len(sents))
    assert heads and heads[0] == ("head", sents[0])  # the headline
    assert all(
        source == "head" and span.start_char < doc.text.index("Gunmen attacked") for source, span in heads
    )
    assert place_model.head_spans(doc, sents, 0) == []
    assert place_model.mention_zone(None) == ["M=none"]
    town = next(t for t in doc if t.text == "ELDORET")
    assert "DL=1" in place_model.mention_zone(town)
    assert place_model.mention_zone(town)[0].startswith("Z=")
