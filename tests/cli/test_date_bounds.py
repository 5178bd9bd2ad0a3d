"""Date bounds mean the same everywhere: ``--until 2024-09`` keeps all of September, for events,
links, the timeline, new links and exports alike; a bound that is no date is a usage error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app
from nexus.errors import StoreError
from nexus.kb import date_bound
from nexus.store.samples import ExtractionBuilder, place, without_gazetteer

runner = CliRunner()

TEXT = (
    "Fighters of the Red Ridge Brigade raided a customs post at Sollen on 27 September 2024. "
    "The Red Ridge Brigade is allied with the Marsh Wolves, officials said."
)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for module, name in without_gazetteer():
        monkeypatch.setattr(module, name, dict)
    town = place("Sollen", country="XK", lat=42.1, lon=20.9)
    report = ExtractionBuilder("ridge-1", TEXT, outlet="Valley Herald", published=date(2024, 9, 28))
    brigade = report.entity("Red Ridge Brigade")
    wolves = report.entity("Marsh Wolves")
    report.entity("Sollen", "PLACE", at=town)
    first, second = TEXT.split(". ")
    report.event("attack", first + ".", date="2024-09-27", at=town, actors=[brigade])
    report.relation(brigade, "cooperation", wolves, second, date="2024-09-27")
    url = str(tmp_path / "bounds.db")
    with nexus.open(url) as kb:
        kb.ingest([report.build()])
    return url


def test_a_month_given_as_until_reaches_its_last_day(db: str) -> None:
    with nexus.open(db) as kb:
        assert [e.date for e in kb.events(until="2024-09")] == ["2024-09-27"]
        assert kb.events(until="2024-08") == []
        assert {r.type for r in kb.network("Red Ridge Brigade", until="2024-09").edges} >= {"cooperation"}
        assert kb.network("Red Ridge Brigade", until="2024-08").edges == []
        assert "cooperation" in {r.type for r in kb.new_links("2024-09", "2024-09")}
        assert kb.new_links("2024-08", "2024-08") == []
        assert any(item.kind == "event" for item in kb.timeline(until="2024").items)


def test_piped_new_links_and_timeline_keep_the_whole_month(db: str) -> None:
    result = runner.invoke(app, ["new-links", "2024-09", "2024-09", "--db", db])
    assert result.exit_code == 0 and "Marsh Wolves" in result.stdout
    result = runner.invoke(app, ["timeline", "--until", "2024-09", "--db", db])
    assert result.exit_code == 0 and "2024-09-27" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--since", "2024-13"],
        ["timeline", "--until", "2024-02-30"],
        ["network", "Red Ridge Brigade", "--since", "last year"],
        ["new-links", "2024-09-01-03"],
        ["export", "--format", "csv", "--until", "Sept", "-"],
    ],
)
def test_a_bound_that_is_no_date_is_a_usage_error_naming_it(db: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 2
    assert "is not a date" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ["network", "Red Ridge Brigade", "--depth", "-1"],
        ["metrics", "--top", "0"],
        ["entities", "--limit", "0"],
    ],
)
def test_counts_below_their_range_are_refused(db: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 2 and "range" in result.stderr


def test_date_bound_reads_periods_and_rejects_the_rest() -> None:
    assert date_bound("2024") == date(2024, 1, 1)
    assert date_bound("2024", end=True) == date(2024, 12, 31)
    assert date_bound("2024-02", end=True) == date(2024, 2, 29)
    assert date_bound(" 2023-6-5 ") == date(2023, 6, 5)
    for bad in ("2024-09-01-03", "0", "24-09", "2023-02-29"):
        with pytest.raises(StoreError):
            date_bound(bad)
