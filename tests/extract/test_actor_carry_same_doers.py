"""An attack given to "the same group" is by the doer of the attack told before it."""

from __future__ import annotations

from typing import Any


def _attacks(extract: Any, text: str) -> list[Any]:
    return [e for e in extract(text, published="2025-06-12").events if e.type == "attack"]


def test_a_bomb_laid_by_the_same_group_is_the_first_attack_s_group(extract: Any) -> None:
    text = (
        "Fighters of the Ardana Front, a group affiliated with the Kovalla Brigades, attacked an "
        "army post at Tessit on Saturday, killing five soldiers. The same day, a roadside bomb laid "
        "by the same terrorist group wrecked a supply truck near Meru, wounding three soldiers."
    )
    attacks = _attacks(extract, text)
    assert len(attacks) == 2
    assert all(a.actors == ["Ardana Front"] for a in attacks)


def test_the_same_gunmen_are_those_of_the_raid_before(extract: Any) -> None:
    text = (
        "Militants of the Tessit Liberation Army, a faction allied to the Kovalla Brigades, raided "
        "a police station in Tessit on Monday, killing two officers. On Tuesday the same militants "
        "ambushed a bus near Meru, killing four passengers."
    )
    attacks = _attacks(extract, text)
    assert len(attacks) == 2
    assert all(a.actors == ["Tessit Liberation Army"] for a in attacks)


def test_the_same_group_with_no_attack_of_its_own_gives_nothing(extract: Any) -> None:
    text = (
        "A bomb exploded near a market in Meru on Monday, wounding three civilians. The Ardana "
        "Front, an offshoot of the Kovalla Brigades, later said it would fight on; the same group "
        "has threatened the town before."
    )
    attacks = _attacks(extract, text)
    assert attacks and attacks[0].actors == []


def test_a_first_attack_by_the_same_group_with_no_doer_before_keeps_none(extract: Any) -> None:
    text = (
        "A bomb exploded near a market in Meru on Monday, wounding three civilians. Investigators "
        "said the same group may have planted it, without naming one."
    )
    attacks = _attacks(extract, text)
    assert attacks and attacks[0].actors == []
