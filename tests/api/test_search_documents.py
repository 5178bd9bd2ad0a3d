"""``/api/search/documents``: the whole text of every document, stemmed, with highlighted snippets."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_a_word_finds_its_other_forms_in_whole_documents(client: TestClient) -> None:
    response = client.get("/api/search/documents", params={"q": "bombings"})
    assert response.status_code == 200
    hits = response.json()
    assert [h["doc_id"] for h in hits] == ["d2"]
    hit = hits[0]
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end].lower().startswith("bomb")
    assert hit["events"]  # the toll sentence reports the attack


def test_a_quoted_phrase_must_match_as_a_phrase(client: TestClient) -> None:
    hits = client.get("/api/search/documents", params={"q": '"CRPF convoy"', "limit": 5}).json()
    assert {h["doc_id"] for h in hits} == {"d1", "d3"}
    assert client.get("/api/search/documents", params={"q": '"convoy CRPF"'}).json() == []


def test_no_match_is_an_empty_list_and_an_empty_query_is_refused(client: TestClient) -> None:
    assert client.get("/api/search/documents", params={"q": "submarine"}).json() == []
    assert client.get("/api/search/documents", params={"q": ""}).status_code == 422
