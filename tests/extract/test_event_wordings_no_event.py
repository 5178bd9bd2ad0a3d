"""Wordings that use an event word for something else (whole pipeline).

A captive "marched away", the audience a speaker "told", the parts of a measure told
before, a town that "hosts" a camp and armed men "heading" somewhere are no rally, meeting,
second sanction or visit; an outside analyst's reading is no statement of a party.
"""

from __future__ import annotations

from typing import Any


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


def test_a_captive_marched_away_is_no_rally(extract: Any) -> None:
    text = (
        "Gunmen abducted a trader in Kasulu on Monday night. He was marched away at gunpoint "
        "with his son, relatives said."
    )
    extraction = extract(text, published="2024-06-04")
    assert "rally" not in _types(extraction), _types(extraction)


def test_residents_marching_still_rally(extract: Any) -> None:
    text = "On Tuesday hundreds of residents marched to the district office in Kasulu, demanding more police."
    extraction = extract(text, published="2024-06-05")
    assert "rally" in _types(extraction), _types(extraction)


def test_the_audience_a_speaker_told_is_no_meeting(extract: Any) -> None:
    text = (
        'Gunmen killed four guards in Kasulu on Monday. "We will find them," the governor told '
        "the meeting, praising the police."
    )
    extraction = extract(text, published="2024-06-04")
    assert "meeting" not in _types(extraction), _types(extraction)


def test_the_parts_of_a_sanction_told_before_are_no_new_sanction(extract: Any) -> None:
    text = (
        "On Monday the European Union imposed sanctions on two militia leaders for attacks on "
        "civilians. The measures include an asset freeze and a travel ban."
    )
    extraction = extract(text, published="2024-06-04")
    assert _types(extraction).count("sanction") == 1, _types(extraction)


def test_a_town_hosting_a_camp_is_no_visit(extract: Any) -> None:
    text = (
        "A roadside bomb wounded three soldiers near Kakuma on Sunday, the town that hosts one of "
        "the largest refugee camps in the region."
    )
    extraction = extract(text, published="2024-06-04")
    assert "visit" not in _types(extraction), _types(extraction)


def test_armed_men_heading_for_the_border_make_no_visit(extract: Any) -> None:
    text = (
        "Two herders were seized near Kasulu on Friday night by armed men who headed for the "
        "border, villagers said."
    )
    extraction = extract(text, published="2024-06-04")
    assert "visit" not in _types(extraction), _types(extraction)


def test_outside_analysts_reading_is_no_statement(extract: Any) -> None:
    text = (
        "Gunmen killed four guards in Kasulu on Monday. Analysts in Nairobi said the slain "
        "commander had run the militia's tolls on lorries, and that his killing might explain "
        "the timing of the raid."
    )
    extraction = extract(text, published="2024-06-04")
    assert "statement" not in _types(extraction), _types(extraction)


def test_a_named_officials_reading_is_still_a_statement(extract: Any) -> None:
    text = (
        'Gunmen killed four guards in Kasulu on Monday. "The militia wants the army out of the '
        'villages, and it will be crushed," said Amina Otieno, the regional police commander.'
    )
    extraction = extract(text, published="2024-06-04")
    assert "statement" in _types(extraction), _types(extraction)


def test_a_state_of_siege_is_no_attack(extract: Any) -> None:
    text = (
        "Gunmen killed six farmers near Rutshuru on Friday. The district has lived under a "
        '"state of siege", with army officers in place of elected mayors, since March 2022.'
    )
    extraction = extract(text, published="2024-06-04")
    assert _types(extraction).count("attack") == 1, [(e.type, e.date) for e in extraction.events]


def test_a_siege_laid_to_a_town_stays_an_attack(extract: Any) -> None:
    text = "In October 2020 rebels laid siege to Rutshuru for three days, killing eleven traders."
    extraction = extract(text, published="2024-06-04")
    assert "attack" in _types(extraction), _types(extraction)
