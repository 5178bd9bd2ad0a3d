"""``/api/events`` as the events page uses it: filters by type, country, window, actor and minimum
sources, every sort order, the total count, and refusals of bad parameters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import nexus
from nexus.api import create_app
from nexus.store.event_list import period_end, period_start
from nexus.store.event_samples import events_corpus


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('events')) / 'kb.db'}"
    first, second = events_corpus()
    with nexus.open(url) as kb:
        kb.ingest(first)
        kb.ingest(second)
    with TestClient(create_app(url, token=None), base_url="http://localhost") as test_client:
        yield test_client


def listed(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def places(client: TestClient, **params: Any) -> list[str]:
    return [e["place"]["name"] for e in listed(client, **params)["items"]]


def test_default_order_is_oldest_first_with_the_total(client: TestClient) -> None:
    body = listed(client)
    assert [e["place"]["name"] for e in body["items"]] == ["Basra", "Kandahar", "Mosul", "Herat"]
    assert body["total"] == 4 and body["has_more"] is False


def test_filter_by_type(client: TestClient) -> None:
    assert places(client, type="attack") == ["Kandahar", "Mosul"]


def test_filter_by_country_code_in_any_case(client: TestClient) -> None:
    assert places(client, country="iq") == ["Basra", "Mosul"]
    assert places(client, country="AF") == ["Kandahar", "Herat"]
    assert places(client, country="FR") == []


def test_filter_by_date_range_covers_whole_months_and_years(client: TestClient) -> None:
    assert places(client, since="2021", until="2021") == ["Kandahar", "Mosul"]
    assert places(client, until="2021-05") == ["Basra", "Kandahar"]
    assert places(client, since="2021-05-03", until="2021-12-31") == ["Mosul"]


def test_filter_by_actor_name(client: TestClient) -> None:
    assert places(client, actor="Crimson Hand") == ["Kandahar", "Herat"]
    # a target is not an actor: the Basra raid was against the group, not by it
    assert places(client, actor="Northern Wolves") == ["Mosul"]


def test_filter_by_minimum_independent_sources(client: TestClient) -> None:
    body = listed(client, min_sources=2)
    assert [e["place"]["name"] for e in body["items"]] == ["Mosul"]
    assert body["items"][0]["n_sources"] == 2 and body["total"] == 1


def test_filters_combine(client: TestClient) -> None:
    assert places(client, country="AF", type="rally") == ["Herat"]
    assert places(client, country="IQ", type="attack", min_sources=2, since="2021-07") == ["Mosul"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("date", ["Basra", "Kandahar", "Mosul", "Herat"]),
        ("-date", ["Herat", "Mosul", "Kandahar", "Basra"]),
        ("killed", ["Basra", "Mosul", "Kandahar", "Herat"]),  # the rally gives no toll: last
        ("-killed", ["Kandahar", "Mosul", "Basra", "Herat"]),
        ("-sources", ["Mosul", "Basra", "Kandahar", "Herat"]),
        ("place", ["Basra", "Herat", "Kandahar", "Mosul"]),
        ("-place", ["Mosul", "Kandahar", "Herat", "Basra"]),
        ("type", ["Kandahar", "Mosul", "Basra", "Herat"]),
    ],
)
def test_sort_orders(client: TestClient, sort: str, expected: list[str]) -> None:
    assert places(client, sort=sort) == expected


def test_paging_keeps_the_total_and_the_order(client: TestClient) -> None:
    first = listed(client, sort="-date", limit=3)
    second = listed(client, sort="-date", limit=3, offset=3)
    assert first["total"] == second["total"] == 4
    assert first["has_more"] is True and second["has_more"] is False
    names = [e["place"]["name"] for e in first["items"] + second["items"]]
    assert names == ["Herat", "Mosul", "Kandahar", "Basra"]


def test_figures_keep_their_qualifiers_and_contradictions(client: TestClient) -> None:
    by_place = {e["place"]["name"]: e for e in listed(client)["items"]}
    kandahar = by_place["Kandahar"]["figures"]
    assert kandahar["killed"]["most_corroborated"] == {"value": 20, "qualifier": "at_least", "n_sources": 1}
    assert kandahar["injured"]["most_corroborated"]["qualifier"] == "approx"
    mosul = by_place["Mosul"]
    # 12, then 19 from another outlet a day later: a toll that rose (differs), not a contradiction.
    killed = mosul["figures"]["killed"]
    assert mosul["contradictory"] is False and killed["contradiction"] is False and killed["differs"] is True
    assert sorted(mosul["figures"]["killed"]["values"]) == [12, 19]


@pytest.mark.parametrize(
    "params",
    [{"sort": "loudest"}, {"min_sources": 0}, {"min_sources": "many"}, {"country": "X" * 9}],
)
def test_bad_parameters_are_422(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/api/events", params=params).status_code == 422


def test_unknown_actor_is_404(client: TestClient) -> None:
    assert client.get("/api/events", params={"actor": "Nobody Of Note Brigade"}).status_code == 404


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2020", "2020-01-01", "2020-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("2019-06-09", "2019-06-09", "2019-06-09"),
    ],
)
def test_period_bounds(value: str, start: str, end: str) -> None:
    assert period_start(value).isoformat() == start
    assert period_end(value).isoformat() == end
