"""What happened during a run: documents read, failures, skipped files, duplicates.

The CLI feeds every item of ``iter_documents`` through ``RunReport.record``,
prints failures to stderr as they come, and writes ``to_dict()`` as
``run-report.json`` so that a batch that "succeeded" with 40 unreadable files
says so in a file a user (or CI) can check afterwards.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nexus.ingest.readers import IngestFailure
from nexus.model import Document


@dataclass
class RunReport:
    """Counts and records of one ingest run.

    ``failures`` holds real errors; ``skipped`` holds notices (unsupported
    files met while walking a folder), which do not make a run fail.
    ``duplicates`` maps the id of each near-duplicate to its original.
    """

    documents_read: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    skipped: list[IngestFailure] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)

    @property
    def documents_failed(self) -> int:
        return len(self.failures)

    @property
    def ok(self) -> bool:
        """True when nothing failed (skipped files and duplicates are fine)."""
        return not self.failures

    def record(self, item: Document | IngestFailure) -> None:
        """Count one item from ``iter_documents``."""
        if isinstance(item, Document):
            self.documents_read += 1
        elif item.skipped:
            self.skipped.append(item)
        else:
            self.failures.append(item)

    def record_duplicate(self, doc_id: str, original_id: str) -> None:
        self.duplicates[doc_id] = original_id

    def summary(self) -> str:
        """One line for the terminal."""
        parts = [f"{self.documents_read} documents read", f"{self.documents_failed} failed"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} near-duplicates")
        return ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents_read": self.documents_read,
            "documents_failed": self.documents_failed,
            "documents_skipped": len(self.skipped),
            "failures": [f.to_dict() for f in self.failures],
            "skipped": [f.to_dict() for f in self.skipped],
            "duplicates": dict(self.duplicates),
        }

    def write(self, path: str | Path) -> Path:
        """Write ``to_dict()`` as pretty JSON (UTF-8, non-ASCII kept readable)."""
        target = Path(path)
        target.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return target
