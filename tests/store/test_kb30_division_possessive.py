"""A village a gazetteer places, which its sentence puts in a district, lies in that district: a
report of the district (written after its country's possessive) joins the report of the village
(session 30). The texts are written for this test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from nexus.model import Extraction
from nexus.store import Store, open_store

LOCAL = (
    "2025-03-12",
    "OSH - Armed men killed five border guards when they attacked Pulgon, a village in Kadamjay "
    "district, on Tuesday, according to the district head.",
)
WIRE = (
    "2025-03-13",
    "BISHKEK - Gunmen killed five guards in a raid on a village in Kyrgyzstan's Kadamjay district this "
    "week, officials said on Thursday.",
)


@pytest.fixture(scope="module")
def stored(
    extract: Callable[..., Extraction], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, list[Extraction]]]:
    extractions = [extract(text, published=day) for day, text in (LOCAL, WIRE)]
    store = open_store(f"sqlite:///{Path(tmp_path_factory.mktemp('kb30')) / 'kb.db'}")
    store.ingest(extractions)
    yield store, extractions
    store.close()


def test_the_wire_report_of_the_district_joins_the_local_report_of_its_village(
    stored: tuple[Store, list[Extraction]], attack_reports: Callable[[Store, Extraction], list[Any]]
) -> None:
    store, (local, wire) = stored
    local_events = {r.event_id for r in attack_reports(store, local)}
    wire_events = {r.event_id for r in attack_reports(store, wire)}
    assert local_events and wire_events
    assert local_events == wire_events
