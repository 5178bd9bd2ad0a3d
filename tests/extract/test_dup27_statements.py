"""Statements that are no statement of their own: a source named after a fact it gives, and the
participle of a speaker's sentence read as a second statement."""

from __future__ import annotations

from typing import Any

import pytest

LEAD = "Militants overran a gendarmerie post at Garoua on Monday, killing four officers. "


def statements(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers from the rapid response brigade joined the hunt for the attackers, the brigade said "
        "in a second communique.",
        "The gunmen were thought to be fighters of the Front, Colonel Abba Moussa added.",
        "Nothing showed that the driver had belonged to the Front, a police spokesman said.",
        "One of the suspects had trained with the Front in Nigeria, prosecutors said.",
    ],
)
def test_a_source_named_after_a_past_fact_makes_no_statement(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence)
    assert [e.type for e in extraction.events] == ["attack"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Front will pay for this crime, Governor Abba Moussa said.",
        '"The Front did this, and they will pay," Governor Abba Moussa said.',
    ],
)
def test_a_pledge_or_a_quote_before_the_speaker_stays_a_statement(extract: Any, sentence: str) -> None:
    (statement,) = statements(extract(LEAD + sentence))
    assert statement.trigger == "said"


def test_a_participle_of_the_speakers_sentence_is_the_same_statement(extract: Any) -> None:
    text = (
        "Gunmen ambushed a convoy near Dori on Monday, killing six soldiers. Farther east, bandits "
        "burned a granary outside Fada on Tuesday, army spokesman Issa Kone said. Regional governor "
        'Yaya Sow toured the burned granary in Fada on Wednesday. "Our men will avenge their '
        'comrades," he told journalists in Fada, urging villagers to tell soldiers about any armed strangers.'
    )
    extraction = extract(text)
    assert [e.type for e in extraction.events if e.type == "visit"] == ["visit"]
    assert len(statements(extraction)) == 1


def test_a_source_that_goes_on_to_a_demand_keeps_its_statement(extract: Any) -> None:
    text = LEAD + (
        "Detectives seized a laptop full of sermons at the driver's flat, the minister said, and she "
        "demanded new powers to search phones at the border."
    )
    assert len(statements(extract(text))) == 1
