"""Hostility reads from the accuser (attacker, critic) to the accused, in active and passive voice."""

from __future__ import annotations

from typing import Any

import pytest


def hostile_pairs(extract: Any, text: str) -> set[tuple[str, str]]:
    """(source, target) names of the hostility relations in the extraction contract JSON."""
    contract = extract(text).to_contract()
    return {(r["source"], r["target"]) for r in contract["relations"] if r["type"] == "hostility"}


def test_possessive_government_accusing_another_country(extract: Any) -> None:
    pairs = hostile_pairs(
        extract, "Ghana's government has accused Togo of sheltering smugglers on the border."
    )
    assert pairs == {("Ghana", "Togo")}


def test_passive_accusation_keeps_the_accuser_as_source(extract: Any) -> None:
    pairs = hostile_pairs(extract, "Rwanda was accused by Burundi of training rebels near the lake.")
    assert pairs == {("Burundi", "Rwanda")}


def test_blame_goes_from_the_blamer_to_the_blamed(extract: Any) -> None:
    pairs = hostile_pairs(extract, "Armenia blamed Azerbaijan for the shelling of a border village.")
    assert pairs == {("Armenia", "Azerbaijan")}


def test_passive_blame(extract: Any) -> None:
    pairs = hostile_pairs(extract, "Azerbaijan was blamed by Armenia for the night-time shelling.")
    assert pairs == {("Armenia", "Azerbaijan")}


def test_condemnation_goes_from_the_critic(extract: Any) -> None:
    pairs = hostile_pairs(extract, "Algeria condemned Morocco after the incident at the frontier post.")
    assert pairs == {("Algeria", "Morocco")}


def test_passive_attack_by_a_group(extract: Any) -> None:
    text = "Uganda was attacked by the Allied Democratic Forces, the army said."
    assert hostile_pairs(extract, text) == {("Allied Democratic Forces", "Uganda")}


@pytest.mark.parametrize(
    "text",
    [
        "Niger accused Benin of sheltering the Liptako Front.",
        "Benin was accused by Niger of sheltering the Liptako Front.",
        "Niger blamed Benin for sheltering the Liptako Front.",
    ],
)
def test_the_accused_does_what_the_accusation_says(extract: Any, text: str) -> None:
    contract = extract(text).to_contract()
    links = {(r["source"], r["type"], r["target"]) for r in contract["relations"]}
    assert ("Benin", "cooperation", "Liptako Front") in links
    assert ("Niger", "cooperation", "Liptako Front") not in links
