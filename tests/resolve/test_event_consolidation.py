"""Events made one at the end of a batch (``linker.consolidate_events``): a later report that fits
two stored events shows them to be one happening; events that cannot be one stay apart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from nexus.model import Extraction, Place
from nexus.store import Store, linker, open_store
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import event_reports

#: Made-up places: a town the gazetteer gives no first-level division and a department (no
#: coordinates) of the same country.
TOWN = place("Kessin", country="ZZ", lat=9.5, lon=3.2)
DEPARTMENT = place("Velm", kind="admin", country="ZZ", admin1="Velm")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    kb = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    yield kb
    kb.close()


def report(
    doc_id: str, at: Place, killed: int, targets: tuple[str, ...] = (), day: str = "2022-03-03"
) -> Extraction:
    text = f"Gunmen attacked a convoy in {at.name}, killing {killed} people."
    builder = ExtractionBuilder(doc_id, text, outlet=f"desk {doc_id}", published=date(2022, 3, 4))
    builder.event("attack", text, date=day, at=at, killed=killed, targets=targets)
    return builder.build()


def claimed_town_report() -> Extraction:
    """The town's report, with a claim of the attack in a sentence of its own."""
    attack = "Gunmen attacked a convoy in Kessin, killing 5 people."
    claim = "The Velm Brigades claimed the attack."
    builder = ExtractionBuilder("t1", f"{attack} {claim}", outlet="desk t1", published=date(2022, 3, 4))
    builder.event("attack", attack, date="2022-03-03", at=TOWN, killed=5, targets=("convoy",))
    builder.event("claim", claim, date="2022-03-04", at=TOWN)
    return builder.build()


def events_of(store: Store) -> dict[str, str]:
    with store.connect() as connection:
        rows = connection.execute(
            select(event_reports.c.doc_id, event_reports.c.event_id).where(
                event_reports.c.superseded.is_(False), event_reports.c.type == "attack"
            )
        ).all()
    return {row.doc_id: row.event_id for row in rows}


def test_a_report_fitting_two_events_makes_them_one(store: Store) -> None:
    # The town's report names the convoy; the department's first report only a toll (12, no later
    # count of the town's 5: ``counts_of_one_toll``), so it stays
    # apart; a later department report gives the toll and the convoy: it fits both.
    store.ingest([report("t1", TOWN, 5, ("convoy",)), report("d1", DEPARTMENT, 12)])
    first = events_of(store)
    assert first["t1"] != first["d1"]
    store.ingest([report("d2", DEPARTMENT, 12, ("convoy",))])
    after = events_of(store)
    assert after["t1"] == after["d1"] == after["d2"]


def test_a_report_of_another_day_makes_nothing_one(store: Store) -> None:
    store.ingest([report("t1", TOWN, 5, ("convoy",)), report("d1", DEPARTMENT, 12, day="2022-03-05")])
    store.ingest([report("d2", DEPARTMENT, 12, ("convoy",), day="2022-03-05")])
    after = events_of(store)
    assert after["d1"] == after["d2"] != after["t1"]


def row(
    doc_id: str, day: date, killed: int | None = None, country: str | None = "ZZ", **resolution: Any
) -> Any:
    return SimpleNamespace(
        doc_id=doc_id,
        type="attack",
        date_day=day,
        date_precision="day",
        country=country,
        killed=killed,
        resolution=resolution,
    )


def test_events_one_document_tells_both_of_stay_apart() -> None:
    day = date(2022, 3, 3)
    assert linker._one_happening([row("a", day)], [row("b", day)])
    assert not linker._one_happening([row("a", day)], [row("a", day), row("b", day)])


def test_far_apart_tolls_days_or_countries_keep_events_apart() -> None:
    day = date(2022, 3, 3)
    assert not linker._one_happening([row("a", day, 40)], [row("b", day, 3)])
    assert not linker._one_happening([row("a", day)], [row("b", date(2022, 3, 6))])
    assert not linker._one_happening([row("a", day)], [row("b", day, country="YY")])
    assert not linker._one_happening([row("a", day)], [row("b", day, country=None)])  # one unplaced
    # a mention of the event in passing neither tells it nor sets its day
    assert not linker._one_happening([row("a", day, kind="mention")], [row("b", day)])


