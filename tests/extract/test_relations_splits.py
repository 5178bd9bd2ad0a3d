"""Breakaway groups, local office holders and based_in lists (invented names, one behaviour each)."""

from __future__ import annotations

from typing import Any

FRONT, ARMY = "Kessa Liberation Front", "Tamale Liberation Army"


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_group_that_split_from_another_is_affiliated_to_it(relations: Any) -> None:
    text = f"The {FRONT}, a movement that split from the {ARMY} in 2018, now raids cattle posts in the north."
    assert rel(FRONT, ARMY, "affiliation") in relations(text)


def test_broke_with_is_no_split(relations: Any) -> None:
    text = f"The {FRONT} broke with the {ARMY} last year over talks with the government."
    assert rel(FRONT, ARMY, "affiliation") not in relations(text)


def test_the_faction_from_which_a_group_broke_away(relations: Any) -> None:
    text = (
        f"Police blamed the Kessa Brigades, the {ARMY} faction from which the "
        f"{FRONT} broke away after 2015, for the raid."
    )
    assert rel(FRONT, ARMY, "affiliation") in relations(text)


def test_a_group_formed_by_former_members_of_another(relations: Any) -> None:
    text = f"The {FRONT} was formed by former members of the {ARMY} after a leadership dispute."
    assert rel(FRONT, ARMY, "affiliation") in relations(text)


def test_split_groups_that_fight_each_other_are_rivals_not_affiliates(relations: Any) -> None:
    text = (
        f"The {FRONT}, the Dunmore Resistance Movement's northern branch, split from the {ARMY} "
        "in 2016, and the two factions have fought each other in the hills ever since."
    )
    found = relations(text)
    assert rel(FRONT, ARMY, "hostility") in found
    assert rel(FRONT, ARMY, "affiliation") not in found
    assert rel("Dunmore Resistance Movement", ARMY, "hostility") not in found


def test_regional_governor_with_the_place_before_the_title(relations: Any) -> None:
    text = "The Tamale regional governor, Mr Moussa Kofi, opened a new clinic in Yendi."
    assert rel("Moussa Kofi", "Tamale", "affiliation") in relations(text)


def test_inspector_general_of_a_province(relations: Any) -> None:
    text = (
        "Gunmen killed six people in Gilgit-Baltistan on Sunday. Gilgit-Baltistan Inspector General "
        "of Police Sohail Abbasi ordered an inquiry into the ambush."
    )
    assert rel("Sohail Abbasi", "Gilgit-Baltistan", "affiliation") in relations(text)


def test_a_rank_after_another_office_is_not_the_place_office(relations: Any) -> None:
    text = (
        "Gunmen killed six people in Bauchi on Sunday. Bauchi regional police chief Inspector General "
        "Ibrahima Sall said the roads to Gombe would stay closed."
    )
    assert rel("Ibrahima Sall", "Bauchi", "affiliation") not in relations(text)


def test_province_government_spokesperson(relations: Any) -> None:
    text = (
        "Gunmen killed six people in Jigawa on Sunday. Jigawa government spokesperson Abubakar Lere "
        "said schools would reopen on Monday."
    )
    found = relations(text)
    assert any(
        "Abubakar Lere" in pair and "Jigawa" in " ".join(pair) and t == "affiliation" for pair, t in found
    )


def test_based_in_reaches_a_conjoined_district(relations: Any) -> None:
    text = "Police say the Kessa Liberation Army operates across Tamale and the wider Yendi district."
    found = relations(text)
    assert rel("Kessa Liberation Army", "Tamale", "based_in") in found
    assert rel("Kessa Liberation Army", "Yendi", "based_in") in found


def test_said_to_be_based_in(relations: Any) -> None:
    text = "The Kessa Liberation Army is thought to operate from camps in Ziguinchor."
    assert rel("Kessa Liberation Army", "Ziguinchor", "based_in") in relations(text)


def test_fellow_members_named_with_a_member_of_an_alliance(relations: Any) -> None:
    text = (
        f"Since 2020 the {ARMY} has been part of the Northern Alliance together with the {FRONT} "
        "and the Yendi People's Army."
    )
    found = relations(text)
    assert rel(FRONT, "Northern Alliance", "affiliation") in found
    assert rel(ARMY, FRONT, "cooperation") in found


def test_a_member_with_ties_to_no_one_names_no_fellow(relations: Any) -> None:
    text = f"The {ARMY} is a member of the Northern Alliance with ties to several smuggling rings."
    found = relations(text)
    assert not any(t == "cooperation" for _, t in found)


