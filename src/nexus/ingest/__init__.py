"""Ingest: files, folders and stdin in; clean ``Document`` objects (and failure records) out.

``iter_documents`` is the entry point; ``NearDuplicateIndex`` links
syndicated copies to their original; ``RunReport`` tallies a run for the CLI.
"""

from __future__ import annotations

from nexus.ingest.dedupe import NearDuplicateIndex, similarity
from nexus.ingest.normalize import normalize_text
from nexus.ingest.readers import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_EXTENSIONS,
    IngestFailure,
    document_from_record,
    html_to_text,
    iter_documents,
    read_file,
)
from nexus.ingest.report import RunReport
from nexus.ingest.run_ids import unique_ids

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "IngestFailure",
    "NearDuplicateIndex",
    "RunReport",
    "document_from_record",
    "html_to_text",
    "iter_documents",
    "normalize_text",
    "read_file",
    "similarity",
    "unique_ids",
]
