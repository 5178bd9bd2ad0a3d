"""Event places say how a borrowed point was derived.

``event_reports.place_derivation`` keeps the extractor's ``Place.derivation``
("at Lira", "between Gulu and Lira", "about 25 km north of Lira"): the point
of a place no gazetteer knows, lent by a known place the text sets it by.
``events.place_derivation`` is that of the report whose place the event
took (``linker.event_identity``), so a reader of the knowledge base can tell
a gazetteer's point from a borrowed one.

Data: older reports and events keep null (read as a gazetteer's point, or no point).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_reports") as batch:
        batch.add_column(sa.Column("place_derivation", sa.Text(), nullable=True))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("place_derivation", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("place_derivation")
    with op.batch_alter_table("event_reports") as batch:
        batch.drop_column("place_derivation")
