"""Event identity when a gazetteer knows a village's name only abroad: the document's own town says
where it is ("Sorano, a village of Tesko subdivision 8 km east of Kaduna"), so the village report
joins the town's event; without such a town, or on another day, reports stay apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from nexus.store import open_store
from nexus.store.schema import event_reports


def _events(workdir: Path, reports: list[dict[str, str]]) -> dict[str, set[str]]:
    """Document id -> the attack events its current reports are linked to."""
    from nexus.extract.pipeline import Extractor
    from nexus.ingest.readers import document_from_record

    extractor = Extractor()
    store = open_store(f"sqlite:///{workdir / 'kb.db'}")
    try:
        store.ingest([extractor.extract(document_from_record(r, "test")) for r in reports])
        with store.connect() as connection:
            rows: list[Any] = connection.execute(
                select(event_reports).where(event_reports.c.superseded.is_(False))
            ).all()
    finally:
        store.close()
    out: dict[str, set[str]] = {}
    for row in rows:
        if row.type == "attack":
            out.setdefault(row.doc_id, set()).add(row.event_id)
    return out


TOWN_REPORT = {
    "id": "n1",
    "outlet": "Savanna Wire",
    "published": "2024-10-08",
    "text": "ABUJA, Oct 8 (Savanna Wire) - Gunmen opened fire on a minibus near Kaduna in northern "
    "Nigeria on Monday, killing six passengers, police said on Tuesday.",
}
VILLAGE_REPORT = {
    "id": "n2",
    "outlet": "Northern Ledger",
    "published": "2024-10-09",
    "text": "Minibus ambush: toll rises to nine\n\nNine passengers were killed when gunmen sprayed a "
    "minibus with bullets at Sorano, a village of Tesko subdivision 8 km east of Kaduna, on Monday, "
    "hospital sources said.",
}


def test_a_village_known_only_abroad_joins_the_event_of_the_town_its_sentence_names(tmp_path: Path) -> None:
    events = _events(tmp_path, [TOWN_REPORT, VILLAGE_REPORT])
    assert events["n1"] and events["n1"] == events["n2"]


def test_the_same_village_a_week_later_stays_apart(tmp_path: Path) -> None:
    later = dict(VILLAGE_REPORT, id="n3", published="2024-10-16")
    later["text"] = later["text"].replace("toll rises to nine", "another ambush")
    events = _events(tmp_path, [TOWN_REPORT, later])
    assert events["n1"] and events["n3"] and not events["n1"] & events["n3"]


def test_a_namesake_abroad_without_a_town_to_place_it_stays_abroad(tmp_path: Path) -> None:
    abroad = {
        "id": "n4",
        "outlet": "Iberia Daily",
        "published": "2024-10-08",
        "text": "Six people were killed when a man opened fire on a bus in Sorano, Italy, on Monday, "
        "police said.",
    }
    events = _events(tmp_path, [TOWN_REPORT, abroad])
    assert events["n1"] and events["n4"] and not events["n1"] & events["n4"]
