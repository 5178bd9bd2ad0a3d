"""The analyst UI in Debian chromium: search → entity → network → evidence; contradicting
tolls side by side, a toll that rose over days shown as an update; hostile document text shown
as text; time to first render of the network."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

METRICS = Path(__file__).resolve().parents[2] / "test-artifacts" / "network-render.json"


def wait_ready(page: Any) -> None:
    page.wait_for_selector("#app[data-state=ready]")


def click_graph_element(page: Any, selector_js: str) -> None:
    """Click a Cytoscape element: its rendered position, offset by the canvas's place on the page."""
    x, y = page.evaluate(
        """(sel) => {
            const cy = window.__nexusCy;
            const el = eval(sel);
            const box = cy.container().getBoundingClientRect();
            const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
            return [box.left + p.x, box.top + p.y];
        }""",
        selector_js,
    )
    page.mouse.click(x, y)


def open_network_from_search(page: Any) -> None:
    page.goto("/")
    wait_ready(page)
    page.fill("#q", "jaish")
    page.wait_for_selector(".suggestion")
    page.click(".suggestion >> text=Jaish-e-Mohammed")
    page.wait_for_selector("h1 >> text=Jaish-e-Mohammed")
    wait_ready(page)
    page.click("#open-network")
    page.wait_for_selector("#graph[data-render-ms]")


def test_search_an_actor_open_its_network_and_see_a_node_s_evidence(page: Any) -> None:
    open_network_from_search(page)
    click_graph_element(page, "cy.nodes().filter(n => n.data('label') === 'Masood Azhar')[0]")
    page.wait_for_selector("#evidence-panel[data-state=ready]")
    assert "Masood Azhar leads Jaish-e-Mohammed." in page.inner_text("#evidence-panel")
    assert page.watch.errors == []


def test_clicking_a_link_shows_its_evidence_sentences(page: Any) -> None:
    open_network_from_search(page)
    click_graph_element(
        page,
        "cy.edges().filter(e => e.data('type') === 'cooperation' && e.target().data('label') === 'ISI')[0]",
    )
    page.wait_for_selector("#evidence-panel[data-state=ready]")
    panel = page.inner_text("#evidence-panel")
    assert "reportedly backed by the ISI" in panel
    assert "hedged" in panel


def test_network_filters_drop_hedged_links(page: Any) -> None:
    open_network_from_search(page)
    page.uncheck("input[name=include_hedged]")
    page.click("#network-filters button[type=submit]")
    page.wait_for_function("() => location.hash.includes('include_hedged=false')")
    # the hash changes before the router clears the old graph: wait for the drawing of this address
    page.wait_for_function(
        """() => { const app = document.querySelector('#app');
            return app.dataset.route === location.hash && app.dataset.state === 'ready'; }"""
    )
    page.wait_for_selector("#graph[data-render-ms]")
    labels = page.evaluate("() => window.__nexusCy.nodes().map(n => n.data('label'))")
    assert "ISI" not in labels and "Masood Azhar" in labels


def test_event_page_shows_both_contradicting_tolls(page: Any) -> None:
    # Two outlets gave 3 and 11 dead for the Quetta attack on the same day: both cannot hold.
    page.goto("/#/contradictions")
    wait_ready(page)
    page.click("table tr:has-text('Quetta') a >> text=attack")
    page.wait_for_selector(".report")
    wait_ready(page)
    highlighted = page.locator(".report .figure.contradiction").all_inner_texts()
    assert any(t.startswith("3") for t in highlighted) and any(t.startswith("11") for t in highlighted)
    row = page.inner_text(".figures tr.contradiction")
    assert "3 vs 11" in row and "contradicting" in row


