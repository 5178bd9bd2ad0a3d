"""cooperation from closeness, alliance judged and fighting side by side (relation_closeness.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], set[tuple[frozenset[str], str]]]
A, B = "Kamajor", "Revolutionary United Front"


def pair(rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((A, B)), rtype)


@pytest.mark.parametrize(
    "text",
    [
        f"The {A} militia is generally regarded as close to the {B}.",
        f"The {A} militia remains close to the {B}.",
        f"The army regards the {A} militia as allied with the {B}.",
        f"The {A} militia fought side by side with the {B} at Bo.",
    ],
)
def test_closeness_and_alliance_judged_are_cooperation(relations: Found, text: str) -> None:
    assert pair("cooperation") in relations(text)


def test_coordinated_groups_fighting_side_by_side_are_on_one_side(relations: Found) -> None:
    found = relations(f"The {A} militia and the {B} fought side by side at Bo last year.")
    assert pair("cooperation") in found
    assert pair("hostility") not in found


def test_coordinated_groups_that_fought_are_still_enemies(relations: Found) -> None:
    assert pair("hostility") in relations(f"The {A} militia and the {B} fought at Bo last year.")


def test_a_state_close_to_another_is_no_tie(relations: Found) -> None:
    found = relations("Guinea remains close to Sierra Leone.")
    assert not [t for _, t in found if t == "cooperation"]
