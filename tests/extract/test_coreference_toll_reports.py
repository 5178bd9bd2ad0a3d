"""A doer-less toll told later by an official ("the governor said 15 people had been killed") is
the count of the violent happening told before, not an attack of its own: its day may be written
on another verb than the killing's (the saying, the finding of bodies), a doer may have been
carried to it from the happening, and a subheading or a count with no trigger may stand between
them (coreference._bare_tolls). A toll dated on its own killing verb stays a happening apart."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2026-05-21"


def attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Bandits on horseback raided the market town of Dorvaly on Friday afternoon, looting stalls "
            "and shooting at traders.\nOn Saturday, a local councillor said five traders had died.\n"
            "On Monday, after visiting the market, the state governor said 12 traders had been killed "
            "and nine wounded, some of them found in a ditch on Sunday.",
            12,
            9,
        ),
        (
            "A group of armed men burst into the village of Lomari on Monday evening and opened fire on "
            "families gathered at the well.\nA nurse at the nearest clinic said on Tuesday that three "
            "people had died.\nOn Wednesday, the regional health director said 15 people had been "
            "killed and 20 injured, many of them brought to the clinic on Tuesday.",
            15,
            20,
        ),
        (
            "A group of armed men burst into the village of Lomari on Monday evening and opened fire on "
            "families gathered at the well.\nQuestions about the patrols\nOn Wednesday, the regional "
            "health director said 15 people had been killed and 20 injured, many of them brought to "
            "the clinic on Tuesday.",
            15,
            20,
        ),
    ],
)
def test_a_later_official_toll_is_the_count_of_the_attack_told_before(
    extract: Any, text: str, killed: int, injured: int
) -> None:
    (attack,) = attacks(extract(text, published=PUBLISHED))
    assert attack.killed is not None and attack.killed.value == killed
    assert attack.injured is not None and attack.injured.value == injured


def test_a_toll_dated_on_its_own_killing_stays_another_attack(extract: Any) -> None:
    text = (
        "Armed men stormed the hamlet of Velloro in the Marena district late on Saturday, setting huts "
        "alight and firing at villagers who ran towards the hills.\nResidents said three farmers were "
        "killed on Thursday on the road to Orsa."
    )
    assert len(attacks(extract(text, published="2026-05-19"))) == 2
