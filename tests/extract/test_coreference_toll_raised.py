"""A later sentence that raises a toll told before ("a hospital official raised the toll to six",
"bringing the death toll to four"; ``toll_update_cues`` in coreference.yaml) tells the toll of the
happening already told, though its day is the day of the new count: one event carrying the latest
figure, not a second attack. A killing with a doer of its own on another day stays apart."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-06-12"


def attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Gunmen attacked the police post on the edge of Korvana early on Wednesday and were "
            "beaten back by the garrison. A police source said that day that three officers had "
            "died; on Thursday a hospital official raised the toll to six officers killed.",
            6,
        ),
        (
            "Militants ambushed an army patrol near Sarvan on Monday, killing three soldiers. On Tuesday, "
            "officials said a fourth soldier had died in hospital in Dorra, bringing the death toll to four.",
            4,
        ),
    ],
)
def test_a_raised_toll_is_the_toll_of_the_attack_told_before(extract: Any, text: str, killed: int) -> None:
    (attack,) = attacks(extract(text, published=PUBLISHED))
    assert attack.killed is not None and attack.killed.value == killed


def test_a_killing_with_its_own_doer_and_day_stays_another_attack(extract: Any) -> None:
    text = (
        "Militants ambushed an army patrol near Sarvan on Monday, killing three soldiers. On Saturday, "
        "bandits killed two herders near Lotta, bringing the toll of the month's raids to 40."
    )
    assert len(attacks(extract(text, published=PUBLISHED))) == 2
