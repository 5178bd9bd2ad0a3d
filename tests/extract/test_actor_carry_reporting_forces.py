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
        "On Thursday, the army said in a statement that an air strike near Tessit had killed about 15 of "
        "the attackers.",
        "An air strike near Tessit on Thursday killed about 15 of the attackers, according to the army.",
        "The military said on Thursday that a helicopter strike near Tessit had killed 15 of the attackers.",
    ],
)
def test_an_operation_the_army_reports_is_the_army_named_before(extract: Any, second: str) -> None:
    text = (
        "Militants ambushed a supply column of the Ruritanian Armed Forces (RAF) outside Tessit on Tuesday, "
        "killing four soldiers. " + second
    )
    assert _operation(extract(text, published="2025-03-21")).actors == ["Ruritanian Armed Forces"]


def test_an_operation_the_army_reports_stays_without_doer_when_no_force_was_named(extract: Any) -> None:
    text = (
        "Militants ambushed a supply column outside Tessit on Tuesday, killing four soldiers. "
        "On Thursday, the army said in a statement that an air strike near Tessit had killed about 15 of "
        "the attackers."
    )
    assert _operation(extract(text, published="2025-03-21")).actors == []


def test_a_witness_report_of_an_operation_takes_no_force(extract: Any) -> None:
    text = (
        "Militants ambushed a supply column of the Ruritanian Armed Forces (RAF) outside Tessit on Tuesday, "
        "killing four soldiers. On Thursday, residents said an air strike near Tessit had killed about "
        "15 people."
    )
    assert _operation(extract(text, published="2025-03-21")).actors == []


def test_an_operation_police_report_takes_no_force_named_before(extract: Any) -> None:
    text = (
        "Militants ambushed a supply column of the Ruritanian Armed Forces (RAF) outside Tessit on Tuesday, "
        "killing four soldiers. On Thursday, two men suspected of guiding the attackers were detained in "
        "Tessit, police said."
    )
    assert _operation(extract(text, published="2025-03-21")).actors == []


def test_an_operation_the_army_reports_is_no_unit_named_before(extract: Any) -> None:
    text = (
        "Militants overran a post of the 12th Mechanised Battalion outside Tessit on Tuesday, killing four "
        "soldiers. On Thursday, the army said in a statement that an air strike near Tessit had killed "
        "about 15 of the attackers."
    )
    assert _operation(extract(text, published="2025-03-21")).actors == []
