"""A body a role is held in, named by a word of its name; offices of the report's own state."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_the_bodys_spokesman_is_the_body_named_before_with_that_word(relations: Any) -> None:
    text = (
        'The Joint Security Command announced the raid on Monday. "They will find no refuge," the '
        "command's spokesman, Brigadier General Samir Haddad, told a news conference."
    )
    assert rel("Samir Haddad", "Joint Security Command", "affiliation") in relations(text)


def test_a_bare_body_word_before_a_role_is_the_body_named_before(relations: Any) -> None:
    text = (
        "The Defence Ministry condemned the attack. In a statement, ministry spokesman Colonel "
        "Karim Belkacem said the army would pursue the attackers."
    )
    assert rel("Karim Belkacem", "Defence Ministry", "affiliation") in relations(text)


def test_a_role_of_the_division_is_the_division_named_before(relations: Any) -> None:
    text = (
        "Two soldiers of the 3rd Infantry Division were wounded in the clash, said Lieutenant "
        "Colonel Pedro Alonzo, spokesperson of the division."
    )
    assert rel("Pedro Alonzo", "3rd Infantry Division", "affiliation") in relations(text)


def test_a_body_word_no_earlier_name_has_links_nothing(relations: Any) -> None:
    text = (
        "The Defence Ministry condemned the attack. In a statement, division spokesman Colonel "
        "Karim Belkacem said the army would pursue the attackers."
    )
    found = relations(text)
    assert not [
        r for r in found if "Karim Belkacem" in r[0] and r[1] == "affiliation" and "Defence Ministry" in r[0]
    ]


def test_a_subject_named_by_a_body_word_is_no_owner_of_a_later_its(relations: Any) -> None:
    text = (
        "The Interior Ministry said on Monday that police had arrested four men. The ministry blamed "
        "the attack on the Sahara Islamic Front, known by its former name, the Desert Legion."
    )
    found = relations(text)
    assert not [r for r in found if "Interior Ministry" in r[0] and r[1] == "affiliation"]


def test_a_role_set_in_apposition_gives_the_office_of_the_dateline_state(relations: Any) -> None:
    text = (
        "LUSAKA, Zambia (Kafue Post) - Gunmen attacked a border post on Monday. The government "
        "spokesman, Colonel Mwila Banda, said two officers had been wounded. Zambia said it would "
        "reinforce the post."
    )
    assert rel("Mwila Banda", "Zambia", "affiliation") in relations(text)


def test_a_provincial_governor_without_a_place_serves_the_dateline_state(relations: Any) -> None:
    text = (
        "LUSAKA, Zambia (Kafue Post) - Gunmen attacked a border post on Monday. Provincial governor "
        "Mwila Banda visited the wounded. Zambia said it would reinforce the post."
    )
    assert rel("Mwila Banda", "Zambia", "affiliation") in relations(text)


def test_a_district_police_chief_is_not_given_the_dateline_state(relations: Any) -> None:
    text = (
        "LUSAKA, Zambia (Kafue Post) - Gunmen attacked a border post on Monday. District police chief "
        "Mwila Banda said two officers had been wounded. Zambia said it would reinforce the post."
    )
    assert rel("Mwila Banda", "Zambia", "affiliation") not in relations(text)


def test_without_a_dateline_the_country_whose_towns_are_named_is_the_home_state(relations: Any) -> None:
    text = (
        "Gunmen killed six people in Choma and Monze on Monday, and two more near Mazabuka. "
        "Residents of Kalomo fled to Livingstone. Zambia and Botswana agreed on joint patrols, and "
        "Botswana said it would send officers.\n\n"
        "Government spokesman Mwila Banda said the attackers had crossed from the river islands."
    )
    assert rel("Mwila Banda", "Zambia", "affiliation") in relations(text)


def test_a_based_branch_set_after_a_group_is_that_groups_base(relations: Any) -> None:
    text = (
        "Police detained six people suspected of belonging to the Islamic State Sahara Province "
        "(ISSAP), the Libya-based branch of the Islamic State, officials said."
    )
    found = relations(text)
    assert rel("Islamic State Sahara Province", "Libya", "based_in") in found
    assert rel("Islamic State", "Libya", "based_in") not in found


def test_a_named_unit_of_a_group_is_what_its_relative_clause_is_said_of(relations: Any) -> None:
    text = (
        "JNIM's Katiba Serma unit, which operates across the Douentza and Boni areas, has stepped up raids."
    )
    found = relations(text)
    assert rel("Katiba Serma", "Douentza", "based_in") in found
    assert rel("JNIM", "Douentza", "based_in") not in found


def test_a_groups_men_in_a_place_show_where_it_is_based(relations: Any) -> None:
    text = "The suspects were allegedly in contact with Boko Haram operatives in Niger, the court heard."
    assert rel("Boko Haram", "Niger", "based_in") in relations(text)


def test_one_fighter_in_a_place_is_no_base_of_the_group(relations: Any) -> None:
    text = "The suspect was allegedly in contact with a Boko Haram operative in Niger, the court heard."
    assert rel("Boko Haram", "Niger", "based_in") not in relations(text)


def test_the_place_a_group_is_fought_in_is_its_base(relations: Any) -> None:
    text = "The 5th Infantry Division has been fighting the Abu Sayyaf in central Sulu for a decade."
    assert rel("Abu Sayyaf", "Sulu", "based_in") in relations(text)


def test_members_of_an_alliance_named_along_with_a_member_cooperate(relations: Any) -> None:
    text = (
        "The Kachin Liberation Army (KLA), a member of the Three Brothers Alliance along with the "
        "Lowland Liberation Army (LLA) and the Eastern People's Army (EPA), seized the district."
    )
    found = relations(text)
    assert rel("Lowland Liberation Army", "Eastern People's Army", "cooperation") in found
    assert rel("Kachin Liberation Army", "Eastern People's Army", "cooperation") in found
    assert rel("Lowland Liberation Army", "Three Brothers Alliance", "affiliation") in found


def test_letting_a_group_operate_is_cooperation_with_it(relations: Any) -> None:
    text = (
        "The minister accused the Afghan Taliban of letting Lashkar-e-Islam operate from "
        "sanctuaries in Nuristan province."
    )
    assert rel("Afghan Taliban", "Lashkar-e-Islam", "cooperation") in relations(text)


def test_refusing_to_let_a_group_operate_is_no_cooperation(relations: Any) -> None:
    text = "The Afghan Taliban said they would not allow the Jamaat-ul-Ahrar to operate from Afghan soil."
    assert rel("Afghan Taliban", "Jamaat-ul-Ahrar", "cooperation") not in relations(text)


def test_without_a_dateline_the_army_is_the_army_of_the_country_the_report_is_about(relations: Any) -> None:
    text = (
        "Gunmen killed six people in Choma and Monze on Monday, and two more near Mazabuka. "
        "Residents of Kalomo fled to Livingstone, and Zambia closed two border posts.\n\n"
        "The Kafue Guards, civilian auxiliaries who fight alongside the army, lost three men."
    )
    assert rel("Kafue Guards", "Zambia", "cooperation") in relations(text)


def test_a_militia_allied_with_the_states_army_is_its_partner_not_its_part(relations: Any) -> None:
    text = (
        "Mai-Mai Kifuafua militiamen allied with the Armed Forces of the Democratic Republic of the "
        "Congo attacked positions of the M23 rebels on Sunday."
    )
    found = relations(text)
    assert (
        rel("Mai-Mai Kifuafua", "Armed Forces of the Democratic Republic of the Congo", "cooperation")
        in found
    )
    assert (
        rel("Mai-Mai Kifuafua", "Armed Forces of the Democratic Republic of the Congo", "affiliation")
        not in found
    )


def test_a_group_allied_to_another_group_stays_affiliated(relations: Any) -> None:
    text = "Ansar Dine, which is allied to al-Qaeda, claimed the bombing in Tessalit."
    found = relations(text)
    assert rel("Ansar Dine", "al-Qaeda", "affiliation") in found


def test_the_teller_of_a_strike_done_in_coordination_with_a_partner_cooperates_with_it(
    relations: Any,
) -> None:
    text = (
        "US Africa Command said the strike was conducted in coordination with the Federal "
        "Government of Somalia."
    )
    found = relations(text)
    assert rel("US Africa Command", "Federal Government of Somalia", "cooperation") in found


def test_the_teller_of_an_attack_done_in_coordination_with_a_group_is_not_its_partner(relations: Any) -> None:
    text = "The Kenya Defence Forces said the attack was carried out in coordination with al-Shabaab."
    found = relations(text)
    assert rel("Kenya Defence Forces", "al-Shabaab", "cooperation") not in found


def test_the_militarys_own_wing_is_not_tied_to_the_state(relations: Any) -> None:
    text = (
        "KARACHI, Pakistan (Indus Post) - The military's media wing, the Directorate of Army Relations "
        "(DAR), said troops had killed nine militants. Pakistan said the operation would go on."
    )
    found = relations(text)
    assert not [r for r in found if "Pakistan" in r[0] and "Directorate of Army Relations" in r[0]]


def test_a_division_of_the_named_army_stays_its_part(relations: Any) -> None:
    text = (
        "The Fourth Division, a unit of the National Army of Colombia, said its troops had repelled "
        "the attack near Tibú."
    )
    found = relations(text)
    assert rel("Fourth Division", "National Army of Colombia", "affiliation") in found


def test_an_ally_of_a_group_is_its_partner(relations: Any) -> None:
    text = "Police describe Los Halcones as an ally of Los Zorros, and both gangs fight Los Toros."
    found = relations(text)
    assert rel("Los Halcones", "Los Zorros", "cooperation") in found
    assert rel("Los Halcones", "Los Zorros", "affiliation") not in found


def test_sanctions_on_named_persons_are_no_hostile_dyad(relations: Any) -> None:
    text = (
        "Meanwhile, the US Treasury on Monday designated two men, Karim Yusufzai and Nabil Haddad, as "
        "specially designated global terrorists, accusing them of moving money to the group. Last month "
        "the United States imposed sanctions on Janjaweed Brigade commander Idris Salih Karam."
    )
    found = relations(text)
    assert not [r for r in found if r[1] == "hostility" and "Karim Yusufzai" in r[0]]
    assert not [r for r in found if r[1] == "hostility" and "Idris Salih Karam" in r[0]]
    assert rel("Idris Salih Karam", "Janjaweed Brigade", "affiliation") in found


def test_cells_with_no_owner_operating_in_a_place_are_the_one_group_named_before(relations: Any) -> None:
    text = (
        "Ansar al-Sunna lost its last stronghold in 2021. Attacks have fallen sharply, though small "
        "cells still operate in the rugged terrain of Nampula and Niassa."
    )
    found = relations(text)
    assert rel("Ansar al-Sunna", "Niassa", "based_in") in found


def test_cells_with_no_owner_after_two_groups_are_nobodys(relations: Any) -> None:
    text = (
        "Ansar al-Sunna and Boko Haram lost ground in 2021. Attacks have fallen sharply, though small "
        "cells still operate in the rugged terrain of Nampula and Niassa."
    )
    found = relations(text)
    assert not [r for r in found if r[1] == "based_in" and "Niassa" in r[0]]


def test_what_a_spokesman_charges_is_his_bodys_hostility(relations: Any) -> None:
    text = (
        'Turkey struck three villages on Monday. "Every strike is a gift to the jihadists," YPG '
        "spokesman Dilan Xelil wrote on X, accusing Turkey of undermining the fight."
    )
    found = relations(text)
    assert rel("YPG", "Turkey", "hostility") in found
    assert rel("Dilan Xelil", "Turkey", "hostility") not in found


def test_the_body_word_as_a_subject_is_the_body_named_before(relations: Any) -> None:
    text = (
        "Jubaland Command troops raided a village on Monday. The command said the strike was "
        "conducted in coordination with the Federal Government of Somalia."
    )
    found = relations(text)
    assert rel("Jubaland Command", "Federal Government of Somalia", "cooperation") in found


def test_a_groups_former_name_is_no_outlet_of_the_speaker(relations: Any) -> None:
    text = (
        "The Interior Ministry said on Monday that police had arrested four men. The ministry blamed "
        "the attack on the Sahara Islamic Front, known by its former name, the Desert Legion."
    )
    found = relations(text)
    assert not [r for r in found if "Interior Ministry" in r[0] and r[1] == "affiliation"]


def test_a_group_speaking_through_another_groups_agency_is_affiliated_to_it(relations: Any) -> None:
    text = (
        "Ansar al-Sunna claimed the raid on Saturday through the Islamic State's Amaq news agency, "
        "which published photographs of burning trucks."
    )
    assert rel("Ansar al-Sunna", "Islamic State", "affiliation") in relations(text)


def test_a_breakaway_that_has_fought_its_former_comrades_is_hostile_not_affiliated(relations: Any) -> None:
    text = (
        "The Sahel Liberation Front broke away from Ansaroul Islam in 2019 and has since fought its "
        "former allies for control of the border markets."
    )
    found = relations(text)
    assert rel("Sahel Liberation Front", "Ansaroul Islam", "hostility") in found
    assert rel("Sahel Liberation Front", "Ansaroul Islam", "affiliation") not in found


def test_a_rivalry_in_a_second_clause_is_the_first_clauses_subjects(relations: Any) -> None:
    text = (
        "Ansaroul Islam is fighting the junta and is also locked in a bitter rivalry with the "
        "Islamic State Sahel Province."
    )
    found = relations(text)
    assert rel("Ansaroul Islam", "Islamic State Sahel Province", "hostility") in found


def test_fighting_to_topple_a_government_is_hostility_to_its_state(relations: Any) -> None:
    text = "The Lord's Resistance Army has fought for two decades to topple Uganda's government."
    assert rel("Lord's Resistance Army", "Uganda", "hostility") in relations(text)


def test_an_outlet_set_beside_a_group_is_its_outlet(relations: Any) -> None:
    text = "Ansar al-Sunna claimed the ambush in a short message posted on Radio Furqan, its news outlet."
    assert rel("Radio Furqan", "Ansar al-Sunna", "affiliation") in relations(text)


def test_receiving_training_from_a_state_is_cooperation_with_it(relations: Any) -> None:
    text = "Hezbollah, which receives training and funding from Iran, says it has lost 40 fighters."
    assert rel("Hezbollah", "Iran", "cooperation") in relations(text)


def test_turning_to_a_state_for_weapons_is_cooperation_and_a_refusal_is_not(relations: Any) -> None:
    assert rel("Mali", "Russia", "cooperation") in relations(
        "Mali has turned to Russia for weapons and instructors."
    )
    assert rel("Hezbollah", "Iran", "cooperation") not in relations(
        "Hezbollah did not receive any funding from Iran this year."
    )


def test_the_groups_branch_set_off_by_commas_is_not_its_own_branch(relations: Any) -> None:
    text = (
        "Police said the cell had pledged loyalty to the Sorrel Brigades. It took orders from "
        "handlers linked to the Kestrel Front (KF), the group's branch in Zamfara and Kaduna, "
        "through messaging apps."
    )
    found = relations(text)
    assert (frozenset(("Kestrel Front", "Sorrel Brigades")), "affiliation") in found
    assert (frozenset(("Kestrel Front", "Zamfara")), "based_in") in found
