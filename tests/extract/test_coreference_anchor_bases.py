"""What an anchored expression ("that month", "the next day") counts from (coreference).

"That month" after a sentence that writes out a month and its year counts from that month, not
from the happening told last; "the next day" counts from the happening its sentence before dated
(not from another one a clause of that sentence was read into), and from the happening a "when"
clause after a date tells ("since 4 May 2021, when ...").
"""

from __future__ import annotations

from typing import Any

import pytest


def _dated(events: list[Any], etype: str) -> list[str | None]:
    return [e.date.iso if e.date else None for e in events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "etype", "iso"),
    [
        pytest.param(
            "Soldiers raided a camp near Dembo on Sunday, killing two gunmen.\n\n"
            "Older farmers here still speak of May 2003. That month, gunmen killed 14 herders at "
            "a well outside Tarbu.",
            "attack",
            "2003-05",
            id="that-month",
        ),
        pytest.param(
            "Soldiers raided a camp near Dembo on Sunday, killing two gunmen.\n\n"
            "Traders in the town remember the floods of August 2011 well. The following month, "
            "bandits killed nine traders on the road to Tarbu.",
            "attack",
            "2011-09",
            id="following-month",
        ),
        pytest.param(
            "Gunmen killed five herders near Dembo on 3 March 2024. That same month, bandits "
            "killed nine traders on the road to Tarbu.",
            "attack",
            "2024-03",
            id="month-of-the-happening",
        ),
        pytest.param(
            "At talks in Accra on March 4, the two governments agreed to lift a curfew they had "
            "decreed in September 2016. That same month, gunmen killed six traders near Wula.",
            "attack",
            "2025-03",
            id="month-of-another-happening-not-taken",
        ),
        pytest.param(
            "Soldiers raided a camp near Dembo on Sunday, killing two gunmen.\n\n"
            "Peacekeepers have patrolled the valley since March 2019; a month later rebels "
            "ambushed a convoy near Tarbu, killing eight soldiers.",
            "attack",
            "2019-04",
            id="a-month-later",
        ),
    ],
)
def test_that_month_counts_from_the_month_written_before(
    extract: Any, text: str, etype: str, iso: str
) -> None:
    events = extract(text, published="2025-06-10").events
    assert iso in _dated(events, etype), _dated(events, etype)


def test_next_day_after_a_when_clause_counts_from_its_date(extract: Any) -> None:
    text = (
        "Insurgents killed seven soldiers at a post near Garba on Monday, the army said.\n\n"
        "The raid was the deadliest since 14 August 2021, when insurgents overran the base at "
        "Kolbo and killed 30 soldiers. The governor travelled to Kolbo the next day."
    )
    events = extract(text, published="2025-06-11").events
    assert "2021-08-15" in _dated(events, "visit"), _dated(events, "visit")


def test_next_day_counts_from_the_happening_the_sentence_before_dated(extract: Any) -> None:
    text = (
        "On the night of July 12, fighters in canoes attacked an army post on Bora island, "
        "killing four soldiers.\n\n"
        "On the night of May 2, armed men raided Kuttu, a fishing village on the lake shore, "
        "killing six villagers and abducting two girls. The following day, soldiers killed three "
        "of the raiders near Kuttu, the army said."
    )
    events = extract(text, published="2025-07-20").events
    assert "2025-05-03" in _dated(events, "military_action"), _dated(events, "military_action")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        pytest.param(
            "Soldiers raided a camp near Dembo on Sunday, killing two gunmen.\n\n"
            "In April 2018, raiders burned the granary at Tolo and killed four farmers. Days later, "
            "soldiers killed six of the raiders near the town.",
            "2018-04",
            id="month",
        ),
        pytest.param(
            "Soldiers raided a camp near Dembo on Sunday, killing two gunmen.\n\n"
            "Older residents recall 2009, when militants razed the market at Kwari. The army "
            "retook the town days afterwards.",
            "2009",
            id="year",
        ),
    ],
)
def test_days_later_than_an_older_happening_is_within_its_period(extract: Any, text: str, iso: str) -> None:
    events = extract(text, published="2025-06-12").events
    assert iso in _dated(events, "military_action"), _dated(events, "military_action")


def test_days_later_than_a_dated_day_is_not_turned_to_its_month(extract: Any) -> None:
    text = (
        "Raiders burned the granary at Tolo on 2 June, killing four farmers. Days later, soldiers "
        "killed six of the raiders near the town."
    )
    events = extract(text, published="2025-06-12").events
    assert "2025-06" not in _dated(events, "military_action"), _dated(events, "military_action")
