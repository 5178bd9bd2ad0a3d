"""A definite umbrella noun whose only modifier counts its length ("the 90-minute encounter")
still refers back to the security action told before it, as "the encounter" does; an indefinite
one told with a day and place of its own stays apart."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2025-03-14"

LEAD = (
    "Soldiers killed three bandits in a gunfight near the village of Gidan Bature in Sokoto State on "
    "Sunday, the army said."
)


def actions(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "military_action"]


def test_the_counted_length_of_an_encounter_names_the_gunfight_told_before(extract: Any) -> None:
    text = (
        f"{LEAD} Two soldiers were hurt in the 90-minute encounter, which started when a patrol "
        "surprised the gang at a well on the fringe of the Rugu forest."
    )
    (fight,) = actions(extract(text, published=PUBLISHED))
    assert fight.place is not None and fight.place.name == "Gidan Bature"


def test_an_encounter_told_with_its_own_day_and_place_stays_apart(extract: Any) -> None:
    text = f"{LEAD} In a 40-minute encounter near Isa on Tuesday, troops killed two more gunmen."
    found = actions(extract(text, published=PUBLISHED))
    assert sorted(a.date.iso for a in found if a.date is not None) == ["2025-03-09", "2025-03-11"]
