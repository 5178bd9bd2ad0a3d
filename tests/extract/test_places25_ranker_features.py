"""The place ranker's structural features: quotations and places the text or the gazetteer puts inside
another candidate of the trigger's sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from nexus.extract import place_model
from nexus.extract.assemble import to_extraction
from nexus.model import Document, content_id


def recorded(extractor: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[Any]]:
    """The extraction of ``text`` and the candidates the hook noted for each event."""
    monkeypatch.setenv(place_model.ENV_MODE, "record")
    document = Document(id=content_id(text), text=text, published=date(2025, 3, 14))
    doc, filed = extractor.parse(document)
    extraction = to_extraction(doc, filed, extractor.version)
    return extraction, doc.user_data.pop(place_model.RECORDED)


def candidate_features(
    extractor: Any, text: str, trigger: str, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Any]:
    """The features of each candidate place of the event triggered by ``trigger``, by place name."""
    extraction, found = recorded(extractor, text, monkeypatch)
    cands = next(c for e, c in zip(extraction.events, found, strict=True) if e.trigger == trigger)
    return {c["place"]: c["features"] for c in cands}


@pytest.mark.parametrize(
    ("text", "word", "quoted"),
    [
        ('The mayor said: "They burned the market in Tarvos last night," and left.', "Tarvos", True),
        ("The mayor said: \u201cThey burned the market in Tarvos,\u201d and left.", "Tarvos", True),
        ("The mayor said: \u201cThey burned the market,\u201d and left for Delmar.", "Delmar", False),
        ('"It is over," the mayor told reporters in Delmar.', "Delmar", False),
        ("The governor's office in Delmar denied the report.", "Delmar", False),
    ],
)
def test_a_place_inside_a_quotation_is_told_apart(nlp: Language, text: str, word: str, quoted: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert place_model.in_quotation(token) is quoted


def test_a_town_and_its_country_in_one_sentence_each_know_the_other(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Gunmen attacked a police post in Garissa, in north-eastern Kenya, on Thursday, killing two men."
    feats = candidate_features(extractor, text, "attacked", monkeypatch)
    assert "INS=sent" in feats["Garissa"] and "HOLDS_S=sent" not in feats["Garissa"]
    assert "HOLDS_S=sent" in feats["Kenya"] and "INS=sent" not in feats["Kenya"]
    assert "PRS=holds_pick|SRC=sent" in feats["Kenya"]  # the country holds the rules' town


def test_a_container_named_in_a_sentence_before_is_told_from_one_in_the_same_sentence(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Security forces were deployed across Kenya on Wednesday.\n\n"
        "On Thursday gunmen attacked a police post in Garissa, killing two officers."
    )
    feats = candidate_features(extractor, text, "attacked", monkeypatch)
    assert "HOLDS_S=away" in feats["Kenya"] and "HOLDS_S=sent" not in feats["Kenya"]
    assert "INS=sent" not in feats["Garissa"]  # no other place of its own sentence holds it


def test_a_candidate_notes_its_entity_label_and_stands_outside_quotes(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Militants ambushed an army convoy near Mandera on Friday, the military said."
    feats = candidate_features(extractor, text, "ambushed", monkeypatch)
    assert any(f.startswith("NER=") for f in feats["Mandera"])
    assert "QT=1" not in feats["Mandera"]


def test_a_place_the_text_also_writes_as_part_of_a_longer_name_is_marked(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Troops clashed with insurgents in the Sinjar mountains on Monday, killing six."
    feats = candidate_features(extractor, text, "clashed", monkeypatch)
    assert "WF=1" in feats["Sinjar"]
    plain = candidate_features(
        extractor, "Gunmen attacked a bus in Mandera on Monday, killing six.", "attacked", monkeypatch
    )
    assert "WF=1" not in plain["Mandera"]


def test_a_town_placed_at_the_point_of_its_container_does_not_locate_an_unlocated_event() -> None:
    borrowed = ["T=attack", "SRC=sent", "ROLE=loc", "PK=city", "GS=nexus-within"]
    assert not place_model.fillable(borrowed)
    assert place_model.fillable(["T=attack", "SRC=sent", "ROLE=loc", "PK=site", "GS=nexus-within"])
    assert place_model.fillable(["T=attack", "SRC=sent", "ROLE=loc", "PK=city", "GS=geonames"])


def test_the_place_of_another_days_event_of_the_same_kind_does_not_locate_an_event() -> None:
    others = [("attack", "2025-06-01", "Tarvos"), ("statement", "2025-06-02", "Delmar")]
    assert place_model.another_days_place("attack", "2025-06-02", "Tarvos", others)
    assert not place_model.another_days_place("attack", "2025-06-01", "Tarvos", others)  # the same day
    assert not place_model.another_days_place("claim", "2025-06-02", "Tarvos", others)  # another kind
    assert not place_model.another_days_place("attack", None, "Tarvos", others)  # undated
    assert not place_model.another_days_place("statement", "2025-06-03", "Tarvos", others)


def test_a_stabbing_a_day_before_a_shooting_does_not_take_the_shootings_town(extract: Any) -> None:
    text = (
        "Gunmen opened fire on a minibus near Kericho on Friday, wounding three passengers. "
        "A day earlier, a watchman was stabbed outside a farm; his attacker escaped. "
        "Residents said the Kericho shooting had frightened traders."
    )
    attacks = [e for e in extract(text, published="2025-06-09").events if e.type == "attack"]
    earlier = [a for a in attacks if a.date is not None and a.date.iso == "2025-06-05"]
    assert earlier and all(a.place is None or a.place.name != "Kericho" for a in earlier)
