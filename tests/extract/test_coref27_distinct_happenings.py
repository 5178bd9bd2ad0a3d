"""A second happening is not the first: a court's later order stays apart from the arrest it
follows, while a retelling of the arrest still joins it."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-03-14"

ARREST = "Counter-terrorism police arrested five men in raids on two houses in Mastung, officials said."


def actions(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "military_action"]


def iso(event: Any) -> str | None:
    return event.date.iso if event.date else None


@pytest.mark.parametrize(
    "court_sentence",
    [
        # the order's verb hangs the detention on it without "to"
        "On Wednesday a magistrate in Quetta ordered the five suspects detained for fourteen days.",
        # the court as the "by" agent of a remand
        "The five suspects were remanded on Wednesday by a judge of the anti-terrorism court.",
        # the court as the subject of a verb coordinated with the order
        "On Wednesday an investigating judge charged the five with conspiracy and then ordered all "
        "five detained until trial.",
    ],
)
def test_a_courts_later_order_is_not_the_arrest_it_follows(extract: Any, court_sentence: str) -> None:
    found = actions(extract(f"{ARREST} {court_sentence}", published=PUBLISHED))
    assert len(found) == 2
    court = next(a for a in found if "judge" in a.evidence.sentence or "magistrate" in a.evidence.sentence)
    assert iso(court) == "2025-03-12"


def test_a_courts_order_is_no_part_of_the_raids_an_arrest_was_told_in(extract: Any) -> None:
    text = (
        "Four men were arrested on Monday in coordinated raids across the Kayes region, a prosecutor "
        "told reporters. On Monday evening a judge in Bamako ordered the four men detained until "
        "their trial."
    )
    found = actions(extract(text, published=PUBLISHED))
    assert sorted(a.place.name for a in found if a.place is not None) == ["Bamako", "Kayes"]


def test_a_retold_arrest_still_joins_the_arrest(extract: Any) -> None:
    text = f"{ARREST} The arrests followed a tip-off from residents, a police spokesman said."
    (arrest,) = actions(extract(text, published=PUBLISHED))
    assert arrest.place is not None and arrest.place.name == "Mastung"


def test_a_second_court_telling_joins_the_courts_order(extract: Any) -> None:
    text = (
        "On Wednesday a magistrate in Quetta ordered the five suspects detained for fourteen "
        "days. The magistrate remanded them at the request of prosecutors."
    )
    (order,) = actions(extract(text, published=PUBLISHED))
    assert iso(order) == "2025-03-12"
