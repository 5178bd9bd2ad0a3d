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


def test_every_party_listed_in_a_concert_phrase_works_with_the_others(relations: Found) -> None:
    text = (
        "Bandits killed four farmers near Dorvik on Monday. Guards of the Dorvik Vigilance Corps, "
        "in conjunction with soldiers of the Ruritanian Army and officers of the Ruritania "
        "Police Force, chased the bandits into the hills."
    )
    found = relations(text)
    assert (frozenset(("Dorvik Vigilance Corps", "Ruritania Police Force")), "cooperation") in found
    assert (frozenset(("Ruritanian Army", "Ruritania Police Force")), "cooperation") in found


def test_a_party_named_in_a_clause_inside_the_concert_phrase_is_no_partner(relations: Found) -> None:
    text = (
        "Bandits killed four farmers near Dorvik on Monday. The Dorvik Vigilance Corps, in "
        "coordination with the Ruritanian Army, which the Kestrel Front attacked last week, "
        "engaged the bandits."
    )
    found = relations(text)
    assert (frozenset(("Dorvik Vigilance Corps", "Kestrel Front")), "cooperation") not in found
    assert (frozenset(("Ruritanian Army", "Kestrel Front")), "cooperation") not in found
