"""The network page (issue 12, item 17): colour and shape by entity type with a legend, link
labels and tooltips by relation type, links derived from events drawn apart from stated ones,
date and source filters, and a readable layout for 500+ entities."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = pytest.mark.browser


def wait_graph(page: Any) -> None:
    page.wait_for_selector("#app[data-state=ready]")
    page.wait_for_selector("#graph[data-render-ms]")


def _ref(ident: str, name: str, kind: str) -> dict[str, str]:
    return {"id": ident, "name": name, "type": kind}


def _edge(
    ident: str,
    kind: str,
    source: dict[str, str],
    target: dict[str, str],
    sources: int = 1,
    origin: str | None = None,
) -> dict[str, Any]:
    edge: dict[str, Any] = {
        "id": ident,
        "type": kind,
        "source": source,
        "target": target,
        "roles": [],
        "first_seen": "2024-05-01",
        "last_seen": "2024-06-12",
        "n_statements": sources,
        "n_sources": sources,
        "hedged_share": 0.0,
        "asserters": [],
        "evidence": [],
    }
    if origin is not None:
        edge["origin"] = origin
    return edge


def stub_network(page: Any, network: dict[str, Any]) -> list[str]:
    """Answer /api/network with ``network``; return the URLs the page asked for."""
    asked: list[str] = []

    def handle(route: Any) -> None:
        asked.append(route.request.url)
        route.fulfill(status=200, content_type="application/json", body=json.dumps(network))

    page.route("**/api/network?*", handle)
    return asked


#: A small graph with two stated relations (one without an ``origin`` field) and two event links.
FRONT = _ref("e-front", "Northern Front", "ORG")
CHIEF = _ref("e-chief", "Tomas Ruel", "PERSON")
TOWN = _ref("e-town", "Varna Falls", "PLACE")
ALLY = _ref("e-ally", "Coast Brigade", "ORG")
MIXED = {
    "centre": FRONT,
    "depth": 1,
    "truncated": False,
    "nodes": [{**FRONT, "depth": 0}, {**CHIEF, "depth": 1}, {**TOWN, "depth": 1}, {**ALLY, "depth": 1}],
    "edges": [
        _edge("r-lead", "affiliation", CHIEF, FRONT, sources=2, origin="stated"),
        _edge("r-ally", "cooperation", FRONT, ALLY),
        {**_edge("x-claim", "claimed", FRONT, TOWN, sources=3, origin="event"), "event_ids": ["ev-claim-9"]},
        _edge("x-attack", "attacked", FRONT, TOWN, origin="event"),
    ],
}


def test_entities_are_coloured_and_shaped_by_type_with_a_legend(page: Any) -> None:
    page.goto("/#/network/Jaish-e-Mohammed?depth=2")
    wait_graph(page)
    shapes = page.evaluate(
        """() => Object.fromEntries(window.__nexusCy.nodes().map(n => [n.data('type'),
            [n.style('shape'), n.style('background-color')]]))"""
    )
    assert set(shapes) == {"ORG", "PERSON", "PLACE"}
    assert len({shape for shape, _ in shapes.values()}) == 3
    assert len({colour for _, colour in shapes.values()}) == 3
    legend = page.locator("#legend-entities .viz-legend-item").all_inner_texts()
    assert sorted(t.strip() for t in legend) == ["ORG", "PERSON", "PLACE"]
    # each legend swatch has its type's colour
    swatches = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('#legend-entities .viz-legend-item')]
            .map(i => [i.dataset.key, getComputedStyle(i.querySelector('svg > *')).fill]))"""
    )

    def bare(colour: str) -> str:
        return colour.replace(" ", "")

    assert {t: bare(c) for t, c in swatches.items()} == {t: bare(c) for t, (_, c) in shapes.items()}
    assert page.watch.errors == []


def test_event_links_are_dashed_labelled_and_explained(page: Any) -> None:
    stub_network(page, MIXED)
    page.goto("/#/network/e-front?depth=1")
    wait_graph(page)
    styles = page.evaluate(
        """() => Object.fromEntries(window.__nexusCy.edges().map(e => [e.id(),
            [e.style('line-style'), e.style('label'), e.style('line-color')]]))"""
    )
    assert styles["x-claim"][0] == "dashed" and styles["x-attack"][0] == "dashed"
    assert styles["r-lead"][0] == "solid" and styles["r-ally"][0] == "solid"  # no origin: stated
    assert {k: v[1] for k, v in styles.items()} == {
        "r-lead": "affiliation",
        "r-ally": "cooperation",
        "x-claim": "claimed",
        "x-attack": "attacked",
    }
    assert len({v[2] for v in styles.values()}) == 4  # one colour per relation type
    assert [t.strip() for t in page.locator("#legend-events .viz-legend-item").all_inner_texts()] == [
        "attacked",
        "claimed",
    ]
    assert [t.strip() for t in page.locator("#legend-stated .viz-legend-item").all_inner_texts()] == [
        "affiliation",
        "cooperation",
    ]
    assert "2 from events" in page.inner_text("#network-status")


