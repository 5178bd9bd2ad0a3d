"""A range of the dead counted among a group told before ("N to M of them"): the floor is kept
as at least N, whatever head the parser gave the two numbers."""

from __future__ import annotations

from typing import Any

import pytest


def _killed(extraction: Any) -> list[tuple[int, str]]:
    attacks = [e for e in extraction.events if e.type == "attack" and e.killed]
    return [(e.killed.value, e.killed.qualifier) for e in attacks]


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        (
            "A landmine hit a minibus taking farm workers home near Baidoa on Saturday evening, "
            "and 9 to 12 of them were killed, village elders said on Monday.",
            9,
        ),
        (
            "Rebels ambushed a lorry full of traders outside Beni on Tuesday; 14 to 17 of them died, "
            "the mayor said.",
            14,
        ),
        (
            "Gunmen fired on a boat ferrying fishermen across the lake near Goma on Sunday, and six or seven "
            "of them were killed, a local official said.",
            6,
        ),
    ],
)
def test_a_range_of_them_keeps_its_floor_as_at_least(extract: Any, text: str, floor: int) -> None:
    assert _killed(extract(text, published="2025-06-03")) == [(floor, "at_least")]


def test_a_single_count_of_them_stays_exact(extract: Any) -> None:
    text = (
        "Gunmen stopped a bus carrying 25 pilgrims near Kandahar on Monday, and 11 of them were killed, "
        "police said."
    )
    assert _killed(extract(text, published="2025-06-03")) == [(11, "exact")]
