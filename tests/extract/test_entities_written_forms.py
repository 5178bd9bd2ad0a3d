"""Other ways a text writes a place or a person (a head noun after a site's name, a division
noun or an honorific before a name) are output as aliases; settlement names opened by a local
word are places; capitalised common nouns opening a sentence, a rank's abbreviation and a
piece of a capitalised compound are no names."""

from __future__ import annotations

from typing import Any


def entity(extraction: Any, name: str) -> Any:
    return next((e for e in extraction.entities if e.name == name), None)


def names(extraction: Any) -> set[str]:
    return {e.name for e in extraction.entities}


def test_a_site_with_its_head_noun_is_an_alias(extract: Any) -> None:
    found = extract("Fighters stormed the Kelbo prison on Monday and then fled into the Darsa hills.")
    prison, hills = entity(found, "Kelbo"), entity(found, "Darsa")
    assert prison is not None and "Kelbo prison" in prison.aliases
    assert hills is not None and "Darsa hills" in hills.aliases


def test_the_far_end_of_a_road_takes_no_road_alias(extract: Any) -> None:
    found = extract("Gunmen set up a roadblock on the Lomba-Dessa road on Friday and robbed travellers.")
    assert all("Dessa road" not in e.aliases for e in found.entities)


def test_a_division_noun_opening_a_name_is_left_out_in_an_alias(extract: Any) -> None:
    found = extract("Two soldiers were killed when rebels ambushed a patrol in Barangay Malinao on Sunday.")
    village = entity(found, "Barangay Malinao")
    assert village is not None and village.type == "PLACE" and "Malinao" in village.aliases


def test_an_honorific_opening_a_name_is_left_out_in_an_alias(extract: Any) -> None:
    found = extract("Mawlawi Zulfan Sherzai, a local commander, said on Monday that four guards had died.")
    person = entity(found, "Mawlawi Zulfan Sherzai")
    assert person is not None and "Zulfan Sherzai" in person.aliases


def test_an_honorific_stripped_as_a_title_is_kept_in_an_alias(extract: Any) -> None:
    found = extract("The funeral prayers were led by Sheikh Omar Mabuto on Friday afternoon.")
    person = entity(found, "Omar Mabuto")
    assert person is not None and "Sheikh Omar Mabuto" in person.aliases


def test_a_hospital_named_after_a_man_is_a_place(extract: Any) -> None:
    found = extract("Two of the wounded later died in the Tora Pezu hospital, a doctor said on Tuesday.")
    site = entity(found, "Tora Pezu")
    assert site is not None and site.type == "PLACE"


def test_a_settlement_opened_by_a_local_word_is_a_place(extract: Any) -> None:
    found = extract("Bandits seized twelve people from Unguwar Bako, and shells later hit Tell Rifaat.")
    for name in ("Unguwar Bako", "Tell Rifaat"):
        place = entity(found, name)
        assert place is not None and place.type == "PLACE", name
    assert all("Bako" not in e.aliases for e in found.entities)  # "Unguwar" is part of the name


def test_a_capitalised_common_noun_opening_a_sentence_is_no_entity(extract: Any) -> None:
    text = (
        "Zab Courier\nSunday, 4 May 2025\n"
        "BAIJI, Iraq — Gunmen believed to belong to a jihadist cell killed four guards on Friday.\n"
        "Related: Raid in Tal Afar nets four suspects\n"
        "Soldiers said the raid had been planned for weeks."
    )
    assert not names(extract(text)) & {"Gunmen", "Raid"}


def test_a_name_opening_a_sentence_that_the_noun_list_holds_stays(extract: Any) -> None:
    found = extract("Khan said on Monday that four guards had been killed at the post.")
    assert "Khan" in names(found)


def test_a_rank_abbreviation_is_no_person(extract: Any) -> None:
    found = extract("A third soldier, Pfc. Renato Alba of the 33rd Infantry Battalion, died on Monday.")
    assert "Pfc" not in names(found)
    assert entity(found, "Renato Alba") is not None


