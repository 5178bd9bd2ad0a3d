"""A happening the lead places in a district takes the hamlet a later sentence names for it, even
when the hamlet hangs on a participle ("a lorry carrying reservists near X") and is set by a
distance from a town ("X, a hamlet 9 km south of Y": Y is only where the distance is counted
from); a town in a clause telling an earlier happening ("the deadliest since May 2021, when ...
in Z") or a village set off from the scene ("a village 2 km from the blast site") is not its place.

Invented reports: the hamlets and villages are made up, the towns and divisions real.
"""

from __future__ import annotations

from typing import Any


def _attacks_on(extraction: Any, day: str) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack" and e.date is not None and e.date.iso == day]


def _place(event: Any) -> str | None:
    return event.place.name if event.place is not None else None


HAMLET_BY_A_DISTANCE = (
    "NAIROBI, Kenya — Suspected bandits shot dead two police reservists outside Kimana town on "
    "Tuesday, a day after a roadside bomb struck a road in Kajiado's Loitokitok district, officials said.\n"
    "On Monday morning, the bomb went off under a lorry carrying reservists near Olchorro Kisima, a "
    "hamlet about 9 km south of Loitokitok town, killing three reservists and wounding two."
)


def test_the_lead_district_yields_to_the_hamlet_the_body_names(extract: Any) -> None:
    monday = _attacks_on(extract(HAMLET_BY_A_DISTANCE, published="2025-05-14"), "2025-05-12")
    assert monday and all(_place(e) == "Olchorro Kisima" for e in monday)


def test_the_other_attack_keeps_its_own_town(extract: Any) -> None:
    tuesday = _attacks_on(extract(HAMLET_BY_A_DISTANCE, published="2025-05-14"), "2025-05-13")
    assert tuesday and _place(tuesday[0]) == "Kimana"


RIDGE_ABOVE_A_VILLAGE = (
    "NAIROBI, Kenya — A fourth ranger died on Wednesday of wounds suffered when gunmen ambushed a "
    "patrol in the hills of Kajiado's Loitokitok district on Tuesday evening, officials said.\n"
    "The patrol was returning from a road survey when gunmen hidden on a ridge above Enkii Narok, "
    "a village about 20 km north-east of Loitokitok, detonated a mine and opened fire, a ranger "
    "spokesperson said."
)


def test_a_village_under_a_ridge_is_where_the_ambush_was(extract: Any) -> None:
    tuesday = _attacks_on(extract(RIDGE_ABOVE_A_VILLAGE, published="2025-05-15"), "2025-05-13")
    assert tuesday and _place(tuesday[0]) == "Enkii Narok"


COMPARED_WITH_AN_OLDER_ONE = (
    "NAIROBI, May 15 — A suicide bomber drove an explosives-laden car into a post of the Rural Border "
    "Patrol in Loitokitok district of Kajiado county on Tuesday, killing six officers, a police "
    "official said.\n"
    "Tuesday's bombing was the deadliest in Kajiado since September 2021, when raiders stormed a base "
    "in Kimana and killed 21 rangers."
)


def test_a_town_of_the_happening_compared_with_is_not_the_bombings(extract: Any) -> None:
    tuesday = _attacks_on(extract(COMPARED_WITH_AN_OLDER_ONE, published="2025-05-15"), "2025-05-13")
    assert tuesday and _place(tuesday[0]) == "Loitokitok"


SET_OFF_FROM_THE_SCENE = (
    "NAIROBI, Kenya — A ranger was killed when a bomb exploded under his pickup on a rural road in "
    "Kajiado's Loitokitok district on Wednesday morning, police said.\n"
    "Police cordoned off Olkaria Sidai, a village about 2 km from the blast site, and detained two "
    "suspects."
)


def test_a_village_counted_from_the_blast_site_is_not_the_blasts_place(extract: Any) -> None:
    wednesday = _attacks_on(extract(SET_OFF_FROM_THE_SCENE, published="2025-05-15"), "2025-05-14")
    assert wednesday and all(_place(e) != "Olkaria Sidai" for e in wednesday)


def test_the_town_a_siege_was_laid_to_is_where_it_was(extract: Any) -> None:
    text = (
        "KISUMU, Kenya — The unrest recalled March 2019, when armed raiders laid siege to Kakamega "
        "for hours after police detained a son of a local chief, a stand-off in which nine people died."
    )
    older = [
        e
        for e in extract(text, published="2025-04-02").events
        if e.date is not None and e.date.iso.startswith("2019")
    ]
    assert older and _place(older[0]) == "Kakamega"


def test_the_town_set_on_fire_is_where_the_raid_was(extract: Any) -> None:
    raid = _attacks_on(
        extract("Rebels set fire to Kakamega on Monday, killing four people.", published="2025-04-02"),
        "2025-03-31",
    )
    assert raid and _place(raid[0]) == "Kakamega"


def test_a_town_a_bus_was_heading_to_is_still_no_place(extract: Any) -> None:
    raid = _attacks_on(
        extract("Gunmen opened fire on a bus heading to Kakamega on Monday.", published="2025-04-02"),
        "2025-03-31",
    )
    assert raid and _place(raid[0]) != "Kakamega"


def test_there_points_back_to_the_town_a_pursuit_headed_towards(extract: Any) -> None:
    text = (
        "Soldiers pursued the attackers towards Balama, and an army officer in Nampula said on "
        "Thursday that four insurgents had been killed in a clash there on Wednesday afternoon."
    )
    clashes = [e for e in extract(text, published="2025-04-04").events if e.type == "military_action"]
    assert clashes and _place(clashes[0]) == "Balama"


def test_members_of_a_cell_are_arrested_where_the_cell_was(extract: Any) -> None:
    text = "Police said on Monday they had arrested three members of a militant cell in Kakamega."
    arrests = [e for e in extract(text, published="2025-04-08").events if e.type == "military_action"]
    assert arrests and _place(arrests[0]) == "Kakamega"


def test_a_town_the_speaker_spoke_in_is_not_the_killings_place(extract: Any) -> None:
    text = "The governor, speaking to reporters in Kisumu on Monday, condemned the killings in Busia."
    killings = [e for e in extract(text, published="2025-04-08").events if e.type == "attack"]
    assert killings and all(_place(e) != "Kisumu" for e in killings)


def test_a_statement_is_made_where_the_speakers_clause_says(extract: Any) -> None:
    text = "The governor, who spoke to reporters in Kisumu on Monday, condemned the killings in Kakamega."
    said = [e for e in extract(text, published="2025-04-08").events if e.type == "statement"]
    assert said and _place(said[0]) == "Kisumu"
