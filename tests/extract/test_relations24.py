"""Relations across sentences and named in relative clauses (session 23; one behaviour per test)."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_body_word_as_a_passive_subject_stands_for_the_body_named_before(relations: Any) -> None:
    text = (
        "Police blamed the Tigre Front, a unit of the Northern Bloc. "
        "The front is commanded by Rafael Ordóñez Cuéllar, according to the army."
    )
    assert rel("Rafael Ordóñez Cuéllar", "Tigre Front", "affiliation") in relations(text)


def test_a_body_word_as_the_subject_of_a_passive_base_verb_places_the_body(relations: Any) -> None:
    text = (
        "Police blamed the Tigre Front, a unit of the Northern Bloc. "
        "The front has long been entrenched in the hills around Tambo and neighbouring Lerma."
    )
    found = relations(text)
    assert rel("Tigre Front", "Tambo", "based_in") in found
    assert rel("Tigre Front", "Lerma", "based_in") in found


def test_a_movement_word_subject_of_a_passive_verb_is_the_movement(relations: Any) -> None:
    text = "Soldiers fought the Kivu Movement near Goma on Sunday. The movement is led by Jean Bosco Mbeki."
    assert rel("Jean Bosco Mbeki", "Kivu Movement", "affiliation") in relations(text)


def test_the_faction_is_the_group_the_clause_names_not_one_deep_in_its_relative_clause(
    relations: Any,
) -> None:
    text = (
        "Officers blamed the Jund al-Haqq group, a faction of the Moro Front that has pledged "
        "allegiance to the Islamic State. The faction is led by a commander known as Kumander Saro."
    )
    found = relations(text)
    assert rel("Kumander Saro", "Jund al-Haqq", "affiliation") in found
    assert rel("Kumander Saro", "Islamic State", "affiliation") not in found


def test_the_group_is_the_object_named_before_not_a_name_in_its_of_phrase(relations: Any) -> None:
    text = (
        "Soldiers raided a camp of the Ansar Dine group near the border with the Islamic State's "
        "Sahel branch. The group keeps camps in the Tamesna Valley."
    )
    found = relations(text)
    assert rel("Ansar Dine", "Tamesna Valley", "based_in") in found


def test_a_spokesman_who_gave_his_name_is_the_spokesman_of_the_group(relations: Any) -> None:
    text = (
        "Jamaat-ul-Ahrar claimed the bombing. "
        "Its spokesman, who gave his name as Umar Khitab, said the post had been hit."
    )
    assert rel("Umar Khitab", "Jamaat-ul-Ahrar", "affiliation") in relations(text)


def test_a_commander_who_goes_by_a_name_holds_the_command(relations: Any) -> None:
    text = "The Nuba Front's commander, who goes by the name of Abu Tira, said the town had fallen."
    assert rel("Abu Tira", "Nuba Front", "affiliation") in relations(text)


def test_a_role_whose_relative_clause_names_someone_else_is_not_that_person(relations: Any) -> None:
    text = (
        "Jamaat-ul-Ahrar claimed the bombing. "
        "Its spokesman, who criticised Imran Rashid, said the post was hit."
    )
    assert rel("Imran Rashid", "Jamaat-ul-Ahrar", "affiliation") not in relations(text)


def test_a_group_described_as_linked_to_another_operates_where_its_clause_says(relations: Any) -> None:
    text = (
        "Katibat Ansar al-Fath wal-Jihad (KAFJ), the al-Qaeda-linked group that operates across "
        "Chad and Niger, claimed the raid on Tuesday."
    )
    found = relations(text)
    assert rel("Katibat Ansar al-Fath wal-Jihad", "Chad", "based_in") in found
    assert rel("al-Qaeda", "Chad", "based_in") not in found


def test_a_linked_group_with_no_name_of_its_own_is_not_the_group_it_is_linked_to(relations: Any) -> None:
    text = "Troops clashed with the al-Shabaab-allied group that holds the hills of Gedo."
    assert rel("al-Shabaab", "Gedo", "based_in") not in relations(text)


def test_a_branch_whose_relative_clause_says_where_it_operated_is_the_branch_not_its_parent(
    relations: Any,
) -> None:
    text = "AQIM, the branch of al-Qaeda that has long operated from the mountains of Kabylie, struck again."
    found = relations(text)
    assert rel("AQIM", "Kabylie", "based_in") in found
    assert rel("al-Qaeda", "Kabylie", "based_in") not in found


def test_its_after_a_fronted_phrase_naming_no_one_is_the_subject_of_the_sentence_before(
    relations: Any,
) -> None:
    text = (
        "The Kivu Liberation Army rejected any role in the attack. In a statement posted on social "
        "media on Monday, its spokesman, Lencho Abate, accused the militias of staging abductions."
    )
    assert rel("Lencho Abate", "Kivu Liberation Army", "affiliation") in relations(text)


def test_its_after_a_fronted_phrase_that_names_a_body_is_not_read_from_the_sentence_before(
    relations: Any,
) -> None:
    text = (
        "The Kivu Liberation Army rejected any role in the attack. In a statement carried by the "
        "Ituri Defence Ministry on Monday, its spokesman, Lencho Abate, said the report was false."
    )
    assert rel("Lencho Abate", "Kivu Liberation Army", "affiliation") not in relations(text)


def test_the_group_after_an_untyped_x_group_is_that_group(relations: Any) -> None:
    text = (
        "General Alcaraz said members of the Dawlah Islamiyah-Rajah Group were suspected of planting "
        "the bomb. The group has pledged allegiance to the Islamic State."
    )
    assert rel("Dawlah Islamiyah-Rajah Group", "Islamic State", "affiliation") in relations(text)


def test_a_group_controlling_the_area_around_places_is_based_there(relations: Any) -> None:
    text = (
        "Police blamed the Tigre Front. The front controls much of the rural area around Jamundí and Popayán."
    )
    found = relations(text)
    assert rel("Tigre Front", "Jamundí", "based_in") in found
    assert rel("Tigre Front", "Popayán", "based_in") in found


def test_a_speaker_saying_a_group_carried_out_an_attack_in_the_passive_opposes_it(relations: Any) -> None:
    text = "State Attorney General Ricardo Vargas said the shooting was carried out by a cell of Los Zetas."
    assert rel("Ricardo Vargas", "Los Zetas", "hostility") in relations(text)


def test_a_speaker_saying_a_groups_members_were_suspected_of_an_attack_opposes_it(relations: Any) -> None:
    text = "Major General Ferdinand Reyes said members of Ansarul Islam were suspected of planting the bomb."
    assert rel("Ferdinand Reyes", "Ansarul Islam", "hostility") in relations(text)


def test_men_suspected_of_helping_a_group_make_no_speaker_hostility_to_it(relations: Any) -> None:
    text = "Colonel Hernán Vargas said two men were suspected of hiding weapons for Ansarul Islam."
    assert rel("Hernán Vargas", "Ansarul Islam", "hostility") not in relations(text)
