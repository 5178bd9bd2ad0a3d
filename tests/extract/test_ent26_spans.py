"""Entity spans cut or stretched so that the right entity never exists: a group named for a
family swallowed by its leader's name, a place run into the office held there, an
organisation named for two parts of a region, a long form defined in French or Spanish."""

from __future__ import annotations

from typing import Any

import pytest


def names(extraction: Any) -> dict[str, Any]:
    return {e.name: e for e in extraction.entities}


def forms(extraction: Any) -> dict[str, Any]:
    return {form: e for e in extraction.entities for form in (e.name, *e.aliases)}


def test_a_leader_named_for_his_family_stays_apart_from_the_group(extract: Any) -> None:
    ents = forms(
        extract(
            "Yemeni officials said on Friday that the Houthis, whose supreme leader is "
            "Abdul-Malik al-Houthi, had seized a grain tanker off Salif."
        )
    )
    assert ents["Abdul-Malik al-Houthi"].type == "PERSON"
    assert ents["Houthis"].type == "ORG"
    assert ents["Houthis"] is not ents["Abdul-Malik al-Houthi"]


def test_a_group_named_for_a_family_is_not_a_surname_of_its_chief(extract: Any) -> None:
    ents = forms(
        extract(
            "Fighters of the Houthi movement shelled Taiz overnight. Their commander, "
            "Abdul-Malik al-Houthi, praised the barrage in a televised speech."
        )
    )
    assert ents["Abdul-Malik al-Houthi"].type == "PERSON"
    assert ents["Houthi movement"] is not ents["Abdul-Malik al-Houthi"]


def test_a_surname_alone_still_names_the_person(extract: Any) -> None:
    ents = forms(
        extract(
            "Tomas Verhoeven, a lawyer for the families, spoke in Ghent. Verhoeven said an appeal was due."
        )
    )
    assert ents["Verhoeven"] is ents["Tomas Verhoeven"]


def test_a_place_run_into_its_governor_is_the_place_and_the_man(extract: Any) -> None:
    extraction = extract("Sulu Governor Hadjiman Salliman said the town of Jolo was calm after the blast.")
    ents = names(extraction)
    assert ents["Hadjiman Salliman"].type == "PERSON"
    assert ents["Sulu"].type == "PLACE"
    assert not any("Governor" in name for name in ents)


def test_a_governors_full_name_after_an_untagged_province(extract: Any) -> None:
    ents = names(
        extract(
            "Zamboanga del Norte Governor Rosalina Jalosjos said on Monday that officers had "
            "detained two boatmen near the port."
        )
    )
    assert "Rosalina Jalosjos" in ents
    assert "Jalosjos" not in ents


def test_a_place_after_a_commissioners_title_is_no_part_of_his_name(extract: Any) -> None:
    ents = names(
        extract(
            "Assistant Commissioner Peshawar Kamran Afridi told a news conference that the "
            "market would stay shut until Monday."
        )
    )
    assert "Kamran Afridi" in ents
    assert ents["Kamran Afridi"].type == "PERSON"
    assert "Peshawar Kamran Afridi" not in ents


def test_a_banks_governor_keeps_the_bank_as_a_body(extract: Any) -> None:
    ents = names(
        extract(
            "The Reserve Bank Governor Lindiwe Mokoena said on Thursday that the forged notes "
            "had been traced to a print shop."
        )
    )
    assert "Lindiwe Mokoena" in ents
    assert all(e.type != "PLACE" for name, e in ents.items() if "Bank" in name)


def test_an_organisation_named_for_two_parts_of_a_region_is_one_name(extract: Any) -> None:
    ents = names(
        extract("The Council of South and West Darfur condemned the shelling of the market on Sunday.")
    )
    assert "Council of South and West Darfur" in ents
    assert ents["Council of South and West Darfur"].type == "ORG"


def test_two_halves_of_a_peninsula_after_envoys_stay_places(extract: Any) -> None:
    ents = names(extract("Envoys of North and South Korea met at the truce village of Panmunjom on Monday."))
    assert ents["South Korea"].type == "PLACE"
    assert not any(e.type == "ORG" and "Korea" in name for name, e in ents.items())


