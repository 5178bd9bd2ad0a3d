"""A report placed only in a division and one placed at a town it may hold join on counts of one
rising toll (``counts_of_one_toll``), not on a small toll beside a large one."""

from __future__ import annotations

from datetime import date

from nexus.resolve import EventKey, PlaceKey, resolve_event
from nexus.resolve.events import counts_of_one_toll

#: Made-up places: a zone no table places by coordinates and a town of its region.
ZONE = PlaceKey("Upper Marrow", "admin", "ZZ", "Eastland")
TOWN = PlaceKey("Dellin", "city", "ZZ", "Eastland", 7.5, 36.1)
DAY = date(2023, 9, 12)


def key(place: PlaceKey, killed: int, actors: frozenset[str] = frozenset()) -> EventKey:
    return EventKey("attack", DAY, place=place, actors=actors, figures=frozenset({("killed", killed)}))


def test_counts_of_one_rising_toll() -> None:
    assert counts_of_one_toll(key(ZONE, 21), key(TOWN, 14))
    assert counts_of_one_toll(key(TOWN, 14), key(ZONE, 21))


def test_a_small_toll_beside_a_large_one_is_no_count_of_it() -> None:
    assert not counts_of_one_toll(key(ZONE, 2), key(TOWN, 8))
    assert not counts_of_one_toll(key(ZONE, 3), key(TOWN, 30))


def test_the_zone_report_joins_the_town_on_a_risen_toll() -> None:
    decision = resolve_event(key(ZONE, 21), {"town": key(TOWN, 14)})
    assert decision.event_id == "town"


def test_the_zone_report_stays_apart_from_a_far_smaller_toll() -> None:
    decision = resolve_event(key(ZONE, 2), {"town": key(TOWN, 8)})
    assert decision.event_id is None
