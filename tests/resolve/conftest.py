"""Shared fixtures of the resolution tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nexus.store import open_store
from nexus.store.schema import event_reports

#: ``stored_events(reports, event_type)``: the current rows of ``event_reports`` (of one event type,
#: or of all with ``None``) once ``reports`` (``{"id", "text", "outlet", "published"}`` dicts) are
#: extracted and ingested into a fresh SQLite store under the test's ``tmp_path``.
StoredEvents = Callable[[list[dict[str, str]], str | None], list[Any]]
#: ``stored_attacks(reports)``: ``stored_events(reports, "attack")``.
StoredAttacks = Callable[[list[dict[str, str]]], list[Any]]


@pytest.fixture
def stored_events(tmp_path: Path) -> StoredEvents:
    def run(reports: list[dict[str, str]], event_type: str | None = None) -> list[Any]:
        from nexus.extract.pipeline import Extractor
        from nexus.ingest.readers import document_from_record

        extractor = Extractor()
        store = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
        try:
            store.ingest([extractor.extract(document_from_record(dict(r), "fixture")) for r in reports])
            query = select(event_reports).where(event_reports.c.superseded.is_(False))
            if event_type is not None:
                query = query.where(event_reports.c.type == event_type)
            with store.connect() as connection:
                return list(connection.execute(query).all())
        finally:
            store.close()

    return run


@pytest.fixture
def stored_attacks(stored_events: StoredEvents) -> StoredAttacks:
    return lambda reports: stored_events(reports, "attack")
