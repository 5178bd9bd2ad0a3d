"""The forces' answer told a few sentences after the attack it answers is placed at its scene."""

from __future__ import annotations

from typing import Any


def action_places(extraction: Any, words: str) -> list[str | None]:
    text = extraction.document.text
    return [
        e.place.name if e.place else None
        for e in extraction.events
        if e.type == "military_action" and words in text[e.evidence.start : e.evidence.end]
    ]


def test_an_answer_after_a_claim_and_a_hospital_takes_the_attack_scene(extract: Any) -> None:
    text = (
        "Gunmen overran an army post at Karvoda before dawn on Thursday, killing nine soldiers, "
        "officers said. The rebel front said on its radio station that it had seized the post. "
        "Wounded soldiers were flown to a hospital in Meltane. "
        "Troops backed by local militia later killed 14 of the attackers, the army said."
    )
    assert action_places(extract(text, published="2026-03-06"), "14 of the attackers") == ["Karvoda"]


def test_an_answer_on_another_day_is_not_placed_at_the_attack(extract: Any) -> None:
    text = (
        "Gunmen overran an army post at Karvoda before dawn on Thursday, killing nine soldiers, "
        "officers said. The rebel front said on its radio station that it had seized the post. "
        "Wounded soldiers were flown to a hospital in Meltane. "
        "On Sunday, troops killed 14 of the attackers, the army said."
    )
    assert "Karvoda" not in action_places(extract(text, published="2026-03-06"), "14 of the attackers")


def test_an_answer_after_another_armed_happening_is_not_placed_at_the_first(extract: Any) -> None:
    text = (
        "Gunmen overran an army post at Karvoda before dawn on Thursday, killing nine soldiers, "
        "officers said. Police arrested three smugglers at a checkpoint outside Brunetz on Friday. "
        "Troops later killed 14 of the attackers, the army said."
    )
    assert "Karvoda" not in action_places(extract(text, published="2026-03-06"), "14 of the attackers")
