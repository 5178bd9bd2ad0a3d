"""What is wrong with a store, and the repairs Nexus can make itself (``nexus doctor``).

``diagnose(url)`` opens the database without migrating it and lists
``Problem`` records: the file is not a database or fails SQLite's integrity
check, the schema is behind this version of Nexus, tables are missing, the
full-text index of evidence sentences is missing or out of step with the
evidence. ``repair(url)`` re-runs the migrations, re-creates missing tables
and rebuilds the full-text index, and returns what it did; corruption inside
the file it cannot mend (restore a backup), and it says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from nexus.store import migrate
from nexus.store.engine import make_engine, redact, safe_url
from nexus.store.schema import metadata

_FTS_TABLE = "evidence_fts"
_FTS_TRIGGER = "evidence_fts_insert"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a store: what, and how to repair it."""

    what: str
    repair: str
    repairable: bool = True

    def __str__(self) -> str:
        return f"{self.what} — {self.repair}"


def diagnose(url: str | None) -> list[Problem]:
    """Everything wrong with the store at ``url`` (empty when it is healthy). Never migrates."""
    engine = make_engine(url)
    try:
        return _diagnose(engine, url)
    finally:
        engine.dispose()


def _diagnose(engine: Engine, url: str | None) -> list[Problem]:
    try:
        with engine.connect() as connection:
            problems = _integrity(connection)
            if problems:
                return problems
            names = set(inspect(connection).get_table_names())
    except SQLAlchemyError as exc:
        detail = redact(str(getattr(exc, "orig", None) or exc).splitlines()[0], url)
        return [
            Problem(
                f"cannot read {safe_url(url)}: {detail}", "check the path or URL and the permissions", False
            )
        ]
    problems = []
    current, head = migrate.current_revision(engine), migrate.head_revision()
    if current != head:
        problems.append(
            Problem(
                f"schema at revision {current or 'none'}, this Nexus expects {head}",
                "`nexus doctor --repair` runs the migrations",
            )
        )
    missing = sorted(set(metadata.tables) - names)
    if missing and current is not None:
        problems.append(
            Problem(
                f"missing table(s): {', '.join(missing)}", "`nexus doctor --repair` re-creates them (empty)"
            )
        )
    if engine.dialect.name == "sqlite" and current is not None and "evidence" in names:
        problems.extend(_sqlite_search(engine, names))
        problems.extend(_sqlite_document_search(engine, names))
    return problems


def _integrity(connection: Connection) -> list[Problem]:
    if connection.dialect.name != "sqlite":
        return []
    rows = [row[0] for row in connection.execute(text("PRAGMA quick_check")).all()]
    if rows == ["ok"]:
        return []
    return [
        Problem(
            f"the database file is corrupt: {'; '.join(rows[:3])}",
            "restore it from a backup, or re-ingest the documents into a new store",
            False,
        )
    ]


def _sqlite_search(engine: Engine, names: set[str]) -> list[Problem]:
    fix = "`nexus doctor --repair` rebuilds it from the evidence sentences"
    with engine.connect() as connection:
        if _FTS_TABLE not in names:
            return [Problem("the full-text index of evidence sentences is missing (search fails)", fix)]
        trigger = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = :n"), {"n": _FTS_TRIGGER}
        ).first()
        problems = []
        if trigger is None:
            problems.append(Problem("new evidence is no longer added to the full-text index", fix))
        indexed = connection.execute(text(f"SELECT count(*) FROM {_FTS_TABLE}")).scalar() or 0
        stored = connection.execute(text("SELECT count(*) FROM evidence")).scalar() or 0
        if indexed != stored:
            problems.append(
                Problem(
                    f"the full-text index holds {indexed} sentences for {stored} stored evidence rows", fix
                )
            )
        return problems


_DOC_FTS_TABLE = "document_fts"
_DOC_FTS_TRIGGER = "document_fts_version"


