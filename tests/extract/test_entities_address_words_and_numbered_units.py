"""Name boundaries: a word of address ("Shri", "Smt.", "Hon.", "Alhaji") or a police rank
written as initials ("SP", "DSP") is no part of a person's name, and the name after one is
whole even where the tagger cut it; a unit named by a bare number before its head ("6
Brigade", "218 Signals Battalion") keeps its number."""

from __future__ import annotations

from typing import Any


def entity(extraction: Any, name: str) -> Any:
    return next((e for e in extraction.entities if e.name == name), None)


def test_shri_is_left_out_and_the_given_name_kept(extract: Any) -> None:
    found = extract(
        "The district magistrate of Pelhar, Shri Anirudh Velankar Moitra, said two porters were hurt."
    )
    person = entity(found, "Anirudh Velankar Moitra")
    assert person is not None and person.type == "PERSON"
    assert entity(found, "Shri Anirudh Velankar Moitra") is None


def test_smt_with_a_full_stop_is_left_out(extract: Any) -> None:
    found = extract("Smt. Kavitri Dandekar, the block officer, visited the wounded in Ruhela on Friday.")
    person = entity(found, "Kavitri Dandekar")
    assert person is not None and "Smt. Kavitri Dandekar" in person.aliases


def test_hon_before_a_lawmaker_ends_no_sentence(extract: Any) -> None:
    found = extract("The member for Ogbaru East, Hon. Chidiebube Anozie, visited the burnt market.")
    assert entity(found, "Chidiebube Anozie") is not None
    assert entity(found, "Hon") is None


def test_alhaji_is_a_written_form_not_the_name(extract: Any) -> None:
    found = extract("Alhaji Baraka Dantsoho Umar, a cattle trader, said gunmen took forty cows from Zangwa.")
    person = entity(found, "Baraka Dantsoho Umar")
    assert person is not None and person.type == "PERSON"


def test_a_police_rank_in_initials_is_a_title_not_a_body(extract: Any) -> None:
    found = extract(
        "The police spokesman in the state, ASP Wakili Garba Tudun, said five suspects were held."
    )
    person = entity(found, "Wakili Garba Tudun")
    assert person is not None and person.type == "PERSON"
    assert not any(e.type == "ORG" and "Tudun" in e.name for e in found.entities)


def test_a_religious_honorific_still_stays_in_the_name(extract: Any) -> None:
    found = extract("Mawlawi Qudratullah Nangyal, a local commander, said four guards had died.")
    assert entity(found, "Mawlawi Qudratullah Nangyal") is not None


def test_a_bare_number_before_a_brigade_is_part_of_its_name(extract: Any) -> None:
    found = extract("Troops of 6 Brigade repelled an attack on their base near Kwande on Sunday.")
    unit = entity(found, "6 Brigade")
    assert unit is not None and unit.type == "ORG"


def test_a_bare_number_before_an_arm_and_a_battalion(extract: Any) -> None:
    found = extract("The 218 Signals Battalion, led by Colonel Edmund Afari, lost two men near Bawku.")
    assert entity(found, "218 Signals Battalion") is not None
    assert entity(found, "Signals Battalion") is None


def test_a_count_of_soldiers_of_an_army_is_no_unit(extract: Any) -> None:
    found = extract("The official said 14 Army soldiers were wounded when the convoy hit a mine near Gao.")
    assert not any(e.name.startswith("14") for e in found.entities)


def test_a_bracketed_defined_term_is_the_company_it_follows(extract: Any) -> None:
    found = extract(
        'Tarquil Copper plc ("Tarquil" or "the Company") said a guard died at its mine near Kolwezi. '
        "The Company said work had stopped."
    )
    company = entity(found, "Tarquil Copper plc")
    assert company is not None and company.type == "ORG"
    assert entity(found, "Company") is None


def test_a_quoted_definite_term_after_a_mission(extract: Any) -> None:
    found = extract(
        'The Ostrava Monitoring Group (the "Mission") reported shelling near Vrela on Monday. '
        "The Mission said two of its patrols turned back."
    )
    assert entity(found, "Mission") is None
    assert entity(found, "Ostrava Monitoring Group") is not None


