"""Names a hyphen joins are read whole: "X-Y" villages, "X-e-Y" names, "Tal al-X" places."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.entities import hyphened_extent


def names(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        (
            "Gunmen burned twenty huts near Tessoura-Malboko, a fishing village on the river, on Friday.",
            "Tessoura-Malboko",
            ("Tessoura", "Malboko"),
        ),
        (
            "A drone struck a checkpoint outside Kherbat al-Rimal, east of the river, on Tuesday night.",
            "Kherbat al-Rimal",
            ("Kherbat", "al-Rimal", "Rimal"),
        ),
        (
            "Shells hit the Hayy al-Zaytoun neighbourhood of the city on Sunday, killing four people.",
            "Hayy al-Zaytoun",
            ("al-Zaytoun", "Zaytoun"),
        ),
        (
            "Soldiers searched a compound in Qala-e-Sabz Kalan, a village north of the capital.",
            "Qala-e-Sabz Kalan",
            ("Qala", "Sabz Kalan", "Qala-e-Sabz"),
        ),
    ],
)
def test_a_place_joined_by_hyphens_is_one_place(
    extract: Any, text: str, whole: str, parts: tuple[str, ...]
) -> None:
    found = names(extract(text))
    assert found.get(whole) == "PLACE"
    assert not any(part in found for part in parts)


def test_a_group_named_with_joining_pieces_is_one_organisation(extract: Any) -> None:
    found = names(
        extract("The raid on the post was claimed by Harkat-ul-Ansar-e-Sindh, a little-known faction.")
    )
    assert found.get("Harkat-ul-Ansar-e-Sindh") == "ORG"


def test_a_road_between_two_towns_keeps_the_towns_apart(nlp: Language) -> None:
    doc = nlp("Bandits blocked the Garko-Tundun road on Monday.")
    garko = next(t.i for t in doc if t.text == "Garko")
    assert hyphened_extent(doc, garko, garko + 1) == (garko, garko + 1)


def test_two_countries_joined_by_a_hyphen_stay_two(nlp: Language) -> None:
    doc = nlp("Smugglers crossed the Chad-Niger line at night.")
    chad = next(t.i for t in doc if t.text == "Chad")
    assert hyphened_extent(doc, chad, chad + 1) == (chad, chad + 1)


def test_a_name_no_hyphen_touches_is_left_as_it_is(nlp: Language) -> None:
    doc = nlp("Police in Port Harcourt said two men were held.")
    assert hyphened_extent(doc, 2, 4) == (2, 4)
