"""Second incidents told by their instrument, their outcome or their start (session 25): a weapon
thrown or let fall on a place, projectiles that fell or landed (the parse making their "fired
from ..." the main verb), an armed band's robbery or break-in, two sides that clashed, and the
happenings a conflict "began with". Each case keeps the report's own attack beside the one under
test; each kind has its negatives. Invented reports, whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-04-10"  # a Thursday
LEAD = "Bandits shot dead four herders at a watering point outside Moyale on Monday, officials said. "
LEAD_DAY = "2025-04-07"
VIOLENT = ("attack", "military_action")


def _violent_days(extraction: Any) -> list[str]:
    return sorted((e.date.iso if e.date else "") for e in extraction.events if e.type in VIOLENT)


def _second(extraction: Any) -> list[str]:
    return [d for d in _violent_days(extraction) if d != LEAD_DAY]


def _second_beside_the_lead(extraction: Any) -> list[str]:
    """:func:`_second`, once the lead's own attack is known read (so an empty list is no empty
    extraction)."""
    assert LEAD_DAY in _violent_days(extraction)
    return _second(extraction)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "On Tuesday, a hand grenade was thrown into a bus depot in Mandera, wounding three drivers.",
            "2025-04-08",
        ),
        ("Youths threw a petrol bomb at a roadside police kiosk in Mandera late on Tuesday.", "2025-04-08"),
        (
            "Late on Tuesday, a quadcopter dropped two grenades on the chief's office in Marsabit.",
            "2025-04-08",
        ),
        (
            "On Tuesday night, three mortar bombs launched from the ridge fell inside a camp in Lodwar.",
            "2025-04-08",
        ),
        (
            "On Tuesday, several rockets fired across the valley landed beside an airstrip in Lodwar.",
            "2025-04-08",
        ),
        ("On Tuesday, armed men robbed a fuel station in Isiolo and fled into the bush.", "2025-04-08"),
        (
            "Masked men broke into a radio station in Isiolo on Tuesday and held its staff at gunpoint.",
            "2025-04-08",
        ),
    ],
)
def test_a_second_incident_told_by_its_instrument_is_an_event(extract: Any, sentence: str, day: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert day in _second(extraction)


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters threw flowers at the governor's motorcade in Mandera on Tuesday.",
        "On Tuesday, the prosecutor dropped the charges against two herders held in Mandera.",
        "The gang trains its recruits to drop explosives from small drones.",
        "Heavy rain fell across Lodwar on Tuesday, flooding the main road.",
        "A pickpocket robbed a tourist outside a hotel in Isiolo on Tuesday.",
        "Burglars broke into a pharmacy in Isiolo on Tuesday night.",
    ],
)
def test_the_same_words_without_a_weapon_or_an_armed_doer_are_no_event(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert _second_beside_the_lead(extraction) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The two rival militias clashed near Moyale in March, leaving 12 fighters dead.",
        "Rival gangs clashed in the slums of Moyale in March, residents said.",
    ],
)
def test_two_sides_that_clashed_are_an_event_of_their_own(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert "2025-03" in _second(extraction)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday night, three mortar bombs launched from the ridge fell inside a camp in Lodwar.",
        "Masked men broke into a radio station in Isiolo on Tuesday and held its staff at gunpoint.",
        "In May, a jeep carrying engineers was hit when gunmen threw grenades at it.",
    ],
)
def test_the_instrument_or_the_armed_band_is_read_as_a_trigger(extractor: Any, sentence: str) -> None:
    from nexus.extract.triggers import find_triggers

    doc = extractor.nlp(sentence)
    assert any(etype == "attack" for sent in doc.sents for _, etype in find_triggers(sent))


def test_two_officials_who_clashed_over_a_bill_fought_no_battle(extract: Any) -> None:
    extraction = extract(
        LEAD + "The two ministers clashed over the water budget in March.", published=PUBLISHED
    )
    assert _second_beside_the_lead(extraction) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebellion began in June 2016 with ambushes on army convoys near Garissa.",
        "The revolt, which started in Garissa in June 2016 with raids on police posts, later spread.",
    ],
)
def test_the_happenings_a_conflict_began_with_are_an_event(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert "2016-06" in _second(extraction)


def test_happenings_a_group_means_to_begin_with_are_no_event(extract: Any) -> None:
    extraction = extract(LEAD + "The cell planned to begin with raids on police posts.", published=PUBLISHED)
    assert _second_beside_the_lead(extraction) == []


# --- a fight told by its toll ---------------------------------------------------------------------


def test_fighting_told_by_the_dead_it_left_is_an_event(extract: Any) -> None:
    extraction = extract(
        LEAD + "Fighting near Sololo on Tuesday left five herders dead, elders said.", published=PUBLISHED
    )
    assert "2025-04-08" in _second(extraction)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting for water left the herders exhausted and angry.",
        "Fighting around Sololo has left hundreds dead since 2019, elders said.",
    ],
)
def test_fighting_with_no_toll_or_a_running_toll_is_no_further_event(extract: Any, sentence: str) -> None:
    assert _second_beside_the_lead(extract(LEAD + sentence, published=PUBLISHED)) == []
