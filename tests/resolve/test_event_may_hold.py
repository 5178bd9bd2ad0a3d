"""A division and a town no table places in or out of it (``events.may_hold``): one scene only on
the same day with a shared figure, target or means, and only when a single candidate is so close."""

from __future__ import annotations

from datetime import date
from typing import Any

from nexus.resolve import EventKey, PlaceKey, resolve_event
from nexus.resolve.events import MAY_HOLD_SCORE, may_hold, place_score

#: Made-up places: a department of country QQ, a town the gazetteer gives no first-level division,
#: another town of the country, a town filed under another first-level division.
DEPARTMENT = PlaceKey("Orvane", "admin", "QQ", "Orvane")
TOWN = PlaceKey("Kessaly", "city", "QQ", None, 11.2, 2.4)
OTHER_TOWN = PlaceKey("Durrow", "city", "QQ", None, 11.6, 2.9)
ELSEWHERE = PlaceKey("Pellam", "city", "QQ", "Coastland", 6.1, 1.8)
DAY = date(2023, 6, 8)


def attack(day: date, place: PlaceKey, **kw: object) -> EventKey:
    return EventKey("attack", day, place=place, **kw)  # type: ignore[arg-type]


def test_a_department_may_hold_a_town_without_a_division() -> None:
    assert may_hold(DEPARTMENT, TOWN)
    assert place_score(DEPARTMENT, TOWN)[0] == MAY_HOLD_SCORE
    assert may_hold(DEPARTMENT, ELSEWHERE) is None  # filed under another first-level division
    assert may_hold(PlaceKey("Orvane", "admin", "RR", "Orvane"), TOWN) is None  # another country


def test_the_department_report_joins_the_town_event_of_that_day_and_target() -> None:
    town = attack(DAY, TOWN, targets=frozenset({"post"}), figures=frozenset({("killed", 6)}))
    report = attack(DAY, DEPARTMENT, targets=frozenset({"post"}), figures=frozenset({("killed", 8)}))
    assert resolve_event(report, {"town": town}).event_id == "town"


def test_without_a_shared_figure_target_or_means_they_stay_apart() -> None:
    town = attack(DAY, TOWN, targets=frozenset({"bus"}), methods=frozenset({"firearms"}))
    report = attack(DAY, DEPARTMENT, targets=frozenset({"church"}), methods=frozenset({"explosives"}))
    assert resolve_event(report, {"town": town}).event_id is None


def test_the_next_day_they_stay_apart() -> None:
    town = attack(DAY, TOWN, targets=frozenset({"post"}))
    report = attack(date(2023, 6, 9), DEPARTMENT, targets=frozenset({"post"}))
    assert resolve_event(report, {"town": town}).event_id is None


def test_two_towns_the_department_may_hold_leave_the_report_apart() -> None:
    first = attack(DAY, TOWN, targets=frozenset({"post"}))
    second = attack(DAY, OTHER_TOWN, targets=frozenset({"post"}))
    report = attack(DAY, DEPARTMENT, targets=frozenset({"post"}))
    assert resolve_event(report, {"first": first}).event_id == "first"
    assert resolve_event(report, {"first": first, "second": second}).event_id is None


#: A village no gazetteer knows whose document names no country it lies in, and a department
#: (a second-level division) of country QQ's Coastland.
UNPLACED = PlaceKey("Tembiro", "city")
NARROW = PlaceKey("Lessin", "admin", "QQ", "Coastland")


def test_a_department_may_hold_a_village_of_no_known_country() -> None:
    assert may_hold(NARROW, UNPLACED)
    assert place_score(UNPLACED, NARROW)[0] == MAY_HOLD_SCORE
    # a whole first-level division names too many happenings to hold a village of no known country
    assert may_hold(DEPARTMENT, UNPLACED) is None
    # a town the gazetteer places (with a position, or in another country) is not such a village
    assert may_hold(NARROW, PlaceKey("Tembiro", "city", "RR", None, 3.0, 3.0)) is None


