"""Multi-word link nouns in apposition ("X, the news agency of Y") tie a body to its owner."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_news_agency_of_a_group_is_its_outlet(relations: Any) -> None:
    text = (
        "Amaq, the news agency of Islamic State, said the group's fighters carried out the ambush "
        "on Thursday."
    )
    assert rel("Amaq", "Islamic State", "affiliation") in relations(text)


def test_a_news_agency_of_no_one_is_tied_to_nothing(relations: Any) -> None:
    text = "Reuters, the news agency, reported the attack on the Islamic State camp."
    assert rel("Reuters", "Islamic State", "affiliation") not in relations(text)


def test_a_structure_of_a_guerrilla_is_part_of_it(relations: Any) -> None:
    text = "The police blamed the Western Bloc, a structure of the Unified Revolutionary Army, for the raid."
    assert rel("Western Bloc", "Unified Revolutionary Army", "affiliation") in relations(text)


def test_the_structure_of_a_building_links_no_group(relations: Any) -> None:
    text = "The Western Bloc said the blast damaged the structure of the Kalima Hotel near the square."
    assert not any(r[1] == "affiliation" for r in relations(text))
