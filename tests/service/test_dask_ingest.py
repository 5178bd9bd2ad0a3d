"""Distributed ingest: a 2-worker Dask ``LocalCluster`` into PostgreSQL stores what one process stores,
and neither a worker killed mid-run nor a client stopped mid-batch loses or duplicates anything.

Needs ``NEXUS_TEST_PG_URL`` (``eval "$(bash .ci/postgres.sh)"``); skipped without it, except
under CI (``CI=true``), where a missing server is a failure.
"""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

import nexus
from nexus.kb import KnowledgeBase
from nexus.model import Document
from nexus.service import ChunkOutcome, ProgressEvent, run_ingest
from nexus.store import schema
from nexus.store.samples import postgres_schema_url

pytest.importorskip("distributed")

from nexus.service import dask as nexus_dask
from nexus.service.dask import DaskRunner, DistributedError, check_workers, dask_runner, extractor_loads

pytestmark = pytest.mark.postgres

PG_URL = os.environ.get("NEXUS_TEST_PG_URL")
IN_CI = os.environ.get("CI", "").lower() == "true"

#: Short reports written for these tests: a few groups, places and figures, two reports of one attack.
REPORTS = [
    "Boko Haram fighters attacked a village near Maiduguri on Saturday, killing 12 people, "
    "local officials said.",
    "The death toll from Saturday's attack near Maiduguri rose to 15, a police spokesman said on Sunday.",
    "A suicide bomber struck a market in Mogadishu on Tuesday, killing seven people. "
    "Al-Shabaab said it carried out the bombing.",
    "Gunmen opened fire on a bus in Balochistan on Monday, wounding nine passengers, officials said.",
    "The Islamic State claimed a rocket attack on an army base near Kirkuk that injured four soldiers.",
    "Police in Karachi arrested three men suspected of links to the Pakistani Taliban on Wednesday.",
    "Hezbollah and Hamas leaders met in Beirut on Thursday to discuss the fighting, a spokesman said.",
    "A roadside bomb killed two soldiers in Kandahar province on Friday, the defence ministry said.",
]


def documents() -> list[Document]:
    return [
        Document(id=f"dask-{i}", text=text, published=date(2024, 5, 20), origin=f"reports.jsonl:{i + 1}")
        for i, text in enumerate(REPORTS)
    ]


@pytest.fixture
def pg_kb() -> Iterator[Any]:
    """Opens a knowledge base in a fresh PostgreSQL schema per call (dropped afterwards)."""
    if not PG_URL:
        if IN_CI:
            pytest.fail("CI=true but NEXUS_TEST_PG_URL is unset: start PostgreSQL with .ci/postgres.sh")
        pytest.skip("NEXUS_TEST_PG_URL is unset (start PostgreSQL with .ci/postgres.sh)")
    opened: list[Any] = []

    def make() -> KnowledgeBase:
        context = postgres_schema_url(PG_URL, f"t_{uuid.uuid4().hex[:12]}")
        kb = nexus.open(context.__enter__())
        opened.append((kb, context))
        return kb

    yield make
    for kb, context in opened:
        kb.close()
        context.__exit__(None, None, None)


@pytest.fixture(scope="module")
def runner() -> Iterator[DaskRunner]:
    """Two single-threaded worker processes, one document per task so both get work."""
    with dask_runner(workers=2, partition_size=1) as started:
        yield started


def snapshot(kb: KnowledgeBase) -> dict[str, Any]:
    """What must match between two runs: ids and row counts of every statement table."""
    tables = (schema.documents, schema.events, schema.entities, schema.relations)
    with kb.store.connect() as connection:
        ids = {t.name: sorted(connection.execute(select(t.c.id)).scalars()) for t in tables}
        versions = connection.execute(
            select(schema.document_versions.c.doc_id, func.count()).group_by(
                schema.document_versions.c.doc_id
            )
        ).all()
    return {"ids": ids, "counts": kb.store.counts(), "versions": sorted(tuple(v) for v in versions)}


