"""Relations read in session 22 (invented wordings, one behaviour per test): a speaker's words
that the evidence "points to" a group, the facilitator of talks between parties (by agent or
"acting as") and joint mediators, the quarter of a place and "the province" a group is active
in or whose refuge a place serves as, a group turning its guns on another, men who move
money to a group, and a state relying on troops from another."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_evidence_that_points_to_a_group_sets_the_speaker_against_it(relations: Any) -> None:
    text = (
        "The Kordofan Liberation Front has attacked police posts for years. "
        "Inspector Amira Haddou said the fragments of the device pointed to the Kordofan Liberation Front."
    )
    assert rel("Amira Haddou", "Kordofan Liberation Front", "hostility") in relations(text)


def test_a_quoted_pointing_clause_counts_too(relations: Any) -> None:
    text = (
        "The Kordofan Liberation Front has attacked police posts for years. "
        '"The wiring and the timer point to the Kordofan Liberation Front," Amira Haddou said.'
    )
    assert rel("Amira Haddou", "Kordofan Liberation Front", "hostility") in relations(text)


def test_pointing_out_a_place_is_no_hostility(relations: Any) -> None:
    text = "Amira Haddou said the tracks pointed to Kadugli."
    assert not any(t == "hostility" for _, t in relations(text))


def test_a_facilitator_acting_as_such_cooperates_with_the_parties(relations: Any) -> None:
    text = (
        "Delegates of the Zambezi Valley Movement and the Caprivi Liberation Army met in Gaborone "
        "on Monday, with Botswana acting as facilitator."
    )
    found = relations(text)
    assert rel("Botswana", "Zambezi Valley Movement", "cooperation") in found
    assert rel("Botswana", "Caprivi Liberation Army", "cooperation") in found


def test_talks_facilitated_by_a_state_tie_it_to_the_sides_between_them(relations: Any) -> None:
    text = (
        "A second round of talks between the Zambezi Valley Movement and the Caprivi Liberation Army, "
        "facilitated by Botswana, ended without a deal."
    )
    found = relations(text)
    assert rel("Botswana", "Zambezi Valley Movement", "cooperation") in found
    assert rel("Botswana", "Caprivi Liberation Army", "cooperation") in found


def test_joint_mediators_cooperate_with_each_other(relations: Any) -> None:
    text = "Talks between the two sides in Lusaka, mediated by Botswana and Malawi, collapsed on Friday."
    assert rel("Botswana", "Malawi", "cooperation") in relations(text)


def test_acting_as_something_other_than_a_go_between_ties_no_one(relations: Any) -> None:
    text = (
        "Delegates of the Zambezi Valley Movement and the Caprivi Liberation Army met in Gaborone "
        "on Monday, with Botswana acting as a witness."
    )
    found = relations(text)
    assert rel("Botswana", "Zambezi Valley Movement", "cooperation") not in found


def test_a_quarter_of_a_place_places_the_group_there(relations: Any) -> None:
    text = "The Lugenda Front, which operates in the north-east of Niassa, denied the claim."
    assert rel("Lugenda Front", "Niassa", "based_in") in relations(text)


def test_the_province_stands_for_the_province_named_last(relations: Any) -> None:
    text = (
        "Clashes spread across Niassa on Monday. The Lugenda Front, an armed group active in the "
        "south of the province, claimed the ambush."
    )
    assert rel("Lugenda Front", "Niassa", "based_in") in relations(text)


def test_a_province_named_with_its_own_words_is_no_anaphor(relations: Any) -> None:
    text = (
        "Clashes spread across Niassa on Monday. The Lugenda Front, an armed group active in the "
        "south of the neighbouring Cabo province, claimed the ambush."
    )
    assert rel("Lugenda Front", "Niassa", "based_in") not in relations(text)


def test_turning_its_guns_on_a_group_is_hostility(relations: Any) -> None:
    text = (
        "The Kivu Patriotic Front has also turned its guns on the Lake Alliance for Change, residents said."
    )
    assert rel("Kivu Patriotic Front", "Lake Alliance for Change", "hostility") in relations(text)


def test_turning_to_a_partner_is_no_hostility(relations: Any) -> None:
    text = "The Kivu Patriotic Front turned to the Lake Alliance for Change for weapons."
    assert rel("Kivu Patriotic Front", "Lake Alliance for Change", "hostility") not in relations(text)


def test_men_accused_of_moving_money_to_a_group_work_with_it(relations: Any) -> None:
    text = (
        "The Shifta Liberation Army attacked a police post on Sunday. The Kenyan Treasury on Monday "
        "listed two men, Otieno Barasa and Juma Mwangi, accusing them of moving money to Shifta "
        "Liberation Army fighters through hawala networks."
    )
    found = relations(text)
    assert rel("Otieno Barasa", "Shifta Liberation Army", "cooperation") in found
    assert rel("Juma Mwangi", "Shifta Liberation Army", "cooperation") in found


def test_whoever_charges_the_money_movers_is_not_one_of_them(relations: Any) -> None:
    text = (
        "The Shifta Liberation Army attacked a police post on Sunday. The Kenyan Treasury designated "
        "three firms, saying they had moved money to the Shifta Liberation Army through agents in Tanzania."
    )
    assert rel("Kenyan Treasury", "Shifta Liberation Army", "cooperation") not in relations(text)


def test_a_place_that_serves_as_a_refuge_for_a_group_is_its_base(relations: Any) -> None:
    text = (
        "The Shifta Liberation Army attacked a police post on Sunday. The Ogaden plateau has long "
        "served as a refuge for Shifta Liberation Army fighters, who raid the border towns."
    )
    assert rel("Shifta Liberation Army", "Ogaden", "based_in") in relations(text)


def test_a_refuge_for_civilians_places_no_group(relations: Any) -> None:
    text = (
        "The Shifta Liberation Army attacked a police post on Sunday. The Ogaden plateau has long "
        "served as a refuge for displaced families."
    )
    assert not any(t == "based_in" for _, t in relations(text))


def test_relying_on_troops_from_a_state_is_cooperation_with_it(relations: Any) -> None:
    text = "Malawi has relied since 2022 on troops from Zambia, who have retaken several border towns."
    assert rel("Malawi", "Zambia", "cooperation") in relations(text)
