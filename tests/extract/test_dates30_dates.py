"""Dates of session 30: a weekday of last week, a span of days, "the same week" after a dated
happening, a clause of time hung on a dated clause, and a participle told under a state's dated
report of its own operation (dates.py, coreference.yaml, event_dates.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from nexus.extract.dates import find_dates


def _dates(extraction: Any, kind: str) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type == kind]


# --- a weekday of the week before the report's ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # (2026-03-18 is a Wednesday: its week began on Monday 16th, the week before on the 9th)
        ("The courier was seized on Tuesday last week outside a bakery.", date(2026, 3, 18), "2026-03-10"),
        ("Last week on Monday, the ferry was held at the quay.", date(2026, 3, 18), "2026-03-09"),
        ("He vanished on Wednesday of last week, his brother says.", date(2026, 3, 19), "2026-03-11"),
    ],
)
def test_a_weekday_of_last_week_is_in_the_week_before_the_reports(
    text: str, published: date, expected: str
) -> None:
    found = find_dates(text, published)
    assert [d.value.iso for d in found] == [expected]


def test_a_weekday_alone_stays_the_latest_such_day() -> None:
    found = find_dates("The courier was seized on Tuesday outside a bakery.", date(2026, 3, 18))
    assert [d.value.iso for d in found] == ["2026-03-17"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patrols swept the hills from 11 to 14 August 2025, seizing rifles.", "2025-08-11"),
        ("Between 2 and 4 May, sappers cleared the ford.", "2026-05-02"),
    ],
)
def test_a_span_of_days_is_dated_by_its_first_day(text: str, expected: str) -> None:
    found = find_dates(text, date(2026, 6, 20))
    assert [d.value.iso for d in found] == [expected]


# --- "the same week" after a dated happening ------------------------------------------------------


def test_the_same_week_dates_a_measure_from_the_happening_told_before(extract: Any) -> None:
    text = (
        "Raiders looted a seed depot in Maradi on March 2 and shot its watchman. The same week, "
        "the governor outlawed night travel by motorbike on every provincial road."
    )
    assert _dates(extract(text, published="2026-06-20"), "sanction") == ["2026-03-02"]


# --- a clause of time hung on a dated clause ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a clinic in Garoua on May 9, looting its stores before gendarmes stormed "
        "the compound.",
        "Bandits attacked a mine near Kaura on May 9, holding the workers for hours until soldiers "
        "raided the pit.",
    ],
)
def test_a_clause_of_time_is_told_at_the_moment_of_the_clause_it_hangs_on(extract: Any, text: str) -> None:
    assert _dates(extract(text, published="2026-06-24"), "military_action") == ["2026-05-09"]


# --- a participle told under a state's dated report of its own operation -------------------------


def test_a_participle_under_a_states_dated_report_takes_the_reports_day(extract: Any) -> None:
    text = (
        "Insurgents overran a police post at Mbala on Friday. On Sunday the Zambian army said its "
        "commandos had pushed the insurgents back across the river, killing 14 of them."
    )
    assert _dates(extract(text, published="2026-06-24"), "military_action") == ["2026-06-21"]
