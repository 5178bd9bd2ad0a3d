"""Who fired, when the sentence names only the projectile: shells or rockets sent off from a
state's vessel or positions are a military_action, and gunfire sent off by nobody named (an
agentless "shots were fired") is an attack, as a rocket fired by nobody named already was.
Invented states and towns; the sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Late on Wednesday, shells fired from a navy vessel off the coast killed three fishermen "
            "at Port Amil.",
            id="from-a-navy-vessel",
        ),
        pytest.param(
            "On Tuesday, rockets launched from army positions on the ridge killed five villagers in Selvo.",
            id="from-army-positions",
        ),
    ],
)
def test_a_projectile_sent_off_from_a_states_force_is_its_military_action(extract: Any, text: str) -> None:
    assert _types(extract(text)) == ["military_action"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "On Tuesday, rockets fired from rebel-held hills killed five villagers in Selvo.",
            id="from-rebel-held-hills",
        ),
        pytest.param(
            "On Tuesday, mortar shells fired from across the river killed five villagers in Selvo.",
            id="from-across-a-river",
        ),
    ],
)
def test_a_projectile_sent_off_from_elsewhere_stays_an_attack(extract: Any, text: str) -> None:
    assert _types(extract(text)) == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In October 2023, shots were fired near the Kadorian embassy in Varska.", id="embassy"),
        pytest.param(
            "Late on Friday, shots were fired into the windows of a bakery in northern Varska; "
            "nobody was hurt.",
            id="house",
        ),
    ],
)
def test_gunfire_sent_off_by_nobody_named_is_an_attack(extract: Any, text: str) -> None:
    assert _types(extract(text)) == ["attack"]


def test_gunfire_by_police_stays_their_military_action(extract: Any) -> None:
    assert _types(extract("Police fired shots at the crowd in Varska on Friday.")) == ["military_action"]
