"""cooperation from support phrases, second agents and concert phrases (relation_support.py)."""

from __future__ import annotations

from collections.abc import Callable

Found = Callable[[str], set[tuple[frozenset[str], str]]]


def coop(a: str, b: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), "cooperation")


def test_support_from_a_force_on_the_backing_participle(relations: Found) -> None:
    text = (
        "Units of the Somali National Army, aided by aerial support from the African Union Mission "
        "in Somalia, recaptured the outpost."
    )
    assert coop("Somali National Army", "African Union Mission in Somalia") in relations(text)


def test_cover_from_a_force_in_a_with_phrase(relations: Found) -> None:
    text = "Units of the Nigerian Army, with cover from the Nigerian Air Force, repelled the raiders."
    assert coop("Nigerian Army", "Nigerian Air Force") in relations(text)


def test_acting_in_conjunction_with_a_force(relations: Found) -> None:
    text = (
        "Fighters of the Civilian Joint Task Force, in conjunction with soldiers of the Nigerian Army, "
        "chased off the kidnappers."
    )
    assert coop("Civilian Joint Task Force", "Nigerian Army") in relations(text)


def test_support_from_people_is_no_tie(relations: Found) -> None:
    found = relations("Units of the Nigerian Army, with support from local vigilantes, repelled the raiders.")
    assert not [t for _, t in found if t == "cooperation"]


def test_help_from_a_person_is_no_tie_with_the_person(relations: Found) -> None:
    found = relations("Units of the Nigerian Army, with help from Musa Bello, repelled the raiders.")
    assert coop("Nigerian Army", "Musa Bello") not in found
