"""``nexus export`` and ``nexus import``: files written, clean errors, a CLI round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app

runner = CliRunner()


@pytest.mark.parametrize("fmt", ["stix", "graphml", "gexf", "jsonl"])
def test_export_writes_the_file_and_no_partial(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"kb.{fmt}"
    result = runner.invoke(app, ["export", "--format", fmt, "--db", db, str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    assert not out.with_name(out.name + ".part").exists()


def test_export_stix_with_filters(db: str, tmp_path: Path) -> None:
    out = tmp_path / "kb.json"
    args = ["export", "-f", "stix", "--db", db, "--min-sources", "2", "--since", "2021-05", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(o["x_nexus_relation_type"] for o in bundle["objects"] if "x_nexus_relation_type" in o) == [
        "attacked",
        "cooperation",
    ]


def test_export_csv_writes_a_directory(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-f", "csv", "--db", db, str(tmp_path / "tables")])
    assert result.exit_code == 0, result.output
    assert {p.name for p in (tmp_path / "tables").iterdir()} == {"events.csv", "edges.csv", "entities.csv"}


def test_jsonl_with_filters_is_a_clean_error(db: str, tmp_path: Path) -> None:
    args = ["export", "-f", "jsonl", "--db", db, "--min-sources", "2", str(tmp_path / "x")]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "takes no filters" in result.output and "Traceback" not in result.output


def test_unknown_entity_is_a_clean_error(db: str, tmp_path: Path) -> None:
    args = ["export", "-f", "stix", "--db", db, "--entity", "Nobody At All", str(tmp_path / "x")]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "no entity" in result.output


def test_bad_date_is_a_clean_error(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-f", "stix", "--db", db, "--since", "May", str(tmp_path / "x")])
    assert result.exit_code == 2  # a usage error: nothing opened or written
    assert "not a date" in result.output and not (tmp_path / "x").exists()


def test_import_round_trip_through_the_cli(db: str, tmp_path: Path) -> None:
    dump = tmp_path / "kb.jsonl"
    assert runner.invoke(app, ["export", "-f", "jsonl", "--db", db, str(dump)]).exit_code == 0
    copy = f"sqlite:///{tmp_path / 'copy.db'}"
    result = runner.invoke(app, ["import", str(dump), "--db", copy])
    assert result.exit_code == 0, result.output
    with nexus.open(db) as kb, nexus.open(copy) as copied:
        assert kb.store.counts() == copied.store.counts()


def test_import_of_a_missing_file_is_a_clean_error(tmp_path: Path) -> None:
    args = ["import", str(tmp_path / "none.jsonl"), "--db", f"sqlite:///{tmp_path / 'c.db'}"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "cannot read" in result.output


def test_importing_a_file_that_is_no_export_names_the_file(tmp_path: Path) -> None:
    notes = tmp_path / "field-notes.jsonl"
    notes.write_text('{"id": "n1", "text": "Patrol met elders at Dasso."}\n', encoding="utf-8")
    result = runner.invoke(app, ["import", str(notes), "--db", f"sqlite:///{tmp_path / 'c.db'}"])
    assert result.exit_code == 1
    assert (
        "field-notes.jsonl" in result.stderr.replace("\n", "")
        and "not a Nexus JSON Lines export" in result.stderr
    )


def test_the_stix_summary_names_every_object_type_whole(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-f", "stix", "--db", db, str(tmp_path / "b.json")])
    assert result.exit_code == 0, result.output
    said = result.stderr
    assert "extension-definition" in said and "relationship" in said and "…" not in said
    assert "places without country or coordinates" in said
