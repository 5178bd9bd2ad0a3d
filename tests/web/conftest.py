"""Browser tests: the real server on 127.0.0.1 (a free port, in a thread), Debian chromium via Playwright.

Skipped, with the reason, when /usr/bin/chromium, Playwright or the built UI
is missing, except under CI (``CI=true``), where a missing piece fails the
run. Each test leaves a screenshot of its page in ``test-artifacts/``.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nexus
from nexus.api import create_app
from nexus.api.app import DIST
from nexus.model import Extraction
from nexus.store.samples import ExtractionBuilder, place, sample_corpus

CHROMIUM = Path(os.environ.get("NEXUS_CHROMIUM", "/usr/bin/chromium"))
IN_CI = os.environ.get("CI", "").lower() == "true"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

#: A report whose text tries every way of running code in the page.
HOSTILE_TEXT = (
    'Police said <script>window.__pwned = 1; alert("script")</script> that '
    '<img src=x onerror="window.__pwned = 2; alert(1)"> Evil Front '
    '<a href="javascript:alert(3)">claimed</a> the blast in Quetta. '
    "Evil Front is allied with Lashkar-e-Taiba, officials said."
)
HOSTILE_NAME = '<img src=x onerror="window.__pwned = 2; alert(1)">'


def hostile_extraction() -> Extraction:
    b = ExtractionBuilder("hostile", HOSTILE_TEXT, outlet="<b>Bad Outlet</b>", published=date(2019, 4, 1))
    evil = b.entity("Evil Front", country="PK")
    b.entity(HOSTILE_NAME)
    let = b.entity("Lashkar-e-Taiba", country="PK")
    b.event(
        "attack",
        HOSTILE_TEXT.split(" Evil Front is")[0],
        date="2019-03-30",
        at=place("Quetta", country="PK", lat=30.18, lon=66.99),
        actors=[evil],
        killed=3,
    )
    b.relation(evil, "cooperation", let, "Evil Front is allied with Lashkar-e-Taiba, officials said.")
    return b.build()


#: A second outlet's report of the Quetta blast, published the same day as the hostile one:
#: 11 dead where the other says 3. Figures of one day that cannot both hold are a contradiction
#: (a higher toll published a day later would be an update, as the sample's 40 then 44 is).
SAME_DAY_TEXT = "Evil Front's bomb in Quetta on Saturday left 11 people dead, hospital doctors said."


def same_day_contradiction() -> Extraction:
    b = ExtractionBuilder("quetta-2", SAME_DAY_TEXT, outlet="Frontier Post", published=date(2019, 4, 1))
    evil = b.entity("Evil Front", country="PK")
    b.event(
        "attack",
        SAME_DAY_TEXT,
        date="2019-03-30",
        at=place("Quetta", country="PK", lat=30.18, lon=66.99),
        actors=[evil],
        killed=11,
        asserter="doctors",
    )
    return b.build()


def _missing(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def playwright_browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _missing(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright is not installed (pip install playwright)")
    if not (DIST / "index.html").is_file():
        _missing(f"the web UI is not built ({DIST}); run `make web`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


#: The access token of the protected test server (``protected_server``).
ACCESS_TOKEN = "web-test-access-token"


@pytest.fixture(scope="session")
def kb_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite KB: the sample corpus (a toll that rises, 40 then 44 a day later), a hostile
    report and a second outlet's report of its attack giving another toll the same day."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest([*sample_corpus(), same_day_contradiction(), hostile_extraction()])  # hostile last
    return url


def _serve(app: Any) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 (a free port) in a thread; yield its base URL until the end."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def serve_app() -> Callable[[Any], Iterator[str]]:
    """``serve_app(app)``: a generator serving ``app`` on 127.0.0.1 (a free port) in a thread;
    its first item is the base URL, and advancing it again stops the server."""
    return _serve


@pytest.fixture(scope="session")
def server(kb_url: str, playwright_browser: Any) -> Iterator[str]:
    """The base URL of ``nexus serve``'s app as on loopback: reads open, no token."""
    yield from _serve(create_app(kb_url, token=None))


@pytest.fixture(scope="session")
def access_token() -> str:
    """The token ``protected_server`` accepts."""
    return ACCESS_TOKEN


@pytest.fixture(scope="session")
def protected_server(kb_url: str, playwright_browser: Any) -> Iterator[str]:
    """The app as ``nexus serve --token`` runs it off loopback: every /api call needs the token.

    The guard protects reads by configuration (``protect_reads``), not by looking at the
    address it listens on, so the test serves it on 127.0.0.1.
    """
    yield from _serve(create_app(kb_url, token=ACCESS_TOKEN, protect_reads=True))


class PageWatch:
    """Dialogs opened and page errors raised while a test drives the page."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []


def _open_page(browser: Any, base_url: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(base_url=base_url, viewport={"width": 1400, "height": 1000})
    browser_page = context.new_page()
    watch = PageWatch()

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    browser_page.on("dialog", on_dialog)
    browser_page.on("pageerror", lambda error: watch.errors.append(str(error)))
    browser_page.watch = watch
    yield browser_page
    ARTIFACTS.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.fixture
def page(playwright_browser: Any, server: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh browser tab on the open (loopback) server; screenshot left in test-artifacts."""
    yield from _open_page(playwright_browser, server, request)


@pytest.fixture
def protected_page(
    playwright_browser: Any, protected_server: str, request: pytest.FixtureRequest
) -> Iterator[Any]:
    """A fresh browser tab (empty session storage) on the token-protected server."""
    yield from _open_page(playwright_browser, protected_server, request)
