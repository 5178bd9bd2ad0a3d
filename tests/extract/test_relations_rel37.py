"""Relation kinds read in session 37.

A plural or definite common noun for a group's men ("nine insurgents", "the rebels") with no
owner of its own stands for the one armed group named in its sentence or the two before
(``relation_context.RelationContext.combatants``); with several groups in reach it stands for
none. "Xian troops" are the one army of that state the report names, not the state itself
(``relation_context.RelationContext.own_army``).
"""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str = "hostility") -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_counted_insurgents_are_the_one_group_named_before(relations: Any) -> None:
    text = (
        "The Velmora People's Front attacked a border post in northern Ghana on Sunday. "
        "The Ghana Armed Forces said on Monday that its troops had killed nine insurgents near Dasko."
    )
    assert rel("Ghana Armed Forces", "Velmora People's Front") in relations(text)


def test_the_rebels_are_the_one_group_named_before(relations: Any) -> None:
    text = (
        "Fighters of the Orvan Islamic Front burned a market in northern Ghana last week. "
        "The Ghana Armed Forces said its soldiers had attacked the rebels near Dasko on Tuesday."
    )
    assert rel("Ghana Armed Forces", "Orvan Islamic Front") in relations(text)


def test_combatants_with_two_groups_in_reach_are_nobodys(relations: Any) -> None:
    text = (
        "The Velmora People's Front and the Orvan Islamic Front have both raided villages in "
        "northern Ghana this year. The Ghana Armed Forces said its troops had killed nine "
        "militants near Dasko on Monday."
    )
    found = relations(text)
    assert rel("Ghana Armed Forces", "Velmora People's Front") not in found
    assert rel("Ghana Armed Forces", "Orvan Islamic Front") not in found


def test_fighters_with_an_owner_of_their_own_are_not_the_group_named_before(relations: Any) -> None:
    text = (
        "The Velmora People's Front attacked a border post in northern Ghana on Sunday. "
        "The Ghana Armed Forces said its troops had killed nine Orvan Islamic Front fighters "
        "near Dasko on Monday."
    )
    found = relations(text)
    assert rel("Ghana Armed Forces", "Velmora People's Front") not in found


def test_a_states_troops_are_its_army_the_report_names(relations: Any) -> None:
    text = (
        "The Velmora People's Front has been active in Ghana's north since 2019. "
        "Ghanaian troops killed eleven insurgents near Dasko on Monday, the Ghana Armed "
        "Forces said."
    )
    found = relations(text)
    assert rel("Ghana Armed Forces", "Velmora People's Front") in found
    assert rel("Ghana", "Velmora People's Front") not in found


def test_a_states_troops_with_no_army_named_are_the_state(relations: Any) -> None:
    text = (
        "The Velmora People's Front has been active in Ghana's north since 2019. "
        "Ghanaian troops killed eleven insurgents near Dasko on Monday, officials said."
    )
    assert rel("Ghana", "Velmora People's Front") in relations(text)
