"""Schema migrations, run in code: alembic with ``script_location`` set here.

The migration scripts ship inside the package (``nexus/store/migrations``),
so an installed Nexus can upgrade any store it opens without an alembic.ini.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:  # alembic loads only when a store is migrated or inspected
    from alembic.config import Config

SCRIPT_LOCATION = "nexus.store:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An alembic Config pointing at the packaged migrations (and, if given, a connection)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration this version of Nexus knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the store at ``engine`` is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the store up to ``revision``; a no-op when it is already there."""
    from alembic import command

    if revision == "head" and current_revision(engine) == head_revision():
        return
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Step the store back to ``revision`` (``base`` drops everything)."""
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
