"""An attack noun's relative clause reporting who carried it out (arguments._said_performers)."""

from __future__ import annotations

from typing import Any

_LEAD = "Gunmen killed two herders near Orsk on Friday."


def _attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


def test_an_attack_that_police_said_was_carried_out_by_a_group_is_its(extract: Any) -> None:
    text = (
        f"{_LEAD} In Belin, a car packed with explosives blew up outside a police station on Tuesday "
        "morning, wounding five officers, in an attack that police said had allegedly been carried out "
        "by the Red Ridge Front, a unit of the Tarnov Liberation Army."
    )
    attacks = _attacks(extract(text))
    assert len(attacks) == 2
    assert "Red Ridge Front" in attacks[1].actors
    assert "Red Ridge Front" not in attacks[0].actors


def test_a_raid_that_police_said_had_killed_people_names_no_doer(extract: Any) -> None:
    text = (
        f"{_LEAD} In Belin, a car packed with explosives blew up outside a market on Tuesday, in an attack "
        "that police said had killed five traders from the Red Ridge district."
    )
    attacks = _attacks(extract(text))
    assert attacks and all(a.actors == [] for a in attacks)
