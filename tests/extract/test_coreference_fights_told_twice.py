"""A fight noun told again by another fight noun ("killed in an encounter with soldiers ... The
firefight lasted half an hour") names one fight, though "encounter" also names the search it
broke out in (coreference._fights_told_twice); an arrest followed by a fight, or a clash on
another day in another town, stays apart."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2026-05-21"


def actions(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "military_action"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Three rebels were killed in an encounter with soldiers near the village of Kanaro on "
            "Sunday, the brigade said. The firefight lasted half an hour before the rest of the band "
            "fled into the hills.",
            3,
        ),
        (
            "Police said two bandits died in an encounter with a patrol outside Belumi on Monday. "
            "The gunfight went on for nearly an hour, officers said.",
            2,
        ),
    ],
)
def test_a_fight_told_again_by_another_fight_noun_is_one_action(extract: Any, text: str, killed: int) -> None:
    (action,) = actions(extract(text, published=PUBLISHED))
    assert action.killed is not None and action.killed.value == killed


def test_an_arrest_and_a_fight_stay_two_actions(extract: Any) -> None:
    text = (
        "Troops arrested two suspects in Kanaro on Sunday, the brigade said. The firefight that "
        "followed the raid on the hideout lasted half an hour."
    )
    assert len(actions(extract(text, published=PUBLISHED))) == 2


def test_a_clash_on_another_day_in_another_town_stays_apart(extract: Any) -> None:
    text = (
        "Three rebels were killed in an encounter with soldiers near the village of Kanaro on "
        "Sunday. On Tuesday, a clash in the town of Pelmo left two soldiers dead."
    )
    assert len(actions(extract(text, published=PUBLISHED))) == 2
