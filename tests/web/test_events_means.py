"""The events page shows each event's means and filters by it; the event page names it too.

A knowledge base of its own (``method_corpus``: a bombing two outlets report, an abduction one
outlet tells as a kidnapping and another as a shooting, an air strike whose sentence holds markup,
a rally with no means). The browser tests need Debian chromium; the first test does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import nexus
from nexus.api import create_app
from nexus.store.method_samples import method_corpus
from nexus.store.methods import method_names

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
EVENTS_JS = Path(__file__).resolve().parents[2] / "src/nexus/web/src/pages/events.js"


def test_the_pages_means_are_the_lexicons_in_its_order() -> None:
    found = re.search(r"export const METHODS = \[([^\]]*)\]", EVENTS_JS.read_text(encoding="utf-8"))
    assert found is not None
    assert tuple(re.findall(r'"([^"]+)"', found.group(1))) == method_names()


@pytest.fixture(scope="module")
def means_server(
    playwright_browser: Any, tmp_path_factory: pytest.TempPathFactory, serve_app: Any
) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('means-web') / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(method_corpus())
    yield from serve_app(create_app(url, token=None))


@pytest.fixture
def tab(playwright_browser: Any, means_server: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = playwright_browser.new_context(base_url=means_server, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def _means(tab: Any) -> dict[str, str]:
    found: dict[str, str] = tab.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('table.event-list tbody tr')].map(tr =>
            [tr.querySelector('td.type').innerText.trim() + ' '
               + tr.querySelector('td.place').innerText.trim(),
             tr.querySelector('td.means').innerText.trim()]))"""
    )
    return found


@pytest.mark.browser
def test_the_list_has_a_means_column_and_a_means_filter(tab: Any) -> None:
    tab.goto("/#/events")
    tab.wait_for_selector("#app[data-page=events][data-state=ready]")
    assert _means(tab) == {
        "attack Tarvello, AL": "explosives",
        "attack Quennard, AL": "kidnapping (+firearms)",
        "military action Ostrava Nova, AL": "airstrike",
        "rally Tarvello, AL": "—",
    }
    tab.select_option("#event-filters select[name=method]", "firearms")
    tab.click("#event-filters button[type=submit]")
    tab.wait_for_function("() => location.hash.includes('method=firearms')")
    # the hash changes before the router clears the old list: wait for the drawing of this address
    tab.wait_for_function(
        """() => { const app = document.querySelector('#app');
            return app.dataset.route === location.hash && app.dataset.state === 'ready'; }"""
    )
    tab.wait_for_selector("#app[data-page=events][data-state=ready]")
    assert _means(tab) == {"attack Quennard, AL": "kidnapping (+firearms)"}
    assert tab.input_value("#event-filters select[name=method]") == "firearms"
    assert tab.errors == []


@pytest.mark.browser
def test_an_unknown_means_in_the_address_is_a_message_not_a_crash(tab: Any) -> None:
    tab.goto("/#/events?method=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E")
    tab.wait_for_selector("#app[data-page=events][data-state=ready]")
    assert "not valid" in tab.inner_text("#app")
    assert tab.evaluate("() => window.__pwned") is None
    assert tab.errors == []


@pytest.mark.browser
def test_the_event_page_names_the_means(tab: Any) -> None:
    tab.goto("/#/events?method=airstrike")
    tab.wait_for_selector("#app[data-page=events][data-state=ready]")
    tab.click("table.event-list tbody td.date a")
    tab.wait_for_selector("#app[data-page=event][data-state=ready]")
    assert tab.inner_text(".lead .means") == "airstrike"
    assert "<b>fighters</b>" in tab.inner_text("#app")  # the quote's markup shown as text
    assert tab.evaluate("() => document.querySelectorAll('#app b').length") == 0
    assert tab.errors == []
