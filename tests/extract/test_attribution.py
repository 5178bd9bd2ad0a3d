"""Hedging scope and asserters of a fact anchored in a sentence."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Span, Token

from nexus.extract.attribution import attribute
from nexus.model import Attribution


def sentence(nlp: Language, text: str) -> Span:
    return next(iter(nlp(text).sents))


def word(sent: Span, text: str) -> Token:
    return next(t for t in sent if t.text == text)


def attribution(nlp: Language, text: str, anchor: str | None = None, **kwargs: frozenset[str]) -> Attribution:
    sent = sentence(nlp, text)
    return attribute(sent, word(sent, anchor) if anchor else None, **kwargs)


_PROFILING = (
    "The attack, which targeted tourists, was marked by profiling, "
    "with attackers reportedly forcing victims to recite verses."
)


def test_adverb_out_of_scope_does_not_hedge_the_anchor(nlp: Language) -> None:
    result = attribution(nlp, _PROFILING, "attack")
    assert not result.hedged
    assert result.cues == []


def test_adverb_hedges_the_verb_it_modifies(nlp: Language) -> None:
    result = attribution(nlp, _PROFILING, "forcing")
    assert result.hedged
    assert result.cues == ["reportedly"]


def test_adverb_on_the_trigger_hedges_the_event(nlp: Language) -> None:
    assert attribution(nlp, "Militants reportedly attacked the camp on Sunday.", "attacked").hedged


def test_without_anchor_any_cue_in_the_sentence_counts(nlp: Language) -> None:
    assert attribution(nlp, _PROFILING).hedged


@pytest.mark.parametrize(
    ("text", "anchor", "cue"),
    [
        ("Gunmen allegedly attacked the convoy near the border.", "attacked", "allegedly"),
        ("The bomb was possibly planted by the group.", "planted", "possibly"),
        ("Suspected militants attacked a police post.", "attacked", "Suspected"),
        ("The group is believed to have carried out the bombing.", "carried", "believed"),
        ("Analysts suggested that the cell had links to the network.", "links", "suggested"),
        ("The militia claimed that its fighters had killed dozens of soldiers.", "killed", "claimed"),
        ("Security agencies view the group as a front for the network.", "front", "view as"),
        ("Officials regard the outfit as a proxy of the banned group.", "proxy", "regard as"),
        ("These reports point to a growing alliance between the two groups.", "alliance", "point to"),
        ("He was held on suspicion of membership of the group.", "membership", "suspicion"),
        ("The raid likely killed the commander of the cell.", "killed", "likely"),
    ],
)
def test_each_cue_type_hedges_what_it_scopes_over(nlp: Language, text: str, anchor: str, cue: str) -> None:
    result = attribution(nlp, text, anchor)
    assert result.hedged
    assert cue in result.cues


def test_hedging_verb_does_not_hedge_its_own_subject_clause(nlp: Language) -> None:
    text = (
        "The Resistance Front, which security agencies regard as a front for the group, claimed the attack."
    )
    assert attribution(nlp, text, "front").hedged
    assert not attribution(nlp, text, "claimed").hedged


def test_unverifiable_figures_hedge_the_whole_sentence(nlp: Language) -> None:
    text = "The rebels said they had killed 84 soldiers, figures that could not be independently verified."
    result = attribution(nlp, text, "killed")
    assert result.hedged
    assert result.cues == ["could not be independently verified"]


def test_trailing_claim_hedges_the_clause_it_reports(nlp: Language) -> None:
    text = "The air force shot down five jets, the general claimed; the other side denied any losses."
    result = attribution(nlp, text, "shot")
    assert result.hedged
    assert result.asserter == "general"


def test_claim_of_responsibility_is_not_a_hedge(nlp: Language) -> None:
    assert not attribution(nlp, "The group claimed responsibility for the bombing.", "bombing").hedged


def test_ignore_cues_drops_claimed_for_claim_events(nlp: Language) -> None:
    text = "The group claimed that it had carried out the bombing."
    assert attribution(nlp, text, "carried").hedged
    result = attribution(nlp, text, "carried", ignore_cues=frozenset({"claimed"}))
    assert not result.hedged
    assert result.cues == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the camp on Sunday, killing five soldiers.",
        "Police said gunmen attacked the camp on Sunday.",
        "Investigators have revealed that gunmen attacked the camp.",
    ],
)
def test_no_qualifying_cue_means_not_hedged(nlp: Language, text: str) -> None:
    result = attribution(nlp, text, "attacked")
    assert not result.hedged
    assert result.cues == []


@pytest.mark.parametrize(
    ("text", "anchor", "asserter"),
    [
        ("The blast killed 25 people, according to police sources.", "killed", "police sources"),
        ("The blast killed 25 people, according to the latest health ministry figures.", "killed",
         "health ministry"),
        ("Gunmen attacked the camp, officials said.", "attacked", "officials"),
        ("Indian intelligence agencies said the group had planned the attack.", "planned",
         "Indian intelligence agencies"),
        ("Investigations have revealed that the leaders attended a rally.", "attended", "Investigations"),
        ("Indian intelligence agencies view this as an attempt to link the two campaigns.", "link",
         "Indian intelligence agencies"),
        ("Sources in the ministry said the attack was planned abroad.", "planned", "Sources in the ministry"),
        ("A spokesperson for the army said the militants had been killed.", "killed",
         "spokesperson for the army"),
        ("Health Minister Firass Abiad said the devices exploded, killing 12 people.", "exploded",
         "Firass Abiad"),
        ("The attack killed 77 people, a security source told reporters.", "killed", "security source"),
        ("A report by the UN team that monitors sanctions said the group ran eight camps.", "ran", "UN team"),
        ("The strike, which Iran blamed on Israel, killed seven officers.", "strike", "Iran"),
    ],
)  # fmt: skip
def test_asserter_is_the_source_of_the_anchor(nlp: Language, text: str, anchor: str, asserter: str) -> None:
    assert attribution(nlp, text, anchor).asserter == asserter


def test_saying_who_asserts_does_not_hedge(nlp: Language) -> None:
    result = attribution(nlp, "Gunmen attacked the camp, officials said.", "attacked")
    assert result.asserter == "officials"
    assert not result.hedged


def test_asserter_of_another_clause_is_not_taken(nlp: Language) -> None:
    text = (
        "The committee met after gunmen killed 26 people in an attack "
        "that the government says has foreign links."
    )
    assert attribution(nlp, text, "killed").asserter is None
    assert attribution(nlp, text, "has").asserter == "government"


def test_innermost_speaker_asserts_a_nested_report(nlp: Language) -> None:
    text = "Police said the gunmen, who officials said came from abroad, attacked the camp."
    assert attribution(nlp, text, "attacked").asserter == "Police"
    assert attribution(nlp, text, "came").asserter == "officials"


def test_pronoun_speaker_gives_no_asserter(nlp: Language) -> None:
    assert attribution(nlp, "He said the attackers had come from across the border.", "come").asserter is None


def test_span_anchor_counts_by_its_root(nlp: Language) -> None:
    sent = sentence(nlp, "Militants reportedly attacked the army camp near the town.")
    anchor = sent[2:6]  # "attacked the army camp"
    assert attribute(sent, anchor).hedged


def test_claimed_the_lives_of_is_not_a_hedge(nlp: Language) -> None:
    sent = next(
        iter(nlp("The bombing of the market, which claimed the lives of 12 people, shocked the city.").sents)
    )
    anchor = next(t for t in sent if t.lower_ == "bombing")
    assert attribute(sent, anchor).hedged is False


def test_a_passive_claim_does_not_hedge_the_attack(extract: Any) -> None:
    text = "The ambush, which was claimed by al-Shabaab, killed nine soldiers near Kismayo on Monday."
    (attack,) = [e for e in extract(text, published="2024-06-12").events if e.type == "attack"]
    assert not attack.attribution.hedged


def test_a_cue_over_the_toll_word_hedges_the_fact(nlp: Language) -> None:
    sent = sentence(nlp, "Drones hit a militia depot near Garoua on Friday, reportedly killing 30 guards.")
    anchor, toll = word(sent, "hit"), word(sent, "killing")
    assert not attribute(sent, anchor).hedged
    assert attribute(sent, anchor, tolls=[toll.i]).cues == ["reportedly"]


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Warplanes pounded a rebel base near Tibu on Tuesday, reportedly killing some 15 fighters.", True),
        ("Raiders stormed a market in Maroua on Friday, allegedly killing nine traders.", True),
        ("Raiders stormed a market in Maroua on Friday, killing nine traders, the governor said.", False),
    ],
)
def test_a_reported_toll_hedges_its_strike(extract: Any, text: str, hedged: bool) -> None:
    events = extract(text, published="2024-05-20").events
    (event,) = [e for e in events if e.type in ("attack", "military_action")]
    assert event.killed is not None
    assert event.attribution.hedged is hedged


@pytest.mark.parametrize(
    ("text", "asserter"),
    [
        ("Ahl al-Sunna wal-Jamaa said its fighters had taken the port.", "Ahl al-Sunna wal-Jamaa"),
        ("Harakat al-Nujaba said in a statement that it had fired drones.", "Harakat al-Nujaba"),
        ("Police in Ouahigouya, citing witnesses, said two died.", "Police in Ouahigouya"),
    ],
)
def test_a_name_joined_by_hyphens_asserts_whole(nlp: Language, text: str, asserter: str) -> None:
    assert attribution(nlp, text).asserter == asserter


def test_each_fact_of_a_sentence_gets_its_own_asserter_from_the_kept_scopes(nlp: Language) -> None:
    """The reporting verbs' scopes and speakers' names are worked out once per sentence and kept
    with the Doc: the facts asked of after the first still get the speaker whose clause holds them."""
    sent = sentence(
        nlp,
        "Police chief Amina Yusuf said gunmen torched the depot, while residents claimed the guards fled.",
    )
    torched, fled = word(sent, "torched"), word(sent, "fled")
    for _ in range(2):  # (the second round reads what the first kept)
        assert attribute(sent, torched).asserter == "Amina Yusuf"
        assert attribute(sent, fled).asserter == "residents"
    assert attribute(sent, word(sent, "said")).asserter == "Amina Yusuf"
