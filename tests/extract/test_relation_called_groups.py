"""A definite noun ("the militia's spokesman") stands for the group the text called by it."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_the_militias_spokesman_speaks_for_the_group_called_a_militia(relations: Any) -> None:
    text = (
        "The Dozo militia Kuru Ton, whose men guard the lorries, accused the Katiba Sabo, a "
        'wing of the al-Qaeda-linked JNIM, of the siege. "Their aim is to '
        "empty the markets,\" the militia's spokesman in Douentza, Ousmane Guindo, said by radio."
    )
    found = relations(text)
    assert rel("Ousmane Guindo", "Kuru Ton", "affiliation") in found
    assert rel("Ousmane Guindo", "Katiba Sabo", "affiliation") not in found


def test_a_group_apposed_to_the_noun_after_its_name_is_called_by_it(relations: Any) -> None:
    text = (
        "Kuru Ton, a militia of Dogon hunters, accused the Katiba Sabo of burning the granaries. "
        "The militia's spokesman, Ousmane Guindo, said by telephone that nine men were killed."
    )
    assert rel("Ousmane Guindo", "Kuru Ton", "affiliation") in relations(text)


def test_another_noun_does_not_pick_the_group_called_a_militia(relations: Any) -> None:
    text = (
        "The Dogon militia Kuru Ton blamed the attack on the Sabo Liberation Front (SLF), which "
        "denied it. The group's spokesman, Ousmane Guindo, said its fighters were far away."
    )
    assert rel("Ousmane Guindo", "Kuru Ton", "affiliation") not in relations(text)
