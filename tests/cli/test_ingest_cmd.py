"""``nexus ingest`` under hostile input: every document gets its own outcome; one exit-code policy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


def test_a_store_path_in_a_missing_folder_is_named_before_any_work(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text("Gunmen robbed a bank in Pella on Monday.\n", encoding="utf-8")
    target = tmp_path / "no-such-folder" / "kb.db"
    result = runner.invoke(app, ["ingest", str(source), "--db", str(target)])
    assert result.exit_code == 1
    said = " ".join(result.stderr.split())
    assert "the folder" in said and str(target.parent) in said and "Traceback" not in result.output
    assert not target.parent.exists()


def test_a_folder_given_as_the_store_is_said_to_be_a_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path)])
    assert result.exit_code == 1
    assert "is a folder" in " ".join(result.stderr.split())


def test_a_run_logged_to_a_file_says_now_and_then_that_it_is_alive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nexus.cli import kb_cmd

    monkeypatch.setattr(kb_cmd, "PLAIN_PROGRESS_SECONDS", 0.0)  # every input, for the test
    source = tmp_path / "in.jsonl"
    lines = [
        {"id": "p1", "text": "Bandits stole cattle near Rusa on Monday, herders said."},
        {"id": "p2", "text": ""},
    ]
    source.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(source), "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 1  # the empty record failed
    said = result.stderr
    assert "ingesting: 2 inputs done (1 failed)" in said


def test_piped_ingest_counts_are_one_tsv_row(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "t1", "text": "A mine wounded two deminers near Orvo."}) + "\n", "utf-8"
    )
    result = runner.invoke(app, ["ingest", str(source), "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 0, result.output
    header, row = result.stdout.rstrip("\n").split("\n")
    counts = dict(zip(header.split("\t"), row.split("\t"), strict=True))
    assert counts["added"] == "1" and counts["failed"] == "0"


def test_a_bad_learned_stage_setting_stops_ingest_before_the_store_is_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "r1", "text": "Gunmen attacked a market in Gao."}) + "\n", encoding="utf-8"
    )
    monkeypatch.setenv("NEXUS_PLACE_RANKER_MARGIN", "1.5")
    result = runner.invoke(app, ["ingest", str(source), "--db", f"sqlite:///{tmp_path / 'kb.db'}"])
    assert result.exit_code == 2
    assert "NEXUS_PLACE_RANKER_MARGIN='1.5'" in result.output
    assert not (tmp_path / "kb.db").exists()


def test_an_empty_folder_says_no_documents_were_found(tmp_path: Path) -> None:
    empty = tmp_path / "inbox"
    empty.mkdir()
    result = runner.invoke(app, ["ingest", str(empty), "--db", f"sqlite:///{tmp_path / 'kb.db'}"])
    assert result.exit_code == 0
    assert "no documents found" in result.output and "inbox" in result.output
