"""A first-level region and a village no gazetteer knows, of no country (``events.wide_region_may_hold``):
one scene only on the same day with a shared figure or the counts of one toll and a shared means or
target, never by a toll, a means or a target alone, and not when the village's document names only
another country."""

from __future__ import annotations

from datetime import date

from nexus.resolve import EventKey, PlaceKey, resolve_event
from nexus.resolve.events import MAY_HOLD_SCORE, place_score, wide_region_may_hold

#: Made-up places: a state of country QQ (its own first-level division), a district of it, a village
#: no gazetteer knows, and the same village put in a district by its sentence.
STATE = PlaceKey("Orvane", "admin", "QQ", "Orvane")
DISTRICT = PlaceKey("Sellow", "admin", "QQ", "Orvane")
VILLAGE = PlaceKey("Tembiro", "city")
VILLAGE_IN_DISTRICT = PlaceKey("Tembiro", "city", regions=("Durrow",))
DAY = date(2024, 3, 12)
DRONE = frozenset({"drone"})


def attack(day: date, place: PlaceKey, killed: int | None = None, **kw: object) -> EventKey:
    figures = frozenset({("killed", killed)}) if killed is not None else frozenset()
    return EventKey("attack", day, place=place, figures=figures, **kw)  # type: ignore[arg-type]


def test_a_whole_state_may_hold_a_village_of_no_country() -> None:
    assert wide_region_may_hold(STATE, VILLAGE)
    assert place_score(STATE, VILLAGE)[0] == MAY_HOLD_SCORE
    assert wide_region_may_hold(STATE, PlaceKey("Tembiro", "city", "RR")) is None  # placed abroad
    assert wide_region_may_hold(STATE, VILLAGE_IN_DISTRICT) is None  # its sentence puts it elsewhere
    assert wide_region_may_hold(DISTRICT, VILLAGE) is None  # a narrower division is may_hold's
    assert wide_region_may_hold(STATE, PlaceKey("Tembiro", "city", "QQ", None, 9.1, 3.2)) is None


def test_the_later_count_at_the_village_joins_the_state_report_of_that_day() -> None:
    state = attack(DAY, STATE, 14, methods=frozenset({"drone"}))
    village = attack(DAY, VILLAGE, 22, methods=frozenset({"drone"}))
    assert resolve_event(village, {"state": state}).event_id == "state"


def test_a_toll_alone_leaves_them_apart() -> None:
    state = attack(DAY, STATE, 14)
    village = attack(DAY, VILLAGE, 22)
    assert resolve_event(village, {"state": state}).event_id is None
    hit = attack(DAY, VILLAGE, 22, targets=frozenset({"market"}))
    assert (
        resolve_event(hit, {"state": attack(DAY, STATE, 14, targets=frozenset({"market"}))}).event_id
        == "state"
    )


def test_a_shared_means_alone_leaves_them_apart() -> None:
    state = attack(DAY, STATE, 2, methods=frozenset({"firearms"}))
    village = attack(DAY, VILLAGE, 9, methods=frozenset({"firearms"}))
    assert resolve_event(village, {"state": state}).event_id is None
    untold = attack(DAY, VILLAGE, methods=frozenset({"firearms"}), targets=frozenset({"farmer"}))
    told = attack(DAY, STATE, targets=frozenset({"farmer"}))
    assert resolve_event(untold, {"state": told}).event_id is None


def test_two_days_apart_they_stay_apart() -> None:
    state = attack(DAY, STATE, 14)
    village = attack(date(2024, 3, 14), VILLAGE, 22)
    assert resolve_event(village, {"state": state}).event_id is None


def test_a_village_whose_document_names_another_country_stays_apart() -> None:
    state = attack(DAY, STATE, 14, methods=DRONE)
    village = attack(DAY, VILLAGE, 22, methods=DRONE, document_countries=frozenset({"RR"}))
    assert resolve_event(village, {"state": state}).event_id is None
    at_home = attack(DAY, VILLAGE, 22, methods=DRONE, document_countries=frozenset({"QQ"}))
    assert resolve_event(at_home, {"state": state}).event_id == "state"
