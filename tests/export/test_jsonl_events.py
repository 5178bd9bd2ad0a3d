"""JSON Lines round trip of a small multi-outlet KB: the copy has the same events.

Written for this test: a truck bomb at a bus depot in Varno told by three
outlets, one of which names it only in passing ("after the depot bombing")
and so is stored as a recollection re-dated to the incident's month; a raid
elsewhere a week later. The import must link every report as the first
ingest did (same event ids, dates, figures and reports).
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import nexus
from nexus.export import export_jsonl, import_jsonl
from nexus.kb import KnowledgeBase
from nexus.model import Extraction
from nexus.store.samples import ExtractionBuilder, place

VARNO = place("Varno", country="KE", admin1="Garissa", lat=-0.45, lon=39.64)
KENYA = place("Kenya", kind="country", country="KE")


def _report(
    doc_id: str, outlet: str, published: date, sentence: str, trigger: str, **event: Any
) -> Extraction:
    builder = ExtractionBuilder(doc_id, sentence, outlet=outlet, published=published)
    builder.event("attack", sentence, **event)
    extraction = builder.build()
    extraction.events[0].trigger = trigger
    return extraction


def corpus() -> list[Extraction]:
    return [
        _report(
            "k1",
            "Rift Daily",
            date(2024, 8, 13),
            "A truck bomb tore through the bus depot in Varno on Monday, killing 17 passengers.",
            "bomb",
            date="2024-08-12",
            at=VARNO,
            killed=17,
        ),
        _report(
            "k2",
            "Garissa Echo",
            date(2024, 8, 13),
            "At least 20 people died when a truck exploded at the Varno bus depot on Monday.",
            "exploded",
            date="2024-08-12",
            at=VARNO,
            killed=20,
            qualifier="at_least",
        ),
        _report(
            "k3",
            "Coast Ledger",
            date(2024, 8, 15),
            "Bus companies in Kenya halted night trips on Wednesday after the Varno depot bombing.",
            "bombing",
            date="2024-08-14",
            at=KENYA,
        ),
        _report(
            "k4",
            "Rift Daily",
            date(2024, 8, 21),
            "Gunmen raided a police camp in Varno on Tuesday, killing 4 officers.",
            "raided",
            date="2024-08-20",
            at=VARNO,
            killed=4,
        ),
    ]


def _events(kb: KnowledgeBase) -> list[tuple[Any, ...]]:
    out = []
    for summary in kb.events():
        record = kb.event(summary.id)
        assert record is not None
        figures = {name: list(f.values) for name, f in sorted(record.figures.items())}
        reports = sorted(r.doc_id for r in record.reports)
        out.append((record.id, record.date, record.date_precision, json.dumps(figures), tuple(reports)))
    return sorted(out)


def _export(kb: KnowledgeBase) -> str:
    buffer = io.StringIO()
    with kb.store.connect() as connection:
        export_jsonl(connection, buffer)
    return buffer.getvalue()


def test_copy_of_a_kb_with_a_recollection_has_the_same_events(tmp_path: Path) -> None:
    with nexus.open(f"sqlite:///{tmp_path / 'source.db'}") as source:
        source.ingest(corpus())
        before = _events(source)
        depot = [e for e in before if "k1" in e[4]]
        assert depot and depot[0][4] == ("k1", "k2", "k3"), "the recollection joins the depot bombing"
        text = _export(source)
    with nexus.open(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        import_jsonl(copy.store, io.StringIO(text))
        assert _events(copy) == before
        assert _export(copy) == text


def test_export_keeps_the_date_a_recollection_was_extracted_with(tmp_path: Path) -> None:
    with nexus.open(f"sqlite:///{tmp_path / 'source.db'}") as source:
        source.ingest(corpus())
        lines = [json.loads(line) for line in _export(source).splitlines()]
    (recalled,) = [
        r["extraction"]
        for r in lines
        if r["kind"] == "document" and r["extraction"]["document"]["id"] == "k3"
    ]
    assert recalled["events"][0]["date"]["iso"] == "2024-08-14"  # not the stored month "2024-08"
    assert recalled["events"][0]["date"]["precision"] == "day"
