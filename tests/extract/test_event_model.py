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


def test_cue_features_the_weights_never_saw_are_not_scored() -> None:
    trained = sorted(event_model.trained_cues())
    assert "X=hedges.hedge_adverbs" in trained
    features = [
        "T=attack",
        trained[0],
        "X=events.statement_cues.a_list_added_later",
        f"TW=attack|{trained[0]}",
        "TW=attack|X=hedges.a_list_added_later",
        "L1=ambush",
    ]
    assert event_model.trained_cues_only(features) == [
        "T=attack",
        trained[0],
        f"TW=attack|{trained[0]}",
        "L1=ambush",
    ]


def test_a_cue_list_added_to_the_ontology_leaves_the_verifiers_scores_alone(
    extract: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word list added under a cue source (here common words under statement_cues) gives
    features the shipped weights never saw: the scores, and so the events kept, stay as they were."""
    monkeypatch.setenv(event_model.ENV_MODE, "on")
    monkeypatch.setenv(event_model.ENV_KEEP_AT, "0")
    captured: list[list[float]] = []
    real = event_model.predict

    def spy(nlp: Any, features: Any) -> list[float]:
        scores = real(nlp, features)
        captured.append(scores)
        return scores

    monkeypatch.setattr(event_model, "predict", spy)
    extract(REPORT)
    before = captured[-1]
    classes = dict(event_model.cue_classes())
    for word in ("the", "we", "a", "of"):
        classes[word] = (*classes.get(word, ()), "events.statement_cues.a_list_added_later")
    monkeypatch.setattr(event_model, "cue_classes", lambda: classes)
    extract(REPORT)
    assert captured[-1] == before


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
    monkeypatch.setenv(event_model.ENV_KEEP_AT, "1.0")  # no probability below certainty reaches it
    assert extract(REPORT).events == []


def test_the_hook_keeps_everything_when_off(extract: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(event_model.ENV_MODE, "off")
    monkeypatch.setenv(event_model.ENV_KEEP_AT, "1.0")
    assert extract(REPORT).events


def test_the_entities_stay_when_every_event_is_dropped(extract: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(event_model.ENV_MODE, "on")
    monkeypatch.setenv(event_model.ENV_KEEP_AT, "1.0")
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


SPEECH = (
    "ORVELLA, May 12 — Gunmen stormed an army checkpoint outside Orvella on Monday, killing four men.\n\n"
    "The defence minister condemned the attack and vowed to hunt down those responsible.\n\n"
    '"We will strike back at the Karsa Hill Front," the minister warned reporters on Tuesday.'
)


def _parsed(text: str) -> Any:
    from nexus.extract.pipeline import load_base_model

    return load_base_model()(text)


def _draft(doc: Any, word: str, etype: str) -> Any:
    """A stand-in for an assembled draft: its type, trigger token and sentence."""
    from types import SimpleNamespace

    tok = next(t for t in doc if t.text == word)
    return SimpleNamespace(type=etype, trigger=tok, sent=tok.sent)


def test_a_trigger_between_quotation_marks_is_within_a_quotation() -> None:
    doc = _parsed('"We will burn the depot," the commander said, “and nobody will stop us.”')
    sent = doc[:]
    assert event_model.in_quotation(sent, next(t.i for t in doc if t.text == "burn"))
    assert not event_model.in_quotation(sent, next(t.i for t in doc if t.text == "said"))
    assert event_model.in_quotation(sent, next(t.i for t in doc if t.text == "stop"))


def test_a_quoted_warning_is_told_by_its_speech_features(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction, features = recorded(extractor, SPEECH, monkeypatch)
    warned = next(f for e, f in zip(extraction.events, features, strict=True) if e.trigger == "warned")
    assert "QO=1" in warned and "SB=minister" in warned and "CM=1" in warned  # "will strike back"
    assert "TW=statement|QO=1" in warned
    stormed = next(f for e, f in zip(extraction.events, features, strict=True) if e.trigger == "stormed")
    assert "QO=1" not in stormed and "QI=1" not in stormed
    # the statement cue lists of the ontology reach the features
    assert any(f.startswith("X=events.statement_cues.") for f in warned)


def test_words_that_retell_another_event_of_their_sentence_say_so() -> None:
    doc = _parsed("The council said militiamen had burned the granary at dawn.")
    said, burned = _draft(doc, "said", "statement"), _draft(doc, "burned", "attack")
    feats = event_model.speech_features(said, {}, [said, burned])
    assert "RS=attack" in feats and "RC=attack" in feats and "SB=council" in feats
    assert any(f.startswith("CP=ccomp:") for f in feats)
    assert "RH=statement" in event_model.speech_features(burned, {}, [said, burned])
    assert event_model.speech_features(said, {}, [said]) == [f for f in feats if not f.startswith("R")]


def test_a_name_the_entities_missed_is_no_subject_feature() -> None:
    doc = _parsed("Okonkwo warned that the convoy would be attacked.")
    feats = event_model.speech_features(_draft(doc, "warned", "statement"), {}, [])
    assert not any("okonkwo" in f.lower() for f in feats)


def test_a_types_threshold_applies_to_that_type_only(extract: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(event_model.ENV_MODE, "on")
    monkeypatch.delenv(event_model.ENV_KEEP_AT, raising=False)
    monkeypatch.setattr(event_model, "type_thresholds", lambda: {})
    kinds = {e.type for e in extract(SPEECH).events}
    assert {"attack", "statement"} <= kinds
    monkeypatch.setattr(event_model, "type_thresholds", lambda: {"statement": 1.01})
    left = {e.type for e in extract(SPEECH).events}
    assert "statement" not in left and "attack" in left
    monkeypatch.setattr(event_model, "type_thresholds", lambda: {"attack": 1.01})
    left = {e.type for e in extract(SPEECH).events}
    assert "attack" not in left and "statement" in left


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the two delegations were held in Kumasi on Monday.",
        "A meeting of the regional security council took place in Eldoret on Sunday.",
        "A second round of negotiations was held in Nakuru on Tuesday.",
    ],
)
def test_a_meeting_told_as_held_survives_the_shipped_verifier(
    extract: Any, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # the pages hold no meeting told this way, so the model scores it from its prior: the
    # meeting threshold must leave room for that (training/event_verifier/README.md, session 21)
    monkeypatch.setenv(event_model.ENV_MODE, "on")
    monkeypatch.delenv(event_model.ENV_KEEP_AT, raising=False)
    assert sum(1 for e in extract(text, published="2024-03-13").events if e.type == "meeting") == 1


def test_the_environment_sets_one_threshold_for_every_type(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_model, "type_thresholds", lambda: {"statement": 0.7})
    monkeypatch.delenv(event_model.ENV_KEEP_AT, raising=False)
    assert event_model.keep_at("statement") == 0.7
    assert event_model.keep_at("attack") == event_model.KEEP_AT  # not in the table
    monkeypatch.setenv(event_model.ENV_KEEP_AT, "0.25")
    assert event_model.keep_at("statement") == 0.25 and event_model.keep_at("attack") == 0.25


def test_the_shipped_thresholds_come_with_the_model() -> None:
    from nexus import ontology

    table = event_model.type_thresholds()
    known = set(ontology.table("events.yaml")["types"])
    assert set(table) <= known
    assert all(0.0 <= t <= 1.0 for t in table.values())


def test_an_altered_threshold_table_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    copy = tmp_path / "event_model"
    shutil.copytree(event_model.MODEL_DIR, copy)
    meta = json.loads((copy / "meta.json").read_text(encoding="utf-8"))
    meta[event_model.META_KEY] = {"attack": 0.99}
    (copy / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    monkeypatch.setattr(event_model, "MODEL_DIR", copy)
    event_model.load_model.cache_clear()
    try:
        with pytest.raises(RuntimeError, match=r"meta\.json"):
            event_model.type_thresholds()
    finally:
        event_model.load_model.cache_clear()
