"""Scaling of distributed ingest: a Dask LocalCluster of 2 workers against 1, measured in one run.

Usage: python benchmarks/dask_bench.py [INPUT ...] [--repeat N] [--rounds R] [--partition P]
                                        [--window W] [--gdelt N] [--db URL] [--jobs]

Two clusters are started (1 worker and 2 workers, single-threaded
processes) and warmed up (each worker loads the model once) outside the
timing. Then, alternating for ``--rounds`` rounds so a burst of load on a
shared machine does not decide the result, it times

* ``extract``: documents through ``DaskRunner.run`` (extraction on the
  workers, JSON back to the client), nothing stored;
* ``ingest``: the whole ``run_ingest`` into a fresh store (SQLite in a
  temporary folder, or fresh PostgreSQL schemas under ``--db URL``), the
  client writing while the workers extract.

It prints documents per second and the ratio 2 workers / 1 worker (the
fastest round of each counts), and the same ratio in CPU time of the busiest
process (client or worker): what the run takes when each process has a free
core, which is what a loaded shared machine cannot show in wall time. The ratio is what to watch: on a machine
with at least two free cores it approaches 2 for ``extract``; the client's
writes, JSON decoding and the scheduler share the same cores, so ``ingest``
scales less on a 2-core machine. Each run also prints the CPU seconds of the client (its
in-process scheduler included) and of each worker. ``--gdelt N`` uses N generated GDELT-like
articles (``gdelt_articles.py``, 85 % skipped by triage) instead of INPUTs. ``--jobs`` adds
the same comparison for forked workers (``--jobs 1`` vs ``--jobs 2``, no Dask). Defaults to
the bundled examples repeated 24 times.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import nexus
from nexus.ingest import IngestFailure, iter_documents
from nexus.model import Document
from nexus.service import ForkRunner, InProcessRunner, Runner, run_ingest
from nexus.service.dask import DaskRunner, dask_runner

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pgcpu import postmaster_pid, server_cpu


def load(inputs: list[str], repeat: int) -> list[Document]:
    """The input documents ``repeat`` times, each copy under its own id."""
    docs = [d for d in iter_documents(inputs) if not isinstance(d, IngestFailure)]
    return [d.model_copy(update={"id": f"{d.id}-{i}"}) for i in range(repeat) for d in docs]


@contextmanager
def fresh_db(base: str | None, folder: str) -> Iterator[str]:
    """A URL to an empty store: a new SQLite file, or a new schema of the PostgreSQL at ``base``."""
    if base is None:
        yield f"sqlite:///{Path(folder) / (uuid.uuid4().hex + '.db')}"
        return
    from nexus.store.samples import postgres_schema_url

    with postgres_schema_url(base, f"bench_{uuid.uuid4().hex[:10]}") as url:
        yield url


def time_extract(runner: Runner, docs: list[Document]) -> float:
    start = time.perf_counter()
    for _ in runner.run(docs):
        pass
    return time.perf_counter() - start


def time_ingest(runner: Runner, docs: list[Document], base: str | None, folder: str) -> float:
    with fresh_db(base, folder) as url, nexus.open(url) as kb:
        start = time.perf_counter()
        summary = run_ingest(docs, kb, runner=runner)
        elapsed = time.perf_counter() - start
    if summary.failed:  # an extraction the store refuses (e.g. two entities under one id): say so, go on
        first = summary.failed[0]
        print(f"{'':22} {len(summary.failed)} documents failed, first {first.origin}: {first.reason[:160]}")
    return elapsed


#: The local PostgreSQL server's postmaster (set in ``main`` when ``--db`` is on this machine).
POSTMASTER: int | None = None


def cpu_seconds(runner: Runner) -> dict[str, float]:
    """CPU seconds used so far by this process, by each worker process of a Dask runner, and
    (``postgres``) by a local PostgreSQL server, all its processes."""
    used = {"client": time.process_time()}
    if isinstance(runner, DaskRunner):
        used.update(runner.client.run(time.process_time))
    server = server_cpu(POSTMASTER)
    if server is not None:
        used["postgres"] = server
    return used


@dataclass
class Measured:
    """One timed run: wall seconds and CPU seconds per role."""

    wall: float
    client: float
    workers: list[float]
    postgres: float | None

    @property
    def busiest(self) -> float:
        """The CPU seconds of the busiest process (client or one worker): the wall time with a
        free core per process."""
        return max([self.client, *self.workers])

    @property
    def total(self) -> float:
        """CPU seconds of every role (client, workers, a local PostgreSQL server)."""
        return self.client + sum(self.workers) + (self.postgres or 0.0)

    def bound(self, cores: int) -> float:
        """The shortest wall time this work can take on ``cores`` cores: no process faster than
        its own CPU time, and all of it shared by the cores."""
        return max(self.busiest, self.total / max(1, cores))


def measured(runner: Runner, measure: Callable[[Runner], float]) -> Measured:
    """One run of ``measure``: wall seconds, and CPU seconds of the client, each worker and a
    local PostgreSQL server."""
    before = cpu_seconds(runner)
    wall = measure(runner)
    after = cpu_seconds(runner)
    used = {key: after[key] - before.get(key, 0.0) for key in after}
    workers = sorted((v for k, v in used.items() if k not in ("client", "postgres")), reverse=True)
    run = Measured(wall, used["client"], workers, used.get("postgres"))
    if workers:
        server = f", postgres {run.postgres:.1f} s" if run.postgres is not None else ""
        print(
            f"{'':22} cpu: client {run.client:.1f} s (its scheduler thread included),"
            f" workers {', '.join(f'{v:.1f}' for v in workers)} s{server}; wall {wall:.1f} s",
            flush=True,
        )
    return run


def compare(
    label: str,
    one: Runner,
    two: Runner,
    measure: Callable[[Runner], float],
    rounds: int,
    n_docs: int,
) -> float:
    """Alternate the two runners for ``rounds`` rounds; print the fastest of each and their ratio.

    Besides the wall-clock ratio it prints a CPU-time ratio: per run, the CPU
    seconds of the busiest process (client or worker), which is how long the
    run takes when each process has a core of its own. On a machine whose
    cores other work keeps busy, the wall-clock ratio says more about that
    work than about Nexus; the CPU ratio says what two free cores would give.
    """
    ones: list[Measured] = []
    twos: list[Measured] = []
    for _ in range(rounds):
        ones.append(measured(one, measure))
        twos.append(measured(two, measure))
    best_one, best_two = min(r.wall for r in ones), min(r.wall for r in twos)
    ratio = best_one / best_two
    dask_cpu = isinstance(one, DaskRunner) and isinstance(two, DaskRunner)
    print(
        f"{label:22} wall: 1 worker {n_docs / best_one:6.1f} docs/s,"
        f" 2 workers {n_docs / best_two:6.1f} docs/s,"
        f" ratio {ratio:.2f} (rounds 1w {', '.join(f'{r.wall:.1f}' for r in ones)} s;"
        f" 2w {', '.join(f'{r.wall:.1f}' for r in twos)} s)"
    )
    if dask_cpu:
        cpu_one, cpu_two = min(r.busiest for r in ones), min(r.busiest for r in twos)
        print(
            f"{'':22} cpu of the busiest process: 1 worker {cpu_one:.1f} s, 2 workers {cpu_two:.1f} s,"
            f" ratio {cpu_one / cpu_two:.2f}"
        )
        cores = os.cpu_count() or 1
        bound_one, bound_two = min(r.bound(cores) for r in ones), min(r.bound(cores) for r in twos)
        per_doc = min(twos, key=lambda r: r.total)
        server = f", postgres {1000 * per_doc.postgres / n_docs:.1f}" if per_doc.postgres is not None else ""
        workers = 1000 * sum(per_doc.workers) / n_docs
        print(
            f"{'':22} on {cores} cores at best (CPU of all roles shared by the cores, none faster than"
            f" its own): 1 worker {bound_one:.1f} s, 2 workers {bound_two:.1f} s, ratio"
            f" {bound_one / bound_two:.2f}; ms of CPU per document with 2 workers: client"
            f" {1000 * per_doc.client / n_docs:.1f}, workers {workers:.1f}{server}"
        )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(Path(__file__).parent.parent / "examples")])
    parser.add_argument("--repeat", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--partition", type=int, default=8, help="documents per Dask task")
    parser.add_argument(
        "--window", type=int, default=0, help="partitions in flight (0: the runner's default)"
    )
    parser.add_argument(
        "--gdelt", type=int, default=0, help="use N generated GDELT-like articles (gdelt_articles.py) instead"
    )
    parser.add_argument("--db", default=None, help="PostgreSQL URL (fresh schemas); default SQLite")
    parser.add_argument("--jobs", action="store_true", help="also compare forked --jobs 1 and 2")
    parser.add_argument("--no-ingest", action="store_true", help="time extraction only")
    parser.add_argument("--no-extract", action="store_true", help="time the whole ingest only")
    args = parser.parse_args()
    global POSTMASTER
    POSTMASTER = postmaster_pid(args.db) if args.db else None
    if args.gdelt:
        from gdelt_articles import generate

        docs = [Document(id=r["id"], text=r["text"]) for r in generate(args.gdelt)]
    else:
        docs = load(args.inputs, args.repeat)
    print(
        f"{len(docs)} documents, {sum(len(d.text.split()) for d in docs)} words, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    )
    with (
        tempfile.TemporaryDirectory() as folder,
        dask_runner(workers=1, partition_size=args.partition, window=args.window) as one,
        dask_runner(workers=2, partition_size=args.partition, window=args.window) as two,
    ):
        for runner in (one, two):  # load the model on every worker, outside the timing
            _warm(runner, docs)
        if not args.no_extract:
            compare("dask extract", one, two, lambda r: time_extract(r, docs), args.rounds, len(docs))
        if not args.no_ingest:
            compare(
                "dask ingest (store)",
                one,
                two,
                lambda r: time_ingest(r, docs, args.db, folder),
                args.rounds,
                len(docs),
            )
    if args.jobs:
        single = InProcessRunner()
        _warm(single, docs)
        forked = ForkRunner(single.extractor, jobs=2)
        try:
            compare(
                "fork extract (--jobs)",
                single,
                forked,
                lambda r: time_extract(r, docs),
                args.rounds,
                len(docs),
            )
        finally:
            forked.close()
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


def _warm(runner: Runner, docs: list[Document]) -> None:
    if isinstance(runner, DaskRunner):
        runner.preload()
    for _ in runner.run(docs[:4]):
        pass


if __name__ == "__main__":
    main()
