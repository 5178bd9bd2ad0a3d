"""Relation kinds read in session 37.

"Xian troops", "X's soldiers", "Xian forces": the men of a state's force are the one army of
that state the report names (``relation_context.RelationContext.own_army``), not the state
itself; with no army of the state named (or several) the state stays the actor.
"""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str = "hostility") -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_states_troops_are_its_army_the_report_names(relations: Any) -> None:
    text = (
        "The Velmora People's Front has been active in Ghana's north since 2019. "
        "Ghanaian troops attacked a Velmora People's Front camp near Dasko on Monday, the "
        "Ghana Armed Forces said."
    )
    found = relations(text)
    assert rel("Ghana Armed Forces", "Velmora People's Front") in found
    assert rel("Ghana", "Velmora People's Front") not in found


def test_a_states_soldiers_named_before_its_army_are_that_army(relations: Any) -> None:
    text = (
        "The Ghana Armed Forces said on Monday that it had sent more men to the north. "
        "Ghanaian soldiers later raided a Velmora People's Front hideout near Dasko."
    )
    found = relations(text)
    assert rel("Ghana Armed Forces", "Velmora People's Front") in found
    assert rel("Ghana", "Velmora People's Front") not in found


def test_a_states_troops_with_no_army_named_are_the_state(relations: Any) -> None:
    text = (
        "The Velmora People's Front has been active in Ghana's north since 2019. "
        "Ghanaian troops attacked a Velmora People's Front camp near Dasko on Monday, officials said."
    )
    assert rel("Ghana", "Velmora People's Front") in relations(text)


def test_the_state_itself_is_not_read_as_its_army(relations: Any) -> None:
    text = (
        "The Ghana Armed Forces have been deployed in the north since 2019. "
        "Ghana has accused the Velmora People's Front of attacking its border posts."
    )
    found = relations(text)
    assert rel("Ghana", "Velmora People's Front") in found
    assert rel("Ghana Armed Forces", "Velmora People's Front") not in found


def test_the_enemy_of_a_cell_a_speaker_blames_is_not_the_speakers(relations: Any) -> None:
    text = (
        "General Tomas Ferrel, the regional police commander, said on Monday that the killing was "
        "the work of a Velmora People's Front cell fighting the Orvan Islamic Front for control of "
        "the port."
    )
    found = relations(text)
    assert rel("Tomas Ferrel", "Velmora People's Front") in found
    assert rel("Tomas Ferrel", "Orvan Islamic Front") not in found


def test_a_speakers_vow_to_fight_a_group_stays_his(relations: Any) -> None:
    text = "Governor Tomas Ferrel vowed on Monday to crush the Velmora People's Front within a year."
    assert rel("Tomas Ferrel", "Velmora People's Front") in relations(text)
