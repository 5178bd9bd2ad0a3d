"""The learned sentence classifier: shipped intact, scores sentences, vetoes only when switched on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pytest
import spacy
from spacy.tokens import Doc, Span

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


def test_the_default_mode_adds_and_never_vetoes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(learned.ENV_MODE, raising=False)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("The river is wide here.")
    mentions = [_Mention("attack", next(iter(doc.sents)))]
    assert learned.mode() == "add"
    assert learned.filter_mentions(mentions) == mentions
    monkeypatch.setenv(learned.ENV_MODE, "off")
    assert learned.mode() == "off"


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


# --- the extraction hook: the model adds drafts the rules missed -------------------------------


def _score_rows(doc: Doc, rows: list[dict[str, float]]) -> dict[tuple[int, int], dict[str, float]]:
    quiet = {t: 0.0 for t in EVENT_TYPES}
    return {(s.start, s.end): quiet | row for s, row in zip(doc.sents, rows, strict=True)}


def test_place_trigger_prefers_the_lexicon_word_and_skips_rule_words(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "trigger_lexicon", lambda: {"attack": {"pelt": 6, "convoy": 1}})
    sent = next(iter(nlp("Youths pelted the convoy with stones outside Garissa on Sunday.").sents))
    trigger = learned.place_trigger(sent, "attack")
    assert trigger is not None and trigger.lower_ == "pelted"
    # a word the rules already judge is left to them; the next lexicon word carries the event
    other = learned.place_trigger(sent, "attack", skip=frozenset({"pelt"}))
    assert other is not None and other.lower_ == "convoy"
    assert learned.place_trigger(sent, "visit") is None  # no word of the type: no event


def test_place_trigger_leaves_describing_and_unrealised_words(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "trigger_lexicon", lambda: {"sanction": {"ban": 5}})
    # a participle that describes a group tells no happening
    described = next(iter(nlp("Officials see the cell as a front for a banned network.").sents))
    assert learned.place_trigger(described, "sanction") is None
    # a measure only proposed has not happened
    proposed = next(iter(nlp("The ministry has proposed a ban on the movement.").sents))
    assert learned.place_trigger(proposed, "sanction") is None
    done = next(iter(nlp("The ministry imposed a ban on the movement on Monday.").sents))
    trigger = learned.place_trigger(done, "sanction")
    assert trigger is not None and trigger.lower_ == "ban"


def test_place_trigger_leaves_a_light_verb_without_its_complement(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "trigger_lexicon", lambda: {"attack": {"come": 9, "ambush": 2}})
    light = next(iter(nlp("A road crew came across three armed men near the ford.").sents))
    assert learned.place_trigger(light, "attack") is None
    named = next(iter(nlp("Three armed men came out of the forest and ambushed a road crew.").sents))
    trigger = learned.place_trigger(named, "attack")
    assert trigger is not None and trigger.lower_ == "ambushed"


def test_add_drafts_only_where_the_rules_found_nothing_of_the_type(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        learned, "trigger_lexicon", lambda: {"attack": {"lob": 4}, "military_action": {"shell": 3}}
    )
    monkeypatch.setenv(learned.ENV_NOVEL, "0")
    doc = nlp(
        "Militants lobbed grenades at a bus depot in Wajir. "
        "Artillery units shelled the ridge above the town. "
        "Someone lobbed a grenade into a bar in Mandera."
    )
    first, second, third = list(doc.sents)
    scores = _score_rows(doc, [{"attack": 0.97}, {"military_action": 0.95}, {"attack": 0.5}])
    built: list[tuple[int, str, str]] = []

    def build(sent: Span, given: list[tuple[spacy.tokens.Token, str]]) -> list[_Mention]:
        built.extend((sent.start, t.lower_, etype) for t, etype in given)
        return [_Mention(etype, sent) for _, etype in given]

    # the second sentence already has a rule-found attack (pooled with military_action)
    added = learned.add_drafts(doc, [_Mention("attack", second)], scores, build, at=0.9)
    assert built == [(first.start, "lobbed", "attack")]  # the third scores below the threshold
    assert [(m.type, m.sent.start) for m in added] == [("attack", first.start)]
    assert third.start not in {m.sent.start for m in added}


def test_add_drafts_reads_each_type_s_threshold_from_the_model_s_table(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "trigger_lexicon", lambda: {"attack": {"torch": 4}, "rally": {"march": 3}})
    monkeypatch.setattr(learned, "add_table", lambda: {"attack": 0.95, "rally": 0.6})
    monkeypatch.setenv(learned.ENV_NOVEL, "0")
    monkeypatch.delenv(learned.ENV_ADD, raising=False)
    doc = nlp("Raiders torched two barns outside Velika. Farmers marched through the market square of Orlen.")
    scores = _score_rows(doc, [{"attack": 0.9}, {"rally": 0.7}])
    added = learned.add_drafts(doc, [], scores, lambda s, g: [_Mention(t, s) for _, t in g])
    assert [m.type for m in added] == ["rally"]  # 0.9 is under attack's 0.95, 0.7 over rally's 0.6
    monkeypatch.setenv(learned.ENV_ADD, "0.85")  # one threshold for every type
    added = learned.add_drafts(doc, [], scores, lambda s, g: [_Mention(t, s) for _, t in g])
    assert [m.type for m in added] == ["attack"]


def test_add_at_falls_back_to_the_default_for_a_type_the_table_lacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "add_table", lambda: {"claim": 0.7})
    monkeypatch.delenv(learned.ENV_ADD, raising=False)
    assert learned.add_at("claim") == 0.7
    assert learned.add_at("visit") == learned.ADD_AT


def test_add_drafts_leaves_rule_words_to_the_rules(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "trigger_lexicon", lambda: {"statement": {"say": 9}})
    monkeypatch.delenv(learned.ENV_NOVEL, raising=False)
    doc = nlp("The district officer said two shops had burned down overnight.")
    scores = _score_rows(doc, [{"statement": 0.99}])
    added = learned.add_drafts(doc, [], scores, lambda s, g: [_Mention(t, s) for _, t in g], at=0.9)
    assert added == []  # "said" reports a fact here; the rules decided there is no statement


def test_apply_is_a_no_op_when_off(nlp: spacy.language.Language) -> None:
    doc = nlp("Gunmen raided a village in Zamfara.")
    mentions = [_Mention("attack", next(iter(doc.sents)))]
    assert learned.apply(doc, mentions, lambda s, g: [], how="off") == mentions


def test_added_event_gets_its_arguments_from_the_rules(extract, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(learned.ENV_MODE, "add")
    monkeypatch.setattr(learned, "trigger_lexicon", lambda: {"attack": {"pelt": 5}})

    def scores(sents: list[Span]) -> list[dict[str, float]]:
        quiet = {t: 0.0 for t in EVENT_TYPES}
        return [quiet | {"attack": 0.99 if "pelted" in x.text else 0.0} for x in sents]

    monkeypatch.setattr(learned, "span_event_types", scores)
    text = "A mob pelted a police patrol with petrol bombs in Eldoret on Tuesday, injuring five officers."
    events = [e for e in extract(text).events if e.type == "attack"]
    assert len(events) == 1
    assert events[0].trigger == "pelted"
    assert events[0].place is not None and events[0].place.name == "Eldoret"
    assert events[0].date is not None and events[0].date.iso == "2025-04-22"
    assert events[0].injured is not None and events[0].injured.value == 5


def test_gate_modes(nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = next(iter(nlp("The minister postponed his visit to Gulu and said the roads were unsafe.").sents))
    visit = next(t.i for t in sent if t.lower_ == "visit")
    said = next(t.i for t in sent if t.lower_ == "said")
    monkeypatch.delenv(learned.ENV_NOVEL, raising=False)
    assert learned.gate() == "judged"
    judged = learned.avoided(sent, "statement", "judged")
    assert visit in judged  # the rules weighed "visit" (planned) and said no
    assert said in judged  # a reporting verb: the rules decide whether it states a position
    assert said not in learned.avoided(sent, "attack", "judged")
    assert learned.avoided(sent, "visit", "none") == set()
    monkeypatch.setenv(learned.ENV_NOVEL, "lexicon")
    assert learned.gate() == "lexicon"


def test_added_speech_without_a_speaker_is_dropped(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        learned, "trigger_lexicon", lambda: {"statement": {"urge": 4}, "attack": {"torch": 3}}
    )
    monkeypatch.setenv(learned.ENV_NOVEL, "none")
    doc = nlp("Calm was urged. Youths torched a bus depot in Nakuru.")

    @dataclass
    class _Built:
        type: str
        sent: Span
        actors: list[str]

    scores = _score_rows(doc, [{"statement": 0.99}, {"attack": 0.99}])
    added = learned.add_drafts(doc, [], scores, lambda s, g: [_Built(t, s, []) for _, t in g], at=0.9)
    assert [m.type for m in added] == ["attack"]  # nobody urged: no statement; an attack needs no actor


def test_add_mode_scores_only_body_sentences_without_rule_events(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(learned.ENV_WHERE, raising=False)
    monkeypatch.setattr(learned, "trigger_lexicon", lambda: {"attack": {"torch": 3, "raid": 2}})
    seen: list[str] = []

    def scores(sents: Iterable[Span]) -> list[dict[str, float]]:
        rows = [s.text for s in sents]
        seen.extend(rows)
        return [{t: 0.0 for t in EVENT_TYPES} for _ in rows]

    monkeypatch.setattr(learned, "span_event_types", scores)
    doc = nlp("Police raided a farm near Kitui. Youths torched a lorry in Embu. The weather was fine.")
    first, second, _third = list(doc.sents)
    learned.apply(doc, [_Mention("military_action", first)], lambda s, g: [], how="add")
    assert seen == [second.text]  # the first has a rule event, the third no word of the lexicon


def test_sentences_of_a_parsed_doc_score_as_their_text_does(nlp: spacy.language.Language) -> None:
    doc = nlp("Insurgents torched two lorries near Garoowe on Friday. The talks resumed in Geneva.")
    sents = list(doc.sents)
    by_text = learned.sentence_event_types([s.text for s in sents])
    by_span = learned.span_event_types(sents)
    assert len(by_span) == 2
    for a, b in zip(by_text, by_span, strict=True):
        assert a.keys() == b.keys()
        assert all(abs(a[k] - b[k]) < 1e-4 for k in a)
    assert by_span[0]["attack"] > by_span[1]["attack"]


def test_add_mode_skips_sentences_whose_lexicon_words_cannot_carry_an_event(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "raid" as a modifier ("the raid commander") or a light verb alone cannot take an added event
    monkeypatch.delenv(learned.ENV_WHERE, raising=False)
    monkeypatch.setattr(learned, "trigger_lexicon", lambda: {"attack": {"raid": 2, "take": 7}})
    seen: list[str] = []

    def scores(sents: Iterable[Span]) -> list[dict[str, float]]:
        rows = [s.text for s in sents]
        seen.extend(rows)
        return [{t: 0.0 for t in EVENT_TYPES} for _ in rows]

    monkeypatch.setattr(learned, "span_event_types", scores)
    doc = nlp("The raid commander took a seat. Soldiers raided a depot near Voinjama.")
    first, second = list(doc.sents)
    assert not learned.may_carry(first, frozenset({"raid", "take"}))
    assert learned.may_carry(second, frozenset({"raid", "take"}))
    learned.apply(doc, [], lambda s, g: [], how="add")
    assert seen == [second.text]


def test_span_scores_come_in_one_call_and_in_order(nlp: spacy.language.Language) -> None:
    text = "Rebels ambushed a fuel convoy near Kita. The river rose after the rains. Crowds marched."
    sents = list(nlp(text).sents)
    assert learned.span_event_types([]) == []
    together = learned.span_event_types(sents)
    alone = [learned.span_event_types([s])[0] for s in nlp(text).sents]  # (another Doc: scored anew)
    for a, b in zip(together, alone, strict=True):
        assert set(a) == set(EVENT_TYPES)
        assert all(abs(a[k] - b[k]) < 1e-4 for k in a)


def test_span_scores_are_kept_with_the_doc_and_handed_out_as_copies(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []
    model_scores = learned._model_scores

    def counted(sents: Sequence[Span]) -> list[dict[str, float]]:
        calls.append([s.text for s in sents])
        return model_scores(sents)

    monkeypatch.setattr(learned, "_model_scores", counted)
    doc = nlp("Gunmen stormed a depot in Sikasso. A dry wind blew all week. Traders protested in Segou.")
    first, second, third = list(doc.sents)
    scored = learned.span_event_types([first, second, first])
    assert calls == [[first.text, second.text]]  # a span asked twice is scored once
    assert scored[0] == scored[2] and scored[0] is not scored[2]
    scored[0]["attack"] = -1.0  # (a caller's copy: the kept scores stay)
    again = learned.span_event_types([third, second, first])
    assert calls[-1] == [third.text]  # only the new span goes to the model
    assert again[1] == scored[1] and again[2] == scored[2] and again[2]["attack"] >= 0.0
    fresh = nlp("Gunmen stormed a depot in Sikasso. A dry wind blew all week. Traders protested in Segou.")
    assert learned.span_event_types(list(fresh.sents))[0] == again[2]  # another Doc: scored anew, alike
    assert len(calls) == 3


def test_no_rally_is_added_on_an_armed_subject_walking_in(nlp: spacy.language.Language) -> None:
    # the rules reject "marched" when the marchers are a force; the model's rally may not sit there
    doc = nlp("Soldiers marched into the market town of Ouenza at dawn.")
    sent = next(iter(doc.sents))
    marched = next(t for t in sent if t.lower_ == "marched")
    assert marched.i in learned.avoided(sent, "rally", "judged")
    assert learned.ruled_out(marched, "rally")
    crowd = nlp("Nurses marched through Ouenza to demand their pay.")
    assert not learned.ruled_out(next(t for t in crowd if t.lower_ == "marched"), "rally")
