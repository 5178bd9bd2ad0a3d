"""The ``store`` fixture: every store test runs on SQLite and on PostgreSQL; ``attack_reports``
reads a document's current attack reports.

PostgreSQL cases need ``NEXUS_TEST_PG_URL`` (see ``.ci/postgres.sh``); they
are skipped without it, except under CI (``CI=true``), where a missing server
is a failure rather than a silent skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nexus.model import Extraction
from nexus.store import Store, open_store
from nexus.store.samples import postgres_schema_url
from nexus.store.schema import event_reports

PG_URL = os.environ.get("NEXUS_TEST_PG_URL")
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database of each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kb.db'}"
        return
    if not PG_URL:
        if IN_CI:
            pytest.fail("CI=true but NEXUS_TEST_PG_URL is unset: start PostgreSQL with .ci/postgres.sh")
        pytest.skip("NEXUS_TEST_PG_URL is unset")
    with postgres_schema_url(PG_URL, f"t_{uuid.uuid4().hex[:12]}") as url:
        yield url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    kb = open_store(store_url)
    yield kb
    kb.close()


def _current_attacks(store: Store, extraction: Extraction) -> list[Any]:
    with store.connect() as connection:
        return list(
            connection.execute(
                select(event_reports).where(
                    event_reports.c.doc_id == extraction.document.id,
                    event_reports.c.type == "attack",
                    event_reports.c.superseded.is_(False),
                )
            ).all()
        )


@pytest.fixture
def attack_reports() -> Callable[[Store, Extraction], list[Any]]:
    """``(store, extraction) -> rows``: the extraction's attack reports the store holds now
    (``event_reports`` rows, superseded versions left out)."""
    return _current_attacks
