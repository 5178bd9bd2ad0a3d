"""The triage corpus: other news is laid out as pages too, so layout does not give the label away."""

from __future__ import annotations

import random
import re
from pathlib import Path

from nexus.training import triage_corpus

TRAINING = Path(__file__).resolve().parents[2] / "training"
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:, [A-Z][a-z]+ \d+)? \(|^[A-Z][A-Z .'-]+: |^[A-Z][a-z]+, [A-Z][a-z ]+ — "
)


def _share(records: list[dict[str, str]], test: re.Pattern[str]) -> float:
    return sum(1 for r in records if any(test.search(line) for line in r["text"].split("\n"))) / len(records)


def test_both_labels_carry_datelines_and_other_news_has_headlines() -> None:
    corpus = triage_corpus.build(TRAINING)
    train = corpus["train"]
    other = [r for r in train if r["label"] == "other"]
    security = [r for r in train if r["label"] == "security"]
    assert _share(other, _DATELINE) > 0.3
    assert _share(security, _DATELINE) > 0.15
    with_headline = [r for r in other if "\n" in r["text"] and not r["text"].startswith(triage_corpus._NAV)]
    assert len(with_headline) / len(other) > 0.2
    assert {r["topic"] for r in other} >= {"accidents", "weather", "sports", "markets"}


def test_a_dateline_takes_every_form_from_the_fillers() -> None:
    fillers = {"city": ["Porto"], "outlet": ["City Wire"], "month": ["May"], "country": ["Portugal"]}
    rng = random.Random(3)
    forms = {triage_corpus._dateline(fillers, rng) for _ in range(60)}
    assert "PORTO (City Wire) — " in forms
    assert "Porto, Portugal — " in forms
    assert "PORTO: " in forms
    assert any(f.startswith("PORTO, May ") and f.endswith("(City Wire) - ") for f in forms)


def test_added_templates_never_move_a_held_back_template_into_training() -> None:
    topics = {
        "politics": [f"politics line {i}." for i in range(20)],
        "sports": [f"sports line {i}." for i in range(15)],
    }
    before = triage_corpus._held_back(topics, random.Random(7))
    added = {
        "politics": [f"new politics line {i}." for i in range(10)],
        "courts": [f"court line {i}." for i in range(6)],
    }
    after = triage_corpus._held_back(topics, random.Random(7), added, random.Random(8))
    for topic, held in before["test"].items():
        assert set(held) <= set(after["test"][topic])
        assert not set(held) & set(after["train"][topic])
    assert after["test"]["courts"] and after["train"]["courts"]
    assert not set(after["test"]["courts"]) & set(after["train"]["courts"])


def test_hard_positives_are_security_documents_held_back_like_other_news() -> None:
    templates, _, _ = triage_corpus.load_hard_positives(TRAINING / "triage" / "security.yaml")
    corpus = triage_corpus.build(TRAINING)
    firsts = {t.split("{")[0] for t in templates if not t.startswith("{") and len(t.split("{")[0]) > 25}

    def hard(split: str) -> set[str]:
        found = set()
        for r in corpus[split]:
            for first in firsts:
                if first in r["text"]:
                    assert r["label"] == "security", r["text"]
                    found.add(first)
        return found

    train, test = hard("train"), hard("test")
    assert train and test and not train & test
