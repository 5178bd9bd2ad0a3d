"""A wide division named for its chief town ("in Ostria's Velm region") is the division: a village of
it far from the town joins the region's report, and the event does not take the town's position."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from nexus.store import Store, open_store
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import event_reports, events

#: Made-up places: Velm, a town heading the Velm region, and Kessin, a village of that region
#: about 110 km from the town (farther than any two towns of one happening).
VELM = place("Velm", country="ZZ", admin1="Velm", lat=10.0, lon=20.0)
KESSIN = place("Kessin", country="ZZ", admin1="Velm", lat=11.0, lon=20.0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    kb = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    yield kb
    kb.close()


def report(doc_id: str, sentence: str, at: object, killed: int) -> ExtractionBuilder:
    builder = ExtractionBuilder(doc_id, sentence, outlet=f"desk {doc_id}", published=date(2024, 2, 6))
    builder.event("attack", sentence, date="2024-02-05", at=at, killed=killed, targets=("police officers",))  # type: ignore[arg-type]
    return builder


def test_a_village_of_the_region_joins_the_regions_report(store: Store) -> None:
    region = report("r1", "Rebels killed five police officers in an ambush in Ostria's Velm region.", VELM, 5)
    village = report("v1", "Five police officers were killed in an ambush near Kessin.", KESSIN, 5)
    store.ingest([region.build(), village.build()])
    with store.connect() as connection:
        rows = connection.execute(select(event_reports.c.doc_id, event_reports.c.event_id)).all()
        held = {row.doc_id: row.event_id for row in rows}
        assert held["r1"] == held["v1"]
        lats = connection.execute(select(events.c.lat)).scalars().all()
    assert lats == [11.0]  # the village's position, not the region's chief town's


def test_the_town_itself_is_no_region(store: Store) -> None:
    # "in Velm" (the town): a village 110 km away is another place
    town = report("t1", "Rebels killed five police officers in an ambush in Velm.", VELM, 5)
    village = report("v1", "Five police officers were killed in an ambush near Kessin.", KESSIN, 5)
    store.ingest([town.build(), village.build()])
    with store.connect() as connection:
        rows = connection.execute(select(event_reports.c.doc_id, event_reports.c.event_id)).all()
    held = {row.doc_id: row.event_id for row in rows}
    assert held["t1"] != held["v1"]
