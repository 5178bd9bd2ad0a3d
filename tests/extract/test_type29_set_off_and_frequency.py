"""Fighting an attack sets off is its course, and a frequency is a habit (whole pipeline).

"stormed the jail, setting off a week of battles that cost guards their lives" tells one happening,
not a second military action for the fighting or its toll; "come under fire almost daily"
tells a habit, not an attack on the day of publication.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        "In March 2018, the militia raided an armoury outside Koboko and set off two weeks of "
        "fighting that left at least 60 troops and police dead.",
        "Rebels overran a barracks near Moroto in 2015, killing nine recruits and triggering an army "
        "crackdown that emptied whole villages.",
        "Gunmen seized the customs post at Oraba in June 2014, setting off four days of clashes "
        "during which more than 30 soldiers and customs officers died.",
        "The group's costliest raid came in June 2014, when its men seized a barracks at Oraba, setting "
        "off a week of battles in which more than 30 soldiers and customs officers were killed.",
    ],
)
def test_fighting_set_off_by_an_attack_is_no_military_action(extract: Any, text: str) -> None:
    types = _types(extract(text, published="2024-06-04"))
    assert types.count("attack") == 1, types
    assert "military_action" not in types, types


def test_fighting_between_forces_told_alone_is_still_an_event(extract: Any) -> None:
    text = "Fighting between troops and rebels near Koboko on Sunday left 14 soldiers dead, the army said."
    types = _types(extract(text, published="2024-06-04"))
    assert types, types


@pytest.mark.parametrize(
    "text",
    [
        "Lorries carrying maize along the border road come under fire almost daily, traders say.",
        "Outposts in the hills are shelled nightly, a district officer said.",
        "Buses on the southern highway are ambushed weekly.",
    ],
)
def test_a_frequency_makes_a_habit_not_an_event(extract: Any, text: str) -> None:
    types = _types(extract(text, published="2024-06-04"))
    assert "attack" not in types and "military_action" not in types, types


def test_a_single_ambush_on_a_day_is_still_an_attack(extract: Any) -> None:
    text = "Gunmen ambushed a bus on the southern highway on Monday, killing four passengers."
    types = _types(extract(text, published="2024-06-04"))
    assert "attack" in types, types
