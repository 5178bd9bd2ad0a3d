"""An older happening told in a sentence of its own keeps the towns of that sentence, and "there"
points back to the town named, not to the province that holds it."""

from __future__ import annotations

from typing import Any


def test_an_older_attack_with_its_claim_in_the_sentence_keeps_its_town(extract: Any) -> None:
    text = (
        "KOHAT, March 11 - Gunmen killed two policemen at a checkpoint in Kohat on Monday. "
        "In December 2023, a suicide attacker drove a truck packed with explosives into a security "
        "forces compound in Thall, killing 23 soldiers, in an attack claimed by a little-known front."
    )
    attacks = [e for e in extract(text, published="2025-03-11").events if e.type == "attack"]
    older = [e for e in attacks if e.date is not None and e.date.iso.startswith("2023")]
    assert older and older[0].place is not None and older[0].place.name == "Thall"


def test_there_after_a_town_and_its_province_is_the_town(extract: Any) -> None:
    text = (
        "The defence minister flew to Kimbiri, in Cusco's La Convención province, on Monday "
        "afternoon and met the wounded soldiers and commanders at the base there."
    )
    meetings = [e for e in extract(text, published="2025-03-11").events if e.type == "meeting"]
    assert meetings and meetings[0].place is not None and meetings[0].place.name == "Kimbiri"
