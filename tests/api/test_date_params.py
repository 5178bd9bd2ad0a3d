"""The date query parameters: the pattern the OpenAPI schema declares admits exactly what the
server accepts, so schemathesis can check that every schema-valid request is taken."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from nexus.api.deps import DATE_OR_EMPTY_PATTERN, DATE_PATTERN, _check_date

#: Century years (leap only when divisible by 400), ordinary leap and common years, both ends.
YEARS = [1000, 1200, 1600, 1700, 1800, 1900, 1996, 1999, 2000, 2023, 2024, 2100, 2400, 2800, 2900, 2999]


def accepted(value: str) -> bool:
    try:
        return _check_date(value) == value
    except ValueError:
        return False


def is_calendar_date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= monthrange(year, month)[1]


@pytest.mark.parametrize("year", YEARS)
def test_pattern_admits_a_day_exactly_when_the_calendar_has_it(year: int) -> None:
    pattern = re.compile(DATE_PATTERN)
    for month in range(14):
        for day in range(33):
            text = f"{year:04d}-{month:02d}-{day:02d}"
            real = is_calendar_date(year, month, day)
            assert bool(pattern.fullmatch(text)) is real, text
            assert accepted(text) is real, text


def test_pattern_admits_years_and_months_but_no_other_shape() -> None:
    good = ["1000", "2999", "2019", "2019-01", "2019-12", "2020-02-29", "2000-02-29"]
    bad = [
        "0999",
        "3000",
        "19",
        "2019-",
        "2019-00",
        "2019-13",
        "2019-1",
        "2019-02-29",
        "1900-02-29",
        "2100-02-29",
        "2019-04-31",
        "2019-11-31",
        "2019-1-01",
        "2019-01-1",
        "2019/01/01",
        " 2019",
        "2019\n",
        "\u0662\u0660\u0661\u0669",  # Arabic-Indic digits: \\d would take them, JSON Schema would not
        "2019-02-03T00:00",
    ]
    for text in good:
        assert re.fullmatch(DATE_PATTERN, text) and accepted(text), text
    for text in bad:
        assert not re.fullmatch(DATE_PATTERN, text) and not accepted(text), text


@settings(max_examples=300, deadline=None)
@given(st.from_regex(DATE_PATTERN, fullmatch=True))
def test_every_string_the_pattern_generates_is_a_real_date(text: str) -> None:
    assert accepted(text)
    parts = [int(p) for p in text.split("-")]
    date(*[*parts, 1, 1][:3])


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)))
def test_every_calendar_day_in_range_is_admitted(day: date) -> None:
    text = day.isoformat()
    assert re.fullmatch(DATE_PATTERN, text) and accepted(text)
    assert accepted(text[:7]) and accepted(text[:4])


@pytest.mark.parametrize(
    "path", ["/api/events", "/api/timeline", "/api/relations", "/api/network", "/api/path"]
)
def test_openapi_declares_the_exact_pattern_on_every_date_parameter(client: TestClient, path: str) -> None:
    operation = client.get("/openapi.json").json()["paths"][path]["get"]
    dates = [p for p in operation["parameters"] if p["name"] in ("since", "until")]
    assert len(dates) == 2
    for parameter in dates:
        schema = parameter["schema"]
        patterns = [s["pattern"] for s in [schema, *schema.get("anyOf", [])] if "pattern" in s]
        assert patterns == [DATE_OR_EMPTY_PATTERN], parameter


@pytest.mark.parametrize("value", ["2024-02-29", "2000-02-29", "2019-02-28", "2019-02", "2019", ""])
def test_schema_valid_dates_are_answered(client: TestClient, value: str) -> None:
    assert client.get("/api/events", params={"since": value}).status_code == 200


@pytest.mark.parametrize("value", ["2023-02-29", "1900-02-29", "2019-06-31", "2019-02-30"])
def test_impossible_days_are_refused_and_the_schema_says_so(client: TestClient, value: str) -> None:
    response = client.get("/api/events", params={"until": value})
    assert response.status_code == 422
    assert "not a date" in response.text
    assert not re.fullmatch(DATE_OR_EMPTY_PATTERN, value)


def test_until_a_month_keeps_its_last_days_for_links_and_the_timeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date as day

    from fastapi.testclient import TestClient

    import nexus
    from nexus.api import create_app
    from nexus.store.samples import ExtractionBuilder, without_gazetteer

    for module, name in without_gazetteer():
        monkeypatch.setattr(module, name, dict)
    text = "The Grey Ferry Cell is allied with the Salt Road Band, the prosecutor said."
    report = ExtractionBuilder("ferry-1", text, outlet="Port Ledger", published=day(2023, 4, 29))
    cell, band = report.entity("Grey Ferry Cell"), report.entity("Salt Road Band")
    report.relation(cell, "cooperation", band, text, date="2023-04-28")
    url = f"sqlite:///{tmp_path / 'ferry.db'}"
    with nexus.open(url) as kb:
        kb.ingest([report.build()])
    with TestClient(create_app(url, token=None), base_url="http://localhost") as client:
        links = client.get("/api/relations", params={"entity": "Grey Ferry Cell", "until": "2023-04"})
        assert links.status_code == 200 and links.json()["items"], links.text
        timeline = client.get("/api/timeline", params={"until": "2023-04"}).json()
        assert any(item["date"] == "2023-04-28" for item in timeline["items"])
        assert client.get("/api/timeline", params={"until": "2023-03"}).json()["items"] == []