def test_a_fronted_preposition_after_a_label_is_no_part_of_the_name(extract: Any) -> None:
    found = extract("Also read: Inside Gombe, where the roads stop and the gangs rule")
    assert "Inside Gombe" not in names(found)


def test_a_piece_of_a_capitalised_compound_is_no_organisation(extract: Any) -> None:
    found = extract("SAINT-UN-VILLE — Gunmen attacked a church on Sunday, killing two worshippers.")
    assert "UN" not in names(found)


def test_streets_clubs_and_police_compounds_are_places(extract: Any) -> None:
    text = (
        "The bomber struck near the Lakhani Press Club on Qasimabad Road, police said, before "
        "troops cordoned off the Dargai Police Lines."
    )
    found = extract(text)
    for name in ("Lakhani Press Club", "Qasimabad Road", "Dargai Police Lines"):
        place = entity(found, name)
        assert place is not None and place.type == "PLACE", name


def test_a_unit_numbered_after_no_keeps_its_number(extract: Any) -> None:
    found = extract("Police said the two men were members of Platoon No. 6 of the guerrilla army.")
    assert "Platoon No. 6" in names(found)
    assert "Platoon No" not in names(found)


def test_a_bomb_acronym_after_a_town_in_a_heading_is_cut_off(extract: Any) -> None:
    found = extract("Two jawans killed in Kondagaon IED blast; four Maoists shot dead")
    assert "Kondagaon IED" not in names(found)
    assert entity(found, "Kondagaon") is not None


def test_a_district_office_before_its_holder_is_no_entity(extract: Any) -> None:
    text = "The officer died in hospital on Sunday, Sirohi Superintendent of Police Ravi Kashyap said."
    found = extract(text)
    assert not any("Superintendent" in n for n in names(found))
    assert entity(found, "Ravi Kashyap") is not None


def test_a_group_with_its_noun_is_an_alias(extract: Any) -> None:
    found = extract("Ahmed Karim of the Wahda party said the Nahda movement had joined the talks.")
    groups = [e for e in found.entities if e.type == "ORG"]
    assert any("Wahda party" in e.aliases for e in groups)


def test_a_local_police_office_before_its_holder_is_no_body(extract: Any) -> None:
    text = (
        "Four officers died when their truck hit a bomb, Kilifi County Police Commander "
        "Joseph Otieno Mwangi told reporters."
    )
    found = extract(text)
    assert not any("Police" in n for n in names(found))
    assert entity(found, "Joseph Otieno Mwangi") is not None


def test_a_county_before_its_commissioner_stays_a_place(extract: Any) -> None:
    found = extract("Kwale County Commissioner Peter Mutua chaired a security meeting on Tuesday.")
    county = entity(found, "Kwale County")
    assert county is not None and county.type == "PLACE"


def test_a_bylined_bureau_is_no_organisation(extract: Any) -> None:
    text = "By Amina Wekesa, Coast Bureau\nFour officers were killed on Monday when their truck hit a bomb."
    assert "Coast Bureau" not in names(extract(text))


def test_a_hospital_named_after_a_titled_man_keeps_the_title(extract: Any) -> None:
    text = (
        "Two of the wounded died on the way to King Khalid Hospital; five more died at the "
        "State Specialist Hospital in Gombe."
    )
    found = names(extract(text))
    assert {"King Khalid Hospital", "State Specialist Hospital"} <= found


def test_a_name_a_delegation_is_led_by_is_a_person(extractor: Any) -> None:
    from spacy.tokens import Span

    from nexus.extract.entities import _type_of

    doc = extractor.nlp("The talks came after the peace panel, led by Kittipong Chanthavong, met rebels.")
    start = next(t.i for t in doc if t.text == "Kittipong")
    assert _type_of(Span(doc, start, start + 2, label="ORG"), None) == "PERSON"
    other = next(t.i for t in doc if t.text == "panel")
    assert _type_of(Span(doc, other - 1, other + 1, label="ORG"), None) != "PERSON"  # no "led by"


