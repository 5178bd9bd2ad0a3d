"""hostility from a force raised, sent or pitted "against" someone (relation_against.py)."""

from __future__ import annotations

from collections.abc import Callable

Found = Callable[[str], set[tuple[frozenset[str], str]]]


def hostile(a: str, b: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), "hostility")


def test_a_force_brought_together_against_two_groups(relations: Found) -> None:
    text = (
        "The Multinational Joint Task Force, which brings together soldiers from Benin and Cameroon "
        "against Boko Haram as well as the Islamic State West Africa Province, keeps a camp at Ngala."
    )
    found = relations(text)
    assert hostile("Multinational Joint Task Force", "Boko Haram") in found
    assert hostile("Multinational Joint Task Force", "Islamic State West Africa Province") in found


def test_units_deployed_against_a_group(relations: Found) -> None:
    found = relations("The Nigerian Army deployed two battalions against Boko Haram in the hills.")
    assert hostile("Nigerian Army", "Boko Haram") in found


def test_fighting_that_pitted_one_group_against_another(relations: Found) -> None:
    found = relations("The clashes pitted the Nawasi Brigade against the Janzour Shield Brigade.")
    assert hostile("Janzour Shield Brigade", "Nawasi Brigade") in found


def test_a_warning_against_something_is_not_read(relations: Found) -> None:
    found = relations("Chad warned against Boko Haram propaganda on the radio.")
    assert hostile("Chad", "Boko Haram") not in found


def test_aid_sent_against_hunger_names_no_enemy(relations: Found) -> None:
    found = relations("The Chadian government sent aid against hunger to the islands of Lake Chad.")
    assert not [t for _, t in found if t == "hostility"]
