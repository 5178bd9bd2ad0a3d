"""events.csv says how a point no gazetteer gives was derived (``place_derivation``)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import nexus
from nexus.export import export_csv
from nexus.model import Place
from nexus.store.samples import ExtractionBuilder


def test_events_csv_gives_the_derivation_of_a_borrowed_point(tmp_path: Path) -> None:
    text = "Two rangers died in an ambush in the Dunfell marshes."
    builder = ExtractionBuilder("marsh-1", text, outlet="Lowland Post", published=date(2020, 6, 6))
    marsh = Place(
        name="Dunfell marshes", kind="site", country="QQ", lat=8.5, lon=30.25, derivation="at Dunfell"
    )
    builder.event("attack", text, date="2020-06-05", at=marsh, killed=2)
    with nexus.open(str(tmp_path / "kb.db")) as kb:
        kb.ingest([builder.build()])
        with kb.store.connect() as connection:
            export_csv(connection, tmp_path / "out")
    with (tmp_path / "out" / "events.csv").open(newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["lat"], row["lon"], row["place_derivation"]) == ("8.5", "30.25", "at Dunfell")
