"""``nexus serve``: loopback by default; any other address needs a token."""

from __future__ import annotations

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


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost"])
def test_loopback_addresses_are_recognised(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.1", "::", "nexus.example.org"])
def test_other_addresses_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)


def test_serve_is_registered_with_its_options() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token"):
        assert option in result.output
