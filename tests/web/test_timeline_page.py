"""The timeline page (issue 12, item 18): zoom and a brush, so one old event does not squash a
busy year, and lanes by event type or by actor."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def _actor(name: str) -> dict[str, str]:
    return {"id": f"ent-{name.lower().replace(' ', '-')}", "name": name, "type": "ORG"}


def _event(ident: str, day: str, kind: str, actors: list[str]) -> dict[str, Any]:
    return {
        "date": day,
        "kind": "event",
        "event": {
            "id": ident,
            "type": kind,
            "date": day,
            "place": {"name": "Somewhere", "country": "XX", "lat": None, "lon": None},
            "actors": [_actor(a) for a in actors],
            "targets": [],
            "n_reports": 1,
            "n_sources": 1,
            "contradictory": False,
            "figures": {},
            "reports": [],
        },
    }


def _link(day: str, source: str, target: str) -> dict[str, Any]:
    return {
        "date": day,
        "kind": "link",
        "relation": {
            "id": f"rel-{source}-{target}",
            "type": "cooperation",
            "source": _actor(source),
            "target": _actor(target),
            "first_seen": day,
            "n_sources": 1,
            "evidence": [],
        },
    }


#: One event in 2008, then a busy 2025 (events of three types by two groups, and two new links).
ITEMS = [
    _event("ev-old", "2008-06-01", "attack", ["Old Cell"]),
    _event("ev-1", "2025-01-20", "attack", ["Ridge Army"]),
    _event("ev-2", "2025-02-11", "claim", ["Ridge Army"]),
    _event("ev-3", "2025-04-03", "attack", ["Delta Front"]),
    _event("ev-4", "2025-05-29", "meeting", ["Delta Front", "Ridge Army"]),
    _event("ev-5", "2025-08-14", "attack", ["Ridge Army"]),
    _event("ev-6", "2025-10-02", "claim", ["Delta Front"]),
    _event("ev-7", "2025-12-09", "attack", []),
    _link("2025-03-15", "Ridge Army", "Delta Front"),
    _link("2025-09-01", "Delta Front", "Old Cell"),
]


def open_timeline(page: Any, path: str = "/#/timeline") -> None:
    page.route(
        "**/api/timeline?*",
        lambda route: route.fulfill(
            status=200, content_type="application/json", body=json.dumps({"entity": None, "items": ITEMS})
        ),
    )
    page.goto(path)
    page.wait_for_selector("#app[data-state=ready]")
    page.wait_for_selector("#timeline-chart .dot")


def spread_2025(page: Any) -> float:
    """How much of the chart's width the 2025 dots cover (0..1)."""
    share: float = page.evaluate(
        """() => {
            const chart = document.querySelector('#timeline-chart');
            const xs = [...chart.querySelectorAll('.dot')].filter(d => d.dataset.date.startsWith('2025'))
                .map(d => d.getBoundingClientRect().left);
            return (Math.max(...xs) - Math.min(...xs)) / chart.getBoundingClientRect().width;
        }"""
    )
    return share


def drawn_dates(page: Any) -> set[str]:
    return set(page.eval_on_selector_all("#timeline-chart .dot", "ds => ds.map(d => d.dataset.date)"))


def test_brushing_a_year_spreads_it_over_the_chart(page: Any) -> None:
    open_timeline(page)
    assert spread_2025(page) < 0.1  # squashed by 2008
    assert "2008-06-01" in drawn_dates(page)
    start = page.evaluate("() => window.__nexusTimeline.overviewClientX('2025-01-01')")
    end = page.evaluate("() => window.__nexusTimeline.overviewClientX('2026-01-01')")
    strip = page.locator("#timeline-overview").bounding_box()
    y = strip["y"] + strip["height"] * 0.3
    page.mouse.move(start, y)
    page.mouse.down()
    page.mouse.move((start + end) / 2, y, steps=3)
    page.mouse.move(end, y, steps=3)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('#timeline-chart').dataset.from >= '2024-12'")
    chart = page.locator("#timeline-chart")
    assert chart.get_attribute("data-from") >= "2024-12-01"
    assert chart.get_attribute("data-to") <= "2026-01-31"
    assert spread_2025(page) > 0.6
    assert "2008-06-01" not in drawn_dates(page)
    brush = page.locator("#timeline-brush").bounding_box()
    assert brush["width"] < strip["width"] * 0.2
    # the whole span comes back
    page.click("#timeline-zoom-reset")
    page.wait_for_function(
        "() => document.querySelectorAll('#timeline-chart .dot[data-date=\"2008-06-01\"]').length"
    )
    assert page.watch.errors == []


