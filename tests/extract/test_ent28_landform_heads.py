"""A capitalised land or water form head joins the name next to it: nexus.extract.entities."""

from __future__ import annotations

from typing import Any

import pytest


def _places(extraction: Any) -> set[str]:
    return {e.name for e in extraction.entities if e.type == "PLACE"}


@pytest.mark.parametrize(
    ("text", "site", "bare"),
    [
        ("Two hamlets by the Niger River were raided on Friday, residents said.", "Niger River", "Niger"),
        (
            "Families sheltered in the Sudan Desert after the raid, relief workers said.",
            "Sudan Desert",
            "Sudan",
        ),
        ("The militia hid in the Congo Basin forest, officials said.", "Congo Basin", "Congo"),
        (
            "Militants were pushed back to the Mali Basin after the raid, a spokesman said.",
            "Mali Basin",
            "Mali",
        ),
    ],
)
def test_a_country_name_before_a_landform_head_is_one_site(
    extract: Any, text: str, site: str, bare: str
) -> None:
    places = _places(extract(text, published="2025-06-12"))
    assert site in places
    assert bare not in places


def test_an_organisation_keeps_a_landform_word_inside_its_name(extract: Any) -> None:
    text = "The Volta Basin Authority condemned the attack on its engineers on Monday, officials said."
    ents = {e.name: e.type for e in extract(text, published="2025-06-12").entities}
    assert ents.get("Volta Basin Authority") == "ORG"
