"""The place ranker's scene features (session 28): the dateline's city, the reference point of a
distance, the finest place of the trigger's sentence, a settlement noun naming an unknown place,
and how far in sentences and paragraphs a candidate's nearest mention stands from the trigger."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from nexus.extract import place_model
from nexus.extract.assemble import to_extraction
from nexus.model import Document, content_id


def candidate_features(
    extractor: Any, text: str, trigger: str, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Any]:
    """The features of each candidate place of the event triggered by ``trigger``, by place name."""
    monkeypatch.setenv(place_model.ENV_MODE, "record")
    document = Document(id=content_id(text), text=text, published=date(2025, 9, 21))
    doc, filed = extractor.parse(document)
    extraction = to_extraction(doc, filed, extractor.version)
    found = doc.user_data.pop(place_model.RECORDED)
    cands = next(c for e, c in zip(extraction.events, found, strict=True) if e.trigger == trigger)
    return {c["place"]: c["features"] for c in cands}


def test_the_dateline_city_is_marked_and_the_scene_is_not(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "NAIROBI, Sept 20 (Wire) - Armed men stormed a bus station in Garissa late on Friday, "
        "shooting dead four passengers, officials said."
    )
    feats = candidate_features(extractor, text, "stormed", monkeypatch)
    assert "DLC=1" in feats["Nairobi"]
    assert "DLC=1" not in feats["Garissa"]


def test_the_town_a_distance_is_counted_from_is_a_reference_point(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Insurgents ambushed a supply convoy on Tuesday some 35 kilometres south-east of Maiduguri, "
        "killing six soldiers."
    )
    feats = candidate_features(extractor, text, "ambushed", monkeypatch)
    assert "DREF=1" in feats["Maiduguri"]


def test_a_town_without_a_distance_is_no_reference_point(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Insurgents ambushed a supply convoy on Tuesday in Maiduguri, killing six soldiers."
    feats = candidate_features(extractor, text, "ambushed", monkeypatch)
    assert "DREF=1" not in feats["Maiduguri"]


def test_the_finest_place_of_the_sentence_is_told_from_its_containers(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Gunmen raided a checkpoint in Mandera, in north-eastern Kenya, late on Sunday, "
        "leaving three officers dead."
    )
    feats = candidate_features(extractor, text, "raided", monkeypatch)
    assert "FINE=1" in feats["Mandera"]
    assert "FINE=0" in feats["Kenya"]


def test_a_place_of_a_sentence_before_has_no_fineness(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Troops were sent to Kenya's north-east last month.\n\n"
        "On Sunday gunmen raided a checkpoint in Mandera, killing three officers."
    )
    feats = candidate_features(extractor, text, "raided", monkeypatch)
    assert not any(f.startswith("FINE=") for f in feats["Kenya"])


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("Raiders burned Tunga village before dawn.", "Tunga", True),
        ("Raiders burned the village of Tunga before dawn.", "Tunga", True),
        ("Raiders burned houses in Tunga, a hamlet near the river, before dawn.", "Tunga", True),
        ("Raiders burned houses in Tunga before dawn.", "Tunga", False),
        ("Raiders from Tunga burned the market before dawn.", "Tunga", False),
    ],
)
def test_a_settlement_noun_names_a_place(nlp: Language, text: str, word: str, named: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert place_model.with_a_place_noun(token) is named


def test_sentences_and_paragraphs_between_a_candidate_and_the_trigger(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Police in Mombasa reported a calm week.\n\n"
        "Gunmen shot dead two traders in Lamu on Monday. Residents fled the area.\n\n"
        "The killings followed weeks of unrest across Lamu county, and officers from Malindi were sent."
    )
    feats = candidate_features(extractor, text, "shot", monkeypatch)
    lamu = feats["Lamu"]
    assert "SDB=0" in lamu and "PAR=same" in lamu
    mombasa = feats["Mombasa"]
    assert "SDB=1" in mombasa and "PAR=other" in mombasa and "SDA=none" in mombasa
