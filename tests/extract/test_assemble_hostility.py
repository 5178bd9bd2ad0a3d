"""Hostility drawn from events (assemble._event_hostility): which actor and target of a
military action make a hostile dyad of their own."""

from __future__ import annotations

from typing import Any

from nexus.extract.assemble import _fighting_dyad
from nexus.extract.entities import EntityCluster


def _cluster(name: str, kind: str, subtype: str | None, country: str | None = None) -> EntityCluster:
    return EntityCluster(type=kind, subtype=subtype, country=country, forms={name.lower(): name})


def test_a_ministry_that_reports_a_raid_is_not_hostile_to_the_raided_group() -> None:
    rebels = _cluster("Northern Hills Front", "ORG", "armed_group")
    desks = ("Interior Ministry", "Attorney General's Office", "Security Council")
    for desk in desks:
        assert not _fighting_dyad(_cluster(desk, "ORG", "government"), rebels)


def test_a_police_force_or_army_that_raids_a_group_is_hostile_to_it() -> None:
    rebels = _cluster("Northern Hills Front", "ORG", "armed_group")
    assert _fighting_dyad(_cluster("Provincial Police", "ORG", "government"), rebels)
    assert _fighting_dyad(_cluster("Valdoran Armed Forces", "ORG", "military", "VD"), rebels)


def test_a_state_as_a_whole_is_not_put_against_a_homeless_group_its_troops_fought() -> None:
    state = _cluster("Valdora", "PLACE", "country", "VD")
    assert not _fighting_dyad(state, _cluster("Northern Hills Front", "ORG", "armed_group"))
    assert not _fighting_dyad(state, _cluster("Red Lantern Gang", "ORG", "other"))


def test_a_state_striking_a_group_of_another_country_is_hostile_to_it() -> None:
    state = _cluster("Valdora", "PLACE", "country", "VD")
    assert _fighting_dyad(state, _cluster("Ostravan Liberation Front", "ORG", "armed_group", "OS"))


def test_a_state_striking_another_state_or_its_forces_is_hostile() -> None:
    state = _cluster("Valdora", "PLACE", "country", "VD")
    assert _fighting_dyad(state, _cluster("Ostrava", "PLACE", "country", "OS"))
    assert _fighting_dyad(state, _cluster("Ostravan Guard Corps", "ORG", "military", "OS"))


def _hostile(extraction: Any) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in extraction.relations if r.type == "hostility"}


def test_a_body_of_no_known_state_condemning_a_strike_is_not_set_against_a_state(extract: Any) -> None:
    text = (
        "KHARTOUM - Sudanese army jets bombed a livestock market in Mellit on Sunday, killing 23 people.\n"
        "The Darfur Human Rights Commission condemned the bombing on Monday."
    )
    pairs = _hostile(extract(text, published="2025-03-04"))
    assert not [p for p in pairs if "Darfur Human Rights Commission" in p]


def test_a_state_condemning_another_states_strike_is_hostile_to_it(extract: Any) -> None:
    text = (
        "ISLAMABAD - Indian jets struck three villages near Muzaffarabad on Tuesday, killing four people.\n"
        "Pakistan condemned the strike as an act of war on Wednesday."
    )
    pairs = _hostile(extract(text, published="2025-03-04"))
    assert {("Pakistan", "India"), ("India", "Pakistan")} & pairs


def test_a_group_abducting_or_killing_a_named_person_makes_no_hostile_dyad(extract: Any) -> None:
    text = "Gunmen of the Harmattan Brigade abducted the mayor of Kelbo, Amadou Tiemoko, on Sunday."
    pairs = _hostile(extract(text, published="2025-03-04"))
    assert not [p for p in pairs if "Amadou Tiemoko" in p]


def test_a_joint_operation_sets_only_its_lead_against_the_group(extract: Any) -> None:
    text = (
        "Troops of the Malawi Defence Force and soldiers of the Zambia Army killed nine fighters "
        "of the Harmattan Brigade near Chipata on Wednesday."
    )
    pairs = _hostile(extract(text, published="2025-03-04"))
    assert ("Malawi Defence Force", "Harmattan Brigade") in pairs
    assert not [p for p in pairs if "Zambia Army" in p]


def test_a_country_a_sanctioned_firm_is_registered_in_is_no_target(extract: Any) -> None:
    text = (
        "On Monday, the European Union imposed sanctions on two Cyprus-registered companies it said "
        "had supplied fuel to the Red Sea Front."
    )
    pairs = _hostile(extract(text, published="2025-03-04"))
    assert not [p for p in pairs if "Cyprus" in p]


def test_a_ban_whose_taker_the_sentence_does_not_name_sets_no_dyad(extract: Any) -> None:
    text = (
        "LUSAKA - Police in Zambia arrested four men on Tuesday. The Ostravan Liberation Front, which "
        "police describe as a local wing of al-Qaeda, was banned by the government in March 2017 after "
        "a string of machete killings."
    )
    pairs = _hostile(extract(text, published="2025-03-04"))
    assert frozenset(("Zambia", "Ostravan Liberation Front")) not in {frozenset(p) for p in pairs}


def test_a_ban_by_a_named_state_sets_it_against_the_group(extract: Any) -> None:
    text = "Zambia banned the Ostravan Liberation Front in March 2017 after a string of killings."
    pairs = _hostile(extract(text, published="2025-03-04"))
    assert frozenset(("Zambia", "Ostravan Liberation Front")) in {frozenset(p) for p in pairs}


def test_troops_entering_a_country_set_their_state_against_no_one(extract: Any) -> None:
    text = (
        "The Lindi Valley Front has raided villages along the Ruvuma ever since "
        "Tanzanian troops crossed into Mozambique in 2021 to fight the insurgents."
    )
    hostile = {frozenset(pair) for pair in _hostile(extract(text))}
    assert frozenset(("Tanzania", "Mozambique")) not in hostile


def test_condemning_an_attack_on_a_force_is_not_hostility_to_it(extract: Any) -> None:
    text = (
        "The Ministry of Home Affairs said on Friday that it condemned the cowardly attack on "
        "the Valdoran Border Guard, and promised that those responsible would be punished."
    )
    hostile = {frozenset(pair) for pair in _hostile(extract(text))}
    assert not any("Valdoran Border Guard" in pair for pair in hostile)


def test_troops_that_entered_a_country_are_not_set_against_it(extract: Any) -> None:
    text = (
        "The Lindi Valley Front has raided villages along the Ruvuma ever since "
        "Tanzanian troops entered Mozambique in 2021."
    )
    hostile = {frozenset(pair) for pair in _hostile(extract(text))}
    assert frozenset(("Tanzania", "Mozambique")) not in hostile
