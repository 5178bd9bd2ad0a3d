"""A named person who tells what "the government" says is an actor of that statement, beside the state."""

from __future__ import annotations

from typing import Any

import pytest


def _statements(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "statement"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Cabinet spokeswoman Marija Horvat said on Friday that the government condemned the "
            "sabotage of the pipeline.",
            "Marija Horvat",
        ),
        (
            "Speaking in Zagreb, government spokesman Luka Peric told reporters the government denounced "
            "what he called an act of terror.",
            "Luka Peric",
        ),
    ],
)
def test_the_spokesperson_voicing_the_government_acts(extract: Any, sentence: str, person: str) -> None:
    text = (
        "ZAGREB — Croatia raised its alert level on Thursday after explosives damaged a gas pipeline "
        f"near Sisak. {sentence} Croatia imports most of its gas."
    )
    statements = _statements(extract(text))
    assert statements
    assert person in statements[0].actors
    assert "Croatia" in statements[0].actors


def test_a_person_telling_what_a_named_body_says_is_not_added(extract: Any) -> None:
    text = (
        "ZAGREB — Croatia raised its alert level on Thursday after explosives damaged a gas pipeline "
        "near Sisak. Luka Peric said the Croatian Democratic Union condemned the sabotage. "
        "Croatia imports most of its gas."
    )
    statements = _statements(extract(text))
    assert statements
    assert "Luka Peric" not in statements[0].actors
