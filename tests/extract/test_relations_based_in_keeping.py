"""A group that keeps fighters in a place is based there (relations.yaml); fighters lost there
base nothing."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_group_that_keeps_fighters_in_a_place_is_based_there(relations: Any) -> None:
    found = relations("The Kivu Liberation Front is said still to keep fighters in Walikale.")
    assert rel("Kivu Liberation Front", "Walikale", "based_in") in found


def test_fighters_a_group_lost_in_a_place_do_not_base_it_there(relations: Any) -> None:
    found = relations("The Kivu Liberation Front lost fighters in Walikale.")
    assert rel("Kivu Liberation Front", "Walikale", "based_in") not in found
