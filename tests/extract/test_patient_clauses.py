"""An agentless passive in a 'when' clause tells what befell the main clause's patients: the
soldiers who died did not throw the grenade."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.patient_clauses import befell_the_patients


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events if e.type in ("attack", "military_action")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, four soldiers died when an explosive was thrown at an army convoy outside Osgil.",
        "Three gendarmes died on Sunday when a grenade was hurled towards their patrol near Osgil.",
    ],
)
def test_the_forces_who_died_did_not_strike(extract: Any, text: str) -> None:
    assert _types(extract(text, published="2024-05-10")) == ["attack"]


def test_only_a_clause_under_a_patient_is_read_so(extractor: Any) -> None:
    doc = extractor.nlp("Two traders died when a grenade was thrown into the market.")
    thrown = next(t for t in doc if t.lower_ == "thrown")
    assert befell_the_patients(thrown)
    doc = extractor.nlp("Soldiers opened fire when stones were thrown at the convoy.")
    thrown = next(t for t in doc if t.lower_ == "thrown")
    assert not befell_the_patients(thrown)
