"""Relations read in session 21 (invented wordings, one behaviour per test): where a group keeps
fighting, the place that names a branch, auxiliaries fighting alongside a force, groups listed as
terrorist by a bare complement, a group's men or camps placed by "shelter", "remain" or "both
sides of the border with X", a regional office written without its place, verbs of acting
together ("works with"), a title of a province's own government, a group striking inside a
country, and the partner alongside whom a group is fought."""

from __future__ import annotations

from typing import Any

from nexus.extract.relations import extract_relations


def relations(extractor: Any, text: str) -> set[tuple[frozenset[str], str]]:
    doc = extractor.nlp(text)
    return {
        (frozenset((d.source.name, d.target.name)), d.type)
        for d in extract_relations(doc, doc._.nexus_entities)
    }


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_groups_at_war_in_a_place_are_both_based_there(extractor: Any) -> None:
    text = (
        "The Niassa Patriotic Front and the Lugenda Liberation Front have been at war in Niassa for a year."
    )
    found = relations(extractor, text)
    assert rel("Niassa Patriotic Front", "Niassa", "based_in") in found
    assert rel("Lugenda Liberation Front", "Niassa", "based_in") in found


def test_a_standing_fight_against_the_state_places_the_group(extractor: Any) -> None:
    text = (
        "The Turkana Liberation Front, which has fought government forces in Turkana since 2015, denied it."
    )
    assert rel("Turkana Liberation Front", "Turkana", "based_in") in relations(extractor, text)


def test_one_past_clash_does_not_place_the_group(extractor: Any) -> None:
    text = "The Turkana Liberation Front fought soldiers in Turkana on Monday."
    assert rel("Turkana Liberation Front", "Turkana", "based_in") not in relations(extractor, text)


def test_a_fight_between_two_groups_places_only_the_one_fought_in_the_place(extractor: Any) -> None:
    text = "The Niassa Patriotic Front has fought the Lugenda Liberation Front in Niassa since March."
    assert rel("Niassa Patriotic Front", "Niassa", "based_in") not in relations(extractor, text)


def test_a_fight_for_control_of_ground_places_the_group(extractor: Any) -> None:
    text = "The Niassa Patriotic Front has fought the Lugenda Liberation Front for control of Niassa's mines."
    assert rel("Niassa Patriotic Front", "Niassa", "based_in") in relations(extractor, text)


def test_the_place_that_names_a_branch_is_where_it_is_based(extractor: Any) -> None:
    text = "The Ateker Front, the Karamoja branch of the Turkana Liberation Front, claimed the raid."
    found = relations(extractor, text)
    assert rel("Ateker Front", "Karamoja", "based_in") in found
    assert rel("Ateker Front", "Turkana Liberation Front", "affiliation") in found


def test_a_country_in_a_hyphenated_modifier_names_no_branch_place(extractor: Any) -> None:
    text = "The Lugenda Liberation Front, an umbrella of Malawi-aligned factions, denied the claim."
    assert not any(t == "based_in" for _, t in relations(extractor, text))


def test_auxiliaries_who_fight_alongside_an_army_cooperate_with_it(extractor: Any) -> None:
    text = (
        "Gunmen ambushed a patrol of the Lunda Home Guard (LHG), the village auxiliaries who fight "
        "alongside the Angolan Armed Forces, near Dundo."
    )
    assert rel("Lunda Home Guard", "Angolan Armed Forces", "cooperation") in relations(extractor, text)


def test_a_former_fight_alongside_an_army_is_no_standing_tie(extractor: Any) -> None:
    text = (
        "Gunmen ambushed a patrol of the Lunda Home Guard (LHG), the village militia that fought "
        "alongside the Angolan Armed Forces in 2019, near Dundo."
    )
    assert rel("Lunda Home Guard", "Angolan Armed Forces", "cooperation") not in relations(extractor, text)


def test_declaring_groups_terrorist_organisations_is_hostility_to_each(extractor: Any) -> None:
    text = (
        "Angola declared the Kasai Resistance Movement, the Lunda Brotherhood and two other gangs "
        "terrorist organisations in May."
    )
    found = relations(extractor, text)
    assert rel("Angola", "Kasai Resistance Movement", "hostility") in found
    assert rel("Angola", "Lunda Brotherhood", "hostility") in found


def test_a_group_designated_by_two_states_is_opposed_by_both(extractor: Any) -> None:
    text = (
        "The Kasai Resistance Movement remains designated a terrorist organisation by Zambia and by Malawi."
    )
    found = relations(extractor, text)
    assert rel("Zambia", "Kasai Resistance Movement", "hostility") in found
    assert rel("Malawi", "Kasai Resistance Movement", "hostility") in found


def test_camps_on_both_sides_of_a_border_place_the_group_across_it(extractor: Any) -> None:
    text = "The Lunda Brotherhood, a gang with camps on both sides of the border with Zambia, denied it."
    assert rel("Lunda Brotherhood", "Zambia", "based_in") in relations(extractor, text)


def test_a_group_having_fighters_on_both_sides_of_a_border(extractor: Any) -> None:
    text = "The Kasai Resistance Movement has fighters on both sides of the border with Zambia."
    assert rel("Kasai Resistance Movement", "Zambia", "based_in") in relations(extractor, text)


