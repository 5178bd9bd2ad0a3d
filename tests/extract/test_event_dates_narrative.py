"""Dates a narrative writes: a story's frame month dates what its where-clause tells, a month written
with its year beats a count from the happening told before, and an older story goes on past a
sentence that tells no happening; a plain weekday still counts from publication."""

from __future__ import annotations

from typing import Any


def _dates(extraction: Any, kinds: tuple[str, ...] = ("attack", "military_action")) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type in kinds]


def test_a_story_opened_in_a_month_dates_what_its_where_clause_tells(extract: Any) -> None:
    text = (
        "The novel opens in May 2011 in Varrow district, where rebel fighters overran three police "
        "posts on the ridge above the market town."
    )
    assert _dates(extract(text, published="2026-05-01")) == ["2011-05"]


def test_a_month_written_after_a_count_of_months_beats_the_count(extract: Any) -> None:
    text = (
        "The memoir recalls how rebel fighters overran two police posts near Varrow.\n"
        "Four months later, in September 2011, the rebels captured the Dunmore district headquarters "
        "and kept it for a week."
    )
    dates = _dates(extract(text, published="2026-05-01"))
    assert "2011-09" in dates
    assert "2026-09" not in dates  # not four months after the undated happening told before


def test_a_count_of_months_alone_counts_from_the_happening_told_before(extract: Any) -> None:
    text = (
        "In May 2011 rebel fighters overran two police posts near Varrow. "
        "Four months later the rebels seized the district centre of Dunmore."
    )
    assert _dates(extract(text, published="2026-05-01")) == ["2011-05", "2011-09"]


def test_an_older_story_goes_on_past_a_sentence_that_tells_no_happening(extract: Any) -> None:
    text = (
        "In May 2011, rebel fighters overran two police posts near Varrow. A relief column reached "
        "the hill the next morning. Nine policemen had been killed, some of them mutilated."
    )
    assert _dates(extract(text, published="2026-05-01")) == ["2011-05"]


def test_a_plain_weekday_still_counts_from_publication(extract: Any) -> None:
    text = "On Tuesday gunmen killed four traders at the cattle market in Orrin Kade, police said."
    assert _dates(extract(text, published="2027-03-12")) == ["2027-03-09"]
