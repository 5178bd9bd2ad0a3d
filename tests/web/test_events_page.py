"""The events page, the event page on a phone and the place page, in Debian chromium.

A knowledge base of its own (``events_corpus``: events in two countries, qualified figures, a
toll that rose from 12 to 19 a day later, two ingest batches) plus one report whose actor's name
looks like a spreadsheet formula and a second outlet's report of the Basra raid that gives
another toll the same day (a contradiction). Each test leaves a screenshot in ``test-artifacts/``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nexus
from nexus.api import create_app
from nexus.model import Extraction
from nexus.store.event_samples import events_corpus
from nexus.store.samples import ExtractionBuilder, place

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
#: An actor name a spreadsheet would run as a formula if the CSV did not defuse it.
FORMULA_NAME = "=Tide Brigade"


def formula_report() -> Extraction:
    text = "Fighters of the =Tide Brigade, as the group styles itself, shelled a pier in Aden, killing 3."
    b = ExtractionBuilder("ev-t1", text, outlet='Coast "Morning" Post, Aden', published=date(2021, 9, 5))
    tide = b.entity(FORMULA_NAME, country="YE")
    b.event(
        "attack",
        text,
        date="2021-09-04",
        at=place("Aden", country="YE", lat=12.8, lon=45.03),
        actors=[tide],
        killed=3,
    )
    return b.build()


def basra_same_day_report() -> Extraction:
    """The Basra raid (five dead in ``events_corpus``) as another outlet told it the same day: nine."""
    text = "Nine Northern Wolves militants died when soldiers raided their hideout near Basra overnight."
    b = ExtractionBuilder("ev-b2", text, outlet="Gulf Courier", published=date(2020, 11, 2))
    wolves = b.entity("Northern Wolves", country="IQ")
    b.event(
        "military_action",
        text,
        date="2020-11-01",
        at=place("Basra", country="IQ", lat=30.51, lon=47.81),
        targets=[wolves],
        killed=9,
    )
    return b.build()


@pytest.fixture(scope="module")
def events_server(
    playwright_browser: Any, tmp_path_factory: pytest.TempPathFactory, serve_app: Any
) -> Iterator[str]:
    """The app over the events knowledge base, on 127.0.0.1 in a thread."""
    url = f"sqlite:///{tmp_path_factory.mktemp('events-web') / 'kb.db'}"
    first, second = events_corpus()
    with nexus.open(url) as kb:
        kb.ingest([*first, formula_report(), basra_same_day_report()])
        kb.ingest(second)
    yield from serve_app(create_app(url, token=None))


def _tab(
    browser: Any, base_url: str, request: pytest.FixtureRequest, width: int, height: int
) -> Iterator[Any]:
    context = browser.new_context(
        base_url=base_url, viewport={"width": width, "height": height}, accept_downloads=True
    )
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.errors = errors
    yield tab
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.fixture
def tab(playwright_browser: Any, events_server: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A desktop-sized tab on the events server."""
    yield from _tab(playwright_browser, events_server, request, 1400, 1000)


