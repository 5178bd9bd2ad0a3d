"""An older happening told in a sentence of its own keeps the towns of that sentence, and "there"
points back to the town named, not to the province that holds it."""

from __future__ import annotations

from typing import Any


def test_an_older_attack_with_its_claim_in_the_sentence_keeps_its_town(extract: Any) -> None:
    text = (
        "KOHAT, March 11 - Gunmen killed two policemen at a checkpoint in Kohat on Monday. "
        "In May 2022, a bomber blew up a van at the gate of a militia base in Thall, leaving "
        "19 guards dead, in an assault claimed by a little-known front."
    )
    attacks = [e for e in extract(text, published="2025-03-11").events if e.type == "attack"]
    older = [e for e in attacks if e.date is not None and e.date.iso.startswith("2022")]
    assert older and older[0].place is not None and older[0].place.name == "Thall"


def test_there_after_a_town_and_its_province_is_the_town(extract: Any) -> None:
    text = (
        "The interior minister flew to Kisangani, in Tshopo's Makiso district, on Friday and met "
        "the local police chiefs at the governor's office there."
    )
    meetings = [e for e in extract(text, published="2025-03-11").events if e.type == "meeting"]
    assert meetings and meetings[0].place is not None and meetings[0].place.name == "Kisangani"


def test_a_background_attack_in_the_division_named_before_takes_that_division(extract: Any) -> None:
    text = (
        "Drones struck an army post in Koutiala, in Sikasso region, on Monday, killing two "
        "soldiers. The region has been in crisis since last January, when a rebel offensive "
        "against dissidents killed more than 80 people."
    )
    events = extract(text, published="2025-09-24").events
    background = [e for e in events if e.type == "attack" and e.date is not None and e.date.iso == "2025-01"]
    assert [e.place.name if e.place else None for e in background] == ["Sikasso"]
