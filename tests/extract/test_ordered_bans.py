"""A ban put in force by an order ("ordered a two-week ban on motorbikes") and a prohibition
extended ("extended by three months the prohibition on night fishing") are sanctions.
Invented reports, whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "On Friday the prefect of Dorna district, Colonel Amos Velko, ordered a two-week ban on motorbikes "
        "after dark between the villages east of Karvel.",
        "The regional governor extended by three months the prohibition on night fishing along the lake "
        "shore, by a decree signed on Monday.",
    ],
)
def test_a_ban_ordered_or_a_prohibition_extended_is_a_sanction(extract: Any, text: str) -> None:
    events = extract(text, published="2025-04-12").events
    assert [e.type for e in events] == ["sanction"]
