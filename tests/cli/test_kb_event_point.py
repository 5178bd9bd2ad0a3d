"""``nexus kb event`` shows the event's point and whether the gazetteer gave it or it was derived
from a known place the text sets the event's place by."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app
from nexus.model import Extraction, Place
from nexus.store.samples import ExtractionBuilder, without_gazetteer

runner = CliRunner()


def _report(doc_id: str, text: str, at: Place) -> Extraction:
    builder = ExtractionBuilder(doc_id, text, outlet="Fen Herald", published=date(2022, 9, 2))
    builder.event("attack", text, date="2022-09-01", at=at, killed=3)
    return builder.build()


def _event_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at: Place) -> str:
    for module, name in without_gazetteer():
        monkeypatch.setattr(module, name, dict)
    db = str(tmp_path / "points.db")
    with nexus.open(db) as kb:
        kb.ingest([_report("fen-1", "Three guards were shot dead at the Osterby quarry.", at)])
        (event,) = kb.events()
    result = runner.invoke(app, ["event", event.id, "--db", db])
    assert result.exit_code == 0
    return result.stdout


def test_a_derived_point_says_how_it_was_derived(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quarry = Place(
        name="Osterby quarry", kind="site", country="QQ", lat=3.25, lon=11.5, derivation="at Osterby"
    )
    out = _event_output(tmp_path, monkeypatch, quarry)
    assert "point: 3.250, 11.500 (derived: at Osterby)" in out


def test_a_gazetteer_point_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    town = Place(name="Osterby", kind="city", country="QQ", lat=3.25, lon=11.5)
    out = _event_output(tmp_path, monkeypatch, town)
    assert "point: 3.250, 11.500 (gazetteer)" in out
