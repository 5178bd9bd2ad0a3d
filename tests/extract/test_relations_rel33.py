"""Relation kinds read in session 33.

A group described as another's branch or wing with a nationality adjective ("the Kenyan branch
of Y") is Y's part: the adjective says where the branch is, not whose it is, even when the
report names that country. A group sworn to another by allegiance or loyalty is tied to it as
one that pledged it is.
"""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str = "affiliation") -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_branch_named_by_nationality_belongs_to_its_of_phrase(relations: Any) -> None:
    text = (
        "Kenya has battled insurgents in its coastal forests for a decade. Apart from the Tembara "
        "Islamic Front, the Kessa Brigade, the Kenyan branch of the Dorsa Islamic Front (DIF), "
        "remains active in the Aberdare hills."
    )
    found = relations(text)
    assert rel("Kessa Brigade", "Dorsa Islamic Front") in found
    assert rel("Kessa Brigade", "Kenya") not in found


def test_a_wing_a_speaker_regards_by_nationality_belongs_to_its_of_phrase(relations: Any) -> None:
    text = (
        "Kenya has battled insurgents in its coastal forests for a decade. Diplomats regard the "
        "Kessa Brigade as the Kenyan wing of the Dorsa Islamic Front."
    )
    found = relations(text)
    assert rel("Kessa Brigade", "Dorsa Islamic Front") in found
    assert rel("Kessa Brigade", "Kenya") not in found


def test_a_branch_of_a_state_named_by_its_name_stays_the_states(relations: Any) -> None:
    text = (
        "Kenya has battled insurgents in its coastal forests for a decade. The Kessa Brigade, "
        "Kenya's branch of the Dorsa Islamic Front, denied the charge."
    )
    assert rel("Kessa Brigade", "Kenya") in relations(text)


def test_sworn_allegiance_ties_a_group_to_the_other(relations: Any) -> None:
    text = "The Kessa Brigade, an outfit that has sworn allegiance to the Dorsa Islamic Front, raided a mill."
    assert rel("Kessa Brigade", "Dorsa Islamic Front") in relations(text)


def test_sworn_loyalty_ties_a_group_to_the_other(relations: Any) -> None:
    text = "Since 2019 the Kessa Brigade has sworn its loyalty to the Dorsa Islamic Front."
    assert rel("Kessa Brigade", "Dorsa Islamic Front") in relations(text)


def test_swearing_to_avenge_fighters_ties_no_one(relations: Any) -> None:
    text = "Joel Maruva swore to avenge the Dorsa Islamic Front fighters killed in Kenya."
    assert rel("Joel Maruva", "Dorsa Islamic Front") not in relations(text)


def test_a_group_operating_in_the_reaches_of_a_valley_is_based_there(relations: Any) -> None:
    text = "The Kessa Brigade, a small outfit, is active in the higher reaches of the Tana valley."
    assert rel("Kessa Brigade", "Tana", "based_in") in relations(text)


def test_a_division_named_by_its_of_phrase_beside_another_is_ground_too(relations: Any) -> None:
    text = "The Kessa Brigade operates across Lamu county and the adjoining province of Garissa."
    found = relations(text)
    assert rel("Kessa Brigade", "Garissa", "based_in") in found


def test_ground_along_a_border_does_not_lie_across_it(relations: Any) -> None:
    text = "The Kessa Brigade hides on the fringe of woods along the frontier with Somalia."
    assert rel("Kessa Brigade", "Somalia", "based_in") not in relations(text)