def test_a_unions_office_defined_by_its_acronym_keeps_the_union_in_its_name(extract: Any) -> None:
    ents = names(
        extract(
            "Figures from the UN Office for Refugee Protection Affairs (ORPA) show that 12,000 "
            "families crossed the river in May."
        )
    )
    assert "UN Office for Refugee Protection Affairs" in ents
    assert "ORPA" in ents["UN Office for Refugee Protection Affairs"].aliases
    assert "UN Office" not in ents


def test_a_body_head_after_a_union_still_closes_its_name(extract: Any) -> None:
    ents = names(
        extract("The Pan-Sahel Union Monitoring Commission met in Niamey on Thursday to review the truce.")
    )
    assert "Pan-Sahel Union Monitoring Commission" in ents


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        (
            "Troops loyal to the Comité pour la Défense de la Nation (CDN) closed the airport on Friday.",
            "Comité pour la Défense de la Nation",
            "CDN",
        ),
        (
            "A spokesman for the Frente Popular por la Liberación (FPL) denied that its men fired first.",
            "Frente Popular por la Liberación",
            "FPL",
        ),
    ],
)
def test_a_long_form_with_romance_articles_is_defined_by_its_acronym(
    extract: Any, text: str, long: str, short: str
) -> None:
    ents = names(extract(text))
    assert long in ents
    assert short in ents[long].aliases


def test_a_hyphened_surname_after_a_long_title_is_kept_whole(extract: Any) -> None:
    ents = names(
        extract(
            "A spokesman for the Ogun State Police Command, Deputy Superintendent Funmi "
            "Adeyemi-Cole, told reporters the kidnappers had fled."
        )
    )
    assert "Funmi Adeyemi-Cole" in ents
    assert "Funmi Adeyemi" not in ents


def test_a_title_comes_off_a_hyphened_name_read_as_a_body(extract: Any) -> None:
    ents = names(
        extract(
            "The spokesman of the Oyo State Police Command, Superintendent Adewale Osifeso-Bello, "
            "said on Friday that two suspects had been arrested."
        )
    )
    assert "Adewale Osifeso-Bello" in ents
    assert ents["Adewale Osifeso-Bello"].type == "PERSON"


def test_a_four_word_name_after_a_title_and_a_comma_is_a_person(extract: Any) -> None:
    ents = names(
        extract(
            "Sonora's Public Security Secretary, Víctor Hugo Enríquez Ramos, vowed to find the "
            "gunmen by Easter."
        )
    )
    assert ents["Víctor Hugo Enríquez Ramos"].type == "PERSON"


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("La Voz del Sur", "LVS"),  # an opening article gives its initial
        ("Frente Unido por la Paz", "FUP"),  # an article inside the name gives none
        ("Comité pour la Défense des Droits", "CDD"),
    ],
)
def test_initials_of_names_with_romance_articles(name: str, initials: str) -> None:
    from nexus.extract.entities import _initials

    assert _initials(name) == initials


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "On Tuesday, soldiers of the 14th Brigade patrolling the hills captured two rebels near Tame.",
            "14th Brigade",
        ),
        ("Troops of the Ghanaian Army's 2 Division detained four men in a forest near Tamale.", "2 Division"),
        (
            "Commandos of the 7th Special Forces Battalion cleared the camp before dawn.",
            "7th Special Forces Battalion",
        ),
    ],
)
def test_a_unit_keeps_the_number_it_is_named_by(extract: Any, text: str, unit: str) -> None:
    ents = names(extract(text))
    assert unit in ents
    assert ents[unit].type == "ORG"


def test_a_count_of_soldiers_is_no_unit(extract: Any) -> None:
    ents = names(extract("Gunmen killed 12 Army soldiers and wounded 3 Police officers near Gao on Friday."))
    assert ents["Gao"].type == "PLACE"  # the sentence's names are read
    assert not any(name[:1].isdigit() for name in ents)


def test_a_hyphened_party_name_keeps_the_word_before_it(extract: Any) -> None:
    ents = names(
        extract(
            "Gunmen opened fire at a meeting called by the Jamiat Ulema-e-Pakistan-Noorani (JUP-N) "
            "party in Hyderabad."
        )
    )
    assert "Jamiat Ulema-e-Pakistan-Noorani" in ents
    assert "JUP-N" in ents["Jamiat Ulema-e-Pakistan-Noorani"].aliases
