"""A village set beside a town ("X village, near the town of Y") is finer than that town, and the
place where the harmed people were at work ("herders grazing cattle outside X") is where they
were harmed."""

from __future__ import annotations

from typing import Any

import pytest


def places_of(extraction: Any, kind: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot five traders outside Kaleri village, near the town of Dikwa, on Monday.",
        "Gunmen shot five traders outside Kaleri village, near the regional capital Maiduguri.",
        "Herdsmen killed two women fetching water outside Kaleri village, near the city of Dikwa, on Monday.",
        "Militants killed six loggers felling trees outside Kaleri village, near the town of Dikwa.",
    ],
)
def test_the_village_beside_a_town_is_the_scene(extract: Any, text: str) -> None:
    assert places_of(extract(text, published="2025-05-07"), "attack") == ["Kaleri"]