def test_wheel_zooms_around_the_pointer_and_drag_pans(page: Any) -> None:
    open_timeline(page)
    chart = page.locator("#timeline-chart")
    before = (chart.get_attribute("data-from"), chart.get_attribute("data-to"))
    box = chart.bounding_box()
    # before zooming, the chart and the overview strip share one scale
    right = (
        page.evaluate("() => window.__nexusTimeline.overviewClientX('2025-07-01')"),
        box["y"] + box["height"] * 0.6,
    )
    page.mouse.move(*right)
    for _ in range(6):
        page.mouse.wheel(0, -400)
    page.wait_for_function(f"() => document.querySelector('#timeline-chart').dataset.from > '{before[0]}'")
    zoomed = (chart.get_attribute("data-from"), chart.get_attribute("data-to"))
    assert "2025-01" < zoomed[0] < "2025-07-01" < zoomed[1] < "2026"  # zoomed in around the pointer
    assert spread_2025(page) > 0.3
    # drag right: earlier dates come into view
    page.mouse.move(box["x"] + box["width"] * 0.5, right[1])
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8, right[1], steps=4)
    page.mouse.up()
    page.wait_for_function(f"() => document.querySelector('#timeline-chart').dataset.from < '{zoomed[0]}'")
    panned = (chart.get_attribute("data-from"), chart.get_attribute("data-to"))
    assert panned[1] < zoomed[1]
    page.click("#timeline-zoom-in")
    assert chart.get_attribute("data-from") > panned[0]


def test_lanes_by_type_or_by_actor(page: Any) -> None:
    open_timeline(page)
    lanes = page.eval_on_selector_all("#timeline-chart text.lane", "ts => ts.map(t => t.dataset.lane)")
    assert lanes == ["attack", "claim", "meeting", "links"]
    events_in = page.eval_on_selector_all(
        "#timeline-chart .dot.event[data-lane=claim]", "ds => ds.map(d => d.dataset.event).sort()"
    )
    assert events_in == ["ev-2", "ev-6"]
    page.check("input[name=lanes][value=actor]")
    page.wait_for_function("() => document.querySelector('#timeline-chart').dataset.lanes === 'actor'")
    page.wait_for_selector("#timeline-chart text.lane[data-lane='Ridge Army']")
    lanes = page.eval_on_selector_all("#timeline-chart text.lane", "ts => ts.map(t => t.dataset.lane)")
    assert set(lanes) == {"Ridge Army", "Delta Front", "Old Cell", "(no actor)"}
    assert lanes[2:] == ["Old Cell", "(no actor)"]  # the busiest first
    ridge = page.eval_on_selector_all(
        "#timeline-chart .dot.event[data-lane='Ridge Army']", "ds => ds.map(d => d.dataset.event).sort()"
    )
    assert ridge == ["ev-1", "ev-2", "ev-4", "ev-5"]  # the meeting is in both groups' lanes
    assert "lanes=actor" in page.evaluate("() => location.hash")
    # the choice survives a reload
    page.reload()
    page.wait_for_selector("#timeline-chart .dot")
    assert page.get_attribute("#timeline-chart", "data-lanes") == "actor"


def test_clicking_a_dot_opens_the_event(page: Any) -> None:
    open_timeline(page)
    page.click("#timeline-chart .dot[data-event=ev-old]", force=True)
    page.wait_for_function("() => location.hash === '#/event/ev-old'")


def test_timeline_of_the_real_kb_draws_its_events(page: Any) -> None:
    page.goto("/#/timeline")
    page.wait_for_selector("#timeline-chart .dot.event")
    assert page.locator("#timeline-overview line").count() > 3
    assert page.watch.errors == []
