"""Full-text search over whole documents, stemmed: FTS5 (porter) on SQLite, tsvector on PostgreSQL.

The evidence-sentence index of 0001 finds only sentences a fact was drawn
from; this one covers every word of the current version of every document,
with English stemming (bomb, bombs, bombing), for ``nexus search``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 23:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE document_fts USING fts5("
            "doc_id UNINDEXED, title, text, tokenize = 'porter unicode61')"
        )
        # A new version replaces the document's row: the index holds current text only.
        op.execute(
            "CREATE TRIGGER document_fts_version AFTER INSERT ON document_versions BEGIN "
            "DELETE FROM document_fts WHERE doc_id = new.doc_id; "
            "INSERT INTO document_fts(doc_id, title, text) VALUES (new.doc_id, new.title, new.text); END"
        )
        op.execute(
            "INSERT INTO document_fts(doc_id, title, text) SELECT v.doc_id, v.title, v.text "
            "FROM document_versions v JOIN documents d ON d.id = v.doc_id AND d.version = v.version"
        )
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE document_versions ADD COLUMN text_tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED"
        )
        op.execute("CREATE INDEX ix_document_versions_text_tsv ON document_versions USING GIN (text_tsv)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS document_fts_version")
        op.execute("DROP TABLE IF EXISTS document_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_document_versions_text_tsv")
        op.execute("ALTER TABLE document_versions DROP COLUMN IF EXISTS text_tsv")
