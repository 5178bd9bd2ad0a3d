"""Who counts the dead did not kill them: a participle of the harmed ("the number of people
killed in the bombing") takes no performer from the clause above it
and takes the performers of the happening it names (nexus.extract.event_types._happening_of_the_harmed)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Authorities raised the number of passengers killed in Sunday's bus bombing near Kandahar to 19.",
        "Authorities raised the number of worshippers killed in last week's mosque bombing in Peshawar "
        "to 61, up from 44.",
        "Police released the names of four officers killed in Saturday's ambush near Tahoua.",
    ],
)
def test_the_state_counting_the_victims_of_an_attack_leaves_it_an_attack(extract: Any, text: str) -> None:
    events = extract(text, published="2025-05-10").events
    assert [e.type for e in events] == ["attack"]


def test_troops_named_as_the_agent_of_the_participle_still_strike(extract: Any) -> None:
    text = "Soldiers counted the bodies of 12 militants killed by troops in the raid on Monday near Garoua."
    events = extract(text, published="2025-05-10").events
    assert [e.type for e in events] == ["military_action"]


def test_a_count_of_victims_naming_no_happening_keeps_the_counting_force(extract: Any) -> None:
    text = "Police put the number of insurgents killed at six after the gun battle near Tahoua on Saturday."
    events = extract(text, published="2025-05-10").events
    assert [e.type for e in events] == ["military_action"]
