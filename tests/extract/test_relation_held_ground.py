"""based_in from bare terrain a group holds ("holds islands in Y"), from ground it hides among,
and the group a link noun describes as active somewhere (relation_held_ground.py, relations.py);
a spokesman whose name the parser hangs on the place of the body he speaks for."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], set[tuple[frozenset[str], str]]]


def based(a: str, b: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), "based_in")


@pytest.mark.parametrize(
    "text",
    [
        "The Kivu Patriotic Front holds islands in Lake Tanganyika.",
        "Villagers blamed the Kivu Patriotic Front, whose units hold islands along the northern shore of "
        "Lake Tanganyika, for the raid.",
        "The Kivu Patriotic Front hides among the papyrus islands of Lake Tanganyika.",
    ],
)
def test_terrain_held_or_hidden_in_places_the_group(relations: Found, text: str) -> None:
    assert based("Kivu Patriotic Front", "Lake Tanganyika") in relations(text)


def test_a_state_force_holding_terrain_is_not_read(relations: Found) -> None:
    found = relations("The Ruritanian Army holds islands in Lake Tanganyika.")
    assert not any(t == "based_in" for _, t in found)


def test_holding_something_other_than_terrain_is_not_a_base(relations: Found) -> None:
    found = relations("The Kivu Patriotic Front holds hostages in Malemba, the police said.")
    assert based("Kivu Patriotic Front", "Malemba") not in found


def test_the_unit_a_link_noun_describes_is_the_one_active(relations: Found) -> None:
    text = (
        "The clip was captioned with the name of the Lukuga Brigade, the Kivu Patriotic Front unit "
        "active in central Tanganyika."
    )
    found = relations(text)
    assert based("Lukuga Brigade", "Tanganyika") in found
    assert based("Kivu Patriotic Front", "Tanganyika") not in found


def test_a_spokesman_named_after_the_bodys_place_speaks_for_the_body(relations: Found) -> None:
    text = (
        "A spokesman for the Kivu Provincial Police in Malemba, Inspector Samuel Ndoh Etta, told "
        "the radio that the raiders had fled."
    )
    assert (frozenset(("Samuel Ndoh Etta", "Kivu Provincial Police")), "affiliation") in relations(text)


def test_a_place_apposed_to_a_place_gives_no_spokesman(relations: Found) -> None:
    text = "A spokesman for the Kivu Provincial Police in Malemba, a town near Kasongo, said nothing."
    assert not any(t == "affiliation" and "Malemba" in pair for pair, t in relations(text))


def test_the_lake_stands_for_the_lake_named_before(relations: Found) -> None:
    text = (
        "Floods have cut the roads around Lake Tanganyika this month. The Lukuga Defence Militia, "
        "an armed group, hides among the papyrus swamps and small islands of the lake."
    )
    assert based("Lukuga Defence Militia", "Lake Tanganyika") in relations(text)


def test_a_lake_named_no_earlier_is_not_guessed(relations: Found) -> None:
    text = (
        "The Lukuga Defence Militia, an armed group, hides among the papyrus islands of the lake. "
        "Boats now cross Lake Tanganyika only by day."
    )
    assert based("Lukuga Defence Militia", "Lake Tanganyika") not in relations(text)
