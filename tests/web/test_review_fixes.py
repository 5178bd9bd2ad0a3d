"""Faults a fresh-user walk through the UI found, each pinned by a browser test.

Its own small knowledge base: an attack told by one outlet, a second attack whose two
outlets give qualified tolls (about 30, at least 20), a raid whose outlets contradict (at most
4, about 15, both published the same day: a higher toll a day later would be an update), a ceasefire meeting
with a place but no casualty figure, a sanction known only by its year, and a report whose
text holds markup that must stay text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nexus
from nexus.api import create_app
from nexus.model import Count, Extraction
from nexus.store.samples import ExtractionBuilder, place

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
HARBOUR = place("Berbera", country="SO", lat=10.44, lon=45.01)
INLAND = place("Burao", country="SO", lat=9.52, lon=45.53)


def review_corpus() -> list[Extraction]:
    lone_text = "A roadside bomb killed 6 traders near Burao on Monday, elders said."
    lone = ExtractionBuilder("rv-lone", lone_text, outlet="Highland Wire", published=date(2023, 5, 3))
    lone.event("attack", lone_text, date="2023-05-01", at=INLAND, killed=6)

    first_text = "About 30 dock workers died when a truck bomb hit the Berbera port gate on Friday."
    first = ExtractionBuilder("rv-port-1", first_text, outlet="Gulf Ledger", published=date(2023, 8, 5))
    first.event(
        "attack", first_text, date="2023-08-04", at=HARBOUR, killed=Count(value=30, qualifier="approx")
    )
    second_text = "At least 20 people were killed by the truck bomb at the Berbera port gate, medics said."
    second = ExtractionBuilder("rv-port-2", second_text, outlet="Coast Herald", published=date(2023, 8, 6))
    second.event(
        "attack", second_text, date="2023-08-04", at=HARBOUR, killed=Count(value=20, qualifier="at_least")
    )

    raid_one = "Gunmen killed at most 4 guards at a checkpoint near Erigavo on Sunday, officials said."
    raid = ExtractionBuilder("rv-raid-1", raid_one, outlet="Highland Wire", published=date(2023, 7, 3))
    erigavo = place("Erigavo", country="SO", lat=10.62, lon=47.37)
    raid.entity("Erigavo", "PLACE", country="SO", at=erigavo)
    raid.event("attack", raid_one, date="2023-07-02", at=erigavo, killed=Count(value=4, qualifier="at_most"))
    raid_two = "About 15 guards died when gunmen stormed the checkpoint near Erigavo, a medic said."
    raid2 = ExtractionBuilder("rv-raid-2", raid_two, outlet="Coast Herald", published=date(2023, 7, 3))
    raid2.entity("Erigavo", "PLACE", country="SO", at=erigavo)
    raid2.event("attack", raid_two, date="2023-07-02", at=erigavo, killed=Count(value=15, qualifier="approx"))

    talks_text = "Clan elders met in Berbera on Tuesday to discuss a ceasefire."
    talks = ExtractionBuilder("rv-talks", talks_text, outlet="Gulf Ledger", published=date(2023, 9, 13))
    talks.event("meeting", talks_text, date="2023-09-12", at=HARBOUR)

    old_text = "The Harbour Front was put on a sanctions list in 2011."
    old = ExtractionBuilder("rv-old", old_text, outlet="Highland Wire", published=date(2023, 10, 1))
    front = old.entity("Harbour Front", country="SO")
    old.event("sanction", old_text, date="2011", precision="year", targets=[front])
    hostile_text = 'Police said <img src=x onerror="window.__pwned = 1"> a grenade hit a kiosk in Hargeisa.'
    hostile = ExtractionBuilder("rv-hostile", hostile_text, outlet="<b>Loud</b>", published=date(2023, 10, 2))
    return [b.build() for b in (lone, first, second, raid, raid2, talks, old, hostile)]


@pytest.fixture(scope="module")
def review_server(
    playwright_browser: Any, tmp_path_factory: pytest.TempPathFactory, serve_app: Any
) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('review-web') / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(review_corpus())
    yield from serve_app(create_app(url, token=None))


@pytest.fixture
def tab(playwright_browser: Any, review_server: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = playwright_browser.new_context(base_url=review_server, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def event_id(tab: Any, type_: str, place_name: str | None) -> str:
    items = tab.request.get(f"/api/events?type={type_}&limit=50").json()["items"]
    found: str = next(e["id"] for e in items if (e["place"] or {}).get("name") == place_name)
    return found


def open_page(tab: Any, hash_: str) -> str:
    tab.goto(f"/{hash_}")
    tab.wait_for_selector("#app[data-state=ready]")
    text: str = tab.inner_text("#app")
    return text


def test_a_single_report_event_says_1_report_from_1_source(tab: Any) -> None:
    text = open_page(tab, f"#/event/{event_id(tab, 'attack', 'Burao')}")
    assert "1 report from 1 independent source" in text
    assert "1 reports" not in text and "1 independent sources" not in text
    assert tab.errors == []


def test_contradicting_values_keep_their_qualifiers(tab: Any) -> None:
    open_page(tab, f"#/event/{event_id(tab, 'attack', 'Berbera')}")
    values = tab.inner_text(".figures tbody tr td[data-label=Values]")
    assert "~30" in values and "≥20" in values


def test_a_year_only_date_is_shown_as_the_year(tab: Any) -> None:
    timeline = open_page(tab, "#/timeline")
    assert "2011-01-01" not in timeline
    assert tab.locator("ol.timeline li.event time", has_text="2011").count() == 1
    home = open_page(tab, "#/")
    assert "2011-01-01" not in home and "2011" in home


def test_the_map_list_does_not_invent_a_toll_of_0(tab: Any) -> None:
    tab.goto("/#/map")
    tab.wait_for_selector("#map .event-dot")
    tab.wait_for_selector("#app[data-state=ready]")
    meeting = tab.locator("ul.results li", has_text="meeting").inner_text()
    assert "killed" not in meeting
    attack = tab.locator("ul.results li", has_text="Burao").inner_text()
    assert "killed 6" in attack


def test_search_finds_other_forms_of_a_word_in_whole_documents(tab: Any) -> None:
    open_page(tab, "#/search?q=bombers")
    hits = tab.locator(".results.documents li.document-hit")
    assert {hits.nth(i).get_attribute("data-doc") for i in range(hits.count())} == {
        "rv-lone",
        "rv-port-1",
        "rv-port-2",
    }
    marks = tab.locator(".results.documents mark").all_inner_texts()
    assert marks and all(m.lower().startswith("bomb") for m in marks)
    assert tab.locator(".results.documents a.tag", has_text="event").count() >= 1


def test_a_document_snippet_with_markup_stays_text(tab: Any) -> None:
    open_page(tab, "#/search?q=grenade")
    snippet = tab.inner_text(".results.documents li[data-doc=rv-hostile] .snippet")
    assert '<img src=x onerror="window.__pwned = 1">' in snippet
    assert tab.locator(".results.documents img").count() == 0
    assert tab.evaluate("window.__pwned") is None
    open_page(tab, "#/search?q=submarine")
    assert "No document matches" in tab.inner_text("#app")


def test_the_contradictions_page_keeps_qualifiers(tab: Any) -> None:
    open_page(tab, "#/contradictions")
    row = tab.locator("tr.contradiction", has_text="Erigavo")
    assert row.locator("td.values").inner_text() == "≤4 vs ~15"
    assert row.locator("td.kind").inner_text() == "⚠ incompatible"
    assert "~15" in row.inner_text()


def test_the_page_names_its_icon_so_no_tab_logs_a_favicon_404(tab: Any) -> None:
    open_page(tab, "#/")
    # Without a declared icon every new tab asks for /favicon.ico and logs a 404 in the console.
    assert tab.request.get("/favicon.ico").status == 404
    icons = tab.locator("link[rel=icon]")
    assert icons.count() == 1
    assert icons.get_attribute("href").startswith("data:")


def test_a_place_page_gives_its_events_figures_as_the_events_page_does(tab: Any) -> None:
    open_page(tab, "#/entity/Erigavo")
    killed = tab.inner_text("#place-events tbody tr td[data-label=Killed]")
    assert killed.startswith("4–15") and "⚠" in killed  # the range and the contradiction, not one outlet's 4
