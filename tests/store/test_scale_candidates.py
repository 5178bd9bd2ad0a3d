"""Candidate events blocked in SQL give the same decisions as comparing with every event.

``linker.event_candidates`` leaves out, in the database, the events whose
date or place rules them out whatever else a report shares with them. A
report must end up in the same event as if it had been scored against every
stored event of its type.
"""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from nexus.resolve.events import MAX_KM, EventKey, PlaceKey, haversine_km, resolve_event
from nexus.store import Store, linker
from nexus.store.devlike import devlike_extraction
from nexus.store.schema import events


def _probe_reports(rng: random.Random, rows: list[Any]) -> list[EventKey]:
    """Reports near stored events: same or other country, near or far coordinates, no place."""
    out = []
    for row in rng.sample(rows, 40):
        day = date.fromordinal(row.date_day.toordinal() + rng.randrange(-9, 10))
        lat = (row.lat or 30.0) + rng.choice((0.0, 0.1, 0.3, 0.44, 0.46, 2.0))
        lon = (row.lon or 60.0) + rng.choice((0.0, -0.2, 0.5, 0.6, 3.0))
        country = rng.choice((row.country, row.country, "ZZ", None))
        places = (
            PlaceKey(row.place_name, row.place_kind, country, row.admin1, lat, lon),
            PlaceKey(row.place_name, "city", country, None, None, None),
            PlaceKey("Elsewhere", "city", country, None, lat, lon),
            None,
        )
        for place in places:
            out.append(
                EventKey(
                    type=row.type,
                    day=day,
                    precision=rng.choice(("day", "day", "month")),
                    from_publication=rng.random() < 0.3,
                    place=place,
                    figures=frozenset({("killed", rng.choice((1, 3, 8)))}),
                )
            )
    return out


def test_blocked_candidates_decide_as_every_event(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.ingest((devlike_extraction(i, seed=7) for i in range(80)), batch_size=20)
    rng = random.Random(11)
    with store.connect() as connection:
        rows = connection.execute(select(events).where(events.c.date_day.is_not(None))).all()
        reports = _probe_reports(rng, rows)
        blocked = []
        for report in reports:
            blocked.append(linker.event_candidates(connection, report))
        # Every event of the type in a wide window: no place given, so no place condition.
        monkeypatch.setattr(linker, "CANDIDATE_DAYS", 40)
        left_out = 0
        for report, candidates in zip(reports, blocked, strict=True):
            wide = linker.event_candidates(connection, replace(report, place=None))
            assert set(candidates) <= set(wide)
            left_out += len(wide) - len(candidates)
            # the same decision (the candidates it names as refused differ: blocking left some out)
            assert replace(resolve_event(report, candidates), refused=()) == replace(
                resolve_event(report, wide), refused=()
            )
    assert left_out > 5 * len(reports)  # blocking did leave many events out


@pytest.mark.parametrize("lat", [0.0, 33.5, -47.2, 71.9, 88.0])
def test_the_place_box_holds_every_point_within_reach(lat: float) -> None:
    rng = random.Random(int(lat * 10))
    box = linker._box(lat, 179.8, MAX_KM)
    assert box is None or box[1] is None  # the antimeridian: no longitude condition
    box = linker._box(lat, 12.0, MAX_KM)
    if box is None:
        return
    (south, north), lon_range = box
    for _ in range(500):
        bearing = rng.uniform(0, 2 * math.pi)
        km = MAX_KM * rng.uniform(0.95, 1.0)
        # Walk ``km`` along ``bearing`` on the sphere and check the end is inside the box.
        delta = km / 6371.0088
        phi1, lambda1 = math.radians(lat), math.radians(12.0)
        phi2 = math.asin(
            math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(bearing)
        )
        lambda2 = lambda1 + math.atan2(
            math.sin(bearing) * math.sin(delta) * math.cos(phi1),
            math.cos(delta) - math.sin(phi1) * math.sin(phi2),
        )
        end_lat, end_lon = math.degrees(phi2), math.degrees(lambda2)
        assert haversine_km(lat, 12.0, end_lat, end_lon) <= MAX_KM + 1e-6
        assert south <= end_lat <= north
        assert lon_range is None or lon_range[0] <= end_lon <= lon_range[1]


def test_a_report_without_a_place_is_compared_with_every_event() -> None:
    assert linker.place_block(None) == []
    assert linker.place_block(PlaceKey(None, None, "PK", None, None, None)) == []
