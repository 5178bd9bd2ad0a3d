"""A state read off "the army said", "police blamed" or the place fought in is no side of a
hostility dyad (state_sides.names_state_as_side, used by assemble._event_hostility)."""

from __future__ import annotations

from typing import Any

import pytest


def _hostile(extraction: Any) -> set[frozenset[str]]:
    return {frozenset((r.source, r.target)) for r in extraction.relations if r.type == "hostility"}


PAIR = frozenset(("Chad", "Red Dune Front"))


@pytest.mark.parametrize(
    "text",
    [
        "In Chad, the army said on Sunday that its soldiers had killed twelve fighters of the Red "
        "Dune Front near Lake Fitri.",
        "Police blamed the Red Dune Front for the bombing of a bus near Mongo, Chad, on Sunday.",
    ],
)
def test_a_state_named_only_as_the_scene_is_no_side(extract: Any, text: str) -> None:
    assert PAIR not in _hostile(extract(text, published="2025-03-04"))


@pytest.mark.parametrize(
    "text",
    [
        "Chadian troops killed twelve fighters of the Red Dune Front near Lake Fitri on Sunday.",
        "Chad's foreign ministry blamed the Red Dune Front for the bombing of a bus near Mongo on Sunday.",
    ],
)
def test_a_state_named_as_the_side_that_acts_stays_hostile(extract: Any, text: str) -> None:
    assert PAIR in _hostile(extract(text, published="2025-03-04"))