def test_hovering_a_link_shows_its_type_origin_and_sources(page: Any) -> None:
    stub_network(page, MIXED)
    page.goto("/#/network/e-front?depth=1")
    wait_graph(page)
    x, y = page.evaluate(
        """() => {
            const cy = window.__nexusCy, e = cy.getElementById('r-lead');
            const box = cy.container().getBoundingClientRect(), p = e.renderedMidpoint();
            return [box.left + p.x, box.top + p.y];
        }"""
    )
    page.mouse.move(x, y)
    page.wait_for_selector("#graph-tip:not([hidden])")
    tip = page.inner_text("#graph-tip")
    assert "Tomas Ruel — affiliation → Northern Front" in tip
    assert "stated" in tip and "2 independent sources" in tip


def test_clicking_an_event_link_lists_its_events(page: Any) -> None:
    stub_network(page, MIXED)  # the server knows no relation "x-claim": its lookup answers 404
    page.goto("/#/network/e-front?depth=1")
    wait_graph(page)
    x, y = page.evaluate(
        """() => {
            const cy = window.__nexusCy, e = cy.getElementById('x-claim');
            const box = cy.container().getBoundingClientRect(), p = e.renderedMidpoint();
            return [box.left + p.x, box.top + p.y];
        }"""
    )
    page.mouse.click(x, y)
    page.wait_for_selector("#evidence-panel[data-state=ready]")
    assert page.get_attribute("#evidence-panel a[href^='#/event/']", "href") == "#/event/ev-claim-9"
    assert "claimed" in page.inner_text("#evidence-panel h2")
    assert page.watch.errors == []


def test_links_filter_by_origin_and_the_query_says_so(page: Any) -> None:
    asked = stub_network(page, MIXED)
    page.goto("/#/network/e-front?depth=1")
    wait_graph(page)
    page.select_option("#network-filters select[name=origin]", "event")
    with page.expect_request("**/api/network?*"):
        page.click("#network-filters button[type=submit]")
    page.wait_for_function("() => location.hash.includes('origin=event')")
    page.wait_for_function("() => window.__nexusCy && window.__nexusCy.edges().length === 2")
    wait_graph(page)
    edges = page.evaluate("() => window.__nexusCy.edges().map(e => e.data('origin'))")
    nodes = page.evaluate("() => window.__nexusCy.nodes().map(n => n.id()).sort()")
    assert edges == ["event", "event"] and nodes == ["e-front", "e-town"]
    assert "origin=event" in asked[-1]


def test_event_link_types_are_filters_too(page: Any) -> None:
    asked = stub_network(page, MIXED)
    page.goto("/#/network/e-front?depth=1")
    wait_graph(page)
    assert "type=" not in asked[-1]  # everything checked: no type filter
    page.uncheck("#event-link-types input[value=claimed]")
    with page.expect_request("**/api/network?*") as request:
        page.click("#network-filters button[type=submit]")
    wait_graph(page)
    sent = parse_qs(urlparse(request.value.url).query)["type"]
    assert "claimed" not in sent and {"attacked", "affiliation", "visited"} <= set(sent)
    assert not page.is_checked("#event-link-types input[value=claimed]")
    assert page.is_checked("#event-link-types input[value=attacked]")


def test_date_range_and_minimum_sources_filter_the_graph(page: Any) -> None:
    page.goto("/#/network/Lashkar-e-Taiba?depth=1")
    wait_graph(page)
    before = page.evaluate("() => window.__nexusCy.nodes().length")
    page.fill("#network-filters input[name=since]", "2019-03-01")
    page.click("#network-filters button[type=submit]")
    page.wait_for_function("() => location.hash.includes('since=2019-03-01')")
    page.wait_for_function(f"() => window.__nexusCy.nodes().length < {before}")
    wait_graph(page)
    names = page.evaluate("() => window.__nexusCy.nodes().map(n => n.data('label'))")
    assert "Muridke" in names and "Jaish-e-Mohammed" not in names  # linked in February only
    page.fill("#network-filters input[name=until]", "2019-03-20")
    page.click("#network-filters button[type=submit]")
    page.wait_for_function("() => location.hash.includes('until=2019-03-20')")
    page.wait_for_function("() => !window.__nexusCy.nodes().some(n => n.data('label') === 'Evil Front')")
    wait_graph(page)
    names = page.evaluate("() => window.__nexusCy.nodes().map(n => n.data('label'))")
    assert "Evil Front" not in names and "Muridke" in names  # Evil Front's link is from April
    page.goto("/#/network/Lashkar-e-Taiba?depth=1&min_sources=2")
    wait_graph(page)
    assert page.evaluate("() => window.__nexusCy.edges().length") == 0
    assert "No links pass these filters." in page.inner_text("#graph")


