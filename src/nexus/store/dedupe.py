"""Near-duplicate copies, so that a syndicated copy never counts as corroboration.

The detector is ``nexus.ingest.dedupe.NearDuplicateIndex`` (MinHash LSH). It
lives in memory, so the store replays every stored document into it, in
first-ingest order, before the first new document of a run: the same
documents in the same order give the same originals.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import select
from sqlalchemy.engine import Connection

from nexus.store.schema import document_versions, documents


class DuplicateIndex(Protocol):
    def add(self, doc_id: str, text: str) -> str | None: ...


def new_index() -> DuplicateIndex:
    from nexus.ingest.dedupe import NearDuplicateIndex

    return NearDuplicateIndex()


def load_index(connection: Connection) -> DuplicateIndex:
    """An index holding every stored document (first version's text), in ingest order."""
    index = new_index()
    rows = connection.execute(
        select(documents.c.id, document_versions.c.text)
        .join(
            document_versions,
            (document_versions.c.doc_id == documents.c.id) & (document_versions.c.version == 1),
        )
        .order_by(documents.c.seq)
    )
    for doc_id, text in rows:
        index.add(doc_id, text)
    return index
