"""``nexus events --country`` takes a code or a country's name, and refuses what is neither."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli import app
from nexus.store.event_samples import events_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('country-cli')) / 'kb.db'}"
    first, second = events_corpus()
    with nexus.open(url) as kb:
        kb.ingest(first)
        kb.ingest(second)
    return url


def ids(db: str, country: str) -> list[str]:
    result = runner.invoke(app, ["events", "--country", country, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    return [e["id"] for e in json.loads(result.stdout)]


@pytest.mark.parametrize("spelling", ["Iraq", "iraq", "IRQ", "iq"])
def test_a_country_name_or_code_finds_the_same_events(db: str, spelling: str) -> None:
    assert ids(db, spelling) == ids(db, "IQ") != []


def test_an_unknown_country_is_refused_with_what_is_accepted(db: str) -> None:
    result = runner.invoke(app, ["events", "--country", "Atlantis", "--db", db])
    assert result.exit_code == 2
    assert "Atlantis" in result.output and "code" in result.output
