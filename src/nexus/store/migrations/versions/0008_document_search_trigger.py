"""SQLite: a new document is added to the document index without reading the whole index.

The trigger of 0002 first deleted the document's older row from
``document_fts`` by ``doc_id``, an unindexed FTS5 column: a scan of every
indexed document for each document stored, so ingest slowed down in
proportion to the store's size (quadratic overall). Only a new version of a
known document (``version > 1``) can have an older row, so the delete now
runs for those alone; a first version is simply inserted. PostgreSQL keeps
its generated ``tsvector`` column (nothing to change).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 05:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_TRIGGER = (
    "CREATE TRIGGER document_fts_version AFTER INSERT ON document_versions BEGIN "
    "DELETE FROM document_fts WHERE {guard}doc_id = new.doc_id; "
    "INSERT INTO document_fts(doc_id, title, text) VALUES (new.doc_id, new.title, new.text); END"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS document_fts_version")
        op.execute(_TRIGGER.format(guard="new.version > 1 AND "))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS document_fts_version")
        op.execute(_TRIGGER.format(guard=""))
