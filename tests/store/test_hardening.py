"""Concurrent writers, secrets in errors, damaged stores and ``nexus doctor`` (issue 13, items 11-12)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

import nexus
from nexus.cli import app
from nexus.errors import StoreError
from nexus.store import open_store
from nexus.store.engine import redact, safe_url
from nexus.store.health import diagnose, repair
from nexus.store.samples import sample_corpus, synthetic_extraction

runner = CliRunner()


def _ingest_range(url: str, first: int, last: int, results: Any) -> None:
    try:
        with open_store(url) as store:
            summary = store.ingest((synthetic_extraction(i) for i in range(first, last)), batch_size=2)
        results.put(("ok", summary.added + summary.unchanged, summary.failed))
    except Exception as exc:  # reported to the parent, which fails the test
        results.put(("error", type(exc).__name__, str(exc)))


def test_two_concurrent_ingests_wait_their_turn_and_store_the_union(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    open_store(url).close()  # an existing store, as in the report
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    workers = [
        context.Process(target=_ingest_range, args=(url, 0, 30, results)),
        context.Process(target=_ingest_range, args=(url, 20, 50, results)),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    outcomes = sorted(results.get(timeout=5) for _ in workers)
    assert outcomes == [("ok", 30, 0), ("ok", 30, 0)], outcomes
    with open_store(url) as store:
        assert store.counts()["documents"] == 50
        with store.connect() as connection:
            seqs = connection.execute(text("SELECT seq FROM documents")).scalars().all()
    assert len(set(seqs)) == 50  # no two documents share an ingest position


# ------------------------------------------------------------------ secrets


def test_a_postgres_password_never_appears_in_the_error() -> None:
    secret = "Sup3r-S3cret-pw"
    with pytest.raises(StoreError) as caught:
        open_store(f"postgresql://analyst:{secret}@127.0.0.1:1/kb")
    assert secret not in str(caught.value)
    assert "analyst:***@" in str(caught.value)


def test_redact_removes_passwords_in_urls_and_quoted_forms() -> None:
    assert redact("dsn postgresql://u:p%40ss@h/db failed") == "dsn postgresql://u:***@h/db failed"
    assert "p@ss" not in redact("password 'p@ss' rejected", "postgresql://u:p%40ss@h/db")
    assert safe_url("postgresql://u:hunter22@h/db") == "postgresql+psycopg://u:***@h/db"
    assert "qsecret" not in safe_url("postgresql://u@h/db?password=qsecret&sslmode=require")
    assert "sslmode=require" in safe_url("postgresql://u@h/db?password=qsecret&sslmode=require")


def test_a_password_in_the_query_string_never_appears_in_the_error() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://analyst@127.0.0.1:1/kb?password=QueryS3cret")
    assert "QueryS3cret" not in str(caught.value)


# ------------------------------------------------------------------ damaged stores


@pytest.fixture
def damaged(tmp_path: Path) -> str:
    """A store whose full-text index was dropped."""
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(sample_corpus())
        with kb.store.engine.begin() as connection:
            connection.execute(text("DROP TABLE evidence_fts"))
    return url


def test_a_damaged_store_gives_a_clear_error_on_read_and_write(damaged: str) -> None:
    with nexus.open(damaged) as kb:
        with pytest.raises(StoreError, match=r"damaged.*nexus doctor"):
            kb.search("attack")
        with pytest.raises(StoreError, match=r"damaged.*nexus doctor"):
            kb.ingest([synthetic_extraction(7)])


def test_doctor_names_the_problem_and_repairs_it(damaged: str) -> None:
    [problem] = diagnose(damaged)
    assert "full-text index" in problem.what and "--repair" in problem.repair
    actions = repair(damaged)
    assert any("rebuilt the full-text index" in a for a in actions)
    assert diagnose(damaged) == []
    with nexus.open(damaged) as kb:
        assert kb.search("Pulwama")
        kb.ingest([synthetic_extraction(8)])  # new evidence is indexed again
    assert diagnose(damaged) == []


def test_doctor_command(damaged: str) -> None:
    sick = runner.invoke(app, ["doctor", "--db", damaged])
    assert sick.exit_code == 1
    assert "full-text index" in sick.output and "repair:" in sick.output
    mended = runner.invoke(app, ["doctor", "--db", damaged, "--repair"])
    assert mended.exit_code == 0, mended.output
    assert "healthy" in mended.output


def test_doctor_reports_a_missing_table_and_an_old_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    open_store(url).close()
    with open_store(url) as store, store.engine.begin() as connection:
        connection.execute(text("DROP TABLE overrides"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    whats = " | ".join(p.what for p in diagnose(url))
    assert "missing table(s): overrides" in whats


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    path.write_bytes(b"this is not sqlite at all" * 200)
    with pytest.raises(StoreError, match="not a database"):
        open_store(str(path))
    [problem] = diagnose(str(path))
    assert not problem.repairable


def test_doctor_finds_and_rebuilds_a_missing_document_index(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'docs.db'}"
    with nexus.open(url) as kb:
        kb.ingest(sample_corpus())
        with kb.store.engine.begin() as connection:
            connection.execute(text("DROP TABLE document_fts"))
            connection.execute(text("DROP TRIGGER IF EXISTS document_fts_version"))
    [problem] = diagnose(url)
    assert "index of documents" in problem.what
    assert any("rebuilt the document index" in a for a in repair(url))
    assert diagnose(url) == []
    with nexus.open(url) as kb:
        kb.ingest([synthetic_extraction(9)])  # new documents are indexed again
        assert kb.search_documents("Pulwama")
    assert diagnose(url) == []
