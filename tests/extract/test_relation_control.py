"""based_in from "under X control" phrases and ground held by state forces (relation_control.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], set[tuple[frozenset[str], str]]]
GROUP = "Kaduna Liberation Front"


def based(a: str, b: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), "based_in")


@pytest.mark.parametrize(
    "text, places",
    [
        (
            f"Towns under {GROUP} control, including Zaria and Giwa, have been hit by air strikes.",
            ("Zaria", "Giwa"),
        ),
        (f"Zaria remains partly under {GROUP} control.", ("Zaria",)),
        (f"Zaria fell under the control of the {GROUP} in 2014.", ("Zaria",)),
        (f"Zaria came under the {GROUP}'s rule last year.", ("Zaria",)),
    ],
)
def test_ground_under_a_group_control_is_its_base(
    relations: Found, text: str, places: tuple[str, ...]
) -> None:
    found = relations(text)
    for place in places:
        assert based(GROUP, place) in found


def test_control_under_no_named_group_gives_nothing(relations: Found) -> None:
    found = relations(f"Zaria is under army control after the {GROUP} left.")
    assert not [t for _, t in found if t == "based_in"]


def test_control_phrase_on_something_else_than_ground_gives_nothing(relations: Found) -> None:
    found = relations(f"The talks under the {GROUP}'s control were held in Zaria.")
    assert based(GROUP, "Zaria") not in found


def test_a_town_still_held_by_the_army_is_its_base(relations: Found) -> None:
    text = f"The {GROUP} has besieged Zaria, the last big town in the state still held by the Nigerian Army."
    assert based("Nigerian Army", "Zaria") in relations(text)


def test_the_army_holding_talks_is_not_holding_ground(relations: Found) -> None:
    found = relations("The Nigerian Army, which held talks in Zaria, denied it.")
    assert based("Nigerian Army", "Zaria") not in found
