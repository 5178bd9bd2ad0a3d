"""Where a doer is kept ("a battalion based at X") is not where its deed happened; where a unit
that suffered the deed is kept is."""

from __future__ import annotations

from typing import Any

import pytest


def violent_places(extraction: Any) -> list[str | None]:
    return [
        e.place.name if e.place else None
        for e in extraction.events
        if e.type in ("attack", "military_action")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Troops of a brigade stationed in Maroua killed four bandits on Sunday.",
        "The 9th Division, which is headquartered in Maroua, killed four bandits in an air strike on Sunday.",
        (
            "The army said soldiers of the 14th Infantry Battalion based at Maroua reached the village at "
            "first light on Sunday and chased the raiders into the bush, shooting three of them dead."
        ),
    ],
)
def test_the_base_of_the_doer_is_not_the_scene(extract: Any, text: str) -> None:
    places = violent_places(extract(text, published="2025-06-04"))
    assert places
    assert "Maroua" not in places


def test_the_doer_based_elsewhere_acts_at_the_place_its_clause_names(extract: Any) -> None:
    text = "Soldiers based in Maroua killed four bandits near Kolofata on Sunday."
    assert violent_places(extract(text, published="2025-06-04")) == ["Kolofata"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked soldiers based in Maroua on Sunday, killing four.",
        "Soldiers stationed in Maroua were ambushed on Sunday and four were killed.",
        "Militants stormed a camp of soldiers stationed in Maroua on Sunday, killing four.",
        "Troops based in Maroua came under attack on Sunday, and two soldiers were killed.",
    ],
)
def test_the_base_of_a_unit_that_was_attacked_is_the_scene(extract: Any, text: str) -> None:
    assert "Maroua" in violent_places(extract(text, published="2025-06-04"))


def test_the_village_a_based_unit_reached_is_not_its_base(extract: Any) -> None:
    text = (
        "Gunmen raided Tourou late on Saturday, killing six people. Soldiers of a battalion based at "
        "Kolofata got to the village early on Sunday and shot three of the raiders dead."
    )
    places = violent_places(extract(text, published="2025-06-04"))
    assert "Kolofata" not in places


@pytest.mark.parametrize(
    "between",
    [
        "The wounded were taken to the district hospital in Kolofata.",
        "A battalion based at Kolofata guards the border crossings of the district.",
    ],
)
def test_the_village_a_later_deed_points_back_to_is_not_a_town_named_for_another_role(
    extract: Any, between: str
) -> None:
    text = (
        f"Gunmen raided Tourou late on Saturday, killing six people. {between} Soldiers got to the "
        "village early on Sunday and shot three of the raiders dead."
    )
    places = violent_places(extract(text, published="2025-06-04"))
    assert "Kolofata" not in places


def test_the_town_of_those_who_speak_of_the_deed_is_its_scene(extract: Any) -> None:
    text = (
        "Doctors in Kolofata said on Tuesday that 16 people were killed in Saturday's shelling of "
        "the town market."
    )
    assert violent_places(extract(text, published="2025-06-04")) == ["Kolofata"]
