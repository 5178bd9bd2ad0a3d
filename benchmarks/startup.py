"""CLI start-up benchmark: ``nexus --help``, knowledge-base reads and ``nexus extract``, cold and warm.

    .venv/bin/python benchmarks/startup.py              # 7 runs of each command
    .venv/bin/python benchmarks/startup.py --runs 15 --cold-runs 3 --json

Each command is run as a fresh process (what a user waits for) on a small
knowledge base built from ``nexus.store.samples.sample_corpus`` in a temp
folder. The baseline, ``python -c pass`` with the same interpreter, and the
floor of any typer + rich CLI (a two-command app printing its help) are
measured in the same run, interleaved with the commands, so a busy or slow
machine shows up in all of them and the ratios compare across machines.

For each command the median wall time, its ratio to the baseline and the
median CPU time (user + system of the process: far less disturbed than the
wall time when other jobs share the machine) are printed against its target:
``--help`` and reads under 0.5 s, a warm ``nexus extract`` of one report
under 1.5 s.

``nexus extract`` is run on one short report (written for this benchmark)
twice over: *warm*, with the user cache (``nexus.cache``: parsed ontology,
the city table) already filled by an earlier run, and *cold*, with a new
empty cache folder each time, so the run builds and writes the cache.
Python's own bytecode cache is kept in a temp folder and filled before timing
(as an installed package has it), whatever ``PYTHONDONTWRITEBYTECODE`` says.

Start-up is mostly imports: the CLI imports the store (SQLAlchemy, the
pydantic records) only inside reading commands, and spaCy, datasketch,
networkx, alembic and the exporters only in the commands that use them
(``tests/cli/test_startup_imports.py`` checks it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 0.5
EXTRACT_TARGET_SECONDS = 1.5

#: A short report in the shape the extractor is built for (written for this benchmark).
REPORT = (
    "Armed men opened fire on a bus near Jalalabad on Sunday, killing four passengers and "
    "wounding eleven, a provincial spokesman said. No group has claimed the attack, but "
    "officials blamed the Taliban.\n"
)

#: The floor: any typer app with rich help pays this before doing anything.
FLOOR_APP = """
import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True)
console = Console(stderr=True)


@app.command()
def first(count: int = 1) -> None:
    \"\"\"The first command.\"\"\"


@app.command()
def second(name: str = "x") -> None:
    \"\"\"The second command.\"\"\"


app()
"""


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


def _time(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of ``argv`` to completion."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _summary(samples: list[tuple[float, float]], baseline: float, target: float | None) -> dict[str, object]:
    wall = statistics.median(s[0] for s in samples)
    return {
        "median_s": round(wall, 3),
        "cpu_s": round(statistics.median(s[1] for s in samples), 3),
        "ratio_to_python": round(wall / baseline, 1),
        "target_s": target,
        "under_target": None if target is None else wall < target,
        "runs": len(samples),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (median taken)")
    parser.add_argument("--cold-runs", type=int, default=2, help="runs of the cold extract (each rebuilds)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()

    nexus = _nexus_command()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("PYTHONDONTWRITEBYTECODE", "NEXUS_CACHE", "XDG_CACHE_HOME")
        }
        env |= {
            "COLUMNS": "120",
            "PYTHONPYCACHEPREFIX": str(scratch / "pycache"),
            "NEXUS_CACHE": str(scratch / "cache"),
        }
        db = _build_kb(scratch)
        report = scratch / "report.txt"
        report.write_text(REPORT, encoding="utf-8")
        floor = scratch / "floor.py"
        floor.write_text(FLOOR_APP, encoding="utf-8")
        extract = [*nexus, "extract", str(report), "--format", "jsonl"]
        commands: dict[str, tuple[list[str], float | None]] = {
            "python -c pass": ([sys.executable, "-c", "pass"], None),
            "typer+rich --help": ([sys.executable, str(floor), "--help"], None),
            "nexus --help": ([*nexus, "--help"], TARGET_SECONDS),
            "nexus events --help": ([*nexus, "events", "--help"], TARGET_SECONDS),
            "nexus events": ([*nexus, "events", "--db", db], TARGET_SECONDS),
            "nexus entities": ([*nexus, "entities", "--db", db], TARGET_SECONDS),
            "nexus show": ([*nexus, "show", "Jaish-e-Mohammed", "--db", db], TARGET_SECONDS),
            "nexus search": ([*nexus, "search", "attack", "--db", db], TARGET_SECONDS),
            "nexus extract (warm)": (extract, EXTRACT_TARGET_SECONDS),
        }
        for argv, _ in commands.values():  # fill the file, bytecode and Nexus caches; not timed
            _time(argv, env)
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        cold: list[tuple[float, float]] = []
        for run in range(args.runs):
            for name, (argv, _) in commands.items():
                samples[name].append(_time(argv, env))
            if run < args.cold_runs:
                cold_env = env | {"NEXUS_CACHE": str(scratch / f"cold-cache-{run}")}
                cold.append(_time(extract, cold_env))
    baseline = statistics.median(s[0] for s in samples["python -c pass"])
    results = {name: _summary(samples[name], baseline, target) for name, (_, target) in commands.items()}
    if cold:
        results["nexus extract (cold)"] = _summary(cold, baseline, None)
    if args.json:
        print(json.dumps({"runs": args.runs, "results": results}, indent=2))
        return
    print(f"{'command':<22} {'median':>8} {'cpu':>7} {'x python':>9}  target")
    for name, row in results.items():
        target = row["target_s"]
        mark = "" if target is None else f"< {target} s: {'yes' if row['under_target'] else 'no'}"
        wall, cpu, ratio = row["median_s"], row["cpu_s"], row["ratio_to_python"]
        print(f"{name:<22} {wall:>7.3f}s {cpu:>6.3f}s {ratio:>9.1f}  {mark}")


if __name__ == "__main__":
    main()
