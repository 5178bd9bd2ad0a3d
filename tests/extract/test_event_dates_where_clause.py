"""A "where" clause on a noun of a dated clause ("visited the academy on Monday, where he urged
...") tells what happened there and then: its happening takes that clause's day (event_dates)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        pytest.param(
            "On Monday, the interior minister visited the police academy in Sfax, where he urged "
            "officers to show no mercy to the armed groups in the hills.",
            "2026-04-20",
            id="opening-weekday",
        ),
        pytest.param(
            "The governor flew to Kemba on Tuesday and chaired a meeting at the town hall, where he "
            "accused smugglers of arming the gangs.",
            "2026-04-21",
            id="day-of-a-joined-verb",
        ),
    ],
)
def test_where_clause_takes_the_day_of_the_clause_it_hangs_on(extract: Any, text: str, iso: str) -> None:
    events = extract(text, published="2026-04-23").events
    said = [e.date.iso if e.date else None for e in events if e.type == "statement"]
    assert iso in said, said


def test_where_clause_without_a_day_above_stays_undated_by_it(extract: Any) -> None:
    text = "The minister later toured the town, where he promised more patrols."
    events = extract(text, published="2026-04-23").events
    said = [e.date.iso if e.date else None for e in events if e.type == "statement"]
    assert "2026-04-20" not in said and "2026-04-21" not in said, said
