"""``nexus serve`` on a database path that does not exist: an error naming it, not an empty UI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from nexus.cli import app

runner = CliRunner()


def test_a_mistyped_database_path_is_refused_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "nexsu.db"
    result = runner.invoke(app, ["serve", "--db", str(missing), "--port", "0"])
    assert result.exit_code == 1
    assert str(missing) in result.stderr and "--create" in result.stderr
    assert "serving" not in result.output
    assert not missing.exists()


def test_create_starts_an_empty_knowledge_base_on_purpose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)
    fresh = tmp_path / "fresh.db"
    result = runner.invoke(app, ["serve", "--db", str(fresh), "--port", "0", "--create"])
    assert result.exit_code == 0, result.output
    assert "serving" in result.output and fresh.exists()
