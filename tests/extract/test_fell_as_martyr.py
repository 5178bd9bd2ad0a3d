"""Those who "fell in a killing" or "fell as martyrs" died: the verb-preposition-noun idioms of
casualties.yaml count the subject of "fall" as killed."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Relatives said the cleric fell as a martyr in a drone strike on his car near Degehabur.",
            1,
        ),
        (
            "Two of its fighters fell as martyrs during an army raid on Degehabur on Monday, the front said.",
            2,
        ),
        (
            "The Ogaden front buried its commander Tarik Osei on Friday, saying he fell in a targeted "
            "killing that Ethiopia carried out near Degehabur.",
            1,
        ),
    ],
)
def test_those_who_fell_in_a_killing_or_as_martyrs_died(extract: Any, text: str, killed: int) -> None:
    events = [e for e in extract(text).events if e.killed is not None]
    assert events and events[0].killed.value == killed


def test_a_town_that_fell_to_rebels_counts_no_dead(extract: Any) -> None:
    result = extract("The garrison town of Degehabur fell to the rebels on Monday after a week of fighting.")
    assert all(e.killed is None for e in result.events)
