"""A later sentence that disclaims a figure or a claim hedges the happening told just before it;
a description of a name is hedged only by its own cues."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.attribution import attribute
from nexus.extract.tokens import sentences


def _hedged(extract: Any, text: str, kind: str) -> list[bool]:
    return [e.attribution.hedged for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "The army said on Monday that its aircraft had bombed rebel positions near Tessit on Sunday, "
        "killing 35 fighters. The figure could not be independently verified.",
        "Police said on Friday that officers had shot dead six gang members in a raid in Port Lokko. "
        "The operation followed weeks of surveillance, a spokesman added. "
        "Those figures could not be confirmed.",
        "Troops stormed a camp in the Mbao forest on Saturday and killed 12 insurgents, the defence ministry "
        "said. None of the figures could be independently verified.",
        "The navy said its gunboats shelled a militant camp near Ras Kamboni on Thursday, killing nine "
        "militants. Reporters were unable to verify the account.",
    ],
)
def test_a_disclaimer_in_a_later_sentence_hedges_the_violent_happening(extract: Any, text: str) -> None:
    assert _hedged(extract, text, "military_action") == [True]


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph: the disclaimer speaks of what its own paragraph told
        "The army said on Monday that its aircraft had bombed rebel positions near Tessit on Sunday, "
        "killing 35 fighters.\nThe rebels said they had shot down a drone. The claim could not be verified.",
        # the disclaimer is a relative clause of a figure in its own sentence
        "The army said on Monday that its aircraft had bombed rebel positions near Tessit on Sunday, "
        "killing 35 fighters. The rebels put their own losses at four, a figure that could not be verified.",
        # nothing is disclaimed: the figure was confirmed
        "The army said on Monday that its aircraft had bombed rebel positions near Tessit on Sunday, "
        "killing 35 fighters. The figure was confirmed by a hospital in Gao.",
    ],
)
def test_a_disclaimer_of_something_else_does_not_hedge(extract: Any, text: str) -> None:
    assert _hedged(extract, text, "military_action") == [False]


def test_the_reach_stops_at_a_claim(extract: Any) -> None:
    text = (
        "Gunmen stormed a police post in Mopti on Sunday, killing five officers. "
        "The group claimed the raid on Monday, saying it had killed twenty. "
        "The claim could not be independently verified."
    )
    events = extract(text).events
    assert [e.attribution.hedged for e in events if e.type == "attack"] == [False]
    # a claim's telling is certain even when what it tells is not
    assert [e.attribution.hedged for e in events if e.type == "claim"] == [False]


def test_a_disclaimer_cue_is_named_as_written(nlp: Language) -> None:
    doc = nlp("Soldiers raided a farm near Bama on Tuesday, killing four. Neither account could be verified.")
    first = sentences(doc)[0]
    trigger = next(t for t in first if t.text == "raided")
    plain = attribute(first, trigger)
    carried = attribute(first, trigger, disclaimable=True)
    assert not plain.hedged
    assert carried.hedged and carried.cues == ["Neither account could be verified"]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The Islamic State reportedly claimed the ambush through Amaq, its news agency.", "agency"),
        (
            "Al-Shabaab, al Qaeda's branch in East Africa, said it killed 30 soldiers, a figure that could "
            "not be independently verified.",
            "branch",
        ),
        ("Residents suspected the Mbali Front, a splinter group of the Northern Alliance.", "group"),
    ],
)
def test_a_description_is_not_hedged_by_the_other_cues(nlp: Language, text: str, anchor: str) -> None:
    sent = sentences(nlp(text))[0]
    word = next(t for t in sent if t.text == anchor)
    assert not attribute(sent, word, relation=True).hedged
    assert attribute(sent, word).hedged  # the same words as an event's anchor stay in the cue's scope


def test_a_cue_inside_the_description_still_hedges_it(nlp: Language) -> None:
    sent = sentences(nlp("The militia, reportedly an offshoot of the Southern Front, attacked the post."))[0]
    word = next(t for t in sent if t.text == "offshoot")
    assert attribute(sent, word, relation=True).hedged


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 a car bomb killed 11 shoppers at a market in Baidoa; the group claimed that bombing too.",
        "Gunmen stormed a church in Kasese in March, killing nine; al-Shabaab claimed responsibility.",
        "A mine destroyed a bus near Tillia last year, killing 18 passengers; no group claimed the blast.",
    ],
)
def test_a_claim_after_a_semicolon_does_not_hedge_the_attack_before_it(extract: Any, text: str) -> None:
    assert _hedged(extract, text, "attack") == [False]


def test_a_claim_of_what_happened_still_hedges_it(extract: Any) -> None:
    text = "The rebels claimed that their fighters had shot down an army helicopter near Kidal on Monday."
    hedged = _hedged(extract, text, "attack") + _hedged(extract, text, "military_action")
    assert hedged and all(hedged)
