"""A rank written before a name ("Commandant A B") is a title, not part of the person's name (entities)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The governor of the Kadiogo region, Commandant Aristide Kaboré, condemned the raid on Monday.",
        "Commandant Aristide Kaboré, the regional governor, condemned the raid on Monday.",
    ],
)
def test_a_commandant_rank_is_left_out_of_the_name(extract: Any, text: str) -> None:
    ext = extract(text)
    people = {e.name for e in ext.entities if e.type == "PERSON"}
    assert "Aristide Kaboré" in people
    assert not any(name.startswith("Commandant") for name in people)
