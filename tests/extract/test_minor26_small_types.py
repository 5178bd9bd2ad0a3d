"""The smaller event types told in the ways real pages tell them (session 25): a claim by an
admission of responsibility or by a speaker who presents themself as a group's commander, a
curfew or closure ordered, a designation whose "terrorist" the parse hangs on the noun, a body's
past decision to ban, a public vigil or a crowd gathered to mourn (rally), a pact signed on a
matter of conflict (meeting), a delegation led to a place (visit); and the everyday wordings of
the same verbs that are none of these. Invented sentences, whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.triggers import classify_triggers

PUBLISHED = "2025-09-18"  # a Thursday


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


def _actors(extraction: Any, etype: str) -> set[str]:
    return {a for e in extraction.events if e.type == etype for a in e.actors}


# --- claims ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Two days after the blast at the Wajir bus park, the Harakat al-Nur group admitted responsibility.",
        "The Harakat al-Nur group accepted responsibility for the ambush near Wajir in a message on Tuesday.",
    ],
)
def test_an_admitted_responsibility_is_a_claim(extract: Any, sentence: str) -> None:
    extraction = extract(sentence, published=PUBLISHED)
    assert "claim" in _types(extraction)


@pytest.mark.parametrize(
    "sentence",
    [
        "The provincial police chief accepted responsibility for the lapse in airport screening.",
        "Kenya's transport minister admitted responsibility for the delays to the railway project.",
        "The goalkeeper accepted full responsibility for the late equaliser on Sunday.",
    ],
)
def test_responsibility_for_a_failure_is_no_claim(extract: Any, sentence: str) -> None:
    extraction = extract(sentence, published=PUBLISHED)
    assert "claim" not in _types(extraction)


def test_a_speaker_presenting_himself_as_a_commander_claims_for_the_group(extract: Any) -> None:
    text = (
        "In footage that spread online this week, a fighter describing himself as a Harakat al-Nur "
        "commander told viewers the movement had stormed the police post at Eldas."
    )
    extraction = extract(text, published=PUBLISHED)
    assert "claim" in _types(extraction)
    assert "Harakat al-Nur" in _actors(extraction, "claim")


def test_a_speaker_presenting_himself_as_a_state_officer_makes_no_claim(extract: Any) -> None:
    text = (
        "A caller identifying himself as an officer of the Kenya Police Service said the suspects had "
        "attacked the post at Eldas."
    )
    assert "claim" not in _types(extract(text, published=PUBLISHED))


# --- sanctions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The county commissioner ordered an overnight curfew across Mandera town on Wednesday.",
        "On Wednesday the regional governor ordered all shops in Mandera to close by 5 p.m.",
        "The cabinet on Wednesday declared the Wakali gang a terrorist organisation.",
        "Parliament voted on Wednesday to proscribe the Wakali militia.",
        "The security council decided on Wednesday to ban the Wakali movement.",
    ],
)
def test_measures_ordered_declared_or_decided_are_sanctions(extract: Any, sentence: str) -> None:
    extraction = extract(sentence, published=PUBLISHED)
    assert "sanction" in _types(extraction)


@pytest.mark.parametrize(
    "sentence",
    [
        "The shop owners decided to close early because of the heavy rain.",
        "Lawmakers may vote next month to ban the Wakali movement.",
        "The regional governor ordered new desks for the schools of Mandera.",
    ],
)
def test_choices_plans_and_orders_of_goods_are_no_sanctions(extract: Any, sentence: str) -> None:
    assert "sanction" not in _types(extract(sentence, published=PUBLISHED))


def test_named_outlets_suspended_are_a_sanction(extract: Any) -> None:
    text = (
        "The junta has also tightened its grip on the press: in June 2023, the state media authority "
        "suspended Deutsche Welle and Al Jazeera for ten days over a report on abuses by soldiers."
    )
    assert "sanction" in _types(extract(text, published=PUBLISHED))


@pytest.mark.parametrize(
    "sentence",
    [
        "The football federation suspended the striker for three matches on Wednesday.",
        "The bank suspended its chairman on Wednesday pending an audit.",
    ],
)
def test_a_player_or_an_officer_suspended_is_no_sanction(extract: Any, sentence: str) -> None:
    assert "sanction" not in _types(extract(sentence, published=PUBLISHED))


# --- rallies --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 400 residents held a candlelit vigil on Wednesday evening in the central square of Garissa.",
        "On Wednesday evening a crowd of students gathered at the university gate in Garissa to lay wreaths.",
    ],
)
def test_vigils_and_mourning_crowds_are_rallies(extract: Any, sentence: str) -> None:
    assert "rally" in _types(extract(sentence, published=PUBLISHED))


@pytest.mark.parametrize(
    ("sentence", "walk"),
    [
        ("Elders and pupils went on a peace walk through Garissa on Wednesday.", True),
        ("After lunch the delegates went on a short walk through the old town.", False),
    ],
)
def test_a_peace_walk_is_a_rally_word_and_a_stroll_is_not(extractor: Any, sentence: str, walk: bool) -> None:
    doc = extractor.nlp(sentence)
    found = [t for s in doc.sents for t in classify_triggers(s) if t.type == "rally"]
    assert bool(found) is walk


@pytest.mark.parametrize(
    "sentence",
    [
        "Worshippers gathered at the cathedral on Wednesday for a prayer vigil.",
        "Farmers gathered at the depot on Wednesday to collect their seed.",
    ],
)
def test_services_and_everyday_gatherings_are_no_rallies(extract: Any, sentence: str) -> None:
    assert "rally" not in _types(extract(sentence, published=PUBLISHED))


# --- meetings and visits --------------------------------------------------------------------------


def test_a_ceasefire_signed_by_the_warring_sides_is_a_meeting(extract: Any) -> None:
    text = "The army and the Wakali rebels signed a ceasefire agreement in Arusha on Wednesday."
    assert "meeting" in _types(extract(text, published=PUBLISHED))


def test_a_meeting_that_decided_was_held(extract: Any) -> None:
    text = "A late-night meeting of the state security council on Wednesday decided to shut the border."
    assert "meeting" in _types(extract(text, published=PUBLISHED))


@pytest.mark.parametrize(
    "sentence",
    [
        "The two airlines signed a code-sharing agreement in Nairobi on Wednesday.",
        "The minister signed a decree on Wednesday raising the fuel subsidy.",
    ],
)
def test_business_deals_and_decrees_signed_are_no_meetings(extract: Any, sentence: str) -> None:
    assert "meeting" not in _types(extract(sentence, published=PUBLISHED))


def test_an_official_leading_a_delegation_to_a_place_visits(extract: Any) -> None:
    text = "The deputy governor led a delegation to the mass funeral in Garissa on Wednesday."
    assert "visit" in _types(extract(text, published=PUBLISHED))


def test_a_coach_leading_a_side_to_a_final_is_no_visit(extract: Any) -> None:
    text = "The coach led his side to the cup final in Mombasa on Wednesday."
    assert "visit" not in _types(extract(text, published=PUBLISHED))


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting has flared in the hills around Kidal since a peace accord was signed in 2015.",
        "Rebel units were to withdraw from Kidal under a ceasefire agreement signed in June.",
    ],
)
def test_a_pact_recalled_without_its_signatories_is_no_meeting(extract: Any, sentence: str) -> None:
    assert "meeting" not in _types(extract(sentence, published=PUBLISHED))
