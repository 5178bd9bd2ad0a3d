"""Event links keep their dates' precision; event overrides name the reports they move.

``event_link_reports.seen_precision`` and ``relations.first_seen_precision``
/ ``last_seen_precision`` say when a link's first or last date is only a
month or a year ("2019", "2019-03"), so views do not show 2019-01-01 as a
day. ``event_overrides.reports`` lists the reports a manual merge or split
moved (``nexus.resolve.overrides.ReportRef``), so a replay moves only those.

Data: event links are derived again (their precision); older overrides keep
moving whole documents (``reports`` stays null).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 04:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_link_reports") as batch:
        batch.add_column(sa.Column("seen_precision", sa.String(length=8), nullable=True))
    with op.batch_alter_table("relations") as batch:
        batch.add_column(sa.Column("first_seen_precision", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("last_seen_precision", sa.String(length=8), nullable=True))
    with op.batch_alter_table("event_overrides") as batch:
        batch.add_column(sa.Column("reports", sa.JSON(), nullable=True))
    from nexus.store import event_links

    event_links.backfill(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("event_overrides") as batch:
        batch.drop_column("reports")
    with op.batch_alter_table("relations") as batch:
        batch.drop_column("last_seen_precision")
        batch.drop_column("first_seen_precision")
    with op.batch_alter_table("event_link_reports") as batch:
        batch.drop_column("seen_precision")
