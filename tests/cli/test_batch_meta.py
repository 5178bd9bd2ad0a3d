"""``--published`` and ``--outlet`` give a batch of bare text files the date and outlet they lack."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

import nexus
from nexus.cli import app

runner = CliRunner()

BATCH = ["--published", "2024-11-08", "--outlet", "Horn Monitor"]
BARE = "Militants shelled a checkpoint outside Mogadishu on Thursday, killing four guards, police said.\n"


def test_extract_sets_date_and_outlet_of_undated_files(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BARE, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["extract", str(tmp_path / "in"), "--out", str(out), *BATCH],
    )
    assert result.exit_code == 0, result.output
    (written,) = [p for p in out.glob("*.json") if p.name != "run-report.json"]
    contract = json.loads(written.read_text(encoding="utf-8"))
    assert contract["source"]["published"] == "2024-11-08"
    assert contract["source"]["outlet"] == "Horn Monitor"
    attack = next(e for e in contract["events"] if e["type"] == "attack")
    assert attack["date"] == "2024-11-07"  # "on Thursday" counted from the given day


def test_a_document_keeps_its_own_date_and_outlet(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    record = {"id": "own", "text": BARE, "outlet": "Coast Daily", "published": "2023-02-01"}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(source), "--format", "jsonl", "--published", "2024-11-08", "--outlet", "Other"]
    )
    assert result.exit_code == 0, result.output
    contract = json.loads(result.stdout.splitlines()[0])
    assert (contract["source"]["published"], contract["source"]["outlet"]) == ("2023-02-01", "Coast Daily")


def test_ingest_stores_the_batch_date_and_outlet(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(BARE, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    result = runner.invoke(app, ["ingest", str(tmp_path / "b.txt"), "--db", url, *BATCH])
    assert result.exit_code == 0, result.output
    with nexus.open(url) as kb:
        (hit,) = kb.search_documents("checkpoint")
    assert (hit.published, hit.outlet) == (date(2024, 11, 8), "Horn Monitor")


def test_a_malformed_published_date_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_text(BARE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "c.txt"), "--published", "last Tuesday"])
    assert result.exit_code == 2
