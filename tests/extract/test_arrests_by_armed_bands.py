"""A verb of arrest whose own subject is an armed band is an abduction (an attack), not the
state's arrest."""

from __future__ import annotations

from typing import Any


def _types(result: Any) -> list[str]:
    return [e.type for e in result.events if e.type in ("attack", "military_action")]


def test_bandits_rounding_up_herders_attack(extract: Any) -> None:
    result = extract("Bandits rounded up eight herders near Kulbeta on Tuesday and led them into the forest.")
    assert _types(result) == ["attack"]


def test_police_rounding_up_suspects_is_the_states_arrest(extract: Any) -> None:
    result = extract("On Tuesday police rounded up eight suspects near Kulbeta after the market fire.")
    assert "attack" not in _types(result)


def test_gunmen_rounded_up_by_soldiers_are_arrested(extract: Any) -> None:
    result = extract("On Tuesday eight gunmen were rounded up by soldiers near Kulbeta, the army said.")
    assert "attack" not in _types(result)
