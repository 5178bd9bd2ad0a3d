"""Town names no gazetteer knows, read from the clause that holds them (a passive verb of taking
ground, a holding phrase, a title word opening the name after a preposition of place), and unit
names that close on a number."""

from __future__ import annotations

from typing import Any


def _entities(result: Any) -> dict[str, str]:
    return {e.name: e.type for e in result.entities}


def test_passive_subject_of_a_verb_of_ground_is_a_place(extract: Any) -> None:
    result = extract("Warrabandi was overrun by the insurgents on Monday night, local officials said.")
    assert _entities(result).get("Warrabandi") == "PLACE"


def test_a_name_in_a_sides_hands_is_a_place(extract: Any) -> None:
    result = extract(
        "Korvalo Dunes remained in rebel hands on Wednesday after the army withdrew its garrison, "
        "residents said."
    )
    assert _entities(result).get("Korvalo Dunes") == "PLACE"


def test_a_name_under_a_sides_control_is_a_place(extract: Any) -> None:
    result = extract("By nightfall Zembarra was under militia control, according to two aid workers.")
    assert _entities(result).get("Zembarra") == "PLACE"


def test_a_person_in_control_is_no_place(extract: Any) -> None:
    result = extract("Colonel Idris Vantamo was in control of the checkpoint when the convoy arrived.")
    assert _entities(result).get("Idris Vantamo") == "PERSON"


def test_a_title_word_after_in_opens_a_towns_name(extract: Any) -> None:
    result = extract(
        "Artillery fire hit a school in Sheikh Barrakun on Friday, killing two children, medics said."
    )
    types = _entities(result)
    assert types.get("Sheikh Barrakun") == "PLACE"
    assert "Barrakun" not in types


def test_a_unit_name_keeps_its_number(extract: Any) -> None:
    result = extract(
        "Officers of the Kestrel 41 rapid-response squad arrested three suspects in Lisbon on Tuesday."
    )
    assert "Kestrel 41" in _entities(result)


def test_a_name_and_a_count_stay_apart(extract: Any) -> None:
    result = extract("Police said Rahimov 3 times refused to answer questions in court on Tuesday.")
    assert "Rahimov 3" not in _entities(result)
