"""Links derived from events, kept apart from stated relations.

``relations.origin`` says whether a link is stated by a sentence
(``stated``) or derived from events (``event``: claimed, attacked, struck,
sanctioned, met, visited); ``relations.event_ids`` lists the events behind an
event link. ``event_link_reports`` holds one row per (link, report) so a link
can be re-aggregated when some of its events change.

Data: the links of the events already stored are derived, and hostility
statements (formerly stored as a sorted, undirected pair) are re-pointed to
relations read from the accuser or attacker to the accused or attacked.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 01:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("relations") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=8), nullable=False, server_default="stated"))
        batch.add_column(sa.Column("event_ids", sa.JSON(), nullable=True))
    op.create_table(
        "event_link_reports",
        sa.Column("relation_id", sa.String(length=64), nullable=False),
        sa.Column("report_id", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("seen", sa.Date(), nullable=True),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("source_key", sa.String(length=64), nullable=False),
        sa.Column("evidence_id", sa.String(length=64), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("asserter", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("relation_id", "report_id", name=op.f("pk_event_link_reports")),
    )
    op.create_index(op.f("ix_event_link_reports_event_id"), "event_link_reports", ["event_id"])
    _backfill()


def _backfill() -> None:
    """Links of the events already stored; hostility statements re-pointed to directed relations."""
    from nexus.store import event_links, linker

    connection = op.get_bind()
    event_links.backfill(connection)
    rows = connection.execute(
        sa.text("SELECT source_mention, target_mention FROM relation_statements WHERE type = 'hostility'")
    ).all()
    mention_ids = {m for row in rows for m in row}
    if mention_ids:
        linker.refresh_relations(connection, linker.repoint_relation_statements(connection, mention_ids))


def downgrade() -> None:
    op.drop_index(op.f("ix_event_link_reports_event_id"), table_name="event_link_reports")
    op.drop_table("event_link_reports")
    with op.batch_alter_table("relations") as batch:
        batch.drop_column("event_ids")
        batch.drop_column("origin")
