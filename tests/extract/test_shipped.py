"""The shipped feature classifiers read feature rows exactly as they would read feature Docs."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.attrs import LOWER, ORTH
from spacy.language import Language

from nexus.errors import SettingError
from nexus.extract import event_model, relation_model
from nexus.extract.shipped import (
    FeatureRow,
    env_mode,
    env_threshold,
    feature_doc,
    feature_scores,
    group_scores,
    label_probabilities,
    reads_orth_only,
)

FEATURES = [
    ["T=attack", "HEAD=ambush", "NUM=3", "T=attack"],  # (a repeated feature counts twice)
    ["PERSON", "LOC", "dep=nsubj|verb=storm"],  # (strings that are spaCy symbols keep their ids)
    ["naïve|façade", "x"],
    [],
]


def shipped_models(module: object) -> list[Language]:
    """The shipped classifiers of ``module`` (the relation stage ships one per training seed)."""
    loaded = module.load_model()  # type: ignore[attr-defined]
    return list(loaded) if isinstance(loaded, tuple) else [loaded]


@pytest.mark.parametrize(
    "nlp", [*shipped_models(event_model), *shipped_models(relation_model)], ids=lambda _: "model"
)
def test_a_feature_row_holds_the_ids_a_feature_doc_holds(nlp: Language) -> None:
    for features in FEATURES:
        doc, row = feature_doc(nlp.vocab, features, "NONE"), FeatureRow(features, "NONE")
        expected, got = doc.to_array([ORTH]), row.to_array([ORTH])
        assert got.dtype == expected.dtype and got.shape == expected.shape
        assert got.tolist() == expected.tolist()
        assert len(row) == len(doc)


@pytest.mark.parametrize(
    "nlp", [*shipped_models(event_model), *shipped_models(relation_model)], ids=lambda _: "model"
)
def test_the_shipped_models_score_rows_as_they_score_docs(nlp: Language) -> None:
    model = nlp.get_pipe("textcat_multilabel").model
    assert reads_orth_only(model)
    docs = [feature_doc(nlp.vocab, f, "NONE") for f in FEATURES]
    rows = [FeatureRow(f, "NONE") for f in FEATURES]
    assert model.predict(rows).tolist() == model.predict(docs).tolist()


def test_a_row_refuses_what_a_doc_refuses_and_other_columns() -> None:
    with pytest.raises(ValueError):
        FeatureRow(["T=attack", ""], "NONE")
    with pytest.raises(ValueError):
        FeatureRow(["T=attack"], "NONE").to_array([LOWER])


def test_a_model_reading_other_attributes_gets_docs() -> None:
    from spacy.language import Language

    nlp = Language()
    textcat = nlp.add_pipe("textcat_multilabel")  # the default ensemble reads words through a tok2vec
    textcat.add_label("x")
    nlp.initialize()
    assert not reads_orth_only(textcat.model)  # type: ignore[attr-defined]


def test_feature_ids_stay_right_when_their_memo_is_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    from nexus.extract import shipped

    monkeypatch.setattr(shipped, "_FEATURE_IDS", {})
    monkeypatch.setattr(shipped, "_FEATURE_IDS_MAX", 2)
    nlp = event_model.load_model()
    for features in [*FEATURES, *FEATURES]:
        row = FeatureRow(features, "NONE")
        assert (
            row.to_array([ORTH]).tolist()
            == feature_doc(nlp.vocab, features, "NONE").to_array([ORTH]).tolist()
        )
        assert len(shipped._FEATURE_IDS) <= 2 + max(1, len(features))  # (cleared past the max)


def test_a_mode_is_read_lower_cased_and_falls_back_when_blank(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEXUS_TEST_HOOK", " OFF ")
    assert env_mode("NEXUS_TEST_HOOK", "on") == "off"
    monkeypatch.setenv("NEXUS_TEST_HOOK", "  ")
    assert env_mode("NEXUS_TEST_HOOK", "on") == "on"
    monkeypatch.delenv("NEXUS_TEST_HOOK")
    assert env_mode("NEXUS_TEST_HOOK", "add") == "add"


def test_label_probabilities_are_the_labels_column_of_the_scores() -> None:
    nlp = event_model.load_model()
    rows = [["T=attack", "M=actual"], ["T=statement", "M=planned", "HG=1"]]
    labels, scores = feature_scores(nlp, rows, event_model.EMPTY)
    column = labels.index(event_model.LABEL)
    assert label_probabilities(nlp, rows, event_model.EMPTY, event_model.LABEL) == [r[column] for r in scores]
    assert label_probabilities(nlp, [], event_model.EMPTY, event_model.LABEL) == []


def test_a_mode_takes_common_on_and_off_words_and_refuses_others(monkeypatch: pytest.MonkeyPatch) -> None:
    for word, expected in (("false", "off"), ("0", "off"), ("No", "off"), ("yes", "add"), ("1", "add")):
        monkeypatch.setenv("NEXUS_TEST_HOOK", word)
        assert env_mode("NEXUS_TEST_HOOK", "add", ("add", "off")) == expected
    monkeypatch.setenv("NEXUS_TEST_HOOK", "record")
    with pytest.raises(SettingError, match="NEXUS_TEST_HOOK='record': expected one of add, off"):
        env_mode("NEXUS_TEST_HOOK", "add", ("add", "off"))


@pytest.mark.parametrize("value", ["abc", "5", "-1", "nan"])
def test_a_threshold_outside_zero_to_one_is_refused(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("NEXUS_TEST_AT", value)
    with pytest.raises(SettingError, match="NEXUS_TEST_AT"):
        env_threshold("NEXUS_TEST_AT", 0.5)
    monkeypatch.setenv("NEXUS_TEST_AT", "0.25")
    assert env_threshold("NEXUS_TEST_AT", 0.5) == 0.25


def test_group_scores_score_every_row_in_one_call_and_split_them_by_group() -> None:
    calls: list[int] = []

    def score(rows: list[Sequence[str]]) -> list[float]:
        calls.append(len(rows))
        return [float(n) for n in range(len(rows))]

    assert group_scores([[["a"], ["b"]], [], [["c"]]], score) == [[0.0, 1.0], [], [2.0]]
    assert calls == [3]
    assert group_scores([[], []], score) is None
    assert calls == [3]  # (no rows: the classifier is not called)
