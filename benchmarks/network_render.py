"""Time to first render of the network view, in Debian chromium (cold page load, median of 5).

    .venv/bin/python benchmarks/network_render.py [--docs 2000] [--db URL --entity NAME]

Without ``--db`` it builds a synthetic KB (``nexus.store.samples.synthetic_extraction``);
prints the API time for the network and the browser's navigation → first Cytoscape frame.
Needs the built UI (``make web``), Playwright and /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

import nexus
from nexus.api import create_app
from nexus.store.samples import synthetic_extraction

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--db")
    parser.add_argument("--entity", default="Group 1 Brigade")
    parser.add_argument("--depth", type=int, default=2)
    args = parser.parse_args()
    db = args.db
    if db is None:
        db = f"sqlite:///{Path(tempfile.mkdtemp()) / 'kb.db'}"
        with nexus.open(db) as kb:
            kb.ingest(synthetic_extraction(i) for i in range(args.docs))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(db, token=None), host="127.0.0.1", port=port, log_level="warning")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        runs = []
        for _ in range(5):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{base}/#/network/{args.entity}?depth={args.depth}")
            page.wait_for_selector("#graph[data-render-ms]", timeout=60_000)
            runs.append(page.evaluate("() => window.__nexusMetrics"))
            size = page.evaluate("() => [window.__nexusCy.nodes().length, window.__nexusCy.edges().length]")
            page.close()
        browser.close()
    server.should_exit = True
    since_nav = statistics.median(r["networkFirstRenderSinceNavigationMs"] for r in runs)
    since_route = statistics.median(r["networkFirstRenderMs"] for r in runs)
    fetch = statistics.median(r["networkFetchMs"] for r in runs)
    print(f"network of {args.entity!r} depth {args.depth}: {size[0]} nodes, {size[1]} edges")
    print(f"API call (fetch + JSON): {fetch:.0f} ms")
    print(f"first render: {since_nav:.0f} ms after navigation, {since_route:.0f} ms after the route started")


if __name__ == "__main__":
    main()
