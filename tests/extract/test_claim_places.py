"""A claim of "the bombing" told right after a second attack claims that attack, and takes its
place, not the report's first attack's."""

from __future__ import annotations

from typing import Any

TEXT = (
    "PESHAWAR, September 23 - Militants stormed a police post in Kohat late on Sunday, killing four "
    "policemen, police said. A day later, a suicide bomber drove a car full of explosives into an "
    "army convoy near Thall in Hangu district, killing six soldiers, the army said. A faction of "
    "the Jaish-e-Qadr group claimed the bombing, according to a message sent to reporters."
)


def test_the_claim_of_the_bombing_is_placed_at_the_bombing(extract: Any) -> None:
    claims = [e for e in extract(TEXT, published="2025-03-11").events if e.type == "claim"]
    assert claims and claims[0].place is not None and claims[0].place.name == "Thall"
