"""The request guard and error shapes (issue 13, items 6-10).

Malformed Unicode is a 422 with the usual headers; a foreign Host is refused;
off loopback reads need the token; authentication comes before the body is
read and bodies are capped; the schema and the server agree on edge values.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from nexus.api import create_app
from nexus.api.guard import host_allowed, host_name
from nexus.model import Document, Extraction
from nexus.store.samples import ExtractionBuilder

TOKEN = "guard-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {"Content-Type": "application/json"}


def stub_extract(document: Document) -> Extraction:
    return ExtractionBuilder(document.id, document.text, published=document.published).build()


def failing_extract(document: Document) -> Extraction:
    raise RuntimeError("the extractor broke")


@pytest.fixture
def writer(db: str) -> Iterator[TestClient]:
    app = create_app(db, token=TOKEN, extract=stub_extract)
    with TestClient(app, base_url="http://localhost") as client:
        yield client


@pytest.fixture
def exposed(db: str) -> Iterator[TestClient]:
    """As ``nexus serve --host 0.0.0.0 --token ...`` builds it."""
    app = create_app(db, token=TOKEN, extract=stub_extract, protect_reads=True)
    with TestClient(app, base_url="http://192.0.2.10:8000") as client:
        yield client


def assert_secured(response: Any) -> None:
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in response.headers


# ------------------------------------------------------------------ item 6: malformed Unicode


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/documents", b'{"text": "Shots fired \\udc80 downtown", "id": "u1"}'),
        ("/api/documents", b'{"text": "fine", "id": "bad-\\ud801"}'),
        ("/api/entities/merge", b'{"keep": "\\udfff", "absorb": "ISI"}'),
        ("/api/documents", b'{"text": "caf\xe9"}'),
        ("/api/entities/merge", b"\xff\xfe{\x00"),
    ],
)
def test_malformed_unicode_is_a_422_with_usual_headers(writer: TestClient, path: str, body: bytes) -> None:
    response = writer.post(path, content=body, headers={**AUTH, **JSON})
    assert response.status_code == 422, response.text
    assert_secured(response)
    assert isinstance(response.json()["detail"], list)
    assert writer.get("/api/entities").status_code == 200  # the connection and server carry on


def test_an_unexpected_error_is_a_json_500_with_the_usual_headers(db: str) -> None:
    app = create_app(db, token=TOKEN, extract=failing_extract)
    with TestClient(app, base_url="http://localhost", raise_server_exceptions=False) as client:
        response = client.post("/api/documents", json={"text": "Anything at all."}, headers=AUTH)
        assert response.status_code == 500
        assert_secured(response)
        assert "the extractor broke" not in response.text  # no internals leak
        assert client.get("/api/entities").status_code == 200


# ------------------------------------------------------------------ item 7: Host check


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "localhost.evil.example", "nexus"])
def test_a_foreign_host_is_refused(client: TestClient, host: str) -> None:
    response = client.get("/api/entities", headers={"Host": host})
    assert response.status_code == 400
    assert_secured(response)
    assert "--allowed-host" in response.json()["detail"]


@pytest.mark.parametrize(
    "host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "10.1.2.3", "app.localhost"]
)
def test_loopback_names_and_addresses_are_served(client: TestClient, host: str) -> None:
    assert client.get("/api/entities", headers={"Host": host}).status_code == 200


def test_configured_host_names_are_served(db: str) -> None:
    app = create_app(db, token=None, allowed_hosts=["KB.Example.org"])
    with TestClient(app, base_url="http://kb.example.org:8443") as client:
        assert client.get("/api/entities").status_code == 200
        assert client.get("/api/entities", headers={"Host": "other.example.org"}).status_code == 400


def test_host_name_parsing() -> None:
    assert host_name("Example.ORG:80") == "example.org"
    assert host_name("[::1]:8000") == "::1"
    assert host_name("::1") == "::1"
    assert not host_allowed("evil.example", frozenset())
    assert host_allowed("anything.example", frozenset({"*"}))


# ------------------------------------------------------------------ item 8: reads off loopback


def test_off_loopback_reads_need_the_token(exposed: TestClient) -> None:
    refused = exposed.get("/api/entities")
    assert refused.status_code == 401
    assert refused.headers["WWW-Authenticate"] == "Bearer"
    assert "every /api endpoint" in refused.json()["detail"]
    assert exposed.get("/api/entities", headers=AUTH).status_code == 200
    assert exposed.get("/api/search", params={"q": "Pulwama"}).status_code == 401
    assert exposed.get("/api/entities", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_off_loopback_pages_without_data_stay_open(exposed: TestClient) -> None:
    assert exposed.get("/").status_code == 200
    assert exposed.get("/openapi.json").status_code == 200


def test_on_loopback_reads_stay_open_and_writes_need_the_token(writer: TestClient) -> None:
    assert writer.get("/api/entities").status_code == 200
    refused = writer.post("/api/documents", json={"text": "x"})
    assert refused.status_code == 401
    assert "write endpoints" in refused.json()["detail"]


def test_protecting_reads_needs_a_token(db: str) -> None:
    with pytest.raises(ValueError, match="token"):
        create_app(db, token=None, protect_reads=True)


# ------------------------------------------------------------------ item 9: auth first, body cap


def _call(app: Any, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, bool]:
    """POST /api/documents straight through ASGI; (status, whether the body was read at all)."""
    read = False
    statuses: list[int] = []

    async def receive() -> dict[str, Any]:
        nonlocal read
        read = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/documents",
        "raw_path": b"/api/documents",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"localhost"), (b"content-type", b"application/json"), *headers],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
        "app": app,
    }
    asyncio.run(app(scope, receive, send))
    return statuses[0], read


def test_an_unauthenticated_post_is_refused_before_its_body_is_read(db: str) -> None:
    app = create_app(db, token=TOKEN, extract=stub_extract)
    size = 100 * 1024 * 1024
    status, read = _call(app, [(b"content-length", str(size).encode())], b"{")
    assert status == 401
    assert not read


def test_a_declared_body_over_the_limit_is_a_413_unread(db: str) -> None:
    app = create_app(db, token=TOKEN, extract=stub_extract, max_body=2048)
    headers = [(b"authorization", f"Bearer {TOKEN}".encode()), (b"content-length", b"4096")]
    status, read = _call(app, headers, b"{}")
    assert status == 413
    assert not read


def test_a_streamed_body_over_the_limit_is_a_413(db: str) -> None:
    app = create_app(db, token=TOKEN, extract=stub_extract, max_body=2048)
    with TestClient(app, base_url="http://localhost") as client:

        def chunks() -> Iterator[bytes]:
            yield b'{"text": "'
            for _ in range(10):
                yield b"x" * 1000
            yield b'"}'

        response = client.post("/api/documents", content=chunks(), headers={**AUTH, **JSON})
        assert response.status_code == 413
        assert_secured(response)
        small = client.post("/api/documents", json={"text": "Short enough."}, headers=AUTH)
        assert small.status_code == 201


# ------------------------------------------------------------------ item 10: schema drift


@pytest.mark.parametrize("published", [0, 1700000000, 12.5])
def test_a_number_is_not_a_publication_date(writer: TestClient, published: object) -> None:
    response = writer.post("/api/documents", json={"text": "Dated.", "published": published}, headers=AUTH)
    assert response.status_code == 422
    assert "ISO date" in response.text


def test_an_iso_publication_date_is_accepted(writer: TestClient) -> None:
    response = writer.post("/api/documents", json={"text": "Dated.", "published": "2024-05-01"}, headers=AUTH)
    assert response.status_code == 201
    assert response.json()["document"]["published"] == "2024-05-01"


@pytest.mark.parametrize("path", ["/api/events", "/api/timeline", "/api/contradictions"])
def test_an_empty_date_bound_means_no_bound(client: TestClient, path: str) -> None:
    assert client.get(f"{path}?since=&until=").status_code == 200


def test_a_bad_date_bound_is_still_a_422(client: TestClient) -> None:
    assert client.get("/api/events?since=2019-02-30").status_code == 422
    assert client.get("/api/events?since=yesterday").status_code == 422


def test_an_unparsable_merge_body_is_a_documented_422(writer: TestClient) -> None:
    response = writer.post("/api/entities/merge", content=b"{not json", headers={**AUTH, **JSON})
    assert response.status_code == 422
    documented = writer.get("/openapi.json").json()["paths"]["/api/entities/merge"]["post"]["responses"]
    assert "422" in documented and "413" in documented and "401" in documented


# ------------------------------------------------------------------ item 12: a damaged store


def test_a_damaged_store_is_a_503_that_names_the_repair(db: str) -> None:
    from sqlalchemy import text

    import nexus

    with nexus.open(db) as kb, kb.store.engine.begin() as connection:
        connection.execute(text("DROP TABLE evidence_fts"))
    with TestClient(create_app(db, token=None), base_url="http://localhost") as client:
        response = client.get("/api/search", params={"q": "attack"})
        assert response.status_code == 503
        assert "nexus doctor" in response.json()["detail"]
        assert_secured(response)
