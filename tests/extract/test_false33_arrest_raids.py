"""The raid an arrest was made in is the arrest's own telling, not an attack of its own.

The parser often hangs "during a raid" on a verb inside the arrested people's description
("men suspected of supplying explosives ... during a raid"); the raid is still the arrest's.
"""

from __future__ import annotations

from typing import Any


def _kinds(extraction: Any) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in extraction.events]


def test_raid_hung_on_the_suspects_description_makes_no_attack(extract: Any) -> None:
    text = (
        "Police in Kericho said they had arrested three men suspected of supplying explosives "
        "to the gang during a raid in Litein on Thursday."
    )
    extraction = extract(text, published="2025-04-26")
    assert [k for k in _kinds(extraction) if k[0] == "attack"] == [], _kinds(extraction)
    assert ("military_action", "arrested") in _kinds(extraction), _kinds(extraction)


def test_raid_after_an_accusation_clause_makes_no_attack(extract: Any) -> None:
    text = (
        "Gendarmes arrested two traders accused of selling fuel to the rebels in a dawn raid on "
        "a warehouse in Garoua on Tuesday."
    )
    extraction = extract(text, published="2025-04-26")
    assert [k for k in _kinds(extraction) if k[0] == "attack"] == [], _kinds(extraction)


def test_a_raid_by_gunmen_beside_an_arrest_stays_an_attack(extract: Any) -> None:
    text = (
        "Gunmen killed four villagers in a raid on Koussa on Monday. On Tuesday police arrested "
        "two men suspected of guiding the attackers."
    )
    extraction = extract(text, published="2025-04-26")
    assert any(k[0] == "attack" for k in _kinds(extraction)), _kinds(extraction)
