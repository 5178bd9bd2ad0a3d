"""Relation kinds read in session 30: a local office written without its place serves the one
division of its rank the report names ("the district administrator, A B" in a report on "X
district"); a group's cells, networks or presence somewhere, the ground it dominates and the ground
where it is strongest or rooted are where it is based."""

from __future__ import annotations

from typing import Any

import pytest


def rel(a: str, b: str, rtype: str = "affiliation") -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_bare_governor_serves_the_one_state_the_report_names(relations: Any) -> None:
    text = "Gunmen killed eight herders in Kebbi State on Sunday. Governor Musa Lawal condemned the killings."
    assert rel("Musa Lawal", "Kebbi State") in relations(text)


def test_a_bare_governor_with_two_states_named_is_not_placed(relations: Any) -> None:
    text = (
        "Bandits raided villages in Sokoto State and Kebbi State on Sunday. "
        "Governor Musa Lawal condemned the killings."
    )
    found = relations(text)
    assert rel("Musa Lawal", "Kebbi State") not in found
    assert rel("Musa Lawal", "Sokoto State") not in found


def test_a_district_administrator_serves_the_district_named_as_one(relations: Any) -> None:
    text = (
        "Insurgents burned twenty homes in Mecufi district on Friday. "
        "The district administrator, Teresa Langa, said two people died."
    )
    assert rel("Teresa Langa", "Mecufi") in relations(text)


@pytest.mark.parametrize(
    ("place", "title", "person"),
    [
        ("Sindh province", "Provincial government spokesman", "Karim Soomro"),
        ("Zacatecas state", "State security secretary", "Luis Ortega Mena"),
    ],
)
def test_a_provincial_or_state_office_serves_that_province_or_state(
    relations: Any, place: str, title: str, person: str
) -> None:
    text = f"Rebels ambushed a bus in {place} on Monday. {title} {person} said five passengers were killed."
    assert rel(person, place.rsplit(" ", 1)[0]) in relations(text)


def test_a_district_police_officer_is_not_placed_by_rank(relations: Any) -> None:
    text = (
        "Gunmen fired on a roadside police post in Lakki district. "
        "District police officer Imran Khan Wazir said two constables died."
    )
    assert rel("Imran Khan Wazir", "Lakki") not in relations(text)


def test_a_national_title_is_not_a_local_office(relations: Any) -> None:
    text = (
        "Gunmen killed eight herders in Kebbi State on Sunday. President Bola Tinubu deplored the killings."
    )
    assert rel("Bola Tinubu", "Kebbi State") not in relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say Boko Haram has kept sleeper cells in southern Yobe.",
        "Boko Haram has tried to restore its presence in Yobe.",
        "Small Boko Haram cells remain in the hills of Yobe.",
        "Boko Haram still dominates the rural areas of Yobe.",
        "Police say Boko Haram, which dominates southern Yobe, carried out the raid.",
        "The Lord's Resistance Army is strongest in the forests of Yobe.",
    ],
)
def test_where_a_group_keeps_its_men_or_holds_sway_is_where_it_is_based(relations: Any, text: str) -> None:
    group = "Boko Haram" if "Boko" in text else "Lord's Resistance Army"
    assert rel(group, "Yobe", "based_in") in relations(text)


def test_networks_in_two_places_base_the_group_in_both(relations: Any) -> None:
    found = relations("Boko Haram has rebuilt networks in Yobe and Gombe since 2021.")
    assert rel("Boko Haram", "Yobe", "based_in") in found
    assert rel("Boko Haram", "Gombe", "based_in") in found


def test_an_army_that_dominated_a_battle_is_not_based_there(relations: Any) -> None:
    found = relations("The Nigerian Army dominated the battle near Damaturu in Yobe.")
    assert rel("Nigerian Army", "Yobe", "based_in") not in found
    assert rel("Nigerian Army", "Damaturu", "based_in") not in found


def test_ministers_who_meet_as_counterparts_set_their_states_in_cooperation(relations: Any) -> None:
    text = (
        "Ghana and Ivory Coast share a long border. Ghana's interior minister, Kofi Mensah, "
        "met his Ivorian counterpart, Yao Kouassi, in Accra."
    )
    found = relations(text)
    assert rel("Ghana", "Ivory Coast", "cooperation") in found
    assert rel("Yao Kouassi", "Ivory Coast") in found


def test_a_counterpart_from_a_state_hosted_for_talks(relations: Any) -> None:
    text = (
        "Burkina Faso reopened its embassy. Ghana's interior minister, Kofi Mensah, "
        "hosted his counterpart from Burkina Faso in Tamale for talks on patrols."
    )
    assert rel("Ghana", "Burkina Faso", "cooperation") in relations(text)


def test_counterparts_from_two_listed_states_each_cooperate(relations: Any) -> None:
    text = (
        "Togo and Benin share patrols. Ghana's defence minister, Kofi Mensah, "
        "received his counterparts from Togo and Benin in Ho for talks on the frontier."
    )
    found = relations(text)
    assert rel("Ghana", "Togo", "cooperation") in found
    assert rel("Ghana", "Benin", "cooperation") in found


def test_counterparts_named_by_two_nationality_words_each_cooperate(relations: Any) -> None:
    text = (
        "Mali and Niger left the regional bloc. Senegal's foreign minister, Awa Diop, "
        "met her Malian and Nigerien counterparts in Dakar on Friday."
    )
    found = relations(text)
    assert rel("Senegal", "Mali", "cooperation") in found
    assert rel("Senegal", "Niger", "cooperation") in found


def test_an_official_who_accuses_a_counterpart_does_not_cooperate(relations: Any) -> None:
    text = "Nigeria closed the border. Ghana's foreign minister accused his Nigerian counterpart of lying."
    assert rel("Ghana", "Nigeria", "cooperation") not in relations(text)


def test_ground_a_groups_men_move_between_is_where_it_is_based(relations: Any) -> None:
    found = relations(
        "Boko Haram fighters move between the small islands of Lake Chad and the Mandara Mountains."
    )
    assert rel("Boko Haram", "Lake Chad", "based_in") in found
    assert rel("Boko Haram", "Mandara Mountains", "based_in") in found


def test_troops_moving_through_ground_are_not_based_there(relations: Any) -> None:
    found = relations("The Nigerian Army moved between Maiduguri and Bama on Monday.")
    assert rel("Nigerian Army", "Maiduguri", "based_in") not in found
    assert rel("Nigerian Army", "Bama", "based_in") not in found


def test_islands_in_a_lake_used_as_bases_base_the_group_in_the_lake(relations: Any) -> None:
    found = relations("Boko Haram uses small islands in Lake Chad as bases.")
    assert rel("Boko Haram", "Lake Chad", "based_in") in found


@pytest.mark.parametrize(
    ("text", "group", "rival"),
    [
        (
            "Hezbollah and its old rival, the Amal Movement, have both lost fighters.",
            "Hezbollah",
            "Amal Movement",
        ),
        (
            "Hamas and its old rival, the Palestinian Islamic Jihad, have both lost fighters.",
            "Hamas",
            "Palestinian Islamic Jihad",
        ),
    ],
)
def test_a_group_and_its_rival_named_in_apposition_are_hostile(
    relations: Any, text: str, group: str, rival: str
) -> None:
    # (the parser hangs the apposed rival on the group's name rather than on "rival")
    assert rel(group, rival, "hostility") in relations(text)
