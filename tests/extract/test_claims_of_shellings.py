"""A group's claim of a shelling or an assassination is a claim; a party saying where a shelling
came from is not. Invented places, groups and pages."""

from __future__ import annotations

from typing import Any


def _claims(extract: Any, text: str) -> list[Any]:
    return [e for e in extract(text, published="2025-04-08").events if e.type == "claim"]


def test_a_group_claiming_the_shelling_is_a_claim(extract: Any) -> None:
    text = (
        "Mortars hit the Orsk barracks on Sunday. The Velm Front claimed the shelling a day later through a "
        "broadcast on its radio station, saying it had killed several soldiers."
    )
    claims = _claims(extract, text)
    assert claims and "Velm Front" in claims[0].actors


def test_a_group_claiming_the_assassination_is_a_claim(extract: Any) -> None:
    text = (
        "A judge in Orsk was shot dead on Friday. The Velm Front claimed the assassination in a "
        "statement on Saturday."
    )
    claims = _claims(extract, text)
    assert claims and "Velm Front" in claims[0].actors


def test_saying_where_the_shelling_came_from_claims_nothing(extract: Any) -> None:
    text = (
        "Mortars hit the Orsk barracks on Sunday, killing two cooks. The army claimed the shelling came "
        "from rebel positions across the river."
    )
    assert not _claims(extract, text)
