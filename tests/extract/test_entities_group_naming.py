"""Group names the NER leaves out, cuts or mistypes: a name before a plural noun of fighters, a
transliterated name joined by hyphens through a lower-case piece, a name given after "known as"
following a group noun, and a national army "in" its own country."""

from __future__ import annotations

from typing import Any


def names(extraction: Any) -> dict[str, Any]:
    return {e.name: e for e in extraction.entities}


def test_a_word_before_militias_names_a_group(extract: Any) -> None:
    ents = names(
        extract(
            "Rebels clashed on Sunday with Kangoma militias, volunteers who fight beside the army, "
            "near Kalemie. Kangoma fighters later withdrew."
        )
    )
    assert "Kangoma" in ents
    assert ents["Kangoma"].type == "ORG"


def test_a_word_after_a_regions_possessive_before_forces_names_a_group(extract: Any) -> None:
    ents = names(
        extract(
            "Hiraan's Tuloni forces, which have fought the group since May, said they had retaken the hamlet."
        )
    )
    assert any(name.endswith("Tuloni") and e.type == "ORG" for name, e in ents.items())


def test_english_words_and_peoples_before_forces_name_no_group(extract: Any) -> None:
    ents = names(
        extract("Officials said Ukrainian forces and Tuareg fighters had left the base near Tessalit.")
    )
    assert "Ukrainian" not in ents
    assert not any(e.type == "ORG" and "Tuareg" in name for name, e in ents.items())


def test_a_hyphen_joined_group_name_ending_on_a_country_is_one_group(extract: Any) -> None:
    ents = names(
        extract(
            "Tahreek-ul-Fuqara Afghanistan, an alliance of several factions, claimed the ambush "
            "in a message to reporters."
        )
    )
    assert "Tahreek-ul-Fuqara Afghanistan" in ents
    assert ents["Tahreek-ul-Fuqara Afghanistan"].type == "ORG"
    assert "Afghanistan" not in ents


def test_a_hyphen_joined_name_before_movement_is_a_group(extract: Any) -> None:
    ents = names(extract("A court in Dushanbe banned the little-known Jamiat-i Nasr movement on Monday."))
    assert "Jamiat-i Nasr" in ents
    assert ents["Jamiat-i Nasr"].type == "ORG"


def test_a_hyphen_joined_name_of_a_man_is_no_group(extract: Any) -> None:
    ents = names(extract("Inam-ul-Karim, a lawyer for the families, said the ruling was unfair."))
    assert not any(e.type == "ORG" and "Karim" in name for name, e in ents.items())


def test_a_name_after_fighters_known_as_is_a_group(extract: Any) -> None:
    ents = names(
        extract("Soldiers, backed by village fighters known as the Bakoro, retook the outpost near Mopti.")
    )
    assert "Bakoro" in ents
    assert ents["Bakoro"].type == "ORG"


def test_a_name_after_militia_groups_known_as_is_no_person(extract: Any) -> None:
    ents = names(
        extract(
            "Local militia groups known as the Fuerza Comunal also support government troops near Montepuez."
        )
    )
    assert "Fuerza Comunal" in ents
    assert ents["Fuerza Comunal"].type == "ORG"


def test_a_name_after_one_fighter_known_as_stays_a_person(extract: Any) -> None:
    ents = names(extract("A fighter known as Dembo was killed near Mopti on Tuesday."))
    assert "Dembo" in ents
    assert ents["Dembo"].type == "PERSON"


def test_a_national_army_in_its_own_country_is_the_army_and_the_country(extract: Any) -> None:
    ents = names(
        extract(
            "Algeria backs several forces in the region, including the Tunisian National Army in Tunisia."
        )
    )
    assert "Tunisian National Army" in ents
    assert "Tunisia" in ents
    assert "Tunisian National Army in Tunisia" not in ents


def test_a_hausa_honorific_before_a_name_is_another_form_of_it(extract: Any) -> None:
    ents = names(
        extract("Police said Mallam Sani Dauda, a commander of the Kurmi faction, was arrested in Zaria.")
    )
    assert "Sani Dauda" in ents
    assert "Mallam Sani Dauda" in ents["Sani Dauda"].aliases


def test_a_name_with_a_dashed_qualifier_and_its_acronym_is_one_group(extract: Any) -> None:
    ents = names(
        extract(
            "The militia is allegedly armed by the Niger People's Salvation Front-in-Opposition "
            "(NPSF-IO), an accusation the front rejects."
        )
    )
    name = "Niger People's Salvation Front-in-Opposition"
    assert name in ents
    assert ents[name].type == "ORG"
    assert "NPSF-IO" in ents[name].aliases


def test_a_numbered_front_of_a_defined_group_is_its_own_unit(extract: Any) -> None:
    ents = names(
        extract(
            "The rebels have fought the 14th Front of the Frente Unido (FU), a dissident faction, "
            "since 2021 for control of the smuggling routes."
        )
    )
    assert "14th Front" in ents
    assert "Frente Unido" in ents


def test_a_name_after_fighters_of_the_is_a_group(extract: Any) -> None:
    ents = names(
        extract(
            "In a video posted on Monday, fighters of the Donga Warriors, a separatist militia, "
            "claimed the blast. Residents of the Old Town fled."
        )
    )
    assert "Donga Warriors" in ents
    assert ents["Donga Warriors"].type == "ORG"
    assert "Old Town" not in ents or ents["Old Town"].type != "ORG"
