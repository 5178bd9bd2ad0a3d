"""``nexus serve``: loopback by default; any other address needs a token."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nexus.cli import app
from nexus.cli.serve_cmd import is_loopback

runner = CliRunner()


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org"])
def test_serve_refuses_a_non_loopback_address_without_a_token(
    host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEXUS_TOKEN", raising=False)
    result = runner.invoke(app, ["serve", "--host", host, "--port", "1"])
    assert result.exit_code == 2
    assert "without a token" in result.output
    assert "reads included" in result.output  # says exactly what the token would protect


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost"])
def test_loopback_addresses_are_recognised(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.1", "::", "nexus.example.org"])
def test_other_addresses_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)


def test_serve_is_registered_with_its_options() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token", "--allowed-host", "--max-body"):
        assert option in result.output


def test_serve_off_loopback_protects_reads_and_serves_its_own_host_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: dict[str, Any] = {}

    def fake_run(server: Any, sockets: Any = None) -> None:
        built["app"] = server.config.app

    class FakeSocket:
        def close(self) -> None:
            pass

        def getsockname(self) -> tuple[str, int]:
            return ("10.0.0.7", 8000)

    monkeypatch.setattr("uvicorn.Server.run", fake_run)
    monkeypatch.setattr("nexus.cli.serve_cmd.bind", lambda host, port: FakeSocket())
    db = str(tmp_path / "kb.db")
    result = runner.invoke(
        app,
        [
            *("serve", "--db", db, "--create", "--host", "kb.internal", "--token", "t0k"),
            *("--allowed-host", "alias.internal"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "every /api endpoint" in result.output
    guard = built["app"].state.nexus.guard
    assert guard.protect_reads and guard.token == "t0k"
    assert {"kb.internal", "alias.internal"} <= guard.allowed_hosts
    loopback = runner.invoke(app, ["serve", "--db", db, "--token", "t0k"])
    assert loopback.exit_code == 0, loopback.output
    assert not built["app"].state.nexus.guard.protect_reads
