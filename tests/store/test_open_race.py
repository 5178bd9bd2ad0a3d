"""Several runs creating one new SQLite store at the same moment (two ``nexus ingest`` started
together on a path that does not exist yet): each opens it, none fails on the other's lock."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from nexus.store.core import open_store


def _open(url: str) -> str:
    try:
        open_store(url).engine.dispose()
    except Exception as exc:  # (the message goes back to the test)
        return str(exc)
    return "ok"


def test_runs_creating_one_new_sqlite_store_at_once_all_open_it(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")  # (alembic's configuration is per process)
    for k in range(3):
        url = f"sqlite:///{tmp_path / f'kb{k}.db'}"
        with context.Pool(4) as pool:
            assert pool.map(_open, [url] * 4) == ["ok"] * 4
