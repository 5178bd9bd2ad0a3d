"""One doer's two coordinated verbs that the trigger lexicon reads as two kinds (a raid read as an
attack, an arrest or a killing of fighters read as a military action) tell one happening: one
event, whose kind the doing decides (an arrest or a killing of fighters makes it a military action).
A doer that is done to ("gunmen attacked ... and were shot dead") is no one doing."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-06-12"


def violent(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type in ("attack", "military_action")]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, members of the Kordani Protection Units raided homes on the edge of Telmara town "
        "and detained four men they accused of working for the cell.",
        "On 3 May, KPU units raided a militant camp in the forest west of Telmara and killed nine "
        "fighters, the group's spokesman said.",
    ],
)
def test_a_raid_and_its_arrests_or_killings_by_one_doer_are_one_action(extract: Any, text: str) -> None:
    found = violent(extract(text, published=PUBLISHED))
    assert [e.type for e in found] == ["military_action"]


def test_the_killing_of_fighters_keeps_its_toll_in_the_one_action(extract: Any) -> None:
    text = (
        "On 3 May, KPU units raided a militant camp in the forest west of Telmara and killed nine "
        "fighters, the group's spokesman said."
    )
    (action,) = violent(extract(text, published=PUBLISHED))
    assert action.killed is not None and action.killed.value == 9


def test_a_convoy_that_struck_a_mine_and_came_under_fire_is_one_attack(extract: Any) -> None:
    text = (
        "Eight soldiers were killed and ten wounded when their convoy hit a roadside bomb and came "
        "under gunfire near Dovrani on Thursday, the army said."
    )
    found = violent(extract(text, published=PUBLISHED))
    assert [e.type for e in found] == ["attack"]
    assert found[0].killed is not None and found[0].killed.value == 8


def test_attackers_shot_dead_in_their_own_attack_leave_the_attack_an_attack(extract: Any) -> None:
    text = (
        "Gunmen attacked a police post in Marsek on Sunday and were shot dead by guards after a short battle."
    )
    found = violent(extract(text, published=PUBLISHED))
    assert [e.type for e in found] == ["attack"]


def test_a_storming_and_an_abduction_by_gunmen_stay_an_attack(extract: Any) -> None:
    text = (
        "Gunmen of the Kordani Protection Units stormed the village of Halvik on Saturday and "
        "abducted 20 people."
    )
    found = violent(extract(text, published=PUBLISHED))
    assert [e.type for e in found] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "In March 2020, militants rounded up villagers of Korame, in Sefa district, and shot dead nine "
        "of them.",
        "In March 2020, gunmen rounded up traders in Korame and beheaded nine of them.",
    ],
)
def test_a_round_up_and_killing_by_attackers_stays_an_attack(extract: Any, text: str) -> None:
    found = [e for e in violent(extract(text, published=PUBLISHED)) if e.killed is not None]
    assert [e.type for e in found] == ["attack"]
