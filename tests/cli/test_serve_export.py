"""``serve`` refuses a busy port before it claims to serve; ``export`` writes where it is told and says so."""

from __future__ import annotations

import csv
import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app
from nexus.store.samples import sample_corpus, without_gazetteer

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for module, name in without_gazetteer():
        monkeypatch.setattr(module, name, dict)
    url = str(tmp_path / "kb.db")
    with nexus.open(url) as kb:
        kb.ingest(sample_corpus())
    return url


def test_serve_on_a_busy_port_fails_before_claiming_to_serve(db: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", db, "--port", str(port)])
    assert result.exit_code == 1
    assert f"port {port}" in result.stderr and "in use" in result.stderr
    assert "serving" not in result.output


def test_csv_to_a_file_name_is_refused_without_a_table(db: str, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    result = runner.invoke(app, ["export", "-f", "csv", str(target), "--db", db])
    assert result.exit_code == 1 and "--table" in result.stderr
    assert not target.exists()


def test_csv_table_goes_to_the_file_named_and_says_where(db: str, tmp_path: Path) -> None:
    target = tmp_path / "sub" / "events.csv"
    result = runner.invoke(app, ["export", "-f", "csv", str(target), "--table", "events", "--db", db])
    assert result.exit_code == 0, result.output
    assert target.is_file() and str(target) in result.stderr.replace("\n", "")
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows and "event_id" in rows[0]
    assert [p.name for p in target.parent.iterdir()] == ["events.csv"]  # no scratch left behind


def test_csv_tables_go_to_a_folder_and_json_lists_the_files(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    result = runner.invoke(app, ["export", "-f", "csv", str(folder), "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    written = json.loads(result.stdout)["written"]
    assert sorted(Path(w).name for w in written) == ["edges.csv", "entities.csv", "events.csv"]
    assert all(Path(w).parent == folder.resolve() for w in written)


def test_export_of_a_missing_database_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", "-f", "stix", str(tmp_path / "b.json"), "--db", str(tmp_path / "x.db")]
    )
    assert result.exit_code == 1 and "x.db" in result.stderr and not (tmp_path / "x.db").exists()
