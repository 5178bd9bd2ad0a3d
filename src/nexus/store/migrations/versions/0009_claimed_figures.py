"""Event reports say which figures only the claimant's own count gives.

``event_reports.claimed_figures`` lists the figure fields (``killed`` ...) whose
count the extractor found only in a claim's words ("the group said its fighters
had killed 26 of them", told in the outlet's own words): the event's latest toll
passes over such a count while other sources give one
(``nexus.resolve.figures``).

Data: older reports keep null (their figures are read as before).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 12:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_reports") as batch:
        batch.add_column(sa.Column("claimed_figures", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_reports") as batch:
        batch.drop_column("claimed_figures")
