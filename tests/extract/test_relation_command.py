"""A unit placed "under" another unit is part of it (relation_command.units_under)."""

from __future__ import annotations

from typing import Any

import pytest


def rel(a: str, b: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), "affiliation")


@pytest.mark.parametrize(
    ("text", "unit", "command"),
    [
        (
            "Troops of the 88th Infantry Battalion (88IB), under the 404th Infantry Brigade, were "
            "patrolling near Kessel.",
            "88th Infantry Battalion",
            "404th Infantry Brigade",
        ),
        (
            "The 404th Infantry Brigade remains under the direct command of the 9th Infantry Division.",
            "404th Infantry Brigade",
            "9th Infantry Division",
        ),
        (
            "The Red Hand Column operates under the Vortan Liberation Front's command in the hills "
            "of Kessel.",
            "Red Hand Column",
            "Vortan Liberation Front",
        ),
    ],
)
def test_a_unit_under_another_is_part_of_it(relations: Any, text: str, unit: str, command: str) -> None:
    assert rel(unit, command) in relations(text)


def test_a_unit_under_fire_from_a_group_is_no_part_of_it(relations: Any) -> None:
    text = "The Marun Army came under fire from the Vortan Liberation Front near Kessel on Monday."
    assert rel("Marun Army", "Vortan Liberation Front") not in relations(text)
