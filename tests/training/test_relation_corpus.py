"""The pair corpus of the learned relation stage and its page-level scoring."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nexus.training import relation_corpus, relation_train
from nexus.training.relation_corpus import same_sentence

TEXT = (
    "Gunmen kill four in Tembisa raid\n\n"
    "TEMBISA, South Africa — The Marovo Brigade, a breakaway faction of the Ulsan Liberation Front, "
    "ambushed a police convoy near Tembisa on Monday, killing four officers, police said.\n\n"
    "The Ulsan Liberation Front has fought the Harlan Defence Force since 2019.\n\n"
    "The Marovo Brigade and the Ulsan Liberation Front were both named in a police report on Tuesday."
)

PAGE = {
    "id": "test-marovo",
    "source": {"outlet": "Test Wire", "published": "2025-06-04", "url": None, "synthetic": True},
    "text": TEXT,
    "entities": [
        {"name": "Marovo Brigade", "type": "ORG", "subtype": "armed_group", "aliases": []},
        {"name": "Ulsan Liberation Front", "type": "ORG", "subtype": "armed_group", "aliases": []},
        {"name": "Harlan Defence Force", "type": "ORG", "subtype": "military", "aliases": []},
        {"name": "Tembisa", "type": "PLACE", "subtype": "city", "aliases": []},
    ],
    "events": [],
    "relations": [
        {
            "source": "Marovo Brigade",
            "type": "affiliation",
            "target": "Ulsan Liberation Front",
            "evidence": "The Marovo Brigade, a breakaway faction of the Ulsan Liberation Front, ambushed "
            "a police convoy near Tembisa on Monday, killing four officers, police said.",
            "hedged": False,
            "attributed_to": None,
        }
    ],
}


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("pages")
    (folder / "test-marovo.json").write_text(json.dumps(PAGE), encoding="utf-8")
    (only,) = list(relation_corpus.page_records(folder))
    return only


def pair(record: dict[str, Any], a: str, b: str, words: str) -> dict[str, Any]:
    for p in record["pairs"]:
        if set(p["names"]) == {a, b} and words in p["sentence"]:
            return p
    raise AssertionError(f"no pair {a} / {b} in a sentence with {words!r}")


def test_the_gold_relation_in_its_evidence_sentence_is_a_positive(record: dict[str, Any]) -> None:
    p = pair(record, "Marovo Brigade", "Ulsan Liberation Front", "breakaway")
    assert p["gold"] == ["Marovo Brigade", "Ulsan Liberation Front"]
    assert p["labels"]["affiliation"] == 1
    assert p["labels"]["hostility"] == 0


def test_the_same_pair_in_another_sentence_is_unsure_not_negative(record: dict[str, Any]) -> None:
    p = pair(record, "Marovo Brigade", "Ulsan Liberation Front", "police report")
    assert "affiliation" in p["unsure"] and "affiliation" not in p["labels"]


def test_a_pair_without_a_gold_relation_is_a_negative(record: dict[str, Any]) -> None:
    p = pair(record, "Ulsan Liberation Front", "Harlan Defence Force", "fought")
    assert p["labels"] == {"affiliation": 0, "cooperation": 0, "hostility": 0, "based_in": 0}


def test_the_page_keeps_the_rules_relations_and_the_gold(record: dict[str, Any]) -> None:
    assert record["gold"] == [["Marovo Brigade", "Ulsan Liberation Front", "affiliation"]]
    assert all(len(r) == 4 and r[3] for r in record["rules"])  # source, target, type, sentence


def test_same_sentence_tolerates_whitespace_and_a_cut() -> None:
    assert same_sentence("Rebels  struck\nthe town on Monday.", "Rebels struck the town on Monday.")
    assert same_sentence("Rebels struck the town on Monday, police said.", "Rebels struck the town on Monday")
    assert not same_sentence("Rebels struck the town.", "Soldiers left the base at dawn.")


def test_score_pages_counts_rules_and_model_additions() -> None:
    page = {
        "resolve": {"a": "A", "b": "B", "c": "C"},
        "gold": [["A", "B", "hostility"], ["A", "C", "affiliation"]],
        "rules": [["A", "B", "hostility", "A fought B."]],
        "pairs": [
            {"names": ["A", "C"], "sentence": "A joined C."},
            {"names": ["B", "C"], "sentence": "B met C."},
        ],
    }
    scores = [[{"affiliation": 0.8, "hostility": 0.1}, {"affiliation": 0.6, "hostility": 0.0}]]
    table = relation_train.score_pages([page], scores, (0.5, 0.7))
    assert table["rules"] == {"p": 1.0, "r": 0.5, "f1": 0.6667, "pred": 1, "gold": 2}
    assert table["0.7"]["pred"] == 2 and table["0.7"]["r"] == 1.0  # A-C affiliation added
    assert table["0.5"]["pred"] == 3 and table["0.5"]["p"] == round(2 / 3, 4)  # B-C wrongly added too


def test_score_pages_leaves_out_a_competing_reading_of_a_rules_link() -> None:
    # the rules read "B was accused by A of sheltering C" as B-C cooperation; a model pair A-C of the
    # same type in that sentence is a second reading of the same link, not an addition
    sentence = "B was accused by A of sheltering C."
    page = {
        "resolve": {"a": "A", "b": "B", "c": "C"},
        "gold": [["B", "C", "cooperation"], ["A", "B", "hostility"]],
        "rules": [["B", "C", "cooperation", sentence]],
        "pairs": [{"names": ["A", "C"], "sentence": sentence}, {"names": ["A", "B"], "sentence": sentence}],
    }
    scores = [[{"cooperation": 0.9}, {"hostility": 0.9}]]
    table = relation_train.score_pages([page], scores, (0.5,))
    assert table["0.5"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "pred": 2, "gold": 2}


def test_the_corpus_round_trips(tmp_path: Path, record: dict[str, Any]) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert relation_corpus.read(path) == [record]


def test_the_pair_corpus_never_opens_a_page_of_the_check_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the relation model trains and picks its thresholds on the study pages only: a check page
    # in the folder is left unread (its file here is not even JSON)
    from nexus.training.page_sentences import CHECK_PREFIXES

    (tmp_path / f"{CHECK_PREFIXES[0]}a-held-out.json").write_text("unreadable", encoding="utf-8")
    assert list(relation_corpus.page_records(tmp_path)) == []


def test_the_pair_corpus_never_opens_a_page_of_the_whole_check_split(tmp_path: Path) -> None:
    # every prefix of the check split (h37 as well as h26-h28) is left unread (not even JSON here),
    # while the blind pages of later sessions are read like any study page
    from nexus.training.pages import HELD_OUT_PREFIXES

    for prefix in HELD_OUT_PREFIXES:
        (tmp_path / f"{prefix}b-check.json").write_text("unreadable", encoding="utf-8")
    assert list(relation_corpus.page_records(tmp_path)) == []
