"""An operation told with no doer in words a state's unnamed military reports ("the army said a
drone strike had killed ...", "..., according to the army") is the state military force the report
named before (``actor_carry._forces_reporting``); what police report is left alone."""

from __future__ import annotations

from typing import Any

import pytest


def _operation(extraction: Any) -> Any:
    found = [e for e in extraction.events if e.type == "military_action"]
    assert len(found) == 1, [(e.type, e.trigger) for e in extraction.events]
    return found[0]


@pytest.mark.parametrize(
    "second",
    [
        "Two days later, the army said in a communique that an air raid near Korvadi had killed some 20 "
        "of the gunmen.",
        "An air raid near Korvadi on Friday killed some 20 of the gunmen, according to the army.",
        "The military said on Friday that a helicopter strike near Korvadi had killed 20 of the gunmen.",
    ],
)
def test_an_operation_the_army_reports_is_the_army_named_before(extract: Any, second: str) -> None:
    text = (
        "Insurgents attacked a fuel convoy of the Ruritanian Armed Forces (RAF) near Korvadi on Wednesday, "
        "leaving three soldiers dead. " + second
    )
    assert _operation(extract(text, published="2025-03-21")).actors == ["Ruritanian Armed Forces"]


def test_an_operation_the_army_reports_stays_without_doer_when_no_force_was_named(extract: Any) -> None:
    text = (
        "Insurgents attacked a fuel convoy near Korvadi on Wednesday, leaving three soldiers dead. "
        "Two days later, the army said in a communique that an air raid near Korvadi had killed some 20 "
        "of the gunmen."
    )
    assert _operation(extract(text, published="2025-03-21")).actors == []


def test_a_witness_report_of_an_operation_takes_no_force(extract: Any) -> None:
    text = (
        "Insurgents attacked a fuel convoy of the Ruritanian Armed Forces (RAF) near Korvadi on Wednesday, "
        "leaving three soldiers dead. Two days later, villagers said an air raid near Korvadi had killed "
        "some 20 people."
    )
    assert _operation(extract(text, published="2025-03-21")).actors == []


def test_an_operation_police_report_takes_no_force_named_before(extract: Any) -> None:
    text = (
        "Insurgents attacked a fuel convoy of the Ruritanian Armed Forces (RAF) near Korvadi on Wednesday, "
        "leaving three soldiers dead. Two days later, three men suspected of helping the gunmen were "
        "arrested in Korvadi, police said."
    )
    assert _operation(extract(text, published="2025-03-21")).actors == []


def test_an_operation_the_army_reports_is_no_unit_named_before(extract: Any) -> None:
    text = (
        "Insurgents overran a checkpoint of the 7th Motorised Battalion near Korvadi on Wednesday, leaving "
        "three soldiers dead. Two days later, the army said in a communique that an air raid near Korvadi "
        "had killed some 20 of the gunmen."
    )
    assert _operation(extract(text, published="2025-03-21")).actors == []
