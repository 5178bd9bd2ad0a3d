"""Ingest: idempotent, versioned, transactional per batch, resumable after kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from nexus.model import Extraction
from nexus.store import Store, open_store
from nexus.store.samples import ExtractionBuilder, synthetic_extraction
from nexus.store.schema import (
    documents,
    event_reports,
    ingest_progress,
    mentions,
    near_duplicates,
    relation_statements,
)

WIRE = (
    "A suicide bomber attacked a police convoy in Quetta on Monday, killing 12 officers and wounding "
    "30 others, officials said. Tehrik-i-Taliban Pakistan claimed responsibility for the bombing in a "
    "statement sent to reporters, and the provincial government announced three days of mourning."
)


def report(doc_id: str, text: str = WIRE, *, killed: int = 12, outlet: str = "Dawn") -> Extraction:
    builder = ExtractionBuilder(doc_id, text, outlet=outlet, published=date(2023, 1, 2))
    ttp = builder.entity("Tehrik-i-Taliban Pakistan", country="PK")
    builder.event("attack", text.split(", officials")[0], date="2023-01-02", actors=[ttp], killed=killed)
    return builder.build()


def test_same_document_twice_adds_nothing(store: Store) -> None:
    store.ingest([report("d1")])
    before = store.counts()
    summary = store.ingest([report("d1")])
    assert summary.unchanged == 1 and summary.added == 0
    assert store.counts() == before


def test_changed_text_under_same_id_becomes_a_new_version(store: Store) -> None:
    store.ingest([report("d1")])
    summary = store.ingest([report("d1", WIRE.replace("12 officers", "14 officers"), killed=14)])
    assert summary.updated == 1
    with store.connect() as connection:
        assert connection.execute(select(documents.c.version)).scalar_one() == 2
        rows = connection.execute(select(event_reports.c.killed, event_reports.c.superseded)).all()
    assert sorted((r.killed, r.superseded) for r in rows) == [(12, True), (14, False)]


def test_superseded_statements_are_kept_but_not_counted(store: Store) -> None:
    store.ingest([report("d1")])
    store.ingest([report("d1", WIRE + " Update.")])
    counts = store.counts()
    assert counts["mentions"] == 2 and counts["event_reports"] == 2
    assert counts["events"] == 1


def test_old_version_text_again_adds_nothing(store: Store) -> None:
    store.ingest([report("d1"), report("d1", WIRE + " Update.")])
    summary = store.ingest([report("d1")])
    assert summary.unchanged == 1


def test_near_duplicate_copy_is_linked_to_its_original(store: Store) -> None:
    copy = WIRE + " (AFP)"
    summary = store.ingest([report("d1"), report("d2", copy, outlet="Geo")])
    assert summary.duplicates == 1
    with store.connect() as connection:
        link = connection.execute(select(near_duplicates)).one()
        assert (link.doc_id, link.original_id) == ("d2", "d1")
        assert (
            connection.execute(select(documents.c.duplicate_of).where(documents.c.id == "d2")).scalar()
            == "d1"
        )


def test_copy_does_not_count_as_independent_source(store: Store) -> None:
    copy = WIRE + " (AFP)"
    store.ingest([report("d1"), report("d2", copy, outlet="Geo")])
    with store.connect() as connection:
        from nexus.store.schema import events

        row = connection.execute(select(events.c.n_reports, events.c.n_sources)).one()
    assert (row.n_reports, row.n_sources) == (2, 1)


def test_failing_document_is_recorded_and_batch_goes_on(store: Store) -> None:
    bad = report("bad")
    bad.events[0].evidence.sentence = None  # type: ignore[assignment]  # violates NOT NULL in the store
    summary = store.ingest([report("d1"), bad, report("d3", WIRE + " More.")])
    assert (summary.added, summary.failed) == (2, 1)
    assert summary.failures[0].doc_id == "bad"
    with store.connect() as connection:
        status = dict(connection.execute(select(ingest_progress.c.doc_id, ingest_progress.c.status)).all())
        assert status == {"d1": "done", "bad": "failed", "d3": "done"}
        assert connection.execute(select(mentions.c.id).where(mentions.c.doc_id == "bad")).all() == []


def test_ingest_is_deterministic(store_url: str, tmp_path: Path) -> None:
    docs = [synthetic_extraction(i) for i in range(30)]
    with open_store(store_url) as kb:
        kb.ingest(docs, batch_size=7)
        with kb.connect() as connection:
            first = sorted(connection.execute(select(mentions.c.id, mentions.c.canonical_id)).all())
    other = open_store(f"sqlite:///{tmp_path / 'other.db'}")
    other.ingest(docs, batch_size=30)
    with other.connect() as connection:
        second = sorted(connection.execute(select(mentions.c.id, mentions.c.canonical_id)).all())
    other.close()
    assert first == second


KILLABLE = textwrap.dedent(
    """
    import sys, time
    from nexus.store import open_store
    from nexus.store.samples import synthetic_extraction

    def slow():
        for i in range(int(sys.argv[2])):
            time.sleep(0.02)
            yield synthetic_extraction(i)

    store = open_store(sys.argv[1])
    store.ingest(slow(), batch_size=5, on_result=lambda r: print(r.doc_id, flush=True))
    print("finished", flush=True)
    """
)


def test_kill_9_mid_run_then_rerun_loses_and_duplicates_nothing(store_url: str, tmp_path: Path) -> None:
    total = 40
    process = subprocess.Popen(
        [sys.executable, "-c", KILLABLE, store_url, str(total)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    assert process.stdout is not None
    for seen, _line in enumerate(process.stdout, start=1):
        if seen >= 12:  # some batches committed, the next one in flight
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    with open_store(store_url) as kb:
        partial = kb.counts()["documents"]
        assert 10 <= partial < total
        summary = kb.ingest((synthetic_extraction(i) for i in range(total)), batch_size=5)
        assert summary.unchanged == partial and summary.added == total - partial
        counts = kb.counts()
    with open_store(f"sqlite:///{tmp_path / 'fresh.db'}") as fresh:
        fresh.ingest((synthetic_extraction(i) for i in range(total)), batch_size=5)
        expected = fresh.counts()
    assert counts == expected


def test_a_report_with_two_meetings_from_one_trigger_is_stored_whole(store: Store, extract: Any) -> None:
    """Both meetings of "met A on Wednesday and B on Thursday" reach the store."""
    text = "In Niamey the envoy met the army chief on Wednesday and the premier on Thursday."
    extraction = extract(text, published="2025-05-10")
    summary = store.ingest([extraction])
    assert summary.added == 1
    with store.connect() as connection:
        query = select(event_reports.c.type).where(event_reports.c.type == "meeting")
        stored = connection.execute(query).all()
    assert len(stored) == 2


def test_a_relation_told_twice_in_one_document_is_one_statement_and_the_batch_goes_on(store: Store) -> None:
    # an extractor that lists one relation twice (two entities of one name, say) must not fail the
    # batch: the second is the same statement under the same id
    text = (
        "Fighters of the Ravel Hills Militia, a group based in Ostmark, burned a clinic in Ostmark on "
        "Sunday, killing four patients, officials said."
    )
    builder = ExtractionBuilder("twice", text, outlet="Border Post", published=date(2024, 6, 2))
    group = builder.entity("Ravel Hills Militia")
    place = builder.entity("Ostmark", "PLACE")
    builder.relation(group, "based_in", place, text)
    told_twice = builder.build()
    told_twice.relations.append(told_twice.relations[0].model_copy(update={"confidence": 0.97}))
    summary = store.ingest([report("before"), told_twice, report("after", WIRE + " Later.")])
    assert (summary.added, summary.failed) == (3, 0)
    with store.connect() as connection:
        rows = connection.execute(
            select(relation_statements.c.confidence).where(relation_statements.c.doc_id == "twice")
        ).all()
        assert len(rows) == 1
        status = dict(connection.execute(select(ingest_progress.c.doc_id, ingest_progress.c.status)).all())
        assert status == {"before": "done", "twice": "done", "after": "done"}
