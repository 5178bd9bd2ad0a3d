"""``nexus events`` shows each event's means and filters by it; ``nexus event`` prints it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app
from nexus.store.method_samples import method_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('means-cli')) / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(method_corpus())
    return url


def _table(output: str) -> list[dict[str, str]]:
    header, *rows = (line.split("\t") for line in output.splitlines())
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_the_table_has_a_means_column(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db])
    assert result.exit_code == 0, result.output
    means = {(r["place"], r["type"]): r["means"] for r in _table(result.stdout)}
    assert means == {
        ("Tarvello", "attack"): "explosives",
        ("Quennard", "attack"): "kidnapping (+firearms)",
        ("Ostrava Nova", "military_action"): "airstrike",
        ("Tarvello", "rally"): "",
    }


def test_method_filter_any_case(db: str) -> None:
    result = runner.invoke(app, ["events", "--method", "Firearms", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    (event,) = json.loads(result.stdout)
    assert (event["place"]["name"], event["method"], event["methods"]) == (
        "Quennard",
        "kidnapping",
        ["kidnapping", "firearms"],
    )


def test_unknown_method_is_a_usage_error_listing_the_categories(db: str) -> None:
    result = runner.invoke(app, ["events", "--method", "poison", "--db", db])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "poison" in result.output and "airstrike" in result.output


def test_one_event_prints_its_means_and_each_reports(db: str) -> None:
    listed = runner.invoke(app, ["events", "--method", "kidnapping", "--db", db, "--json"])
    event_id = json.loads(listed.stdout)[0]["id"]
    result = runner.invoke(app, ["event", event_id, "--db", db])
    assert result.exit_code == 0, result.output
    assert "means: kidnapping (+firearms)" in result.stdout
    # the per-report table follows the event's summary lines (how many depends on what is known)
    reports = _table(result.stdout[result.stdout.index("published\t") :])
    assert sorted(r["means"] for r in reports) == ["firearms", "kidnapping"]
    as_json = json.loads(runner.invoke(app, ["event", event_id, "--db", db, "--json"]).stdout)
    assert as_json["method"] == "kidnapping"
