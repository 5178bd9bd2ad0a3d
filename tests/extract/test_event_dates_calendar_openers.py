"""A day of a month opening a sentence ("On 4 May, ...") dates the happenings the sentence tells
after it, as a date with its year written does (event_dates.opening_date, dates.names_a_calendar_day);
a day written in figures ("06.01.2025") is a date of the text (dates.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from nexus.extract.dates import find_dates, names_a_calendar_day


def _dates(extraction: Any, kind: str) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A guard died on Monday when rebels raided a depot outside Barvala. On 4 May, a driver was "
            "killed and two guards were hurt when their lorry hit a buried mine near Tolsani.",
            "2025-05-04",
        ),
        (
            "A guard died on Monday when rebels raided a depot outside Barvala. On May 4, a driver was "
            "killed and a guard was wounded when their truck ran over a mine near Tolsani.",
            "2025-05-04",
        ),
        (
            "A guard died on Monday when rebels raided a depot outside Barvala. On the 4th of May, a herder "
            "was killed and two boys were hurt when their cart hit an explosive device near Tolsani.",
            "2025-05-04",
        ),
    ],
)
def test_an_opening_day_of_a_month_dates_the_clause_after_it(extract: Any, text: str, expected: str) -> None:
    extraction = extract(text, published="2025-05-14")
    assert expected in _dates(extraction, "attack")
    assert "2025-05-12" in _dates(extraction, "attack")  # Monday's raid keeps its own day


def test_a_later_clause_does_not_take_an_opening_day_of_a_month(extract: Any) -> None:
    text = "On 2 June, a court in Tolsani ordered the sect banned, and police later arrested its founder."
    extraction = extract(text, published="2025-06-20")
    assert _dates(extraction, "sanction") == ["2025-06-02"]
    assert "2025-06-02" not in _dates(extraction, "military_action")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("On 4 May, ...", True),
        ("on May 4th", True),
        ("the 3rd of May", True),
        ("in May 2021", False),
        ("on Tuesday", False),
        ("4 kilometres", False),
    ],
)
def test_a_calendar_day_is_a_day_of_a_named_month(text: str, written: bool) -> None:
    assert names_a_calendar_day(text) is written


# --- a day written in figures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 06.01.2025, rebels blew up a police van.", "2025-01-06"),  # dots: day first
        ("On the night of 9.7.2024 (Tuesday), gunmen fired on a camp.", "2024-07-09"),
        ("The raid of 14/03/2025 left two dead.", "2025-03-14"),  # slashes: the part over 12 is the day
        ("The raid of 03/14/2025 left two dead.", "2025-03-14"),
    ],
)
def test_a_day_written_in_figures_is_read(text: str, expected: str) -> None:
    assert [d.value.iso for d in find_dates(text, date(2025, 11, 12))][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The raid of 02/04/2025 left two dead.",  # 2 April or February 4: not read
        "Version 1.2.2025.3 of the app was hacked.",
        "The figure fell to 31.02.2025 units.",  # no such day
    ],
)
def test_no_day_is_read_from_ambiguous_or_impossible_figures(text: str) -> None:
    assert find_dates(text, date(2025, 11, 12)) == []


def test_an_event_opened_by_a_day_in_figures_takes_that_day(extract: Any) -> None:
    text = (
        "Rebels ambushed a patrol near Korpal on Monday, police said. On 06.01.2025, nine guards died "
        "when rebels blew up their van on the road to Tansi."
    )
    extraction = extract(text, published="2025-11-12")
    assert "2025-01-06" in _dates(extraction, "attack")
