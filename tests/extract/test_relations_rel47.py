"""Session 47 relations: record fields, joint statements, troops a coalition groups, fighters kept."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


NOTICE = (
    "NORTHERN PROVINCE POLICE\n"
    "WANTED NOTICE\n"
    "The provincial police offer rewards for the arrest of the following members of the "
    "Northern Liberation Army.\n"
    '1. Tambo Kessi Okello, alias "Rana" — REWARD 50,000\n'
    "Role: Deputy commander of the Hill Brigade of the Northern Liberation Army, and a member "
    "of the Central Zone Committee.\n"
    "Wanted for: the ambush of a police patrol near Gulu in March.\n"
)


def test_a_role_field_affiliates_the_person_of_the_record_heading(relations: Any) -> None:
    found = relations(NOTICE)
    assert rel("Tambo Kessi Okello", "Hill Brigade", "affiliation") in found
    assert rel("Tambo Kessi Okello", "Central Zone Committee", "affiliation") in found
    # the brigade's own parent is the brigade's, not a body the field gives the person
    assert rel("Tambo Kessi Okello", "Northern Liberation Army", "affiliation") not in found


def test_a_role_field_under_a_prose_paragraph_names_no_person(relations: Any) -> None:
    text = (
        "Tambo Kessi Okello, a farmer from a hamlet outside Gulu, told reporters on Monday that the "
        "patrol had passed his fields at dawn and that he had heard shooting soon afterwards from "
        "the direction of the river crossing.\n"
        "Role: Deputy commander of the Hill Brigade, and a member of the Central Zone Committee.\n"
    )
    found = relations(text)
    assert rel("Tambo Kessi Okello", "Hill Brigade", "affiliation") not in found
    assert rel("Tambo Kessi Okello", "Central Zone Committee", "affiliation") not in found


def test_a_field_not_of_a_role_sets_no_affiliation(relations: Any) -> None:
    text = NOTICE.replace("Role:", "Remarks:")
    found = relations(text)
    assert rel("Tambo Kessi Okello", "Hill Brigade", "affiliation") not in found


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


def test_a_group_that_keeps_fighters_in_a_place_is_based_there(relations: Any) -> None:
    found = relations("The Kivu Liberation Front is said still to keep fighters in Walikale.")
    assert rel("Kivu Liberation Front", "Walikale", "based_in") in found


def test_fighters_a_group_lost_in_a_place_do_not_base_it_there(relations: Any) -> None:
    found = relations("The Kivu Liberation Front lost fighters in Walikale.")
    assert rel("Kivu Liberation Front", "Walikale", "based_in") not in found


def _hostile(extraction: Any) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in extraction.relations if r.type == "hostility"}


def test_co_signers_of_a_joint_statement_are_not_each_set_against_its_addressee(extract: Any) -> None:
    text = (
        "VIENTIANE - Lao army jets bombed a market in Phonsavan on Sunday, killing 12 people.\n"
        "The embassies of Peru, Chile, Ghana and Kenya strongly condemn the continuing air strikes "
        "by the Lao People's Army on civilians in Xieng Khouang Province."
    )
    pairs = _hostile(extract(text, published="2025-03-04"))
    signers = ("Peru", "Chile", "Ghana", "Kenya")
    assert not [p for p in pairs if set(p) & set(signers)]


def test_one_state_condemning_a_strike_stays_hostile_to_the_striking_state(extract: Any) -> None:
    text = (
        "ISLAMABAD - Indian jets struck two villages near Kotli on Tuesday, killing three people.\n"
        "Pakistan strongly condemned the strike on Wednesday."
    )
    pairs = _hostile(extract(text, published="2025-03-04"))
    assert {("Pakistan", "India"), ("India", "Pakistan")} & pairs
