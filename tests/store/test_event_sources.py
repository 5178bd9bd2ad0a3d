"""Independent sources of an event and of its links count outlets, not documents.

An outlet that reports an ambush and then updates its toll the next day has
published two documents but is one source; a second outlet makes two.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from nexus.store import Store, linker
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import events, relations

KESTREL = place("Kestrel Ford", country="ZZ", admin1="East", lat=3.0, lon=30.0)


#: Differently worded openings, so no document is taken for a near-duplicate copy of another.
LEADS = {
    "first": "Fighters of the Ember Front ambushed a supply convoy",
    "update": "The toll rose overnight after the Ember Front raided trucks",
    "other": "Witnesses said Ember Front gunmen opened fire on lorries",
    "a": "An Ember Front unit attacked a column of vehicles",
    "b": "Local officials blamed the Ember Front for an assault on drivers",
}


def ambush(doc_id: str, outlet: str | None, published: date, killed: int) -> ExtractionBuilder:
    text = f"{LEADS[doc_id]} at Kestrel Ford, killing {killed} guards."
    builder = ExtractionBuilder(doc_id, text, outlet=outlet, published=published)
    group = builder.entity("Ember Front", "ORG")
    ford = builder.entity("Kestrel Ford", "PLACE", country="ZZ", at=KESTREL)
    builder.event(
        "attack", text, date="2021-07-02", at=KESTREL, actors=[group], targets=[ford], killed=killed
    )
    return builder


def test_two_documents_of_one_outlet_are_one_source(store: Store) -> None:
    store.ingest(
        [
            ambush("first", "Delta Herald", date(2021, 7, 2), 5).build(),
            ambush("update", "DELTA HERALD", date(2021, 7, 3), 8).build(),
            ambush("other", "Upriver Times", date(2021, 7, 3), 8).build(),
        ]
    )
    with store.connect() as connection:
        row = connection.execute(select(events.c.n_reports, events.c.n_sources)).one()
        link = connection.execute(
            select(relations.c.n_statements, relations.c.n_sources).where(relations.c.origin == "event")
        ).one()
    assert (row.n_reports, row.n_sources) == (3, 2)
    assert (link.n_statements, link.n_sources) == (3, 2)


def test_documents_without_an_outlet_count_one_each(store: Store) -> None:
    store.ingest(
        [
            ambush("a", None, date(2021, 7, 2), 5).build(),
            ambush("b", None, date(2021, 7, 3), 5).build(),
        ]
    )
    with store.connect() as connection:
        assert connection.execute(select(events.c.n_sources)).scalar_one() == 2


def test_a_copy_counts_as_its_originals_outlet() -> None:
    assert linker.source_key("copy", "orig", "Mirror Site", "Delta Herald") == linker.source_key(
        "orig", None, "delta herald"
    )
    assert linker.source_key("copy", "orig", "Mirror Site", None) == "orig"
    assert linker.source_key("d1", None, None) == "d1"
    assert linker.source_key("d1", None, "Delta Herald") != linker.source_key("d2", None, "Upriver Times")
