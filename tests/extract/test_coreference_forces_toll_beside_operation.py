"""A doer-less toll of the state's own forces ("one constable had been killed") told beside a
state's operation is the other side's fire on the forces, a happening of its own: it does not
fold into the operation, whose count it would otherwise stand for (coreference
._forces_lost_in_operation), unless its sentence names the attack it is the count of
(coreference._attack_in_its_sentence). A toll of civilians beside the operation, or of the forces
beside an attack on them, is still that happening's count."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2026-05-21"


def types(extraction: Any) -> list[str]:
    return sorted(e.type for e in extraction.events)


@pytest.mark.parametrize(
    "text",
    [
        "Police said on Thursday that the bodies of nine rebels were recovered after Wednesday's "
        "gunfight near Kerelo, and that one constable had been killed.",
        "The district chief said on Monday that seven bodies of insurgents were recovered after "
        "Sunday's encounter in the Mabeli forest and that a policeman was killed.",
    ],
)
def test_the_forces_dead_beside_an_operation_stay_a_happening_of_their_own(extract: Any, text: str) -> None:
    assert types(extract(text, published=PUBLISHED)) == ["attack", "military_action"]


def test_the_forces_dead_beside_an_operation_keep_their_own_count(extract: Any) -> None:
    text = (
        "Police said on Thursday that the bodies of nine rebels were recovered after Wednesday's "
        "gunfight near Kerelo, and that one constable had been killed."
    )
    events = extract(text, published=PUBLISHED).events
    (operation,) = [e for e in events if e.type == "military_action"]
    (attack,) = [e for e in events if e.type == "attack"]
    assert operation.killed is not None and operation.killed.value == 9
    assert attack.killed is not None and attack.killed.value == 1


def test_civilians_dead_beside_an_operation_are_its_count(extract: Any) -> None:
    text = (
        "Police said on Thursday that the bodies of nine rebels were recovered after Wednesday's "
        "gunfight near Kerelo, and that one villager had been killed."
    )
    assert types(extract(text, published=PUBLISHED)) == ["military_action"]


def test_the_forces_dead_in_an_attack_on_them_are_its_count(extract: Any) -> None:
    text = (
        "Police said on Thursday that gunmen had stormed a checkpoint near Kerelo on Wednesday "
        "and that one constable had been killed."
    )
    (attack,) = extract(text, published=PUBLISHED).events
    assert attack.type == "attack"
    assert attack.killed is not None and attack.killed.value == 1


@pytest.mark.parametrize(
    "text",
    [
        "Officials on Monday named the gunman killed by police after an assault on a checkpoint at "
        "Kerelo as a 30-year-old man from Temsu. A rebel group hailed the shooting but did not say "
        "it was behind it. Police said one constable was killed and a second was in a serious "
        "condition after Sunday's attack.",
        "Officials on Monday named the gunman killed by police after an assault on a checkpoint at "
        "Kerelo as a 30-year-old man from Temsu. Police said one constable was killed and a second "
        "was in a serious condition after Sunday's attack.",
    ],
)
def test_the_forces_dead_go_to_the_attack_their_sentence_names(extract: Any, text: str) -> None:
    events = extract(text, published=PUBLISHED).events
    (attack,) = [e for e in events if e.type == "attack"]
    assert attack.killed is not None and attack.killed.value == 1
    assert len([e for e in events if e.type == "military_action"]) == 1
