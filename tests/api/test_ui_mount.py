"""The UI the API serves: the built bundle when there is one, a short notice when not."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from nexus.api import create_app


def test_without_a_built_ui_the_root_says_how_to_build_it(db: str, tmp_path: Path) -> None:
    with TestClient(
        create_app(db, token=None, ui_dir=tmp_path / "missing"), base_url="http://localhost"
    ) as client:
        page = client.get("/")
        assert page.status_code == 200
        assert "make web" in page.text
        assert client.get("/api/entities").status_code == 200


def test_the_built_ui_is_served_at_the_root(db: str, tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<!doctype html><title>Nexus UI</title>")
    (tmp_path / "app.js").write_text("console.log('nexus')")
    with TestClient(create_app(db, token=None, ui_dir=tmp_path), base_url="http://localhost") as client:
        assert "Nexus UI" in client.get("/").text
        assert client.get("/static/app.js").status_code == 200


def test_pages_forbid_inline_and_foreign_scripts(client: TestClient) -> None:
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    assert client.get("/api/entities").headers["X-Content-Type-Options"] == "nosniff"
