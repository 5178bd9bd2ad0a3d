"""A relative clause on the members of a collective apposed to a group is said of the group."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_network_of_youth_that_operates_somewhere_places_the_named_group(relations: Any) -> None:
    text = (
        "The army blamed the Sorrel Brigades, a loose network of armed Fulani youth that operates "
        "across Kaduna and Zamfara states, for the raid on the market."
    )
    found = relations(text)
    assert rel("Sorrel Brigades", "Kaduna", "based_in") in found
    assert rel("Sorrel Brigades", "Zamfara", "based_in") in found


def test_a_coalition_of_militias_that_fights_a_rival_sets_the_named_group_against_it(relations: Any) -> None:
    text = (
        "Police blamed the Sorrel Brigades, a coalition of militias that fight the Kestrel Front, "
        "for the fire."
    )
    assert rel("Sorrel Brigades", "Kestrel Front", "hostility") in relations(text)


def test_a_group_that_has_operated_around_a_town_is_based_there(relations: Any) -> None:
    text = (
        "Jets struck camps used by the Sorrel Brigades, an armed group that has operated around "
        "Kaduna for more than a decade, the air force said."
    )
    assert rel("Sorrel Brigades", "Kaduna", "based_in") in relations(text)


def test_a_second_apposed_noun_of_rivalry_is_said_of_the_named_group(relations: Any) -> None:
    text = (
        "The strongest force in the region remains the Sorrel Brigades, a local al-Qaeda affiliate "
        "and a long-time rival of the Kestrel Front."
    )
    found = relations(text)
    assert rel("Sorrel Brigades", "Kestrel Front", "hostility") in found
    assert rel("Sorrel Brigades", "al-Qaeda", "affiliation") in found


def test_the_leader_of_an_apposed_bloc_leads_the_group_named_before_the_comma(relations: Any) -> None:
    text = (
        "The 12th Front answers to the Sorrel Brigades, the dissident bloc led by Dembo Kuyateh, "
        "alias Tarn, which has held talks with the government."
    )
    found = relations(text)
    assert rel("Dembo Kuyateh", "Sorrel Brigades", "affiliation") in found
    assert rel("Dembo Kuyateh", "12th Front", "affiliation") not in found
