"""A happening in an "N years after ..." clause under a present-tense sentence is background told as
a time, no event, unless the clause gives it its own date ("nine years after the group laid siege
to X in 2017"): then it is a dated background event of its own. Invented reports, whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-10-10"


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        (
            "Fewer than 30 fighters remain in the hills around the lake, nine years after the group laid "
            "siege to Kelmari in 2017.",
            "attack",
            "2017",
        ),
        (
            "Six years after troops overran the rebels' last enclave at Dabori in March 2019, the cells "
            "remain small.",
            "military_action",
            "2019-03",
        ),
    ],
)
def test_a_dated_happening_years_before_is_an_event(extract: Any, text: str, etype: str, day: str) -> None:
    events = extract(text, published=PUBLISHED).events
    assert [(e.type, e.date.iso if e.date else None) for e in events] == [(etype, day)]


def test_an_undated_happening_years_before_stays_a_time(extract: Any) -> None:
    text = "Two years after the rebels stormed Velm, the town is run by a council of elders."
    assert extract(text, published=PUBLISHED).events == []
