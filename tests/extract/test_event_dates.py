"""When an event happened: the date its own clause gives (event_dates.py), through the pipeline."""

from __future__ import annotations

from typing import Any


def test_a_participle_opening_the_sentence_dates_its_main_clause(extract: Any) -> None:
    text = "Speaking to reporters in Kaduna on March 3, the governor condemned the killing of nine farmers."
    (statement,) = [e for e in extract(text, published="2025-03-12").events if e.type == "statement"]
    assert statement.date is not None and statement.date.iso == "2025-03-03"


def test_a_clause_with_its_own_subject_does_not_lend_its_date(extract: Any) -> None:
    text = "After police arrested two men on March 3, the governor condemned the killing of nine farmers."
    (statement,) = [e for e in extract(text, published="2025-03-12").events if e.type == "statement"]
    assert statement.date is None or statement.date.iso != "2025-03-03"
