"""A batch of parsed Docs is started together: rule mentions found ahead, the learned model called once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pytest
import spacy
from spacy.tokens import Span

from nexus.extract import learned, prepass
from nexus.extract.pipeline import Extractor
from nexus.model import Document, Extraction

EVENT_TYPES = ("attack", "claim", "rally", "visit", "meeting", "sanction", "military_action", "statement")

REPORTS = [
    "Raiders set fire to a granary outside Tambacounda late on Sunday, a local councillor said.",
    "The harbour authority opened a new ferry terminal in Ziguinchor on Monday.",
    "Unknown assailants shot dead two herders near Kedougou on Saturday; nobody claimed the killing.",
    "Police in Kolda arrested four men suspected of robbing a fuel station, a spokesman said on Tuesday.",
    "Hundreds marched through Thies on Friday to demand the release of detained students.",
]


@dataclass
class _Mention:
    type: str
    sent: Span


def _quiet(sents: Sequence[Span]) -> list[dict[str, float]]:
    return [{t: 0.0 for t in EVENT_TYPES} for _ in sents]


def _without_volatile(x: Extraction) -> str:
    return x.model_dump_json(exclude={"extracted_at"})


def test_prescored_sentences_are_not_scored_again(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(learned.ENV_WHERE, raising=False)
    monkeypatch.setenv(learned.ENV_MODE, "add")
    monkeypatch.setattr(learned, "trigger_lexicon", lambda: {"attack": {"torch": 3, "raid": 2}})
    calls: list[list[str]] = []

    def scores(sents: Sequence[Span]) -> list[dict[str, float]]:
        calls.append([s.text for s in sents])
        return _quiet(sents)

    monkeypatch.setattr(learned, "span_event_types", scores)
    one = nlp("Militia fighters raided a market in Bouar. Youths torched a truck near Bossangoa.")
    two = nlp("Arsonists torched a clinic in Kaga-Bandoro. The lake was calm that week.")
    first_of_one = next(iter(one.sents))
    learned.prescore([(one, [_Mention("attack", first_of_one)]), (two, [])])
    # one call for both Docs: the sentences without rule events that hold a word of the lexicon
    assert calls == [
        ["Youths torched a truck near Bossangoa.", "Arsonists torched a clinic in Kaga-Bandoro."]
    ]
    learned.apply(one, [_Mention("attack", first_of_one)], lambda s, g: [], how="add")
    learned.apply(two, [], lambda s, g: [], how="add")
    assert len(calls) == 1  # apply read the kept scores
    learned.apply(two, [], lambda s, g: [], how="add")
    assert calls[-1] == ["Arsonists torched a clinic in Kaga-Bandoro."]  # taken once: scored anew


def test_prescore_does_nothing_when_the_model_is_off(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(learned.ENV_MODE, "off")
    calls: list[int] = []
    monkeypatch.setattr(learned, "span_event_types", lambda sents: calls.append(len(sents)) or _quiet(sents))
    doc = nlp("Gunmen torched a lorry near Mbaiki.")
    learned.prescore([(doc, [])])
    assert calls == [] and not doc.user_data


def test_prescore_also_scores_the_sentences_of_rule_mentions_when_asked(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(learned.ENV_MODE, "off")  # (the event verifier reads them whatever the mode)
    calls: list[list[str]] = []
    model_scores = learned._model_scores

    def counted(sents: Sequence[Span]) -> list[dict[str, float]]:
        calls.append([s.text for s in sents])
        return model_scores(sents)

    monkeypatch.setattr(learned, "_model_scores", counted)
    one = nlp("Militia fighters raided a market in Bouar. The lake was calm that week.")
    two = nlp("Arsonists torched a clinic in Kaga-Bandoro.")
    raid, calm = list(one.sents)
    (torch,) = list(two.sents)
    batch = [(one, [_Mention("attack", raid), _Mention("attack", raid)]), (two, [_Mention("attack", torch)])]
    learned.prescore(batch, mentioned=True)
    assert calls == [[raid.text, torch.text]]  # one call, each mentioned sentence once, no other
    assert learned.span_event_types([torch]) and learned.span_event_types([raid])
    assert len(calls) == 1  # kept with their Docs
    learned.span_event_types([calm])
    assert calls[-1] == [calm.text]


def test_kept_rule_mentions_are_handed_over_once_and_only_for_the_same_inputs(
    extractor: Extractor,
) -> None:
    doc = extractor.nlp("Bandits ambushed a bus near Kaffrine on Wednesday, killing three passengers.")
    clusters = doc._.nexus_entities or []
    dates: list = []  # type: ignore[type-arg]
    kept = prepass.keep_rule_mentions(doc, clusters, dates)
    assert [m.type for m in kept] == ["attack"]
    assert prepass.rule_mentions(doc, clusters, list(dates))[1] is not kept  # other dates: computed anew
    kept = prepass.keep_rule_mentions(doc, clusters, dates)
    _, mentions = prepass.rule_mentions(doc, clusters, dates)
    assert mentions is kept  # the same inputs: the kept mentions themselves
    again = prepass.rule_mentions(doc, clusters, dates)[1]
    assert again is not mentions and [m.type for m in again] == ["attack"]


def test_a_batch_gives_what_each_document_gives_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(learned.ENV_MODE, raising=False)
    extractor = Extractor(triage=False, batch_size=3)
    documents = [
        Document(id=f"pp-{i}", text=text, published=date(2025, 3, 11)) for i, text in enumerate(REPORTS)
    ]
    calls: list[int] = []
    original = learned.span_event_types

    def counted(sents: Sequence[Span]) -> list[dict[str, float]]:
        calls.append(len(sents))
        return original(sents)

    monkeypatch.setattr(learned, "span_event_types", counted)
    batched = [_without_volatile(x) for x in extractor.extract_many(documents)]
    batch_calls = len(calls)
    alone = [_without_volatile(extractor.extract(d)) for d in documents]
    assert batched == alone
    assert batch_calls <= 2  # one call per batch of three Docs, not one per Doc


def test_worker_processes_take_whole_batches_and_give_the_same_extractions(extractor: Extractor) -> None:
    documents = [
        Document(id=f"wp-{i}", text=text, published=date(2025, 3, 11)) for i, text in enumerate(REPORTS)
    ]
    alone = [_without_volatile(extractor.extract(d)) for d in documents]
    old = extractor.n_process, extractor.batch_size
    extractor.n_process, extractor.batch_size = 2, 2
    try:
        forked = [_without_volatile(x) for x in extractor.extract_many(documents)]
    finally:
        extractor.n_process, extractor.batch_size = old
    assert forked == alone
