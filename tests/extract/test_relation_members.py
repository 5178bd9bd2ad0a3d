"""Membership relations: states in a coalition or mission, persons charged with membership."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_force_made_up_of_troops_from_listed_states(relations: Any) -> None:
    text = (
        "Gunmen overran a camp of the Multinational Joint Task Force, a force made up of "
        "soldiers from Benin, Niger and Chad, late on Sunday."
    )
    found = relations(text)
    for state in ("Benin", "Niger", "Chad"):
        assert rel(state, "Multinational Joint Task Force", "affiliation") in found


def test_mission_which_includes_troops_from_states(relations: Any) -> None:
    text = (
        "The African Union Transition Mission in Somalia (ATMIS), which includes troops from "
        "Uganda, Kenya and Burundi, said four of its soldiers were wounded near Baidoa."
    )
    found = relations(text)
    for state in ("Uganda", "Kenya", "Burundi"):
        assert rel(state, "African Union Transition Mission in Somalia", "affiliation") in found


def test_troops_from_a_state_need_a_coalition_in_the_sentence(relations: Any) -> None:
    text = "Troops from Rwanda retook the port of Mocimboa da Praia in Mozambique in August."
    found = relations(text)
    assert not [r for r in found if r[1] == "affiliation"]


def test_states_listed_under_a_grouping_participle(relations: Any) -> None:
    text = "The Alliance of Sahel States, grouping Niger, Mali and Burkina Faso, named a joint commander."
    found = relations(text)
    for state in ("Niger", "Mali", "Burkina Faso"):
        assert rel(state, "Alliance of Sahel States", "affiliation") in found


def test_states_that_formed_or_are_leaving_a_body(relations: Any) -> None:
    formed = relations("Niger, Mali and Burkina Faso formed the Alliance of Sahel States in 2023.")
    for state in ("Niger", "Mali", "Burkina Faso"):
        assert rel(state, "Alliance of Sahel States", "affiliation") in formed
    leaving = relations("Officials said Cameroon was weighing leaving the Multinational Joint Task Force.")
    assert rel("Cameroon", "Multinational Joint Task Force", "affiliation") in leaving


def test_contributing_troops_ties_states_to_the_force_named_before(relations: Any) -> None:
    text = (
        "Benin said it might quit the Multinational Joint Task Force. The force would lose a key "
        "battalion; Nigeria and Cameroon, which also contribute troops, gave no reply on Friday."
    )
    found = relations(text)
    assert rel("Nigeria", "Multinational Joint Task Force", "affiliation") in found
    assert rel("Cameroon", "Multinational Joint Task Force", "affiliation") in found


def test_membership_charge_ties_the_person_to_the_group(relations: Any) -> None:
    suspicion = relations(
        "Karim Mansour was detained on suspicion of membership of the Islamic State group.",
    )
    assert rel("Karim Mansour", "Islamic State", "affiliation") in suspicion
    charged = relations("Prosecutors charged Omar Belkadi with membership in Hezbollah.")
    assert rel("Omar Belkadi", "Hezbollah", "affiliation") in charged


def test_sending_or_deploying_troops_to_a_mission(relations: Any) -> None:
    sent = relations("Ethiopia sent troops to the African Union Transition Mission in Somalia.")
    assert rel("Ethiopia", "African Union Transition Mission in Somalia", "affiliation") in sent
    home = relations("Nigeria deployed troops to Borno state last year.")
    assert not [r for r in home if r[1] == "affiliation"]


def test_body_whose_members_include_states(relations: Any) -> None:
    text = "ECOWAS, whose members include Ghana, Togo and Senegal, suspended the junta."
    found = relations(text)
    for state in ("Ghana", "Togo", "Senegal"):
        assert rel(state, "ECOWAS", "affiliation") in found


def test_a_state_holding_ground_with_another_states_troops_cooperates_with_it(relations: Any) -> None:
    found = relations("Somalia will secure the capital with soldiers from Ethiopia and Egypt.")
    assert rel("Somalia", "Ethiopia", "cooperation") in found
    assert rel("Somalia", "Egypt", "cooperation") in found
    assert not [r for r in found if r[1] == "affiliation"]


def test_membership_sharing_an_earlier_charge_and_the_first_clause_of_its_person(relations: Any) -> None:
    # "of the Islamic State group" hangs on "arson", and "was held" has no subject of its own
    text = (
        "A 31-year-old Iraqi identified as Omar K. surrendered to police on Friday and was held on "
        "Saturday on suspicion of arson and membership of the Islamic State group."
    )
    assert rel("Omar K.", "Islamic State", "affiliation") in relations(text)


def test_a_group_made_up_of_fighters_from_other_groups_is_affiliated_with_each(relations: Any) -> None:
    text = (
        "Soldiers raided the hideout of the Jenin Brigade, a local armed group made up of fighters "
        "from Palestinian Islamic Jihad, Fatah and other factions."
    )
    found = relations(text)
    assert rel("Jenin Brigade", "Palestinian Islamic Jihad", "affiliation") in found
    assert rel("Jenin Brigade", "Fatah", "affiliation") in found


def test_the_states_a_body_brings_together_with_others_are_all_members(relations: Any) -> None:
    text = (
        "Economic Community of West African States, which brings Ghana together with Togo and "
        "Benin, denounced the raid."
    )
    found = relations(text)
    for state in ("Ghana", "Togo", "Benin"):
        assert rel(state, "Economic Community of West African States", "affiliation") in found


def test_a_state_met_with_after_the_listing_verb_is_no_member(relations: Any) -> None:
    text = "Economic Community of West African States, which groups Ghana and Togo, met with Benin on Friday."
    assert rel("Benin", "Economic Community of West African States", "affiliation") not in relations(text)


def test_troops_a_coalition_groups_from_states_make_them_members(relations: Any) -> None:
    text = (
        "Soldiers backed by the Lake Basin Joint Force (LBJF), which groups troops from Ghana, Togo "
        "and Benin, searched the islands on Monday."
    )
    found = relations(text)
    for state in ("Ghana", "Togo", "Benin"):
        assert rel(state, "Lake Basin Joint Force", "affiliation") in found


def test_troops_sent_from_a_city_without_a_coalition_make_no_member(relations: Any) -> None:
    found = relations("Rwanda sent troops from Kigali to Pemba in July.")
    assert not [r for r in found if r[1] == "affiliation"]
