"""Violence told by a paraphrase rather than by "attack" or "kill": a strafing, a vehicle
commandeered by an armed band, a landmine set off, a weapon drawn and used, people dragged from a
vehicle (in the passive or by an armed band), an armed band falling on people (``types.attack`` of
events.yaml: ``verbs``, ``requires_object_for`` and ``holding_verbs``); and a court placing a suspect
in an institution, forces putting armed men to flight (``types.military_action.requires_object_for``:
``place``, ``put``)."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(extraction: Any) -> set[str]:
    return {e.type for e in extraction.events}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen on pick-up trucks strafed a crowded bus station in Kidal on Monday evening.",
        "Insurgents commandeered a lorry outside Tessit on Sunday and drove it towards the border.",
        "Armed men commandeered an ambulance at a roadblock east of Gao on Friday night.",
        "Rebels set off a landmine under a supply truck near Dolo on Thursday, killing its driver.",
        "A man drew a machete and wounded two guards at the gate of the prison on Saturday.",
        "On Friday a youth pulled out a pistol and shot a shopkeeper in the market of Gao.",
    ],
)
def test_violent_paraphrases_are_attacks(extract: Any, text: str) -> None:
    assert "attack" in _kinds(extract(text, published="2025-05-14"))


@pytest.mark.parametrize(
    "text",
    [
        "The navy commandeered two ferries to carry relief goods to the flooded islands.",
        "The two ministers held talks in the capital on Monday.",
        "The court held the company responsible for the collapse of the bridge.",
        "The deminers set off towards the village at dawn to clear landmines from its fields.",
        "She drew a map of the valley and injured her wrist on the way down.",
        "He pulled the lever and wounded his pride, the coach joked.",
    ],
)
def test_ordinary_senses_of_the_paraphrase_verbs_are_no_attack(extract: Any, text: str) -> None:
    assert "attack" not in _kinds(extract(text, published="2025-05-14"))


@pytest.mark.parametrize(
    "text",
    [
        "A juvenile court judge placed the teenager in a closed youth institution on Tuesday.",
        "The magistrate placed both suspects in prison pending trial on Wednesday.",
    ],
)
def test_a_court_placing_a_suspect_in_an_institution_is_detention(extract: Any, text: str) -> None:
    assert "military_action" in _kinds(extract(text, published="2025-05-14"))


def test_a_child_placed_in_a_school_is_no_detention(extract: Any) -> None:
    text = "The charity placed the orphaned girl in a boarding school near the coast in May."
    assert "military_action" not in _kinds(extract(text, published="2025-05-14"))


@pytest.mark.parametrize(
    "text",
    [
        "Last Friday three farmers were taken off a minibus near the river.",
        "Two engineers were pulled from their car at a roadblock on Tuesday.",
        "Gunmen took four passengers off a bus near the bridge on Monday.",
        "Rebel fighters fell on a wedding party in the village on Saturday.",
    ],
)
def test_people_dragged_from_vehicles_or_fallen_on_are_attacked(extract: Any, text: str) -> None:
    assert "attack" in _kinds(extract(text, published="2025-05-14"))


@pytest.mark.parametrize(
    "text",
    [
        "The driver took the children off the bus at the school gate.",
        "Rescuers pulled two children from the rubble on Sunday.",
        "Heavy snow fell on the village on Saturday.",
    ],
)
def test_vehicles_left_and_rescues_are_no_attack(extract: Any, text: str) -> None:
    assert "attack" not in _kinds(extract(text, published="2025-05-14"))


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmes put the raiders to flight before dawn on Monday.",
    ],
)
def test_forces_routing_armed_men_is_military_action(extract: Any, text: str) -> None:
    assert "military_action" in _kinds(extract(text, published="2025-05-14"))


@pytest.mark.parametrize(
    "text",
    [
        "The committee put the proposal to a vote on Monday.",
    ],
)
def test_other_things_put_are_no_military_action(extract: Any, text: str) -> None:
    assert "military_action" not in _kinds(extract(text, published="2025-05-14"))
