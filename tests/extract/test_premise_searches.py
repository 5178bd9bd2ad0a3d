"""A force searching premises or villages is a military action, as searching for armed foes is;
searching rubble for survivors is none (events.yaml: military_action requires_object_for search)."""

from __future__ import annotations

from typing import Any

import pytest


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        "Officers of the border police searched the home of a 22-year-old in Kellerby on Friday.",
        "Detectives searched nine properties tied to the cell in the two provinces early on Friday.",
        "Gendarmes came from Ostrow at dawn and searched the villages along the lake shore.",
    ],
)
def test_a_search_of_premises_is_a_military_action(extract: Any, text: str) -> None:
    assert "military_action" in _types(extract(text, published="2027-03-13"))


def test_searching_rubble_for_survivors_is_no_military_action(extract: Any) -> None:
    text = "Volunteers searched the rubble of the collapsed bakery in Ostrow for survivors on Friday."
    assert "military_action" not in _types(extract(text, published="2027-03-13"))
