"""Casualty figures on real-page shapes (session 21): the floor of 'at least N were killed and
M wounded' is the dead's alone, and sources listed after the victims ('..., killing at least 11
people, villagers and a councillor said') are no victims.  Invented reports (places, names,
numbers and wording of our own)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def _figures(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    sent = next(iter(nlp(text).sents))
    return [(m.kind, m.count.value, m.count.qualifier) for m in find_casualties(sent) if not m.part]


def _value(count: Any) -> tuple[int, str] | None:
    return None if count is None else (count.value, count.qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 12 villagers were killed and 30 wounded when gunmen raided a market in Tamsel.",
            [("killed", 12, "at_least"), ("injured", 30, "exact")],
        ),
        (
            "More than 40 passengers were killed and 65 injured when two trains collided near Orvald.",
            [("killed", 41, "at_least"), ("injured", 65, "exact")],
        ),
    ],
)
def test_the_floor_of_a_passive_toll_is_the_dead_alone(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _figures(nlp, text) == expected


def test_a_telegraphic_toll_still_shares_its_floor(nlp: Language) -> None:
    assert _figures(nlp, "At least 8 killed, 19 injured in Tamsel blast") == [
        ("killed", 8, "at_least"),
        ("injured", 19, "at_least"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone struck a wedding party in Velmor on Friday, killing at least 11 people, "
            "villagers and a local councillor said.",
            ("killed", 11, "at_least"),
        ),
        (
            "Gunmen stormed a church in Orsana on Sunday, killing at least 21 worshippers, "
            "church leaders and a local official said.",
            ("killed", 21, "at_least"),
        ),
        (
            # the parser makes the victims the subject of 'said', the killing verb left bare
            "A bomb exploded at a bus station in Darvik on Tuesday morning, killing at least nine people, "
            "hospital and police sources said on Wednesday.",
            ("killed", 9, "at_least"),
        ),
    ],
)
def test_sources_listed_after_the_victims_are_not_counted(
    nlp: Language, text: str, expected: tuple[str, int, str]
) -> None:
    assert _figures(nlp, text) == [expected]


def test_a_list_of_victims_before_a_say_verb_with_its_own_subject_is_still_summed(nlp: Language) -> None:
    # the say verb has a subject of its own: the listed groups after the comma are victims
    text = "The blast killed at least six soldiers, two porters and a driver, the army said."
    assert _figures(nlp, text) == [("killed", 9, "at_least")]


def test_sources_after_the_victims_leave_the_event_its_floor(extract: Any) -> None:
    ext = extract(
        "A suicide bomber blew himself up at a cattle market in Darvik on Saturday evening, "
        "killing at least 16 people, police and hospital sources said on Sunday.",
        published="2025-03-10",
    )
    (attack,) = [e for e in ext.events if e.type == "attack"]
    assert _value(attack.killed) == (16, "at_least")


def test_those_still_in_care_after_the_wounded_died_are_the_injured_now(extract: Any) -> None:
    ext = extract(
        "Gunmen attacked a bus near Tarvel on Monday, killing three passengers and wounding six others, "
        "police said. Two of the wounded died overnight at the district clinic. "
        "The four others remain in hospital.",
        published="2025-03-12",
    )
    (attack,) = [e for e in ext.events if e.type == "attack"]
    assert _value(attack.injured) == (4, "exact")


def test_those_still_in_care_with_no_deaths_since_are_a_part_of_the_wounded(extract: Any) -> None:
    ext = extract(
        "Gunmen attacked a bus near Tarvel on Monday, killing three passengers and wounding six others, "
        "police said. Two of them remain in hospital.",
        published="2025-03-12",
    )
    (attack,) = [e for e in ext.events if e.type == "attack"]
    assert _value(attack.injured) == (6, "exact")


def test_a_part_of_the_injured_still_in_care_is_not_the_injured_now(extract: Any) -> None:
    ext = extract(
        "Militants stormed a police post in Sorvana on Monday night, killing four constables and "
        "wounding ten others, officials said. Two of the wounded died on Tuesday. "
        "Three of the injured remain in hospital in a serious state.",
        published="2025-03-12",
    )
    (attack,) = [e for e in ext.events if e.type == "attack"]
    # the ten, or the ten less the two who died: not the three still in care
    assert attack.injured is not None and attack.injured.value in (8, 10)


def test_a_bare_toll_update_goes_on_past_a_quote(extract: Any) -> None:
    ext = extract(
        "Soldiers killed six militants in a raid near Maradi on Monday, the army said. "
        "In a separate attack on Tuesday, gunmen killed nine herders at a camp outside Tessaoua, "
        'a local chief said. "They came on motorbikes and shot everyone they saw," he said. '
        "Villagers later found three more bodies in the bush, bringing the toll to 12.",
        published="2025-03-12",
    )
    (attack,) = [e for e in ext.events if e.type == "attack"]
    assert _value(attack.killed) == (12, "exact")


def test_a_toll_naming_a_town_by_its_official_goes_to_the_happening_told_before(extract: Any) -> None:
    ext = extract(
        "Raiders attacked a fishing camp near Kousseri late on Monday, killing at least six fishermen, "
        "officials said. By Wednesday the toll had risen to ten, the prefect of Zinder told reporters. "
        "The raid was the deadliest in the area since May, when a roadside bomb killed four soldiers "
        "near Zinder.",
        published="2025-03-12",
    )
    camp = [e for e in ext.events if e.type == "attack" and e.date is not None and e.date.iso == "2025-03-10"]
    assert [_value(e.killed) for e in camp] == [(10, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the parser makes 'most of them' the subject and hangs the counted people on the assault
            "The movement has since carried out a string of attacks inside Niger, including the May 4, "
            "2012 assault on Arlit Polytechnic Institute, in which 39 people, most of them teachers, "
            "were killed.",
            ("killed", 39, "exact"),
        ),
        (
            # ... or hangs them on the date before them
            "On May 9, 2021, at least 38 people, half of them women, were killed at the Kurdu camp.",
            ("killed", 38, "at_least"),
        ),
    ],
)
def test_a_toll_whose_part_the_parser_made_the_subject_is_read(
    nlp: Language, text: str, expected: tuple[str, int, str]
) -> None:
    assert _figures(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Helicopters struck a column of fleeing raiders near Tillaberi, killing about 30 of them.",
            ("killed", 30, "approx"),
        ),
        (
            "Soldiers chased the gunmen into the hills and killed at least 12 of them.",
            ("killed", 12, "at_least"),
        ),
    ],
)
def test_the_dead_of_a_group_keep_their_qualifier(
    nlp: Language, text: str, expected: tuple[str, int, str]
) -> None:
    assert expected in _figures(nlp, text)


def test_those_still_being_treated_are_injured(nlp: Language) -> None:
    text = "A nurse said a sixth guard had died overnight and that four others were still being treated."
    assert ("injured", 4, "exact") in _figures(nlp, text)


def test_being_treated_as_something_is_no_casualty(nlp: Language) -> None:
    assert _figures(nlp, "The army said the captured men would be treated as prisoners of war.") == []
