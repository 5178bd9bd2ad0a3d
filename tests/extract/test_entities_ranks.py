"""Rank words and their prefixes open a role, not a name; a prefix alone may be a name."""

from __future__ import annotations

from typing import Any


def people(extraction: Any) -> dict[str, list[str]]:
    return {e.name: e.roles for e in extraction.entities if e.type == "PERSON"}


def test_a_police_rank_with_its_prefix_is_a_role(extract: Any) -> None:
    found = people(extract("Pol Col Prasert Wongchai said two suspects were held in Yala."))
    assert "Prasert Wongchai" in found
    assert "Pol Col Prasert Wongchai" not in found


def test_a_naval_rank_and_a_hausa_honorific_are_roles(extract: Any) -> None:
    found = people(extract("Commodore Ifeanyi Okafor and Mallam Bashir Kadiri spoke to reporters on Monday."))
    assert "Ifeanyi Okafor" in found
    assert "Bashir Kadiri" in found


def test_the_prefix_alone_stays_in_the_name(extract: Any) -> None:
    found = people(extract("Pol Pot led the movement until 1997."))
    assert "Pol Pot" in found
