"""Alembic environment for the Nexus store.

Run programmatically by ``nexus.store.migrate.upgrade``: the caller passes an
open connection in ``config.attributes["connection"]``, so no alembic.ini
and no URL in a file are needed. Offline (SQL script) mode is not supported.
"""

from __future__ import annotations

from alembic import context

from nexus.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when misused from the alembic CLI
    raise RuntimeError("nexus migrations run through nexus.store.migrate.upgrade(engine)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
