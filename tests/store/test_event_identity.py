"""A knowledge base from several outlets' reports: one event per incident, updates apart from
contradictions, a later recollection linked as a mention, a second incident kept apart.

The reports are written for this test and go through the whole pipeline (extraction, then
the store), so the test holds the scoring of event identity and the figures-over-time rules
to what real text gives them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from nexus.errors import StoreError
from nexus.model import Extraction, Place
from nexus.store import Store, linker, reader
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import event_reports, events

#: Two made-up towns about 300 km apart.
RIVERTON = place("Riverton", country="ZZ", admin1="North", lat=10.0, lon=20.0)
HILLCREST = place("Hillcrest", country="ZZ", admin1="North", lat=12.5, lon=21.0)

#: (outlet, published, text): one market bombing told by four outlets, a later update by one
#: of them, a recollection a year later, and a different attack in the same city two days on.
REPORTS = [
    (
        "Sahel Tribune",
        "2023-05-15",
        "MAIDUGURI, Nigeria - A suicide bomber blew himself up at a crowded market in Maiduguri on "
        "Sunday, killing 14 people and wounding 30, police said. No group has claimed the attack.",
    ),
    (
        "Lake Chad Courier",
        "2023-05-15",
        "At least 16 people were killed when a suicide bomber struck a crowded market in Maiduguri, "
        "the capital of Borno State, on Sunday, officials said. Witnesses described panic as traders fled.",
    ),
    (
        "Borno Daily",
        "2023-05-14",
        "A suicide bombing at a market in Maiduguri killed 12 people on Sunday, according to emergency "
        "workers at the scene.",
    ),
    (
        "Savannah Post",
        "2023-05-16",
        "Nineteen people died in Sunday's suicide bombing at a market in Maiduguri, hospital officials "
        "said on Tuesday, as rescue workers searched the rubble.",
    ),
    (
        "Sahel Tribune",
        "2023-05-17",
        "The death toll from Sunday's suicide bombing at a market in Maiduguri rose to 21, police said "
        "on Wednesday, after several of the wounded died in hospital.",
    ),
    (
        "Lake Chad Courier",
        "2024-05-20",
        "Traders in Maiduguri reopened their stalls under heavy guard this week. The May 2023 suicide "
        "bombing at a market in Maiduguri remains the deadliest attack in the city in recent years.",
    ),
    (
        "Borno Daily",
        "2023-05-17",
        "Gunmen attacked a police checkpoint on the outskirts of Maiduguri on Tuesday, killing three "
        "officers, police said.",
    ),
]


@pytest.fixture(scope="module")
def extractions(extract: Callable[..., Extraction]) -> list[Extraction]:
    return [extract(text, published=published, outlet=outlet) for outlet, published, text in REPORTS]


def _event_of(connection: Any, extraction: Extraction) -> str:
    rows = connection.execute(
        select(event_reports.c.event_id).where(
            event_reports.c.doc_id == extraction.document.id, event_reports.c.type == "attack"
        )
    ).all()
    assert len(rows) == 1, f"expected one attack report in {extraction.document.outlet}"
    return str(rows[0].event_id)


def test_multi_outlet_reports_resolve_to_one_event_per_incident(
    store: Store, extractions: list[Extraction]
) -> None:
    store.ingest(extractions)
    with store.connect() as connection:
        ids = [_event_of(connection, x) for x in extractions]
        bombing, recollection, second = ids[0], ids[5], ids[6]
        # One event for the four outlets and the update.
        assert set(ids[:5]) == {bombing}
        # The recollection a year later is linked to it, as a mention.
        assert recollection == bombing
        mention = connection.execute(
            select(event_reports.c.resolution).where(event_reports.c.doc_id == extractions[5].document.id)
        ).scalar_one()
        assert mention["kind"] == "mention"
        # The attack two days later at a checkpoint of the same city is another event.
        assert second != bombing

        event = reader.event_detail(connection, bombing)
        assert event is not None
        # The mention does not set the event's date.
        assert (event.date, event.date_precision) == ("2023-05-14", "day")
        killed = event.figures["killed"]
        by_status = {(f.outlet, f.value): f.status for f in killed.reports}
        # The outlet's earlier 14 is superseded by its 21: an update, not a contradiction.
        assert by_status[("Sahel Tribune", 14)] == "superseded"
        assert by_status[("Sahel Tribune", 21)] == "current"
        assert 14 not in killed.values and 21 in killed.values
        assert killed.updated
        # Every report keeps its figure; the decision and its score are on each report.
        assert {f.value for f in killed.reports} >= {12, 14, 16, 19, 21}
        assert all(r.resolution and "score" in r.resolution for r in event.reports)

        listed = reader.contradictions(connection)
        mine = [c for c in listed if c.event_id == bombing and c.field == "killed"]
        # The outlets differ (12, 16+, 19, 21), each later toll higher: updates over time, so they
        # are shown side by side but none is incompatible ...
        assert mine and not mine[0].incompatible
        # ... but the Sahel Tribune update is never one side of it.
        assert 14 not in mine[0].values
        assert second not in {c.event_id for c in listed}


def bombing(doc_id: str, town: Place, killed: int, *, edition: str = "") -> Extraction:
    """A one-sentence report of a bombing in ``town`` on 3 March 2022 (``edition`` changes the text)."""
    text = f"A bomb exploded at a bus stand in {town.name}, killing {killed} people.{edition}"
    builder = ExtractionBuilder(doc_id, text, outlet=f"desk {doc_id}", published=date(2022, 3, 4))
    builder.event("attack", text.split(".")[0] + ".", date="2022-03-03", at=town, killed=killed)
    return builder.build()


def attack_ids(store: Store, doc_id: str) -> set[str]:
    with store.connect() as connection:
        return set(
            connection.execute(
                select(event_reports.c.event_id).where(
                    event_reports.c.doc_id == doc_id, event_reports.c.superseded.is_(False)
                )
            ).scalars()
        )


def test_event_merge_is_replayed_on_a_new_version_of_the_merged_document(store: Store) -> None:
    store.ingest([bombing("d1", RIVERTON, 6), bombing("d2", HILLCREST, 6)])
    (first,), (second,) = attack_ids(store, "d1"), attack_ids(store, "d2")
    assert first != second  # 300 km apart: two events for automatic identity
    with store.engine.begin() as connection:
        linker.merge_events(connection, first, second)
    assert attack_ids(store, "d2") == {first}
    # A corrected version of d2 gets new report ids, and would found a new event: the merge holds.
    store.ingest([bombing("d2", HILLCREST, 7, edition=" Updated.")])
    assert attack_ids(store, "d2") == {first}
    assert store.counts()["events"] == 1


def test_event_split_is_replayed_on_a_new_version_of_the_split_document(store: Store) -> None:
    store.ingest([bombing("d1", RIVERTON, 6), bombing("d3", RIVERTON, 6)])
    (shared,) = attack_ids(store, "d1") | attack_ids(store, "d3")
    with store.engine.begin() as connection:
        new_id = linker.split_event(connection, shared, ["d3"])
    assert attack_ids(store, "d3") == {new_id} and attack_ids(store, "d1") == {shared}
    store.ingest([bombing("d3", RIVERTON, 6, edition=" Updated.")])
    assert attack_ids(store, "d3") == {new_id}
    with store.connect() as connection:
        rows = linker.event_override_rows(connection)
    assert [(r["kind"], r["docs"]) for r in rows] == [("split", ["d3"])]


def test_merging_events_of_different_types_is_a_clean_error(store: Store) -> None:
    text = "Police raided a house in Riverton. A bomb exploded at a bus stand in Riverton."
    builder = ExtractionBuilder("d9", text, published=date(2022, 3, 4))
    builder.event("military_action", "Police raided a house in Riverton.", date="2022-03-03", at=RIVERTON)
    builder.event("attack", "A bomb exploded at a bus stand in Riverton.", date="2022-03-03", at=RIVERTON)
    store.ingest([builder.build()])
    with store.connect() as connection:
        ids = {r.type: r.id for r in connection.execute(select(events.c.id, events.c.type))}
    with pytest.raises(StoreError), store.engine.begin() as connection:
        linker.merge_events(connection, ids["attack"], ids["military_action"])


#: A third made-up town, far from the other two.
LAKESIDE = place("Lakeside", country="ZZ", admin1="South", lat=4.0, lon=26.0)


def roundup(doc_id: str, *, edition: str = "") -> Extraction:
    """A digest telling two attacks of one day: a market in Hillcrest and a convoy near Lakeside."""
    first = "A grenade hit the cattle market in Hillcrest, killing 4 traders."
    second = "Separately, a convoy was ambushed near Lakeside, leaving 9 guards dead."
    text = f"{first} {second}{edition}"
    builder = ExtractionBuilder(doc_id, text, outlet="digest desk", published=date(2022, 3, 4))
    builder.event("attack", first, date="2022-03-03", at=HILLCREST, killed=4)
    builder.event("attack", second, date="2022-03-03", at=LAKESIDE, killed=9)
    return builder.build()


def _report_events(store: Store, doc_id: str) -> dict[str, str]:
    """Place name -> event id of a document's current reports."""
    with store.connect() as connection:
        rows = connection.execute(
            select(event_reports.c.place_name, event_reports.c.event_id).where(
                event_reports.c.doc_id == doc_id, event_reports.c.superseded.is_(False)
            )
        ).all()
    return {row.place_name: row.event_id for row in rows}


