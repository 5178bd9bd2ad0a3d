"""Actors named by a definite group noun that stands for the armed group told before."""

from __future__ import annotations

from typing import Any


def attack_actors(extraction: Any) -> list[list[str]]:
    return [e.actors for e in extraction.events if e.type == "attack"]


def test_an_attack_blamed_on_the_same_group_after_an_untyped_name_is_that_group(extract: Any) -> None:
    text = (
        "Soldiers said the dead men belonged to a cell of the Red Lantern Society. "
        "In May 2023, six soldiers were killed in an ambush near Kesso, an attack the authorities "
        "blamed on the same group."
    )
    assert attack_actors(extract(text)) == [["Red Lantern Society"]]


def test_investigators_suspecting_the_same_group_give_the_attack_that_group(extract: Any) -> None:
    text = (
        "Police blamed the attack on the Tamba Liberation Front, a faction that broke away in 2019. "
        "Hours later, a car bomb exploded near a market in Delmo, wounding three civilians; "
        "investigators suspect the same group."
    )
    actors = attack_actors(extract(text))
    assert actors[-1] == ["Tamba Liberation Front"]


def test_suspecting_a_group_noun_with_no_group_named_gives_no_actor(extract: Any) -> None:
    text = (
        "Hours later, a car bomb exploded near a market in Delmo, wounding three civilians; "
        "investigators suspect the same group."
    )
    assert attack_actors(extract(text)) == [[]]


def military_actors(extraction: Any) -> list[list[str]]:
    return [e.actors for e in extraction.events if e.type == "military_action"]


def test_police_arrests_told_by_a_prosecutors_office_are_the_state_s(extract: Any) -> None:
    text = (
        "In Portugal, the Central Prosecutor's Office said on Thursday that police had arrested "
        "four men in raids in the old quarter of Porto on Wednesday."
    )
    assert military_actors(extract(text)) == [["Portugal"]]


def test_arrests_told_by_the_police_body_itself_are_that_body_s(extract: Any) -> None:
    text = "The Ruritania Police said on Thursday that officers had arrested four men in raids in Strelsau."
    assert military_actors(extract(text)) == [["Ruritania Police"]]
