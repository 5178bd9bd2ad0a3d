"""How much work ``DaskRunner`` keeps queued on the cluster (no cluster needed: a stand-in client).

The client stores between pulls, a whole batch at a time; while it does, only the tasks
already submitted keep the workers busy. So the default window must hold many documents per
worker, not a few partitions, and still be bounded (memory stays flat on any input).
"""

from __future__ import annotations

from typing import Any

from nexus.model import Document
from nexus.service.dask import IN_FLIGHT_PER_WORKER, DaskRunner
from nexus.service.ingest import ExtractSkipped


class Done:
    """A finished task's handle: its rows, and a note in the client when released."""

    def __init__(self, client: StandInClient, rows: list[dict[str, Any]]) -> None:
        self.client = client
        self.rows = rows

    def result(self) -> list[dict[str, Any]]:
        return self.rows

    def release(self) -> None:
        self.client.in_flight -= 1


class StandInClient:
    """Answers like a Dask client with ``workers`` workers; every document comes back skipped."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.in_flight = 0
        self.most_in_flight = 0
        self.submitted = 0

    def scheduler_info(self) -> dict[str, Any]:
        return {"workers": {f"tcp://127.0.0.1:{9000 + i}": {} for i in range(self.workers)}}

    def submit(self, function: Any, payload: list[dict[str, Any]], *args: Any, **kwargs: Any) -> Done:
        self.submitted += 1
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        return Done(self, [{"skipped": f"stand-in for {item['id']}"} for item in payload])


def articles(n: int) -> list[Document]:
    return [
        Document(id=f"wire-{i}", text=f"Harbour authorities reopened berth {i} after repairs.")
        for i in range(n)
    ]


def test_the_default_window_queues_many_documents_per_worker_before_the_first_result() -> None:
    client = StandInClient(workers=2)
    runner = DaskRunner(client, partition_size=8)
    outcomes = runner.run(articles(1000))
    next(outcomes)  # the client waits for the first partition only once the window is full
    assert client.submitted * 8 >= 2 * IN_FLIGHT_PER_WORKER
    assert client.submitted < 1000 // 8  # bounded: not the whole input at once


def test_the_window_stays_bounded_and_outcomes_keep_input_order() -> None:
    client = StandInClient(workers=3)
    runner = DaskRunner(client, partition_size=5)
    got = list(runner.run(articles(700)))
    assert [o.document.id for o in got] == [f"wire-{i}" for i in range(700)]
    assert all(isinstance(o, ExtractSkipped) for o in got)
    assert client.most_in_flight <= 3 * -(-IN_FLIGHT_PER_WORKER // 5)
    assert client.in_flight == 0  # every finished task was released


def test_an_explicit_window_wins_over_the_default() -> None:
    client = StandInClient(workers=2)
    list(DaskRunner(client, partition_size=4, window=3).run(articles(100)))
    assert client.most_in_flight == 3
