"""A force sweeping an area ("army units swept through villages near the river"): a military action
only with a force as the subject and a place or a kind of ground as where it swept
(``types.military_action`` ``sweep`` in events.yaml)."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(extraction: Any) -> set[str]:
    return {e.type for e in extraction.events}


@pytest.mark.parametrize(
    "text",
    [
        "Between 3 and 6 May, army units swept through villages around the river port.",
        "On Sunday, police commandos backed by helicopters swept the hills above the border town.",
        "Government forces swept the islands of the lake on Tuesday, the defence ministry said.",
    ],
)
def test_a_force_sweeping_an_area_is_a_military_action(extract: Any, text: str) -> None:
    assert "military_action" in _kinds(extract(text, published="2025-05-14"))


@pytest.mark.parametrize(
    "text",
    [
        "Floods swept through villages in the valley on Monday after days of rain.",
        "The opposition swept the local elections in the district on Sunday.",
        "A wave of protests swept the capital last spring.",
    ],
)
def test_other_sweeps_are_no_military_action(extract: Any, text: str) -> None:
    assert "military_action" not in _kinds(extract(text, published="2025-05-14"))
