"""The document index (SQLite FTS5) takes a new document at a cost that does not grow with the store.

Migration 0008: only a new version of a known document deletes an older
index row; a first version is just inserted, instead of scanning every
indexed document for a row to replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from nexus.store import open_store
from nexus.store.schema import document_versions


def _version(doc_id: str, version: int, words: str) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "version": version,
        "content_hash": f"{doc_id}-{version}",
        "text": words,
        "title": None,
        "extractor": "test",
        "extractor_version": "0",
    }


def _steps(connection: Any, row: dict[str, Any]) -> int:
    """SQLite virtual-machine steps (in hundreds) that inserting ``row`` takes, triggers included."""
    raw = connection.connection.driver_connection
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    raw.set_progress_handler(tick, 100)
    try:
        connection.execute(insert(document_versions), [row])
    finally:
        raw.set_progress_handler(None, 100)
    return count[0]


def test_a_first_version_is_indexed_without_reading_the_index(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'kb.db'}") as store, store.write() as connection:
        body = " ".join(f"harbour{i % 37} convoy{i % 11}" for i in range(200))
        for i in range(40):
            connection.execute(insert(document_versions), [_version(f"a{i}", 1, body)])
        small = _steps(connection, _version("probe-1", 1, body))
        for i in range(40, 800):
            connection.execute(insert(document_versions), [_version(f"a{i}", 1, body)])
        large = _steps(connection, _version("probe-2", 1, body))
        assert large < small * 2  # twenty times the documents, about the same work


def test_a_new_version_replaces_the_indexed_text(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'kb.db'}") as store, store.write() as connection:
        connection.execute(insert(document_versions), [_version("d1", 1, "the ferry left at dawn")])
        connection.execute(insert(document_versions), [_version("d2", 1, "a ferry was delayed")])
        connection.execute(insert(document_versions), [_version("d1", 2, "the barge left at noon")])
        rows = connection.execute(text("SELECT doc_id, text FROM document_fts ORDER BY doc_id")).all()
        found = connection.execute(
            text("SELECT doc_id FROM document_fts WHERE document_fts MATCH 'ferry'")
        ).scalars()
        assert [tuple(r) for r in rows] == [("d1", "the barge left at noon"), ("d2", "a ferry was delayed")]
        assert list(found) == ["d2"]
