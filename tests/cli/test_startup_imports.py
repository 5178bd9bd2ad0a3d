"""Start-up: ``nexus --help`` and the knowledge-base reads load only what they use.

Each check runs the typer app in a fresh interpreter (the test process has
long since imported everything) and lists the heavy packages that ended up in
``sys.modules``, command by command. This is a behaviour test of the import
graph, not a timing test: what a command does not import it cannot be slowed by.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

import nexus
from nexus.cli import app

SRC = str(Path(nexus.__file__).resolve().parents[1])

#: Runs each argv (a JSON list of argv lists) through the app, in order, and prints for each
#: the forbidden modules that were first loaded by it.
_PROBE = """
import json, sys
from typer.testing import CliRunner
from nexus.cli import app

forbidden = json.loads(sys.argv[1])
runner = CliRunner()

def loaded():
    return {f for f in forbidden for m in list(sys.modules) if m == f or m.startswith(f + ".")}

before = loaded()
report = {"at start": sorted(before)}
for argv in json.loads(sys.argv[2]):
    result = runner.invoke(app, argv, env={"COLUMNS": "120"})
    if result.exit_code != 0:
        raise SystemExit(f"{argv} exited {result.exit_code}: {result.output}")
    now = loaded()
    report[" ".join(argv)] = sorted(now - before)
    before = now
print(json.dumps(report))
"""

#: Packages no command may load just to print help or read the store.
HEAVY = [
    "spacy",
    "thinc",
    "datasketch",
    "scipy",
    "networkx",
    "pandas",
    "stix2",
    "fastapi",
    "starlette",
    "uvicorn",
    "nexus.extract",
    "nexus.ingest",
    "nexus.export",
    "nexus.training",
]
#: ... and help needs no database layer nor data models either.
HELP_ONLY = [*HEAVY, "sqlalchemy", "alembic", "pydantic", "yaml", "nexus.store", "nexus.kb", "nexus.model"]


def _probe(forbidden: list[str], commands: list[list[str]]) -> dict[str, list[str]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(forbidden), json.dumps(commands)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    report: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def _loaded(report: dict[str, list[str]]) -> dict[str, list[str]]:
    return {command: modules for command, modules in report.items() if modules}


def _help_paths() -> list[list[str]]:
    group = typer.main.get_group(app)
    paths: list[list[str]] = [["--help"]]
    for name, command in group.commands.items():
        paths.append([name, "--help"])
        for sub in getattr(command, "commands", None) or ():
            paths.append([name, sub, "--help"])
    return paths


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    from nexus.store.samples import sample_corpus

    path = str(tmp_path_factory.mktemp("startup") / "kb.db")
    with nexus.open(path) as kb:
        kb.ingest(sample_corpus())
    return path


def test_help_of_every_command_loads_no_heavy_package() -> None:
    paths = _help_paths()
    assert len(paths) > 10  # every command, not just the top level
    assert _loaded(_probe(HELP_ONLY, paths)) == {}


def test_reading_commands_load_the_store_but_not_the_extractor(kb_path: str) -> None:
    db = ["--db", kb_path]
    reads = [
        ["entities", *db],
        ["events", *db],
        ["show", "Jaish-e-Mohammed", *db],
        ["network", "Jaish-e-Mohammed", *db],
        ["timeline", *db],
        ["contradictions", *db],
        ["search", "attack", *db],
        ["events", "--json", *db],
    ]
    report = _probe([*HEAVY, "sqlalchemy"], reads)
    assert report["entities --db " + kb_path] == ["sqlalchemy"]  # the probe does see imports
    del report["entities --db " + kb_path]
    assert _loaded(report) == {}


def test_metrics_loads_networkx_and_nothing_else_heavy(kb_path: str) -> None:
    # Centrality is computed by networkx (PageRank with scipy): the one read that needs them.
    graph = {"networkx", "scipy"}
    report = _probe(HEAVY, [["metrics", "--db", kb_path]])
    assert set(report[f"metrics --db {kb_path}"]) - graph == set()
    assert "networkx" in report[f"metrics --db {kb_path}"]


def test_serve_max_body_default_matches_the_api_guard() -> None:
    from nexus.api.guard import DEFAULT_MAX_BODY
    from nexus.cli import serve_cmd

    assert serve_cmd.DEFAULT_MAX_BODY == DEFAULT_MAX_BODY
