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
from pathlib import Path

import nexus
from nexus.ingest import IngestFailure, iter_documents
from nexus.model import Document
from nexus.service import ForkRunner, InProcessRunner, Runner, run_ingest
from nexus.service.dask import DaskRunner, dask_runner


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
    if summary.failed:
        raise SystemExit(f"{len(summary.failed)} documents failed: {summary.failed[0]}")
    return elapsed


def cpu_seconds(runner: Runner) -> dict[str, float]:
    """CPU seconds used so far by this process and, for a Dask runner, by each worker process."""
    used = {"client": time.process_time()}
    if isinstance(runner, DaskRunner):
        used.update(runner.client.run(time.process_time))
    return used


def measured(runner: Runner, measure: Callable[[Runner], float]) -> tuple[float, float]:
    """Wall seconds of one run, and the seconds it would take with a free core per process
    (the busiest process's CPU time: the client's, or one worker's)."""
    before = cpu_seconds(runner)
    wall = measure(runner)
    after = cpu_seconds(runner)
    used = {key: after[key] - before.get(key, 0.0) for key in after}
    busiest = max(used.values())
    workers = sorted((v for k, v in used.items() if k != "client"), reverse=True)
    if workers:
        print(
            f"{'':22} cpu: client {used['client']:.1f} s (its scheduler thread included),"
            f" workers {', '.join(f'{v:.1f}' for v in workers)} s; wall {wall:.1f} s",
            flush=True,
        )
    return wall, busiest


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
    ones: list[tuple[float, float]] = []
    twos: list[tuple[float, float]] = []
    for _ in range(rounds):
        ones.append(measured(one, measure))
        twos.append(measured(two, measure))
    best_one, best_two = min(w for w, _ in ones), min(w for w, _ in twos)
    ratio = best_one / best_two
    cpu_one, cpu_two = min(c for _, c in ones), min(c for _, c in twos)
    dask_cpu = isinstance(one, DaskRunner) and isinstance(two, DaskRunner)
    print(
        f"{label:22} wall: 1 worker {n_docs / best_one:6.1f} docs/s,"
        f" 2 workers {n_docs / best_two:6.1f} docs/s,"
        f" ratio {ratio:.2f} (rounds 1w {', '.join(f'{w:.1f}' for w, _ in ones)} s;"
        f" 2w {', '.join(f'{w:.1f}' for w, _ in twos)} s)"
    )
    if dask_cpu:
        print(
            f"{'':22} cpu of the busiest process: 1 worker {cpu_one:.1f} s, 2 workers {cpu_two:.1f} s,"
            f" ratio {cpu_one / cpu_two:.2f}"
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
    args = parser.parse_args()
    if args.gdelt:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
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
