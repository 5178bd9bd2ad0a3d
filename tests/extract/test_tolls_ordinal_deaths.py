"""A later death told by its ordinal ("a fourth died") raises the toll it follows (tolls, casualties)."""

from __future__ import annotations

from typing import Any

import pytest


def killed_of_attacks(ext: Any) -> list[int | None]:
    return [e.killed.value if e.killed else None for e in ext.events if e.type == "attack"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A roadside bomb hit a lorry near Sarvona on Saturday, killing three farm workers. "
            "A fourth farm worker died in hospital on Sunday.",
            4,
        ),
        (
            "A roadside bomb hit a lorry near Sarvona on Saturday, killing three farm workers. "
            "A fourth died at a clinic in Sarvona the next day, his brother said.",
            4,
        ),
        (
            "Gunmen raided a tea shop in Kelmaro on Friday, killing five customers. "
            "A sixth victim died of his injuries on Monday.",
            6,
        ),
        (
            "Gunmen raided a tea shop in Kelmaro on Friday, killing 12 customers. "
            "A 13th customer succumbed to burns on Monday.",
            13,
        ),
    ],
)
def test_an_ordinal_death_after_a_toll_raises_it(extract: Any, text: str, killed: int) -> None:
    assert killed_of_attacks(extract(text)) == [killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the lead already gives the total the ordinal death reaches
        (
            "Two guards were killed when gunmen ambushed a convoy near Orvanik on Monday. "
            "One died on the road; a second guard died in a clinic early on Tuesday.",
            2,
        ),
        # an ordinal that does not follow the toll told (another group's count)
        (
            "A car bomb went off outside a court in Lemvara on Monday, killing two guards. "
            "A fifth victim died of his wounds on Thursday, doctors said.",
            2,
        ),
        # an ordinal of a happening, not of a victim
        (
            "Gunmen killed three herders near Sirtavo on Sunday. "
            "The raid was the second in the district this month.",
            3,
        ),
    ],
)
def test_an_ordinal_that_does_not_continue_the_toll_leaves_it(extract: Any, text: str, killed: int) -> None:
    assert killed_of_attacks(extract(text)) == [killed]


def test_an_ordinal_death_below_a_raised_toll_leaves_the_raise(extract: Any) -> None:
    ext = extract(
        "A bomb hit a bus near Marvoni on Tuesday, killing four passengers and wounding nine. "
        "Two of the wounded died later, raising the toll to six. "
        "A sixth passenger died in hospital on Wednesday."
    )
    assert killed_of_attacks(ext) == [6]
