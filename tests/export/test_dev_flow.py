"""From text to STIX: reports through the real extractor, into a store, out as a valid bundle."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from stix2validator import validate_string

import nexus
from nexus.export import export_stix
from nexus.model import Document

REPORTS = [
    Document(
        id="dev-1",
        outlet="Daily Ledger",
        published=date(2022, 3, 9),
        text=(
            "PESHAWAR: Militants attacked a police checkpoint in Peshawar on Tuesday, killing four "
            "policemen and injuring six others, officials said. The Tehreek-e-Taliban Pakistan claimed "
            "responsibility for the attack."
        ),
    ),
    Document(
        id="dev-2",
        outlet="Morning Wire",
        published=date(2022, 3, 10),
        text=(
            "At least five policemen were killed in an attack on a checkpoint in Peshawar, police said on "
            "Wednesday. The Tehreek-e-Taliban Pakistan is allied with al-Qaeda, according to a UN report."
        ),
    ),
]


def test_extracted_reports_export_as_a_valid_stix_bundle(tmp_path: Path) -> None:
    from nexus.extract.pipeline import Extractor

    extractions = list(Extractor().extract_many(REPORTS))
    with nexus.open(f"sqlite:///{tmp_path / 'kb.db'}") as kb:
        kb.ingest(extractions)
        buffer = io.StringIO()
        with kb.store.connect() as connection:
            summary = export_stix(connection, buffer)
    result = validate_string(buffer.getvalue())
    assert result.is_valid, [str(e) for e in result.errors]
    types = {o["type"] for o in json.loads(buffer.getvalue())["objects"]}
    assert {"incident", "location"} <= types
    assert summary.objects == len(json.loads(buffer.getvalue())["objects"])
