"""A toll told as unverified in a later sentence hedges the happening whose toll it is (attribution)."""

from __future__ import annotations

from typing import Any

import pytest


def hedged_of(ext: Any, etype: str) -> list[bool]:
    return [e.attribution.hedged for e in ext.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Army jets bombed a rebel camp near Tolvaro on Monday. The defence ministry said 14 fighters "
            "died, a count which could not be independently verified.",
            "military_action",
        ),
        (
            "Gunmen raided a cattle market in Serevo on Tuesday. Police said nine traders were killed and "
            "12 wounded; those figures could not be independently confirmed.",
            "attack",
        ),
        (
            "Gunmen stormed a fuel depot outside Amaret on Sunday. Local activists said 23 workers were "
            "killed, a number reporters were unable to verify.",
            "attack",
        ),
    ],
)
def test_a_toll_told_as_unverified_hedges_its_happening(extract: Any, text: str, etype: str) -> None:
    assert hedged_of(extract(text), etype) == [True]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the toll is told plainly
        (
            "Army jets bombed a rebel camp near Tolvaro on Monday. "
            "The defence ministry said 14 fighters died.",
            "military_action",
        ),
        # what is unverified is the claimant's figure, not the toll the happening takes
        (
            "Gunmen raided a cattle market in Serevo on Tuesday, killing nine traders. The group said "
            "it had killed 30 soldiers, an assertion that could not be verified.",
            "attack",
        ),
    ],
)
def test_a_toll_told_plainly_leaves_its_happening_unhedged(extract: Any, text: str, etype: str) -> None:
    assert hedged_of(extract(text), etype) == [False]
