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
