"""A village no gazetteer knows, put by the text in a second-level division written with its kind
("X Township", "Y Local Government Area", "Z territory"), lies at the town the division is named
after, when the gazetteer knows that town in the division's country.

Invented reports: the villages are made up, the divisions and their towns real.
"""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.geocode import division_stem


def _place_of(extraction: Any, name: str) -> Any:
    return next(e.place for e in extraction.entities if e.name == name)


@pytest.mark.parametrize(
    ("text", "village", "lat"),
    [
        (
            "Soldiers killed three farmers near the village of Nyaung Pin in Kanbalu Township on Monday.",
            "Nyaung Pin",
            23.20,  # Kanbalu town
        ),
        (
            "Gunmen stormed Ngorowa, a village in the Damboa Local Government Area, on Friday, killing "
            "five farmers.",
            "Ngorowa",
            11.16,  # Damboa town
        ),
        (
            "Rebels killed eight villagers in Mabululu, a village in Beni territory of North Kivu, "
            "on Sunday.",
            "Mabululu",
            0.49,  # Beni town
        ),
    ],
)
def test_a_village_of_a_division_written_with_its_kind_lies_at_the_divisions_town(
    extract: Any, text: str, village: str, lat: float
) -> None:
    place = _place_of(extract(text), village)
    assert place is not None and place.lat is not None
    assert abs(place.lat - lat) < 0.05


def test_a_division_whose_name_only_resembles_a_town_abroad_gives_no_point(extract: Any) -> None:
    text = (
        "Rebels killed eight villagers in Mabululu, a village in the Mambasa territory of Ituri, on Sunday."
    )
    place = _place_of(extract(text), "Mabululu")
    assert place is not None and place.lat is None  # not at Mombasa, Kenya


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Kanbalu Township", "kanbalu"),
        ("Damboa Local Government Area", "damboa"),
        ("Beni territory", "beni"),
        ("Gwarzo LGA", "gwarzo"),
        ("Kanbalu", None),
    ],
)
def test_a_divisions_stem_drops_the_words_of_its_kind(name: str, stem: str | None) -> None:
    assert division_stem(name) == stem
