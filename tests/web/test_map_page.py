"""The map page (issue 12, item 19): a legend, colour by event type, size by death toll, the
events page's filters in the URL, pan and zoom, and a click through to the event."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = pytest.mark.browser


def _event(
    ident: str, kind: str, day: str, lat: float, lon: float, killed: int, sources: int, country: str
) -> dict[str, Any]:
    figure = {
        "field": "killed",
        "min": killed,
        "max": killed,
        "values": [killed],
        "contradiction": False,
        "differs": False,
        "most_corroborated": {"value": killed, "qualifier": "exact", "n_sources": sources},
        "latest": {"value": killed, "qualifier": "exact"},
    }
    return {
        "id": ident,
        "type": kind,
        "date": day,
        "place": {"name": f"Town {ident}", "country": country, "lat": lat, "lon": lon},
        "actors": [{"id": f"ent-{ident}", "name": f"Group {ident}", "type": "ORG"}],
        "targets": [],
        "n_reports": sources,
        "n_sources": sources,
        "contradictory": False,
        "figures": {"killed": figure} if killed else {},
        "reports": [],
    }


#: Four kinds of event in three countries, tolls from none to 120, one to three sources.
EVENTS = [
    _event("ev-a", "attack", "2021-03-02", 34.0, 71.5, 120, 3, "PK"),
    _event("ev-b", "attack", "2022-07-19", 33.3, 44.4, 4, 1, "IQ"),
    _event("ev-c", "rally", "2022-01-10", 31.5, 74.3, 0, 2, "PK"),
    _event("ev-d", "sanction", "2023-05-05", 36.2, 37.1, 0, 1, "SY"),
    _event("ev-e", "military_action", "2023-09-30", 35.0, 69.0, 15, 2, "AF"),
]


def stub_events(page: Any) -> list[dict[str, list[str]]]:
    """Answer /api/events with EVENTS (ignoring every filter, as an older server would);
    return the list of query strings the page sent."""
    seen: list[dict[str, list[str]]] = []

    def handle(route: Any) -> None:
        seen.append(parse_qs(urlparse(route.request.url).query))
        body = {"items": EVENTS, "limit": 500, "offset": 0, "has_more": False}
        route.fulfill(status=200, content_type="application/json", body=json.dumps(body))

    page.route("**/api/events?*", handle)
    return seen


def wait_map(page: Any) -> None:
    page.wait_for_selector("#app[data-state=ready]")
    page.wait_for_selector("#map")


def dots(page: Any) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = page.evaluate(
        """() => [...document.querySelectorAll('#map .event-dot')].map(c => ({
            id: c.dataset.event, r: c.r.baseVal.value, fill: getComputedStyle(c).fill,
            type: [...c.classList].find(k => k.startsWith('type-')).slice(5),
        }))"""
    )
    return result


def test_map_colours_by_type_sizes_by_toll_and_has_a_legend(page: Any) -> None:
    stub_events(page)
    page.goto("/#/map")
    wait_map(page)
    drawn = {d["id"]: d for d in dots(page)}
    assert set(drawn) == {e["id"] for e in EVENTS}
    fills = {d["type"]: d["fill"] for d in drawn.values()}
    assert len(set(fills.values())) == 4, fills  # one colour per type
    assert drawn["ev-a"]["fill"] == drawn["ev-b"]["fill"]  # same type, same colour
    assert drawn["ev-a"]["r"] > drawn["ev-e"]["r"] > drawn["ev-b"]["r"] > drawn["ev-c"]["r"]
    assert drawn["ev-c"]["r"] == drawn["ev-d"]["r"]  # no toll: the smallest dot
    legend = page.locator("#map-legend-types .viz-legend-item")
    assert sorted(legend.all_inner_texts()) == ["attack", "military_action", "rally", "sanction"]
    swatch = page.evaluate(
        '() => getComputedStyle(document.querySelector("#map-legend-types [data-key=rally] circle")).fill'
    )
    assert swatch == fills["rally"]
    assert page.locator("#map-legend-sizes .viz-legend-item").count() >= 3
    assert page.watch.errors == []


def test_map_filters_are_the_events_page_query_and_apply_even_if_the_server_ignores_them(
    page: Any,
) -> None:
    seen = stub_events(page)
    page.goto("/#/map?type=attack&min_sources=2")
    wait_map(page)
    assert seen[-1]["type"] == ["attack"] and seen[-1]["min_sources"] == ["2"]
    assert [d["id"] for d in dots(page)] == ["ev-a"]
    assert page.get_attribute("#map-to-events", "href") == "#/events?type=attack&min_sources=2"
    # the form writes the same names back into the URL
    page.select_option("#map-filters select[name=type]", "")
    page.fill("#map-filters input[name=min_sources]", "1")
    page.fill("#map-filters input[name=country]", "PK")
    page.fill("#map-filters input[name=since]", "2022")
    page.click("#map-filters button[type=submit]")
    page.wait_for_function("() => location.hash === '#/map?country=PK&since=2022'")
    wait_map(page)
    page.wait_for_function("() => document.querySelectorAll('#map .event-dot').length === 1")
    assert [d["id"] for d in dots(page)] == ["ev-c"]
    assert seen[-1]["country"] == ["PK"] and seen[-1]["since"] == ["2022"]
    assert page.get_attribute("#map-to-events", "href") == "#/events?country=PK&since=2022"


def test_map_pans_zooms_and_clicks_through_to_the_event(page: Any) -> None:
    stub_events(page)
    page.goto("/#/map")
    wait_map(page)

    def box(ident: str) -> dict[str, float]:
        found: dict[str, float] = page.locator(f"#map .event-dot[data-event={ident}]").bounding_box()
        return found

    before = box("ev-b")
    page.click("#map-zoom-in")
    assert float(page.get_attribute("#map", "data-zoom") or 0) > 1.4
    map_box = page.locator("#map").bounding_box()
    centre = (map_box["x"] + map_box["width"] / 2, map_box["y"] + map_box["height"] / 2)
    page.mouse.move(*centre)
    page.mouse.wheel(0, -300)
    zoom = float(page.get_attribute("#map", "data-zoom") or 0)
    assert zoom > 2
    zoomed = box("ev-b")
    # drag to pan: everything moves with the pointer
    page.mouse.move(*centre)
    page.mouse.down()
    page.mouse.move(centre[0] + 60, centre[1] + 40, steps=4)
    page.mouse.up()
    panned = box("ev-b")
    assert abs(panned["x"] - zoomed["x"] - 60) < 8 and abs(panned["y"] - zoomed["y"] - 40) < 8
    assert zoomed != before
    page.click("#map-zoom-reset")
    assert page.get_attribute("#map", "data-zoom") == "1.000"
    page.click("#map .event-dot[data-event=ev-a]", force=True)
    page.wait_for_function("() => location.hash === '#/event/ev-a'")
    assert page.watch.errors == []


def test_map_of_the_real_kb_links_each_dot_to_its_event(page: Any) -> None:
    page.goto("/#/map?type=attack")
    wait_map(page)
    ids = page.evaluate("() => [...document.querySelectorAll('#map .event-dot')].map(c => c.dataset.event)")
    assert ids
    page.click(f"#map .event-dot[data-event='{ids[0]}']", force=True)
    page.wait_for_selector(".report")
    assert page.watch.errors == []


def test_map_takes_whole_years_as_bounds_and_filters_by_place(page: Any) -> None:
    stub_events(page)
    page.goto("/#/map?date_from=2022&until=2022")  # date_from is read as since
    wait_map(page)
    assert sorted(d["id"] for d in dots(page)) == ["ev-b", "ev-c"]
    assert page.get_attribute("#map-to-events", "href") == "#/events?since=2022&until=2022"
    page.goto("/#/map?place=town%20ev-d")
    page.wait_for_function("() => document.querySelectorAll('#map .event-dot').length === 1")
    wait_map(page)
    assert [d["id"] for d in dots(page)] == ["ev-d"]
