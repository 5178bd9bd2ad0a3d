"""A happening someone was coming back from is not placed at the scene of what befell them on the way."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from nexus.extract import place_model
from nexus.extract.assemble import to_extraction
from nexus.extract.places import returned_from
from nexus.model import Document, content_id


@pytest.mark.parametrize(
    ("text", "word", "away"),
    [
        ("A mine tore through the truck as the squad was returning from its dawn sweep.", "sweep", True),
        (
            "Two medics on the way back from a search operation died when the lorry overturned.",
            "operation",
            True,
        ),
        ("The convoy was coming back from a raid on a rebel camp when it was ambushed.", "raid", True),
        ("Troops heading home from an offensive in the hills were hit by a bomb.", "offensive", True),
        ("Rangers returned from the sweep on Friday without losses.", "sweep", True),
        (
            "Rebels opened fire on the company as it headed home after a cordon operation.",
            "operation",
            True,
        ),
        ("Villagers fled from the raid into the forest.", "raid", False),
        ("Two people died after the raid on the market.", "raid", False),
        ("The army launched an operation from its base on Friday.", "operation", False),
        ("Police said the raid began at dawn.", "raid", False),
    ],
)
def test_a_happening_someone_came_back_from_is_told_apart(
    nlp: Language, text: str, word: str, away: bool
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert returned_from(token) is away


def test_a_candidate_of_such_a_happening_locates_nothing() -> None:
    plain = ("T=military_action", "SRC=before1", "K=city", "PK=city")
    assert place_model.fillable(plain)
    assert not place_model.fillable((*plain, "F=origin"))


def test_the_ranker_notes_the_way_back_on_every_candidate(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "A landmine killed four soldiers near Tarvos on Sunday. "
        "The unit was on its way back from a clearing operation when its lorry struck the device, "
        "an officer said."
    )
    monkeypatch.setenv(place_model.ENV_MODE, "record")
    document = Document(id=content_id(text), text=text, published=date(2025, 3, 14))
    doc, filed = extractor.parse(document)
    extraction = to_extraction(doc, filed, extractor.version)
    found = doc.user_data.pop(place_model.RECORDED)
    kinds = {e.trigger: cands for e, cands in zip(extraction.events, found, strict=True)}
    operation = next(c for t, c in kinds.items() if "operation" in t)
    assert operation and all("F=origin" in c["features"] for c in operation)
    killing = next(c for t, c in kinds.items() if "operation" not in t)
    assert all("F=origin" not in c["features"] for c in killing)
