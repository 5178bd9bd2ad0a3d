"""Names that the relation stage matches by: a courtesy word of address (Burmese "U"/"Daw",
a Filipino rebel's "Ka") is no part of a person's name; a faction named by a parent's name
hyphened to its leader's keeps its "group", and a rebel front or column named after a
commander keeps its noun; a stance prefix ("pro-") is no part of the group it names; a
unit's ordinal the tagger left out ("the 27th [Front]") is part of the unit's name; a title
modifier before one word ("Security Ring") makes a force's name, not a titled man."""

from __future__ import annotations

from typing import Any


def entity(extraction: Any, name: str) -> Any:
    return next((e for e in extraction.entities if e.name == name), None)


def test_a_burmese_courtesy_word_is_left_out_of_the_name(extract: Any) -> None:
    found = extract("A spokesman for the rebels, U Tun Myat Aung, said the fighters had seized the post.")
    person = entity(found, "Tun Myat Aung")
    assert person is not None and person.type == "PERSON"
    assert "U Tun Myat Aung" in person.aliases
    assert not person.roles  # a word of address is no office


def test_a_woman_addressed_as_daw_is_named_without_it(extract: Any) -> None:
    found = extract("Daw Hnin Su Mon, a teacher in the village, said three children had been hurt.")
    person = entity(found, "Hnin Su Mon")
    assert person is not None and "Daw Hnin Su Mon" in person.aliases


def test_a_rebel_addressed_as_ka_is_named_without_it(extract: Any) -> None:
    found = extract("Its spokesman, Ka Ernesto Dalisay, said the rebels had lost two fighters.")
    person = entity(found, "Ernesto Dalisay")
    assert person is not None and person.type == "PERSON"
    assert entity(found, "Ka Ernesto Dalisay") is None


def test_a_religious_honorific_stays_in_the_name(extract: Any) -> None:
    found = extract("Mawlawi Zulfan Sherzai, a local commander, said on Monday that four guards had died.")
    assert entity(found, "Mawlawi Zulfan Sherzai") is not None


def test_a_faction_hyphened_to_its_leaders_name_keeps_its_group_noun(extract: Any) -> None:
    found = extract("Soldiers clashed with fighters of the Abu Sayyaf-Indama group near Tipo-Tipo on Monday.")
    faction = entity(found, "Abu Sayyaf-Indama group")
    assert faction is not None and faction.type == "ORG"


def test_the_group_noun_is_kept_without_the_article_after_a_stance_word(extract: Any) -> None:
    found = extract(
        "Members of the pro-Islamic State Abu Sayyaf-Indama group were killed in a clash with soldiers."
    )
    faction = entity(found, "Abu Sayyaf-Indama group")
    assert faction is not None and faction.type == "ORG"
    assert entity(found, "Islamic State") is not None
    assert entity(found, "pro-Islamic State") is None


def test_a_descriptive_group_noun_is_still_dropped(extract: Any) -> None:
    found = extract(
        "Fighters of the Ansar al-Sharia group and the Islamic State group attacked a checkpoint."
    )
    assert entity(found, "Ansar al-Sharia") is not None
    assert entity(found, "Islamic State") is not None


def test_an_ordinal_before_a_lone_unit_head_joins_the_name(extract: Any) -> None:
    found = extract("Fighting broke out between the army and the 27th Front, a dissident faction, on Sunday.")
    unit = entity(found, "27th Front")
    assert unit is not None and unit.type == "ORG"
    assert entity(found, "Front") is None


def test_a_title_modifier_and_one_word_make_a_force_no_titled_man(extract: Any) -> None:
    found = extract("Militants attacked a post of the UAE-backed Security Ring in Lahij on Monday.")
    force = entity(found, "Security Ring")
    assert force is not None and force.type == "ORG"
    assert entity(found, "Ring") is None


def test_a_minister_named_by_one_word_keeps_his_title_out(extract: Any) -> None:
    found = extract("Defence Minister Kelo Dima and Foreign Minister Abanu said the talks would go on.")
    assert entity(found, "Abanu") is not None and entity(found, "Kelo Dima") is not None


def test_a_rebel_front_named_after_a_commander_keeps_its_noun(extract: Any) -> None:
    found = extract("The army blamed the ELN's Raul Eduardo Mahecha front for the ambush.")
    front = entity(found, "Raul Eduardo Mahecha front")
    assert front is not None and front.type == "ORG"
    assert entity(found, "Raul Eduardo Mahecha") is None


def test_a_column_named_after_a_commander_keeps_its_noun(extract: Any) -> None:
    found = extract("Police commanders blamed the Marco Aurelio Buendia column, a unit of the dissidents.")
    column = entity(found, "Marco Aurelio Buendia column")
    assert column is not None and column.type == "ORG"


def test_a_man_before_a_lower_case_front_elsewhere_stays_a_man(extract: Any) -> None:
    found = extract("John Kelo said the front had moved north overnight.")
    person = entity(found, "John Kelo")
    assert person is not None and person.type == "PERSON"
