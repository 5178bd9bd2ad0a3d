"""A claim that names no happening but a planted weapon ("said its sappers planted that device") claims
the last current attack told before it with such a weapon, not the report's first attack.
Invented groups and places; the sentences are our own."""

from __future__ import annotations

from typing import Any


def _claims(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "claim"]


def _attack_at(extraction: Any, place: str) -> Any:
    return next(e for e in extraction.events if e.type == "attack" and e.place and e.place.name == place)


def _names(event: Any) -> set[str]:
    return {a.name if hasattr(a, "name") else str(a) for a in event.actors}


_TEXT = (
    "Gunmen shot dead six passengers at a roadblock near Tesmir late on Monday. By Tuesday "
    "eight had died.\n"
    "A roadside bomb wrecked a gas pipeline near Kelvarro early on Sunday, injuring a technician. "
    "Repairs began on Monday.\n"
    "The Ostmark Liberation Front said its sappers planted that explosive device."
)


def test_a_claim_of_planting_the_device_goes_to_the_bombing_told_before_not_the_first_attack(
    extract: Any,
) -> None:
    extraction = extract(_TEXT, published="2025-06-10")
    claims = _claims(extraction)
    assert len(claims) == 1 and claims[0].place is not None and claims[0].place.name == "Kelvarro"
    assert "Ostmark Liberation Front" in _names(_attack_at(extraction, "Kelvarro"))
    assert "Ostmark Liberation Front" not in _names(_attack_at(extraction, "Tesmir"))


def test_a_claim_naming_no_weapon_still_goes_to_the_reports_first_attack(extract: Any) -> None:
    text = _TEXT.replace("its sappers planted that explosive device", "its gunmen manned the roadblock")
    extraction = extract(text, published="2025-06-10")
    assert "Ostmark Liberation Front" not in _names(_attack_at(extraction, "Kelvarro"))
