"""A sentence's own date (sentence_dates, dates): an undated happening takes the one date its
sentence writes, never the day of saying, and "the previous day" counts from a day of its own
sentence before publication."""

from __future__ import annotations

from typing import Any


def _dates(extraction: Any, kinds: tuple[str, ...] = ("attack", "military_action")) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type in kinds]


def test_an_equated_noun_dates_the_happening_its_sentence_names(extract: Any) -> None:
    text = (
        "The bloodiest raid of the decade was the sacking of the Harwick mine camp in March 2019, "
        "in which, officials say, 30 guards died."
    )
    assert _dates(extract(text, published="2026-05-01")) == ["2019-03"]


def test_a_day_of_saying_is_not_taken_for_the_happening(extract: Any) -> None:
    text = "The ministry said on 3 March 2026 that gunmen had attacked a farm near Ostrel overnight."
    assert "2026-03-03" not in _dates(extract(text, published="2026-03-20"))


def test_the_previous_day_counts_from_the_day_of_saying_in_its_sentence(extract: Any) -> None:
    text = (
        "Military spokesmen reported on 9 June that a sweep by commandos around Tessaoua the "
        "previous day had left 12 insurgents dead."
    )
    assert _dates(extract(text, published="2026-07-02")) == ["2026-06-08"]


def test_the_previous_evening_counts_from_the_weekday_of_saying(extract: Any) -> None:
    text = (
        "On Friday the Front announced that its units had waylaid a patrol of soldiers outside "
        "Koloma the previous evening and shot three of them."
    )
    assert _dates(extract(text, published="2026-04-02"), ("attack",)) == ["2026-03-26"]


def test_the_previous_day_with_no_day_before_it_counts_from_publication(extract: Any) -> None:
    text = "Police in Ostrel said gunmen had burned a grain store in the village the previous day."
    assert _dates(extract(text, published="2026-03-20"), ("attack",)) == ["2026-03-19"]
