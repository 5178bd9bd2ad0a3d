"""Happenings told as what something else brought about or let happen (session 32, fresh pages):
"made it possible to kill", "prompted the cabinet to suspend"; a network cut off."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.triggers import classify_triggers, find_triggers


def types(nlp: Language, text: str) -> list[str]:
    return [etype for sent in nlp(text).sents for _, etype in find_triggers(sent)]


def modalities(nlp: Language, text: str) -> dict[str, str]:
    return {c.token.text: c.modality for sent in nlp(text).sents for c in classify_triggers(sent)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a communiqué's result of the forces' answer
        ("The prompt response of the garrison made it possible to kill nine raiders.", "kill"),
        ("Helicopter cover enabled the gendarmes to neutralise twenty bandits.", "neutralise"),
        # a measure a happening led a government to take
        ("The bombing prompted the government of Peru to suspend its talks with the guerrillas.", "suspend"),
        ("The massacre had forced the council to impose a curfew on the valley.", "impose"),
    ],
)
def test_a_happening_brought_about_in_the_past_took_place(nlp: Language, text: str, trigger: str) -> None:
    assert modalities(nlp, text).get(trigger) == "actual"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The new helicopters will make it possible to strike the camps in the hills.", "strike"),
        ("The bill allows the police to arrest suspects without a warrant.", "arrest"),
        ("It would enable the army to launch strikes deep inside the forest.", "launch"),
    ],
)
def test_a_happening_only_made_possible_did_not_take_place(nlp: Language, text: str, trigger: str) -> None:
    assert modalities(nlp, text).get(trigger) != "actual"


def test_mobile_internet_suspended_in_a_district_is_a_sanction(nlp: Language) -> None:
    text = "The provincial authorities on Friday suspended the mobile internet across Oruro for two days."
    assert "sanction" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen of the Abgal and the Habar clans fought for most of Friday around the wells of Dureh.",
        "Red Hand and Iron Wolves fighters fought a long battle on Ostrov island in April.",
        "Rival gangs fought on Friday night in the Callao district, leaving six dead.",
    ],
)
def test_two_sides_that_fought_tell_a_fight(nlp: Language, text: str) -> None:
    assert "military_action" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Red Hand and the army fought alongside each other against the Iron Wolves.",
        "The Red Hand and the Iron Wolves have fought one another in the hills since 2017.",
        "Doctors and nurses fought the epidemic in the valley for months.",
    ],
)
def test_two_sides_fighting_together_or_for_years_tell_no_fight(nlp: Language, text: str) -> None:
    assert modalities(nlp, text).get("fought") in (None, "generic", "planned")


@pytest.mark.parametrize(
    "text",
    [
        "In April the rebels sank the bulk carrier Ocean Star in the Gulf of Oman.",
        "A Panama-flagged oil tanker was hit off the coast of Eritrea early on Friday.",
        "Pirates seized the car carrier Blue Horizon near Socotra in March.",
    ],
)
def test_a_ship_sunk_hit_or_seized_is_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The overloaded ferry sank in a storm on Lake Malawi on Sunday, killing 12 passengers.",
        "Shares in the shipping company sank on Monday.",
    ],
)
def test_a_ship_that_sank_by_itself_is_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The councils have since aligned their positions, and their chairmen met in Arusha last month.",
            "met",
        ),
        ("The gang has raided farms all year, and its gunmen stormed a clinic in Ostrov in May.", "stormed"),
    ],
)
def test_a_past_clause_of_its_own_after_a_tally_took_place(nlp: Language, text: str, trigger: str) -> None:
    assert modalities(nlp, text).get(trigger) == "actual"


def test_a_tally_told_over_a_period_stays_a_tally(nlp: Language) -> None:
    text = "The gang has raided farms all year, and has stormed two clinics in Ostrov since May."
    assert modalities(nlp, text).get("stormed") == "generic"
