"""Who did an attack told without its doer: a later claim naming its place, a blame of "the
incident", the hallmarks of unnamed fighters "from" a group, and raiders tied to a group."""

from __future__ import annotations

from typing import Any


def _attack_actors(extraction: Any) -> dict[str, list[str]]:
    """Actors of each attack, keyed by its place."""
    return {e.place.name: sorted(e.actors) for e in extraction.events if e.type == "attack" and e.place}


def test_claim_naming_a_place_goes_to_the_attack_there_not_the_first(extract: Any) -> None:
    text = (
        "Gunmen abducted a nurse near Orvalde on Monday, officials said. On Tuesday evening, "
        "gunmen shot dead a customs clerk outside his shop in Kestrany, about 30 km from Orvalde. "
        '"He would not pay them," his cousin said. In an audio message posted on Wednesday, the '
        'Silver Lance Movement said its men had "executed a spy" in Kestrany.'
    )
    found = _attack_actors(extract(text, published="2025-06-12"))
    assert found.get("Kestrany") == ["Silver Lance Movement"]
    assert found.get("Orvalde") == []


def test_incident_attributed_to_a_group_is_its_attack(extract: Any) -> None:
    text = (
        "Early on Sunday, a bomb buried beside a culvert blew up beneath a police lorry in Domaso, "
        "wounding five officers. Police first said three had been hurt. Commanders attributed "
        "the incident to the Black Reed Front, which has planted mines along the road."
    )
    found = _attack_actors(extract(text, published="2025-06-12"))
    assert found.get("Domaso") == ["Black Reed Front"]


def test_hallmarks_of_fighters_from_a_group_name_the_group(extract: Any) -> None:
    text = (
        "A border guard was killed when a mine exploded beneath his jeep in Pellora district on "
        "Thursday, police said. Major Idris Quellan said the blast bore the hallmarks of militants "
        "from the Black Reed Front (BRF)."
    )
    found = _attack_actors(extract(text, published="2025-06-12"))
    assert found.get("Pellora") == ["Black Reed Front"]


def test_raiders_said_to_belong_to_a_group_make_it_the_doer(extract: Any) -> None:
    text = (
        "Armed men overran Vessik, a hamlet near Domaso, at dawn on Saturday and killed four "
        "shepherds, an elder said. Villagers said the raiders were members of the Black Reed "
        "Front (BRF)."
    )
    found = _attack_actors(extract(text, published="2025-06-12"))
    assert found.get("Vessik") == ["Black Reed Front"]


def test_victims_whose_truck_struck_a_mine_are_not_its_doers(extract: Any) -> None:
    text = (
        "KORVAL, Kenya, March 3 (Rift Ledger) - Two rangers were killed on Sunday when their "
        "pickup struck a landmine near Olkesi village, wildlife officials said."
    )
    actors = [e.actors for e in extract(text, published="2025-03-03").events if e.type == "attack"]
    assert actors == [[]]


def test_the_vehicle_that_struck_a_bomb_is_not_named_as_its_doer(extract: Any) -> None:
    text = (
        "On Friday, a police Land Cruiser ferrying officers of the Border Response Unit struck a "
        "roadside bomb close to Garsen, a village north of Malindi."
    )
    actors = [e.actors for e in extract(text, published="2025-03-03").events if e.type == "attack"]
    assert actors == [[]]


def test_bloodshed_the_authorities_blamed_on_a_group_is_the_groups(extract: Any) -> None:
    text = (
        "Gunmen killed four miners near Kolwa, in southern Colombia, on Monday, police said.\n\n"
        "In April, a series of grenade and rifle attacks around Tarbo killed at least eleven "
        "people, bloodshed which the authorities likewise blamed on the Red Hand Front."
    )
    extraction = extract(text, published="2025-06-12")
    older = [e.actors for e in extraction.events if e.type == "attack" and e.date and e.date.iso == "2025-04"]
    assert older == [["Red Hand Front"]]


def test_their_vehicle_is_not_read_as_the_group_named_before(extract: Any) -> None:
    text = (
        "Gunmen overran a police post in Kerva late on Monday and shot dead three officers, the police "
        "said. The Black Reed Front took responsibility for the raid in an online post on Tuesday."
        "\n\nOne day before, on Sunday, a corporal died and four privates were hurt after their "
        "jeep ran over a landmine outside Olkesi, an army source said."
    )
    found = _attack_actors(extract(text, published="2025-06-12"))
    assert found.get("Kerva") == ["Black Reed Front"]
    assert found.get("Olkesi") == []
