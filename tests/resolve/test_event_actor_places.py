"""A place the extractor took for the attacker ("the Kelmor police post attack" giving actor 'Kelmor')
does not keep a report with no place of its own from the event at Kelmor Tarwat
(``events.actors_naming_places``); a real other actor still does."""

from __future__ import annotations

from datetime import date

from nexus.resolve import EventKey, PlaceKey, resolve_event
from nexus.resolve.events import actors_naming_places

TOWN = PlaceKey("Kelmor Tarwat", "city", "QQ", "Upland", 31.0, 70.5)
DAY = date(2024, 11, 5)
EVENT = EventKey(
    "attack",
    DAY,
    place=TOWN,
    actors=frozenset({"front"}),
    actor_names=frozenset({"Upland Front"}),
    figures=frozenset({("killed", 6)}),
    targets=frozenset({"post"}),
)


def funeral_report(actor: str, place: PlaceKey | None = None) -> EventKey:
    """The next day's funeral report: six killed in the attack, the actor as the extractor read it."""
    return EventKey(
        "attack",
        date(2024, 11, 6),
        place=place,
        actors=frozenset({actor.lower()}),
        actor_names=frozenset({actor}),
        figures=frozenset({("killed", 6)}),
    )


def test_an_actor_named_as_the_events_town_is_no_actor() -> None:
    report = funeral_report("Kelmor")
    assert actors_naming_places(report, EVENT)
    assert resolve_event(report, {"event": EVENT}).event_id == "event"


def test_another_group_stays_another_group() -> None:
    report = funeral_report("Valley Brigade")
    assert not actors_naming_places(report, EVENT)
    assert resolve_event(report, {"event": EVENT}).event_id is None


def test_a_report_placed_elsewhere_keeps_its_actor() -> None:
    elsewhere = PlaceKey("Dorrin", "city", "QQ", "Upland", 31.1, 70.6)
    report = funeral_report("Kelmor", elsewhere)
    assert not actors_naming_places(report, EVENT)
    assert resolve_event(report, {"event": EVENT}).event_id is None
