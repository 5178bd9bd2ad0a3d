"""Relation kinds read in session 32.

A state's own security body (an army, a police command, an interior ministry) that says an
armed group did the violence told ("said it suspected a splinter of X", "said X sleeper cells were
behind the shooting") stands against that group, as a person or a state who says so does. A
group that the blamed one fights ("pointed to X, which has been fighting Y") is not the
speaker's enemy, nor are the sides of a fight the speaker warns about ("fighting between X and
Y").
"""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str = "hostility") -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_police_command_that_suspects_a_group_opposes_it(relations: Any) -> None:
    text = "The Tembara Police Command said on Monday it suspected a splinter of the Ruvani Liberation Front."
    assert rel("Tembara Police Command", "Ruvani Liberation Front") in relations(text)


def test_a_group_the_blamed_one_fights_is_not_the_speakers_enemy(relations: Any) -> None:
    text = (
        "Colonel Mateo Ibarra Sol said the findings pointed to the Ruvani Liberation Front, "
        "which has waged war on the Kessa People's Front for years."
    )
    found = relations(text)
    assert rel("Mateo Ibarra Sol", "Ruvani Liberation Front") in found
    assert rel("Mateo Ibarra Sol", "Kessa People's Front") not in found


def test_a_warning_about_fighting_between_groups_sets_the_speaker_against_neither(
    relations: Any,
) -> None:
    text = (
        "Ombudswoman Carla Ospina Vidal cautioned that clashes around Tembara between the Ruvani "
        "Liberation Front and the Kessa People's Front, part of the Dorsa Bloc, had displaced 4,000 people."
    )
    found = relations(text)
    assert rel("Carla Ospina Vidal", "Ruvani Liberation Front") not in found
    assert rel("Carla Ospina Vidal", "Kessa People's Front") not in found
