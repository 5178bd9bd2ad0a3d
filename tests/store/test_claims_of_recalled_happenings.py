"""A claim of a happening a report only recalls links to that happening, never to the report's own
news: "a bomb hit a bus near Dunmore on Saturday ... Thursday's raid on the garrison, which the Ash
Brigade claimed". Invented places, groups and reports."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from nexus.store import Store
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import event_reports

DUNMORE = place("Dunmore", country="QQ", admin1="Hills", lat=-5.0, lon=20.0)

_CLAIMED_FIRST = "The Ash Brigade claimed Thursday's raid on the garrison, which left twelve soldiers dead."
_BUS = "A bomb tore through a bus outside Dunmore on Saturday, killing four passengers."


def _bus_report(recall: str, *, claim_first: bool) -> ExtractionBuilder:
    """A report of Saturday's bus bomb (2022-03-05) whose second sentence ``recall`` tells
    Thursday's raid on the garrison (2022-03-03, twelve dead) and the Ash Brigade's claim of it."""
    builder = ExtractionBuilder("bus", f"{_BUS} {recall}", outlet="Plains Wire", published=date(2022, 3, 6))
    group = builder.entity("Ash Brigade", "ORG")
    builder.event("attack", _BUS, date="2022-03-05", at=DUNMORE, killed=4, targets=["bus"])
    claim = {"date": "2022-03-03", "at": DUNMORE, "actors": [group]}
    raid = {**claim, "killed": 12, "targets": ["garrison"]}
    if claim_first:
        builder.event("claim", recall, **claim)
        builder.event("attack", recall, **raid)
    else:
        builder.event("attack", recall, **raid)
        builder.event("claim", recall, **claim)
    for event in builder.events:
        assert event.date is not None
        words = "on Saturday" if event.date.iso == "2022-03-05" else "Thursday's"
        event.date = event.date.model_copy(update={"text": words})
    return builder


def _rows(store: Store) -> list[Any]:
    with store.connect() as connection:
        return list(
            connection.execute(
                select(
                    event_reports.c.type,
                    event_reports.c.event_id,
                    event_reports.c.resolution,
                    event_reports.c.killed,
                ).where(event_reports.c.doc_id == "bus", event_reports.c.superseded.is_(False))
            ).all()
        )


def _garrison_first(store: Store) -> str:
    """Store a report of Thursday's raid on the Dunmore garrison; returns its event id."""
    text = "Gunmen stormed the army garrison in Dunmore on Thursday, killing twelve soldiers."
    builder = ExtractionBuilder("garrison", text, outlet="Hill Times", published=date(2022, 3, 3))
    builder.event("attack", text, date="2022-03-03", at=DUNMORE, killed=12, targets=["garrison"])
    builder.events[0].date = builder.events[0].date.model_copy(update={"text": "on Thursday"})  # type: ignore[union-attr]
    store.ingest([builder.build()])
    with store.connect() as connection:
        return str(connection.execute(select(event_reports.c.event_id)).scalar_one())


def test_a_claim_told_first_of_a_recalled_raid_claims_the_raid_not_the_news(store: Store) -> None:
    raid = _garrison_first(store)
    recall = _CLAIMED_FIRST
    store.ingest([_bus_report(recall, claim_first=True).build()])
    rows = _rows(store)
    bus = next(r.event_id for r in rows if r.type == "attack" and r.killed == 4)
    claim = next(r for r in rows if r.type == "claim")
    assert bus != raid
    assert claim.resolution.get("claims") == raid
    assert all(r.event_id != bus for r in rows if r.type == "attack" and r.killed == 12)


def test_a_claim_in_a_relative_clause_of_a_recalled_raid_claims_the_raid(store: Store) -> None:
    raid = _garrison_first(store)
    recall = "The blast was apart from Thursday's raid on the garrison, which the Ash Brigade claimed."
    store.ingest([_bus_report(recall, claim_first=False).build()])
    rows = _rows(store)
    bus = next(r.event_id for r in rows if r.type == "attack" and r.killed == 4)
    assert bus != raid
    assert next(r for r in rows if r.type == "claim").resolution.get("claims") == raid


