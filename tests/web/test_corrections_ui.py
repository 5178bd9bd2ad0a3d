"""Corrections in the UI behind the write token: mark an event and a link wrong (hidden from the
pages), undo from the audit page (shown again), split and merge an entity; what the analyst
types is shown as text. Its own server and knowledge base, since these tests write."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import nexus
from nexus.api import create_app
from nexus.store.samples import sample_corpus

pytestmark = pytest.mark.browser

TOKEN = "ui-correction-token"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
HOSTILE_REASON = '<img src=x onerror="window.__pwned = 1"> not what the wire said'


@pytest.fixture
def writable(
    playwright_browser: Any, tmp_path: Path, request: pytest.FixtureRequest, serve_app: Any
) -> Iterator[Any]:
    """A tab on a fresh knowledge base served with a write token (reads open, as on loopback)."""
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(sample_corpus())
    served = serve_app(create_app(url, token=TOKEN))
    context = playwright_browser.new_context(base_url=next(served), viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.errors = errors
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: dialog.dismiss())
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()
    next(served, None)  # stops the server


def ready(page: Any) -> None:
    page.wait_for_selector("#app[data-state=ready]")


def event_id_at(page: Any, town: str) -> str:
    items = page.request.get("/api/events?limit=100").json()["items"]
    return str(next(e["id"] for e in items if e["place"] and e["place"]["name"] == town))


def mark_wrong(page: Any, scope: str, reason: str, who: str | None = None) -> None:
    page.click(f"{scope} .mark-wrong")
    page.fill(f"{scope} .wrong-form input[name=reason]", reason)
    if who is not None:
        page.fill(f"{scope} .wrong-form input[name=who]", who)
    page.click(f"{scope} .wrong-form button[type=submit]")


def give_token(page: Any) -> None:
    page.wait_for_selector("#token-form")
    page.fill("#token-input", TOKEN)
    page.click("#token-form button[type=submit]")


def test_mark_an_event_wrong_then_undo_it_from_the_audit_page(writable: Any) -> None:
    page = writable
    rally = event_id_at(page, "Lahore")
    sent: list[Any] = []
    page.on("request", lambda r: sent.append(r) if r.method == "POST" else None)
    page.goto(f"/#/event/{rally}")
    ready(page)
    mark_wrong(page, ".event-correction", HOSTILE_REASON, who="Dana Ruiz")
    give_token(page)  # the first write is refused (401): the token form, then the call is retried
    page.wait_for_selector(".event-correction .correction[data-state=marked]")
    posted = [r for r in sent if r.url.endswith("/api/corrections")]
    assert posted[-1].headers["authorization"] == f"Bearer {TOKEN}"
    assert posted[-1].headers["x-nexus-analyst"] == "Dana%20Ruiz"

    page.goto("/#/map")
    page.wait_for_selector("#map .event-dot")
    assert page.locator(f'#map .event-dot[data-event="{rally}"]').count() == 0
    page.goto(f"/#/event/{rally}")
    ready(page)
    assert "Not found" in page.inner_text("#app")

    page.goto("/#/audit")
    ready(page)
    row = page.locator("tr.action-correct")
    assert "Dana Ruiz" in row.inner_text() and HOSTILE_REASON in row.inner_text()
    assert page.evaluate("() => document.querySelectorAll('#app img').length") == 0
    row.locator("button.undo").click()
    page.wait_for_selector("tr.action-undo")
    ready(page)
    assert "undone by Dana Ruiz" in page.inner_text("tr.action-correct")
    assert page.locator("button.undo").count() == 0

    page.goto("/#/map")
    page.wait_for_selector(f'#map .event-dot[data-event="{rally}"]')
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.errors == []


def test_mark_a_link_wrong_on_the_entity_page_and_undo_at_once(writable: Any) -> None:
    page = writable
    page.goto("/#/entity/Lashkar-e-Taiba")
    ready(page)
    link = page.locator("li.link", has_text="Muridke")
    link.locator("summary").click()
    mark_wrong(page, 'li.link:has-text("Muridke")', "the group moved its base")
    give_token(page)
    page.wait_for_selector("li.link .correction[data-state=marked]")
    page.reload()
    ready(page)
    assert page.locator("li.link", has_text="Muridke").count() == 0  # hidden after the reload

    page.goto("/#/audit")
    ready(page)
    page.click("tr.action-correct button.undo")
    page.wait_for_selector("tr.action-undo")
    page.goto("/#/entity/Lashkar-e-Taiba")
    ready(page)
    assert page.locator("li.link", has_text="Muridke").count() == 1


def test_split_a_spelling_off_and_merge_it_back(writable: Any) -> None:
    page = writable
    page.goto("/#/entity/Jaish-e-Mohammed")
    ready(page)
    page.click("#entity-corrections summary")
    page.check("#split-form input[value='Jaish-e-Muhammad']")
    page.click("#split-form button[type=submit]")
    give_token(page)
    page.wait_for_selector(".entity-head h1 >> text=Jaish-e-Muhammad")
    ready(page)

    page.click("#entity-corrections summary")
    page.fill("#merge-absorb", "Jaish-e-Mohammed")
    page.click("#merge-form button[type=submit]")
    page.wait_for_function(
        "() => ['Jaish-e-Mohammed', 'Jaish-e-Muhammad'].every(n => "
        "((document.querySelector('.entity-head h1')?.textContent || '') + "
        "(document.querySelector('.facts')?.textContent || '')).includes(n))"
    )
    ready(page)
    names = page.inner_text(".entity-head h1") + page.inner_text(".facts")
    assert "Jaish-e-Mohammed" in names and "Jaish-e-Muhammad" in names

    page.goto("/#/audit")
    ready(page)
    actions = page.locator("tr.audit-entry").evaluate_all("rows => rows.map(r => r.dataset.action)")
    assert actions == ["entity-merge", "entity-split"]
    assert page.errors == []


def test_without_the_token_nothing_is_written(writable: Any) -> None:
    page = writable
    rally = event_id_at(page, "Lahore")
    page.goto(f"/#/event/{rally}")
    ready(page)
    mark_wrong(page, ".event-correction", "a guess")
    page.wait_for_selector("#token-form")
    page.fill("#token-input", "not-the-token")
    page.click("#token-form button[type=submit]")
    page.wait_for_selector("#token-form[data-reason=refused]")
    assert page.request.get("/api/corrections").json() == []