def test_a_merge_replayed_on_a_new_version_moves_only_the_report_it_moved(store: Store) -> None:
    store.ingest([bombing("desk", RIVERTON, 4), roundup("digest")])
    (kept,) = attack_ids(store, "desk")
    before = _report_events(store, "digest")
    assert kept not in before.values()  # far apart: automatic identity keeps all three apart
    with store.engine.begin() as connection:
        linker.merge_events(connection, kept, before["Hillcrest"])
    store.ingest([roundup("digest", edition=" Roads were reopened later.")])  # a new version
    after = _report_events(store, "digest")
    assert after["Hillcrest"] == kept
    assert after["Lakeside"] != kept  # the other attack of the digest stays its own event
    with store.connect() as connection:
        (override,) = linker.event_override_rows(connection)
    assert [ref["doc"] for ref in override["reports"]] == ["digest"]


def test_a_bombing_and_a_shooting_of_one_district_and_day_stay_two_events(store: Store, extract: Any) -> None:
    """Told by three outlets: a morning bomb, and a night ambush reported twice."""
    texts = [
        ("2024-06-10", "A roadside bomb killed two soldiers in Anantnag on Sunday morning, the army said."),
        ("2024-06-10", "Gunmen killed six policemen at a checkpoint in Anantnag on Sunday night."),
        ("2024-06-11", "Gunmen shot dead six police officers at a checkpoint in Anantnag late on Sunday."),
    ]
    extractions = [extract(text, published=day) for day, text in texts]
    store.ingest(extractions)
    with store.connect() as connection:
        rows = connection.execute(
            select(event_reports.c.doc_id, event_reports.c.event_id, event_reports.c.method).where(
                event_reports.c.type == "attack"
            )
        ).all()
    by_doc = {row.doc_id: row for row in rows}
    bomb, first, second = (by_doc[x.document.id] for x in extractions)
    assert bomb.method == "explosives" and first.method == "firearms"
    assert first.event_id == second.event_id
    assert bomb.event_id != first.event_id
