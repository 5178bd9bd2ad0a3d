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
