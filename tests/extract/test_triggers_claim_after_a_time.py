"""A group's words reported in a "that" clause parsed onto a time phrase ("said the next day that
its fighters had ...") are still what the group said: a claim."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State said in a statement the next day that its fighters had ambushed the convoy.",
        "The Islamic State said on its channels the following morning that its men had stormed the post.",
    ],
)
def test_group_saying_after_a_time_phrase_makes_a_claim(extract: Any, text: str) -> None:
    types = [e.type for e in extract(text, published="2025-06-02").events]
    assert "claim" in types


def test_relative_clause_of_a_day_is_no_claim(extract: Any) -> None:
    text = "The Islamic State recalled the day which its founder had chosen for the march."
    types = [e.type for e in extract(text, published="2025-06-02").events]
    assert "claim" not in types
