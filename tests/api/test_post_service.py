"""``POST /api/documents`` goes through ``run_ingest``: a document the extractor cannot handle is a
422 naming the reason, nothing is stored for it, and a known text never loads the extractor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from nexus.api import create_app
from nexus.model import Document, Extraction
from nexus.store.samples import ExtractionBuilder

TOKEN = "another-test-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}"}
calls: list[str] = []


def picky_extract(document: Document) -> Extraction:
    calls.append(document.id)
    if "%%" in document.text:
        raise ValueError("stray template markers")
    return ExtractionBuilder(document.id, document.text).build()


@pytest.fixture
def writer(db: str) -> Iterator[TestClient]:
    calls.clear()
    with TestClient(
        create_app(db, token=TOKEN, extract=picky_extract), base_url="http://localhost"
    ) as client:
        yield client


def test_an_extraction_failure_is_422_with_the_reason_and_stores_nothing(writer: TestClient) -> None:
    response = writer.post("/api/documents", json={"id": "p1", "text": "Page %% body %%"}, headers=HEADERS)
    assert response.status_code == 422
    assert "stray template markers" in response.json()["detail"]
    assert writer.get("/api/documents/p1").status_code == 404


def test_a_text_already_stored_is_not_extracted_again(writer: TestClient) -> None:
    body = {"id": "p2", "text": "Patrols resumed in the northern districts."}
    assert writer.post("/api/documents", json=body, headers=HEADERS).status_code == 201
    again = writer.post("/api/documents", json=body, headers=HEADERS)
    assert again.status_code == 200 and again.json()["result"]["outcome"] == "unchanged"
    assert calls == ["p2"]
