"""Event nouns that tell no happening: a name people give ("what residents call 'the blockade'"),
a journey of vehicles or crowds ("lorries risk the trip"), and an attempt an accuser charges
("accused the militia of attempting to grab the ferry")."""

from __future__ import annotations

from typing import Any

import pytest


def _types(extract: Any, text: str) -> list[str]:
    return [e.type for e in extract(text, published="2025-07-09").events]


@pytest.mark.parametrize(
    "text",
    [
        'The valley has lived for a year under what its farmers call "the embargo".',
        'Fishermen on the lake have suffered for months under what locals dub "the ban".',
    ],
)
def test_name_given_to_a_state_of_affairs_is_no_sanction(extract: Any, text: str) -> None:
    assert "sanction" not in _types(extract, text)


def test_embargo_imposed_is_still_a_sanction(extract: Any) -> None:
    text = "The regional bloc imposed an arms embargo on the junta in Dorvana on Monday."
    assert "sanction" in _types(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Since the kidnappings, few villagers risk the trip to the weekly market.",
        "Since the bridge collapsed, only a few buses risk the trip along the old road.",
    ],
)
def test_journey_of_vehicles_or_crowds_is_no_visit(extract: Any, text: str) -> None:
    assert "visit" not in _types(extract, text)


def test_minister_making_the_trip_is_a_visit(extract: Any) -> None:
    text = "The interior minister made the trip to Dorvana on Monday to meet the families of the victims."
    assert "visit" in _types(extract, text)


def test_attempt_charged_in_an_accusation_is_no_attack(extract: Any) -> None:
    text = "On Saturday the Eagle Brigade accused the Delta Alliance of trying to seize control over a ferry."
    types = _types(extract, text)
    assert "statement" in types
    assert "attack" not in types
    assert "military_action" not in types


@pytest.mark.parametrize(
    "text",
    [
        'The governor denounced what she termed the "cowardly" killings in Dremmel on Saturday.',
        "On Tuesday, troops launched what the army called an intelligence-based operation in Tolvan.",
    ],
)
def test_happening_named_as_an_object_is_still_told(extract: Any, text: str) -> None:
    types = _types(extract, text)
    assert "attack" in types or "military_action" in types
