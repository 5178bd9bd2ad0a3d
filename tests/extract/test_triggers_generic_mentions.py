"""Attack words that name a kind, not a happening: the arms an attack is made with ("an assault
rifle"; ``modality.equipment_heads``), a campaign money is raised for (``funding_prepositions``),
and a bare plural a group "still" or "regularly" carries out in the simple present
(``persisting_adverbs``, ``habitual_adverbs``; triggers._habitual_governor)."""

from __future__ import annotations

from typing import Any

import pytest


def _attacks(extraction: Any) -> int:
    return sum(e.type == "attack" for e in extraction.events)


@pytest.mark.parametrize(
    "text",
    [
        "Police found an assault rifle and two grenades under the floor of the house.",
        "Customs officers seized four assault weapons hidden in a lorry at the border post.",
        "The charities raised money for the militia's kidnapping campaign in the hills, the regulator said.",
        "The faction still carries out occasional raids on army posts in the north.",
        "The movement regularly mounts ambushes on convoys along the highway.",
    ],
)
def test_kinds_of_attack_are_no_attack(extract: Any, text: str) -> None:
    assert _attacks(extract(text, published="2025-05-14")) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen armed with assault rifles attacked a police post in the north on Monday.",
        "Rebels of the faction raided a gendarmerie camp near the lake on Sunday.",
        "Militants are still holding out in the school after storming it on Tuesday morning.",
    ],
)
def test_attacks_told_beside_such_words_stay_attacks(extract: Any, text: str) -> None:
    assert _attacks(extract(text, published="2025-05-14")) >= 1
