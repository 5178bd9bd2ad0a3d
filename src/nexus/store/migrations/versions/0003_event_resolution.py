"""Event identity explained and overridable: the decision on each report, manual event merges/splits.

``event_reports.auto_event_id`` keeps what automatic identity chose and
``event_reports.resolution`` why (kind, score, reasons); ``event_overrides``
records ``nexus event merge`` / ``event split`` so they are replayed on
every later ingest, like the entity ``overrides``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 23:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_reports") as batch:
        batch.add_column(sa.Column("auto_event_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("resolution", sa.JSON(), nullable=True))
    op.create_table(
        "event_overrides",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("other_id", sa.String(length=64), nullable=False),
        sa.Column("docs", sa.JSON(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_event_overrides")),
    )


def downgrade() -> None:
    op.drop_table("event_overrides")
    with op.batch_alter_table("event_reports") as batch:
        batch.drop_column("resolution")
        batch.drop_column("auto_event_id")
