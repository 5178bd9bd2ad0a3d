"""Reported words that are no statement of their own: a clause that only says which side the
doers belong to, and a private person told by a relative clause after the verb."""

from __future__ import annotations

from typing import Any

import pytest

LEAD = "Bandits burned a granary outside Wenou on Thursday, killing three guards. "


def statements(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Village chiefs said the riders belonged to the Kora Liberation Front, not to its rival.",
        "Local officials said the bandits belonged to a Kora Liberation Front cell operating from the hills.",
        "Captain Odile Mensah said the bandits were suspected members of the Kora Liberation Front.",
        "Captain Odile Mensah said the raid was led by Pascal Dogo, a deputy commander of the Kora "
        "Liberation Front.",
    ],
)
def test_naming_the_doers_side_is_no_statement(extract: Any, sentence: str) -> None:
    assert statements(extract(LEAD + sentence)) == []


def test_naming_the_side_and_a_pledge_stays_a_statement(extract: Any) -> None:
    text = LEAD + (
        "Captain Odile Mensah said the bandits belonged to the Kora Liberation Front and would be hunted."
    )
    assert len(statements(extract(text))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        '"We want justice for the guards, not speeches," said Justine Akpo, who keeps a shop by the granary.',
        '"The guards never stood a chance," says Rosine Hounto, 47, who ran with her grandson to the river.',
        '"The militias have become a threat to peace," said Dr Felix Agossou, who teaches history in Wenou.',
    ],
)
def test_a_private_person_told_by_a_relative_clause_makes_no_statement(extract: Any, sentence: str) -> None:
    assert statements(extract(LEAD + sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"Those who did this will answer for it," said Marius Zinsou, who heads the prefecture.',
        '"Those who did this will answer for it," said Colonel Marius Zinsou, who was in Wenou that day.',
    ],
)
def test_a_speaker_with_an_office_keeps_the_statement(extract: Any, sentence: str) -> None:
    assert len(statements(extract(LEAD + sentence))) == 1


CLAIM_LEAD = "Masked riders ambushed a customs patrol outside Wenou on Thursday, killing five officers. "


@pytest.mark.parametrize(
    "sentence",
    [
        "In a note pinned to a tree, the Kora Liberation Front claimed the customs ambush and called "
        "it payback for the arrest of its commander.",
        "In a clip shared on a messaging app, a hooded man claimed the customs ambush for the Kora "
        "Liberation Front and called it a warning to the customs service.",
    ],
)
def test_a_claims_gloss_of_the_deed_is_part_of_the_claim(extract: Any, sentence: str) -> None:
    extraction = extract(CLAIM_LEAD + sentence)
    assert [e.type for e in extraction.events] == ["attack", "claim"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kora Liberation Front claimed the attack, and the governor called it a cowardly crime.",
        "The Kora Liberation Front claimed the attack and threatened to kill the hostages.",
    ],
)
def test_another_speaker_or_a_threat_beside_a_claim_stays_a_statement(extract: Any, sentence: str) -> None:
    assert len(statements(extract(CLAIM_LEAD + sentence))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police in Wenou said they had arrested nine people on Friday accused of selling fuel to bandits.",
        "Three brothers stood trial in Cotonou this week, accused of plotting to torch a granary near Wenou.",
    ],
)
def test_accused_beside_a_clause_without_an_accuser_is_no_statement(extract: Any, text: str) -> None:
    assert statements(extract(text)) == []


def test_accused_by_a_named_accuser_stays_a_statement(extract: Any) -> None:
    text = "Accused by the governor of sheltering the bandits, the village chief fled Wenou on Friday."
    assert len(statements(extract(text))) == 1
