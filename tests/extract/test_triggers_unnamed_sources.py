"""Blame or accusation by an unnamed source ("local sources blamed the militia", "the source
accused the front") is no statement: ``statement_cues.non_speakers`` of events.yaml; a named body
blaming a group stays one."""

from __future__ import annotations

from typing import Any

import pytest


def _statements(extraction: Any) -> int:
    return sum(e.type == "statement" for e in extraction.events)


@pytest.mark.parametrize(
    "text",
    [
        "Local sources blamed suspected rebels hiding in the hills above the valley.",
        "The source blamed a faction that has long controlled the river crossing.",
        "Security sources accused the militia of planting the device on the bridge.",
    ],
)
def test_blame_by_unnamed_sources_is_no_statement(extract: Any, text: str) -> None:
    assert _statements(extract(text, published="2025-05-14")) == 0


def test_blame_by_a_named_body_stays_a_statement(extract: Any) -> None:
    text = "The Interior Ministry blamed the rebels for the bombing of the bridge on Monday."
    assert _statements(extract(text, published="2025-05-14")) == 1
