"""The home page in Debian chromium: knowledge-base statistics, entity type badges and a link
to every view, over the sample corpus plus a hostile report (whose outlet is markup)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def open_home(page: Any) -> None:
    page.goto("/")
    page.wait_for_selector("#app[data-page=home][data-state=ready]")


def stat(page: Any, name: str) -> str:
    text: str = page.inner_text(f"#stat-{name}")
    return " ".join(text.split())


def test_home_shows_the_knowledge_base_statistics(page: Any) -> None:
    open_home(page)
    # four sample reports (one a wire copy), the hostile one and a second outlet's report of its
    # attack, from six outlets
    assert stat(page, "documents").startswith("Documents 6") and "1 near-duplicate copy" in stat(
        page, "documents"
    )
    assert stat(page, "outlets") == "Outlets 6"
    # only the Quetta attack (3 and 11 dead, said the same day) contradicts: the sample's toll
    # that rose from 40 to 44 a day later is an update
    assert stat(page, "events").startswith("Events 3") and "1 with contradicting figures" in stat(
        page, "events"
    )
    # the list under it tells the two kinds apart: the same-day clash is flagged, the rise is not
    kinds = page.eval_on_selector_all(
        "li:has(> .kind)", "els => els.map(e => [e.innerText, e.querySelector('.kind').className])"
    )
    assert any("3 vs 11" in text and "incompatible" in cls for text, cls in kinds)
    assert any("40 vs 44" in text and "differs" in cls for text, cls in kinds)
    assert stat(page, "span") == "Event dates 2019-02-14 – 2019-03-30"
    assert stat(page, "published") == "Published 2019-02-14 – 2019-04-01"
    assert "batch" in stat(page, "last-ingest") and "6 documents" in stat(page, "last-ingest")
    by_type = page.eval_on_selector_all("#events-by-type .badge", "els => els.map(e => e.innerText.trim())")
    assert by_type == ["attack 2", "rally 1"]
    entity_badges = page.eval_on_selector_all(
        "#entities-by-type .badge", "els => els.map(e => e.dataset.type)"
    )
    assert {"ORG", "PERSON", "PLACE"} <= set(entity_badges)
    # the most documented entities each carry their type badge
    first = page.locator(".results.entities li").first
    assert first.locator(".badge").inner_text() in {"ORG", "PERSON", "PLACE"}
    assert page.watch.errors == []


def test_hostile_outlet_in_the_last_ingest_stays_text(page: Any) -> None:
    open_home(page)
    last = page.locator("#stat-last-ingest")
    assert "<b>Bad Outlet</b>" in last.inner_text()
    assert last.locator("b").count() == 0
    assert page.evaluate("() => window.__pwned") is None and page.watch.dialogs == []


def test_an_event_type_badge_opens_the_filtered_events_page(page: Any) -> None:
    open_home(page)
    page.click("#events-by-type .badge[data-type=attack]")
    page.wait_for_selector("#app[data-page=events][data-state=ready]")
    assert "type=attack" in page.url
    assert page.get_attribute("#events-total", "data-total") == "2"


@pytest.mark.parametrize(
    ("view", "page_name"),
    [
        ("events", "events"),
        ("network", "network"),
        ("timeline", "timeline"),
        ("map", "map"),
        ("contradictions", "contradictions"),
        ("documents", "documents"),
        ("search", "search"),
    ],
)
def test_home_links_to_every_view(page: Any, view: str, page_name: str) -> None:
    open_home(page)
    page.click(f"#views a[data-view={view}]")
    page.wait_for_selector(f"#app[data-page={page_name}][data-state=ready]")
    assert page.locator("#app .error").count() == 0
    assert page.watch.errors == []
