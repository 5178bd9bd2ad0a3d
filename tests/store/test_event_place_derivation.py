"""An event's point keeps how it was derived: a point the extractor lent a place no gazetteer knows
("Tarnow Hill, near Velmore": at Velmore) is stored and read back with its derivation, so a reader of
the knowledge base can tell it from a gazetteer's own point."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from nexus.kb import KnowledgeBase
from nexus.model import Extraction, Place
from nexus.store import Store
from nexus.store.samples import ExtractionBuilder
from nexus.store.schema import event_reports, events

BORROWED = Place(
    name="Tarnow Hill", kind="site", country="QQ", admin1="Ridge", lat=-7.2, lon=22.4, derivation="at Velmore"
)
SURVEYED = Place(name="Velmore", kind="city", country="QQ", admin1="Ridge", lat=-7.2, lon=22.4)


def report(doc_id: str, text: str, at: Place) -> Extraction:
    builder = ExtractionBuilder(doc_id, text, outlet="Ridge Courier", published=date(2023, 4, 12))
    group = builder.entity("Grey Lantern Movement", "ORG")
    builder.event("attack", text, date="2023-04-11", at=at, actors=[group], killed=4)
    return builder.build()


def test_a_borrowed_point_keeps_its_derivation_in_the_report_and_the_event(store: Store) -> None:
    store.ingest(
        [report("d1", "Gunmen of the Grey Lantern Movement killed four herders on Tarnow Hill.", BORROWED)]
    )
    with store.connect() as connection:
        assert connection.execute(select(event_reports.c.place_derivation)).scalar_one() == "at Velmore"
        row = connection.execute(select(events.c.lat, events.c.place_derivation)).one()
    assert (row.lat, row.place_derivation) == (-7.2, "at Velmore")


def test_a_gazetteer_point_has_no_derivation(store: Store) -> None:
    store.ingest(
        [report("d2", "Gunmen of the Grey Lantern Movement killed four traders in Velmore.", SURVEYED)]
    )
    with store.connect() as connection:
        row = connection.execute(select(events.c.lat, events.c.place_derivation)).one()
    assert (row.lat, row.place_derivation) == (-7.2, None)


def test_the_event_record_gives_the_derivation_with_the_point(store: Store) -> None:
    store.ingest(
        [report("d3", "Gunmen of the Grey Lantern Movement killed four herders on Tarnow Hill.", BORROWED)]
    )
    with store.connect() as connection:
        event_id = connection.execute(select(events.c.id)).scalar_one()
    place = KnowledgeBase(store).event(event_id).place
    assert place is not None and (place.lat, place.derivation) == (-7.2, "at Velmore")