def test_an_attack_on_a_border_post_places_no_one(extractor: Any) -> None:
    text = "The Kasai Resistance Movement shelled both sides of the border with Zambia."
    assert rel("Kasai Resistance Movement", "Zambia", "based_in") not in relations(extractor, text)


def test_a_groups_leaders_sheltering_in_a_country(extractor: Any) -> None:
    text = "Officials say the Kasai Resistance Movement's leaders shelter in Zambia."
    assert rel("Kasai Resistance Movement", "Zambia", "based_in") in relations(extractor, text)


def test_a_groups_fighters_remaining_in_the_mountains_around_a_lake(extractor: Any) -> None:
    text = (
        "The army estimates that fewer than 30 Kasai Resistance Movement fighters remain in the "
        "mountains around Lake Mweru."
    )
    assert rel("Kasai Resistance Movement", "Lake Mweru", "based_in") in relations(extractor, text)


def test_the_regional_governor_serves_the_one_place_the_sentence_names(extractor: Any) -> None:
    text = "In Dundo on Tuesday, the regional governor, General Pierre Mbala, chaired a security meeting."
    assert rel("Pierre Mbala", "Dundo", "affiliation") in relations(extractor, text)


def test_a_regional_commander_is_no_office_of_the_place(extractor: Any) -> None:
    text = "In Dundo on Tuesday, the regional commander, General Pierre Mbala, chaired a security meeting."
    assert rel("Pierre Mbala", "Dundo", "affiliation") not in relations(extractor, text)


def test_the_regions_governor_serves_the_place_named_as_a_region(extractor: Any) -> None:
    text = (
        "Gunmen killed four traders at a market in Mwene, in the Kasai region's Tshikapa district, "
        "the region's governor, Pierre Mbala, said."
    )
    found = relations(extractor, text)
    assert rel("Pierre Mbala", "Kasai", "affiliation") in found
    assert rel("Pierre Mbala", "Mwene", "affiliation") not in found


def test_a_regional_governor_after_two_places_is_left_unread(extractor: Any) -> None:
    text = "Gunmen killed four traders in Dundo and Saurimo, the regional governor, Pierre Mbala, said."
    found = relations(extractor, text)
    assert rel("Pierre Mbala", "Dundo", "affiliation") not in found
    assert rel("Pierre Mbala", "Saurimo", "affiliation") not in found


def test_a_group_working_with_another_cooperates_with_it(extractor: Any) -> None:
    text = "Officials say the Lunda Brotherhood works with the Kasai Resistance Movement."
    assert rel("Lunda Brotherhood", "Kasai Resistance Movement", "cooperation") in relations(extractor, text)


def test_accused_of_coordinating_with_a_group(extractor: Any) -> None:
    text = "The governor accused the Lunda Brotherhood of coordinating with the Kasai Resistance Movement."
    assert rel("Lunda Brotherhood", "Kasai Resistance Movement", "cooperation") in relations(extractor, text)


def test_groups_that_cooperated_together(extractor: Any) -> None:
    text = "The Lunda Brotherhood and the Kasai Resistance Movement have cooperated since 2019."
    assert rel("Lunda Brotherhood", "Kasai Resistance Movement", "cooperation") in relations(extractor, text)


def test_groups_working_apart_do_not_cooperate(extractor: Any) -> None:
    text = "The Lunda Brotherhood and the Kasai Resistance Movement worked in different provinces."
    assert rel("Lunda Brotherhood", "Kasai Resistance Movement", "cooperation") not in relations(
        extractor, text
    )


def test_a_title_of_a_provinces_own_government_serves_the_province(extractor: Any) -> None:
    text = "Rose Mwale, Zambezia's government secretary, condemned the attack."
    assert rel("Rose Mwale", "Zambezia", "affiliation") in relations(extractor, text)


def test_a_spokesperson_for_a_provincial_government_serves_the_province(extractor: Any) -> None:
    text = "Rose Mwale, a spokesperson for the Zambezia provincial government, condemned the attack."
    assert rel("Rose Mwale", "Zambezia", "affiliation") in relations(extractor, text)


def test_a_secretary_at_a_school_in_a_province_holds_no_office_of_it(extractor: Any) -> None:
    text = "Rose Mwale, a secretary at a school in Zambezia, condemned the attack."
    assert rel("Rose Mwale", "Zambezia", "affiliation") not in relations(extractor, text)


def test_a_group_striking_inside_a_country_is_hostile_to_it(extractor: Any) -> None:
    text = "The Kasai Resistance Movement has repeatedly struck inside Zambia since 2019."
    assert rel("Kasai Resistance Movement", "Zambia", "hostility") in relations(extractor, text)


def test_a_state_striking_in_another_country_is_not_read_by_this_wording(extractor: Any) -> None:
    text = "Angola struck in Zambia on Monday."
    assert rel("Angola", "Zambia", "hostility") not in relations(extractor, text)


def test_the_partner_alongside_whom_a_group_is_fought_fights_it_too(extractor: Any) -> None:
    text = "Angolan troops have fought the Kasai Resistance Movement since 2021 alongside the Zambia Army."
    assert rel("Zambia Army", "Kasai Resistance Movement", "hostility") in relations(extractor, text)
