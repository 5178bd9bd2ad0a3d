"""Shared fixtures of the resolution tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nexus.store import open_store
from nexus.store.schema import event_reports

#: ``stored_attacks(reports)``: the current attack rows of ``event_reports`` once ``reports``
#: (``{"id", "text", "outlet", "published"}`` dicts) are extracted and ingested into a fresh
#: SQLite store under the test's ``tmp_path``.
StoredAttacks = Callable[[list[dict[str, str]]], list[Any]]


@pytest.fixture
def stored_attacks(tmp_path: Path) -> StoredAttacks:
    def run(reports: list[dict[str, str]]) -> list[Any]:
        from nexus.extract.pipeline import Extractor
        from nexus.ingest.readers import document_from_record

        extractor = Extractor()
        store = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
        try:
            store.ingest([extractor.extract(document_from_record(dict(r), "fixture")) for r in reports])
            with store.connect() as connection:
                return list(
                    connection.execute(
                        select(event_reports).where(
                            event_reports.c.superseded.is_(False), event_reports.c.type == "attack"
                        )
                    ).all()
                )
        finally:
            store.close()

    return run
