"""A division and a town no table places in or out of it (``events.may_hold``): one scene only on
the same day with a shared figure, target or means, and only when a single candidate is so close."""

from __future__ import annotations

from datetime import date

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
