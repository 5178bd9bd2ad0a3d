"""Relations between actors, read off the dependency parse (one behaviour per test)."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.relations import RelationDraft, extract_relations


def drafts_of(extractor: Any, text: str) -> list[RelationDraft]:
    doc = extractor.nlp(text)
    return extract_relations(doc, doc._.nexus_entities)


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_role_noun_before_a_name_links_person_and_group(relations: Any) -> None:
    text = "Hezbollah spokesman Mohammed Afif told reporters in Beirut that the talks had failed."
    found = relations(text)
    assert rel("Mohammed Afif", "Hezbollah", "affiliation") in found


def test_possessive_envoy_links_person_to_the_possessor_not_the_host(relations: Any) -> None:
    text = "Germany's ambassador to Iraq, Martin Jaeger, met the prime minister on Monday."
    found = relations(text)
    assert rel("Martin Jaeger", "Germany", "affiliation") in found
    assert rel("Martin Jaeger", "Iraq", "affiliation") not in found


def test_including_list_under_a_group_noun(relations: Any) -> None:
    text = "Several Hamas officials, including negotiators Basem Naim and Osama Hamdan, arrived in Cairo."
    found = relations(text)
    assert rel("Basem Naim", "Hamas", "affiliation") in found
    assert rel("Osama Hamdan", "Hamas", "affiliation") in found


def test_demonym_on_the_group_noun_needs_the_country_in_the_document(extractor: Any, relations: Any) -> None:
    named = "India summoned the envoy. Indian officials, including Home Minister Amit Shah, met in Srinagar."
    assert rel("Amit Shah", "India", "affiliation") in relations(named)
    unnamed = "Indian officials, including Home Minister Amit Shah, met in Srinagar."
    assert not [d for d in drafts_of(extractor, unnamed) if d.type == "affiliation"]


def test_apposition_with_a_group_link_noun_gives_affiliation_and_base(relations: Any) -> None:
    text = "Al-Shabaab, al Qaeda's branch in East Africa, said it carried out the raid."
    found = relations(text)
    assert any(t == "affiliation" and "al Qaeda" in " ".join(p) for p, t in found)
    assert any(t == "based_in" and "East Africa" in p for p, t in found)


def test_hyphen_based_gives_based_in_with_the_place(extractor: Any) -> None:
    text = "Police said the Pakistan-based Lashkar-e-Taiba had trained the gunmen."
    found = [d for d in drafts_of(extractor, text) if d.type == "based_in"]
    assert found and found[0].target.name == "Pakistan" and found[0].source.type == "ORG"
    assert found[0].anchor is not None and found[0].anchor.text == "based"


def test_alliance_between_two_actors_is_cooperation(relations: Any) -> None:
    text = "Analysts described a growing alliance between Hezbollah and Hamas after the summit."
    assert rel("Hezbollah", "Hamas", "cooperation") in relations(text)


def test_cutting_ties_is_hostility_not_cooperation(relations: Any) -> None:
    text = "Nicaragua cut diplomatic ties with Israel on Friday."
    found = relations(text)
    assert rel("Nicaragua", "Israel", "hostility") in found
    assert rel("Nicaragua", "Israel", "cooperation") not in found


def test_hostility_verb_between_subject_and_object(extractor: Any) -> None:
    text = "Israel struck Hezbollah positions overnight, the army said."
    found = [d for d in drafts_of(extractor, text) if d.type == "hostility"]
    assert found and {found[0].source.name, found[0].target.name} == {"Israel", "Hezbollah"}
    assert found[0].anchor is not None and found[0].anchor.lemma_ == "strike"


def test_measures_against_a_country_taken_by_the_subject(relations: Any) -> None:
    text = "Turkey announced sweeping measures against Syria after the shelling."
    assert rel("Turkey", "Syria", "hostility") in relations(text)


def test_place_in_a_hostility_sentence_is_not_an_actor(relations: Any) -> None:
    text = "Hezbollah attacked an army post in Kfar Kila with rockets."
    found = relations(text)
    assert not [p for p, t in found if t == "hostility" and "Kfar Kila" in p]


def test_one_relation_per_pair_and_type_in_a_document(extractor: Any) -> None:
    text = (
        "Analysts described an alliance between Hezbollah and Hamas. "
        "The alliance between Hezbollah and Hamas has deepened since 2023."
    )
    found = [d for d in drafts_of(extractor, text) if d.type == "cooperation"]
    assert len(found) == 1
    assert found[0].sent.text.startswith("Analysts")


def test_founded_by_links_the_founder(relations: Any) -> None:
    text = "Hamas, founded by Ahmed Yassin in 1987, has governed Gaza since 2007."
    assert rel("Ahmed Yassin", "Hamas", "affiliation") in relations(text)


def test_the_group_stands_for_the_last_armed_group_subject(extractor: Any) -> None:
    text = (
        "Hezbollah fired rockets on Sunday. "
        "Officials said the group, which operates from southern Lebanon, had fired."
    )
    found = [d for d in drafts_of(extractor, text) if d.type == "based_in"]
    assert [(d.source.name, d.target.name) for d in found] == [("Hezbollah", "Lebanon")]


def test_its_outlet_is_affiliated_with_the_subject(relations: Any) -> None:
    text = "Islamic State said through its Amaq news agency that its fighters had carried out the raid."
    assert rel("Amaq", "Islamic State", "affiliation") in relations(text)


def test_title_with_of_country_after_the_name(relations: Any) -> None:
    text = "Foreign Minister Ayman Safadi of Jordan called the shelling a violation on Tuesday."
    assert rel("Ayman Safadi", "Jordan", "affiliation") in relations(text)


def test_each_leader_belongs_to_the_group_in_their_own_title(relations: Any) -> None:
    text = "Ansar Dine chief Abu Ubaida and Boko Haram commander Abubakar Shekau were listed in the case."
    found = relations(text)
    assert rel("Abu Ubaida", "Ansar Dine", "affiliation") in found
    assert rel("Abubakar Shekau", "Boko Haram", "affiliation") in found
    assert rel("Abubakar Shekau", "Ansar Dine", "affiliation") not in found
    assert rel("Abu Ubaida", "Boko Haram", "affiliation") not in found


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        (
            "Police said Boko Haram spokesman Abu Jihad Musa had been arrested in Maiduguri.",
            "Abu Jihad Musa",
            "Boko Haram",
        ),
        (
            "Hezbollah commander Jihad Ali Nasser was buried on Friday in Tyre.",
            "Jihad Ali Nasser",
            "Hezbollah",
        ),
        (
            "A senior al-Shabaab commander, Abu Jihad Yare, surrendered in Baidoa.",
            "Abu Jihad Yare",
            "al-Shabaab",
        ),
        (
            "Police said the ISWAP commander, Abu Jihad Kaka, was killed near Monguno.",
            "Abu Jihad Kaka",
            "ISWAP",
        ),
    ],
)
def test_a_leader_whose_name_holds_a_group_word_is_still_a_person(
    relations: Any, text: str, person: str, group: str
) -> None:
    assert rel(person, group, "affiliation") in relations(text)


def test_provincial_office_links_the_holder_to_the_province(relations: Any) -> None:
    text = "Sindh Chief Minister Murad Ali Shah visited the wounded; Kano's governor, Abba Yusuf, sent aid."
    found = relations(text)
    assert rel("Murad Ali Shah", "Sindh", "affiliation") in found
    assert rel("Abba Yusuf", "Kano", "affiliation") in found


def test_a_landmark_is_no_office_place(relations: Any) -> None:
    text = "Guards at the Taj Mahal said its director, Rakesh Verma, had closed the gates."
    found = relations(text)
    assert rel("Rakesh Verma", "Taj Mahal", "affiliation") not in found


def test_known_to_be_affiliated_with_links_the_groups(relations: Any) -> None:
    text = "Ansar al-Islam, known to be affiliated with the Islamic State, has claimed the ambush."
    assert rel("Ansar al-Islam", "Islamic State", "affiliation") in relations(text)


def test_a_faction_loyal_to_a_group_or_a_chief(relations: Any) -> None:
    text = "Police blamed Katiba Macina, a unit loyal to al Qaeda, for the raid."
    assert rel("Katiba Macina", "al Qaeda", "affiliation") in relations(text)


def test_pledged_allegiance_to_a_group(relations: Any) -> None:
    text = "Boko Haram, which pledged allegiance to the Islamic State in 2015, attacked the town."
    assert rel("Boko Haram", "Islamic State", "affiliation") in relations(text)


def test_backing_an_including_list_gives_cooperation_and_bases(relations: Any) -> None:
    text = "Russia supports several militias abroad, including Wagner in Libya and the Africa Corps in Mali."
    found = relations(text)
    assert rel("Russia", "Wagner", "cooperation") in found
    assert rel("Wagner", "Libya", "based_in") in found


@pytest.mark.parametrize(
    ("text", "state", "group", "place"),
    [
        (
            "Analysts say Qatar backs armed movements across the Sahel region, including Ansar Dine in Mali "
            "and Boko Haram in Nigeria.",
            "Qatar",
            "Boko Haram",
            "Nigeria",
        ),
        (
            "According to diplomats, Uganda backs rebel groups across the eastern frontier, "
            "including Hamas in Gaza and the Lord's Resistance Army in Sudan.",
            "Uganda",
            "Hamas",
            "Gaza",
        ),
    ],
)
def test_an_including_list_hung_on_a_phrase_after_the_backed_groups(
    relations: Any, text: str, state: str, group: str, place: str
) -> None:
    found = relations(text)
    assert rel(state, group, "cooperation") in found
    assert rel(group, place, "based_in") in found


def test_it_never_stands_for_a_person(relations: Any) -> None:
    text = "Governor Ahmed Musa said the ambush had failed, while President Bola Tinubu condemned it."
    found = relations(text)
    assert rel("Bola Tinubu", "Ahmed Musa", "hostility") not in found


def test_their_alliance_makes_each_state_a_member(relations: Any) -> None:
    text = (
        "Guinea, Chad and Sudan, which spoke on Monday through their Alliance of Sahel States, "
        "rejected the report."
    )
    found = relations(text)
    assert rel("Chad", "Alliance of Sahel States", "affiliation") in found
    assert rel("Sudan", "Alliance of Sahel States", "affiliation") in found


def test_contributing_to_a_mission_is_membership(relations: Any) -> None:
    text = "Burundi, which contributes to the African Union Transition Mission in Somalia, lost two men."
    found = relations(text)
    assert rel("Burundi", "African Union Transition Mission in Somalia", "affiliation") in found


def test_the_groups_wing_belongs_to_the_group_named_before(relations: Any) -> None:
    text = (
        "Hezbollah fired rockets overnight. The Radwan Force, the group's elite unit, "
        "said it had targeted an army post."
    )
    found = relations(text)
    assert rel("Radwan Force", "Hezbollah", "affiliation") in found


def test_a_hyphen_cue_on_a_link_noun_describes_the_apposition(extractor: Any) -> None:
    text = (
        "Al Qaeda lost ground in 2023. Officials said the group's Yemen-based affiliate, "
        "al Qaeda in the Arabian Peninsula, planned the plot."
    )
    based = {(d.source.name, d.target.name) for d in drafts_of(extractor, text) if d.type == "based_in"}
    assert ("al Qaeda in the Arabian Peninsula", "Yemen") in based
    assert ("Al Qaeda", "Yemen") not in based


def test_a_persons_ally_is_cooperation_not_membership(relations: Any) -> None:
    text = "On Friday, Vladimir Putin's close ally Ramzan Kadyrov had urged the envoy to leave."
    found = relations(text)
    assert rel("Vladimir Putin", "Ramzan Kadyrov", "affiliation") not in found
    assert rel("Vladimir Putin", "Ramzan Kadyrov", "cooperation") in found


def test_a_dissident_unit_of_a_group_is_affiliated_to_it(relations: Any) -> None:
    text = "Police blamed the 57th Front, an ELN unit operating near the border, for the ambush."
    assert rel("57th Front", "ELN", "affiliation") in relations(text)


def test_attacks_blamed_on_a_group_have_no_accuser_in_the_sentence_subject(extractor: Any) -> None:
    text = (
        "Niger shut the schools, Education Minister Alio Daouda said on Monday, "
        "after weeks of raids blamed on the Islamic State in the west."
    )
    assert not [d for d in drafts_of(extractor, text) if d.type == "hostility"]


def test_a_nationality_on_fighters_is_not_their_state(relations: Any) -> None:
    text = "Colombia protested. The State Department designated four Colombian gangs as terrorist groups."
    found = relations(text)
    assert not any(t == "hostility" and "Colombia" in p for p, t in found)


def test_shooting_down_a_states_jets_is_hostility(relations: Any) -> None:
    text = "Russia said on Sunday that the Ukrainian Air Force shot down two Russian jets near Kursk."
    found = relations(text)
    assert rel("Ukrainian Air Force", "Russia", "hostility") in found


def test_a_groups_attacks_in_a_country(relations: Any) -> None:
    text = "The court said Hizbul Mujahideen had planned attacks in India with money raised abroad."
    assert rel("Hizbul Mujahideen", "India", "hostility") in relations(text)


def test_their_headquarters_is_each_groups_base(relations: Any) -> None:
    text = "Hamas and Islamic Jihad both have their headquarters in Lebanon, officials said."
    found = relations(text)
    assert rel("Hamas", "Lebanon", "based_in") in found
    assert rel("Islamic Jihad", "Lebanon", "based_in") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Ogaden National Liberation Front, whose headquarters is in Asmara, denied any role.",
        "The Ogaden National Liberation Front, which keeps its headquarters in Asmara, denied any role.",
    ],
)
def test_headquarters_whose_place_hangs_on_the_verb(relations: Any, text: str) -> None:
    assert rel("Ogaden National Liberation Front", "Asmara", "based_in") in relations(text)


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        (
            "Boko Haram fighters have been hiding in the Mandara Mountains since the offensive.",
            "Boko Haram",
            "Mandara Mountains",
        ),
        ("Ansaru is entrenched in the forests of Katsina State, officials said.", "Ansaru", "Katsina State"),
        (
            "The Islamic State Sahel Province, whose fighters roam the Menaka region, claimed the ambush.",
            "Islamic State Sahel Province",
            "Menaka",
        ),
    ],
)
def test_a_group_hiding_entrenched_or_roaming_somewhere_is_based_there(
    relations: Any, text: str, group: str, place: str
) -> None:
    assert rel(group, place, "based_in") in relations(text)


@pytest.mark.parametrize(
    ("text", "lister", "group"),
    [
        (
            "The Arakan Army, which Myanmar's junta classified as a terrorist group, seized the town.",
            "Myanmar",
            "Arakan Army",
        ),
        (
            "Hamas remains designated as a terrorist organisation by the European Union and by Canada.",
            "Canada",
            "Hamas",
        ),
        (
            "Hamas remains designated as a terrorist organisation by the European Union and by Canada.",
            "European Union",
            "Hamas",
        ),
    ],
)
def test_listing_a_group_as_a_terrorist_one_is_hostility(
    relations: Any, text: str, lister: str, group: str
) -> None:
    assert rel(lister, group, "hostility") in relations(text)


def test_listing_a_group_as_anything_else_is_no_hostility(relations: Any) -> None:
    text = (
        "The Arakan Army, which Myanmar's junta classified as an ethnic armed organisation, seized the town."
    )
    assert rel("Myanmar", "Arakan Army", "hostility") not in relations(text)


def test_a_groups_emir_for_a_place_puts_the_group_there(relations: Any) -> None:
    text = "Al-Shabaab said its emir in Gedo, Abdi Nur, had been killed in the strike."
    assert rel("Al-Shabaab", "Gedo", "based_in") in relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "An al-Shabaab field commander in Gedo was killed in the strike.",
        "Al-Shabaab's commander for the Gedo front, Abdi Nur, said the town had fallen.",
    ],
)
def test_a_commander_seen_in_a_place_or_leading_a_front_does_not_base_the_group(
    relations: Any, text: str
) -> None:
    assert rel("Al-Shabaab", "Gedo", "based_in") not in relations(text)


def test_a_commander_blaming_a_group_speaks_for_the_force_not_for_himself(relations: Any) -> None:
    text = (
        "NAIROBI - Kisumu County Police Commander Peter Wafula blamed al-Shabaab for the bombing on Monday."
    )
    assert rel("Peter Wafula", "al-Shabaab", "hostility") not in relations(text)


def test_a_minister_blaming_a_group_is_hostile_to_it(relations: Any) -> None:
    text = "NAIROBI - Interior Minister Grace Wanjiru blamed al-Shabaab for the bombing on Monday."
    assert rel("Grace Wanjiru", "al-Shabaab", "hostility") in relations(text)


def test_sanctions_on_a_states_businessmen_do_not_target_the_state(relations: Any) -> None:
    text = (
        "The US Treasury on Tuesday imposed sanctions on two Turkish businessmen it accused of moving "
        "money for Hamas. Turkey said it would study the decision."
    )
    found = relations(text)
    assert rel("US Treasury", "Turkey", "hostility") not in found
    assert rel("US Treasury", "Hamas", "hostility") in found


def test_sanctions_on_a_state_target_it(relations: Any) -> None:
    text = "Canada imposed sanctions on Serbia over the crackdown."
    assert rel("Canada", "Serbia", "hostility") in relations(text)


def test_a_group_controlling_ground_is_based_there(relations: Any) -> None:
    text = "Boko Haram still controls parts of northern Cameroon despite the offensive."
    assert rel("Boko Haram", "Cameroon", "based_in") in relations(text)


def test_a_groups_positions_in_a_country(relations: Any) -> None:
    text = "Israeli jets struck Hezbollah positions in Syria overnight."
    assert rel("Hezbollah", "Syria", "based_in") in relations(text)


def test_fighters_based_somewhere_are_not_the_reporting_body(relations: Any) -> None:
    text = "A United Nations report said that up to 3,000 al-Shabaab fighters are based in Kenya."
    found = relations(text)
    assert rel("United Nations", "Kenya", "based_in") not in found
    assert rel("al-Shabaab", "Kenya", "based_in") in found


def test_joint_operations_make_their_launchers_partners(relations: Any) -> None:
    text = "Kenya and Ethiopia launched joint operations along the border in March."
    assert rel("Kenya", "Ethiopia", "cooperation") in relations(text)


def test_solidarity_with_hanging_on_the_verb(relations: Any) -> None:
    text = "The minister said that Burkina Faso was acting in full solidarity with Niger."
    assert rel("Burkina Faso", "Niger", "cooperation") in relations(text)


def test_holding_talks_with_a_leader(relations: Any) -> None:
    text = "Narendra Modi was holding talks with Vladimir Putin in Moscow on Monday."
    assert rel("Narendra Modi", "Vladimir Putin", "cooperation") in relations(text)


def test_a_body_headquartered_somewhere_after_a_parenthesis(relations: Any) -> None:
    text = (
        "Niger also quit the Economic Community of West African States (ECOWAS), "
        "a regional body headquartered in Abuja."
    )
    found = relations(text)
    assert rel("Economic Community of West African States", "Abuja", "based_in") in found


def test_an_umbrella_that_includes_a_group(relations: Any) -> None:
    text = "Washington blamed the Axis of Resistance, a coalition of militias that includes Kataib Hezbollah."
    assert rel("Kataib Hezbollah", "Axis of Resistance", "affiliation") in relations(text)


def test_a_branch_known_as_a_name(relations: Any) -> None:
    text = "Analysts said al Qaeda's North African branch, known as AQIM, had recruited in Libya."
    assert rel("AQIM", "al Qaeda", "affiliation") in relations(text)


def test_a_leaders_ruling_party(relations: Any) -> None:
    text = "Protesters burned flags of President William Ruto's ruling United Democratic Alliance on Monday."
    assert rel("William Ruto", "United Democratic Alliance", "affiliation") in relations(text)


def test_a_parenthesised_acronym_names_the_body_not_its_country(extractor: Any) -> None:
    text = (
        "Uganda sent more troops. The move was confirmed by Major Bilal Katamba, spokesman for the "
        "Uganda People's Defence Force (UPDF), on Monday."
    )
    drafts = [d for d in drafts_of(extractor, text) if d.type == "affiliation"]
    assert drafts and all(d.target.type == "ORG" for d in drafts)


def test_groups_a_state_backs_in_places_are_based_there(relations: Any) -> None:
    text = "Iran backs the Hashd militia in Iraq and the Ansar Wadi movement in Yemen, officials said."
    found = relations(text)
    assert rel("Hashd", "Iraq", "based_in") in found
    assert rel("Ansar Wadi", "Yemen", "based_in") in found
    assert rel("Iran", "Hashd", "cooperation") in found


def test_a_direct_object_group_backed_in_a_country_is_based_there(relations: Any) -> None:
    text = "Iran backs Hezbollah in Lebanon and the Popular Mobilization Forces in Iraq."
    found = relations(text)
    assert rel("Hezbollah", "Lebanon", "based_in") in found
    assert rel("Popular Mobilization Forces", "Iraq", "based_in") in found


def test_a_listed_hyphenated_group_in_a_town_is_based_there(relations: Any) -> None:
    text = "Islamabad backs several armed groups, including Harakat-ul-Ansar in Kotli, officials said."
    assert rel("Harakat-ul-Ansar", "Kotli", "based_in") in relations(text)


def test_a_ministry_spokesman_belongs_to_the_ministry(relations: Any) -> None:
    text = "Interior Ministry spokesman Karim Haddad told reporters the bombing was the work of a cell."
    assert rel("Karim Haddad", "Interior Ministry", "affiliation") in relations(text)


def test_a_member_of_a_numbered_unit_of_a_force_belongs_to_the_force(relations: Any) -> None:
    text = (
        "Officials said Constable Mohan Das of the Border Security Force's 78 Battalion was wounded "
        "when the firing began and died before dawn."
    )
    assert rel("Mohan Das", "Border Security Force", "affiliation") in relations(text)


def test_a_group_co_founded_by_a_person_is_a_group_he_belongs_to(extractor: Any) -> None:
    text = "Harakat Nasr, co-founded by Idris Malam, has bases in Kotli, officials said."
    drafts = drafts_of(extractor, text)
    found = {(frozenset((d.source.name, d.target.name)), d.type) for d in drafts}
    assert rel("Idris Malam", "Harakat Nasr", "affiliation") in found
    assert any(d.target.name == "Harakat Nasr" and d.target.type == "ORG" for d in drafts)


def test_the_second_of_two_groups_co_founded_by_a_person(relations: Any) -> None:
    text = (
        "The Ansar Wadi movement, founded by Yusuf Kabiru, and Harakat Nasr, co-founded by Idris Malam, "
        "both have their bases in the hills."
    )
    found = relations(text)
    assert rel("Yusuf Kabiru", "Ansar Wadi", "affiliation") in found
    assert rel("Idris Malam", "Harakat Nasr", "affiliation") in found


def test_its_in_a_clause_coordinated_with_a_statement_is_the_speakers(relations: Any) -> None:
    text = (
        "The National Crisis Council said it was still checking the IS claim, and its spokesman "
        "Ramon Dizon noted that the group tended to claim attacks it had not carried out."
    )
    found = relations(text)
    assert rel("Ramon Dizon", "National Crisis Council", "affiliation") in found
    assert rel("Ramon Dizon", "IS", "affiliation") not in found


def test_a_group_named_after_an_affiliate_noun_belongs_to_the_group_before_it(relations: Any) -> None:
    text = "The Islamic State affiliate Ansar Wadi ambushed an army convoy near Boni on Tuesday."
    assert rel("Ansar Wadi", "Islamic State", "affiliation") in relations(text)


def test_the_groups_wing_is_the_group_named_before_not_the_wing_itself(relations: Any) -> None:
    text = (
        "The Baloch Freedom Front (BFF) has claimed responsibility for Monday's raid on a police post. "
        "In a statement, the Nightfall Squad, the group's suicide wing, said its fighters had carried "
        "out the assault."
    )
    found = relations(text)
    assert rel("Nightfall Squad", "Baloch Freedom Front", "affiliation") in found


def test_the_groups_wing_may_belong_to_a_party_that_claimed_an_attack(relations: Any) -> None:
    text = (
        "The Kurdistan Freedom Party (KFP) has claimed responsibility for Sunday's bombing in Van. "
        "In a statement, the Iron Guard Centre (IGC), the group's armed wing, stated that a squad "
        "from its Eagle Battalion had staged the attack."
    )
    found = relations(text)
    assert rel("Iron Guard Centre", "Kurdistan Freedom Party", "affiliation") in found
    assert rel("Eagle Battalion", "Iron Guard Centre", "affiliation") in found


def test_umbrella_backed_by_a_state_gives_typed_links_and_no_place(extract: Any) -> None:
    text = (
        "The Southern Resistance Front, an alliance of militias backed by Iran that includes the "
        "Martyrs Legion, claimed the strike on an army post on Monday."
    )
    found = extract(text, published="2024-09-03")
    pairs = {(frozenset((r.source, r.target)), r.type) for r in found.relations}
    assert rel("Martyrs Legion", "Southern Resistance Front", "affiliation") in pairs
    assert rel("Iran", "Southern Resistance Front", "cooperation") in pairs
    assert all(e.place is None or e.place.name != "Iran" for e in found.events)


def test_a_group_which_is_backed_by_a_state_cooperates_with_it(relations: Any) -> None:
    text = "The Badr Organisation, which is funded by Iran, denied any role in the raid."
    assert rel("Iran", "Badr Organisation", "cooperation") in relations(text)


def test_known_to_be_aligned_with_links_the_subject_of_known(relations: Any) -> None:
    text = "The Muslim Brotherhood is known to be aligned with Hamas, officials said."
    assert rel("Muslim Brotherhood", "Hamas", "affiliation") in relations(text)


def test_an_alliance_that_includes_groups_takes_them_in(relations: Any) -> None:
    text = "JNIM, an alliance of jihadist groups that includes Ansar Dine and Katiba Macina, claimed it."
    found = relations(text)
    assert rel("Ansar Dine", "JNIM", "affiliation") in found
    assert rel("Katiba Macina", "JNIM", "affiliation") in found


def test_a_comma_apposition_parsed_as_a_subject_still_describes_the_group_before_it(relations: Any) -> None:
    text = (
        "Officials say they killed 40 militants after fighters of Katiba Serma (KS), al Qaeda's branch "
        "in Mali, stormed army posts in three towns on Sunday."
    )
    found = relations(text)
    assert rel("Katiba Serma", "al Qaeda", "affiliation") in found
    assert rel("Katiba Serma", "Mali", "based_in") in found


def test_a_hyphen_cue_before_a_noun_and_a_name_ties_the_name(relations: Any) -> None:
    found = relations(
        "Gunmen from the Iran-backed faction Kataib Sayyid al-Shuhada fired rockets at a base near Erbil.",
    )
    assert rel("Iran", "Kataib Sayyid al-Shuhada", "cooperation") in found
    text = "Militants of the Islamic State-affiliated group ISWAP overran a camp in Marte."
    found = relations(text)
    assert rel("ISWAP", "Islamic State", "affiliation") in found


def test_operating_from_bases_across_a_border_is_based_in_the_countries_named(extractor: Any) -> None:
    text = "The Ansarul Front, a jihadist outfit, operates from bases across the border in Mali and Guinea."
    based = {d.target.name for d in drafts_of(extractor, text) if d.type == "based_in"}
    assert {"Mali", "Guinea"} <= based


def test_attacking_a_base_in_a_place_is_not_being_based_there(extractor: Any) -> None:
    text = "Boko Haram fighters attacked a military base in Dikwa on Sunday, killing six soldiers."
    assert not [d for d in drafts_of(extractor, text) if d.type == "based_in"]


def test_a_second_name_after_a_plural_title_shares_it(relations: Any) -> None:
    text = "Police identified the bombers as PKK members Hasan Yildiz and Mehmet Korkmaz, both killed there."
    found = relations(text)
    assert rel("Hasan Yildiz", "PKK", "affiliation") in found
    assert rel("Mehmet Korkmaz", "PKK", "affiliation") in found


def test_a_named_front_of_a_group_is_part_of_it(relations: Any) -> None:
    text = "Officials blamed the Carlos Patiño Front of the Estado Mayor Central for the ambush."
    assert rel("Carlos Patiño Front", "Estado Mayor Central", "affiliation") in relations(text)


def test_units_listed_after_its_all_belong_to_the_group(relations: Any) -> None:
    text = "The Baloch Republican Army said its Shahbaz Brigade and Zarrar Squad had carried out the raid."
    found = relations(text)
    assert rel("Shahbaz Brigade", "Baloch Republican Army", "affiliation") in found
    assert rel("Zarrar Squad", "Baloch Republican Army", "affiliation") in found


# ---------------------------------------------------------------- case kinds, in other words


def _pairs(extraction: Any) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((r.source, r.target)), r.type) for r in extraction.relations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regional Governor Ali Hassan said the convoy was ambushed, while Defence Minister Oumar Sangare "
            "of Mali blamed jihadists.\n\nThe Katiba Macina, known to be aligned with JNIM, has attacked "
            "several convoys in Mopti.\n\nIran funds several armed movements, including Hamas in Gaza and "
            "Hezbollah in Lebanon.",
            [
                rel("Oumar Sangare", "Mali", "affiliation"),
                rel("Katiba Macina", "JNIM", "affiliation"),
                rel("Iran", "Hamas", "cooperation"),
                rel("Iran", "Hezbollah", "cooperation"),
                rel("Hamas", "Gaza", "based_in"),
                rel("Hezbollah", "Lebanon", "based_in"),
            ],
        ),
        (
            "Provincial Police Chief Juma Otieno said the blast killed two guards, while President Evariste "
            "Ndayizeye of Burundi condemned it.\n\nThe Red Tabara, said to be allied with the "
            "M23, has claimed "
            "attacks near Uvira.\n\nRwanda backs several rebel groups, including the M23 in Congo "
            "and the FLN "
            "in Burundi.",
            [
                rel("Evariste Ndayizeye", "Burundi", "affiliation"),
                rel("Red Tabara", "M23", "cooperation"),  # allied with: partners (an alliance)
                rel("Rwanda", "M23", "cooperation"),
                rel("Rwanda", "FLN", "cooperation"),
                rel("M23", "Congo", "based_in"),
                rel("FLN", "Burundi", "based_in"),
            ],
        ),
        (
            "Garissa County Commissioner Mohamed Noor said the attack was foiled, while Foreign "
            "Minister Amina "
            "Warsame of Djibouti denounced it.\n\nHarakat al-Nasr, believed to be linked to the "
            "Islamic State, "
            "has claimed two ambushes near Bosaso.",
            [
                rel("Amina Warsame", "Djibouti", "affiliation"),
                rel("Harakat al-Nasr", "Islamic State", "affiliation"),
            ],
        ),
    ],
)
def test_titles_with_a_country_ties_and_backers_with_their_places(
    extract: Any, text: str, expected: list[tuple[frozenset[str], str]]
) -> None:
    found = _pairs(extract(text, published="2025-03-10"))
    for want in expected:
        assert want in found
    assert rel("Hamas", "Lebanon", "based_in") not in found


@pytest.mark.parametrize(
    ("text", "leaders", "nickname"),
    [
        (
            "Lashkar-e-Jhangvi chief Qari Zafar Haider and Jaish al-Adl commander Mullah Omar "
            "Baluch were named "
            "in the indictment.\n\nPolice said troops had cleared the Kalam valley, known to "
            "visitors as 'little "
            "Switzerland', after a gunfight on Friday that killed two militants.",
            [("Qari Zafar Haider", "Lashkar-e-Jhangvi"), ("Omar Baluch", "Jaish al-Adl")],
            "Switzerland",
        ),
        (
            "Ansaru leader Abu Bara al-Hausawi and Boko Haram commander Bakura Doro were named in the charge "
            "sheet.\n\nThe army said its soldiers had retaken the Mandara hills, known locally as 'the new "
            "Afghanistan', killing six insurgents on Monday.",
            [("Abu Bara al-Hausawi", "Ansaru"), ("Bakura Doro", "Boko Haram")],
            "Afghanistan",
        ),
        (
            "Al-Shabaab spokesman Ali Dhere and ISIS-Somalia chief Abdulqadir Mumin were named in "
            "the sanctions "
            "list.\n\nTroops secured the Cal Miskaad range, dubbed 'little Tora Bora' by "
            "officers, after strikes "
            "on Sunday killed eight fighters.",
            [("Ali Dhere", "Al-Shabaab"), ("Abdulqadir Mumin", "ISIS-Somalia")],
            "Tora Bora",
        ),
    ],
)
def test_leaders_take_the_group_named_before_their_title_and_nicknames_are_no_places(
    extract: Any, text: str, leaders: list[tuple[str, str]], nickname: str
) -> None:
    extraction = extract(text, published="2025-03-10")
    found = _pairs(extraction)
    for person, group in leaders:
        assert rel(person, group, "affiliation") in found
    assert nickname not in {e.name for e in extraction.entities if e.type == "PLACE"}


def test_which_after_a_groups_description_is_the_group_described(relations: Any) -> None:
    text = (
        "No one has claimed the raid, but officials blamed Ansarul Islam (AI), the local branch of al Qaeda, "
        "which operates from camps across the border in Mali."
    )
    found = relations(text)
    assert rel("Ansarul Islam", "al Qaeda", "affiliation") in found
    assert rel("Ansarul Islam", "Mali", "based_in") in found
    assert rel("al Qaeda", "Mali", "based_in") not in found


def test_a_named_unit_possessed_by_a_group_belongs_to_it(relations: Any) -> None:
    text = "The strike killed a commander of Hamas's Nukhba Force near Rafah, the military said."
    assert rel("Nukhba Force", "Hamas", "affiliation") in relations(text)


def test_a_government_body_possessed_by_its_rulers_is_not_annotated(extractor: Any) -> None:
    text = "The Houthis' Ministry of Interior said the dead were fishermen from Hodeidah."
    assert not [d for d in drafts_of(extractor, text) if d.type == "affiliation"]


def test_an_offshoot_led_by_someone_known_as_a_nickname_is_led_by_that_person(relations: Any) -> None:
    text = (
        "Army officers said the raiders belonged to the Popular Revolutionary Army of Ecuador (ERPE), an "
        "offshoot of the Shining Path led by a commander known as Comrade Marcos."
    )
    found = relations(text)
    assert rel("Popular Revolutionary Army of Ecuador", "Shining Path", "affiliation") in found
    assert rel("Comrade Marcos", "Popular Revolutionary Army of Ecuador", "affiliation") in found
    assert rel("Comrade Marcos", "Shining Path", "affiliation") not in found


def test_a_name_after_the_comma_closing_a_role_is_its_holder_whatever_the_parse(relations: Any) -> None:
    text = (
        "The deal coincided with a trip to Ankara by Peru's foreign minister, Rosa Elena Quispe, who had "
        "flown in with other envoys."
    )
    assert rel("Rosa Elena Quispe", "Peru", "affiliation") in relations(text)


def test_an_envoy_to_another_country_named_after_a_comma_serves_the_possessor(relations: Any) -> None:
    text = (
        "The raid recalled an older massacre, a comparison drawn by Chile’s envoy to Peru, Tomas Ibarra, "
        "who urged calm."
    )
    found = relations(text)
    assert rel("Tomas Ibarra", "Chile", "affiliation") in found
    assert rel("Tomas Ibarra", "Peru", "affiliation") not in found


def test_the_head_of_a_named_district_is_affiliated_to_the_district(relations: Any) -> None:
    text = "Cousins of Ruslan Khadzhiev, head of the Kizlyarsky district, were among the attackers."
    assert rel("Ruslan Khadzhiev", "Kizlyarsky", "affiliation") in relations(text)


def test_an_assault_on_a_bodys_base_claimed_by_a_group_is_hostility(relations: Any) -> None:
    text = "Last week, ISWAP claimed responsibility for a dawn raid on a United Nations camp near Dikwa."
    assert rel("ISWAP", "United Nations", "affiliation") not in relations(text)
    assert rel("ISWAP", "United Nations", "hostility") in relations(text)


def test_a_strike_aimed_at_a_groups_hideouts_is_hostility_to_the_group(relations: Any) -> None:
    text = "A Chadian Air Force strike aimed at Boko Haram camps near Kaiga hit a fishing village on Monday."
    assert rel("Chadian Air Force", "Boko Haram", "hostility") in relations(text)


def test_demanding_that_a_group_be_banned_is_hostility_to_it(relations: Any) -> None:
    text = (
        "The Naga Students' Federation demanded that the Zeliangrong United Front be designated terrorists."
    )
    assert rel("Naga Students' Federation", "Zeliangrong United Front", "hostility") in relations(text)


def test_linking_a_deed_to_a_group_ties_the_speaker_to_nothing(extractor: Any) -> None:
    text = "Ortega first linked the bombing to the seizure of Tren de Aragua cocaine, then blamed the ELN."
    assert not [d for d in drafts_of(extractor, text) if d.type == "affiliation"]


def test_a_person_named_after_among_them_is_one_of_the_members_before(relations: Any) -> None:
    text = (
        "The Aleppo raid, which Damascus blamed on Ankara, killed five members of the Syrian "
        "Republican Guard, among them Brigadier General Samir Haddad Khoury."
    )
    found = relations(text)
    assert rel("Samir Haddad Khoury", "Syrian Republican Guard", "affiliation") in found


def test_their_opening_a_sentence_is_the_group_the_sentence_before_was_about(relations: Any) -> None:
    text = (
        "The Ansar Brigade, a clan militia, has pushed the rebels out of six villages since 2022. "
        "Their commander, Colonel Hamza Idris, said his men would press on."
    )
    assert rel("Hamza Idris", "Ansar Brigade", "affiliation") in relations(text)


def test_a_body_whose_name_says_where_it_works_is_not_based_there_by_its_name_alone(extractor: Any) -> None:
    # (measured on the annotated pages: "X Mission in Y" is seldom annotated as based in Y)
    text = (
        "Ireland, which sent troops into Lebanon in 1978, contributes to the United Nations Interim "
        "Force in Lebanon, officials said."
    )
    based = {(d.source.name, d.target.name) for d in drafts_of(extractor, text) if d.type == "based_in"}
    assert ("United Nations Interim Force in Lebanon", "Lebanon") not in based


def test_a_platform_a_group_posts_on_is_not_its_outlet(extractor: Any) -> None:
    text = "The BRN claimed the bombing on its Telegram channel, saying six soldiers had been killed."
    assert not [d for d in drafts_of(extractor, text) if d.type == "affiliation"]


def test_group_storming_an_army_post_is_hostile_to_the_state_of_the_place(relations: Any) -> None:
    text = "Nigeria mourned. ISWAP fighters stormed an army post near Monguno, killing six soldiers."
    found = relations(text)
    assert rel("ISWAP", "Nigeria", "hostility") in found


def test_group_attacking_the_capital_is_hostile_to_the_sentence_country(relations: Any) -> None:
    text = "Al-Shabaab still holds villages across southern Somalia and often attacks the capital."
    found = relations(text)
    assert rel("Al-Shabaab", "Somalia", "hostility") in found


def test_state_force_noun_with_an_owner_is_not_read_off_the_place(relations: Any) -> None:
    text = "Al-Shabaab fighters attacked an African Union base near Baidoa in Somalia on Friday."
    found = relations(text)
    assert rel("Al-Shabaab", "Somalia", "hostility") not in found


def test_strikes_on_camps_run_by_a_group_are_hostile_to_it(relations: Any) -> None:
    text = "Turkey carried out strikes on camps run by the PKK in northern Iraq on Thursday."
    found = relations(text)
    assert rel("Turkey", "PKK", "hostility") in found


def test_vowing_to_crush_a_group_is_hostility(relations: Any) -> None:
    text = "Niger's junta has vowed to crush JNIM after the raid on Tera."
    found = relations(text)
    assert rel("Niger", "JNIM", "hostility") in found


def test_place_described_as_a_group_stronghold_is_its_base(relations: Any) -> None:
    apposed = relations("Soldiers entered the Sambisa forest, a Boko Haram stronghold, on Sunday.")
    assert rel("Boko Haram", "Sambisa", "based_in") in apposed
    regarded = relations("Troops took Jilib, long regarded as an al-Shabaab stronghold, at dawn.")
    assert rel("al-Shabaab", "Jilib", "based_in") in regarded


def test_a_struck_base_of_a_mission_or_army_is_no_based_in(relations: Any) -> None:
    mission = relations("The militants claimed an assault on an African Union base at Baidoa.")
    assert not [r for r in mission if r[1] == "based_in" and "African Union" in r[0]]
    army = relations("The Nigerian Air Force training base in Kaduna held a parade on Monday.")
    assert not [r for r in army if r[1] == "based_in"]


def test_chief_of_staff_title_with_a_country_possessive(relations: Any) -> None:
    text = "Ghana's Chief of Defence Staff, General Kwame Boateng, said the border posts were reinforced."
    found = relations(text)
    assert rel("Kwame Boateng", "Ghana", "affiliation") in found


def test_backing_list_read_to_its_end_when_the_parser_splits_it(relations: Any) -> None:
    text = "Uganda backs several armed groups nearby, including M23 in Congo and RED-Tabara in Burundi."
    found = relations(text)
    assert rel("Uganda", "M23", "cooperation") in found
    assert rel("M23", "Congo", "based_in") in found
    assert rel("RED-Tabara", "Burundi", "based_in") in found


def test_the_group_is_the_one_named_last_not_an_older_subject(extractor: Any) -> None:
    text = (
        "Jamaat-ul-Ahrar said its fighters had carried out the raid. "
        "In Muzaffarabad, a cleric who founded Harkat-ul-Mujahideen in 1985 died on Sunday. "
        "The group, later led by Fazal Karim Durrani, was banned in 2001."
    )
    drafts = drafts_of(extractor, text)
    names = [(d.source.name, d.target.name) for d in drafts if d.type == "affiliation"]
    led = [pair for pair in names if "Fazal Karim Durrani" in pair]
    assert led and all("Ahrar" not in " ".join(pair) for pair in led)


def test_operations_against_it_with_against_on_the_verb(relations: Any) -> None:
    text = (
        "The LRA, which began as a rebellion in northern Uganda, is based in the Central African Republic, "
        "where Chad and Sudan launched joint operations against it in 2019."
    )
    found = relations(text)
    assert rel("Chad", "LRA", "hostility") in found
    assert rel("Sudan", "LRA", "hostility") in found


def test_object_pronoun_never_stands_for_its_own_verbs_doer(extractor: Any) -> None:
    text = "Boko Haram has fought Niger for a decade, and Niger's army opened a new offensive against it."
    drafts = drafts_of(extractor, text)
    assert not [d for d in drafts if d.type == "hostility" and d.source is d.target]
    hostile = {frozenset((d.source.name, d.target.name)) for d in drafts if d.type == "hostility"}
    assert hostile == {frozenset(("Boko Haram", "Niger"))}


def test_the_countrys_minister_is_the_country_named_before(relations: Any) -> None:
    text = (
        "Gunmen killed nine herders in western Niger on Sunday. "
        "The country's interior minister, Mohamed Toumba, said the attackers had fled."
    )
    assert rel("Mohamed Toumba", "Niger", "affiliation") in relations(text)


def test_its_foreign_minister_opening_a_sentence_is_the_state_before(relations: Any) -> None:
    text = "Bangladesh called the raid a violation. Its foreign minister, Hasan Mahmud, summoned the envoy."
    assert rel("Hasan Mahmud", "Bangladesh", "affiliation") in relations(text)


def test_a_civilian_target_near_a_place_is_no_hostility_to_its_state(relations: Any) -> None:
    camp = relations("Mali mourned. JNIM fighters stormed a displacement camp near Gao.")
    assert rel("JNIM", "Mali", "hostility") not in camp
    trucks = relations("JNIM fighters ambushed a convoy of trucks near Gao, Mali.")
    assert rel("JNIM", "Mali", "hostility") not in trucks
    army = relations("JNIM fighters ambushed an army convoy near Gao, Mali.")
    assert rel("JNIM", "Mali", "hostility") in army


def test_unqualified_office_in_a_report_about_one_country_without_dateline(relations: Any) -> None:
    text = (
        "Ghana tightens northern border after raids\n\n"
        "Ghana has closed three crossings in its Upper East region after gunmen attacked two villages, "
        "the government said on Monday. Ghana's army has sent reinforcements to the area.\n\n"
        "Interior Minister Kofi Adjeipong said the crossings would stay shut for a month."
    )
    found = relations(text)
    assert rel("Kofi Adjeipong", "Ghana", "affiliation") in found


def test_unqualified_office_with_two_countries_in_balance_stays_unlinked(relations: Any) -> None:
    text = (
        "Ghana and Togo agree joint patrols\n\n"
        "Ghana and Togo will run joint patrols along their border, officials said. Togo said Ghana would "
        "host the first meeting.\n\nInterior Minister Kofi Adjeipong said the patrols would start in May."
    )
    found = relations(text)
    assert not [r for r in found if r[1] == "affiliation" and "Kofi Adjeipong" in r[0]]


def test_a_countrys_company_or_force_without_state_subtype_is_affiliated(relations: Any) -> None:
    text = "The ambush killed two guards of Serbia's Vostok Security Group near Kidal, Mali."
    found = relations(text)
    assert rel("Vostok Security Group", "Serbia", "affiliation") in found
    assert rel("Vostok Security Group", "Serbia", "based_in") not in found


def test_strikes_on_hideouts_with_on_hung_on_the_verb(relations: Any) -> None:
    text = "The Nigerian Air Force carried out airstrikes on Boko Haram hideouts near Bama."
    found = relations(text)
    assert rel("Nigerian Air Force", "Boko Haram", "hostility") in found


def test_bombing_suspected_hideouts_is_hostility_to_their_group(relations: Any) -> None:
    text = "Pakistani jets bombed suspected TTP hideouts in the Khost area. Pakistan said so."
    found = relations(text)
    assert rel("Pakistan", "TTP", "hostility") in found


def test_the_designation_of_a_group_is_hostility_of_its_author(relations: Any) -> None:
    text = "The Home Office extended the existing designation of Ansar al-Islam on Monday."
    found = relations(text)
    assert rel("Home Office", "Ansar al-Islam", "hostility") in found


def test_a_member_noun_under_identified_as_takes_the_name_it_is_known_as(relations: Any) -> None:
    # the object of "identified" is a relative pronoun for an unnamed gunman: the name is Tomas
    text = (
        "Villagers seized a gunman, whom Governor Ruiz identified as an ELN member known as Tomas, "
        "near the school."
    )
    assert rel("Tomas", "ELN", "affiliation") in relations(text)


def test_him_in_an_accusation_of_leading_a_group_is_the_person_named_before(relations: Any) -> None:
    text = (
        "Kenya banned Ahmed Warsame in 2021, accusing him of leading the Jaysh al-Tawhid militia, "
        "a charge his family rejects."
    )
    assert rel("Ahmed Warsame", "Jaysh al-Tawhid", "affiliation") in relations(text)


def test_a_group_phrase_as_possessor_owns_the_outlet_it_possesses(relations: Any) -> None:
    text = "On Monday the Islamic State group's Amaq news agency claimed the ambush."
    assert rel("Amaq", "Islamic State", "affiliation") in relations(text)


def _relations_in_parse(
    extractor: Any,
    rows: list[tuple[str, int, str, str, str, str]],
    entities: list[tuple[str, str | None, int, int]],
) -> set[tuple[frozenset[str], str]]:
    """Relations found in a hand-built parse (a misparse the model gives some sentences):
    ``rows`` are (word, head, dep, pos, tag, lemma); ``entities`` (type, subtype, first, last token)."""
    from spacy.tokens import Doc

    from nexus.extract.entities import EntityCluster, Mention

    doc = Doc(
        extractor.nlp.vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )
    clusters = []
    for kind, subtype, first, last in entities:
        span = doc[first : last + 1]
        mention = Mention(span.start_char, span.end_char, span.text, 0)
        forms = {span.text.lower(): span.text}
        clusters.append(EntityCluster(type=kind, subtype=subtype, mentions=[mention], forms=forms))
    return {(frozenset((d.source.name, d.target.name)), d.type) for d in extract_relations(doc, clusters)}


def test_a_role_noun_apposed_to_a_link_noun_does_not_make_its_holder_the_group(extractor: Any) -> None:
    # the parse a long sentence gets: "governor" (with its holder) hangs on "unit" as an apposition
    rows = [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
        ("blamed", 1, "ROOT", "VERB", "VBD", "blame"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("9th", 4, "amod", "ADJ", "JJ", "9th"),
        ("Front", 1, "dobj", "PROPN", "NNP", "Front"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("a", 9, "det", "DET", "DT", "a"),
        ("FARC", 8, "compound", "PROPN", "NNP", "FARC"),
        ("dissident", 9, "amod", "ADJ", "JJ", "dissident"),
        ("unit", 4, "appos", "NOUN", "NN", "unit"),
        ("that", 13, "det", "SCONJ", "IN", "that"),
        ("Cauca", 13, "poss", "PROPN", "NNP", "Cauca"),
        ("'s", 11, "case", "PART", "POS", "'s"),
        ("governor", 9, "appos", "NOUN", "NN", "governor"),
        (",", 13, "punct", "PUNCT", ",", ","),
        ("Ines", 16, "compound", "PROPN", "NNP", "Ines"),
        ("Vidal", 13, "appos", "PROPN", "NNP", "Vidal"),
        (",", 13, "punct", "PUNCT", ",", ","),
        ("tied", 13, "acl", "VERB", "VBD", "tie"),
        ("to", 18, "prep", "ADP", "IN", "to"),
        ("Pardo", 19, "pobj", "PROPN", "NNP", "Pardo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    found = _relations_in_parse(
        extractor,
        rows,
        [
            ("ORG", "armed_group", 3, 4),
            ("ORG", "armed_group", 7, 7),
            ("PLACE", "admin", 11, 11),
            ("PERSON", None, 15, 16),
            ("PERSON", None, 20, 20),
        ],
    )
    assert rel("9th Front", "FARC", "affiliation") in found


def test_an_army_spokesman_serves_the_army_the_report_names(relations: Any) -> None:
    text = (
        "The Sudanese Armed Forces said on Monday they had retaken the town. "
        "An army spokesman, Brigadier Osman Kabbashi, said the raid destroyed two depots."
    )
    assert rel("Osman Kabbashi", "Sudanese Armed Forces", "affiliation") in relations(text)
    alone = "An army spokesman, Brigadier Osman Kabbashi, said the raid destroyed two depots."
    assert not [r for r in relations(alone) if r[1] == "affiliation"]


def test_army_positions_stormed_by_a_branch_described_after_a_comma(relations: Any) -> None:
    # "al Qaeda's branch" sets off Katiba Macina; the parse makes it the subject of "stormed"
    text = (
        "The Malian Armed Forces said they killed 40 militants after fighters of Katiba Macina (KM), "
        "al Qaeda's branch in central Mali, stormed army positions in three towns."
    )
    found = relations(text)
    assert rel("Katiba Macina", "Malian Armed Forces", "hostility") in found
    assert rel("al Qaeda", "Malian Armed Forces", "hostility") not in found


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before(relations: Any) -> None:
    text = (
        "Al-Shabaab fighters seized the town of Beledweyne on Monday. "
        "They have operated across Hiran region since 2008."
    )
    assert rel("Al-Shabaab", "Hiran", "based_in") in relations(text)
    person = "Police named the attacker as Karim Haddad. They have operated across Hiran region since 2008."
    assert not [r for r in relations(person) if r[1] == "based_in"]


def test_whose_leaders_are_the_leaders_of_the_group_the_clause_describes(relations: Any) -> None:
    text = (
        "Police blamed the Jamaat al-Tawhid, a local group whose leaders had pledged allegiance "
        "to the Islamic State, for the bombings."
    )
    assert rel("Jamaat al-Tawhid", "Islamic State", "affiliation") in relations(text)


def test_every_group_of_a_list_a_speaker_wants_listed_is_an_enemy(relations: Any) -> None:
    text = (
        "President Ruto said he would ask allied governments to list the ELN, the Segunda Marquetalia "
        "and the Gulf Clan as terrorist organisations."
    )
    found = relations(text)
    for group in ("ELN", "Segunda Marquetalia", "Gulf Clan"):
        assert rel("Ruto", group, "hostility") in found


def test_with_no_army_named_the_army_is_the_state_of_the_dateline(relations: Any) -> None:
    text = (
        "CAIRO, May 2 (Nile Wire) - Egypt said on Monday that militants had attacked a checkpoint. "
        "The armed forces spokesman, Colonel Tamer Rifai, said two conscripts had died."
    )
    assert rel("Tamer Rifai", "Egypt", "affiliation") in relations(text)
    undated = (
        "Egypt said on Monday that militants had attacked a checkpoint. "
        "The armed forces spokesman, Colonel Tamer Rifai, said two conscripts had died."
    )
    assert rel("Tamer Rifai", "Egypt", "affiliation") not in relations(undated)


def test_an_agreement_with_a_state_is_cooperation_with_it(relations: Any) -> None:
    text = (
        "The Kenya Defence Forces, which have kept troops in Jubaland since 2011 under a security "
        "agreement with Somalia, declined to comment."
    )
    assert rel("Kenya Defence Forces", "Somalia", "cooperation") in relations(text)


def test_a_struck_camp_lies_where_the_strike_verb_places_it(extractor: Any) -> None:
    # the parse some sentences get: "in the Bakool region" hangs on "destroyed", not on "camp"
    rows = [
        ("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
        ("destroyed", 1, "ROOT", "VERB", "VBD", "destroy"),
        ("an", 4, "det", "DET", "DT", "an"),
        ("al-Shabaab", 4, "compound", "PROPN", "NNP", "al-Shabaab"),
        ("camp", 1, "dobj", "NOUN", "NN", "camp"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("Bakool", 8, "compound", "PROPN", "NNP", "Bakool"),
        ("region", 5, "pobj", "NOUN", "NN", "region"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    found = _relations_in_parse(extractor, rows, [("ORG", "armed_group", 3, 3), ("PLACE", "admin", 7, 7)])
    assert rel("al-Shabaab", "Bakool", "based_in") in found


def test_a_groups_depots_and_launchers_in_a_place_say_where_it_is_based(relations: Any) -> None:
    depots = relations("Israeli jets struck Hezbollah weapons depots in the Bekaa Valley overnight.")
    assert rel("Hezbollah", "Bekaa Valley", "based_in") in depots
    launchers = relations("The army said it had destroyed ISWAP rocket launchers in Borno.")
    assert rel("ISWAP", "Borno", "based_in") in launchers


def test_known_to_operate_as_an_affiliate_describes_the_apposed_group(relations: Any) -> None:
    text = (
        "The Imam Ali Brigades, a militia widely known to operate as an affiliate of the Popular "
        "Mobilisation Forces, has claimed several attacks near Kirkuk."
    )
    found = relations(text)
    assert any(t == "affiliation" and "Popular Mobilisation Forces" in p for p, t in found)


# ---------------------------------------------------------------------- anaphoric arguments


def test_a_group_noun_carrying_its_own_name_is_that_group(relations: Any) -> None:
    text = (
        "The Sahel Liberation Front attacked a checkpoint near Gao. "
        "Bamba, the Black Banner group's desert branch, later joined the fighting."
    )
    found = relations(text)
    assert rel("Bamba", "Black Banner", "affiliation") in found
    assert rel("Bamba", "Sahel Liberation Front", "affiliation") not in found


def test_the_station_stands_for_the_outlet_named_before(relations: Any) -> None:
    text = (
        "Radio Tessalit FM was closed by the authorities in Kidal. "
        "The station's director, Ousmane Diarra, said the decision was unjust."
    )
    assert rel("Ousmane Diarra", "Radio Tessalit FM", "affiliation") in relations(text)


def test_a_capitalised_army_title_names_the_documents_army(relations: Any) -> None:
    text = (
        "The Malian Armed Forces said they had repelled the raid. "
        "Army spokesman Colonel Souleymane Dembele confirmed the attack."
    )
    assert rel("Souleymane Dembele", "Malian Armed Forces", "affiliation") in relations(text)


def test_a_possessive_in_a_phrase_before_the_subject_stands_for_it(relations: Any) -> None:
    text = (
        "In a message released through its Al-Nour news agency on Monday, "
        "the Sahel Liberation Front claimed the bombing."
    )
    assert rel("Al-Nour", "Sahel Liberation Front", "affiliation") in relations(text)


def test_a_verb_joined_to_a_passive_one_shares_its_subject(relations: Any) -> None:
    text = (
        "The Sahel Liberation Front, which is allied to the Black Banner and operates across the "
        "Liptako region, claimed the ambush."
    )
    assert rel("Sahel Liberation Front", "Liptako", "based_in") in relations(text)


def test_a_place_serving_as_the_groups_headquarters(relations: Any) -> None:
    text = (
        "The town of Kidal has been held by the Sahel Liberation Front since 2019 "
        "and serves as the group's main headquarters."
    )
    assert rel("Sahel Liberation Front", "Kidal", "based_in") in relations(text)


def test_its_wing_known_as_a_name_belongs_to_the_group_named_before(relations: Any) -> None:
    text = "The Sahel Liberation Front was founded in 2012. Its armed wing is known as the Azawad Brigades."
    assert rel("Azawad Brigades", "Sahel Liberation Front", "affiliation") in relations(text)


def test_operating_from_ground_named_by_its_own_place_phrases(relations: Any) -> None:
    text = "The Sahel Liberation Front operates from islands on Lake Faguibine and from the Wagadou forest."
    found = relations(text)
    assert rel("Sahel Liberation Front", "Lake Faguibine", "based_in") in found
    assert rel("Sahel Liberation Front", "Wagadou", "based_in") in found


def test_police_stands_for_the_one_police_force_named_but_not_in_a_police_station(relations: Any) -> None:
    text = (
        "Col. Ibrahim Keita, who heads police in the Gao region, "
        "said the National Police of Mali had arrested three men."
    )
    assert rel("Ibrahim Keita", "National Police of Mali", "affiliation") in relations(text)
    text = (
        "The National Police of Mali said it had arrested three men. "
        "Commander Ibrahim Keita visited the Gao police station on Monday."
    )
    assert rel("Ibrahim Keita", "National Police of Mali", "cooperation") not in relations(text)


def test_a_force_deploying_troops_in_a_place_is_based_there(relations: Any) -> None:
    text = "The Kenya Defence Forces, which have deployed troops in Jubaland since 2011, declined to comment."
    assert rel("Kenya Defence Forces", "Jubaland", "based_in") in relations(text)


def test_chairing_a_meeting_of_commanders_is_no_membership(relations: Any) -> None:
    text = (
        "The Kenya Defence Forces said two soldiers were wounded. Interior Minister Amina Yusuf "
        "chaired a meeting of police and military commanders in Nairobi on Monday."
    )
    assert rel("Amina Yusuf", "Kenya Defence Forces", "affiliation") not in relations(text)


def test_a_national_security_adviser_serves_the_dateline_state(relations: Any) -> None:
    text = (
        "NAIROBI, Kenya (Lake Post) - National Security Adviser Otieno Mwangi met the visiting "
        "delegation in Nairobi on Sunday. Kenya said the talks had gone well. Kenya will host the next round."
    )
    assert rel("Otieno Mwangi", "Kenya", "affiliation") in relations(text)


def test_a_component_named_in_apposition_is_what_the_phrase_stands_for(relations: Any) -> None:
    text = (
        "Norland regards the Front's main component, the Northern Shield Brigades, "
        "as an extension of the Red Hand Movement."
    )
    found = relations(text)
    assert rel("Northern Shield Brigades", "Red Hand Movement", "affiliation") in found
    assert rel("Northern Shield Brigades", "Front", "affiliation") in found


def test_dissolving_an_organisation_is_hostility(relations: Any) -> None:
    text = "The Council of Ministers dissolved the Red Hand Movement by decree on Monday."
    assert rel("Council of Ministers", "Red Hand Movement", "hostility") in relations(text)


def test_the_two_armies_stand_for_the_last_two_armies_named(relations: Any) -> None:
    text = (
        "The Burundi National Defence Force and the Rwanda Defence Force launched an offensive on "
        "Friday. On Sunday, the two armies destroyed a camp of the Kivu Liberation Front and "
        "killed nine fighters."
    )
    found = relations(text)
    assert rel("Burundi National Defence Force", "Kivu Liberation Front", "hostility") in found
    assert rel("Rwanda Defence Force", "Kivu Liberation Front", "hostility") in found


def test_destroying_a_groups_camp_is_hostility(relations: Any) -> None:
    text = (
        "The Kivu Liberation Front attacked a market. Soldiers of the Rwanda Defence Force later "
        "destroyed the Kivu Liberation Front's main camp near Goma."
    )
    assert rel("Rwanda Defence Force", "Kivu Liberation Front", "hostility") in relations(text)


def test_a_group_described_as_a_member_of_an_alliance_belongs_to_it(relations: Any) -> None:
    text = (
        "A spokesman for the Kivu Liberation Front, a member of the Great Lakes Resistance "
        "alliance, claimed the attack."
    )
    assert rel("Kivu Liberation Front", "Great Lakes Resistance", "affiliation") in relations(text)


def test_one_of_the_members_of_a_body_belongs_to_it(relations: Any) -> None:
    text = (
        "The Kivu Liberation Front is one of the members of the Great Lakes Resistance, "
        "the alliance formed in 2020."
    )
    assert rel("Kivu Liberation Front", "Great Lakes Resistance", "affiliation") in relations(text)


def test_backing_government_troops_against_the_militants(relations: Any) -> None:
    text = (
        "The Sahel Liberation Front attacked a convoy near Gao. The Malian Armed Forces lost four "
        "soldiers. The Sahel Stabilization Mission in Mali (SSMM), which backs government troops "
        "against the militants, condemned the ambush."
    )
    found = relations(text)
    assert rel("Sahel Stabilization Mission in Mali", "Malian Armed Forces", "cooperation") in found
    assert rel("Sahel Stabilization Mission in Mali", "Sahel Liberation Front", "hostility") in found


def test_a_place_that_is_the_armys_stronghold_is_where_the_army_holds_out(relations: Any) -> None:
    text = (
        "The Kordofan Defence Force said it had repelled an assault overnight. "
        "The town of Kosti is the army's last major stronghold in the region."
    )
    assert rel("Kordofan Defence Force", "Kosti", "based_in") in relations(text)


def test_a_bare_repeat_of_an_acronym_the_tagger_missed_still_names_the_group(relations: Any) -> None:
    text = (
        "The Highland Resistance Council (HRC) seized two villages on Friday. "
        "An HRC spokesman, Tomas Varga, said the fighters would hold them."
    )
    assert rel("Tomas Varga", "Highland Resistance Council", "affiliation") in relations(text)


def test_an_acronym_opening_a_longer_untagged_name_is_not_the_group(relations: Any) -> None:
    text = (
        "The Highland Resistance Council (HRC) seized two villages on Friday. "
        "HRC Logistics Limited, a trucking firm, said its driver Tomas Varga was missing."
    )
    assert rel("Tomas Varga", "Highland Resistance Council", "affiliation") not in relations(text)


def test_coordinated_groups_fighting_each_other_are_hostile(relations: Any) -> None:
    text = "The Red Hand Militia and the Delta Liberation Front have fought each other since 2019."
    assert rel("Red Hand Militia", "Delta Liberation Front", "hostility") in relations(text)


def test_fighters_of_two_groups_who_clashed_are_hostile(relations: Any) -> None:
    text = "Fighters of the Red Hand Militia and the Delta Liberation Front clashed near Kano on Sunday."
    assert rel("Red Hand Militia", "Delta Liberation Front", "hostility") in relations(text)


def test_groups_fighting_side_by_side_are_not_hostile(relations: Any) -> None:
    text = "The Red Hand Militia and the Delta Liberation Front fought alongside the army near Kano."
    assert rel("Red Hand Militia", "Delta Liberation Front", "hostility") not in relations(text)


def test_its_rival_in_apposition_is_hostility_not_an_outlet(relations: Any) -> None:
    text = "The Red Hand Militia and its rival, the Delta Liberation Front, use the islands as bases."
    found = relations(text)
    assert rel("Red Hand Militia", "Delta Liberation Front", "hostility") in found
    assert rel("Red Hand Militia", "Delta Liberation Front", "affiliation") not in found


def test_a_group_apposed_as_long_a_rival_of_another(relations: Any) -> None:
    text = "The Red Hand Militia, long a rival of the Delta Liberation Front, struck again on Monday."
    assert rel("Red Hand Militia", "Delta Liberation Front", "hostility") in relations(text)


def test_a_town_which_a_group_controls_is_where_it_is_based(relations: Any) -> None:
    text = "Army jets struck a market in Kadugli, which the Delta Liberation Front controls."
    assert rel("Delta Liberation Front", "Kadugli", "based_in") in relations(text)


def test_the_town_a_group_holds_and_the_town_held_by_it(relations: Any) -> None:
    held = "Army jets struck Kadugli, the town that the Delta Liberation Front holds."
    assert rel("Delta Liberation Front", "Kadugli", "based_in") in relations(held)
    by = "The siege of Kadugli, the last city still held by the Delta Liberation Front, continued."
    assert rel("Delta Liberation Front", "Kadugli", "based_in") in relations(by)


def test_the_town_a_group_uses_as_its_base(relations: Any) -> None:
    text = "Troops raided Kadugli, the town that the Delta Liberation Front has long used as its main base."
    assert rel("Delta Liberation Front", "Kadugli", "based_in") in relations(text)


def test_holding_talks_in_a_town_is_no_base(relations: Any) -> None:
    text = "The Delta Liberation Front held talks in Kadugli on Monday."
    assert rel("Delta Liberation Front", "Kadugli", "based_in") not in relations(text)


def test_the_prefect_of_a_town_named_after_the_comma(relations: Any) -> None:
    text = "The toll rose to nine, the prefect of Mongo, Idriss Mahamat Saleh, told reporters."
    assert rel("Idriss Mahamat Saleh", "Mongo", "affiliation") in relations(text)


def test_a_district_administrator_of_a_town(relations: Any) -> None:
    text = "The district administrator of Mongo, Idriss Mahamat Saleh, said five bodies were found."
    assert rel("Idriss Mahamat Saleh", "Mongo", "affiliation") in relations(text)


def test_a_groups_handler_known_as_a_nom_de_guerre(relations: Any) -> None:
    text = "He had received money from a Delta Liberation Front handler known as Abu Karim."
    assert rel("Abu Karim", "Delta Liberation Front", "affiliation") in relations(text)


def test_forces_named_together_as_doers_of_one_arrest_cooperate(relations: Any) -> None:
    text = "The Coastal Guard and the Border Police Force arrested three men on Monday."
    assert rel("Coastal Guard", "Border Police Force", "cooperation") in relations(text)


def test_officers_of_two_forces_who_surrounded_a_house_cooperate(relations: Any) -> None:
    text = "Officers of the Coastal Guard and the Border Police Force surrounded the house."
    assert rel("Coastal Guard", "Border Police Force", "cooperation") in relations(text)


def test_a_joint_team_of_two_forces(relations: Any) -> None:
    text = "The raid was carried out by a joint team of the Coastal Guard and the Border Police Force."
    assert rel("Coastal Guard", "Border Police Force", "cooperation") in relations(text)


def test_the_joint_force_of_one_alliance_is_no_cooperation_of_whoever_discusses_it(
    relations: Any,
) -> None:
    text = "Ministers of Norland and Vesta met to discuss the joint force of the Northern Alliance (NA)."
    found = relations(text)
    assert rel("Norland", "Northern Alliance", "cooperation") not in found


def test_relying_on_a_militia_is_cooperation(relations: Any) -> None:
    text = "The Coastal Guard has relied heavily on the Red Hand Militia to hold towns."
    assert rel("Coastal Guard", "Red Hand Militia", "cooperation") in relations(text)


def test_armed_and_funded_by_a_state(relations: Any) -> None:
    text = "The Delta Liberation Front, which is armed and funded by Norway, struck again."
    assert rel("Norway", "Delta Liberation Front", "cooperation") in relations(text)


def test_a_group_that_is_part_of_another(relations: Any) -> None:
    text = "The Red Hand Militia is part of the Delta Liberation Front."
    assert rel("Red Hand Militia", "Delta Liberation Front", "affiliation") in relations(text)


def test_part_of_a_country_is_no_affiliation(relations: Any) -> None:
    text = "The Red Hand Militia said the valley is part of Norland."
    assert rel("Red Hand Militia", "Norland", "affiliation") not in relations(text)


def test_a_unit_of_an_army_named_with_the_possessive_belongs_to_it(relations: Any) -> None:
    text = "A spokesman for the Norland Army's Falcon Brigade said two soldiers died."
    assert rel("Falcon Brigade", "Norland Army", "affiliation") in relations(text)


def test_sanctioning_men_who_moved_money_for_a_group_is_hostility_to_the_group(relations: Any) -> None:
    text = "The US Treasury designated four men it said had moved money for the Delta Liberation Front."
    assert rel("US Treasury", "Delta Liberation Front", "hostility") in relations(text)


def test_sanctions_on_suppliers_of_an_air_force(relations: Any) -> None:
    text = "Norway imposed sanctions on two firms that supplied fuel to the Vesta Air Force."
    assert rel("Norway", "Vesta Air Force", "hostility") in relations(text)


def test_a_measure_against_helpers_does_not_reach_the_body_their_group_belongs_to(relations: Any) -> None:
    text = (
        "The US Treasury imposed sanctions on two businessmen it accused of moving money for the "
        "Delta Liberation Front, a Northern Alliance faction."
    )
    found = relations(text)
    assert rel("US Treasury", "Delta Liberation Front", "hostility") in found
    assert rel("US Treasury", "Northern Alliance", "hostility") not in found