def test_the_village_of_no_known_country_joins_only_on_the_day_with_a_rising_toll() -> None:
    village = attack(DAY, UNPLACED, figures=frozenset({("killed", 7)}))
    same_day = attack(DAY, NARROW, figures=frozenset({("killed", 9)}))
    assert resolve_event(same_day, {"v": village}).event_id == "v"
    later = attack(date(2023, 6, 10), NARROW, figures=frozenset({("killed", 9)}))
    assert resolve_event(later, {"v": village}).event_id is None
    state = attack(DAY, DEPARTMENT, figures=frozenset({("killed", 9)}))
    assert resolve_event(state, {"v": village}).event_id is None


def test_a_label_for_a_group_and_the_groups_own_name_blame_one_actor() -> None:
    from nexus.resolve.events import actors_compatible

    label = attack(DAY, TOWN, actors=frozenset({"e1"}), actor_names=frozenset({"Boko Haram"}))
    named = attack(DAY, TOWN, actors=frozenset({"e2"}), actor_names=frozenset({"ISWAP"}))
    other = attack(DAY, TOWN, actors=frozenset({"e3"}), actor_names=frozenset({"al-Shabaab"}))
    assert actors_compatible(label, named) and actors_compatible(named, label)
    assert not actors_compatible(label, other)


def test_a_state_holding_a_namesake_of_the_town_read_elsewhere_may_hold_it(monkeypatch: Any) -> None:
    """ "The municipality of Sanvel" read as the largest Sanvel (Coastland), another report placing the
    attack in Orvane state, which holds a smaller Sanvel: one scene on the day with a rising toll."""
    from nexus.resolve import events

    monkeypatch.setattr(events, "namesake_regions", lambda name, country: frozenset({"Coastland", "Orvane"}))
    sanvel = PlaceKey("Sanvel", "city", "QQ", "Coastland", 6.0, 1.5)
    assert events.namesake_in_region(DEPARTMENT, sanvel)
    town = attack(DAY, sanvel, figures=frozenset({("killed", 6)}))
    state = attack(DAY, DEPARTMENT, figures=frozenset({("killed", 8)}))
    assert resolve_event(state, {"town": town}).event_id == "town"
    monkeypatch.setattr(events, "namesake_regions", lambda name, country: frozenset({"Coastland"}))
    assert events.namesake_in_region(DEPARTMENT, sanvel) is None
    assert resolve_event(state, {"town": town}).event_id is None


#: A county named for its chief town (the town's position), and a village of the county's country no
#: gazetteer places, and one of a country none of its words name.
COUNTY = PlaceKey("Marvane", "admin", "QQ", "Marvane", 0.5, 39.5)
COUNTY_VILLAGE = PlaceKey("Tulbeko", "city", "QQ")
NOWHERE_VILLAGE = PlaceKey("Tulbeko", "city")


def test_a_division_named_for_its_chief_town_may_hold_a_village_of_its_country_no_gazetteer_places() -> None:
    scored = place_score(COUNTY, COUNTY_VILLAGE)
    assert scored[0] == MAY_HOLD_SCORE
    # of no known country, a whole first-level division names too many happenings to hold it
    assert place_score(COUNTY, NOWHERE_VILLAGE)[0] is None


def test_the_county_report_joins_its_villages_event_only_on_the_day_with_a_rising_toll() -> None:
    village = attack(DAY, COUNTY_VILLAGE, figures=frozenset({("killed", 4)}))
    same_day = attack(DAY, COUNTY, figures=frozenset({("killed", 5)}))
    assert resolve_event(same_day, {"v": village}).event_id == "v"
    later = attack(date(2023, 6, 11), COUNTY, figures=frozenset({("killed", 5)}))
    assert resolve_event(later, {"v": village}).event_id is None
    small = attack(DAY, COUNTY, figures=frozenset({("killed", 1)}))
    assert resolve_event(small, {"v": village}).event_id is None
