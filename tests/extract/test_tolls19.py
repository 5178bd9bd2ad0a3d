"""Wounded who later died leave the injured count: invented reports (places and numbers of our own)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import wounded_who_died


def _attack(ext: Any) -> Any:
    (attack,) = [e for e in ext.events if e.type == "attack"]
    return attack


def _figure(count: Any) -> tuple[int, str] | None:
    return None if count is None else (count.value, count.qualifier)


@pytest.mark.parametrize(
    ("sentence", "died"),
    [
        ("Two of the wounded officers later died in hospital in Sibi.", 2),
        ("One of the injured succumbed on Tuesday, a doctor said.", 1),
        ("Three of the seven injured passengers succumbed to their injuries overnight.", 3),
        ("A fifth guard died of his wounds on Thursday morning.", 1),
        ("Two wounded porters later died at the district clinic.", 2),
        ("Two porters were wounded at the gate.", 0),
        ("Four villagers died when the roof collapsed.", 0),
    ],
)
def test_wounded_who_died_counts_the_dead_told_among_the_wounded(
    nlp: Language, sentence: str, died: int
) -> None:
    sent = next(iter(nlp(sentence).sents))
    assert wounded_who_died(sent) == died


def test_a_rise_from_the_wounded_lowers_the_injured_told_with_the_first_toll(extract: Any) -> None:
    ext = extract(
        "Gunmen attacked a police post in Harnai on Sunday night, killing three officers and "
        "wounding five, officials said. The toll rose to five on Monday after two of the wounded "
        "officers died in hospital, the district police chief said."
    )
    attack = _attack(ext)
    assert _figure(attack.killed) == (5, "exact")
    assert _figure(attack.injured) == (3, "exact")


def test_a_guard_who_died_of_his_wounds_leaves_the_injured(extract: Any) -> None:
    ext = extract(
        "Militants raided a border post near Tessalit on Friday, killing two guards and wounding "
        "six. A third guard died of his wounds on Saturday, bringing the number of dead to three, "
        "the army said."
    )
    attack = _attack(ext)
    assert _figure(attack.killed) == (3, "exact")
    assert _figure(attack.injured) == (5, "exact")


def test_a_lead_that_already_gives_the_latest_toll_keeps_its_injured(extract: Any) -> None:
    ext = extract(
        "At least 12 people were killed and more than 40 wounded when a bomb went off at a "
        "cattle market in Bossaso on Tuesday, police said. Rescuers first put the toll at nine, "
        "but three of the injured died overnight, a hospital director said."
    )
    attack = _attack(ext)
    assert _figure(attack.killed) == (12, "at_least")
    assert _figure(attack.injured) == (41, "at_least")