@pytest.fixture(scope="module")
def reference_store(extractor: Any) -> Iterator[dict[str, Any]]:
    """The snapshot of a single-process run of the same reports into PostgreSQL."""
    if not PG_URL:
        pytest.skip("NEXUS_TEST_PG_URL is unset")
    with (
        postgres_schema_url(PG_URL, f"t_{uuid.uuid4().hex[:12]}") as url,
        nexus.open(url) as kb,
    ):
        summary = run_ingest(documents(), kb, extractor=extractor, batch_size=3)
        assert summary.added == len(REPORTS) and summary.ok
        yield snapshot(kb)


def test_two_workers_store_what_one_process_stores(
    runner: DaskRunner, pg_kb: Any, reference_store: dict[str, Any]
) -> None:
    kb = pg_kb()
    summary = run_ingest(documents(), kb, runner=runner, batch_size=3)
    assert summary.added == len(REPORTS) and summary.ok
    got = snapshot(kb)
    assert got == reference_store
    assert got["counts"]["events"] > 0 and got["counts"]["entities"] > 0
    assert set(runner.client.run(extractor_loads).values()) == {1}  # the model loaded once per worker


def worker_pids(runner: DaskRunner) -> dict[str, int]:
    return dict(runner.client.run(os.getpid))


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    runner: DaskRunner, pg_kb: Any, reference_store: dict[str, Any]
) -> None:
    before = worker_pids(runner)
    victim = next(iter(before.values()))
    killed: list[int] = []

    def kill_once(event: ProgressEvent) -> None:
        if event.done == 2 and not killed:  # tasks for later reports are still queued or running
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    kb = pg_kb()
    summary = run_ingest(documents(), kb, runner=runner, batch_size=2, on_progress=kill_once)
    assert killed
    assert summary.added == len(REPORTS) and summary.ok
    assert snapshot(kb) == reference_store
    runner.client.wait_for_workers(2, timeout=120)
    assert victim not in worker_pids(runner).values()  # the nanny started a fresh worker


class ClientKilled(Exception):
    """Stands for the ingesting process dying between two extractions."""


class StopsAfter:
    """Passes ``limit`` outcomes of ``runner`` through, then dies (mid-batch: nothing of it committed)."""

    def __init__(self, runner: DaskRunner, limit: int) -> None:
        self.runner = runner
        self.limit = limit

    def run(self, documents: Iterable[Document]) -> Iterator[ChunkOutcome]:
        for given, outcome in enumerate(self.runner.run(documents), start=1):
            if given > self.limit:
                raise ClientKilled
            yield outcome

    def close(self) -> None:
        pass


def test_a_run_stopped_mid_batch_resumes_with_nothing_lost_or_stored_twice(
    runner: DaskRunner, pg_kb: Any, reference_store: dict[str, Any]
) -> None:
    kb = pg_kb()
    with pytest.raises(ClientKilled):
        run_ingest(documents(), kb, runner=StopsAfter(runner, 4), batch_size=3)
    assert kb.store.counts()["documents"] == 3  # the first batch committed, the second never did
    again = run_ingest(documents(), kb, runner=runner, batch_size=3)
    assert again.unchanged == 3 and again.added == len(REPORTS) - 3 and again.ok
    assert snapshot(kb) == reference_store


def test_workers_must_run_the_same_nexus(runner: DaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    check_workers(runner.client)  # the local workers import this very package
    monkeypatch.setattr(nexus_dask, "installed_version", lambda: "0.0.0-elsewhere")
    with pytest.raises(DistributedError, match=r"without nexus-osint 0\.0\.0-elsewhere"):
        check_workers(runner.client)


def test_local_workers_skip_the_dashboard_bookkeeping(runner: DaskRunner) -> None:
    # the 10 ms stack sampler and its kin cost each worker a few % of a core, for a dashboard we never show
    import dask

    setting = "distributed.worker.profile.enabled"
    assert set(runner.client.run(dask.config.get, setting).values()) == {False}