def test_a_recalled_raid_its_claim_dates_never_joins_the_later_news(store: Store) -> None:
    # no stored raid: the recollection founds its own event, apart from the bus bomb
    recall = _CLAIMED_FIRST
    store.ingest([_bus_report(recall, claim_first=True).build()])
    rows = _rows(store)
    bus = next(r.event_id for r in rows if r.type == "attack" and r.killed == 4)
    raid = next(r.event_id for r in rows if r.type == "attack" and r.killed == 12)
    assert raid != bus
    assert next(r for r in rows if r.type == "claim").resolution.get("claims") == raid


def test_a_claim_of_the_news_told_again_still_claims_the_news(store: Store) -> None:
    text = "The Ash Brigade said on Sunday it had set off the bomb that hit the bus outside Dunmore."
    builder = ExtractionBuilder("bus", f"{_BUS} {text}", outlet="Plains Wire", published=date(2022, 3, 6))
    group = builder.entity("Ash Brigade", "ORG")
    builder.event("attack", _BUS, date="2022-03-05", at=DUNMORE, killed=4, targets=["bus"])
    builder.event("claim", text, date="2022-03-06", at=DUNMORE, actors=[group])
    store.ingest([builder.build()])
    rows = _rows(store)
    bus = next(r.event_id for r in rows if r.type == "attack")
    assert next(r for r in rows if r.type == "claim").resolution.get("claims") == bus


def test_a_bare_recalled_attack_its_claim_dates_stays_apart_from_the_later_news(store: Store) -> None:
    # no figure, no target: only the day tells Thursday's attack from Saturday's bomb at one town
    recall = "The Ash Brigade claimed Thursday's attack near Dunmore."
    builder = ExtractionBuilder("bus", f"{_BUS} {recall}", outlet="Plains Wire", published=date(2022, 3, 6))
    group = builder.entity("Ash Brigade", "ORG")
    builder.event("attack", _BUS, date="2022-03-05", at=DUNMORE, killed=4, targets=["bus"])
    builder.event("claim", recall, date="2022-03-03", at=DUNMORE, actors=[group])
    builder.event("attack", recall, date="2022-03-03", at=DUNMORE, actors=[group])
    for event in builder.events:
        assert event.date is not None
        words = "on Saturday" if event.date.iso == "2022-03-05" else "Thursday's"
        event.date = event.date.model_copy(update={"text": words})
    store.ingest([builder.build()])
    rows = _rows(store)
    bus = next(r.event_id for r in rows if r.type == "attack" and r.killed == 4)
    assert all(r.event_id != bus for r in rows if r.type == "attack" and r.killed is None)


def test_a_claim_keeps_the_earlier_happening_it_names_over_one_dated_by_the_claim(store: Store) -> None:
    # "claimed on Thursday Tuesday's bombing, calling it an answer to army operations": the
    # operations borrow the claim's day, yet the claim is of the bombing
    text = (
        "The Ash Brigade claimed on Thursday Tuesday's bombing in Dunmore, calling it an answer "
        "to army operations."
    )
    builder = ExtractionBuilder("bus", text, outlet="Plains Wire", published=date(2022, 3, 4))
    group = builder.entity("Ash Brigade", "ORG")
    builder.event("claim", text, date="2022-03-03", at=DUNMORE, actors=[group])
    builder.event("attack", text, date="2022-03-01", at=DUNMORE, killed=4, targets=["bus"])
    builder.event("attack", text, date="2022-03-03", at=DUNMORE, targets=["operations"])
    store.ingest([builder.build()])
    rows = _rows(store)
    bombing = next(r.event_id for r in rows if r.type == "attack" and r.killed == 4)
    assert next(r for r in rows if r.type == "claim").resolution.get("claims") == bombing
