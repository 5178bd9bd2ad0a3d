"""A present perfect over "since" a date: one enduring happening begun then (a siege, a measure in
force, a campaign of operations) is an event dated by the "since" phrase, while a tally of many
happenings ("have killed 90 since January") and a counted object ("dozens of villages") stay none.
A verb coordinated with such a perfect that carries its own date is its own happening.
Invented reports, whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-04-10"


def _dated(extraction: Any, etype: str) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        ("The militia, which has besieged Karvel since March last year, did not reply.", "attack", "2024-03"),
        ("The Orvan Front has been banned in Zelmia since 2011, a court official said.", "sanction", "2011"),
        ("The government has designated the Orvan Front a terrorist group since 2011.", "sanction", "2011"),
    ],
)
def test_an_enduring_happening_since_a_date_is_dated_by_it(
    extract: Any, text: str, etype: str, day: str
) -> None:
    assert _dated(extract(text, published=PUBLISHED), etype) == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen have killed 90 villagers in Tarsk province since January, officials said.",
        "The militia has besieged dozens of villages since January, officials said.",
        "The militia has occupied 40 villages since January, officials said.",
    ],
)
def test_a_tally_since_a_date_is_no_event(extract: Any, text: str) -> None:
    assert extract(text, published=PUBLISHED).events == []


def test_a_coordinated_verb_with_its_own_date_is_its_own_happening(extract: Any) -> None:
    text = (
        "The rebels, whom Western envoys say are armed by Velmar, have held Dunmoor since April last year "
        "and seized Port Elva in February."
    )
    assert "2025-02" in _dated(extract(text, published=PUBLISHED), "attack")
