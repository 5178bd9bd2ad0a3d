"""Event identity, session 25: kinds of split that left one incident as two KB events.

* One night's raid dated to either of its two days ("late on Wednesday" by one outlet, "an
  overnight attack" told on Thursday by another): a day apart, a side told at a night's edge, the
  dates are alike (``events.night_date``, ``events.one_night``); a kindred type told the next day
  (the army's raid in reply) still needs its own calendar day.
* A target named with an "of" complement ("a column of the border guards") has the head before
  "of" when that word names a kind of thing or people hit (``events.target_heads``).
* A region whose own report named the report's town in it scores as that named town, even when a
  table also says the region holds the town (``events.best_place_score``).
* A village read as the attacker ("a raid by gunmen on Kelmo") by a report placed only in a
  division is the place, not an actor (``events.actors_naming_places``).
* A follow-up's later day at the place its document told before ("victims of Monday's raid buried
  on Thursday ... houses the gunmen burned") tells that happening again: background to its event
  (``linker.told_again``), not an event of its own.

Incidents are invented; places are real where a gazetteer must know them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from nexus.resolve import EventKey, PlaceKey
from nexus.resolve.events import (
    DAY_SCORES,
    NAMED_IN_REGION_SCORE,
    NIGHT_REASON,
    TARGET_KIND_SCORE,
    actors_naming_places,
    best_place_score,
    date_score,
    night_date,
    score_pair,
    target_heads,
    target_score,
)
from nexus.store.aggregates import EventInfo
from nexus.store.linker import told_again

StoredAttacks = Callable[[list[dict[str, str]]], list[Any]]

FRIDAY, SATURDAY = date(2026, 5, 15), date(2026, 5, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("late on Thursday", True),
        ("overnight", True),
        ("early on Sunday", True),
        ("before dawn on Tuesday", True),
        ("Saturday night", True),
        ("on Monday evening", False),
        ("on Wednesday", False),
        ("earlier this month", False),
        ("last week", False),
    ],
)
def test_date_words_at_a_night_s_edge(text: str, expected: bool) -> None:
    assert night_date(text) is expected


def test_a_day_apart_one_side_told_at_night_is_one_night() -> None:
    told_at_night = EventKey("attack", FRIDAY, nights=frozenset({FRIDAY}))
    next_day = EventKey("attack", SATURDAY)
    assert date_score(next_day, told_at_night) == (DAY_SCORES[0], NIGHT_REASON)
    assert date_score(told_at_night, next_day) == (DAY_SCORES[0], NIGHT_REASON)


def test_a_day_apart_told_by_day_stays_a_day_apart() -> None:
    by_day = date_score(EventKey("attack", SATURDAY), EventKey("attack", FRIDAY))
    assert by_day == (DAY_SCORES[1], "1 day(s) apart")


def test_two_days_apart_are_not_one_night() -> None:
    sunday = date(2026, 5, 17)
    told_at_night = EventKey("attack", FRIDAY, nights=frozenset({FRIDAY}))
    assert date_score(EventKey("attack", sunday), told_at_night)[0] < DAY_SCORES[1]


def test_the_next_day_s_raid_in_reply_is_not_made_kindred_by_the_night() -> None:
    town = PlaceKey("Djibo", "city", "BF", "Sahel", 14.10, -1.63)
    attack = EventKey(
        "attack", FRIDAY, place=town, methods=frozenset({"firearms"}), nights=frozenset({FRIDAY})
    )
    reply = EventKey("military_action", SATURDAY, place=town, methods=frozenset({"firearms"}))
    assert score_pair(reply, attack) is None


def _row(**values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"id": "r1", "type": "attack", "date_precision": "day", "published": SATURDAY}
    row.update(values)
    return row


def test_an_event_keeps_the_days_its_reports_tell_at_night() -> None:
    info = EventInfo()
    info.add(_row(date_iso="2026-05-15", date_day=FRIDAY, date_text="late on Friday"), [])
    info.add(_row(id="r2", date_iso="2026-05-16", date_day=SATURDAY, date_text="on Saturday"), [])
    assert info.nights == {FRIDAY}
    assert info.days == {FRIDAY, SATURDAY}


def test_overnight_raid_told_on_two_days_is_one_event(stored_attacks: StoredAttacks) -> None:
    # the department may hold the village only on one day's happening with one toll: the night is one
    reports = [
        {
            "id": "village",
            "outlet": "Mandara Wire",
            "published": "2026-05-14",
            "text": "MAROUA, Cameroon - Gunmen killed seven villagers late on Wednesday in the village "
            "of Ngoumirou, a hill hamlet beyond Maroua, a district official reported on Thursday.",
        },
        {
            "id": "department",
            "outlet": "Lake Region Times",
            "published": "2026-05-14",
            "text": "Nine people died in an overnight raid in the Mayo-Kani department of Cameroon, "
            "according to a town councillor speaking on Thursday. The toll could rise, he warned.",
        },
    ]
    rows = [r for r in stored_attacks(reports) if (r.resolution or {}).get("kind") != "mention"]
    assert {r.doc_id for r in rows} == {"village", "department"}
    assert len({r.event_id for r in rows}) == 1


@pytest.mark.parametrize(
    ("target", "head"),
    [
        ("a column of the border guards", "column"),
        ("the barracks of the river brigade", "barrack"),
        ("six members of a traders' union", "member"),
        ("dozens of herders", "herder"),
        ("the outskirts of Velmo", "velmo"),
    ],
)
def test_a_target_s_head_before_an_of_complement(target: str, head: str) -> None:
    assert target_heads([target]) == frozenset({head})


def test_a_column_of_guards_and_a_convoy_are_one_kind_of_target() -> None:
    column = EventKey("attack", FRIDAY, targets=target_heads(["a column of the border guards"]))
    convoy = EventKey("attack", FRIDAY, targets=target_heads(["the army convoy"]))
    assert target_score(column, convoy)[0] == TARGET_KIND_SCORE


def test_a_region_naming_the_town_in_it_scores_as_the_town_named() -> None:
    town = PlaceKey("Kaya", "city", "BF", "Centre-Nord", 13.09, -1.08)
    region = PlaceKey("Sanmatenga", "admin", "BF", "Centre-Nord", towns=("Kaya",))
    hamlet = PlaceKey("Kelmorou", "city", None, None)  # a name no gazetteer knows
    report = EventKey("attack", FRIDAY, place=town)
    candidate = EventKey("attack", FRIDAY, place=hamlet, places=(hamlet, region))
    score, reason = best_place_score(report, candidate)
    assert score == NAMED_IN_REGION_SCORE
    assert "named in Sanmatenga" in reason


def test_a_village_read_as_the_attacker_by_a_division_s_report_is_the_place() -> None:
    village = PlaceKey("Kelmo", "city", "CM", None)
    candidate = EventKey("attack", FRIDAY, place=village, places=(village,))
    in_division = EventKey(
        "attack",
        FRIDAY,
        place=PlaceKey("Mayo-Tsanaga", "admin", "CM", "Far North"),
        actors=frozenset({"Kelmo"}),
        actor_names=frozenset({"Kelmo"}),
    )
    assert actors_naming_places(in_division, candidate)


def test_a_group_named_like_a_village_stays_a_group_where_a_town_is_given() -> None:
    village = PlaceKey("Kelmo", "city", "CM", None)
    candidate = EventKey("attack", FRIDAY, place=village, places=(village,))
    at_town = EventKey(
        "attack",
        FRIDAY,
        place=PlaceKey("Mokolo", "city", "CM", "Far North", 10.74, 13.80),
        actors=frozenset({"Kelmo"}),
        actor_names=frozenset({"Kelmo"}),
    )
    assert not actors_naming_places(at_town, candidate)


def _report(**values: Any) -> SimpleNamespace:
    fields = {
        "type": "attack",
        "event_id": "event-kelmo",
        "evidence_id": "sentence-1",
        "place_name": "Kelmo",
        "date_iso": "2026-05-11",
        "date_day": date(2026, 5, 11),
        "date_precision": "day",
        "date_text": "on Monday",
        "published": date(2026, 5, 15),
        "resolution": {"kind": "same"},
    }
    fields.update(values)
    return SimpleNamespace(**fields)


def _retold(actors: frozenset[str] = frozenset(), **values: Any) -> tuple[dict[str, Any], EventKey]:
    row = {
        "id": "r2",
        "type": "attack",
        "evidence_id": "sentence-3",
        "date_iso": "2026-05-14",
        "date_day": date(2026, 5, 14),
        "date_precision": "day",
        "date_text": "on Thursday",
        "published": date(2026, 5, 15),
    }
    row.update(values)
    key = EventKey("attack", row["date_day"], place=PlaceKey("Kelmo", "city", "NG", "Borno"), actors=actors)
    return row, key


def test_a_later_day_at_the_document_s_place_tells_its_happening_again() -> None:
    earlier = _report()
    assert told_again(*_retold(), [earlier]) is earlier


def test_of_one_sentence_a_report_naming_no_actor_is_told_again() -> None:
    # "victims of Monday's raid on Kelmo were buried on Thursday ... houses the raiders burned"
    earlier = _report(evidence_id="sentence-3", date_text="Monday")
    assert told_again(*_retold(), [earlier]) is earlier


@pytest.mark.parametrize(
    ("sibling", "row"),
    [
        ({"evidence_id": "sentence-3"}, {"actors": frozenset({"Velm Front"})}),  # its own actor
        ({"evidence_id": "sentence-3", "date_text": "two days after the raid"}, {}),  # dated by another
        ({"place_name": "Dastra"}, {}),  # another place
        ({"date_day": date(2026, 5, 10), "date_iso": "2026-05-10"}, {}),  # four days before
        ({"date_day": date(2026, 5, 15), "date_iso": "2026-05-15"}, {}),  # the report is the earlier
        ({"resolution": {"kind": "mention"}}, {}),  # the document only recalled it
        ({"type": "military_action"}, {}),  # the army's reply
    ],
    ids=[
        "one sentence, an actor of its own",
        "one sentence, dated by another",
        "another place",
        "beyond the window",
        "dated before",
        "a mention",
        "another type",
    ],
)
def test_what_a_document_does_not_tell_again(sibling: dict[str, Any], row: dict[str, Any]) -> None:
    assert told_again(*_retold(**row), [_report(**sibling)]) is None
