"""A counted group that died or was hurt in a sentence naming a hand weapon or a lone assailant is
an attack even with no attack word ("two women died after a youth carrying a knife ran through a
mall"); a counted group dying in an accident, or fighters dying when a drone hit them, is not
read so by this path."""

from __future__ import annotations

from typing import Any


def _events(extract: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    found = extract(text, published="2024-06-16").events
    return [(e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in found]


def test_dying_and_hurt_after_an_armed_man_ran_through(extract: Any) -> None:
    text = (
        "Two women died of their wounds and four other people were hurt after a youth carrying a "
        "meat cleaver ran through an arcade in Aarhus on Friday, police said."
    )
    found = extract(text, published="2024-06-16").events
    attacks = [e for e in found if e.type == "attack"]
    assert attacks and attacks[0].date is not None and attacks[0].date.iso == "2024-06-14", found
    assert attacks[0].killed is not None and attacks[0].killed.value == 2, found
    assert attacks[0].injured is not None and attacks[0].injured.value == 4, found


def test_dying_when_an_attacker_with_a_machete_charged(extract: Any) -> None:
    text = "Two people died and five were hurt when an attacker wielding a machete charged at commuters."
    assert [e[0] for e in _events(extract, text)] == ["attack"]


def test_an_accident_is_no_attack(extract: Any) -> None:
    assert (
        _events(extract, "Two climbers died when an avalanche swept the slope above Zermatt on Sunday.") == []
    )


def test_fighters_dying_when_a_drone_hit_them_are_no_attack(extract: Any) -> None:
    text = "Six rebels died late on Friday as a drone hit their camp outside Beni, the army said."
    assert not [e for e in _events(extract, text) if e[0] == "attack"]
