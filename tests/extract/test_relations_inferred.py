"""Relations inferred beyond one pattern: hostility implied by events, offices by the dateline."""

from __future__ import annotations

from typing import Any


def pairs(extraction: Any, rtype: str) -> set[frozenset[str]]:
    return {frozenset((r.source, r.target)) for r in extraction.relations if r.type == rtype}


def test_strike_on_a_country_is_hostility(extract: Any) -> None:
    extraction = extract("India struck nine sites in Pakistan on Wednesday.", published="2025-05-07")
    assert frozenset(("India", "Pakistan")) in pairs(extraction, "hostility")


def test_expelling_diplomats_is_hostility(extract: Any) -> None:
    extraction = extract("Mali expelled the ambassador of Algeria on Sunday.", published="2025-04-08")
    assert frozenset(("Mali", "Algeria")) in pairs(extraction, "hostility")


def test_arrests_at_home_are_not_hostility_to_a_neighbour(extract: Any) -> None:
    extraction = extract("Russian police detained 11 people in Bryansk near the border with Belarus.")
    assert frozenset(("Russia", "Belarus")) not in pairs(extraction, "hostility")


def test_unqualified_office_belongs_to_the_dateline_country(extract: Any) -> None:
    text = (
        "MOGADISHU, Aug 3 (Test Wire) - Somalia's government met on Friday. "
        "President Hassan Sheikh Mohamud chaired the meeting with security chiefs."
    )
    extraction = extract(text, published="2024-08-03")
    assert frozenset(("Hassan Sheikh Mohamud", "Somalia")) in pairs(extraction, "affiliation")


def test_no_dateline_no_guess_at_an_officials_country(extract: Any) -> None:
    text = "Somalia's government met on Friday. President Hassan Sheikh Mohamud chaired the meeting."
    extraction = extract(text, published="2024-08-03")
    assert frozenset(("Hassan Sheikh Mohamud", "Somalia")) not in pairs(extraction, "affiliation")


def test_a_foreign_title_keeps_an_official_from_the_dateline_country(extract: Any) -> None:
    text = (
        "NAIROBI, May 2 (Test Wire) - Kenya's cabinet met on Thursday. "
        "Tanzanian President Samia Suluhu Hassan joined the talks by video link."
    )
    extraction = extract(text, published="2024-05-02")
    assert frozenset(("Samia Suluhu Hassan", "Kenya")) not in pairs(extraction, "affiliation")


def test_a_capital_city_acting_stands_for_its_state(extract: Any) -> None:
    text = "Niger suspended relations with Paris on Monday, a week after France criticised the coup."
    extraction = extract(text, published="2023-08-07")
    hostile = pairs(extraction, "hostility")
    assert frozenset(("Niger", "France")) in hostile


def test_accusations_run_from_the_accuser_to_the_accused(extract: Any) -> None:
    text = "Chad's government accused Sudan of arming the rebels on Friday."
    extraction = extract(text, published="2024-03-01")
    found = [(r.source, r.target) for r in extraction.relations if r.type == "hostility"]
    assert ("Chad", "Sudan") in found


def test_strikes_on_a_group_abroad_are_not_hostility_to_the_host_country(extract: Any) -> None:
    text = "Iranian jets struck Jaish al-Adl positions in Pakistan and Iraq on Tuesday, Iran said."
    extraction = extract(text, published="2024-01-17")
    hostile = pairs(extraction, "hostility")
    assert frozenset(("Iran", "Jaish al-Adl")) in hostile
    assert frozenset(("Iran", "Iraq")) not in hostile


def test_a_states_arrest_of_a_person_is_no_hostility(extract: Any) -> None:
    text = "Mexican marines recaptured the drug lord Joaquin Guzman in Sinaloa in 2016, Mexico said."
    extraction = extract(text, published="2016-01-09")
    assert frozenset(("Mexico", "Joaquin Guzman")) not in pairs(extraction, "hostility")


def test_a_headline_place_is_not_the_dateline_country(extract: Any) -> None:
    text = (
        "Train siege toll rises to 12 as army points to Iran\n"
        "ISLAMABAD, 3 May (Test Wire) — Pakistan's army said the raiders came from across the border. "
        "Interior Minister Tariq Mehmood chaired a security meeting."
    )
    extraction = extract(text, published="2024-05-03")
    assert frozenset(("Tariq Mehmood", "Iran")) not in pairs(extraction, "affiliation")
    assert frozenset(("Tariq Mehmood", "Pakistan")) in pairs(extraction, "affiliation")


def test_a_head_of_government_is_not_given_the_dateline_country(extract: Any) -> None:
    text = (
        "DHAKA, 9 June (Test Wire) — Bangladesh's police said the bombers had fled. "
        "Prime Minister Rahim Chowdhury visited the wounded in hospital on Sunday."
    )
    extraction = extract(text, published="2024-06-09")
    assert frozenset(("Rahim Chowdhury", "Bangladesh")) not in pairs(extraction, "affiliation")


def test_a_lower_case_government_title_gives_the_dateline_country(extract: Any) -> None:
    text = (
        "LUSAKA, 3 May (Test Wire) — Zambia's police said gunmen killed four miners near Solwezi on Friday, "
        "and government spokesman Chanda Mwila said troops had been sent to the area."
    )
    extraction = extract(text, published="2024-05-03")
    assert frozenset(("Chanda Mwila", "Zambia")) in pairs(extraction, "affiliation")


