"""Unnamed forces told by a state's press office: the state when the report names it, else the
force the office's own apposition names as its owner; never another state the report happens to
name (a neighbour across a border). The sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


def _military(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "military_action"]


def _names(event: Any) -> set[str]:
    return {a.name if hasattr(a, "name") else str(a) for a in event.actors}


@pytest.mark.parametrize(
    "text",
    [
        "The Inter-Services Public Relations, the Pakistan Army's publicity arm, said troops had "
        "killed three militants near Wana on Friday.",
        "The Inter-Services Public Relations, the Pakistan Army's press wing, said soldiers "
        "had shot dead three militants in a raid near Wana on Friday.",
    ],
)
def test_a_press_office_speaks_for_the_force_its_apposition_names(extract: Any, text: str) -> None:
    actions = _military(extract(text, published="2025-06-02"))
    assert actions and "Pakistan Army" in _names(actions[0])


def test_a_press_office_speaks_for_its_state_when_the_report_names_it(extract: Any) -> None:
    text = (
        "Pakistan has stepped up raids in the tribal districts. The Inter-Services Public "
        "Relations, the Pakistan Army's publicity arm, said troops had killed three militants near "
        "Wana on Friday."
    )
    actions = _military(extract(text, published="2025-06-02"))
    assert actions and "Pakistan" in _names(actions[0])


def test_forces_a_state_body_reports_are_not_the_neighbour_the_report_names(extract: Any) -> None:
    text = (
        "The Inter-Services Public Relations said on Sunday that security forces had killed two "
        "militants near Angoor Adda, on the Afghan border. Afghanistan's rulers deny harbouring "
        "the fighters, and Afghanistan's foreign ministry rejected the charge again."
    )
    actions = _military(extract(text, published="2025-06-02"))
    assert actions and "Afghanistan" not in _names(actions[0])


def test_a_state_body_named_beside_the_forces_but_not_speaking_leaves_the_named_state(extract: Any) -> None:
    text = (
        "Pakistan has stepped up raids in the tribal districts. Soldiers supported by the "
        "Inter-Services Public Relations team raided a compound near Wana on Friday, killing three "
        "militants, residents said."
    )
    actions = _military(extract(text, published="2025-06-02"))
    assert actions and "Pakistan" in _names(actions[0])
