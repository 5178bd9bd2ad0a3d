"""A claim or blame told in a relative clause, wherever the parse hangs it, names the one attack
its sentence tells (arguments.relative_claim_doers, hooked in events.py)."""

from __future__ import annotations

from typing import Any

import pytest


def _attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


@pytest.mark.parametrize(
    "text",
    [
        "In August 2021, more than 30 soldiers were killed in an attack on a base near Saraqib, one "
        "of the worst in the region's history, which was later claimed by Hurras al-Din.",
        "In August 2021, more than 30 soldiers were killed in an attack on a base near Saraqib, the "
        "worst in the region's history, which Hurras al-Din also claimed.",
    ],
)
def test_a_claim_in_a_far_relative_clause_names_the_attacker(extract: Any, text: str) -> None:
    attacks = _attacks(extract(text, published="2025-05-02"))
    assert attacks
    assert "Hurras al-Din" in attacks[0].actors


def test_a_blame_relative_clause_names_the_attacker(extract: Any) -> None:
    text = (
        "In May last year, six soldiers were killed in an ambush near Saraqib that the army blamed "
        "on Hurras al-Din fighters."
    )
    attacks = _attacks(extract(text, published="2025-05-02"))
    assert attacks
    assert "Hurras al-Din" in attacks[0].actors


def test_a_relative_clause_of_another_verb_names_no_attacker(extract: Any) -> None:
    text = (
        "In August 2021, more than 30 soldiers were killed in an attack on a base near Saraqib, "
        "which Hurras al-Din had visited weeks before."
    )
    for attack in _attacks(extract(text, published="2025-05-02")):
        assert "Hurras al-Din" not in attack.actors
