"""The writer queues a document's event rows and writes them together, without changing what is stored.

Reports, their entity links and the rows of the events they found are written
once per document (one statement per table), except where something reads
them back first: a dated report compared with the events stored so far, a
report recalling an incident in passing, an event not held in memory. The
texts are written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from nexus.model import Extraction
from nexus.store import Store, open_store
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import documents, event_reports, events, ingest_progress

KOFAR = place("Kofar Dawa", country="NG", lat=11.98, lon=8.52)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'kb.db'}") as opened:
        yield opened


def _undated_report(doc_id: str, n_events: int) -> Extraction:
    """A report telling ``n_events`` separate incidents, none dated (no publication date either)."""
    sentences = [f"Gunmen of the Dune Riders burned granary {i} at dawn." for i in range(n_events)]
    builder = ExtractionBuilder(doc_id, " ".join(sentences))
    group = builder.entity("Dune Riders", country="NG")
    for sentence in sentences:
        builder.event("attack", sentence, actors=[group])
    return builder.build()


def _statements(store: Store, extraction: Extraction) -> int:
    counted: list[str] = []

    def count(*args: Any) -> None:
        counted.append(args[2])

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        store.ingest([extraction])
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(counted)


def test_statements_per_document_do_not_grow_with_its_reports(tmp_path: Path) -> None:
    counts = []
    for n_events in (2, 11):
        with open_store(f"sqlite:///{tmp_path / f'kb{n_events}.db'}") as store:
            counts.append(_statements(store, _undated_report(f"granaries-{n_events}", n_events)))
            with store.connect() as connection:
                stored = connection.execute(select(event_reports.c.event_id)).scalars().all()
            assert len(stored) == len(set(stored)) == n_events  # each undated incident is its own event
    assert counts[0] == counts[1]


def test_a_later_report_of_a_document_joins_the_event_an_earlier_one_founded(store: Store) -> None:
    text = (
        "A car bomb struck the Kofar Dawa market on 6 March 2024, killing 7 people. "
        "Witnesses said the blast at the market on 6 March 2024 killed 7 people."
    )
    first, second = text.split(". ", 1)
    builder = ExtractionBuilder("kofar-1", text, published=date(2024, 3, 7))
    for sentence in (first + ".", second):
        builder.event("attack", sentence, date="2024-03-06", at=KOFAR, killed=7)
    store.ingest([builder.build()])
    with store.connect() as connection:
        ids = connection.execute(select(event_reports.c.event_id)).scalars().all()
        (row,) = connection.execute(select(events)).all()
    assert len(ids) == 2 and len(set(ids)) == 1
    assert row.id == ids[0] and row.n_reports == 2 and row.place_name == "Kofar Dawa"


def test_a_recollection_later_in_the_same_document_joins_its_incident(store: Store) -> None:
    text = (
        "Fighters of the Dune Riders bombed the Kofar Dawa market on 5 March 2024. "
        "Traders stayed away all week after the Kofar Dawa market bombing by the Dune Riders."
    )
    first, second = text.split(". ", 1)
    builder = ExtractionBuilder("kofar-2", text, published=date(2024, 3, 9))
    group = builder.entity("Dune Riders", country="NG")
    builder.event("attack", first + ".", date="2024-03-05", at=KOFAR, actors=[group])
    builder.event("attack", second, actors=[group])  # no place: the shared actor ties it
    extraction = builder.build()
    extraction.events[0].trigger = "bombed"
    extraction.events[1].trigger = "bombing"
    store.ingest([extraction])
    with store.connect() as connection:
        founded, recalled = connection.execute(select(event_reports).order_by(event_reports.c.local_id)).all()
    assert recalled.event_id == founded.event_id
    assert recalled.resolution["kind"] == "mention"
    assert recalled.date_precision == "month"


def test_progress_rows_are_written_once_per_document_with_the_last_outcome(store: Store) -> None:
    first = _undated_report("granaries-a", 1)
    changed = first.model_copy(update={"document": first.document.model_copy(update={"text": "Other."})})
    store.ingest([first, _undated_report("granaries-b", 2)])
    store.ingest([changed])  # a new version: its progress row is updated, not added
    with store.connect() as connection:
        rows = {r.doc_id: r for r in connection.execute(select(ingest_progress)).all()}
    assert set(rows) == {"granaries-a", "granaries-b"}
    assert rows["granaries-a"].version == 2 and rows["granaries-a"].status == "done"
    assert rows["granaries-b"].version == 1


def test_copies_found_in_one_lookup_point_at_the_first_original(store: Store) -> None:
    story = (
        "Rangers found two poachers' camps near the Lusaka ridge on Monday, a park warden said, and "
        "seized snares, a rifle and forty kilograms of dried meat. The warden said patrols along the "
        "river would double before the dry season, when herds gather at the few remaining pools and "
        "hunters follow them from the villages on the far bank."
    )
    texts = {
        "desk-1": story,
        "desk-2": story.upper() + "   ",  # the same words: an exact copy
        "desk-3": story + " Reporting by a regional desk.",  # a near copy
        "blank-1": "...",
        "blank-2": "—",  # no words either: a copy of the first wordless text
    }
    store.ingest([ExtractionBuilder(doc_id, text).build() for doc_id, text in texts.items()], batch_size=2)
    with store.connect() as connection:
        copies = dict(connection.execute(select(documents.c.id, documents.c.duplicate_of)).all())
    assert copies == {
        "desk-1": None,
        "desk-2": "desk-1",
        "desk-3": "desk-1",
        "blank-1": None,
        "blank-2": "blank-1",
    }


def test_a_new_documents_speakers_and_sentences_are_not_read_back(store: Store) -> None:
    """The linker takes a first version's evidence sentences and its people from what the writer
    just stored, and asks for a dated report's candidate events in one statement."""
    first = "Governor Ilsa Marenko of Tarvia denounced the ambush in the Lowgate district on Friday."
    second = "Marenko said the patrols near Lowgate would double."
    third = "Tarvia's council backed the governor on Friday."
    builder = ExtractionBuilder("tarvia-brief", f"{first} {second} {third}", published=date(2022, 5, 7))
    governor = builder.entity("Ilsa Marenko", "PERSON", aliases=["Marenko"])
    state = builder.entity("Tarvia", "PLACE", country="TV")
    lowgate = place("Lowgate", country="TV")  # no coordinates: the report's sentence is read for it
    builder.event("statement", first, date="2022-05-06", actors=[governor, state], at=lowgate)
    builder.event("statement", second, date="2022-05-06", actors=[governor], at=lowgate)
    builder.event("statement", third, date="2022-05-06", actors=[state])
    sent: list[str] = []

    def count(*args: Any) -> None:
        sent.append(" ".join(args[2].split()))

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        store.ingest([builder.build()])
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert not [s for s in sent if "FROM evidence" in s or s.startswith("SELECT mentions.canonical_id")]
    assert len([s for s in sent if s.startswith("SELECT entities.id, entities.type")]) == 1  # once a batch
    assert len([s for s in sent if s.startswith("SELECT events.id") and "UNION ALL" in s]) == 3
    with store.connect() as connection:
        linked = (
            connection.execute(select(event_reports.c.event_id).order_by(event_reports.c.id)).scalars().all()
        )
    assert len(linked) == 3 and len(set(linked)) == 2  # the governor's two statements are one event