def test_a_company_suffix_stays_in_the_name(extract: Any) -> None:
    found = extract("The trucks belonged to Masoko Freight Ltd, a haulier based in Goma, the police said.")
    assert any(e.name.startswith("Masoko Freight Ltd") for e in found.entities)


def test_the_brigade_after_its_full_name_is_that_unit(extract: Any) -> None:
    found = extract(
        "Troops of the 318 Mountain Brigade retook the ridge above Dolan. The Brigade said two soldiers died."
    )
    unit = entity(found, "318 Mountain Brigade")
    assert unit is not None and "Brigade" in unit.aliases
    assert entity(found, "Brigade") is None


def test_the_brigade_with_two_brigades_named_stands_for_neither(extract: Any) -> None:
    found = extract(
        "The 41 Brigade and the 52 Brigade shared the sector near Kesta. The Brigade said one post fell."
    )
    assert all("Brigade" not in e.aliases for e in found.entities)


def test_hyphened_acronyms_are_one_group(extract: Any) -> None:
    found = extract("Soldiers clashed with KLF-NDR fighters near Mavivi on Sunday, the army said.")
    assert entity(found, "KLF-NDR") is not None
    assert entity(found, "NDR") is None


def test_hyphened_acronyms_after_the_untagged(extract: Any) -> None:
    found = extract("Gunmen of the PLM-UR attacked a barracks near Tonga Ferry at dawn.")
    group = entity(found, "PLM-UR")
    assert group is not None and group.type == "ORG"


def test_a_headline_in_capitals_makes_no_group_of_a_hyphened_town(extract: Any) -> None:
    found = extract("CLASHES ERUPT IN THE SAINT-AUBIN QUARTER\n\nPolice said two people were hurt.")
    assert entity(found, "SAINT-AUBIN") is None


def test_a_place_and_its_sub_prefect_read_as_one_name_are_split(extract: Any) -> None:
    found = extract(
        "In a message on Wednesday, the sub-prefect of Doukoula, Jean-Luc Mbarga Essomba, blamed the rebels."
    )
    assert entity(found, "Jean-Luc Mbarga Essomba") is not None
    assert not any("," in e.name for e in found.entities)


def test_the_seat_of_an_administrator_is_a_place(extract: Any) -> None:
    found = extract("On Friday, the district administrator of Lukoma, Amade Salimo Cossa, met the elders.")
    seat = entity(found, "Lukoma")
    assert seat is not None and seat.type == "PLACE"
    assert entity(found, "Amade Salimo Cossa") is not None


def test_the_spokesman_of_a_group_keeps_the_group(extract: Any) -> None:
    found = extract("The spokesman of the Tessara Front, Idris Kanambe, said the fighters withdrew.")
    group = entity(found, "Tessara Front")
    assert group is not None and group.type == "ORG"


def test_a_commissioner_of_police_in_initials(extract: Any) -> None:
    found = extract("The state's police chief, CP Ibrahim Sule Dandago, condemned the attack on Sunday.")
    assert entity(found, "Ibrahim Sule Dandago") is not None


def test_a_rank_before_a_name_the_tagger_cut_at_a_town(extract: Any) -> None:
    found = extract(
        "Kwara Police Command spokesman Superintendent Haruna Abdullahi Kiyawa confirmed the raid."
    )
    person = entity(found, "Haruna Abdullahi Kiyawa")
    assert person is not None and person.type == "PERSON"
    assert entity(found, "Kiyawa") is None


def test_a_rank_before_of_police_takes_no_name(extract: Any) -> None:
    found = extract("Superintendent of Police Rohan Mahto told reporters in Simdega on Monday.")
    assert entity(found, "Rohan Mahto") is not None
    assert not any(e.name.startswith("Police") for e in found.entities)


def test_a_compass_word_opens_a_regional_command(extract: Any) -> None:
    found = extract("Western Visayas Command chief Maj. Gen. Roberto Dalisay spoke in Iloilo on Thursday.")
    command = entity(found, "Western Visayas Command")
    assert command is not None and command.type == "ORG"
    assert entity(found, "Visayas Command") is None


def test_a_lower_case_compass_word_stays_out_of_a_command(extract: Any) -> None:
    found = extract("Troops of the Visayas Command moved into western Panay on Thursday.")
    assert entity(found, "Visayas Command") is not None
