"""based_in from ground a group holds: "in the hands of X" (relation_control.in_hands), a
stronghold that names its place ("X's stronghold of Y", "whose stronghold is Y"), bases kept in
ground named by its "of" phrase ("keeps bases in the hills of Y"), ground held between named
places (relations.py _based_in, _controls); and hostility from a deed said to bear a group's
signature (relations.yaml spoken_hostility authorship_nouns)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], set[tuple[frozenset[str], str]]]

GROUP = "Kaduna Liberation Front"


def based(a: str, b: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), "based_in")


@pytest.mark.parametrize(
    "text",
    [
        "Zaria has stayed in the hands of the Kaduna Liberation Front since the rainy season of 2022.",
        "Zaria fell into the Kaduna Liberation Front's hands after a week of shelling.",
        "Zaria, in the hands of the Kaduna Liberation Front since 2020, has had no working clinic.",
    ],
)
def test_ground_in_a_group_hands_is_its_base(relations: Found, text: str) -> None:
    assert based(GROUP, "Zaria") in relations(text)


def test_a_suspect_in_the_hands_of_the_army_places_nobody(relations: Found) -> None:
    found = relations("The young trader from Zaria is now in the hands of the Nigerian Army.")
    assert not any(t == "based_in" for _, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Troops pushed on Monday into the Kaduna Liberation Front's old stronghold of Zaria.",
        "The Kaduna Liberation Front, whose stronghold is Zaria, has lost two commanders this year.",
    ],
)
def test_a_stronghold_that_names_its_place(relations: Found, text: str) -> None:
    assert based(GROUP, "Zaria") in relations(text)


def test_a_stronghold_of_common_ground_names_no_place(relations: Found) -> None:
    found = relations("The Kaduna Liberation Front, whose stronghold is the hill country, raided Zaria.")
    assert based(GROUP, "Zaria") not in found


@pytest.mark.parametrize(
    "text, places",
    [
        ("The front keeps bases in the hills of Zaria.", ("Zaria",)),
        ("The front retains camps in the forests of Zaria and Giwa districts.", ("Zaria", "Giwa")),
    ],
)
def test_bases_kept_in_ground_of_a_place(relations: Found, text: str, places: tuple[str, ...]) -> None:
    found = relations(f"The {GROUP} denied the raid. {text}")
    for place in places:
        assert based(GROUP, place) in found


def test_struck_positions_near_a_place_are_no_base(relations: Found) -> None:
    # (measured on the annotated pages, a struck position "near" or "around" a place placed more
    # groups wrong than right: a front line, not where the group is based)
    found = relations("The Nigerian Army shelled Kaduna Liberation Front positions near Zaria overnight.")
    assert based(GROUP, "Zaria") not in found


def test_a_place_merely_named_beside_a_group_is_no_base(relations: Found) -> None:
    found = relations("The Kaduna Liberation Front said on Tuesday its envoy had gone to Zaria for talks.")
    assert based(GROUP, "Zaria") not in found


def test_a_state_post_near_a_place_is_no_base(relations: Found) -> None:
    found = relations("Kaduna Liberation Front gunmen attacked a Nigerian Army post near Zaria on Sunday.")
    assert based("Nigerian Army", "Zaria") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Kaduna Liberation Front controls most of the farmland between Zaria and the river.",
        "The Kaduna Liberation Front has long controlled the countryside between Zaria and the Niger border.",
    ],
)
def test_held_ground_between_places_names_the_first_by_its_own_name(relations: Found, text: str) -> None:
    found = relations(text)
    assert based(GROUP, "Zaria") in found
    assert based(GROUP, "Niger") not in found  # (a border named by a country is no place held)


def test_a_road_held_between_two_towns_places_nobody(relations: Found) -> None:
    found = relations("The Kaduna Liberation Front controls the road between Zaria and Kano.")
    assert based(GROUP, "Kano") not in found


def test_a_state_army_holding_ground_is_not_based_there(relations: Found) -> None:
    found = relations("The Nigerian Army controls much of the farmland between Zaria and the river.")
    assert based("Nigerian Army", "Zaria") not in found


def test_a_deed_bearing_a_group_signature_sets_the_speaker_against_it(relations: Found) -> None:
    text = "Governor Musa Danladi said the Zaria blast bore the signature of the Kaduna Liberation Front."
    assert (frozenset(("Musa Danladi", GROUP)), "hostility") in relations(text)


def test_a_group_that_condemns_an_attack_is_not_hostile_to_its_victims(relations: Found) -> None:
    found = relations("The Zaria Traders Union condemned the raid on the Kano People's Militia in Giwa.")
    assert (frozenset(("Zaria Traders Union", "Kano People's Militia")), "hostility") not in found
