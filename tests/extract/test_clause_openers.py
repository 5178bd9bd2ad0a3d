"""A calendar date opening a sentence, a transcript answer or a "that" clause with no comma after
it dates the happenings told after it (clause_openers.unpunctuated_opening_date)."""

from __future__ import annotations

from typing import Any

import pytest


def _dates(extraction: Any, kinds: tuple[str, ...]) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type in kinds]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veska: On 9 October Orlandian jets bombed three farmhouses in Pellow district and killed "
            "six villagers, most of them children.",
            "2029-10-09",
        ),
        (
            "The annual report recalls that in July 2021 IS gunmen overran Tarvane and abducted "
            "dozens of shepherds from the hills around it.",
            "2021-07",
        ),
        (
            "In March 2022 IS fighters stormed the Korvel mine and killed eleven guards, a raid the "
            "owners still describe as the worst in its history.",
            "2022-03",
        ),
    ],
)
def test_an_unpunctuated_opening_date_dates_the_clause(extract: Any, text: str, expected: str) -> None:
    extraction = extract(text, published="2029-11-20")
    assert expected in _dates(extraction, ("attack", "military_action"))


def test_a_weekday_opening_an_answer_is_no_calendar_date(extract: Any) -> None:
    text = "Mirel: On Tuesday militiamen burned the grain store at Osk and killed two watchmen."
    extraction = extract(text, published="2029-11-22")
    assert "2029-11-20" in _dates(extraction, ("attack",))  # the Tuesday before the page, as before


def test_a_second_date_in_the_sentence_leaves_the_opening_unread(extract: Any) -> None:
    text = (
        "Lenn: In May 2027 raiders looted the depot at Harsk, and on 2 June they killed a driver "
        "on the road to Vimmo."
    )
    extraction = extract(text, published="2029-11-20")
    assert any(d and d.endswith("-06-02") for d in _dates(extraction, ("attack",)))  # its own day
