"""Tolls (session 30): an attacker killed 'when he fired at the officers' died in the forces'
action, not in what he did; and attackers killed in a sentence whose only violent word is the
figure's own verb go to the forces' action told just before, not to the report's attack."""

from __future__ import annotations

from typing import Any

import pytest


def tolls(extraction: Any) -> dict[str, list[tuple[int | None, int | None]]]:
    """Killed and injured of each violent event, by type."""
    out: dict[str, list[tuple[int | None, int | None]]] = {}
    for e in extraction.events:
        if e.type in ("attack", "military_action"):
            out.setdefault(e.type, []).append(
                (e.killed.value if e.killed else None, e.injured.value if e.injured else None)
            )
    return out


@pytest.mark.parametrize(
    ("text", "raid_killed", "attack_killed"),
    [
        pytest.param(
            "An explosive device planted in a drain went off under a police van near Kapchorwa on Monday, "
            "killing two officers. Police raided a farmhouse outside Mbale at first light on Tuesday, "
            "having been told where the bombers hid. One suspect was shot dead when he fired at the "
            "officers and two others were arrested, a police spokesman said.",
            1,
            2,
            id="shot-dead-when-he-fired",
        ),
        pytest.param(
            "Assailants threw grenades into a bus depot in Bujumbura on Saturday, wounding nine commuters. "
            "Commandos stormed a hideout in Kamenge district on Sunday night. Two gunmen were killed "
            "when they shot at the commandos, the army said.",
            2,
            None,
            id="killed-when-they-opened-fire",
        ),
    ],
)
def test_attackers_killed_resisting_a_raid_are_the_raids(
    extract: Any, text: str, raid_killed: int, attack_killed: int | None
) -> None:
    found = tolls(extract(text))
    assert (raid_killed, None) in found.get("military_action", []), found
    assert found["attack"][0][0] == attack_killed, found


def test_a_victim_killed_while_fleeing_stays_the_attacks(extract: Any) -> None:
    # the clause's subject is the victim, but fleeing is no attack: the toll stays the attack's
    text = (
        "Gunmen stormed a wedding party in Kachia on Saturday night. "
        "Three guests were killed when they tried to flee, a local official said."
    )
    found = tolls(extract(text))
    assert found["attack"][0][0] == 3, found
