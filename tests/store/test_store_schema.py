"""Opening, migrating and the agreement of migrations with the schema module."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from nexus.errors import StoreError
from nexus.store import Store, migrate, open_store, resolve_url
from nexus.store.schema import metadata

SEARCH_OBJECTS = {"evidence_fts", "sentence_tsv", "ix_evidence_sentence_tsv", "document_fts", "text_tsv"}


def test_open_store_migrates_to_head(store: Store) -> None:
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_migrations_create_exactly_the_schema_module(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = compare_metadata(context, metadata)
    names = {repr(d) for d in diffs}
    unexpected = [d for d in names if not any(s in d for s in SEARCH_OBJECTS) and "alembic_version" not in d]
    assert unexpected == []


def test_reopening_a_store_keeps_its_data(store_url: str) -> None:
    from nexus.store.samples import ExtractionBuilder

    with open_store(store_url) as first:
        first.ingest([ExtractionBuilder("d1", "A short report.").build()])
    with open_store(store_url) as second:
        assert second.counts()["documents"] == 1


def test_downgrade_to_base_then_upgrade_again(store: Store) -> None:
    migrate.downgrade(store.engine, "base")
    assert migrate.current_revision(store.engine) is None
    migrate.upgrade(store.engine)
    assert store.counts()["documents"] == 0


def test_default_url_comes_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEXUS_DB", "postgresql://u@h/db")
    assert resolve_url(None) == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("NEXUS_DB")
    assert resolve_url(None) == "sqlite:///./nexus.db"


def test_bare_path_is_a_sqlite_file(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"


def test_unreachable_database_is_a_clean_store_error() -> None:
    with pytest.raises(StoreError):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none")