def _big_network(n_hubs: int = 24, n_total: int = 520) -> dict[str, Any]:
    """A centre, ``n_hubs`` neighbours and leaves shared out unevenly among them, plus cross links."""
    centre = _ref("n-0", "Centre Group", "ORG")
    hubs = [_ref(f"h-{i}", f"Hub {i}", ("ORG", "PERSON", "PLACE")[i % 3]) for i in range(n_hubs)]
    leaves = [_ref(f"l-{i}", f"Leaf {i}", ("PERSON", "ORG")[i % 2]) for i in range(n_total - n_hubs - 1)]
    nodes = [{**centre, "depth": 0}] + [{**r, "depth": 1} for r in hubs] + [{**r, "depth": 2} for r in leaves]
    edges = [_edge(f"c-{i}", "affiliation", hub, centre) for i, hub in enumerate(hubs)]
    for i, leaf in enumerate(leaves):
        hub = hubs[(i * i) % n_hubs if i % 5 else 0]  # one hub gets far more leaves
        edges.append(_edge(f"m-{i}", ("cooperation", "hostility")[i % 2], leaf, hub))
        if i % 17 == 0:
            edges.append(_edge(f"x-{i}", "claimed", leaf, hubs[(i + 3) % n_hubs], origin="event"))
    return {"centre": centre, "depth": 2, "truncated": False, "nodes": nodes, "edges": edges}


def test_a_network_of_500_entities_is_laid_out_apart_and_inside_the_page(page: Any) -> None:
    network = _big_network()
    stub_network(page, network)
    page.goto("/#/network/n-0?depth=2&max_nodes=1000")
    wait_graph(page)
    assert page.get_attribute("#graph", "data-layout") == "radial"
    report = page.evaluate(
        """() => {
            const cy = window.__nexusCy;
            const nodes = cy.nodes().map(n => [n.id(), n.position('x'), n.position('y'), n.data('depth')]);
            let closest = Infinity;
            for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
                closest = Math.min(closest, Math.hypot(nodes[i][1] - nodes[j][1], nodes[i][2] - nodes[j][2]));
            }
            // walking round the ring, consecutive leaves mostly share their hub (sectors are contiguous)
            const hubOf = {};
            cy.edges().filter(e => e.id().startsWith('m-'))
                .forEach(e => { hubOf[e.source().id()] = e.target().id(); });
            const ring = nodes.filter(n => n[3] === 2)
                .map(n => [Math.atan2(n[2], n[1]), hubOf[n[0]]]).sort((a, b) => a[0] - b[0]);
            let same = 0;
            ring.forEach((leaf, i) => { if (leaf[1] === ring[(i + 1) % ring.length][1]) same++; });
            const nearOwn = same / ring.length;
            const box = cy.container().getBoundingClientRect();
            const drawn = cy.elements().renderedBoundingBox();
            return {n: nodes.length, closest, nearOwn,
                    box: [box.left, box.right, box.width, box.height],
                    drawn: [drawn.x1, drawn.y1, drawn.x2, drawn.y2],
                    pageWidth: document.scrollingElement.scrollWidth, viewport: window.innerWidth,
                    hubFont: cy.getElementById('h-1').style('font-size'),
                    leafFont: cy.getElementById('l-1').style('font-size')};
        }"""
    )
    assert report["n"] == 520
    assert report["closest"] >= 30, "two entities overlap"
    assert report["nearOwn"] > 0.9, "leaves of one hub are not kept together"
    _left, right, width, height = report["box"]
    x1, y1, x2, y2 = report["drawn"]
    assert min(x1, y1) >= -40 and x2 <= width + 40 and y2 <= height + 40, "graph drawn off the canvas"
    assert right <= report["viewport"] and report["pageWidth"] <= report["viewport"]
    assert float(report["hubFont"].rstrip("px")) > float(report["leafFont"].rstrip("px"))
    assert page.watch.errors == []
