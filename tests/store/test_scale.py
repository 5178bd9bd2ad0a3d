"""A store whose cost per document is flat, with the same rows as recomputing everything.

Running aggregates (entities, event identity) and the near-duplicate index
kept in the store must give exactly what a full recomputation from the
statements, or a replay of every stored text, would give.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from nexus.ingest.dedupe import NearDuplicateIndex
from nexus.store import Store, linker, migrate, open_store
from nexus.store.devlike import devlike_extraction
from nexus.store.samples import ExtractionBuilder
from nexus.store.schema import document_minhashes, documents, entities, entity_aliases, events, minhash_bands


def _rows(store: Store, table: Any) -> list[tuple[Any, ...]]:
    with store.connect() as connection:
        return sorted(tuple(row) for row in connection.execute(select(table)))


def _recomputed(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Entity, alias and event rows recomputed from every statement (no running aggregates)."""
    with store.write() as connection:
        entity_ids = list(connection.execute(select(entities.c.id)).scalars())
        event_ids = list(connection.execute(select(events.c.id)).scalars())
        linker.refresh_entities(connection, entity_ids)
        linker.refresh_events(connection, event_ids)
        out = {
            table.name: sorted(tuple(row) for row in connection.execute(select(table)))
            for table in (entities, entity_aliases, events)
        }
        connection.rollback()
    return out


def test_running_aggregates_equal_a_full_recomputation(store: Store) -> None:
    store.ingest((devlike_extraction(i, seed=3) for i in range(60)), batch_size=7)
    kept = {table.name: _rows(store, table) for table in (entities, entity_aliases, events)}
    assert kept == _recomputed(store)
    assert len(kept["events"]) > 50 and len(kept["entities"]) > 100


def test_a_new_version_of_a_document_keeps_aggregates_exact(store: Store) -> None:
    store.ingest((devlike_extraction(i, seed=4) for i in range(20)), batch_size=5)
    changed = devlike_extraction(3, seed=4)
    text = changed.document.text + " A later paragraph was added."
    changed = changed.model_copy(update={"document": changed.document.model_copy(update={"text": text})})
    changed = changed.model_copy(update={"entities": changed.entities[:5], "events": changed.events[:1]})
    changed = changed.model_copy(update={"relations": []})
    summary = store.ingest([changed, *(devlike_extraction(i, seed=4) for i in range(20, 26))])
    assert summary.updated == 1
    kept = {table.name: _rows(store, table) for table in (entities, entity_aliases, events)}
    assert kept == _recomputed(store)


def _wire(doc_id: str, tail: str, outlet: str) -> Any:
    text = (
        "Gunmen on motorbikes fired on a bus station in the northern town of Kelvara late on Sunday, "
        "killing nine travellers and wounding fourteen, the district commissioner told reporters. "
        "No group has said it carried out the shooting, which came a week after a raid on a market "
        f"in the same district. {tail}"
    )
    return ExtractionBuilder(doc_id, text, outlet=outlet, published=date(2024, 6, 3)).build()


def test_copies_are_found_from_the_stored_index_across_runs(store_url: str) -> None:
    with open_store(store_url) as first:
        first.ingest([_wire("w1", "Reporting by the agency desk.", "Agency"), _wire("u1", "", "Other")])
    with open_store(store_url) as second:  # a new run: nothing replayed, the index is in the store
        second.ingest([_wire("w2", "Reporting by a partner desk.", "Partner")])
        with second.connect() as connection:
            copies = dict(connection.execute(select(documents.c.id, documents.c.duplicate_of)).all())
            signatures = connection.execute(select(document_minhashes.c.doc_id)).scalars().all()
            bands = connection.execute(select(minhash_bands.c.doc_id).distinct()).scalars().all()
    assert copies == {"w1": None, "u1": "w1", "w2": "w1"}
    assert sorted(signatures) == sorted(bands) == ["u1", "w1", "w2"]


def test_stored_index_answers_as_the_in_memory_index() -> None:
    texts = [devlike_extraction(i, seed=5).document.text for i in range(45)]
    texts += [texts[3].upper(), texts[10] + " Extra closing line from another outlet.", ""]
    memory = NearDuplicateIndex()
    expected = {f"t{i}": memory.add(f"t{i}", text) for i, text in enumerate(texts)}
    store = open_store("sqlite://")
    builders = [ExtractionBuilder(f"t{i}", text, outlet="Desk").build() for i, text in enumerate(texts)]
    store.ingest(builders, batch_size=9)
    with store.connect() as connection:
        stored = dict(connection.execute(select(documents.c.id, documents.c.duplicate_of)).all())
    assert stored == expected
    assert sum(v is not None for v in expected.values()) >= 4


def test_a_store_from_before_the_stored_index_is_indexed_once(store_url: str) -> None:
    store = open_store(store_url)
    migrate.downgrade(store.engine, "0003")
    store.ingest([_wire("w1", "Reporting by the agency desk.", "Agency")])
    migrate.upgrade(store.engine)
    store.close()
    with open_store(store_url) as reopened:
        reopened.ingest([_wire("w2", "Reporting by a partner desk.", "Partner")])
        with reopened.connect() as connection:
            copies = dict(connection.execute(select(documents.c.id, documents.c.duplicate_of)).all())
            signatures = connection.execute(select(document_minhashes.c.doc_id)).scalars().all()
    assert copies == {"w1": None, "w2": "w1"}
    assert sorted(signatures) == ["w1", "w2"]


def test_event_contradiction_flags_equal_the_full_figure_summaries(store: Store) -> None:
    """An event's ``contradictory`` column (read from each outlet's current figure) is what the
    full ``summarize`` of all its reports' figures says, for events recalled by many reports too."""
    from nexus.resolve.figures import FIGURE_FIELDS, summarize

    store.ingest((devlike_extraction(i, seed=5) for i in range(90)), batch_size=10)
    with store.connect() as connection:
        stored = {row.id: bool(row.contradictory) for row in connection.execute(select(events))}
        groups: dict[str, list[Any]] = {}
        for row in linker.current_reports(connection, sorted(stored)):
            groups.setdefault(row.event_id, []).append(row)
    expected = {
        event_id: any(
            (summary := summarize(field, linker.report_figures(group, field))) is not None
            and summary.contradiction
            for field in FIGURE_FIELDS
        )
        for event_id, group in groups.items()
    }
    assert {event_id: flag for event_id, flag in stored.items() if event_id in groups} == expected
    assert max(len(group) for group in groups.values()) >= 8  # an event gathering many reports
    assert any(expected.values()) and not all(expected.values())


def test_busy_events_kept_between_batches_give_the_recomputed_rows(store: Store) -> None:
    from nexus.store.schema import event_link_reports, relations

    store.ingest((devlike_extraction(i, seed=5) for i in range(150)), batch_size=10)
    state = store._state
    assert state is not None and state.aggregates.event_rows  # some events were busy enough to keep
    assert all(len(rows) >= linker.BUSY_EVENT_REPORTS for rows in state.aggregates.event_rows.values())
    tables = (entities, entity_aliases, events, event_link_reports, relations)
    kept = {table.name: _rows(store, table) for table in tables}
    with store.write() as connection:
        linker.refresh_events(connection, list(connection.execute(select(events.c.id)).scalars()))
        again = {t.name: sorted(tuple(row) for row in connection.execute(select(t))) for t in tables}
        connection.rollback()
    assert kept == again
