"""A doer-less toll told later by an official ("the governor said 15 people had been killed") is
the count of the violent happening told before, not an attack of its own: its day may be written
on another verb than the killing's (the saying, the finding of bodies), a doer may have been
carried to it from the happening, and a subheading or a count with no trigger may stand between
them (coreference._bare_tolls); a toll whose "the next day" hangs on the saying is the count of
the happening that day is counted from (coreference._toll_said_later). A toll dated on its own
killing verb, or placed elsewhere the next day, stays a happening apart."""

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
            "On Monday the state governor, who toured the market, said 14 traders had been killed "
            "and nine wounded, most of them found in a ditch on Sunday.",
            14,
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


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Armed men on motorbikes raided two cattle camps west of Korvina on Sunday, residents said.\n"
            "Nine herders had been killed, their district chief, Ousman Bakary, announced the next day.",
            9,
        ),
        (
            "Fighters stormed the village of Tembal in the Lorra valley late on Tuesday, burning "
            "granaries.\nThe village chief, Idris Kanta, told a radio station the following day that "
            "eleven villagers had been killed.",
            11,
        ),
        (
            "A convoy of traders was ambushed near Kassala Wells on Friday afternoon, witnesses said.\n"
            "The regional governor, Amadou Sore, said the day after that six drivers had been killed.",
            6,
        ),
    ],
)
def test_a_toll_said_the_next_day_is_the_count_of_the_happening_counted_from(
    extract: Any, text: str, killed: int
) -> None:
    (attack,) = attacks(extract(text, published="2026-03-12"))
    assert attack.killed is not None and attack.killed.value == killed


def test_a_killing_the_next_day_elsewhere_stays_another_attack(extract: Any) -> None:
    text = (
        "Gunmen fired on a minibus heading for Dalli on Thursday night.\n"
        "The next day, four farmers were killed near Orru, police said."
    )
    assert len(attacks(extract(text, published="2026-03-12"))) == 2
