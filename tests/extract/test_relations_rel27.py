"""Affiliation kinds read in session 26: offices named by their kind, branches of the armed forces,
bodies a group or province owns, groups given their name by a participle, offices held in a
relative clause, and alliances formed by the groups a participle names."""

from __future__ import annotations

from typing import Any

import pytest


def rel(a: str, b: str, rtype: str = "affiliation") -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


ARMY = "Valdorian Armed Forces units repelled an assault near Kesso before dawn. "


@pytest.mark.parametrize(
    ("text", "holder", "seat"),
    [
        (
            ARMY + "The military governor of Tarvia province, General Osei Mbeki Lunda, toured the camp.",
            "Osei Mbeki Lunda",
            "Tarvia",
        ),
        (
            ARMY
            + "The military administrator of Lomo territory, Colonel Ange Mutombo Lisa, asked residents to "
            "stay calm.",
            "Ange Mutombo Lisa",
            "Lomo",
        ),
    ],
)
def test_a_military_governor_serves_the_province_the_title_names(
    relations: Any, text: str, holder: str, seat: str
) -> None:
    found = relations(text)
    assert rel(holder, seat) in found
    assert rel(holder, "Valdorian Armed Forces") not in found


def test_an_army_title_without_a_place_still_names_the_army(relations: Any) -> None:
    text = ARMY + "The army commander, General Pierre Kante Diallo, visited the wounded soldiers."
    assert rel("Pierre Kante Diallo", "Valdorian Armed Forces") in relations(text)


def test_an_army_named_in_french_is_the_army_of_an_army_spokesman(relations: Any) -> None:
    text = (
        "The Forces Armées Maliennes reopened the road to Sévaré at dawn, and Army spokesman Major "
        "Souleymane Dembélé Traoré said three soldiers were hurt."
    )
    assert rel("Souleymane Dembélé Traoré", "Forces Armées Maliennes") in relations(text)


def test_the_air_force_spokesman_speaks_for_the_one_air_force_named(relations: Any) -> None:
    text = (
        "Pakistan Air Force jets bombed a hideout near Miranshah overnight. The air force spokesman, "
        "Group Captain Imran Saleem Qureshi, said no civilian had been hurt."
    )
    assert rel("Imran Saleem Qureshi", "Pakistan Air Force") in relations(text)


def test_with_two_air_forces_named_the_spokesman_is_tied_to_neither(relations: Any) -> None:
    text = (
        "Pakistan Air Force and Indian Air Force jets flew near the border overnight. The air force "
        "spokesman, Group Captain Imran Saleem Qureshi, said nothing was hit."
    )
    found = relations(text)
    assert rel("Pakistan Air Force", "Indian Air Force", "affiliation") not in found
    assert rel("Imran Saleem Qureshi", "Pakistan Air Force") not in found
    assert rel("Imran Saleem Qureshi", "Indian Air Force") not in found


def test_a_states_army_chief_serves_that_states_army_when_it_is_named(relations: Any) -> None:
    text = (
        "Kenya Defence Forces units guarded the Garissa road. Kenya's army chief, General Peter Ochieng "
        "Mwangi, visited the injured men in hospital."
    )
    found = relations(text)
    assert rel("Peter Ochieng Mwangi", "Kenya Defence Forces") in found
    assert rel("Peter Ochieng Mwangi", "Kenya") not in found


def test_a_states_army_chief_serves_the_state_when_no_army_is_named(relations: Any) -> None:
    text = "Police closed the road near Garissa. Kenya's army chief, General Peter Ochieng Mwangi, flew in."
    assert rel("Peter Ochieng Mwangi", "Kenya") in relations(text)


@pytest.mark.parametrize(
    ("text", "part", "owner"),
    [
        ("Hezbollah's television station Al-Manar broadcast the speech on Sunday.", "Al-Manar", "Hezbollah"),
        (
            "Hamas's internal police force, known as the Sahm Unit, detained three looters in Rafah.",
            "Sahm Unit",
            "Hamas",
        ),
        (
            "Kurdistan's Peshmerga forces, which hold the ridge, said they had pushed the militants back.",
            "Peshmerga",
            "Kurdistan",
        ),
    ],
)
def test_a_body_a_group_or_province_owns_is_its_part(
    relations: Any, text: str, part: str, owner: str
) -> None:
    assert rel(part, owner) in relations(text)


def test_a_states_own_body_is_not_tied_to_its_state(extract: Any) -> None:
    contract = extract(
        "Kenya's Anti-Terror Police Unit, known as ATPU, arrested the two men in Mombasa."
    ).to_contract()
    assert {"Kenya", "Anti-Terror Police Unit"} <= {e["name"] for e in contract["entities"]}
    pairs = {
        frozenset((r["source"], r["target"])) for r in contract["relations"] if r["type"] == "affiliation"
    }
    assert frozenset(("Kenya", "Anti-Terror Police Unit")) not in pairs


