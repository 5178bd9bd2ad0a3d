"""``/api/events``: each event's means in the list and in the detail; the ``method`` filter and
its 422 on a name the lexicon does not list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import nexus
from nexus.api import create_app
from nexus.store.method_samples import method_corpus


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('means-api')) / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(method_corpus())
    with TestClient(create_app(url, token=None), base_url="http://localhost") as test_client:
        yield test_client


def test_the_list_carries_each_events_means(client: TestClient) -> None:
    response = client.get("/api/events", params={"sort": "date"})
    assert response.status_code == 200, response.text
    means = [(e["place"]["name"], e["method"], e["methods"]) for e in response.json()["items"]]
    assert means == [
        ("Tarvello", "explosives", ["explosives"]),
        ("Quennard", "kidnapping", ["kidnapping", "firearms"]),
        ("Ostrava Nova", "airstrike", ["airstrike"]),
        ("Tarvello", None, []),
    ]


def test_the_method_filter(client: TestClient) -> None:
    body = client.get("/api/events", params={"method": "AIRSTRIKE"}).json()
    assert body["total"] == 1 and body["items"][0]["type"] == "military_action"
    firearms = client.get("/api/events", params={"method": "firearms"}).json()
    assert [e["place"]["name"] for e in firearms["items"]] == ["Quennard"]
    assert client.get("/api/events", params={"method": "melee"}).json()["total"] == 0


def test_an_unknown_method_is_a_422_naming_the_parameter(client: TestClient) -> None:
    response = client.get("/api/events", params={"method": "<b>poison</b>"})
    assert response.status_code == 422
    (problem,) = response.json()["detail"]
    assert problem["loc"] == ["query", "method"] and "explosives" in problem["msg"]


def test_the_detail_carries_the_means_and_each_reports(client: TestClient) -> None:
    (listed,) = client.get("/api/events", params={"method": "kidnapping"}).json()["items"]
    detail = client.get(f"/api/events/{listed['id']}").json()
    assert (detail["method"], detail["methods"]) == ("kidnapping", ["kidnapping", "firearms"])
    assert sorted(r["method"] for r in detail["reports"]) == ["firearms", "kidnapping"]