def test_the_agent_of_the_last_of_two_participles_backs_the_group(relations: Any) -> None:
    text = f"The {ARMY}, trained and equipped by the United States, now guards the northern border."
    assert rel("United States", ARMY, "cooperation") in relations(text)


def test_a_spokesman_for_a_named_group_is_not_the_home_army_s(relations: Any) -> None:
    text = f"Major Amare Tesfaye, a military spokesman for the {FRONT}, told reporters the road was open."
    assert rel("Amare Tesfaye", FRONT, "affiliation") in relations(text)


def test_the_name_a_role_gives_is_its_holder_not_the_speaker(relations: Any) -> None:
    text = f"One of the men held was a senior {FRONT} commander known as Abu Hafs al-Tamali, Tesfaye said."
    found = relations(text)
    assert rel("Abu Hafs al-Tamali", FRONT, "affiliation") in found
    assert rel("Tesfaye", FRONT, "affiliation") not in found


def test_a_ministry_spokeswoman_serves_the_dateline_state(relations: Any) -> None:
    text = (
        "KITWE, May 3 - Gunmen killed four miners in Zambia's Copperbelt on Friday, police said.\n"
        "Foreign ministry spokeswoman Chanda Mwale condemned the attack and urged calm."
    )
    assert rel("Chanda Mwale", "Zambia", "affiliation") in relations(text)


def test_competing_with_a_group_is_hostility(relations: Any) -> None:
    text = f"The {FRONT} competes with the {ARMY} for control of the gold mines."
    assert rel(FRONT, ARMY, "hostility") in relations(text)


def test_fighting_between_two_groups_read_as_a_gerund(relations: Any) -> None:
    text = f"Fighting between the {FRONT} and the {ARMY} left four villagers dead on Monday."
    assert rel(FRONT, ARMY, "hostility") in relations(text)


def test_locked_in_a_war_with_a_group(relations: Any) -> None:
    text = f"The {FRONT} and the {ARMY} are locked in a war with the Yendi People's Army."
    found = relations(text)
    assert rel(FRONT, "Yendi People's Army", "hostility") in found
    assert rel(ARMY, "Yendi People's Army", "hostility") in found


def test_talks_to_end_a_war_set_no_mediator_against_the_group(relations: Any) -> None:
    text = f"Gunmen struck Yendi in Ghana. Ghana hosted talks to end the war with the {FRONT} last year."
    assert rel("Ghana", FRONT, "hostility") not in relations(text)


def test_ground_used_as_a_base(relations: Any) -> None:
    text = f"The {FRONT} has for years used the forests and hills of Tamale and Kumasi as a base."
    found = relations(text)
    assert rel(FRONT, "Tamale", "based_in") in found
    assert rel(FRONT, "Kumasi", "based_in") in found


def test_the_named_place_a_group_uses_as_its_hub_not_the_region_beside_it(relations: Any) -> None:
    text = (
        "Drones hit a fuel depot in Tamale, the Northern Region capital, which the "
        f"{FRONT} has used as a supply hub for two years."
    )
    found = relations(text)
    assert rel(FRONT, "Tamale", "based_in") in found
    assert rel(FRONT, "Northern Region", "based_in") not in found


def test_using_things_as_weapons_is_no_base(relations: Any) -> None:
    text = f"The {FRONT} used drones as weapons in Tamale."
    assert rel(FRONT, "Tamale", "based_in") not in relations(text)


def test_strongholds_in_the_hills_of_a_place(relations: Any) -> None:
    text = f"The {FRONT} has its main strongholds in the hills of Yendi, police say."
    assert rel(FRONT, "Yendi", "based_in") in relations(text)


def test_a_named_unit_of_a_force(relations: Any) -> None:
    text = "Two soldiers from a Garuda battalion of the Ghana Armed Forces died when their truck hit a mine."
    assert rel("Garuda", "Ghana Armed Forces", "affiliation") in relations(text)


def test_the_host_of_talks_between_two_parties_works_with_both(relations: Any) -> None:
    text = f"Ghana has hosted a peace dialogue between Togo and the {FRONT} since 2019."
    found = relations(text)
    assert rel("Ghana", "Togo", "cooperation") in found
    assert rel("Ghana", FRONT, "cooperation") in found


def test_hosting_a_summit_names_no_partners(relations: Any) -> None:
    text = "Ghana hosted a summit on river pollution with Togo last year."
    assert rel("Ghana", "Togo", "cooperation") not in relations(text)
