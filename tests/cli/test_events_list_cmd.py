"""``nexus events`` with the events page's filters: country, minimum sources, whole-period
windows and every sort order; tables keep qualifier marks and flag contradicting tolls."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app
from nexus.store.event_samples import events_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('events-cli')) / 'kb.db'}"
    first, second = events_corpus()
    with nexus.open(url) as kb:
        kb.ingest(first)
        kb.ingest(second)
    return url


def places(db: str, *args: str) -> list[str]:
    result = runner.invoke(app, ["events", *args, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    return [e["place"]["name"] for e in json.loads(result.stdout)]


def test_country_filter(db: str) -> None:
    assert places(db, "--country", "iq") == ["Basra", "Mosul"]


def test_minimum_sources(db: str) -> None:
    assert places(db, "--min-sources", "2") == ["Mosul"]


def test_month_bound_covers_the_whole_month(db: str) -> None:
    assert places(db, "--until", "2021-05") == ["Basra", "Kandahar"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("-killed", ["Kandahar", "Mosul", "Basra", "Herat"]),
        ("-date", ["Herat", "Mosul", "Kandahar", "Basra"]),
    ],
)
def test_sort(db: str, sort: str, expected: list[str]) -> None:
    assert places(db, "--sort", sort) == expected


def test_filters_combine_with_type_and_actor(db: str) -> None:
    assert places(db, "--type", "rally", "--country", "AF", "--actor", "Crimson Hand") == ["Herat"]


def test_reports_are_included_when_asked(db: str) -> None:
    result = runner.invoke(app, ["events", "--min-sources", "2", "--reports", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    (mosul,) = json.loads(result.stdout)
    assert len(mosul["reports"]) == 2


def test_table_keeps_qualifiers_and_flags_contradictions(db: str) -> None:
    result = runner.invoke(app, ["events", "--type", "attack", "--sort", "-killed", "--db", db])
    assert result.exit_code == 0, result.output
    header, kandahar, mosul = (line.split("\t") for line in result.stdout.splitlines())
    killed, injured = header.index("killed"), header.index("injured")
    assert (kandahar[killed], kandahar[injured]) == ("≥20", "~30")
    # 12, then 19 from another outlet a day later: the range shows, with no "!" (a rise, not a clash).
    assert mosul[killed].startswith("12–19") and not mosul[killed].endswith("!")


def test_unknown_sort_and_bad_date_are_clean_errors(db: str) -> None:
    wrong = runner.invoke(app, ["events", "--sort", "loudness", "--db", db])
    assert wrong.exit_code == 2 and "Traceback" not in wrong.output
    bad = runner.invoke(app, ["events", "--since", "2021-13", "--db", db])
    assert bad.exit_code == 2 and "not a date" in bad.output  # a usage error, like --sort
