"""The event corpus of the learned event verifier: labelling the rules' events against the gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nexus.training import event_corpus
from nexus.training.event_corpus import date_ok, label_events, place_ok

TEXT = (
    "Gunmen storm border post near Palvask\n\n"
    "PALVASK, March 12 — Fighters of the Oren Hill Movement attacked a customs post outside Palvask "
    "on Tuesday, killing two guards, a regional spokesman said.\n\n"
    "The movement's fighters had bombed a fuel depot in the same district in 2017.\n\n"
    "Residents said the road to the post stayed closed on Wednesday."
)

PAGE = {
    "id": "test-palvask",
    "source": {"outlet": "Test Wire", "published": "2025-03-12", "url": None, "synthetic": True},
    "text": TEXT,
    "entities": [
        {"name": "Oren Hill Movement", "type": "ORG", "subtype": "armed_group", "aliases": []},
        {"name": "Palvask", "type": "PLACE", "subtype": "city", "aliases": []},
    ],
    "events": [
        {
            "type": "attack",
            "date": "2025-03-11",
            "date_precision": "day",
            "place": "Palvask",
            "country": None,
            "lat": None,
            "lon": None,
            "actors": ["Oren Hill Movement"],
            "targets": ["customs post"],
            "killed": {"value": 2, "qualifier": "exact"},
            "injured": None,
            "evidence": "PALVASK, March 12 — Fighters of the Oren Hill Movement attacked a customs post "
            "outside Palvask on Tuesday, killing two guards, a regional spokesman said.",
            "hedged": False,
            "attributed_to": None,
        }
    ],
    "relations": [],
}


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("pages")
    (folder / "test-palvask.json").write_text(json.dumps(PAGE), encoding="utf-8")
    (only,) = list(event_corpus.page_records(folder))
    return only


def gold(**fields: Any) -> dict[str, Any]:
    base = {"type": "attack", "date": "2024-05-02", "date_precision": "day", "place": "Dorrin"}
    base.update(lat=None, lon=None, evidence="Raiders attacked the Dorrin market on Thursday.")
    base.update(fields)
    return base


def pred(**fields: Any) -> dict[str, Any]:
    base = {"type": "attack", "trigger": "attacked", "date": "2024-05-02", "date_precision": "day"}
    base.update(
        place="Dorrin", lat=None, lon=None, evidence="Raiders attacked the Dorrin market on Thursday."
    )
    base.update(fields)
    return base


def test_the_told_attack_is_true_and_every_other_event_false(record: dict[str, Any]) -> None:
    events = record["events"]
    assert events, "the rules find the attack"
    told = [e for e in events if "customs post" in (e["evidence"] or "") and e["type"] == "attack"]
    assert len(told) == 1 and told[0]["label"] == 1 and told[0]["gold"] == 0
    assert all(e["label"] == 0 for e in events if e is not told[0])


def test_every_event_carries_its_features(record: dict[str, Any]) -> None:
    for event in record["events"]:
        assert f"T={event['type']}" in event["features"]
        words = " ".join(event["features"]).lower()
        assert "palvask" not in words and "oren" not in words  # names are never features


def test_the_record_keeps_the_gold_for_scoring(record: dict[str, Any]) -> None:
    assert record["page"] == "test-palvask"
    assert [g["type"] for g in record["gold"]] == ["attack"]
    assert record["resolve"]["palvask"] == "Palvask"


def test_the_same_sentence_pairs_even_with_a_wrong_date() -> None:
    assert label_events([gold()], [pred(date="2023-01-01")], {}) == [0]


def test_another_sentence_pairs_when_date_and_place_fit() -> None:
    other = pred(evidence="The market raid left the town shaken.", trigger="raid")
    assert label_events([gold()], [other], {}) == [0]
    assert label_events([gold()], [pred(evidence="Nothing alike here.", date="2023-01-01")], {}) == [None]


def test_a_second_report_of_one_happening_is_false() -> None:
    first, again = pred(), pred(evidence="The raid on Thursday was the third this year.", trigger="raid")
    assert label_events([gold()], [first, again], {}) == [0, None]


def test_another_type_never_pairs() -> None:
    assert label_events([gold()], [pred(type="military_action")], {}) == [None]


def test_the_same_sentence_wins_when_two_gold_events_compete() -> None:
    a = gold(evidence="Raiders attacked the Dorrin market on Thursday.")
    b = gold(evidence="A second group attacked a Dorrin clinic the same day.")
    p = pred(evidence="A second group attacked a Dorrin clinic the same day.")
    assert label_events([a, b], [p], {}) == [1]


def test_dates_follow_the_gold_precision() -> None:
    assert date_ok(gold(), pred(date="2024-05-03"))  # a day off
    assert not date_ok(gold(), pred(date="2024-05-05"))
    assert date_ok(gold(date="2024-05", date_precision="month"), pred(date="2024-05-28"))
    assert date_ok(gold(date=None), pred(date=None))
    assert not date_ok(gold(), pred(date=None))


def test_places_by_name_or_distance() -> None:
    table = {"dorrin": "Dorrin", "dorrin town": "Dorrin"}
    assert place_ok(gold(), pred(place="Dorrin Town"), table)
    assert not place_ok(gold(), pred(place="Alsen"), table)
    near = gold(lat=10.0, lon=20.0)
    assert place_ok(near, pred(place="Alsen", lat=10.2, lon=20.1), table)
    assert not place_ok(near, pred(place="Alsen", lat=12.0, lon=20.0), table)
    assert place_ok(gold(place=None), pred(place=None), table)


def test_the_corpus_round_trips(tmp_path: Path, record: dict[str, Any]) -> None:
    out = tmp_path / "corpus.jsonl"
    out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert event_corpus.read(out) == [record]
