"""The learned sentence classifier: shipped intact, scores sentences, vetoes only when switched on."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import spacy
from spacy.tokens import Span

from nexus.extract import learned
from nexus.training.corpus import EVENT_TYPES


@dataclass
class _Mention:
    type: str
    sent: Span


def test_shipped_model_matches_its_checksums() -> None:
    assert learned.CHECKSUMS.is_file()
    assert learned.verify_model() == []


def test_scores_every_type_for_every_sentence() -> None:
    scores = learned.sentence_event_types(["Rebels shelled the ferry port at dawn.", "The lake is shallow."])
    assert len(scores) == 2
    for row in scores:
        assert set(row) == set(EVENT_TYPES)
        assert all(0.0 <= v <= 1.0 for v in row.values())


def test_violent_sentence_outscores_a_description() -> None:
    violent, quiet = learned.sentence_event_types(
        [
            "Armed men on motorbikes stormed a cattle market near Garoua, killing nine traders.",
            "Garoua is a river port with a large cattle market and a cotton mill.",
        ]
    )
    assert learned.type_score(violent, "attack") > 0.5
    assert learned.type_score(violent, "attack") > learned.type_score(quiet, "attack") + 0.3
    assert max(quiet.values()) < 0.5


def test_keep_rules() -> None:
    every = frozenset(EVENT_TYPES)
    scores = {t: 0.0 for t in EVENT_TYPES} | {"military_action": 0.8}
    assert learned.keep(scores, "attack", "veto", 0.1, every)  # pooled with military_action
    assert not learned.keep(scores, "visit", "veto", 0.1, every)
    assert learned.keep(scores, "visit", "eventless", 0.1, every)  # the sentence does state something
    assert learned.keep({t: 0.0 for t in EVENT_TYPES}, "visit", "off", 0.1, every)
    assert not learned.keep({t: 0.0 for t in EVENT_TYPES}, "visit", "eventless", 0.1, every)


def test_combine_vetoes_then_adds_confident_types() -> None:
    quiet = {t: 0.01 for t in EVENT_TYPES}
    # a low-scored attack is vetoed; a confident claim the rules missed is added
    assert learned.combine({"attack"}, quiet | {"claim": 0.95}, below=0.2, above=0.8) == {"claim"}
    # military_action found by the rules covers a confident attack score (they are pooled)
    scored = quiet | {"attack": 0.9}
    assert learned.combine({"military_action"}, scored, below=0.2, above=0.8) == {"military_action"}
    # types outside the veto list survive a low score; a middling score adds nothing
    kept = learned.combine({"statement"}, quiet | {"rally": 0.6}, below=0.2, above=0.8)
    assert kept == {"statement"}


def test_filter_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(learned.ENV_MODE, raising=False)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("The river is wide here.")
    mentions = [_Mention("attack", next(iter(doc.sents)))]
    assert learned.mode() == "off"
    assert learned.filter_mentions(mentions) == mentions


def test_filter_vetoes_a_mention_in_an_eventless_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(learned.ENV_MODE, "veto")
    monkeypatch.setenv(learned.ENV_THRESHOLD, "0.5")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(
        "The town has a cotton mill and two schools. Gunmen stormed a police post in the town, killing six."
    )
    quiet, violent = list(doc.sents)
    kept = learned.filter_mentions([_Mention("attack", quiet), _Mention("attack", violent)])
    assert [m.sent.start for m in kept] == [violent.start]


def test_veto_spares_types_outside_its_list(monkeypatch: pytest.MonkeyPatch) -> None:
    nothing = {t: 0.0 for t in EVENT_TYPES}
    assert learned.keep(nothing, "statement", "veto", 0.1, types=frozenset({"attack"}))
    assert not learned.keep(nothing, "attack", "veto", 0.1, types=frozenset({"attack"}))
    monkeypatch.setenv(learned.ENV_TYPES, "rally, visit")
    assert learned.veto_types() == frozenset({"rally", "visit"})
    assert learned.keep(nothing, "attack", "veto", 0.1)
