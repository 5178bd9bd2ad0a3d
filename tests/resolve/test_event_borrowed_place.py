"""A report whose sentence names no place takes its document's (the filing town of a dateline):
that town is no evidence against an event 80 km off in the same country when the day and a
figure agree (``events.EventKey.place_borrowed``, ``linker.place_borrowed``)."""

from __future__ import annotations

from datetime import date

from nexus.resolve import EventKey, PlaceKey, resolve_event
from nexus.store.linker import place_borrowed

#: Made-up places of country QQ about 80 km apart: the wire's filing city and the bombed town.
CITY = PlaceKey("Varossa", "city", "QQ", "North", 36.2, 37.2)
TOWN = PlaceKey("Membra", "city", "QQ", "North", 36.5, 38.0)
DAY = date(2024, 6, 12)
EVENT = EventKey(
    "attack", DAY, place=TOWN, figures=frozenset({("killed", 19)}), methods=frozenset({"explosives"})
)


def recall(killed: int = 19, day: date = DAY, borrowed: bool = True) -> EventKey:
    return EventKey(
        "attack", day, place=CITY, figures=frozenset({("killed", killed)}), place_borrowed=borrowed
    )


def test_the_filing_town_of_a_dateline_is_not_the_sentences_place() -> None:
    sentence = "VAROSSA, June 15 (Wire) - Shops reopened in the market where a car bomb killed 19 people."
    assert place_borrowed(CITY, sentence)
    assert not place_borrowed(CITY, "A car bomb killed 19 people in Varossa on Thursday.")
    assert not place_borrowed(CITY, None)


def test_a_recall_placed_by_its_dateline_joins_the_event_of_its_day_and_toll() -> None:
    assert resolve_event(recall(), {"event": EVENT}).event_id == "event"


def test_without_the_toll_the_day_or_a_borrowed_place_it_stays_apart() -> None:
    assert resolve_event(recall(killed=4), {"event": EVENT}).event_id is None
    assert resolve_event(recall(day=date(2024, 6, 13)), {"event": EVENT}).event_id is None
    assert resolve_event(recall(borrowed=False), {"event": EVENT}).event_id is None
    abroad = EventKey(
        "attack",
        DAY,
        place=PlaceKey("Membra", "city", "RR", None, 36.5, 38.0),
        figures=frozenset({("killed", 19)}),
    )
    assert resolve_event(recall(), {"abroad": abroad}).event_id is None
