"""Opening a store: URL defaults, engine set-up per dialect, migrations on open.

SQLite needs two adjustments to behave like PostgreSQL where Nexus relies on
it: Python's sqlite3 module opens transactions lazily and cannot nest them,
so we take over BEGIN ourselves (SQLAlchemy's documented recipe), which makes
SAVEPOINTs work and DDL transactional; and WAL journaling, so a process
killed mid-batch leaves the last committed batch intact.

Writers take their turn. A connection with the execution option
``nexus_write=True`` (``Store.write``) starts with ``BEGIN IMMEDIATE`` on
SQLite, taking the database's write lock up front and waiting for it (busy
timeout) rather than failing: a deferred transaction that reads first and
writes later cannot wait, because SQLite cannot upgrade a stale read
snapshot ("database is locked" at once). Readers are never blocked (WAL).

Error messages never show a password: ``redact`` removes it from any text
that may quote the URL (our messages, driver errors).
"""

from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from nexus.errors import StoreError

DEFAULT_URL = "sqlite:///./nexus.db"
#: SQLite's page cache per connection, in KiB (SQLite's default is 2 MiB): a store's indexes
#: outgrow 2 MiB after a few thousand documents, and every insert into a B-tree whose pages
#: fell out of the cache reads them back from the file, so the cost per document grew with
#: the store. The cache holds pages actually used, so a small store does not pay for it.
SQLITE_CACHE_KIB = 65_536
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
        raise StoreError(redact(f"cannot open {resolved!r}: {exc}", resolved)) from None
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("nexus_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


#: ``scheme://user:password@`` in free text (a URL quoted in an error message).
_QUERY_PASSWORD = re.compile(r"(?P<head>[?&](?:password|passwd|pwd)=)[^&\s]+", re.I)
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)(?P<password>[^@\s]+)(?=@)", re.I)


def safe_url(url: str | None) -> str:
    """The store URL (see ``resolve_url``) with any password shown as ``***``."""
    resolved = resolve_url(url)
    try:
        return redact(make_url(resolved).render_as_string(hide_password=True))
    except ArgumentError:
        return redact(resolved)


def redact(text: str, url: str | None = None) -> str:
    """``text`` without passwords: in any ``scheme://user:pw@``, and (given ``url``) its password anywhere."""
    cleaned = _URL_PASSWORD.sub(lambda m: m.group("head") + "***", text)
    cleaned = _QUERY_PASSWORD.sub(lambda m: m.group("head") + "***", cleaned)  # "?password=..."
    if url is not None:
        try:
            password = make_url(resolve_url(url)).password
        except ArgumentError:
            password = None
        if password:
            for form in {str(password), quote(str(password), safe=""), unquote(str(password))}:
                if len(form) >= 3:
                    cleaned = cleaned.replace(form, "***")
    return cleaned
