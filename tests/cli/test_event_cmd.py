"""``nexus event-merge`` / ``event-split`` / ``event-overrides`` on a small store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

import nexus
from nexus.cli import app
from nexus.model import Extraction, Place
from nexus.store import open_store
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import event_reports

runner = CliRunner()
ASHFORD = place("Ashford", country="ZZ", lat=1.0, lon=1.0)
BRENTON = place("Brenton", country="ZZ", lat=4.0, lon=4.0)


def shelling(doc_id: str, town: Place) -> Extraction:
    text = f"Artillery shelled the market in {town.name}, killing 4 people."
    builder = ExtractionBuilder(doc_id, text, outlet=f"desk {doc_id}", published=date(2023, 9, 2))
    builder.event("attack", text, date="2023-09-01", at=town, killed=4)
    return builder.build()


def event_of(url: str, doc_id: str) -> str:
    with open_store(url) as store, store.connect() as connection:
        return str(
            connection.execute(
                select(event_reports.c.event_id).where(event_reports.c.doc_id == doc_id)
            ).scalar_one()
        )


def test_merge_split_and_list_overrides(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with open_store(url) as store:
        store.ingest([shelling("n1", ASHFORD), shelling("n2", BRENTON)])
    first, second = event_of(url, "n1"), event_of(url, "n2")
    assert first != second

    merged = runner.invoke(app, ["event-merge", first, second, "--db", url, "--json"])
    assert merged.exit_code == 0, merged.output
    assert json.loads(merged.output)["n_reports"] == 2
    assert event_of(url, "n2") == first

    split = runner.invoke(app, ["event-split", first, "n2", "--db", url, "--json"])
    assert split.exit_code == 0, split.output
    assert event_of(url, "n2") == json.loads(split.output)["id"] != first

    listed = runner.invoke(app, ["event-overrides", "--db", url, "--json"])
    assert [(r["kind"], r["docs"]) for r in json.loads(listed.output)] == [
        ("merge", ["n2"]),
        ("split", ["n2"]),
    ]
    piped = runner.invoke(app, ["event-overrides", "--db", url])
    rows = [line.split("\t") for line in piped.stdout.rstrip("\n").split("\n")]
    assert rows[0] == ["#", "kind", "event", "other", "documents"]
    assert rows[1][1:3] == ["merge", first] and rows[1][3] == second  # ids whole


def test_no_event_overrides_is_said_in_words(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with open_store(url) as store:
        store.ingest([shelling("n1", ASHFORD)])
    listed = runner.invoke(app, ["event-overrides", "--db", url])
    assert listed.exit_code == 0 and listed.stdout == "" and "no manual event merges" in listed.stderr


def test_unknown_event_is_a_clean_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    missing = runner.invoke(app, ["event-merge", "event-nope", "event-gone", "--db", url])
    assert missing.exit_code == 1 and "no knowledge base" in missing.output  # never a new empty store
    assert not (tmp_path / "kb.db").exists()
    nexus.open(url).close()
    result = runner.invoke(app, ["event-merge", "event-nope", "event-gone", "--db", url])
    assert result.exit_code == 1
    assert "unknown event" in result.output
