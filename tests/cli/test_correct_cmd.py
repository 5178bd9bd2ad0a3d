"""``nexus correct`` / ``correct-undo`` / ``corrections`` / ``audit`` on a small store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from nexus.cli import app
from nexus.kb import open as open_kb
from nexus.model import Extraction
from nexus.store.samples import ExtractionBuilder, place

runner = CliRunner()


def raid(doc_id: str) -> Extraction:
    text = "Gunmen of the Copper Hand raided a depot in Tarnow, killing 6 guards."
    builder = ExtractionBuilder(doc_id, text, outlet=f"desk {doc_id}", published=date(2024, 5, 3))
    hand = builder.entity("Copper Hand")
    builder.event(
        "attack", text, date="2024-05-02", at=place("Tarnow", country="ZZ", lat=2.0, lon=2.0), actors=[hand]
    )
    return builder.build()


def test_correct_hides_an_event_undo_restores_it_and_audit_lists_both(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with open_kb(url) as kb:
        kb.ingest([raid("r1")])
        event_id = kb.events()[0].id

    made = runner.invoke(
        app,
        [
            "correct",
            "event",
            event_id,
            "--reason",
            "a drill, not a raid",
            "--who",
            "Sam",
            "--db",
            url,
            "--json",
        ],
    )
    assert made.exit_code == 0, made.output
    correction = json.loads(made.output)
    assert correction["active"] is True and correction["who"] == "Sam"
    with open_kb(url) as kb:
        assert kb.events() == []

    listed = runner.invoke(app, ["corrections", "--active", "--db", url, "--json"])
    assert [c["target"] for c in json.loads(listed.output)] == [event_id]

    undone = runner.invoke(app, ["correct-undo", str(correction["id"]), "--db", url, "--json"])
    assert undone.exit_code == 0, undone.output
    assert json.loads(undone.output)["undone_by"] == "command line"
    with open_kb(url) as kb:
        assert [e.id for e in kb.events()] == [event_id]

    audit = runner.invoke(app, ["audit", "--db", url, "--json"])
    assert [(e["action"], e["who"]) for e in json.loads(audit.output)] == [
        ("undo", "command line"),
        ("correct", "Sam"),
    ]
    table = runner.invoke(app, ["audit", "--db", url])
    assert table.exit_code == 0 and "correct" in table.output


def test_bad_kind_unknown_fact_and_second_undo_are_clean_errors(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with open_kb(url) as kb:
        kb.ingest([raid("r1")])
    assert runner.invoke(app, ["correct", "planet", "x", "-r", "why", "--db", url]).exit_code == 2
    missing = runner.invoke(app, ["correct", "event", "event-none", "-r", "why", "--db", url])
    assert missing.exit_code == 1 and "no event" in missing.output
    assert runner.invoke(app, ["correct-undo", "7", "--db", url]).exit_code == 1


def test_piped_corrections_and_audit_are_tsv_with_whole_ids(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with open_kb(url) as kb:
        kb.ingest([raid("r7")])
        event_id = kb.events()[0].id
    args = ["correct", "event", event_id, "--reason", "a rehearsal filmed for television", "--db", url]
    assert runner.invoke(app, args).exit_code == 0

    listed = runner.invoke(app, ["corrections", "--db", url])
    header, row = listed.stdout.rstrip("\n").split("\n")
    assert header.split("\t")[:3] == ["#", "kind", "fact"]
    assert "a rehearsal filmed for television" in row.split("\t")

    audited = runner.invoke(app, ["audit", "--db", url])
    lines = audited.stdout.rstrip("\n").split("\n")
    assert lines[0].split("\t") == ["when", "who", "action", "target", "detail"]
    assert event_id in lines[1].split("\t")  # whole, never cut to the window
    assert "┃" not in audited.stdout and "…" not in audited.stdout


def test_no_corrections_is_said_in_words(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with open_kb(url) as kb:
        kb.ingest([raid("r8")])
    listed = runner.invoke(app, ["corrections", "--db", url])
    assert listed.exit_code == 0 and listed.stdout == "" and "no corrections" in listed.stderr
