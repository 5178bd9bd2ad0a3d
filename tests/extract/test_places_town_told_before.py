"""A definite "the town" points back to the town just named, not forward to one named later."""

from __future__ import annotations

from typing import Any


def attack_places(extraction: Any) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == "attack"]


def test_the_town_is_the_one_named_just_before(extract: Any) -> None:
    text = (
        "Herders in Kotka say they are tired. In May 2023, an ambush on a police convoy on the track "
        "east of the town left six officers dead. In June 2024, gunmen attacked the weekly market at "
        "Dabanga, killing nine traders."
    )
    assert attack_places(extract(text, published="2026-03-02")) == ["Kotka", "Dabanga"]


def test_a_nameless_village_still_takes_the_name_told_after_it(extract: Any) -> None:
    text = (
        "Gunmen raided a village on Monday and burned twenty houses, police said. "
        "The toll in Dabanga rose to nine on Tuesday."
    )
    assert attack_places(extract(text, published="2026-03-02")) == ["Dabanga"]


def places_told_by(extraction: Any, words: str) -> list[str | None]:
    text = extraction.document.text
    return [
        e.place.name if e.place else None
        for e in extraction.events
        if e.type in ("attack", "military_action") and words in text[e.evidence.start : e.evidence.end]
    ]


def test_the_town_is_the_place_a_clause_of_the_paragraph_was_about(extract: Any) -> None:
    # "Tessomé market" makes the name a site; as the subject of its own clause it is told as a town
    text = (
        "Traders in Bolvaro say the weekly market at Tessomé has emptied. Since 2022 Tessomé has "
        "been attacked again and again. In May 2024, a bomber detonated a vest at the gate of the "
        "Tessomé market, killing four people. Last March, gunmen kidnapped five herders at the wells "
        "just south of the town; two were later freed."
    )
    found = places_told_by(extract(text, published="2026-03-02"), "kidnapped five herders")
    assert found and set(found) == {"Tessomé"}


def test_a_division_as_the_subject_is_no_town_to_point_back_to(extract: Any) -> None:
    text = (
        "Soldiers patrol the roads out of Kongara every night. Since 2021 Dalmouri district has been "
        "raided again and again. In July 2023, raiders killed four militiamen and a trader at a well "
        "outside the town, residents said."
    )
    found = places_told_by(extract(text, published="2026-03-02"), "raiders killed four")
    assert found and "Dalmouri" not in found


def test_the_town_is_not_where_a_spokesman_told_journalists_before(extract: Any) -> None:
    text = (
        "Gunmen stormed an army base in Kessanta on Monday night. On Tuesday the army spokesman told "
        "journalists in Varnholt that six soldiers had died. He said troops had chased the attackers "
        "into the forest south of the town and killed 20 of them."
    )
    found = places_told_by(extract(text, published="2026-03-02"), "chased the attackers")
    assert found == ["Kessanta"]


def test_a_town_where_residents_speak_in_the_same_sentence_is_the_town(extract: Any) -> None:
    text = (
        "Gunmen stormed an army base in Kessanta on Monday night. In Tolvani, some way north, villagers "
        "say a drone strike near the outskirts of the town left three children dead on Thursday."
    )
    found = places_told_by(extract(text, published="2026-03-02"), "drone strike")
    assert found == ["Tolvani"]
