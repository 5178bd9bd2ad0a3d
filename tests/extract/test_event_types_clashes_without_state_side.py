"""A clash no state's force takes part in is an attack, as any violence of armed groups is: its
"between" sides may be hung on the time word before them ("broke out at dawn between X and Y";
event_types._between_sides), one side named as fighters is enough when no side is a state's
(event_types._between_non_state_sides), and a fight noun told with the toll of its sentence joins
that attack rather than standing as a military action of its own
(coreference._one_incident_as_attack). A clash with soldiers, or one whose sentence has state
forces doing the fighting, stays the state's action."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2026-06-03"


def kinds(extraction: Any) -> list[str]:
    return sorted(e.type for e in extraction.events if e.type in ("attack", "military_action"))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Fighting erupted at dawn between Red Hand fighters and a herders militia in the market of "
            "Tarvo. Three passers-by were killed by stray bullets and five others hurt, according to "
            "monitors.",
            3,
        ),
        (
            "Clashes erupted at noon between bandits and a vigilante group at the cattle market of "
            "Garsa. Two herders were killed by stray bullets, residents said.",
            2,
        ),
    ],
)
def test_a_clash_of_armed_groups_is_one_attack_with_its_toll(extract: Any, text: str, killed: int) -> None:
    extraction = extract(text, published=PUBLISHED)
    assert kinds(extraction) == ["attack"]
    (attack,) = [e for e in extraction.events if e.type == "attack"]
    assert attack.killed is not None and attack.killed.value == killed


@pytest.mark.parametrize(
    "text",
    [
        "Fighting erupted at dawn between soldiers and a herders militia in the market of Tarvo. "
        "Three passers-by were killed by stray bullets and five others hurt, according to monitors.",
        "Police and cattle rustlers exchanged fire near the Gambela crossing on Monday, and three of "
        "the rustlers died in the fighting, a police spokesman said.",
    ],
)
def test_a_clash_with_state_forces_stays_a_military_action(extract: Any, text: str) -> None:
    assert "military_action" in kinds(extract(text, published=PUBLISHED))
