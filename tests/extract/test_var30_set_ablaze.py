"""'set scores of huts ablaze': the complement after the object is the violent verb's, however
the parse reads it (an adverb, a clause, a noun), so the burning is an attack."""

from __future__ import annotations

from typing import Any


def test_huts_set_ablaze_with_the_complement_read_as_a_noun_is_an_attack(extract: Any) -> None:
    text = "Insurgents set scores of huts ablaze near Damboa on Tuesday, a vigilante leader said."
    found = extract(text, published="2024-05-09")
    assert [(e.type, e.place.name if e.place else None) for e in found.events] == [("attack", "Damboa")]
