"""Hostility done by men named by whom they are loyal to (relation_loyal_men.py)."""

from __future__ import annotations

from collections.abc import Callable

Found = Callable[[str], set[tuple[frozenset[str], str]]]


def hostile(a: str, b: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), "hostility")


def test_forces_loyal_to_a_body_act_for_it(relations: Found) -> None:
    found = relations(
        "Forces loyal to the Kasongo Council overran Kivu Patriotic Front positions in Malemba."
    )
    assert hostile("Kasongo Council", "Kivu Patriotic Front") in found


def test_men_loyal_to_a_group_clash_for_it(relations: Found) -> None:
    found = relations(
        "Fighters loyal to the Kivu Patriotic Front clashed with the Lukuga Brigade near Malemba."
    )
    assert hostile("Kivu Patriotic Front", "Lukuga Brigade") in found


def test_loyalty_without_a_hostile_act_sets_no_hostility(relations: Found) -> None:
    found = relations(
        "Forces loyal to the Kasongo Council escorted the Kivu Patriotic Front envoys to Malemba."
    )
    assert hostile("Kasongo Council", "Kivu Patriotic Front") not in found


def test_a_persons_loyal_men_are_not_read_as_that_person(relations: Found) -> None:
    found = relations("Gunmen loyal to Samuel Etta attacked the Lukuga Brigade near Malemba.")
    assert hostile("Samuel Etta", "Lukuga Brigade") not in found