def test_a_faction_of_a_group_given_its_name_by_a_participle_is_that_groups(relations: Any) -> None:
    text = (
        "The army said the Western Front, one wing of the Hamas breakaway group known as the Sabireen "
        "Movement, fired the rockets."
    )
    found = relations(text)
    assert rel("Western Front", "Sabireen Movement") in found
    assert rel("Sabireen Movement", "Hamas") in found
    assert rel("Western Front", "Hamas") not in found


def test_a_lawmaker_who_sits_in_a_national_parliament_serves_its_state(relations: Any) -> None:
    text = (
        "Gunmen attacked a checkpoint in northern Iraq on Monday. Amal Hussein, a deputy who represents "
        "Basra in the Iraqi parliament, called for an inquiry."
    )
    assert rel("Amal Hussein", "Iraq") in relations(text)


def test_a_minister_who_holds_a_portfolio_in_a_state_serves_that_state(relations: Any) -> None:
    text = (
        "Home Minister Rakesh Tiwari Verma, who holds the police portfolio in Jharkhand, ordered a review of "
        "the deployment."
    )
    assert rel("Rakesh Tiwari Verma", "Jharkhand") in relations(text)


def test_a_person_who_lives_somewhere_holds_no_office_there(relations: Any) -> None:
    found = relations("Nadia Karam, a farmer who lives in Mosul, said the gunmen fled north towards Sinjar.")
    assert not [pair for pair, rtype in found if rtype == "affiliation" and "Nadia Karam" in pair]


def test_groups_a_participle_names_as_founders_are_parts_of_the_alliance(relations: Any) -> None:
    text = (
        "Police blamed the Ansar Front, a bloc formed last year by the Hizbul Ahrar and the "
        "Jamaat-ul-Ahrar, for the ambush."
    )
    found = relations(text)
    assert rel("Jamaat-ul-Ahrar", "Ansar Front") in found
    assert rel("Hizbul Ahrar", "Ansar Front") in found


def test_a_group_set_off_as_itself_a_splinter_of_another_is_its_part(relations: Any) -> None:
    text = "Police blamed Jund al-Khilafah, itself an offshoot of the Abu Sayyaf, for the kidnapping."
    assert rel("Jund al-Khilafah", "Abu Sayyaf") in relations(text)


def test_groups_joined_in_an_alliance_named_after_a_comma_are_its_parts(relations: Any) -> None:
    text = (
        "Last year the Jamaat-ul-Ahrar joined Lashkar-e-Islam and the Hizbul Ahrar in a loose coalition, "
        "the Ansar Front."
    )
    found = relations(text)
    for group in ("Jamaat-ul-Ahrar", "Lashkar-e-Islam", "Hizbul Ahrar"):
        assert rel(group, "Ansar Front") in found


def test_the_leader_of_the_army_a_participle_names_serves_the_army_named(relations: Any) -> None:
    lead = "Fighting between the Sudanese Armed Forces and the RSF spread to Kordofan. "
    found = relations(
        lead + "Fighting flared again when the army, led in the west by Yasir al-Atta, pushed towards "
        "the RSF lines."
    )
    assert rel("Yasir al-Atta", "Sudanese Armed Forces") in found
    other = relations(lead + "The convoy, led by Colonel Yasir al-Atta, reached El Obeid.")
    assert rel("Sudanese Armed Forces", "RSF", "hostility") in other
    assert rel("Yasir al-Atta", "Sudanese Armed Forces") not in other


MINISTRY = "Ethiopia's Finance Ministry said the grant had been paid. "


def test_a_minister_whose_title_names_the_ministry_serves_the_ministry_named(relations: Any) -> None:
    found = relations(MINISTRY + "Ethiopian Finance Minister Dawit Alemu Tesfaye met donors in Addis Ababa.")
    assert rel("Dawit Alemu Tesfaye", "Finance Ministry") in found
    assert rel("Dawit Alemu Tesfaye", "Ethiopia") not in found


def test_a_prime_minister_stays_the_states(relations: Any) -> None:
    found = relations(MINISTRY + "Ethiopian Prime Minister Abiy Ahmed met donors in Addis Ababa.")
    assert rel("Abiy Ahmed", "Ethiopia") in found
    assert rel("Abiy Ahmed", "Finance Ministry") not in found


def test_a_spokesman_of_a_regions_government_hung_on_its_name_serves_the_region(relations: Any) -> None:
    text = (
        "Omar Haji Makame, spokesman of the Zanzibar Region in Tanzania (ZRT) government, said schools "
        "would reopen."
    )
    assert rel("Omar Haji Makame", "Zanzibar Region") in relations(text)
