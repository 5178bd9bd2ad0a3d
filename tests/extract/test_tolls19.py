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


def test_parts_told_again_with_n_more_do_not_add_to_the_lead_total(extract: Any) -> None:
    ext = extract(
        "Masked gunmen opened fire inside a bar in the Turbo market on Friday night, killing nine "
        "people and wounding six, police said. Seven people died at the scene and two more died "
        "in hospital on Saturday, a police spokesman said."
    )
    assert _figure(_attack(ext).killed) == (9, "exact")


def test_later_deaths_after_a_first_count_are_already_in_the_lead(extract: Any) -> None:
    ext = extract(
        "A car bomb went off near a bus station in Gao on Sunday evening, killing at least 12 "
        "people and wounding 30, the health directorate said. Police had initially put the toll "
        "at eight. Two of the wounded died overnight at the main hospital, and two more bodies "
        "were found in a burned bus on Monday, a medic said."
    )
    assert _figure(_attack(ext).killed) == (12, "at_least")


def test_a_victim_also_killed_still_adds_to_the_lead_after_a_first_count(extract: Any) -> None:
    ext = extract(
        "At least 20 villagers were killed when gunmen raided a market in Kapoeta district on "
        "Thursday, officials said, up from the five deaths reported at first. A policeman "
        "guarding the market was also killed, a local official said."
    )
    assert _figure(_attack(ext).killed) == (21, "at_least")


def test_bringing_the_number_of_injured_to_n_updates_the_injured(extract: Any) -> None:
    ext = extract(
        "Rebels ambushed a patrol in Nzara on Sunday afternoon, killing two soldiers and wounding "
        "three, the army said. A fourth soldier was later found to have bullet wounds, bringing "
        "the number of injured to four, a spokesman said on Tuesday."
    )
    attack = _attack(ext)
    assert _figure(attack.killed) == (2, "exact")
    assert _figure(attack.injured) == (4, "exact")