def test_a_toll_that_rose_a_day_later_is_an_update_not_a_contradiction(page: Any) -> None:
    # The Hindu gave 40 dead on the day of the Pulwama attack, Dawn 44 the day after.
    page.goto("/#/events?type=attack")
    page.wait_for_selector("#app[data-page=events][data-state=ready]")
    killed = page.inner_text("table.event-list tr:has-text('Pulwama') td[data-label=Killed]")
    assert killed.startswith("40–44") and "latest: 44" in killed and "⚠" not in killed
    quetta = page.inner_text("table.event-list tr:has-text('Quetta') td[data-label=Killed]")
    assert quetta.startswith("3–11") and quetta.endswith("⚠")  # the same-day contradiction keeps its mark
    page.click("table.event-list tr:has-text('Pulwama') td[data-label=Type] a")
    page.wait_for_selector(".report")
    wait_ready(page)
    assert page.locator(".figures tr.contradiction, .report .figure.contradiction").count() == 0
    figures = page.inner_text(".figures tbody tr")
    assert "40–44" in figures and "40 vs 44" in figures and "contradicting" not in figures
    assert "44 (Dawn, 2019-02-15)" in figures  # the latest figure, who gave it and when
    # The contradictions page lists it as differing figures, apart from the incompatible ones.
    page.goto("/#/contradictions")
    wait_ready(page)
    pulwama = page.locator("tbody tr", has_text="Pulwama")
    assert pulwama.get_attribute("class") == "differs"
    assert pulwama.locator("td.kind").inner_text() == "differs"
    quetta = page.locator("tbody tr", has_text="Quetta")
    assert quetta.get_attribute("class") == "contradiction" and "⚠" in quetta.locator("td.kind").inner_text()
    assert page.watch.errors == []


def test_hostile_document_is_shown_as_text_and_runs_nothing(page: Any) -> None:
    page.goto("/#/document/hostile")
    page.wait_for_selector("#document-text")
    wait_ready(page)
    text = page.inner_text("#document-text")
    assert '<script>window.__pwned = 1; alert("script")</script>' in text
    assert '<a href="javascript:alert(3)">claimed</a>' in text
    assert "<b>Bad Outlet</b>" in page.inner_text(".lead")
    for path in (
        "/#/search?q=pwned",
        "/#/entity/Evil%20Front",
        "/#/network/Evil%20Front?depth=1",
        "/#/timeline",
    ):
        page.goto(path)
        wait_ready(page)
    page.goto("/#/document/hostile")
    wait_ready(page)
    page.hover("#document-text")
    injected = page.evaluate(
        """() => ({
            scripts: document.querySelectorAll('#app script').length,
            images: document.querySelectorAll('#app img').length,
            handlers: document.querySelectorAll('#app [onerror], #app [onclick], #app [onmouseover]').length,
            jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
            pwned: window.__pwned === undefined ? null : window.__pwned,
        })"""
    )
    assert injected == {"scripts": 0, "images": 0, "handlers": 0, "jsLinks": 0, "pwned": None}
    assert page.watch.dialogs == []


def test_hostile_entity_name_is_text_in_search_and_entity_pages(page: Any) -> None:
    page.goto("/#/document/hostile")
    wait_ready(page)
    page.click(".mention >> text=<img src=x")
    page.wait_for_selector(".entity-head h1")
    assert page.inner_text(".entity-head h1").startswith("<img src=x onerror=")
    assert page.evaluate("() => document.querySelectorAll('#app img').length") == 0
    assert page.watch.dialogs == []


def test_map_draws_world_boundaries_and_events_offline(page: Any) -> None:
    page.goto("/#/map")
    page.wait_for_selector("#map .event-dot")
    assert page.locator("#map .country").count() > 100
    assert page.locator("#map .event-dot").count() == 3  # Pulwama (two reports), Lahore, Quetta
    inside = page.evaluate(
        "() => [...document.querySelectorAll('#map .event-dot')].every(c => "
        "c.cx.baseVal.value >= 0 && c.cx.baseVal.value <= 960 && "
        "c.cy.baseVal.value >= 0 && c.cy.baseVal.value <= 500)"
    )
    assert inside, "events fall outside the drawn map"


def test_timeline_lists_events_and_new_links(page: Any) -> None:
    page.goto("/#/timeline")
    page.wait_for_selector(".timeline .item")
    kinds = set(page.locator(".timeline .kind").all_inner_texts())
    assert {k.lower() for k in kinds} == {"event", "new link"}


def test_time_to_first_render_of_the_network(page: Any, server: str) -> None:
    """Cold load of the network page (navigation → first Cytoscape frame), written to test-artifacts."""
    page.goto("/#/network/Jaish-e-Mohammed?depth=2")
    page.wait_for_selector("#graph[data-render-ms]")
    metrics = page.evaluate("() => window.__nexusMetrics")
    METRICS.parent.mkdir(exist_ok=True)
    METRICS.write_text(json.dumps({"server": server, **metrics}, indent=2))
    print(f"network first render: {metrics}")
    assert metrics["networkFirstRenderSinceNavigationMs"] < 5000
