"""An act's aim is not a second act, and a state that orders an attack does not strike (whole pipeline).

"stormed the jail in an attempt to set their leaders free" tells the storming, not a freeing; "the
bombing was ordered by a state through a gang" keeps the bombing an attack with the state as
its sponsor, while "an air strike ordered by a minister" stays the state's military action.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        "In August 2019, dozens of rebels stormed a police cell near Bundibugyo in their attempt "
        "to free two commanders.",
        "Armed men raided the hospital in Arua on Friday in an attempt to rescue a wounded comrade "
        "under guard.",
    ],
)
def test_the_aim_of_a_raid_is_no_event_of_its_own(extract: Any, text: str) -> None:
    types = _types(extract(text, published="2024-06-04"))
    assert types == ["attack"], types


def test_a_storming_tried_by_men_who_were_killed_is_still_told(extract: Any) -> None:
    text = "Six militants were killed in an attempt to storm a radar station near Jhelum, the army said."
    types = _types(extract(text, published="2024-06-04"))
    assert "attack" in types, types


@pytest.mark.parametrize(
    "text",
    [
        "Detectives believe the bombing was ordered by Iran via a criminal gang.",
        "The arson, commissioned by Russia according to prosecutors, destroyed a warehouse in Leyton.",
    ],
)
def test_a_state_that_ordered_an_attack_is_its_sponsor(extract: Any, text: str) -> None:
    types = _types(extract(text, published="2024-06-04"))
    assert "military_action" not in types, types


def test_a_strike_ordered_by_a_state_is_still_its_military_action(extract: Any) -> None:
    text = "The air strike on the depot was ordered by Israel's defence minister on Sunday."
    types = _types(extract(text, published="2024-06-04"))
    assert "military_action" in types and "attack" not in types, types