def _sqlite_document_search(engine: Engine, names: set[str]) -> list[Problem]:
    """The whole-text index of documents (migration 0002): present, fed and complete."""
    fix = "`nexus doctor --repair` rebuilds it from the stored documents"
    with engine.connect() as connection:
        if _DOC_FTS_TABLE not in names:
            return [Problem("the full-text index of documents is missing (search and ingest fail)", fix)]
        trigger = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = :n"), {"n": _DOC_FTS_TRIGGER}
        ).first()
        if trigger is None:
            return [Problem("new documents are no longer added to the full-text index", fix)]
        indexed = connection.execute(text(f"SELECT count(*) FROM {_DOC_FTS_TABLE}")).scalar() or 0
        stored = connection.execute(text("SELECT count(*) FROM documents")).scalar() or 0
        if indexed != stored:
            return [Problem(f"the document index holds {indexed} documents for {stored} stored", fix)]
        return []


def _rebuild_document_search(connection: Connection) -> int:
    connection.execute(text(f"DROP TRIGGER IF EXISTS {_DOC_FTS_TRIGGER}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {_DOC_FTS_TABLE}"))
    connection.execute(
        text(
            f"CREATE VIRTUAL TABLE {_DOC_FTS_TABLE} USING fts5("
            "doc_id UNINDEXED, title, text, tokenize = 'porter unicode61')"
        )
    )
    connection.execute(
        text(
            f"CREATE TRIGGER {_DOC_FTS_TRIGGER} AFTER INSERT ON document_versions BEGIN "
            f"DELETE FROM {_DOC_FTS_TABLE} WHERE new.version > 1 AND doc_id = new.doc_id; "  # see 0008
            f"INSERT INTO {_DOC_FTS_TABLE}(doc_id, title, text) VALUES (new.doc_id, new.title, new.text); END"
        )
    )
    return connection.execute(
        text(
            f"INSERT INTO {_DOC_FTS_TABLE}(doc_id, title, text) SELECT v.doc_id, v.title, v.text "
            "FROM document_versions v JOIN documents d ON d.id = v.doc_id AND d.version = v.version"
        )
    ).rowcount


def repair(url: str | None) -> list[str]:
    """Repair what can be repaired at ``url``; the actions taken, in order."""
    engine = make_engine(url)
    done: list[str] = []
    try:
        current = migrate.current_revision(engine)
        migrate.upgrade(engine)
        if current != migrate.head_revision():
            done.append(f"ran the migrations (from {current or 'an empty database'})")
        with engine.begin() as connection:
            missing = sorted(set(metadata.tables) - set(inspect(connection).get_table_names()))
            if missing:
                metadata.create_all(connection, tables=[metadata.tables[m] for m in missing])
                done.append(f"re-created table(s): {', '.join(missing)}")
            if engine.dialect.name == "sqlite":
                connection.execute(text(f"DROP TRIGGER IF EXISTS {_FTS_TRIGGER}"))
                connection.execute(text(f"DROP TABLE IF EXISTS {_FTS_TABLE}"))
                connection.execute(
                    text(f"CREATE VIRTUAL TABLE {_FTS_TABLE} USING fts5(sentence, evidence_id UNINDEXED)")
                )
                connection.execute(
                    text(
                        f"CREATE TRIGGER {_FTS_TRIGGER} AFTER INSERT ON evidence BEGIN "
                        f"INSERT INTO {_FTS_TABLE}(sentence, evidence_id) VALUES (new.sentence, new.id); END"
                    )
                )
                rows = connection.execute(
                    text(f"INSERT INTO {_FTS_TABLE}(sentence, evidence_id) SELECT sentence, id FROM evidence")
                ).rowcount
                done.append(f"rebuilt the full-text index ({rows} evidence sentences)")
                documents = _rebuild_document_search(connection)
                done.append(f"rebuilt the document index ({documents} documents)")
    finally:
        engine.dispose()
    return done
