"""A known body's name that goes on into a state body's head word ("Services", "Office") is a
longer name of another body: the gazetteer leaves it whole to the NER (``gazetteer._plausible``)."""

from __future__ import annotations

from typing import Any


def test_a_known_name_going_on_into_a_body_head_is_not_cut(extract: Any) -> None:
    text = "Agents of the Department of State Services detained two men in Lokoja on Tuesday over a plot."
    names = [e.name for e in extract(text, published="2025-05-08").entities]
    assert "Department of State" not in names
    assert "Department of State Services" in names


def test_the_known_name_alone_is_still_matched(extract: Any) -> None:
    text = "The Department of State condemned the bombing in Lokoja on Tuesday."
    names = [e.name for e in extract(text, published="2025-05-08").entities]
    assert any("State" in n for n in names)
