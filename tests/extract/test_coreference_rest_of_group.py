"""People an arrest or a capture counts as the rest of a group ("two other suspects", "two
others", "a fourth man"), told with no day or place of their own in the sentence after a security
action, were taken in that action: one military action, not an arrest beside it
(``rest_of_group_words`` in coreference.yaml). With a day and a place of its own, it is another."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-06-12"


def actions(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "military_action"]


@pytest.mark.parametrize(
    "text",
    [
        "Special forces raided a house in Gerdal on Monday and killed three militants. "
        "Two other suspects were detained, a spokesman said.",
        "Police raided a flat in Borvik on Sunday and shot dead two gunmen. "
        "Two others were detained, police said.",
        "Police raided a flat in Borvik on Sunday and arrested three men. "
        "A fourth man was captured, police said.",
    ],
)
def test_the_rest_of_the_group_taken_after_a_raid_is_the_raids(extract: Any, text: str) -> None:
    assert len(actions(extract(text, published=PUBLISHED))) == 1


def test_the_rest_of_the_group_joins_the_raid_whose_town_the_sentence_only_recalls(extract: Any) -> None:
    # "the capital" recalls the town of the raid; the sentence names no place of its own
    text = (
        "A car bomb killed four people in Kunduz on Thursday. In a separate operation, counter-terrorism "
        "police raided a flat in the old quarter of Herat, the capital of Herat province, early on Friday "
        "and killed two suspects, a spokeswoman, Lina Broz, said. Three other men were detained, Broz "
        "said, adding that the cell had planned attacks in the capital."
    )
    assert len(actions(extract(text, published=PUBLISHED))) == 1


def test_a_third_suspect_detained_at_the_scene_of_a_firefight_is_the_firefights(extract: Any) -> None:
    text = (
        "Gunmen killed four guards at a depot near Khasavyurt on Saturday. Troops cornered the attackers "
        "in a house in Kizlyar on Sunday and shot two of them dead in a firefight. "
        "A third suspect was detained at the scene."
    )
    (action,) = actions(extract(text, published="2025-10-21"))
    assert action.date is not None and action.date.iso == "2025-10-19"
    assert action.place is not None and action.place.name == "Kizlyar"


def test_the_raids_toll_stays_with_it(extract: Any) -> None:
    text = (
        "Special forces raided a house in Gerdal on Monday and killed three militants. "
        "Two other suspects were detained, a spokesman said."
    )
    (action,) = actions(extract(text, published=PUBLISHED))
    assert action.killed is not None and action.killed.value == 3


def test_others_arrested_on_a_day_and_in_a_town_of_their_own_are_another_action(extract: Any) -> None:
    text = (
        "Soldiers killed four militants near Tarvo on Monday. "
        "Two other suspects were arrested in Merla on Friday."
    )
    assert len(actions(extract(text, published=PUBLISHED))) == 2


def test_an_arrest_with_no_group_counted_stays_apart(extract: Any) -> None:
    text = "Soldiers killed four militants near Tarvo on Monday. The army said it had arrested two suspects."
    assert len(actions(extract(text, published=PUBLISHED))) == 2
