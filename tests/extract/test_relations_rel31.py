"""Relation kinds read in session 31.

A role holder named by a participle of naming: after a noun for a name ("the group's chief,
known by the alias A B") or after "identified (by police) as"; the holder of a role over a unit
that the unit's participle of naming gives as a person ("the head of an X unit known by the alias
C D"); a role noun a relative clause of naming gives a person ("a chief the soldiers know as E F").
"The group" opening a sentence is the group that the main clause of the sentence last naming one
has for subject, not a group that is the subject of a clause inside it; a definite anaphor the
tagger read as an adjective ("The front controls ...") is read all the same. The subject of a
raising verb is the doer of its perfect infinitive as of its plain one ("X is thought to have
built bases in Y").
"""

from __future__ import annotations

from typing import Any

_OPENING = "The Ruvani Liberation Front set fire to two lorries near Tembara on Friday. "


def rel(a: str, b: str, rtype: str = "affiliation") -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_chief_known_by_an_alias_belongs_to_the_group(relations: Any) -> None:
    text = _OPENING + "The group's chief, known by the alias Abu Khalid al-Marani, rarely appears in videos."
    assert rel("Abu Khalid al-Marani", "Ruvani Liberation Front") in relations(text)


def test_the_head_of_a_unit_known_by_an_alias_belongs_to_the_units_group(relations: Any) -> None:
    text = _OPENING + (
        "Detectives detained the head of a Ruvani Liberation Front unit "
        "known by the alias Abu Salim al-Qadiri."
    )
    assert rel("Abu Salim al-Qadiri", "Ruvani Liberation Front") in relations(text)


def test_a_role_identified_by_detectives_as_a_person_is_that_persons(relations: Any) -> None:
    text = (
        _OPENING
        + 'Found among the bodies was the group\'s Tembara "emir", '
        + "identified by detectives as Idris Kallo Baba."
    )
    assert rel("Idris Kallo Baba", "Ruvani Liberation Front") in relations(text)


def test_a_chief_the_soldiers_know_by_a_name_leads_the_group(relations: Any) -> None:
    text = (
        _OPENING
        + "Villagers say the group has been led since 2019 by a chief "
        + "the soldiers know as Tobias Kasereka Mwana."
    )
    assert rel("Tobias Kasereka Mwana", "Ruvani Liberation Front") in relations(text)


def test_the_group_is_the_main_subject_of_the_sentence_before_not_a_clauses(relations: Any) -> None:
    text = (
        "The Ruvani Liberation Front arose in 2011 under a cleric who quit the Kessa People's Front once "
        "the Kessa People's Front began negotiating with Dakar. The group operates out of the Maruba Marsh."
    )
    found = relations(text)
    assert rel("Ruvani Liberation Front", "Maruba Marsh", "based_in") in found
    assert rel("Kessa People's Front", "Maruba Marsh", "based_in") not in found


def test_the_front_read_as_an_adjective_still_stands_for_the_group(relations: Any) -> None:
    text = (
        "Detectives blamed the Ruvani Liberation Front for the bombing. "
        "The front controls most of the area around Dongora."
    )
    assert rel("Ruvani Liberation Front", "Dongora", "based_in") in relations(text)


def test_a_group_thought_to_have_built_bases_somewhere_is_based_there(relations: Any) -> None:
    text = _OPENING + "The group is thought to have quietly built new bases in Kessala and Dongora."
    found = relations(text)
    assert rel("Ruvani Liberation Front", "Kessala", "based_in") in found
    assert rel("Ruvani Liberation Front", "Dongora", "based_in") in found