def test_a_spokesman_of_a_coalition_stays_a_person(extract: Any) -> None:
    text = (
        "The army did not comment.\nDidier Kanyinda, a spokesman for the Alliance Rivière Unie (ARU), "
        "the rebel coalition that holds the hills, said the claims were false."
    )
    person = entity(extract(text), "Didier Kanyinda")
    assert person is not None and person.type == "PERSON"


def test_a_name_before_party_is_a_group(extract: Any) -> None:
    found = extract("Ahmed Karim of the Wahda party said the vote had been rigged.")
    assert any(e.type == "ORG" and e.name == "Wahda" for e in found.entities)


def test_a_body_with_and_without_its_countrys_possessive(extract: Any) -> None:
    found = extract(
        "Sierra Leone's Foreign Office condemned the raid, and Borduria's Sovereignty Council met."
    )
    office = entity(found, "Foreign Office")
    assert office is not None and "Sierra Leone's Foreign Office" in office.aliases
    council = next((e for e in found.entities if "Sovereignty Council" in e.name), None)
    assert council is not None
    assert council.name == "Sovereignty Council" or "Sovereignty Council" in council.aliases


def test_an_honorific_before_a_mosques_name_is_kept_in_its_written_form(extract: Any) -> None:
    text = (
        "The attack on the Imam Ali Naqi mosque in Zaranj's western Jebrael district killed at "
        "least nine worshippers, officials said."
    )
    assert any("Imam Ali Naqi mosque" in e.aliases for e in extract(text).entities)


def test_a_country_written_only_as_its_nationality_is_no_entity_but_stays_a_party(extract: Any) -> None:
    found = extract("Tanzanian drones struck a rebel camp near Nangade on Friday, killing four fighters.")
    assert "Tanzania" not in names(found)
    assert any("Tanzania" in (ev.actors or []) for ev in found.events)


def test_a_country_named_once_stays_an_entity(extract: Any) -> None:
    found = extract("Tanzanian drones struck a camp near Nangade on Friday; Tanzania denied it later.")
    assert "Tanzania" in names(found)


def test_a_bodys_office_in_lower_case_is_an_alias_of_the_body(extract: Any) -> None:
    found = extract("The UN refugee agency said on Friday that 3,000 people had fled the fighting.")
    un = entity(found, "UN")
    assert un is not None and "UN refugee agency" in un.aliases


def test_a_given_name_after_a_role_read_as_a_town_joins_the_surname(extractor: Any) -> None:
    from spacy.tokens import Span

    from nexus.extract.entities import _join_split_names

    doc = extractor.nlp("Niger's government spokesman, Issa Sebgo, told reporters in Zinder.")
    i = next(t.i for t in doc if t.text == "Issa")
    joined = _join_split_names([Span(doc, i, i + 1, label="GPE"), Span(doc, i + 1, i + 2, label="PERSON")])
    assert [(s.text, s.label_) for s in joined] == [("Issa Sebgo", "PERSON")]
    j = next(t.i for t in doc if t.text == "Zinder")
    apart = _join_split_names([Span(doc, j, j + 1, label="GPE")])
    assert [s.text for s in apart] == ["Zinder"]


def test_untranslated_group_heads_make_organisations(extract: Any) -> None:
    found = extract(
        "The attack was claimed by the Tawhid Netzwerk Nord, police said. "
        "The Janatantrik Morcha claimed the blast."
    )
    for name in ("Tawhid Netzwerk Nord", "Janatantrik Morcha"):
        group = entity(found, name)
        assert group is not None and group.type == "ORG", name


def test_a_country_whose_adjective_is_its_name_stays_an_entity(extract: Any) -> None:
    found = extract("A Myanmar military jet bombed a monastery near Pakokku on Friday, killing nine people.")
    assert "Myanmar" in names(found)


def test_a_name_written_as_a_peoples_somewhere_is_no_entity(extract: Any) -> None:
    text = (
        "The rebels have been accused of massacres of Bira civilians. The militia draws its "
        "members from the Bira community, officials said."
    )
    assert "Bira" not in names(extract(text))
