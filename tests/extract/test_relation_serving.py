"""A state whose troops serve in an international mission is its member."""

from __future__ import annotations

from typing import Any

import pytest


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


MISSION = "African Union Transition Mission in Somalia"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out close to the frontier with Burundi. Burundian troops continue to serve "
        f"in the {MISSION} (ATMIS), which battles al-Shabaab.",
        f"Burundi sent troops in 2009, and its soldiers now serve in the {MISSION} (ATMIS).",
    ],
)
def test_a_states_soldiers_serving_in_a_mission_make_it_a_member(relations: Any, text: str) -> None:
    assert rel("Burundi", MISSION, "affiliation") in relations(text)


def test_soldiers_serving_in_a_town_make_no_member(relations: Any) -> None:
    text = (
        "Fighting broke out close to the frontier with Burundi. Burundian troops continue to serve "
        "in Kismayo with distinction."
    )
    assert not {r for r in relations(text) if "Burundi" in r[0] and r[1] == "affiliation"}
