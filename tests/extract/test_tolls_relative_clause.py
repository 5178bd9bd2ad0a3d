"""A figure told in a relative clause ("an ambush that killed six") belongs to the happening the
clause hangs on, not to a reprisal whose phrase holds that happening ("in revenge for ...").
Invented reports (places, numbers and wording of our own)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Jets pounded depots in Velmar overnight in retaliation for a rocket attack that killed four "
        "guards in Kenya.",
        "Troops shelled villages near Tarso on Monday in revenge for an ambush that killed six police "
        "officers in Chad.",
    ],
)
def test_the_dead_of_a_relative_clause_are_its_antecedents_not_the_reprisals(extract: Any, text: str) -> None:
    events = extract(text, published="2025-03-04").events
    attacks = [e for e in events if e.type == "attack"]
    reprisals = [e for e in events if e.type == "military_action"]
    assert attacks and attacks[0].killed is not None
    assert all(r.killed is None for r in reprisals)
