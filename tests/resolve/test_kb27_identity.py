"""Event identity, session 26: kinds of split that left one incident as two KB events.

* A place only where an outlet filed (a dateline's capital its sentence does not name: for an
  event, every report placing it so) is no scene: it gates nothing against the town another
  report names, on (nearly) the same day with a tie beyond the day (``events.filed_from_elsewhere``),
  and the event's own place is a town a report's sentence names before a dateline's
  (``linker.event_identity``).
* "The attack came on the same day that gunmen struck a post across the border": a happening
  dated by its document's news (``backrefs.dated_by_the_news``), background when it joins
  another event.
* A plural in -ies is the head in -y ("lorries": "lorry"), and the lorries or trucks one outlet
  names are of the kind of the convoy another names (``identity.yaml`` ``target_kinds``).
* A report's own news told again by a year or a month at a wider place ("the clash raised to 19
  the number of fighters killed in that province since January") is background to that news's event
  (``linker.told_coarser``), not an event of its own.

Incidents are invented; places are real where a gazetteer must know them.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from nexus.resolve import EventKey, PlaceKey
from nexus.resolve.events import (
    TARGET_KIND_SCORE,
    THRESHOLD,
    filed_from_elsewhere,
    score_pair,
    target_heads,
    target_score,
)
from nexus.store.aggregates import IDENTITY_COLUMNS, EventInfo
from nexus.store.backrefs import dated_by_the_news
from nexus.store.linker import event_identity, told_coarser

from .conftest import StoredAttacks

TUESDAY, WEDNESDAY = date(2026, 3, 10), date(2026, 3, 11)
CAPITAL = PlaceKey("Velmograd", "city", "ML", "Bamako", 12.65, -8.0)
TOWN = PlaceKey("Kelmo", "city", "ML", "Mopti", 14.49, -4.19)


def _attack(place: PlaceKey, *, borrowed: bool = False, **values: Any) -> EventKey:
    fields: dict[str, Any] = {"type": "attack", "day": TUESDAY, "place": place, "place_borrowed": borrowed}
    fields.update(values)
    return EventKey(**fields)


def test_a_capital_only_filed_from_gates_nothing_against_the_town_told_elsewhere() -> None:
    filed = _attack(CAPITAL, borrowed=True, figures=frozenset({("killed", 6)}), targets=frozenset({"post"}))
    town = _attack(TOWN, figures=frozenset({("killed", 9)}), targets=frozenset({"post"}))
    assert filed_from_elsewhere(town, filed, 1.0) == "Velmograd is only where a report was filed"
    decision = score_pair(town, filed)
    assert decision is not None and decision.score >= THRESHOLD
    assert "only where a report was filed" in decision.reasons[2]
    # so too with the dateline on the report's side
    assert filed_from_elsewhere(filed, town, 1.0)
    # a side dated by its publication, within its slack
    claimed = _attack(TOWN, day=WEDNESDAY, from_publication=True, targets=frozenset({"post"}))
    assert filed_from_elsewhere(claimed, filed, 0.8)


def test_the_same_capital_named_by_its_own_sentence_still_gates() -> None:
    told = _attack(CAPITAL, figures=frozenset({("killed", 6)}), targets=frozenset({"post"}))
    town = _attack(TOWN, figures=frozenset({("killed", 9)}), targets=frozenset({"post"}))
    assert filed_from_elsewhere(town, told, 1.0) is None
    assert score_pair(town, told) is None


@pytest.mark.parametrize(
    ("town", "near"),
    [
        # nothing beyond the day ties them: any attack of the country that day
        (_attack(TOWN), 1.0),
        # figures of two tolls (3 and 40), targets of different kinds
        (_attack(TOWN, figures=frozenset({("killed", 40)}), targets=frozenset({"market"})), 1.0),
        # another country's town
        (_attack(PlaceKey("Kelmo", "city", "NE", None, 14.2, 1.45), targets=frozenset({"post"})), 1.0),
        # days apart, or the next day by its own words
        (_attack(TOWN, day=date(2026, 3, 14), targets=frozenset({"post"})), 0.25),
        (_attack(TOWN, day=WEDNESDAY, targets=frozenset({"post"})), 0.8),
        # a month-only recollection
        (_attack(TOWN, precision="month", targets=frozenset({"post"})), 0.6),
    ],
)
def test_a_dateline_joins_a_town_only_on_a_tie_in_one_country_and_day(town: EventKey, near: float) -> None:
    filed = _attack(CAPITAL, borrowed=True, figures=frozenset({("killed", 3)}), targets=frozenset({"post"}))
    assert filed_from_elsewhere(town, filed, near) is None


def _row(**values: Any) -> SimpleNamespace:
    row: dict[str, Any] = dict.fromkeys(IDENTITY_COLUMNS)
    row.update(
        type="attack", date_precision="day", date_iso="2026-03-10", date_day=TUESDAY, published=WEDNESDAY
    )
    row["date_text"] = "on Tuesday"
    row.update(values)
    return SimpleNamespace(**row)


def test_an_event_is_placed_by_a_dateline_only_while_no_report_names_its_town() -> None:
    capital = dict(place_name="Velmograd", place_kind="city", country="ML", lat=12.65, lon=-8.0)
    filed = _row(id="r1", resolution={"kind": "new", "borrowed": True}, **capital)
    info = EventInfo()
    info.add(filed, [])
    assert info.place_borrowed()
    assert event_identity([filed])["place_name"] == "Velmograd"
    # a region its own sentence names is a scene; the capital's city is more specific, but only filed from
    named = dict(place_name="Mopti", place_kind="admin", country="ML", admin1="Mopti")
    region = _row(id="r2", resolution={"kind": "same"}, **named)
    info.add(region, [])
    assert not info.place_borrowed()
    assert event_identity([filed, region])["place_name"] == "Mopti"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The raid came on the same day that gunmen burned a school across the river.", True),
        ("It happened the same night that a convoy was ambushed near the lake.", True),
        ("Soldiers who had arrived on the same day were sent north.", False),
    ],
)
def test_a_happening_dated_by_the_news_of_its_day(sentence: str, expected: bool) -> None:
    assert dated_by_the_news(sentence) is expected


def test_a_dateline_report_and_the_town_report_are_one_event(stored_attacks: StoredAttacks) -> None:
    reports = [
        {
            "id": "filed",
            "outlet": "Capital Courier",
            "published": "2026-03-11",
            "text": "NIAMEY - Seven soldiers died on Tuesday when armed men overran a military outpost "
            "in the far west of the country, the defence ministry announced on Wednesday "
            "without naming the place.",
        },
        {
            "id": "town",
            "outlet": "Western Echo",
            "published": "2026-03-12",
            "text": "Ten soldiers are now known to have died when Tuesday's raiders overran the "
            "outpost at Tera, relatives of the victims told reporters on Thursday.",
        },
    ]
    rows = [r for r in stored_attacks(reports) if (r.resolution or {}).get("kind") != "mention"]
    assert {r.doc_id for r in rows} == {"filed", "town"}
    assert len({r.event_id for r in rows}) == 1


def _news(**values: Any) -> SimpleNamespace:
    sibling: dict[str, Any] = dict.fromkeys(IDENTITY_COLUMNS)
    sibling.update(
        id="n1",
        event_id="event-news",
        type="military_action",
        resolution={"kind": "new"},
        date_precision="day",
        date_iso="2026-03-10",
        date_day=TUESDAY,
        place_name="Kelmo",
        place_kind="city",
        country="ML",
        admin1="Mopti",
        lat=14.49,
        lon=-4.19,
    )
    sibling.update(values)
    return SimpleNamespace(**sibling)


def _coarse(
    place: PlaceKey | None, precision: str = "year", day: date = date(2026, 1, 1)
) -> tuple[dict[str, Any], EventKey]:
    row = {
        "id": "r9",
        "type": "military_action",
        "date_precision": precision,
        "date_iso": day.isoformat()[: 4 if precision == "year" else 7],
        "date_day": day,
        "date_text": "this year" if precision == "year" else "this month",
        "published": WEDNESDAY,
    }
    return row, EventKey("military_action", day, precision=precision, place=place)


@pytest.mark.parametrize(
    "place",
    [
        None,
        PlaceKey("Mopti", "admin", "ML", "Mopti"),  # the region holding the town
        PlaceKey("Sevare", "city", "ML", "Mopti", 14.53, -4.1),  # a town of the same region
        PlaceKey("Kelmou", "city", None),  # the town spelt otherwise
    ],
)
def test_the_news_told_again_by_its_year_at_a_wider_place_is_background(place: PlaceKey | None) -> None:
    row, key = _coarse(place)
    found = told_coarser(row, key, [_news()])
    assert found is not None and found.event_id == "event-news"


def test_a_coarse_report_of_another_region_period_or_kind_is_not_the_news() -> None:
    row, key = _coarse(PlaceKey("Gao", "city", "ML", "Gao", 16.27, -0.04))
    assert told_coarser(row, key, [_news()]) is None  # another region's town
    row, key = _coarse(None, precision="month", day=date(2026, 2, 1))
    assert told_coarser(row, key, [_news()]) is None  # a month that ended before the news
    row, key = _coarse(None)
    assert told_coarser(row, key, [_news(type="statement")]) is None  # news of another kind
    assert told_coarser(row, key, [_news(resolution={"kind": "mention"})]) is None  # background only
    row, key = _coarse(None, precision="month", day=date(2026, 3, 1))
    assert told_coarser(row, key, [_news()]) is not None  # the news's own month


@pytest.mark.parametrize(
    ("names", "heads"),
    [
        (["three fuel lorries"], {"lorry"}),
        (["the local militias"], {"militia"}),
        (["two trucks"], {"truck"}),
        (["the press"], {"press"}),
    ],
)
def test_plural_target_heads(names: list[str], heads: set[str]) -> None:
    assert target_heads(names) == heads


def test_the_lorries_of_one_report_and_the_convoy_of_another_are_one_kind() -> None:
    lorries = _attack(TOWN, targets=target_heads(["a dozen supply lorries"]))
    convoy = _attack(TOWN, targets=target_heads(["an army convoy"]))
    assert target_score(lorries, convoy)[0] == TARGET_KIND_SCORE
    market = _attack(TOWN, targets=target_heads(["the cattle market"]))
    assert target_score(lorries, market)[0] == 0.0
