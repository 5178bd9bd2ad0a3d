"""How much work ``ForkRunner`` keeps queued on its workers (no processes: submission is stubbed).

This process stores between pulls, a whole batch at a time, and submits new chunks only
then; the queue must hold many documents per worker to keep them busy meanwhile, and stay
bounded so memory is flat on any input.
"""

from __future__ import annotations

from concurrent.futures import Future

import pytest

from nexus.model import Document
from nexus.service.ingest import FORK_IN_FLIGHT, ChunkOutcome, ExtractSkipped, ForkRunner


def notices(n: int) -> list[Document]:
    return [
        Document(id=f"notice-{i}", text=f"The library extends its opening hours on day {i}.")
        for i in range(n)
    ]


class Counting:
    """Stands in for the pool: every chunk is done at once; counts chunks in flight."""

    def __init__(self) -> None:
        self.submitted = 0
        self.in_flight = 0
        self.most = 0

    def submit(self, chunk: list[Document]) -> Future[list[ChunkOutcome]]:
        self.submitted += 1
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        done: Future[list[ChunkOutcome]] = Future()
        done.set_result([ExtractSkipped(d, "stand-in") for d in chunk])
        return done

    def collect(self, chunk: list[Document], future: Future[list[ChunkOutcome]] | None) -> list[ChunkOutcome]:
        self.in_flight -= 1
        assert future is not None
        return future.result()


@pytest.fixture
def stubbed(monkeypatch: pytest.MonkeyPatch) -> tuple[ForkRunner, Counting]:
    runner = ForkRunner(lambda d: pytest.fail("nothing is extracted here"), jobs=2, chunk_size=16)
    pool = Counting()
    monkeypatch.setattr(runner, "_submit", pool.submit)
    monkeypatch.setattr(runner, "_collect", pool.collect)
    return runner, pool


def test_many_documents_per_worker_are_queued_before_the_first_outcome(
    stubbed: tuple[ForkRunner, Counting],
) -> None:
    runner, pool = stubbed
    next(runner.run(notices(2000)))
    assert pool.submitted * 16 >= 2 * FORK_IN_FLIGHT
    assert pool.submitted < 2000 // 16


def test_the_queue_stays_bounded_and_outcomes_keep_input_order(stubbed: tuple[ForkRunner, Counting]) -> None:
    runner, pool = stubbed
    got = list(runner.run(notices(900)))
    assert [o.document.id for o in got] == [f"notice-{i}" for i in range(900)]
    assert pool.most <= 2 * -(-FORK_IN_FLIGHT // 16)
    assert pool.in_flight == 0
