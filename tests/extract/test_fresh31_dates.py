"""Dates of happenings told in an "after" clause of a measure dated by its month (session 31)."""

from __future__ import annotations

from typing import Any


def test_an_undated_cause_takes_the_month_of_the_measure_it_led_to(extract: Any) -> None:
    text = (
        "Chile declared nine gangs terrorist organisations in October 2021, after masked men "
        "torched a bus depot in Valparaiso."
    )
    (attack,) = [e for e in extract(text, published="2024-05-20").events if e.type == "attack"]
    assert attack.date is not None and (attack.date.iso, attack.date.precision) == ("2021-10", "month")
