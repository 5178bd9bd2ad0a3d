"""Happenings the rules told nothing for (session 34): a blow struck read as an accident, one
happening read as a period's tally, a forecast read as a happening, and a post in another town
coming under attack joined to the first attack.

Each test is a variant written for the kind (other names, places and wording than the reports
it was found in).
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.triggers import classify_triggers


def modalities(nlp: Language, text: str, word: str) -> list[str]:
    """The modality of every trigger on ``word`` in ``text``."""
    return [t.modality for sent in nlp(text).sents for t in classify_triggers(sent) if t.token.text == word]


def actual_types(nlp: Language, text: str) -> list[str]:
    return [t.type for sent in nlp(text).sents for t in classify_triggers(sent) if t.modality == "actual"]


# --- a blow struck is no accident ---------------------------------------------------------------


def test_a_killing_after_sinking_a_named_ship_is_an_attack(nlp: Language) -> None:
    text = "Two weeks later the militia sank the Orion Star off the cape, killing five of its sailors."
    assert "attack" in actual_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The driver crashed the coach into a gorge near Bhimtal, killing eleven pilgrims.",
        "The ferry sank in a storm off the island, killing 37 passengers.",
    ],
)
def test_a_crash_or_a_sinking_with_no_one_sinking_stays_an_accident(nlp: Language, text: str) -> None:
    assert "attack" not in actual_types(nlp, text)


# --- one happening is no tally ------------------------------------------------------------------


def test_a_kidnapping_during_evening_prayers_last_month_is_one_happening(nlp: Language) -> None:
    text = "Last month, bandits kidnapped 31 villagers during evening prayers at a mosque near Kaiama."
    assert modalities(nlp, text, "kidnapped") == ["actual"]


def test_killings_in_raids_over_a_year_stay_a_tally(nlp: Language) -> None:
    text = "Soldiers killed 85 insurgents in raids across the state last year."
    assert modalities(nlp, text, "killed") == ["generic"]


# --- a forecast is no happening -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "More ambushes on the coastal road are likely before the elections, analysts say.",
        "New raids on the border villages seem likely once the rains end.",
    ],
)
def test_violence_foretold_as_likely_is_not_told_as_happened(nlp: Language, text: str) -> None:
    assert actual_types(nlp, text) == []


def test_an_attack_that_was_deadly_is_still_told(nlp: Language) -> None:
    assert modalities(nlp, "The ambush was deadly for the convoy's escort.", "ambush") == ["actual"]


# --- a second incident far from the first is another event ------------------------------------


def attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


def test_a_post_in_another_town_coming_under_attack_is_another_attack(extract: Any) -> None:
    text = (
        "Gunmen killed six farmers near Maiduguri on Sunday, residents said. "
        "Security sources say a police post at Gombe came under attack late on Sunday night."
    )
    found = attacks(extract(text, published="2025-06-10"))
    assert sorted(e.place.name for e in found if e.place is not None) == ["Gombe", "Maiduguri"]
