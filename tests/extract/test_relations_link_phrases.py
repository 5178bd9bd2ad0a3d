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
