"""The knowledge base on disk: schema, migrations, SQLite and PostgreSQL.

``open_store(url)`` opens (and migrates) a store; ``Store.ingest`` adds
extractions; ``nexus.store.reader`` holds the read queries the Python API
(``nexus.open``) is built on.
"""

from nexus.store.core import DocumentResult, IngestSummary, Store, StoreDamaged, open_store
from nexus.store.engine import DEFAULT_URL, resolve_url

__all__ = [
    "DEFAULT_URL",
    "DocumentResult",
    "IngestSummary",
    "Store",
    "StoreDamaged",
    "open_store",
    "resolve_url",
]
