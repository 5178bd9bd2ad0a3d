"""A member of an assembly named with the title first ("Legislator A B said") is the person A B,
the title no part of the name (``title_words`` of entities.yaml)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Gunmen killed four traders at a market in Gao on Friday. Legislator Moussa Traore said the "
            'killings showed the army "has abandoned the north" and demanded an inquiry.',
            "Moussa Traore",
        ),
        (
            "A car bomb wounded nine people outside a bank in Mardan on Monday. Parliamentarian Hodan Farah "
            "condemned the bombing and urged the police to find those behind it.",
            "Hodan Farah",
        ),
    ],
)
def test_an_assembly_members_title_is_not_in_the_speakers_name(extract: Any, text: str, person: str) -> None:
    result = extract(text, published="2025-05-10")
    assert any(e.name == person and e.type == "PERSON" for e in result.entities)
    statements = [e for e in result.events if e.type == "statement"]
    assert statements and person in statements[0].actors