def test_a_day_told_only_by_publication_brings_no_event_within_a_day() -> None:
    # the first event's reports date it to the 3rd; one more report of it, naming no day, is dated
    # by its publication on the 5th: that says when it was told, so the event of the 6th stays apart
    told_late = row("c", date(2022, 3, 5))
    told_late.date_text, told_late.published = None, date(2022, 3, 5)
    first = [row("a", date(2022, 3, 3)), told_late]
    assert not linker._one_happening(first, [row("b", date(2022, 3, 6))])
    # a day its own words give does: "on Saturday", told on the 5th
    told_late.date_text = "on Saturday"
    assert linker._one_happening(first, [row("b", date(2022, 3, 6))])


def test_a_claim_of_the_absorbed_event_names_the_kept_one(store: Store) -> None:
    store.ingest([claimed_town_report(), report("d1", DEPARTMENT, 12)])
    store.ingest([report("d2", DEPARTMENT, 12, ("convoy",))])
    kept = events_of(store)["d1"]
    assert events_of(store)["t1"] == kept
    with store.connect() as connection:
        claims = connection.execute(
            select(event_reports.c.resolution).where(event_reports.c.type == "claim")
        ).scalars()
        assert [r.get("claims") for r in claims] == [kept]


def test_a_manual_split_is_not_consolidated_again(store: Store) -> None:
    store.ingest([report("t1", TOWN, 5, ("convoy",)), report("d1", DEPARTMENT, 12)])
    store.ingest([report("d2", DEPARTMENT, 12, ("convoy",))])
    event = events_of(store)["t1"]
    with store.engine.begin() as connection:
        linker.split_event(connection, event, ["d1", "d2"])
    store.ingest([report("d3", DEPARTMENT, 12, ("convoy",))])
    after = events_of(store)
    assert after["t1"] != after["d1"] == after["d2"]


def test_a_report_of_no_place_bridges_nothing(store: Store) -> None:
    # A placeless report of the day fits both events: it does not show them to be one.
    store.ingest([report("t1", TOWN, 5, ("convoy",)), report("d1", DEPARTMENT, 12)])
    builder = ExtractionBuilder(
        "n1", "Gunmen killed 12 people.", outlet="desk n1", published=date(2022, 3, 4)
    )
    builder.event("attack", "Gunmen killed 12 people.", date="2022-03-03", killed=12, targets=("convoy",))
    store.ingest([builder.build()])
    after = events_of(store)
    assert after["t1"] != after["d1"]


def test_a_report_placed_only_in_its_country_makes_no_two_events_one() -> None:
    """ "Gunmen killed seven in Ostria on Monday" fits a village raid and a garrison attack of Ostria
    on that day alike: it shows no two of them to be one happening; the village's own report does."""
    from nexus.resolve import EventKey, PlaceKey

    day = date(2022, 3, 3)
    kessin = PlaceKey("Kessin", "city", "ZZ", None, 9.5, 3.2)
    seven = frozenset({("killed", 7)})
    village = EventKey("attack", day, place=kessin, figures=seven)
    outskirts = EventKey(
        "attack", day, place=PlaceKey("Kessin", "city", "ZZ", None, 9.51, 3.2), figures=seven
    )
    candidates = {"village": village, "outskirts": outskirts}
    country = EventKey("attack", day, place=PlaceKey("Ostria", "country", "ZZ"), figures=seven)
    decision = linker.resolve_event(country, candidates)
    assert decision.kind == "same"  # it joins one of them ...
    assert linker.also_passing(country, candidates, decision) == []  # ... and bridges to none
    own = EventKey("attack", day, place=kessin, figures=seven)
    joined = linker.resolve_event(own, candidates)
    assert linker.also_passing(own, candidates, joined) != []
