"""A happening told only by the toll it left ("a gunman left four students dead", "...,
leaving six officers dead"): the verb "leave" with a counted object and a toll word is an attack
trigger when the sentence names a weapon, an armed doer or a state's force
(nexus.extract.triggers)."""

from __future__ import annotations

from typing import Any

import pytest


def _events(extraction: Any) -> list[tuple[str, str | None, int | None, int | None]]:
    return [
        (
            e.type,
            e.place.name if e.place else None,
            e.killed.value if e.killed else None,
            e.injured.value if e.injured else None,
        )
        for e in extraction.events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gunman armed with a machete left four students dead and two teachers wounded at a "
            "college in Leeds on Monday, police said.",
            ("attack", "Leeds", 4, 2),
        ),
        (
            "Rebel artillery fire struck a bus depot in Goma on Tuesday and left 11 people dead, "
            "officials said.",
            ("attack", "Goma", 11, None),
        ),
        (
            "Rebels set off a landmine under a police truck in Kidal on Tuesday, leaving four officers dead.",
            ("attack", "Kidal", 4, None),
        ),
    ],
)
def test_a_toll_left_by_an_armed_doer_is_an_attack(
    extract: Any, text: str, expected: tuple[object, ...]
) -> None:
    assert _events(extract(text, published="2024-05-08")) == [expected]


def test_a_toll_left_by_a_state_weapon_is_its_military_action(extract: Any) -> None:
    text = "A week before, Russian jets had left five rebels dead outside Atarib."
    events = extract(text, published="2024-05-08").events
    assert [(e.type, e.actors, e.killed.value if e.killed else None) for e in events] == [
        ("military_action", ["Russia"], 5)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The insurgency has left more than 3,000 people dead since 2015.",
        "The bus crash on the highway left nine passengers dead on Sunday.",
        "The storm left two people dead in Dhaka on Monday.",
    ],
)
def test_a_running_total_or_an_accident_is_no_attack(extract: Any, text: str) -> None:
    assert extract(text, published="2024-05-08").events == []
