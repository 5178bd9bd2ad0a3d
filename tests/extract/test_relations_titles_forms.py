"""Relation forms and titles: a spokesman's apposed name after a rank, an abbreviated rank
before a titled name, a role "in" a body, a group backed by a country named by its adjective."""

from __future__ import annotations

from typing import Any


def relations(extract: Any, text: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of the relations in the extraction contract JSON."""
    contract = extract(text).to_contract()
    return {(r["source"], r["type"], r["target"]) for r in contract["relations"]}


def test_a_spokesmans_name_after_a_rank_in_apposition_speaks_for_the_body(extract: Any) -> None:
    rels = relations(
        extract,
        "The spokesman of the Kwara State Police Command, Superintendent Musa Danladi, "
        "confirmed the attack on Monday.",
    )
    assert ("Musa Danladi", "affiliation", "Kwara State Police Command") in rels


def test_an_abbreviated_rank_ends_no_sentence_before_the_name(extract: Any) -> None:
    rels = relations(
        extract, "In a statement, Hezbollah spokesman Brig. Gen. Yahya Qasim said the convoy was hit."
    )
    assert ("Yahya Qasim", "affiliation", "Hezbollah") in rels


def test_an_abbreviated_rank_opening_a_line_is_no_place(extract: Any) -> None:
    contract = extract(
        "Police said three men were held.\nBrig. Gen. Allan Cruz, the regional police director, "
        "told a radio station that the men were detained."
    ).to_contract()
    assert not any(e["name"].startswith("Brig") for e in contract["entities"])


def test_a_commander_in_an_army_belongs_to_it(extract: Any) -> None:
    rels = relations(
        extract,
        "The fighters stormed the base, according to Colonel Ahmed Nur, a commander in the "
        "Somali National Army.",
    )
    assert ("Ahmed Nur", "affiliation", "Somali National Army") in rels


def test_a_commander_in_a_town_belongs_to_no_town(extract: Any) -> None:
    rels = relations(extract, "Ahmed Nur, a commander in Hobyo, said the base was retaken.")
    assert not any(s == "Ahmed Nur" and t == "Hobyo" for s, _, t in rels)


def test_a_group_backed_by_a_country_named_by_its_adjective(extract: Any) -> None:
    rels = relations(
        extract, "Qatar denied the claims. The Qatari-backed Sahel Defence Force seized Mopti on Friday."
    )
    assert ("Qatar", "cooperation", "Sahel Defence Force") in rels


def test_a_group_operating_from_a_countrys_soil_is_based_there(extract: Any) -> None:
    rels = relations(
        extract,
        "Iran denied the claims. Officials said Jamaat al-Ahrar continues to operate from Iranian soil.",
    )
    assert ("Jamaat al-Ahrar", "based_in", "Iran") in rels


def test_a_group_which_is_active_in_a_state_is_based_there(extract: Any) -> None:
    rels = relations(
        extract,
        "Officials say the Jamaat al-Ahrar group, which is active in Kano State, recruits young men.",
    )
    assert ("Jamaat al-Ahrar", "based_in", "Kano State") in rels


def test_a_council_after_a_groups_plural_possessive_is_a_body(extract: Any) -> None:
    contract = extract(
        "Ravi Kumar, a member of the Maoists’ Eastern Regional Council, was arrested on Tuesday."
    ).to_contract()
    names = {e["name"]: e["type"] for e in contract["entities"]}
    assert names.get("Eastern Regional Council") == "ORG"


def test_an_armed_groups_council_is_part_of_the_group(extract: Any) -> None:
    rels = relations(
        extract, "Ravi Kumar said the Taliban's Eastern Regional Council had ordered the attack."
    )
    assert ("Eastern Regional Council", "affiliation", "Taliban") in rels
