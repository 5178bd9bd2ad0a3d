"""A state whose troops serve in an international mission is its member."""

from __future__ import annotations

from typing import Any

import pytest


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


MISSION = "African Union Support and Stabilization Mission in Somalia"


@pytest.mark.parametrize(
    "text",
    [
        "The attack took place near the border with Burundi. Burundian soldiers still serve in the "
        f"{MISSION} (AUSSOM), which fights al-Shabaab.",
        f"Burundi deployed troops in 2007, and its soldiers now serve in the {MISSION} (AUSSOM).",
    ],
)
def test_a_states_soldiers_serving_in_a_mission_make_it_a_member(relations: Any, text: str) -> None:
    assert rel("Burundi", MISSION, "affiliation") in relations(text)


def test_soldiers_serving_in_a_town_make_no_member(relations: Any) -> None:
    text = (
        "The attack took place near the border with Burundi. Burundian soldiers serve in Mogadishu "
        "with distinction."
    )
    assert not {r for r in relations(text) if "Burundi" in r[0] and r[1] == "affiliation"}
