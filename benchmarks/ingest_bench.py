"""Store ingest benchmark: does the cost per document stay flat as the store grows?

    .venv/bin/python benchmarks/ingest_bench.py                     # 10,000 documents, SQLite temp file
    .venv/bin/python benchmarks/ingest_bench.py --docs 3000 --window 500
    .venv/bin/python benchmarks/ingest_bench.py --db postgresql+psycopg://user@host/db   # must be empty
    .venv/bin/python benchmarks/ingest_bench.py --docs 3000 --profile store.prof
    .venv/bin/python benchmarks/ingest_bench.py --docs 6000 --profile last.prof --profile-from 5000

Feeds ``--docs`` development-like extractions (``nexus.store.devlike``: about
15 entities, 6 events and 4 relations each, frequent actors, incidents told
by many outlets, wire copies) through ``Store.ingest`` in batches of
``--batch`` and reports the SQL statements sent per document (round trips: an executemany
counts once), the documents per second of the first and the last
``--window`` documents and their ratio (last / first), by the wall clock and
by this process's CPU time (``cpu_*``: steadier on a shared machine, and the
whole cost on SQLite; on PostgreSQL the server's share is only in ``wall_*``).
A flat store keeps the ratio near 1; a store whose cost grows with its size
drops it. No extraction (spaCy) runs: this is the store's cost only. The
ratio, not the absolute figure, is what compares across machines.

On a shared machine the CPU time of the same work moves with the load (other
processes on the same cores slow this one's caches and clock): a run whose first
window met a quiet machine and whose last met a busy one reports a store that
slows when it is the machine that did. So the run carries its own baseline: every
``--probe-every`` documents (and once before the first) it ingests the same
``--probe-docs`` documents into a new, empty SQLite store and times that (the
probe's time is left out of the windows). The probe's work never changes, so its
speed in the last window over its speed in the first is the machine's drift
(``probe_cpu_ratio``); ``cpu_ratio_adjusted`` is ``cpu_ratio`` divided by it: the
store's own slowdown. ``--probe-every 0`` turns the probe off.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from nexus.store import open_store
from nexus.store.devlike import devlike_extraction

#: Documents of the probe (``_probe``): ids far past any run's, the same ones every time.
PROBE_FIRST_ID = 10_000_000


def _probe(docs: int, directory: Path, n: int) -> tuple[float, float]:
    """Wall and CPU seconds per document to ingest the probe's ``docs`` documents into a new,
    empty SQLite store (the ``n``-th, in ``directory``); opening and migrating it is not timed,
    nor is the garbage collector let run during it."""
    extractions = [devlike_extraction(PROBE_FIRST_ID + i) for i in range(docs)]
    with open_store(f"sqlite:///{directory / f'probe-{n}.db'}") as store:
        gc.disable()  # a full collection of the run's heap would land on the probe by chance
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            store.ingest(extractions, batch_size=max(1, docs))
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        finally:
            gc.enable()
    for leftover in directory.glob(f"probe-{n}.db*"):
        leftover.unlink()
    return wall / docs, cpu / docs


def run(
    url: str,
    docs: int,
    window: int,
    batch: int,
    profile: str | None = None,
    profile_from: int = 0,
    stamps_to: str | None = None,
    probe_every: int = 250,
    probe_docs: int = 25,
) -> dict[str, Any]:
    """Ingest ``docs`` generated reports into the store at ``url``; timings per ``window``.

    With ``profile``, a cProfile of the ingest from document ``profile_from``
    on (0: all of it) is written there: profiling only the end of a long run
    shows what costs more once the store is large. With ``stamps_to``, each
    document's (wall, CPU) time stamp is appended to that file as it is
    stored, so a run stopped early still tells how far it got and how fast.
    Every ``probe_every`` documents (0: never) the probe (``_probe``) times
    ``probe_docs`` documents into an empty store; its time is taken off the stamps.
    """
    stamps: list[tuple[float, float]] = []
    profiler = cProfile.Profile() if profile else None
    log = open(stamps_to, "a", buffering=1) if stamps_to else None  # noqa: SIM115
    probes: list[tuple[int, float, float, float]] = []  # (documents stored, wall, CPU per doc, load)
    spent = [0.0, 0.0]  # wall and CPU seconds the probes took, kept out of the stamps
    probe_dir = Path(tempfile.mkdtemp(prefix="nexus-probe-"))

    def probe() -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        probes.append((len(stamps), *_probe(probe_docs, probe_dir, len(probes)), os.getloadavg()[0]))
        spent[0] += time.perf_counter() - wall
        spent[1] += time.process_time() - cpu

    def stamp(_result: object) -> None:
        stamps.append((time.perf_counter() - spent[0], time.process_time() - spent[1]))
        if log is not None:
            log.write(f"{len(stamps)} {stamps[-1][0] - start[0]:.3f} {stamps[-1][1] - start[1]:.3f}\n")
        if profiler is not None and profile_from and len(stamps) == profile_from:
            profiler.enable()
        if probe_every and len(stamps) % probe_every == 0:
            probe()

    statements = [0]

    def count(*_args: object) -> None:
        statements[0] += 1

    with open_store(url) as store:
        event.listen(store.engine, "before_cursor_execute", count)
        if probe_every:
            _probe(probe_docs, probe_dir, -1)  # warms what the first ingest of a process loads
            probe()
        start = (time.perf_counter() - spent[0], time.process_time() - spent[1])
        if profiler is not None and not profile_from:
            profiler.enable()
        summary = store.ingest(
            (devlike_extraction(i) for i in range(docs)), batch_size=batch, on_result=stamp
        )
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)  # type: ignore[arg-type]
        event.remove(store.engine, "before_cursor_execute", count)
        counts = store.counts()
    if log is not None:
        log.close()
    probe_dir.rmdir()
    window = min(window, docs // 2) or 1
    times = [start, *stamps]
    out: dict[str, Any] = {
        "backend": url.split(":", 1)[0].split("+", 1)[0],
        "docs": docs,
        "batch": batch,
        "window": window,
        "added": summary.added,
        "failed": summary.failed,
        "duplicates": summary.duplicates,
        "seconds": round(times[-1][0] - start[0], 1),
        "statements_per_doc": round(statements[0] / max(1, docs), 1),
    }
    for clock, name in ((0, "wall"), (1, "cpu")):
        first = window / max(times[window][clock] - times[0][clock], 1e-9)
        last = window / max(times[-1][clock] - times[-1 - window][clock], 1e-9)
        out[f"{name}_first_docs_per_s"] = round(first, 1)
        out[f"{name}_last_docs_per_s"] = round(last, 1)
        out[f"{name}_ratio"] = round(last / first, 2)
    first_probes = [p for p in probes if p[0] <= window]
    last_probes = [p for p in probes if p[0] >= docs - window]
    if first_probes and last_probes:
        for clock, name in ((1, "wall"), (2, "cpu")):
            # docs/s of the probe: the mean time per document of the probes in each window
            first = 1 / statistics.fmean(p[clock] for p in first_probes)
            last = 1 / statistics.fmean(p[clock] for p in last_probes)
            out[f"probe_{name}_first_docs_per_s"] = round(first, 1)
            out[f"probe_{name}_last_docs_per_s"] = round(last, 1)
            out[f"probe_{name}_ratio"] = round(last / first, 2)
            out[f"{name}_ratio_adjusted"] = round(out[f"{name}_ratio"] / (last / first), 2)
        out["load_first"] = round(statistics.fmean(p[3] for p in first_probes), 1)
        out["load_last"] = round(statistics.fmean(p[3] for p in last_probes), 1)
    out.update(entities=counts["entities"], events=counts["events"], relations=counts["relations"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="database URL (default: a SQLite file in a temp dir); must be empty")
    parser.add_argument("--docs", type=int, default=10_000, help="documents to ingest (default 10,000)")
    parser.add_argument(
        "--window", type=int, default=1000, help="documents timed at each end (default 1,000)"
    )
    parser.add_argument("--batch", type=int, default=50, help="documents per ingest batch (default 50)")
    parser.add_argument("--profile", help="write a cProfile of the ingest to this file")
    parser.add_argument("--stamps", help="append each document's wall and CPU seconds to this file")
    parser.add_argument(
        "--profile-from", type=int, default=0, help="profile from this document on (default: all)"
    )
    parser.add_argument(
        "--probe-every",
        type=int,
        default=250,
        help="time the probe (the same documents into an empty store) every N documents (0: off)",
    )
    parser.add_argument("--probe-docs", type=int, default=25, help="documents of the probe (default 25)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'ingest.db'}"
        result = run(
            url,
            args.docs,
            args.window,
            args.batch,
            args.profile,
            args.profile_from,
            args.stamps,
            args.probe_every,
            args.probe_docs,
        )
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
