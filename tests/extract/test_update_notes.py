"""Update notes stacked above a story are segments written on their own days (page_segments.py,
entry_dates.py, tolls.py): their weekdays count from the note's date, and a figure a note gives
without a trigger is the story's, never that of a happening another note tells."""

from __future__ import annotations

from typing import Any

from nexus.extract.page import parse_page
from nexus.extract.page_segments import update_notes

_STORY = "\n\n".join(
    [
        "Gunmen attack hill village in Tarrow district\n"
        "By Staff Reporter | First published Monday 14 June 2027 | Updated Thursday 17 June 2027",
        "UPDATE 2 (Thursday 17 June): Police said on Wednesday that they had arrested three men over"
        " the attack. Separately, a bomb wounded two soldiers near Glenmarch on Wednesday night.",
        "UPDATE 1 (Tuesday 15 June): The number of dead climbed to nine when two more villagers succumbed"
        " overnight, a hospital official said.",
        "ORIGINAL STORY: Gunmen stormed the village of Hallow Cross in Tarrow district on Sunday night,"
        " killing seven villagers and burning a dozen homes, officials said on Monday.\n",
    ]
)


def test_each_update_note_is_a_segment() -> None:
    notes = update_notes(_STORY, parse_page(_STORY))
    assert [_STORY[s:e] for s, e, _ in notes] == [
        "UPDATE 2 (Thursday 17 June):",
        "UPDATE 1 (Tuesday 15 June):",
    ]
    assert notes[0][2] <= notes[1][0]  # two notes, though they share one zone


def test_a_note_dates_its_weekdays_and_keeps_its_figure_for_the_story(extract: Any) -> None:
    x = extract(_STORY, published="2027-06-14")
    attacks = {e.place.name if e.place else None: e for e in x.events if e.type == "attack"}
    bomb = attacks["Glenmarch"]
    # "on Wednesday night" in the note of Thursday 17 June: the 16th, not the 9th before publication
    assert bomb.date is not None and bomb.date.iso == "2027-06-16"
    assert bomb.killed is None  # the toll of the note below is the story's
    raid = attacks["Hallow Cross"]
    assert raid.date is not None and raid.date.iso == "2027-06-13"
    assert raid.killed is not None and raid.killed.value == 9
