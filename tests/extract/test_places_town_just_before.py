"""A definite "the town" points back to the town the sentence right before tells as a scene."""

from __future__ import annotations

from typing import Any


def places_told_by(extraction: Any, words: str) -> list[str | None]:
    text = extraction.document.text
    return [
        e.place.name if e.place else None
        for e in extraction.events
        if words in text[e.evidence.start : e.evidence.end]
    ]


def test_the_town_is_the_one_of_the_older_raids_just_told_not_the_last_current_scene(extract: Any) -> None:
    text = (
        "Gunmen killed four fishermen near Karvoda on Tuesday, residents said.\n"
        "The insurgency began in 2017 with raids on police posts in Dastenburg. Rebels seized the "
        "town in June 2019 and kept it for eleven months."
    )
    assert places_told_by(extract(text, published="2026-03-02"), "seized the town") == ["Dastenburg"]


def test_the_town_is_the_one_just_occupied_not_one_named_earlier_with_the_noun(extract: Any) -> None:
    text = (
        "Aid workers handed out food in Velmora town on Saturday, and gunmen killed two farmers near "
        "Velmora on Sunday.\n"
        "The rebels first struck police posts in Dastenburg in 2017 and went on to occupy Dastenburg "
        "from June 2019. Soldiers took back the port town in May 2020."
    )
    assert places_told_by(extract(text, published="2026-03-02"), "took back the port town") == ["Dastenburg"]


def test_a_town_named_for_an_office_does_not_take_the_village_noun(extract: Any) -> None:
    text = (
        "Gunmen killed eleven herders in Tormelle, a village on the river in the Brunetz district, on "
        "Sunday, officials said.\n"
        "On Monday, the prefect of Brunetz said on local radio that nine people had been killed. Two "
        "days later, having visited the village, the regional governor said eleven had died."
    )
    found = places_told_by(extract(text, published="2026-03-02"), "having visited the village")
    assert found and "Brunetz" not in found


def test_the_village_is_not_the_sector_its_own_sentence_set_it_in(extract: Any) -> None:
    text = (
        "Police surrounded two gunmen hiding in Tormelle village in Karvoda's Dastenburg sector on "
        "Wednesday. The two men had shot at homes in the village on Tuesday evening, wounding a farmer."
    )
    assert places_told_by(extract(text, published="2026-03-02"), "shot at homes") == ["Tormelle"]
