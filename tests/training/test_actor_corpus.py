"""The actor corpus and trainer of the learned actor ranker: labelling each event's candidate actors
against the gold as the scorer resolves names, and scoring pages with the actors the hook would give."""

from __future__ import annotations

from typing import Any

from nexus.training import actor_corpus, actor_train

PAGE: dict[str, Any] = {
    "id": "test-quillon",
    "entities": [
        {"name": "Quillon", "type": "PLACE", "subtype": "city", "aliases": []},
        {"name": "Ashen Spear Front", "type": "ORG", "subtype": "armed_group", "aliases": ["ASF"]},
        {"name": "Quillon Rangers", "type": "ORG", "subtype": "military", "aliases": []},
        {"name": "Ilse Maren", "type": "PERSON", "aliases": []},
    ],
    "events": [
        {
            "type": "attack",
            "date": "2025-03-09",
            "date_precision": "day",
            "place": "Quillon",
            "lat": 5.0,
            "lon": 6.0,
            "actors": ["Ashen Spear Front"],
            "evidence": "Fighters stormed a checkpoint outside Quillon on Sunday, the Quillon Rangers said.",
        },
        {
            "type": "statement",
            "date": "2025-03-09",
            "date_precision": "day",
            "place": None,
            "lat": None,
            "lon": None,
            "actors": ["Ilse Maren"],
            "evidence": "Governor Ilse Maren condemned the assault.",
        },
        {
            "type": "rally",
            "date": "2025-03-10",
            "date_precision": "day",
            "place": "Quillon",
            "lat": 5.0,
            "lon": 6.0,
            "actors": [],
            "evidence": "Hundreds marched through Quillon on Monday.",
        },
    ],
}


def cand(name: str, *, rules: bool = False) -> dict[str, Any]:
    return {"name": name, "rules": rules, "features": ["T=x", "K=ORG|other"]}


def event(etype: str, evidence: str, actors: list[str], day: str, place: str | None) -> dict[str, Any]:
    return {
        "type": etype,
        "trigger": evidence.split()[1],
        "date": f"2025-03-{day}",
        "date_precision": "day",
        "place": place,
        "lat": 5.0 if place else None,
        "lon": 6.0 if place else None,
        "evidence": evidence,
        "actors": actors,
    }


def record() -> dict[str, Any]:
    """An invented page: the attack's rules took the speaker (the rangers) for its actor, while the
    group, written by its initials, is another candidate; the statement's rules gave no actor; the
    rally's gold names none; a sanction pairs with no gold event."""
    attack = [cand("Quillon Rangers", rules=True), cand("ASF"), cand("Ilse Maren")]
    statement = [cand("Ilse Maren"), cand("Quillon Rangers")]
    rally = [cand("Ashen Spear Front")]
    sanction = [cand("Quillon Rangers")]
    events = [
        event(
            "attack",
            "Fighters stormed a checkpoint outside Quillon on Sunday, the Quillon Rangers said.",
            ["Quillon Rangers"],
            "09",
            "Quillon",
        ),
        event("statement", "Governor Ilse Maren condemned the assault.", [], "09", None),
        event("rally", "Hundreds marched through Quillon on Monday.", [], "10", "Quillon"),
        event("sanction", "The council froze the assets of two commanders.", [], "10", None),
    ]
    return actor_corpus.page_record(PAGE, events, [attack, statement, rally, sanction])


def labels(rec: dict[str, Any], n: int) -> dict[str, int | None]:
    return {c["name"]: c["label"] for c in rec["events"][n]["candidates"]}


def test_a_candidate_is_right_when_its_name_resolves_to_a_gold_actor() -> None:
    rec = record()
    assert [e["gold"] for e in rec["events"]] == [0, 1, 2, None]
    assert labels(rec, 0) == {"Quillon Rangers": 0, "ASF": 1, "Ilse Maren": 0}  # an alias counts
    assert labels(rec, 1) == {"Ilse Maren": 1, "Quillon Rangers": 0}


def test_every_candidate_is_wrong_when_the_gold_names_no_actor_and_unpaired_events_are_unlabelled() -> None:
    rec = record()
    assert labels(rec, 2) == {"Ashen Spear Front": 0}
    assert labels(rec, 3) == {"Quillon Rangers": None}


def test_the_trainer_counts_actor_accuracy_as_the_scorer_does() -> None:
    rec = record()
    # the rules: the attack's actor is wrong and the statement has none: 0 of 2
    rules = actor_train.page_result(rec, [list(e["actors"]) for e in rec["events"]])
    assert rules == (0, 2, 0, 0)
    # filling only: the statement gets the governor when the model is confident
    scores = [[0.5, 0.8, 0.1], [0.9, 0.2], [0.95], [0.5]]
    filled = [actor_train.hook_actors(e, s, 2.0, 0.8) for e, s in zip(rec["events"], scores, strict=True)]
    assert filled == [["Quillon Rangers"], ["Ilse Maren"], ["Ashen Spear Front"], []]
    # the rally's gold names no actor: the filled one is an extra, not a hit
    assert actor_train.page_result(rec, filled) == (1, 2, 1, 2)
    # overriding at a margin of 0.1 replaces the rangers by the group (0.8 against 0.5)
    moved = [actor_train.hook_actors(e, s, 0.1, 0.8) for e, s in zip(rec["events"], scores, strict=True)]
    assert moved[0] == ["ASF"]
    assert actor_train.page_result(rec, moved)[:2] == (2, 2)


def test_the_oracle_takes_a_right_candidate_only_where_the_rules_miss() -> None:
    rec = record()
    assert actor_train.oracle_actors(rec["events"][0]) == ["ASF"]
    assert actor_train.oracle_actors(rec["events"][1]) == ["Ilse Maren"]
    assert actor_train.oracle_actors(rec["events"][2]) == []
