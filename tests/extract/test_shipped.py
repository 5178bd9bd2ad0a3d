"""The shipped feature classifiers read feature rows exactly as they would read feature Docs."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER, ORTH

from nexus.extract import event_model, relation_model
from nexus.extract.shipped import FeatureRow, feature_doc, reads_orth_only

FEATURES = [
    ["T=attack", "HEAD=ambush", "NUM=3", "T=attack"],  # (a repeated feature counts twice)
    ["PERSON", "LOC", "dep=nsubj|verb=storm"],  # (strings that are spaCy symbols keep their ids)
    ["naïve|façade", "x"],
    [],
]


@pytest.mark.parametrize("module", [event_model, relation_model])
def test_a_feature_row_holds_the_ids_a_feature_doc_holds(module: object) -> None:
    nlp = module.load_model()  # type: ignore[attr-defined]
    for features in FEATURES:
        doc, row = feature_doc(nlp.vocab, features, "NONE"), FeatureRow(features, "NONE")
        expected, got = doc.to_array([ORTH]), row.to_array([ORTH])
        assert got.dtype == expected.dtype and got.shape == expected.shape
        assert got.tolist() == expected.tolist()
        assert len(row) == len(doc)


@pytest.mark.parametrize("module", [event_model, relation_model])
def test_the_shipped_models_score_rows_as_they_score_docs(module: object) -> None:
    nlp = module.load_model()  # type: ignore[attr-defined]
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
