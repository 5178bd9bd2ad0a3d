"""Opening a store: URL defaults, engine set-up per dialect, migrations on open.

SQLite needs two adjustments to behave like PostgreSQL where Nexus relies on
it: Python's sqlite3 module opens transactions lazily and cannot nest them,
so we take over BEGIN ourselves (SQLAlchemy's documented recipe), which makes
SAVEPOINTs work and DDL transactional; and WAL journaling, so a process
killed mid-batch leaves the last committed batch intact.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from nexus.errors import StoreError

DEFAULT_URL = "sqlite:///./nexus.db"
ENV_VAR = "NEXUS_DB"


def resolve_url(url: str | None) -> str:
    """The database URL to use: the argument, else ``$NEXUS_DB``, else ``./nexus.db``.

    A bare path (no ``://``) is taken as a SQLite file; ``postgresql://`` is
    routed to psycopg 3, the driver Nexus installs.
    """
    chosen = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in chosen:
        chosen = f"sqlite:///{chosen}"
    if chosen.startswith("postgresql://") or chosen.startswith("postgres://"):
        chosen = "postgresql+psycopg://" + chosen.split("://", 1)[1]
    return chosen


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (see ``resolve_url``), configured for its dialect."""
    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(resolved, connect_args={"timeout": 60})
            _configure_sqlite(engine)
        else:
            engine = create_engine(resolved, pool_pre_ping=True)
    except (ArgumentError, SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"cannot open {resolved!r}: {exc}") from exc
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")
