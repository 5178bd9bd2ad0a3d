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
    assert not any(e.type == "ORG" and "Korea" in name for name, e in ents.items())


def test_a_unions_office_defined_by_its_acronym_stays_apart_from_the_union(extract: Any) -> None:
    ents = names(
        extract(
            "Figures from the UN Office for Refugee Protection Affairs (ORPA) show that 12,000 "
            "families crossed the river in May."
        )
    )
    assert "Office for Refugee Protection Affairs" in ents
    assert "ORPA" in ents["Office for Refugee Protection Affairs"].aliases
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
