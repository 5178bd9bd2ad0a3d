"""based_in from ground listed beside ground and from men kept by a group (relation_bases.py),
and the "which" of a group's cell led by a person (relation_context.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], set[tuple[frozenset[str], str]]]


def based(a: str, b: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), "based_in")


@pytest.mark.parametrize(
    "text, places",
    [
        (
            "For years the Kaduna Liberation Front operated out of the hills of Zaria and neighbouring Kano.",
            ("Zaria", "Kano"),
        ),
        (
            "The Kaduna Liberation Front, which has bases in the Kamuku forest and the neighbouring "
            "Giwa reserve, denied any role.",
            ("Kamuku", "Giwa"),
        ),
        (
            "The Kaduna Liberation Front has fighters who operate from camps in the forests of Zaria "
            "and Giwa districts.",
            ("Zaria", "Giwa"),
        ),
    ],
)
def test_ground_conjoined_to_ground_is_a_base_too(
    relations: Found, text: str, places: tuple[str, ...]
) -> None:
    found = relations(text)
    for place in places:
        assert based("Kaduna Liberation Front", place) in found


def test_a_conjoined_actor_is_not_ground(relations: Found) -> None:
    text = (
        "The Kaduna Liberation Front, which has bases in the Kamuku forest and the Nigerian Army, denied it."
    )
    found = relations(text)
    assert based("Kaduna Liberation Front", "Kamuku") in found
    assert not any(t == "based_in" and "Nigerian Army" in pair for pair, t in found)


def test_men_kept_by_a_group_place_the_group(relations: Found) -> None:
    found = relations("The Kaduna Liberation Front keeps cells that move between Zaria and Kano.")
    assert based("Kaduna Liberation Front", "Zaria") in found
    assert based("Kaduna Liberation Front", "Kano") in found


def test_men_kept_by_a_state_force_are_not_read(relations: Found) -> None:
    found = relations("The Nigerian Army has soldiers who operate from camps in Zaria.")
    assert based("Nigerian Army", "Zaria") not in found


def test_which_after_a_cell_led_by_a_person_is_the_cell(relations: Found) -> None:
    found = relations(
        "Police blamed a Boko Haram cell led by Musa Bello, which operates from the Gwoza hills."
    )
    assert based("Boko Haram", "Gwoza") in found
    assert based("Musa Bello", "Gwoza") not in found


def test_who_after_a_gang_led_by_a_person_is_the_person(relations: Found) -> None:
    found = relations(
        "Police blamed a gang led by Musa Bello, who operates from the Gwoza hills near the border."
    )
    assert based("Musa Bello", "Gwoza") in found


@pytest.mark.parametrize(
    "text, place",
    [
        ("Officials say the Kaduna Liberation Front is based in the northern city of Zaria.", "Zaria"),
        ("The Kaduna Liberation Front operates mainly in the province of Kano.", "Kano"),
    ],
)
def test_a_settlement_named_by_its_of_phrase_is_the_base(relations: Found, text: str, place: str) -> None:
    assert based("Kaduna Liberation Front", place) in relations(text)


def test_the_of_phrase_of_another_noun_is_not_a_settlement(relations: Found) -> None:
    found = relations("The Kaduna Liberation Front is based in the absence of Musa Bello.")
    assert not [t for _, t in found if t == "based_in"]


def test_a_second_owner_s_base_keeps_its_own_place(relations: Found) -> None:
    text = "The targets included the Hamas headquarters in Gaza City and the Hezbollah complex in Tyre."
    found = relations(text)
    assert based("Hezbollah", "Tyre") in found
    assert based("Hezbollah", "Gaza City") not in found
