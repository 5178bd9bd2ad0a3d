"""An event's means over its reports: the majority, ties by the lexicon's order, every distinct one;
the events list filtered by means (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

import nexus
from nexus.errors import StoreError
from nexus.extract.methods import method_names as extraction_order
from nexus.store import reader
from nexus.store.event_list import count_events, event_filter, query_events
from nexus.store.method_samples import method_corpus
from nexus.store.methods import method_name, method_names, summarize_methods


def test_the_order_is_the_extraction_lexicon_order() -> None:
    assert method_names() == extraction_order()
    assert method_name("  Drone ") == "drone"
    assert method_name("poison") is None


def test_the_means_most_reports_give_wins() -> None:
    assert summarize_methods(["melee", "firearms", "melee", None]) == ("melee", ["melee", "firearms"])


def test_a_tie_goes_to_the_category_listed_first() -> None:
    first, second = method_names()[2], method_names()[-1]
    assert summarize_methods([second, first]) == (first, [first, second])
    assert summarize_methods([second, first, second])[0] == second


def test_no_means_named() -> None:
    assert summarize_methods([None, None]) == (None, [])
    assert summarize_methods([]) == (None, [])


def test_events_show_and_filter_by_their_means(store_url: str) -> None:
    with nexus.open(store_url) as kb:
        kb.ingest(method_corpus())
        with kb.store.connect() as connection:
            rows = query_events(connection, event_filter())
            shown = {r.place.name if r.place else "": (r.type, r.method, r.methods) for r in rows}
            assert shown["Quennard"] == ("attack", "kidnapping", ["kidnapping", "firearms"])
            assert shown["Ostrava Nova"] == ("military_action", "airstrike", ["airstrike"])
            by_type = {r.type: (r.method, r.methods) for r in rows if r.place and r.place.name == "Tarvello"}
            assert by_type == {"attack": ("explosives", ["explosives"]), "rally": (None, [])}

            def places(method: str) -> list[str]:
                return [
                    r.place.name or ""
                    for r in query_events(connection, event_filter(method=method))
                    if r.place
                ]

            assert places("FIREARMS") == ["Quennard"]  # any report's means matches
            assert places("explosives") == ["Tarvello"]
            assert places("melee") == []
            assert count_events(connection, event_filter(method="airstrike")) == 1
            with pytest.raises(StoreError, match="unknown means 'poison'"):
                event_filter(method="poison")
            assert [r.method for r in reader.list_events(connection, method="kidnapping")] == ["kidnapping"]
            bomb = next(r for r in rows if r.method == "explosives")
            detail = reader.event_detail(connection, bomb.id)
            assert detail is not None and detail.method == "explosives"
            assert [r.method for r in detail.reports] == ["explosives", "explosives"]