def test_unnamed_combatants_struck_are_the_group_the_report_is_about(extract: Any) -> None:
    text = (
        "Fighters of the Movement for the Liberation of Kasai (MLK) overran an army post in Tshikapa "
        "on Monday, killing six soldiers. Residents said the raiders carried away weapons and set fire "
        "to two trucks. The Zambian Air Force said its jets struck the fleeing insurgents near the "
        "border on Tuesday."
    )
    extraction = extract(text, published="2024-05-08")
    assert frozenset(("Zambian Air Force", "Movement for the Liberation of Kasai")) in pairs(
        extraction, "hostility"
    )


def test_fighters_killed_beside_a_groups_camp_are_that_groups(extract: Any) -> None:
    text = (
        "Fighters of the Movement for the Liberation of Kasai (MLK) overran an army post in Tshikapa "
        "on Monday. The MLK has fought the government since 2019, and the MLK says it holds three "
        "districts. On Sunday, the Uganda People's Defence Force (UPDF) said its troops had destroyed "
        "a camp of the Patriotic Front for Ituri (PFI) and killed seven fighters."
    )
    hostile = pairs(extract(text, published="2024-05-08"), "hostility")
    assert frozenset(("Uganda People's Defence Force", "Patriotic Front for Ituri")) in hostile


def test_a_named_army_arresting_a_home_groups_members_is_hostile_to_it(extract: Any) -> None:
    text = (
        "The Nigerian Army said on Sunday that its troops had arrested five suspected Ansaru members "
        "in Kaduna."
    )
    assert frozenset(("Nigerian Army", "Ansaru")) in pairs(extract(text, published="2024-05-06"), "hostility")


def test_a_state_condemning_another_states_strike_is_hostile_to_it(extract: Any) -> None:
    text = (
        "A Rwandan drone struck a truck near the town of Uvira on Thursday, killing three men. "
        "Burundi's foreign ministry on Friday condemned the strike as a violation of its sovereignty."
    )
    extraction = extract(text, published="2024-05-10")
    assert frozenset(("Burundi", "Rwanda")) in pairs(extraction, "hostility")


def test_an_official_condemning_an_attack_is_no_hostile_dyad(extract: Any) -> None:
    text = (
        "Gunmen of the Mulembe Liberation Army killed four farmers near Beni on Sunday. "
        "Governor Amani Kasongo condemned the killings on Monday."
    )
    extraction = extract(text, published="2024-05-08")
    assert not any("Amani Kasongo" in pair for pair in pairs(extraction, "hostility"))


def test_a_group_a_later_mention_names_as_hit_is_hit_by_the_one_raid(extract: Any) -> None:
    text = (
        "Troops of the Kenya Defence Forces raided a camp in the Boni forest on Monday. "
        "In the raid, soldiers killed four members of al-Shabaab, the army said."
    )
    assert frozenset(("Kenya Defence Forces", "al-Shabaab")) in pairs(
        extract(text, published="2024-05-08"), "hostility"
    )


def test_an_arrest_on_suspicion_of_work_for_a_group_is_hostile_to_it(extract: Any) -> None:
    text = (
        "Uzbekistan's State Security Service said on Friday that its officers had detained six men in "
        "Namangan on suspicion of recruiting fighters for the Islamic Movement of Uzbekistan."
    )
    hostile = pairs(extract(text, published="2024-05-11"), "hostility")
    assert frozenset(("State Security Service", "Islamic Movement of Uzbekistan")) in hostile


def test_a_court_remanding_suspected_members_is_not_hostile_to_their_group(extract: Any) -> None:
    text = (
        "A judge at the Supreme Court in Tashkent remanded the six men in custody on Saturday on "
        "suspicion of membership of the Islamic Movement of Uzbekistan."
    )
    assert not pairs(extract(text, published="2024-05-12"), "hostility")


def test_soldiers_killed_by_a_foreign_group_make_their_state_its_target(extract: Any) -> None:
    text = (
        "Four Kenyan army soldiers were killed on Tuesday when al-Shabaab fighters ambushed their "
        "convoy near Bura, in Kenya's Tana River county."
    )
    assert frozenset(("al-Shabaab", "Kenya")) in pairs(extract(text, published="2024-05-08"), "hostility")


def test_expelling_an_envoy_is_hostility_to_his_state_not_to_him(extract: Any) -> None:
    hostile = pairs(
        extract("Kenya expelled Tanzania's high commissioner, Juma Mwinyi Hamisi, on Friday."), "hostility"
    )
    assert frozenset(("Kenya", "Tanzania")) in hostile
    assert frozenset(("Kenya", "Juma Mwinyi Hamisi")) not in hostile


def test_the_country_a_suspect_comes_from_is_no_target_of_his_arrest(extract: Any) -> None:
    text = (
        "Austrian police arrested a 24-year-old man, an Austrian citizen with roots in Albania, "
        "in Graz on Tuesday."
    )
    assert frozenset(("Austria", "Albania")) not in pairs(extract(text, published="2024-05-08"), "hostility")


def test_members_a_told_strike_killed_are_its_targets(extract: Any) -> None:
    text = (
        "Israeli jets struck a car near Tyre on Thursday. "
        "The strike, which Lebanon condemned, killed three members of the Amal Movement."
    )
    assert frozenset(("Israel", "Amal Movement")) in pairs(extract(text, published="2024-05-10"), "hostility")
