"""An office noun refers back to the person written in apposition with it ("the governor of X,
General Y, ... The governor visited"); the attacks an insurgency is told to have begun with are
the report's one armed group's."""

from __future__ import annotations

from typing import Any

import pytest


def _actors(extract: Any, text: str, etype: str) -> list[list[str]]:
    return [e.actors for e in extract(text).events if e.type == etype]


_RAID = "NIAMEY, March 4 — Gunmen killed nine villagers in a raid near Kasanga on Tuesday, officials said. "


@pytest.mark.parametrize(
    "named",
    [
        "The governor of Tahoua region, Brigadier General Moussa Idrissa Kane, said the attackers had fled.",
        "Brigadier General Moussa Idrissa Kane, the governor of Tahoua region, said the attackers had fled.",
    ],
)
def test_the_governor_is_the_person_named_as_governor(extract: Any, named: str) -> None:
    text = f"{_RAID}{named} The governor visited the wounded at the town's hospital on Wednesday morning."
    assert _actors(extract, text, "visit") == [["Moussa Idrissa Kane"]]


def test_an_office_noun_takes_no_person_named_with_another_office(extract: Any) -> None:
    text = (
        f"{_RAID}The mayor of Tahoua, Moussa Idrissa Kane, said the attackers had fled. "
        "The governor visited the wounded at the town's hospital on Wednesday morning."
    )
    assert _actors(extract, text, "visit") == [[]]


def test_a_plural_written_beside_names_is_no_office(extract: Any) -> None:
    text = (
        "SUKMA, March 4 — Two policemen were killed in an ambush near Kistaram on Tuesday, officials "
        "said. Police named them as constable Vijay Markam and constable Ramesh Kunjam, both residents "
        "of Dornapal. Last month, residents of Dornapal staged a sit-in outside the Kistaram camp."
    )
    persons = {"Vijay Markam", "Ramesh Kunjam"}
    assert not [a for e in extract(text).events for a in e.actors if a in persons]


@pytest.mark.parametrize(
    "background",
    [
        "The insurgency began in October 2017 with attacks on police posts in Mocimboa da Praia.",
        "The insurgency started on October 5, 2017, when armed men attacked three police stations in "
        "Mocimboa da Praia, killing two policemen.",
    ],
)
def test_the_attacks_an_insurgency_began_with_are_the_one_groups(extract: Any, background: str) -> None:
    text = (
        "LICHINGA, March 4 — Islamic State Mozambique fighters killed five villagers in a raid near "
        f"Mecula on Tuesday, officials said. {background}"
    )
    assert ["Islamic State Mozambique"] in [
        e.actors
        for e in extract(text).events
        if e.type == "attack" and e.date and e.date.iso.startswith("2017")
    ]


def test_an_insurgency_in_a_report_naming_two_groups_gives_neither(extract: Any) -> None:
    text = (
        "MAIDUGURI, March 4 — Boko Haram fighters and ISWAP fighters clashed near Baga on Tuesday, "
        "residents said. The insurgency began in July 2009 with attacks on police stations in Maiduguri."
    )
    old = [e for e in extract(text).events if e.type == "attack" and e.date and e.date.iso.startswith("2009")]
    assert old and all(e.actors == [] for e in old)


def test_an_insurgency_of_a_region_told_afresh_names_no_doer(extract: Any) -> None:
    text = (
        "LICHINGA, March 4 — Islamic State Mozambique fighters killed five villagers in a raid near "
        "Mecula on Tuesday, officials said. The insurgency in the northern provinces reignited in "
        "October 2017, when armed men attacked three police stations in Mocimboa da Praia."
    )
    old = [e for e in extract(text).events if e.type == "attack" and e.date and e.date.iso.startswith("2017")]
    assert old and all(e.actors == [] for e in old)
