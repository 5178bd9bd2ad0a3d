"""CLI start-up benchmark: ``nexus --help`` and knowledge-base read commands, as ratios.

    .venv/bin/python benchmarks/startup.py              # 7 runs of each command
    .venv/bin/python benchmarks/startup.py --runs 15 --json

Each command is run as a fresh process (what a user waits for) on a small
knowledge base built from ``nexus.store.samples.sample_corpus`` in a temp
folder. The baseline, ``python -c pass`` with the same interpreter, is
measured in the same run, interleaved with the commands, so a busy or slow
machine shows up in both and the ratios compare across machines. The
median wall time of each command is printed with its ratio to the baseline,
and against the target: ``--help`` and reads under 0.5 s on an idle laptop.

Start-up is mostly imports: the CLI imports the store (SQLAlchemy, the
pydantic records) only inside reading commands, and spaCy, datasketch,
networkx, alembic and the exporters only in the commands that use them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 0.5


def _nexus_command() -> list[str]:
    """The installed ``nexus`` script next to this interpreter, else the same entry point via -c."""
    script = shutil.which("nexus", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-c", "from nexus.cli import main; main()"]


def _build_kb(folder: Path) -> str:
    import nexus
    from nexus.store.samples import sample_corpus

    path = str(folder / "bench.db")
    with nexus.open(path) as kb:
        kb.ingest(sample_corpus())
    return path


def _time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (median taken)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()

    env = {**os.environ, "COLUMNS": "120"}
    nexus = _nexus_command()
    with tempfile.TemporaryDirectory() as scratch:
        db = _build_kb(Path(scratch))
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "nexus --help": [*nexus, "--help"],
            "nexus events --help": [*nexus, "events", "--help"],
            "nexus events": [*nexus, "events", "--db", db],
            "nexus entities": [*nexus, "entities", "--db", db],
            "nexus show": [*nexus, "show", "Jaish-e-Mohammed", "--db", db],
            "nexus search": [*nexus, "search", "attack", "--db", db],
        }
        for argv in commands.values():  # warm the file cache; not timed
            _time(argv, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, argv in commands.items():
                samples[name].append(_time(argv, env))
    baseline = statistics.median(samples["python -c pass"])
    results = {
        name: {
            "median_s": round(statistics.median(times), 3),
            "ratio_to_python": round(statistics.median(times) / baseline, 1),
            "under_target": statistics.median(times) < TARGET_SECONDS,
        }
        for name, times in samples.items()
    }
    if args.json:
        print(json.dumps({"runs": args.runs, "target_s": TARGET_SECONDS, "results": results}, indent=2))
        return
    print(f"{'command':<22} {'median':>8} {'x python':>9}  under {TARGET_SECONDS} s")
    for name, row in results.items():
        mark = "yes" if row["under_target"] else "no"
        print(f"{name:<22} {row['median_s']:>7.3f}s {row['ratio_to_python']:>9.1f}  {mark}")


if __name__ == "__main__":
    main()
