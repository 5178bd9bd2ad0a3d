"""An attack laid at a group's door within the page: "X was responsible for the ambush", "X
was behind the shooting" in the attack's own sentence, and "findings point to X" in a sentence
after it (a hedged blame)."""

from __future__ import annotations

from typing import Any

import pytest


def _events(extraction: Any, kind: str) -> list[Any]:
    return [e for e in extraction.events if e.type == kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors said the Black Lion brigade was responsible for the ambush of a ferry convoy "
        "at Kigoma on May 2, which killed eleven passengers.",
        "Investigators say the Black Lion brigade was behind the shooting at a bar in Kigoma on "
        "May 2 that killed eleven drinkers.",
    ],
)
def test_a_group_held_responsible_in_the_sentence_is_the_attacks_actor(extract: Any, sentence: str) -> None:
    attacks = _events(extract(sentence), "attack")
    assert attacks
    assert "Black Lion" in " ".join(attacks[0].actors)


def test_findings_pointing_to_a_group_name_the_attacks_actor(extract: Any) -> None:
    extraction = extract(
        "BUNIA, July 8 — Gunmen raided Mbau, a hamlet north of Beni, on Sunday night and killed "
        "seven farmers. An army spokesman said early findings point to the Zaire Patriots militia."
    )
    attacks = _events(extraction, "attack")
    assert attacks
    assert any("Zaire Patriots" in actor for actor in attacks[0].actors)


def test_the_same_group_held_responsible_is_the_group_named_before(extract: Any) -> None:
    extraction = extract(
        "BUTEMBO, June 10 — Fighters of the Ruwenzori Liberation Front torched a clinic at Kyavinyonge "
        "on Sunday. In March, the same group was responsible for the killing of two fishermen at "
        "Kamango, police said."
    )
    attacks = [
        a for a in _events(extraction, "attack") if a.date is not None and a.date.iso.startswith("2025-03")
    ]
    assert attacks
    assert "Ruwenzori Liberation Front" in attacks[0].actors


def test_its_fighters_blamed_for_an_attack_make_their_group_its_actor(extract: Any) -> None:
    extraction = extract(
        "POKHARA, June 10 — The Hill Tigers have fought the army since 2019. Its fighters were "
        "blamed for the ambush of a police convoy near Pokhara on Saturday that killed four officers."
    )
    attacks = _events(extraction, "attack")
    assert attacks
    assert "Hill Tigers" in attacks[0].actors
