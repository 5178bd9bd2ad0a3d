"""Write endpoints: refused without a configured token (403), need the bearer token (401)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from nexus.api import create_app
from nexus.model import Document, Extraction
from nexus.store.samples import ExtractionBuilder

TOKEN = "s3cret-test-token"

REPORT = {"id": "d9", "text": "Hizbul joined Harkat in a statement.", "outlet": "Wire"}
MERGE = {"keep": "Jaish-e-Mohammed", "absorb": "ISI"}


def stub_extract(document: Document) -> Extraction:
    """Names the first two capitalised words as organisations linked by cooperation."""
    builder = ExtractionBuilder(
        document.id, document.text, outlet=document.outlet, published=document.published
    )
    names = [w.strip(".,") for w in document.text.split() if w[:1].isupper()][:2]
    ids = [builder.entity(name) for name in names]
    if len(ids) == 2:
        builder.relation(ids[0], "cooperation", ids[1], document.text.strip())
    return builder.build()


@pytest.fixture
def writer_client(db: str) -> Iterator[TestClient]:
    with TestClient(
        create_app(db, token=TOKEN, extract=stub_extract), base_url="http://localhost"
    ) as test_client:
        yield test_client


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize(("url", "body"), [("/api/documents", REPORT), ("/api/entities/merge", MERGE)])
def test_writes_are_refused_without_a_configured_token(
    client: TestClient, url: str, body: dict[str, str]
) -> None:
    response = client.post(url, json=body, headers=auth())
    assert response.status_code == 403
    assert "--token" in response.json()["detail"]


@pytest.mark.parametrize("headers", [{}, auth("wrong"), {"Authorization": TOKEN}])
@pytest.mark.parametrize(("url", "body"), [("/api/documents", REPORT), ("/api/entities/merge", MERGE)])
def test_writes_need_the_bearer_token(
    writer_client: TestClient, url: str, body: dict[str, str], headers: dict[str, str]
) -> None:
    response = writer_client.post(url, json=body, headers=headers)
    assert response.status_code in (401, 403)
    if headers.get("Authorization", "").startswith("Bearer"):
        assert response.status_code == 401


def test_posted_document_is_extracted_and_stored(writer_client: TestClient) -> None:
    response = writer_client.post("/api/documents", json=REPORT, headers=auth())
    assert response.status_code == 201, response.text
    assert response.json()["result"]["outcome"] == "added"
    names = {m["entity"]["name"] for m in writer_client.get("/api/documents/d9").json()["mentions"]}
    assert names == {"Hizbul", "Harkat"}


def test_posting_the_same_document_again_changes_nothing(writer_client: TestClient) -> None:
    writer_client.post("/api/documents", json=REPORT, headers=auth())
    again = writer_client.post("/api/documents", json=REPORT, headers=auth())
    assert again.status_code == 200
    assert again.json()["result"]["outcome"] == "unchanged"


def test_document_without_text_is_422(writer_client: TestClient) -> None:
    assert writer_client.post("/api/documents", json={"text": ""}, headers=auth()).status_code == 422


def test_merge_joins_two_entities(writer_client: TestClient) -> None:
    response = writer_client.post("/api/entities/merge", json=MERGE, headers=auth())
    assert response.status_code == 200, response.text
    assert "ISI" in response.json()["aliases"]
    assert writer_client.get("/api/entities/ISI").json()["entity"]["name"] == "Jaish-e-Mohammed"


def test_merge_of_unknown_entity_is_404(writer_client: TestClient) -> None:
    body = {"keep": "Jaish-e-Mohammed", "absorb": "Nobody Brigade"}
    assert writer_client.post("/api/entities/merge", json=body, headers=auth()).status_code == 404


def test_merge_of_an_entity_with_itself_is_409(writer_client: TestClient) -> None:
    body = {"keep": "Jaish-e-Mohammed", "absorb": "Jaish-e-Muhammad"}
    assert writer_client.post("/api/entities/merge", json=body, headers=auth()).status_code == 409


def test_posted_document_runs_the_real_extraction_pipeline(db: str, extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Lashkar-e-Taiba militants attacked a police post in Pulwama on 3 May 2019, killing 3 policemen."
    with TestClient(
        create_app(db, token=TOKEN, extract=extractor.extract), base_url="http://localhost"
    ) as writer:
        response = writer.post("/api/documents", json={"id": "real", "text": text}, headers=auth())
        assert response.status_code == 201, response.text
        document = writer.get("/api/documents/real").json()
    assert "Lashkar-e-Taiba" in {m["entity"]["name"] for m in document["mentions"]}
    assert any(s["kind"] == "event" for s in document["statements"])


@pytest.mark.parametrize("text", ["   ", "\n\t\u200b\n"])
def test_a_blank_text_is_refused_as_empty_not_as_off_topic(writer_client: TestClient, text: str) -> None:
    response = writer_client.post("/api/documents", json={"id": "blank-1", "text": text}, headers=auth())
    assert response.status_code == 422
    assert "empty" in response.json()["detail"]


def test_a_posted_report_gets_the_text_and_id_a_jsonl_record_would(writer_client: TestClient) -> None:
    from nexus.ingest import document_from_record

    raw = "Caf\u00c3\u00a9 owners in Dorrin said the \u201cmilitia\u201d left on Monday."  # mojibake
    response = writer_client.post("/api/documents", json={"text": raw}, headers=auth())
    assert response.status_code == 201, response.text
    expected = document_from_record({"text": raw}, "file.jsonl:1")
    assert response.json()["document"]["id"] == expected.id
    stored = writer_client.get(f"/api/documents/{expected.id}").json()
    assert stored["text"] == expected.text and "Café" in stored["text"]
