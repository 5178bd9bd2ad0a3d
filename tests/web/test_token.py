"""The UI against a server whose reads need the token (``nexus serve --token`` off loopback):
it asks for the token in the page, keeps it in session storage only, sends it as a bearer
header and retries; a wrong token is refused and asked for again. On loopback nothing changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

TOKEN_KEY = "nexus.accessToken"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def api_requests(page: Any) -> list[Any]:
    """Every /api request the page sends from now on (the list fills as it goes)."""
    seen: list[Any] = []
    page.on("request", lambda request: seen.append(request) if "/api/" in request.url else None)
    return seen


def submit_token(page: Any, token: str) -> None:
    page.fill("#token-input", token)
    page.click("#token-form button[type=submit]")


def test_protected_server_asks_for_the_token_then_shows_data(protected_page: Any, access_token: str) -> None:
    page = protected_page
    sent = api_requests(page)
    page.goto("/")
    page.wait_for_selector("#token-form")
    assert "access token" in page.inner_text("#token-message")
    assert page.locator(".results.entities li").count() == 0  # nothing shown without the token
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "token-form.png"))

    submit_token(page, access_token)
    page.wait_for_selector("#app[data-state=ready]")
    assert "Jaish-e-Mohammed" in page.inner_text(".results.entities")
    assert page.locator("#token-gate").count() == 0

    # Kept for this tab only, never in local storage or the address; sent as a bearer header.
    assert page.evaluate(f"() => sessionStorage.getItem('{TOKEN_KEY}')") == access_token
    assert page.evaluate("() => localStorage.length") == 0
    assert access_token not in page.url
    answered = [r for r in sent if r.response() is not None and r.response().status == 200]
    assert answered, "no /api call succeeded"
    assert all(r.headers.get("authorization") == f"Bearer {access_token}" for r in answered)
    assert all(access_token not in r.url for r in sent)

    # Other pages and a reload use the kept token without asking again.
    page.goto("/#/contradictions")
    page.wait_for_selector("#app[data-page=contradictions][data-state=ready]")
    page.reload()
    page.wait_for_selector("#app[data-state=ready]")
    assert page.locator("#token-form").count() == 0
    assert "Error" not in page.inner_text("#app")
    assert page.watch.errors == []


def test_a_wrong_token_is_refused_and_asked_for_again(protected_page: Any, access_token: str) -> None:
    page = protected_page
    page.goto("/#/documents")
    page.wait_for_selector("#token-form[data-reason=needed]")

    submit_token(page, "not-the-token")
    page.wait_for_selector("#token-form[data-reason=refused]")
    assert "refused" in page.inner_text("#token-message")
    assert page.evaluate(f"() => sessionStorage.getItem('{TOKEN_KEY}')") is None
    assert page.get_attribute("#app", "data-state") == "loading"

    submit_token(page, "  ")  # blank: not sent, the form says what is missing
    assert "Enter the access token" in page.inner_text("#token-message")

    submit_token(page, access_token)
    page.wait_for_selector("#app[data-page=documents][data-state=ready]")
    assert page.locator("#token-gate").count() == 0
    assert page.locator("#app table, #app li").count() > 0
    assert page.watch.errors == []


def test_a_kept_token_that_stops_working_brings_the_form_back(protected_page: Any, access_token: str) -> None:
    page = protected_page
    page.goto("/#/timeline")
    page.wait_for_selector("#token-form[data-reason=needed]")
    page.evaluate(f"() => sessionStorage.setItem('{TOKEN_KEY}', 'an-old-token')")
    page.reload()  # as when the server was restarted with another token
    page.wait_for_selector("#token-form[data-reason=refused]")
    submit_token(page, access_token)
    page.wait_for_selector("#app[data-page=timeline][data-state=ready]")
    assert page.evaluate(f"() => sessionStorage.getItem('{TOKEN_KEY}')") == access_token


def test_hostile_text_typed_as_the_token_stays_text(protected_page: Any) -> None:
    page = protected_page
    page.goto("/")
    page.wait_for_selector("#token-form")
    submit_token(page, '<img src=x onerror="window.__pwned = 1">')
    page.wait_for_selector("#token-form[data-reason=refused]")
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("#token-gate img").count() == 0
    assert page.watch.dialogs == []


def test_loopback_server_without_a_token_never_asks_for_one(page: Any) -> None:
    sent = api_requests(page)
    page.goto("/")
    page.wait_for_selector("#app[data-state=ready]")
    assert "Jaish-e-Mohammed" in page.inner_text(".results.entities")
    assert page.locator("#token-form").count() == 0
    assert sent and all("authorization" not in r.headers for r in sent)
    assert page.evaluate("() => sessionStorage.length") == 0
