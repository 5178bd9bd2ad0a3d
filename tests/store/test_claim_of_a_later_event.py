"""A claim found no attack in its own document is linked to a stored one (``linker.claimed_elsewhere``),
never to an event every report dates after the day the claim was made: a claim of Tuesday cannot be
of Thursday's attack, however close the identity window puts them (``linker.after_the_claim``)."""

from __future__ import annotations

from datetime import date

import pytest

from nexus.resolve.events import EventKey, PlaceKey
from nexus.store.linker import after_the_claim

TOWN = PlaceKey("Velmora", "city", "QQ")
CLAIM = EventKey(type="claim", day=date(2026, 3, 11), place=TOWN)


def _attack(day: date, precision: str = "day", days: frozenset[date] = frozenset()) -> EventKey:
    return EventKey(type="attack", day=day, precision=precision, place=TOWN, days=days)


@pytest.mark.parametrize(
    ("event", "later"),
    [
        (_attack(date(2026, 3, 13)), True),  # two days after the claim
        (_attack(date(2026, 3, 11)), False),  # the claim's own day
        (_attack(date(2026, 3, 9)), False),  # before it: what a claim claims
        (_attack(date(2026, 3, 13), days=frozenset({date(2026, 3, 10), date(2026, 3, 13)})), False),
        (_attack(date(2026, 3, 1), precision="month"), False),  # a month: no day to be after
    ],
)
def test_only_an_event_dated_after_the_claim_is_out_of_its_reach(event: EventKey, later: bool) -> None:
    assert after_the_claim(event, CLAIM) is later


def test_a_claim_of_no_day_rules_nothing_out() -> None:
    undated = EventKey(type="claim", day=None, place=TOWN)
    assert not after_the_claim(_attack(date(2026, 3, 13)), undated)
