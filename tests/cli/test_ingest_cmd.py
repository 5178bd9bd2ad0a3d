"""``nexus ingest`` under hostile input: every document gets its own outcome; one exit-code policy."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import nexus
from nexus.cli import app

runner = CliRunner()


def test_ingest_exits_1_when_any_document_failed_but_stores_the_rest(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "kept", "text": "Insurgents attacked a patrol near Mosul on Friday."})
        + "\n"
        + '{"id": "broken", "text": \n'
        + ("[" * 60_000)
        + "\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    result = runner.invoke(app, ["ingest", str(source), "--db", url, "--json"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert f"{source}:2" in result.output and f"{source}:3" in result.output
    with nexus.open(url) as kb:
        assert kb.store.has_document("kept", "Insurgents attacked a patrol near Mosul on Friday.")


def test_ingest_exits_0_when_everything_was_stored(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "one", "text": "A mortar hit a base near Kirkuk."}) + "\n", "utf-8")
    result = runner.invoke(app, ["ingest", str(source), "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 0, result.output
