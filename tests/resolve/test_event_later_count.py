"""A later, higher count of an incident's toll, dated by the day it was announced, joins the incident."""

from __future__ import annotations

from datetime import date

from nexus.resolve import EventKey, PlaceKey, resolve_event
from nexus.resolve.events import later_count

#: Made-up places: a province and a village inside it.
PROVINCE = PlaceKey("Western Hills", "admin", "ZZ", "Western Hills")
VILLAGE = PlaceKey("Tarrow", "city", "ZZ", "Western Hills", 12.0, 40.0)
REBELS = frozenset({"entity-hill-front"})


def ambush(day: date, killed: int, **kw: object) -> EventKey:
    return EventKey(
        "attack", day, place=VILLAGE, actors=REBELS, figures=frozenset({("killed", killed)}), **kw
    )  # type: ignore[arg-type]


def update(day: date, killed: int, published: date | None, **kw: object) -> EventKey:
    return EventKey(
        "attack",
        day,
        place=PROVINCE,
        actors=REBELS,
        figures=frozenset({("killed", killed)}),
        published=published,
        **kw,  # type: ignore[arg-type]
    )


def test_a_higher_toll_announced_three_days_later_joins_the_ambush() -> None:
    event = ambush(date(2022, 5, 2), 14)
    later = update(date(2022, 5, 5), 19, published=date(2022, 5, 6))
    assert later_count(later, event)
    decision = resolve_event(later, {"ambush": event})
    assert decision.event_id == "ambush"
    assert any("later, higher count" in reason for reason in decision.reasons)


def test_without_the_higher_count_the_same_report_stays_apart() -> None:
    event = ambush(date(2022, 5, 2), 14)
    same_toll_elsewhere = update(date(2022, 5, 5), 6, published=date(2022, 5, 6))
    assert not later_count(same_toll_elsewhere, event)
    assert resolve_event(same_toll_elsewhere, {"ambush": event}).event_id is None


def test_a_toll_far_above_the_event_is_another_incident_not_a_recount() -> None:
    event = ambush(date(2022, 5, 2), 3)
    massacre = update(date(2022, 5, 5), 60, published=date(2022, 5, 6))
    assert not later_count(massacre, event)
    assert resolve_event(massacre, {"ambush": event}).event_id is None


def test_a_report_dated_long_before_its_publication_is_no_recount() -> None:
    event = ambush(date(2022, 5, 2), 14)
    recalled = update(date(2022, 5, 5), 19, published=date(2022, 6, 20))
    assert not later_count(recalled, event)
    assert resolve_event(recalled, {"ambush": event}).event_id is None


def test_an_earlier_dated_report_is_no_recount() -> None:
    event = ambush(date(2022, 5, 5), 14)
    earlier = update(date(2022, 5, 2), 19, published=date(2022, 5, 3))
    assert not later_count(earlier, event)


def test_an_update_dated_only_by_its_publication_four_days_on_joins_the_ambush() -> None:
    event = ambush(date(2022, 5, 2), 14)
    published = date(2022, 5, 6)
    later = update(published, 17, published=published, from_publication=True)
    assert later_count(later, event)
    assert resolve_event(later, {"ambush": event}).event_id == "ambush"


def test_an_update_of_another_actor_stays_apart_however_its_toll_rises() -> None:
    event = ambush(date(2022, 5, 2), 14)
    published = date(2022, 5, 6)
    other = EventKey(
        "attack",
        published,
        place=PROVINCE,
        actors=frozenset({"entity-other-group"}),
        figures=frozenset({("killed", 17)}),
        published=published,
        from_publication=True,
    )
    assert resolve_event(other, {"ambush": event}).event_id is None
