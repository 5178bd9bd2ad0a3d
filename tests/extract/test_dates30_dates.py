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


def test_a_where_clause_on_a_dated_journey_is_told_on_its_day(extract: Any) -> None:
    text = (
        "The health minister flew to Kindu on Friday morning, where she deplored the looting of "
        "a clinic and pledged new vaccines."
    )
    assert _dates(extract(text, published="2026-06-24"), "statement") == ["2026-06-19"]


# --- "also" after a dated measure of the same doer ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the prefect banned motorcycle taxis in the northern districts. He also banned "
            "the sale of outboard motors without a permit.",
            ["2026-06-22", "2026-06-22"],
        ),
        (
            "In May the United States sanctioned the rebel movement's treasurer. "
            "Washington also sanctioned a shipping firm that it said had carried rifles to the rebels.",
            ["2026-05", "2026-05"],
        ),
    ],
)
def test_also_dates_a_measure_by_the_dated_one_of_its_doer_told_just_before(
    extract: Any, text: str, expected: list[str]
) -> None:
    assert _dates(extract(text, published="2026-06-24"), "sanction") == expected


def test_also_after_another_doers_measure_borrows_no_day(extract: Any) -> None:
    text = (
        "On Monday the prefect banned motorcycle taxis in the northern districts. The navy also "
        "banned fishing off the coast."
    )
    dates = _dates(extract(text, published="2026-06-24"), "sanction")
    assert dates[:1] == ["2026-06-22"]
    assert "2026-06-22" not in dates[1:]


# --- a sweep is an operation, dated by its own sentence -------------------------------------------


def test_a_launched_sweep_is_an_operation_and_its_toll_told_next_joins_it(extract: Any) -> None:
    text = (
        "Militants overran an army post near Bura on Saturday, killing six soldiers. On Monday, "
        "troops and local militias launched a sweep of the Tana forest. Seven fighters were killed "
        "and three more detained, a commander told reporters."
    )
    actions = _dates(extract(text, published="2026-03-12"), "military_action")
    assert actions == ["2026-03-09"]


# --- a confirmed happening is the one told before, not one of the confirmation's day --------------


def test_a_confirmed_definite_happening_joins_the_one_told_before(extract: Any) -> None:
    text = (
        "Armed men seized eleven cattle herders near Dakwa on Saturday. On Tuesday the regional "
        "police command confirmed the kidnapping and said a rescue team had been sent."
    )
    assert _dates(extract(text, published="2026-05-21"), "attack") == ["2026-05-16"]
