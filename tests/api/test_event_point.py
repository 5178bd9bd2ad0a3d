"""GET /api/events/{id} gives the event's point with how it was derived (``place.derivation``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

import nexus
from nexus.api import create_app
from nexus.model import Place
from nexus.store.samples import ExtractionBuilder


def test_an_event_gives_the_derivation_of_its_borrowed_point(tmp_path: Path) -> None:
    text = "Five soldiers died when their camp in the Karsk forest was overrun."
    builder = ExtractionBuilder("forest-1", text, outlet="Birch Times", published=date(2021, 2, 3))
    forest = Place(name="Karsk forest", kind="site", country="QQ", lat=61.5, lon=24.0, derivation="at Karsk")
    builder.event("attack", text, date="2021-02-02", at=forest, killed=5)
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest([builder.build()])
        (event,) = kb.events()
    with TestClient(create_app(url, token=None), base_url="http://localhost") as client:
        place = client.get(f"/api/events/{event.id}").json()["place"]
    assert (place["lat"], place["lon"], place["derivation"]) == (61.5, 24.0, "at Karsk")
