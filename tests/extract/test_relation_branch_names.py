"""A gazetteer branch whose name opens with its parent's name is tied to the parent named apart."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


FIRST = (
    "Residents blamed the Islamic State Sahel Province (ISSP), which operates from Menaka. "
    "Villagers fled to Niamey on Monday, and the army sent reinforcements to the area. "
)


def test_a_province_named_after_its_parent_is_tied_to_it_named_apart(relations: Any) -> None:
    found = relations(FIRST + "The Islamic State has fighters across the region.")
    assert rel("Islamic State Sahel Province", "Islamic State", "affiliation") in found


def test_another_group_named_apart_is_not_tied_to_the_province(relations: Any) -> None:
    found = relations(FIRST + "Al-Qaeda has fighters across the region.")
    assert not {r for r in found if "Islamic State Sahel Province" in r[0] and r[1] == "affiliation"}
