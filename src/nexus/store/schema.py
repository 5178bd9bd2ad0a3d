"""The knowledge-base schema, in SQLAlchemy Core.

Two kinds of tables live here, and the difference matters:

* **Statements** (``document_versions``, ``mentions``, ``evidence``,
  ``event_reports``, ``report_entities``, ``relation_statements``) record
  what one version of one document says, with its evidence. They are only
  ever inserted; a newer version of a document marks the older statements
  ``superseded`` but keeps them. Resolution rewrites their canonical-id
  columns (``mentions.canonical_id``, ``event_reports.event_id``,
  ``relation_statements.relation_id``) and nothing else, so every merge can
  be explained and undone.
* **Aggregates** (``entities``, ``entity_aliases``, ``events``,
  ``relations``) are derived from the statements by resolution and may be
  recomputed at any time.

``overrides`` and ``event_overrides`` (manual merges and splits), ``corrections``
(facts marked wrong; see ``nexus.store.corrections``), ``audit_log``, ``near_duplicates``,
``document_minhashes`` / ``minhash_bands`` (near-duplicate detection's index) and
``ingest_progress`` are bookkeeping. The alembic migrations in
``migrations/versions`` create exactly this schema; a test checks they agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "pk": "pk_%(table_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    }
)

ID = String(64)

documents = Table(
    "documents",
    metadata,
    Column("id", ID, primary_key=True),
    Column("version", Integer, nullable=False, doc="current version (1-based)"),
    Column("content_hash", String(64), nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", Date),
    Column("origin", Text),
    Column("duplicate_of", ID, doc="original this document is a near-duplicate copy of"),
    Column("batch", Integer, nullable=False, doc="ingest batch sequence number"),
    Column("seq", Integer, nullable=False, doc="order of first ingest; replays near-duplicate detection"),
)

document_versions = Table(
    "document_versions",
    metadata,
    Column("doc_id", ID, ForeignKey("documents.id"), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", Date),
    Column("origin", Text),
    Column("extractor", String(64)),
    Column("extractor_version", String(64)),
)

entities = Table(
    "entities",
    metadata,
    Column("id", ID, primary_key=True),
    Column("type", String(16), nullable=False, index=True),
    Column("subtype", String(32)),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False, index=True),
    Column("country", String(8)),
    Column("gazetteer_id", String(128)),
    Column("place_kind", String(16)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("n_documents", Integer, nullable=False, default=0),
    Column("merged_into", ID, doc="set when a merge emptied this entity; show() follows it"),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("entity_id", ID, primary_key=True),
    Column("alias_key", Text, primary_key=True),
    Column("alias", Text, nullable=False),
    Column("n_mentions", Integer, nullable=False, default=0),
    Index("ix_entity_aliases_alias_key", "alias_key"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", ID, primary_key=True),
    Column("doc_id", ID, nullable=False, index=True),
    Column("doc_version", Integer, nullable=False),
    Column("local_id", Text, nullable=False, doc="the entity id inside its extraction"),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("subtype", String(32)),
    Column("country", String(8)),
    Column("gazetteer_id", String(128)),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Column("spans", JSON, nullable=False),
    Column("place", JSON),
    Column("auto_canonical_id", ID, nullable=False, doc="what automatic resolution chose"),
    Column("canonical_id", ID, nullable=False, index=True, doc="after manual overrides"),
    Column("superseded", Boolean, nullable=False, default=False),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", ID, primary_key=True),
    Column("doc_id", ID, nullable=False, index=True),
    Column("doc_version", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("outlet", Text),
    Column("superseded", Boolean, nullable=False, default=False),
)

events = Table(
    "events",
    metadata,
    Column("id", ID, primary_key=True),
    Column("type", String(32), nullable=False),
    Column("date_iso", String(10)),
    Column("date_precision", String(8)),
    Column("date_day", Date, doc="first day the date can mean; used for windows and sorting"),
    Column("place_name", Text),
    Column("place_kind", String(16)),
    Column("country", String(8)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("place_derivation", Text, doc="how a borrowed point was derived ('at Lira'); null: a gazetteer's"),
    Column("n_reports", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("contradictory", Boolean, nullable=False, default=False),
    Index("ix_events_type_date_day", "type", "date_day"),
    Index("ix_events_type_date_precision_date_day", "type", "date_precision", "date_day"),
)

event_reports = Table(
    "event_reports",
    metadata,
    Column("id", ID, primary_key=True),
    Column("event_id", ID, nullable=False, index=True),
    Column("doc_id", ID, nullable=False, index=True),
    Column("doc_version", Integer, nullable=False),
    Column("local_id", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("trigger", Text),
    Column("date_iso", String(10)),
    Column("date_precision", String(8)),
    Column("date_text", Text),
    Column("date_day", Date),
    Column("place_name", Text),
    Column("place_kind", String(16)),
    Column("country", String(8)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("place_derivation", Text, doc="how the extractor derived a borrowed point (Place.derivation)"),
    Column("killed", Integer),
    Column("killed_qualifier", String(16)),
    Column("injured", Integer),
    Column("injured_qualifier", String(16)),
    Column("missing", Integer),
    Column("missing_qualifier", String(16)),
    Column("attackers_killed", Integer),
    Column("attackers_killed_qualifier", String(16)),
    Column("method", Text),
    Column("actors", JSON, nullable=False, doc="actors as the extraction gives them"),
    Column("targets", JSON, nullable=False),
    Column("alternatives", JSON, nullable=False),
    Column("claimed_figures", JSON, doc="figure fields only the claimant's own count gives"),
    Column("outlet", Text),
    Column("published", Date),
    Column("evidence_id", ID, nullable=False),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("cues", JSON, nullable=False),
    Column("asserter", Text),
    Column("confidence", Float, nullable=False, default=0.5),
    Column("superseded", Boolean, nullable=False, default=False),
    Column("auto_event_id", ID, doc="what automatic event identity chose (before manual overrides)"),
    Column("resolution", JSON, doc="why the report is in its event: kind, score, reasons"),
)

report_entities = Table(
    "report_entities",
    metadata,
    Column("report_id", ID, primary_key=True),
    Column("mention_id", ID, primary_key=True),
    Column("role", String(8), primary_key=True, doc="actor or target"),
    Index("ix_report_entities_mention_id", "mention_id"),
)

relations = Table(
    "relations",
    metadata,
    Column("id", ID, primary_key=True),
    Column("source_id", ID, nullable=False, index=True),
    Column("type", String(32), nullable=False),
    Column("target_id", ID, nullable=False, index=True),
    Column("roles", JSON, nullable=False),
    Column("first_seen", Date),
    Column("last_seen", Date),
    Column("first_seen_precision", String(8), doc="month or year when first_seen is that coarse (null: day)"),
    Column("last_seen_precision", String(8), doc="month or year when last_seen is that coarse (null: day)"),
    Column("n_statements", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0, doc="independent documents"),
    Column("n_hedged", Integer, nullable=False, default=0),
    Column("hedged_share", Float, nullable=False, default=0.0),
    Column("asserters", JSON, nullable=False),
    Column(
        "origin", String(8), nullable=False, default="stated", server_default="stated", doc="stated or event"
    ),
    Column("event_ids", JSON, doc="origin event: the events the link is derived from"),
)

event_link_reports = Table(  # derived from event reports by nexus.store.event_links (an aggregate)
    "event_link_reports",
    metadata,
    Column("relation_id", ID, primary_key=True),
    Column("report_id", ID, primary_key=True),
    Column("event_id", ID, nullable=False, index=True),
    Column("source_id", ID, nullable=False),
    Column("type", String(32), nullable=False),
    Column("target_id", ID, nullable=False),
    Column("seen", Date),
    Column("seen_precision", String(8), doc="day, month or year: how much of seen the report's date gives"),
    Column("doc_id", ID, nullable=False),
    Column("source_key", ID, nullable=False, doc="the independent source (a copy counts for its original)"),
    Column("evidence_id", ID, nullable=False),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("asserter", Text),
)

relation_statements = Table(
    "relation_statements",
    metadata,
    Column("id", ID, primary_key=True),
    Column("relation_id", ID, nullable=False, index=True),
    Column("doc_id", ID, nullable=False, index=True),
    Column("doc_version", Integer, nullable=False),
    Column("local_id", Text, nullable=False),
    Column("source_mention", ID, nullable=False, index=True),
    Column("target_mention", ID, nullable=False, index=True),
    Column("type", String(32), nullable=False),
    Column("role", Text),
    Column("date_iso", String(10)),
    Column("date_precision", String(8)),
    Column("seen", Date, doc="the statement's own date, else its document's publication date"),
    Column("outlet", Text),
    Column("published", Date),
    Column("evidence_id", ID, nullable=False),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("cues", JSON, nullable=False),
    Column("asserter", Text),
    Column("confidence", Float, nullable=False, default=0.5),
    Column("superseded", Boolean, nullable=False, default=False),
)

near_duplicates = Table(
    "near_duplicates",
    metadata,
    Column("doc_id", ID, primary_key=True),
    Column("original_id", ID, nullable=False, index=True),
    Column("method", String(32), nullable=False),
)

overrides = Table(
    "overrides",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False, doc="merge or split"),
    Column("entity_id", ID, nullable=False, doc="merge: the survivor; split: the entity split"),
    Column("other_id", ID, nullable=False, doc="merge: the absorbed id; split: the new id"),
    Column("forms", JSON, nullable=False, doc="split: the name keys that move to other_id"),
)

event_overrides = Table(
    "event_overrides",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False, doc="merge or split"),
    Column("event_id", ID, nullable=False, doc="merge: the survivor; split: the event split"),
    Column("other_id", ID, nullable=False, doc="merge: the absorbed id; split: the new id"),
    Column("docs", JSON, nullable=False, doc="the documents whose reports move (merge: those of other_id)"),
    Column("type", String(32), doc="the event type (a merge moves reports of this type only)"),
    Column("reports", JSON, doc="the reports that move (ReportRef dicts); null on overrides older than 0007"),
)

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False, doc="event, relation or report: what is marked wrong"),
    Column("target", ID, nullable=False, doc="its id; the fact is hidden from views, never deleted"),
    Column("reason", Text, nullable=False),
    Column("label", Text, nullable=False, doc="what the fact said when marked, for the audit list"),
    Column("who", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True), doc="set by undo: the fact shows again"),
    Column("undone_by", Text),
    Index("ix_corrections_kind_target", "kind", "target"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("who", Text, nullable=False),
    Column("action", String(32), nullable=False, doc="correct, undo, entity-merge, entity-split, event-..."),
    Column("target", Text, nullable=False),
    Column("detail", JSON, nullable=False),
    Column("correction_id", Integer, doc="the correction this entry made or undid"),
)

document_minhashes = Table(
    "document_minhashes",
    metadata,
    Column("doc_id", ID, primary_key=True),
    Column("fingerprint", String(64), nullable=False, index=True, doc="SHA-256 of the words: exact copies"),
    Column(
        "hashvalues", LargeBinary, doc="MinHash of the first version's shingles (none: a text without words)"
    ),
)

minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("bucket", String(32), primary_key=True, doc="hash of an LSH band number and its signature slice"),
    Column("doc_id", ID, primary_key=True),
)

ingest_progress = Table(
    "ingest_progress",
    metadata,
    Column("doc_id", ID, primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    Column("batch", Integer, nullable=False),
    Column("status", String(8), nullable=False, doc="done or failed"),
    Column("error", Text),
)

#: Tables whose rows are statements: never deleted, only superseded or re-pointed.
STATEMENT_TABLES = (
    document_versions,
    mentions,
    evidence,
    event_reports,
    report_entities,
    relation_statements,
)
