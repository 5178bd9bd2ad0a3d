"""A claim of "the bombing" told right after a second attack claims that attack: it takes its place
and the claimant becomes its actor, not the report's first attack's."""

from __future__ import annotations

from typing import Any

TEXT = (
    "PESHAWAR, September 23 - Militants stormed a police post in Kohat late on Sunday, killing four "
    "policemen, police said. A day later, a suicide bomber rammed an explosives-laden car into a "
    "military convoy near Thall in Hangu district, killing six soldiers, the army said. A faction "
    "of the Gul Bahadur group claimed the bombing, according to a message shared with journalists."
)


def test_the_claim_of_the_bombing_is_placed_at_the_bombing(extract: Any) -> None:
    claims = [e for e in extract(TEXT, published="2025-03-11").events if e.type == "claim"]
    assert claims and claims[0].place is not None and claims[0].place.name == "Thall"


def test_the_first_attack_does_not_take_the_later_claimant(extract: Any) -> None:
    attacks = [e for e in extract(TEXT, published="2025-03-11").events if e.type == "attack"]
    first = [a for a in attacks if a.place is not None and a.place.name == "Kohat"]
    assert first and not any("Bahadur" in actor for actor in first[0].actors)
