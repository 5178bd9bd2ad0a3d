"""Read queries the API needs and ``nexus.store.reader`` does not offer (yet).

Documents with their mentions and statements, an entity's roles and
first/last-seen dates, name suggestions for type-ahead and one relation by
id. Same rules as the reader: superseded statements are never shown, the
current version of a document is the one returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from nexus.api.schemas import DocumentDetail, DocumentSummary, MentionOut, StatementOut
from nexus.store import corrections, reader
from nexus.store.records import EntityRef, EntitySummary, RelationRecord
from nexus.store.schema import (
    document_versions,
    documents,
    entities,
    entity_aliases,
    event_reports,
    evidence,
    mentions,
    relation_statements,
    relations,
)


def _document_summary(row: Any) -> DocumentSummary:
    return DocumentSummary(
        id=row.id,
        title=row.title,
        url=row.url,
        outlet=row.outlet,
        published=row.published,
        version=row.version,
        duplicate_of=row.duplicate_of,
    )


def list_documents(connection: Connection, *, limit: int, offset: int) -> list[DocumentSummary]:
    """Documents, in the order they were first ingested."""
    rows = connection.execute(
        select(documents).order_by(documents.c.seq, documents.c.id).limit(limit).offset(offset)
    ).all()
    return [_document_summary(row) for row in rows]


def document_summary(connection: Connection, doc_id: str) -> DocumentSummary | None:
    row = connection.execute(select(documents).where(documents.c.id == doc_id)).first()
    return _document_summary(row) if row is not None else None


def document_detail(connection: Connection, doc_id: str) -> DocumentDetail | None:
    """The current version's text, where it names entities, and what it states (with spans)."""
    row = connection.execute(select(documents).where(documents.c.id == doc_id)).first()
    if row is None:
        return None
    text = connection.execute(
        select(document_versions.c.text).where(
            document_versions.c.doc_id == doc_id, document_versions.c.version == row.version
        )
    ).scalar_one_or_none()
    mention_rows = connection.execute(
        select(mentions.c.canonical_id, mentions.c.spans).where(
            mentions.c.doc_id == doc_id, mentions.c.superseded.is_(False)
        )
    ).all()
    refs = reader.entity_refs(connection, {m.canonical_id for m in mention_rows})
    found: list[MentionOut] = []
    body = text or ""
    for mention in mention_rows:
        ref = refs.get(mention.canonical_id)
        if ref is None:
            continue
        for start, end in mention.spans or []:
            if 0 <= start < end <= len(body):
                found.append(MentionOut(entity=ref, start=start, end=end, text=body[start:end]))
    found.sort(key=lambda m: (m.start, -m.end, m.entity.id))
    return DocumentDetail(
        **_document_summary(row).model_dump(),
        text=body,
        mentions=found,
        statements=_statements(connection, doc_id),
    )


def _statements(connection: Connection, doc_id: str) -> list[StatementOut]:
    out: list[StatementOut] = []
    for table, kind, id_column in (
        (event_reports, "event", event_reports.c.event_id),
        (relation_statements, "relation", relation_statements.c.relation_id),
    ):
        rows = connection.execute(
            select(id_column.label("target_id"), table.c.type, table.c.hedged, evidence)
            .join(evidence, evidence.c.id == table.c.evidence_id)
            .where(table.c.doc_id == doc_id, table.c.superseded.is_(False))
            .where(id_column.not_in(corrections.hidden_targets(kind)))  # facts marked wrong
        ).all()
        out.extend(
            StatementOut(
                kind=kind,
                id=r.target_id,
                type=r.type,
                sentence=r.sentence,
                start=r.start,
                end=r.end,
                hedged=r.hedged,
            )
            for r in rows
        )
    out.sort(key=lambda s: (s.start, s.kind, s.id))
    return out


def entity_roles_and_dates(
    connection: Connection, entity_id: str
) -> tuple[list[str], date | None, date | None]:
    """Roles the texts give an entity, and the first and last publication dates naming it."""
    roles: dict[str, int] = {}
    for (found,) in connection.execute(
        select(mentions.c.roles).where(mentions.c.canonical_id == entity_id, mentions.c.superseded.is_(False))
    ):
        for role in found or []:
            roles[role] = roles.get(role, 0) + 1
    first, last = connection.execute(
        select(func.min(documents.c.published), func.max(documents.c.published)).where(
            documents.c.id.in_(
                select(mentions.c.doc_id).where(
                    mentions.c.canonical_id == entity_id, mentions.c.superseded.is_(False)
                )
            )
        )
    ).one()
    return sorted(roles, key=lambda r: (-roles[r], r)), first, last


def suggest_entities(connection: Connection, text: str, *, limit: int) -> list[EntitySummary]:
    """Entities one of whose names contains ``text`` (case-insensitive); prefix matches first."""
    needle = text.strip().lower()
    if not needle:
        return []
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = connection.execute(
        select(entity_aliases.c.entity_id, entity_aliases.c.alias, entities.c.n_documents)
        .join(entities, entities.c.id == entity_aliases.c.entity_id)
        .where(func.lower(entity_aliases.c.alias).like(pattern, escape="\\"), entities.c.n_mentions > 0)
        .order_by(entities.c.n_documents.desc(), entity_aliases.c.alias)
        .limit(limit * 5)
    ).all()
    ranked = sorted(rows, key=lambda r: (not r.alias.lower().startswith(needle), -r.n_documents, r.alias))
    ids: list[str] = []
    for row in ranked:
        if row.entity_id not in ids:
            ids.append(row.entity_id)
    return _summaries(connection, ids[:limit])


def _summaries(connection: Connection, ids: Sequence[str]) -> list[EntitySummary]:
    """Summaries of a few entities (type-ahead pages are short), in the order given."""
    rows = {r.id: r for r in connection.execute(select(entities).where(entities.c.id.in_(list(ids))))}
    aliases: dict[str, list[str]] = {}
    for row in connection.execute(
        select(entity_aliases)
        .where(entity_aliases.c.entity_id.in_(list(ids)))
        .order_by(entity_aliases.c.n_mentions.desc(), entity_aliases.c.alias)
    ):
        aliases.setdefault(row.entity_id, []).append(row.alias)
    return [
        EntitySummary(
            id=r.id,
            name=r.name,
            type=r.type,
            subtype=r.subtype,
            country=r.country,
            n_mentions=r.n_mentions,
            n_documents=r.n_documents,
            aliases=aliases.get(r.id, []),
        )
        for r in (rows[i] for i in ids if i in rows)
    ]


def relation_by_id(connection: Connection, relation_id: str, *, evidence_limit: int) -> RelationRecord | None:
    row = connection.execute(select(relations).where(relations.c.id == relation_id)).first()
    if row is None:
        return None
    records = reader.relation_records(connection, [row], evidence_limit)  # [] when marked wrong
    return records[0] if records else None


def entity_ref(connection: Connection, entity_id: str) -> EntityRef | None:
    return reader.entity_refs(connection, [entity_id]).get(entity_id)
