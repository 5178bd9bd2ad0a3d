"""A happening told as an armed group's own ("its deadliest was a bombing, which killed 32";
"its deadliest remains the assault on X") is that group's."""

from __future__ import annotations

from typing import Any


def _attacks(extract: Any, text: str) -> list[Any]:
    return [e for e in extract(text, published="2025-06-12").events if e.type == "attack"]


def test_the_killing_told_by_a_relative_clause_on_its_deadliest_bombing(extract: Any) -> None:
    text = (
        "The Ardana Front was driven from its last strongholds in 2017 and now strikes only now "
        "and then. Its deadliest since was a double suicide bombing at a busy market in "
        "Kovalla in March 2022, which killed 27 people."
    )
    attacks = _attacks(extract, text)
    assert attacks and attacks[0].actors == ["Ardana Front"]


def test_its_deadliest_remains_the_assault(extract: Any) -> None:
    text = (
        "The Ardana Front has staged attacks in Ruritania since 2011. Its deadliest in the north "
        "remains the April 2015 assault on Kovalla University, in which 148 people were killed."
    )
    attacks = _attacks(extract, text)
    assert attacks and attacks[0].actors == ["Ardana Front"]


def test_a_bombing_told_without_a_doer_gives_its_killing_none(extract: Any) -> None:
    text = (
        "Officials in Kovalla reopened the market on Monday. In March 2022 a suicide bombing hit "
        "the market, which killed 27 people."
    )
    attacks = _attacks(extract, text)
    assert attacks and all(a.actors == [] for a in attacks)


def test_the_worst_with_no_owner_remains_no_group_s(extract: Any) -> None:
    text = (
        "The Ardana Front has staged attacks in Ruritania since 2011. The worst in the north remains "
        "the April 2015 assault on Kovalla University, in which 148 people were killed."
    )
    attacks = _attacks(extract, text)
    assert attacks and all(a.actors == [] for a in attacks)
