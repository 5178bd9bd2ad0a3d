"""A blame put on someone in a relative clause ("a riot, which the ministry blamed on a gang")
tells who did the happening told before it, not a statement; a blame in a main clause stays one."""

from __future__ import annotations

from typing import Any

import pytest


def _types(extract: Any, text: str) -> list[str]:
    return [e.type for e in extract(text, published="2025-07-09").events]


@pytest.mark.parametrize(
    "text",
    [
        "Six guards died in a riot at the jail, which the ministry blamed on a feud between gangs.",
        "The blast came after a bomb at the depot killed two workers, an attack the army blamed on rebels.",
        "Villagers in Tolvan heard several explosions near the barracks, which they blamed on rebel drones.",
    ],
)
def test_blame_in_a_relative_clause_is_no_statement(extract: Any, text: str) -> None:
    assert "statement" not in _types(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army blamed the bombing of the depot on the rebels on Tuesday.",
        "The governor, who visited Tolvan on Monday, blamed the rebels for the raid.",
    ],
)
def test_blame_in_a_main_clause_is_a_statement(extract: Any, text: str) -> None:
    assert "statement" in _types(extract, text)
