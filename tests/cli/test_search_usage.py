"""``nexus search`` usage errors: nothing to look for, or a limit below one."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli import app
from nexus.store.samples import sample_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('search-cli') / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(sample_corpus())
    return url


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_query_is_a_usage_error(db: str, query: str) -> None:
    result = runner.invoke(app, ["search", query, "--db", db])
    assert result.exit_code == 2
    assert "no document matches" not in result.output


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_a_limit_below_one_is_a_usage_error(db: str, limit: str) -> None:
    result = runner.invoke(app, ["search", "convoy", "--limit", limit, "--db", db])
    assert result.exit_code == 2


def test_a_real_query_still_finds_its_documents(db: str) -> None:
    result = runner.invoke(app, ["search", "convoys", "--db", db, "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") == 2  # header + one document
