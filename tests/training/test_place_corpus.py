"""The place corpus and trainer of the learned place ranker: labelling each event's candidate places
against the gold, and scoring whole pages with the places the ranker would choose."""

from __future__ import annotations

from typing import Any

from nexus.training import place_corpus, place_train

PAGE: dict[str, Any] = {
    "id": "test-lorvan",
    "entities": [
        {"name": "Lorvan", "type": "PLACE", "subtype": "city", "aliases": ["Lorvan town"]},
        {"name": "Teskor", "type": "PLACE", "subtype": "city", "aliases": []},
    ],
    "events": [
        {
            "type": "attack",
            "date": "2025-02-04",
            "date_precision": "day",
            "place": "Lorvan",
            "lat": 10.0,
            "lon": 20.0,
            "evidence": "Raiders stormed a market in Lorvan on Tuesday, a spokesman in Teskor said.",
        },
        {
            "type": "statement",
            "date": "2025-02-04",
            "date_precision": "day",
            "place": None,
            "lat": None,
            "lon": None,
            "evidence": "The governor condemned the raid.",
        },
    ],
}


def cand(name: str, lat: float | None, lon: float | None, *, rules: bool = False) -> dict[str, Any]:
    return {"place": name, "lat": lat, "lon": lon, "rules": rules, "features": [f"K={name[:1]}"]}


def event(etype: str, evidence: str, place: str | None, cands: list[dict[str, Any]]) -> dict[str, Any]:
    pick = next((c for c in cands if c["rules"]), None)
    return {
        "type": etype,
        "trigger": evidence.split()[1],
        "date": "2025-02-04",
        "date_precision": "day",
        "place": place,
        "lat": pick["lat"] if pick else None,
        "lon": pick["lon"] if pick else None,
        "evidence": evidence,
    }


def record() -> dict[str, Any]:
    """One invented page: the attack's rules picked the speaker's town; a nearby village, the right
    town and a far town are the other candidates; the statement's gold names no place; a rally
    matches no gold event."""
    attack_cands = [
        cand("Teskor", 12.0, 22.0, rules=True),
        cand("Lorvan", 10.0, 20.0),
        cand("Abbel", 10.1, 20.1),  # about 15 km from the gold's coordinates
        cand("Varro", 30.0, 40.0),
    ]
    statement_cands = [cand("Lorvan", 10.0, 20.0, rules=True)]
    rally_cands = [cand("Teskor", 12.0, 22.0)]
    events = [
        event(
            "attack",
            "Raiders stormed a market in Lorvan on Tuesday, a spokesman in Teskor said.",
            "Teskor",
            attack_cands,
        ),
        event("statement", "The governor condemned the raid.", "Lorvan", statement_cands),
        event("rally", "Traders marched on Wednesday.", None, rally_cands),
    ]
    return place_corpus.page_record(PAGE, events, [attack_cands, statement_cands, rally_cands])


def test_candidates_are_labelled_by_the_scorers_place_match() -> None:
    attack, statement, rally = record()["events"]
    assert attack["gold"] == 0 and statement["gold"] == 1 and rally["gold"] is None
    labels = {c["place"]: c["label"] for c in attack["candidates"]}
    assert labels == {"Teskor": 0, "Lorvan": 1, "Abbel": 1, "Varro": 0}


def test_a_gold_event_without_a_place_makes_every_candidate_wrong() -> None:
    statement = record()["events"][1]
    assert [c["label"] for c in statement["candidates"]] == [0]


def test_the_candidates_of_an_unmatched_event_have_no_label() -> None:
    rally = record()["events"][2]
    assert [c["label"] for c in rally["candidates"]] == [None]


def test_only_labelled_candidates_become_training_docs() -> None:
    docs = place_train.training_docs([record()])
    assert len(docs) == 5  # four of the attack, one of the statement; the rally's none
    assert sorted(d.cats["right"] for d in docs) == [0.0, 0.0, 0.0, 1.0, 1.0]


def test_moving_the_event_to_the_right_candidate_raises_the_pages_f1() -> None:
    page = record()
    # (the unlocated rally's one candidate scores below the fill threshold: it stays unlocated)
    confident = [[0.1, 0.95, 0.4, 0.1], [0.2], [0.2]]
    unsure = [[0.5, 0.6, 0.4, 0.1], [0.2], [0.2]]
    table = place_train.score_pages([page], [confident])
    assert table["rules"]["f1"] < table["0.4"]["f1"]  # the attack now matches its gold
    assert table["rules"]["place_acc"] == 0.0 and table["0.4"]["place_acc"] == 1.0
    assert table["0.4"]["moved"] == 1
    assert table["oracle"]["f1"] == table["0.4"]["f1"]
    kept = place_train.score_pages([page], [unsure])
    assert kept["0.4"]["f1"] == kept["rules"]["f1"] and kept["0.4"]["moved"] == 0


def test_an_unlocated_event_takes_a_candidate_only_above_the_fill_threshold() -> None:
    page = record()
    rally = page["events"][2]
    assert place_train.rules_index(rally) is None
    moved = place_train.placed(rally, 0)
    assert moved["place"] == "Teskor" and rally["place"] is None
    table = place_train.score_pages([page], [[[0.9, 0.1, 0.1, 0.1], [0.9], [0.3]]])
    assert table["fill 0.3 only"]["moved"] == 1 and table["fill 0.5 only"]["moved"] == 0
    rally["candidates"][0]["features"].append("ROLE=other")  # the rules read it as another role
    table = place_train.score_pages([page], [[[0.9, 0.1, 0.1, 0.1], [0.9], [0.3]]])
    assert table["fill 0.3 only"]["moved"] == 0
