"""Near-duplicate detection's index kept in the store: MinHash signatures and LSH bands.

Also an index on events (type, date precision, day) for coarse candidate events.

Before, every run replayed every stored text into an in-memory MinHash index
(a cost per stored document on each start); the signature of each document
(``document_minhashes``) and its LSH band buckets (``minhash_bands``) are now
stored with it and looked up, never rebuilt. Stores migrated from before
fill both tables on their next ingest (``nexus.store.dedupe.load_index``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_minhashes",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("hashvalues", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("doc_id", name=op.f("pk_document_minhashes")),
    )
    op.create_index(
        op.f("ix_document_minhashes_fingerprint"), "document_minhashes", ["fingerprint"], unique=False
    )
    op.create_table(
        "minhash_bands",
        sa.Column("bucket", sa.String(length=32), nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("bucket", "doc_id", name=op.f("pk_minhash_bands")),
    )
    # Coarse (month/year) candidate events by an index range, not a scan of every event of a type.
    op.create_index(
        "ix_events_type_date_precision_date_day",
        "events",
        ["type", "date_precision", "date_day"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_events_type_date_precision_date_day", table_name="events")
    op.drop_table("minhash_bands")
    op.drop_index(op.f("ix_document_minhashes_fingerprint"), table_name="document_minhashes")
    op.drop_table("document_minhashes")
