"""The events list query and the statistics, on SQLite and on PostgreSQL: every filter, every
sort order (missing values last both ways), the count, and the whole-knowledge-base numbers."""

from __future__ import annotations

from typing import Any

import pytest

import nexus
from nexus.errors import StoreError
from nexus.store.event_list import SORTS, count_events, event_filter, query_events
from nexus.store.event_samples import events_corpus
from nexus.store.stats import kb_stats

EXPECTED_ORDER = {
    "date": ["Basra", "Kandahar", "Mosul", "Herat"],
    "-date": ["Herat", "Mosul", "Kandahar", "Basra"],
    "type": ["Kandahar", "Mosul", "Basra", "Herat"],
    "-type": ["Herat", "Basra", "Kandahar", "Mosul"],
    "place": ["Basra", "Herat", "Kandahar", "Mosul"],
    "-place": ["Mosul", "Kandahar", "Herat", "Basra"],
    "sources": ["Basra", "Kandahar", "Herat", "Mosul"],
    "-sources": ["Mosul", "Basra", "Kandahar", "Herat"],
    "reports": ["Basra", "Kandahar", "Herat", "Mosul"],
    "-reports": ["Mosul", "Basra", "Kandahar", "Herat"],
    "killed": ["Basra", "Mosul", "Kandahar", "Herat"],
    "-killed": ["Kandahar", "Mosul", "Basra", "Herat"],
}


def test_filters_sorts_counts_and_stats(store_url: str) -> None:
    first, second = events_corpus()
    with nexus.open(store_url) as kb:
        kb.ingest(first)
        kb.ingest(second)
        hand = kb.entity_id("Crimson Hand")
        with kb.store.connect() as connection:

            def places(**kwargs: Any) -> list[str]:
                rows = query_events(connection, event_filter(**kwargs))
                return [r.place.name for r in rows if r.place and r.place.name]

            assert set(EXPECTED_ORDER) == set(SORTS)
            for sort, expected in EXPECTED_ORDER.items():
                assert places(sort=sort) == expected, sort
            assert places(country="iq") == ["Basra", "Mosul"]
            assert places(since="2021", until="2021") == ["Kandahar", "Mosul"]
            assert places(until="2021-05") == ["Basra", "Kandahar"]
            assert places(actor_ids=[hand]) == ["Kandahar", "Herat"]
            assert places(min_sources=2) == ["Mosul"]
            assert places(place="kandahar") == ["Kandahar"]
            assert count_events(connection, event_filter(type="attack")) == 2
            page = query_events(connection, event_filter(sort="-date"), limit=2, offset=1)
            assert [r.place.name for r in page if r.place] == ["Mosul", "Kandahar"]
            with pytest.raises(StoreError, match="not a date"):
                event_filter(since="2021-13")

            stats = kb_stats(connection)
    assert (stats.n_documents, stats.n_outlets, stats.n_events) == (5, 4, 4)
    assert stats.events_by_type == {"attack": 2, "military_action": 1, "rally": 1}
    # Mosul's 12 then, a day later from another outlet, 19: a toll that rose, not a contradiction.
    assert stats.n_contradictory_events == 0
    assert stats.event_dates.first is not None and stats.event_dates.first.isoformat() == "2020-11-01"
    assert stats.last_ingest is not None and stats.last_ingest.n_documents == 1
