"""A claim told in a second relative clause joined to the first ("..., which killed nine and
which X claimed") names the attack's doer."""

from __future__ import annotations


def test_joined_relative_claim_names_the_doer(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(
        "The deadliest raid of the season was the storming of a customs depot at Tillia in May, "
        "which killed seven officers and which the Macina Liberation Front claimed two days later."
    )
    attacks = [e for e in result.events if e.type == "attack"]
    assert attacks
    assert "Macina Liberation Front" in attacks[0].actors


def test_joined_relative_without_a_claim_names_no_doer(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(
        "The deadliest raid of the season was the storming of a customs depot at Tillia in May, "
        "which killed seven officers and which the governor described as a massacre."
    )
    attacks = [e for e in result.events if e.type == "attack"]
    assert attacks
    assert attacks[0].actors == []
