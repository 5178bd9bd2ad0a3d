"""A date-first dateline closed by a vertical bar ("Saturday, 3 May 2025 | ...") dates the report."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from nexus.extract.dateline import parse_dateline


@pytest.mark.parametrize(
    ("text", "filed"),
    [
        ("Saturday, 3 May 2025 | Bandits torched a granary.", date(2025, 5, 3)),
        ("Tue 9 September 2025 | Bandits torched a granary.", date(2025, 9, 9)),
    ],
)
def test_a_bar_closes_a_date_first_dateline(text: str, filed: date) -> None:
    found = parse_dateline(text)
    assert found is not None and found.places == ""
    assert found.filed(None) == filed
    assert text[found.end :].startswith("Bandits")


def test_a_bar_inside_a_sentence_opens_no_dateline() -> None:
    assert parse_dateline("Ruling party | opposition talks stall in the capital.") is None


def test_the_day_told_counts_back_from_a_barred_dateline(extract: Any) -> None:
    text = "Saturday, 3 May 2025 | Raiders shot dead four miners near Kalehe late on Thursday, police said."
    events = extract(text, published=None).events
    assert [e.date.iso for e in events if e.date] == ["2025-05-01"], [(e.type, e.date) for e in events]
