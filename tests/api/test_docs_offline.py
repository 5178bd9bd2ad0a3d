"""/docs works offline: Swagger UI comes from the installed package, never from a CDN."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_docs_page_loads_everything_from_this_server(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    urls = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert urls and all(u.startswith("/") and not u.startswith("//") for u in urls)
    for url in urls:
        asset = client.get(url)
        assert asset.status_code == 200 and asset.content, url
    assert "SwaggerUIBundle" in client.get("/docs/assets/swagger-ui-bundle.js").text
    assert "/openapi.json" in client.get("/docs/init.js").text


def test_docs_keep_the_strict_content_security_policy(client: TestClient) -> None:
    policy = client.get("/docs").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "http" not in policy


def test_only_the_swagger_files_the_page_needs_are_served(client: TestClient) -> None:
    assert client.get("/docs/assets/index.html").status_code == 404
    assert client.get("/docs/assets/..%2F..%2F__init__.py").status_code == 404