@pytest.fixture
def phone(playwright_browser: Any, events_server: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A 390 x 844 tab (a phone held upright) on the events server."""
    yield from _tab(playwright_browser, events_server, request, 390, 844)


def open_events(tab: Any, query: str = "") -> None:
    tab.goto(f"/#/events{query}")
    tab.wait_for_selector("#app[data-page=events][data-state=ready]")


def rows(tab: Any) -> list[dict[str, str]]:
    """The events table as {column: text} per row."""
    found: list[dict[str, str]] = tab.evaluate(
        """() => [...document.querySelectorAll('table.event-list tbody tr')].map(tr =>
            Object.fromEntries([...tr.cells].map(td => [td.dataset.label, td.innerText.trim()])))"""
    )
    return found


def total(tab: Any) -> int:
    return int(tab.get_attribute("#events-total", "data-total"))


def test_events_page_lists_every_event_with_figures_actors_and_sources(tab: Any) -> None:
    open_events(tab)
    by_place = {r["Place"].split(",")[0]: r for r in rows(tab)}
    assert list(by_place) == ["Basra", "Kandahar", "Mosul", "Aden", "Herat"]  # oldest first
    assert total(tab) == 5
    kandahar = by_place["Kandahar"]
    assert kandahar["Date"] == "2021-05-02" and kandahar["Type"] == "attack"
    assert kandahar["Killed"] == "≥20" and kandahar["Injured"] == "~30"  # qualifiers as the CLI writes them
    assert kandahar["Actors"] == "Crimson Hand"
    # 12 dead, then 19 a day later from another outlet: an update over time, shown as the range
    # with the latest figure, without the contradiction mark
    mosul = by_place["Mosul"]
    assert mosul["Killed"].startswith("12–19") and "latest: 19" in mosul["Killed"]
    assert "⚠" not in mosul["Killed"] and mosul["Sources"] == "2"
    # 5 and 9 dead, both said the day after the raid: they cannot both hold
    basra = by_place["Basra"]
    assert basra["Killed"].startswith("5–9") and basra["Killed"].endswith("⚠") and basra["Sources"] == "2"
    contradicted = tab.locator("tr.contradictory .contradiction-mark")
    assert contradicted.count() == 1
    assert "5 vs 9" in contradicted.get_attribute("title")
    assert tab.locator("tr.contradictory", has_text="Mosul").count() == 0
    assert by_place["Herat"]["Killed"] == ""
    tab.click("tr.contradictory td[data-label=Type] a")
    tab.wait_for_selector("#app[data-page=event][data-state=ready]")
    assert "Basra" in tab.inner_text("h1")
    assert tab.errors == []


def apply_filters(tab: Any, **fields: str) -> None:
    form = "#event-filters"
    for name, value in fields.items():
        selector = f"{form} [name={name}]"
        if tab.eval_on_selector(selector, "el => el.tagName") == "SELECT":
            tab.select_option(selector, value)
        else:
            tab.fill(selector, value)
    tab.click(f"{form} button[type=submit]")
    tab.wait_for_function("() => location.hash.includes('?') || location.hash === '#/events'")
    # ready for the new address, not still the previous page's "ready" before the router runs
    tab.wait_for_function(
        """() => { const app = document.querySelector('#app');
            return app.dataset.route === location.hash && app.dataset.state === 'ready'; }"""
    )
    tab.wait_for_selector("#app[data-page=events][data-state=ready]")


def places(tab: Any) -> list[str]:
    return [r["Place"].split(",")[0] for r in rows(tab)]


def test_filters_by_type_country_dates_actor_and_minimum_sources(tab: Any) -> None:
    open_events(tab)
    apply_filters(tab, type="attack")
    assert "type=attack" in tab.url
    assert places(tab) == ["Kandahar", "Mosul", "Aden"]
    apply_filters(tab, country="IQ")
    assert places(tab) == ["Mosul"] and total(tab) == 1
    apply_filters(tab, type="", country="", since="2021", until="2021-07")
    assert places(tab) == ["Kandahar", "Mosul"]
    apply_filters(tab, since="", until="", actor="Crimson Hand")
    assert places(tab) == ["Kandahar", "Herat"]
    apply_filters(tab, actor="", min_sources="2")
    assert places(tab) == ["Basra", "Mosul"]
    # the filters are in the address: reloading keeps the view
    tab.reload()
    tab.wait_for_selector("#app[data-page=events][data-state=ready]")
    assert places(tab) == ["Basra", "Mosul"]
    assert tab.input_value("#event-filters [name=min_sources]") == "2"
    assert (
        tab.get_attribute("#events-on-map", "href") == "#/map?min_sources=2"
    )  # the map reads the same filters
    apply_filters(tab, min_sources="", actor="Nobody Of That Name")
    assert "Not found" in tab.inner_text("#app .error")
    assert tab.errors == []


def settled(tab: Any, column: str, order: str) -> None:
    """Wait until the page drawn for the new hash is on screen: ready, with rows, and ``column``'s
    header showing ``order`` (a click changes the hash before the router clears the old page)."""
    tab.wait_for_function(
        f"""() => document.querySelector('#app')?.dataset.state === 'ready'
            && document.querySelectorAll('table.event-list tbody tr').length > 0
            && document.querySelector('th a.sort[data-sort={column}]')?.closest('th')
                ?.getAttribute('aria-sort') === '{order}'"""
    )


def test_columns_sort_both_ways(tab: Any) -> None:
    open_events(tab)
    tab.click("th a.sort[data-sort=killed]")
    settled(tab, "killed", "descending")
    assert places(tab) == ["Kandahar", "Mosul", "Basra", "Aden", "Herat"]
    assert tab.get_attribute("th.sorted", "aria-sort") == "descending"
    tab.click("th a.sort[data-sort=killed]")
    settled(tab, "killed", "ascending")
    assert places(tab) == ["Aden", "Basra", "Mosul", "Kandahar", "Herat"]  # no toll: last either way
    tab.click("th a.sort[data-sort=sources]")
    settled(tab, "sources", "descending")
    assert places(tab)[:2] == ["Basra", "Mosul"]  # two sources each, then by date
    tab.click("th a.sort[data-sort=date]")
    tab.wait_for_function("() => location.hash === '#/events'")
    settled(tab, "date", "ascending")
    assert places(tab)[0] == "Basra"


def read_download(tab: Any) -> list[dict[str, str]]:
    with tab.expect_download() as info:
        tab.click("#export-csv")
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    text = Path(download.path()).read_bytes().decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_export_saves_the_current_view_as_csv(tab: Any) -> None:
    open_events(tab, "?type=attack&sort=-killed")
    exported = read_download(tab)
    assert [r["place"].split(",")[0] for r in exported] == ["Kandahar", "Mosul", "Aden"]  # filtered, in order
    kandahar, mosul, aden = exported
    assert kandahar["killed"] == "≥20" and kandahar["injured"] == "~30"
    assert kandahar["actors"] == "Crimson Hand" and kandahar["country"] == "AF"
    assert mosul["killed"].startswith("12–19") and mosul["contradicting"] == ""  # a rising toll: an update
    assert mosul["sources"] == "2" and mosul["reports"] == "2"
    assert aden["actors"] == "'" + FORMULA_NAME  # a spreadsheet shows it, never runs it
    assert set(exported[0]) >= {"id", "date", "type", "place", "actors", "killed", "injured", "sources"}
    open_events(tab, "?type=military_action")
    (basra,) = read_download(tab)
    # said the same day: both cannot hold
    assert basra["killed"].startswith("5–9") and basra["contradicting"] == "killed"


def test_event_page_fits_a_390_px_phone(phone: Any) -> None:
    listed = phone.request.get("/api/events", params={"limit": 50}).json()["items"]
    assert listed
    for event in sorted(listed, key=lambda e: not e["contradictory"]):  # the contradicted one last on screen
        phone.goto(f"/#/event/{event['id']}")
        phone.wait_for_selector("#app[data-page=event][data-state=ready]")
        width = phone.evaluate("() => document.scrollingElement.scrollWidth")
        assert width <= 390, f"event {event['id']} is {width} px wide"
    phone.goto(f"/#/event/{next(e['id'] for e in listed if e['contradictory'])}")
    phone.wait_for_selector("#app[data-page=event][data-state=ready]")
    # the figures table became cards: no header row, each value labelled
    assert phone.eval_on_selector("table.figures thead", "el => getComputedStyle(el).display") == "none"
    assert phone.eval_on_selector("table.figures tbody tr", "el => getComputedStyle(el).display") == "block"
    assert phone.evaluate("() => document.scrollingElement.scrollWidth") <= 390
    assert phone.errors == []


def test_events_list_and_home_fit_a_phone_too(phone: Any) -> None:
    for hash_, name in (("#/events", "events"), ("#/", "home")):
        phone.goto(f"/{hash_}")
        phone.wait_for_selector(f"#app[data-page={name}][data-state=ready]")
        assert phone.evaluate("() => document.scrollingElement.scrollWidth") <= 390, name


def _with_place_sections(route: Any, tab: Any) -> None:
    """The entity response, with ``events``/``actors`` filled from /api/events where absent.

    Another change adds these fields to the place response; until it is in, the test provides
    them from the events list so the page's rendering is tested either way.
    """
    response = route.fetch()
    body = response.json()
    entity = body["entity"]
    if entity["type"] == "PLACE" and ("events" not in body or "actors" not in body):
        events = tab.request.get("/api/events", params={"place": entity["name"]}).json()["items"]
        body.setdefault(
            "events",
            [
                {
                    "id": e["id"],
                    "type": e["type"],
                    "date": e["date"],
                    "place": e["place"]["name"],
                    "killed": (e["figures"].get("killed") or {}).get("most_corroborated"),
                    "injured": (e["figures"].get("injured") or {}).get("most_corroborated"),
                }
                for e in events
            ],
        )
        counts: dict[str, dict[str, Any]] = {}
        for e in events:
            for actor in e["actors"]:
                counts.setdefault(actor["id"], {**actor, "count": 0})["count"] += 1
        body.setdefault("actors", list(counts.values()))
    route.fulfill(response=response, json=body)


def test_place_page_lists_its_events_and_actors(tab: Any) -> None:
    tab.route("**/api/entities/*", lambda route: _with_place_sections(route, tab))
    tab.goto("/#/entity/Kandahar")
    tab.wait_for_selector("#app[data-page=entity][data-state=ready]")
    assert "Events here" in tab.inner_text("#place-events-heading")
    cells = tab.eval_on_selector_all("#place-events tbody tr td", "tds => tds.map(td => td.innerText.trim())")
    assert cells == ["2021-05-02", "attack", "Kandahar", "≥20", "~30"]
    assert "Crimson Hand" in tab.inner_text("#place-actors")
    assert "1 event" in tab.inner_text("#place-actors")
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "place-page.png"), full_page=True)
    tab.click("#place-events-link")
    tab.wait_for_selector("#app[data-page=events][data-state=ready]")
    assert places(tab) == ["Kandahar"]
    assert tab.errors == []


def test_a_page_without_place_sections_shows_none(tab: Any) -> None:
    tab.goto("/#/entity/Crimson Hand")
    tab.wait_for_selector("#app[data-page=entity][data-state=ready]")
    assert tab.locator("#place-events, #place-actors").count() == 0
    assert tab.locator("table.events tbody tr").count() == 2  # the group's own events, as before
    assert tab.errors == []
