"""Unnamed state bodies, reporting forces and the sides of a fight as actors
(extract/state_bodies.py, hooked in events.py)."""

from __future__ import annotations

from typing import Any

import pytest


def _of_type(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def test_an_unnamed_court_stands_for_the_state_of_its_seat(extract: Any) -> None:
    text = (
        "Kazakhstan has tightened its laws on extremism since 2019. "
        "On Monday, a military court in Almaty sentenced three men to 15 years in prison "
        "for plotting bombings of police stations."
    )
    actions = _of_type(extract(text, published="2025-03-04"), "military_action")
    assert actions
    assert "Kazakhstan" in actions[0].actors


def test_an_unnamed_ministry_condemning_is_the_report_state(extract: Any) -> None:
    text = (
        "Gunmen killed four police officers at a checkpoint outside Osh, Kyrgyzstan, on Sunday. "
        "The interior ministry condemned the attack and vowed to find the killers."
    )
    statements = _of_type(extract(text, published="2025-03-04"), "statement")
    assert statements
    assert statements[0].actors == ["Kyrgyzstan"]


def test_a_regional_body_is_not_the_state(extract: Any) -> None:
    text = (
        "Gunmen killed four police officers at a checkpoint outside Osh, Kyrgyzstan, on Sunday. "
        "The regional administration condemned the attack."
    )
    statements = _of_type(extract(text, published="2025-03-04"), "statement")
    assert all("Kyrgyzstan" not in s.actors for s in statements)


def test_a_blame_by_the_army_in_a_relative_clause_is_the_state(extract: Any) -> None:
    text = (
        "Insurgents have fought the government of Guatemala in the highlands for years. "
        "On Friday, gunmen killed two soldiers near Cobán, an attack the army blamed on the Frente Sur."
    )
    statements = _of_type(extract(text, published="2025-03-08"), "statement")
    assert statements
    assert "Guatemala" in statements[0].actors


@pytest.mark.parametrize(
    "speaker",
    ["The army said", "The army general staff said"],
)
def test_an_unnamed_army_reporting_a_strike_on_fighters_is_its_state(extract: Any, speaker: str) -> None:
    text = (
        "Fighting has spread across northern Paraguay this year. "
        f"{speaker} on Tuesday that an air strike on a camp near Concepción had killed eleven fighters."
    )
    actions = _of_type(extract(text, published="2025-03-12"), "military_action")
    assert actions
    assert "Paraguay" in actions[0].actors


def test_a_named_command_reporting_a_strike_on_fighters_performed_it(extract: Any) -> None:
    text = (
        "The Northern Command of the Kazakh Armed Forces said an air strike on Wednesday near "
        "Shymkent killed four militants."
    )
    actions = _of_type(extract(text, published="2025-03-12"), "military_action")
    assert actions
    assert any("Command" in a or "Kazakh" in a or "Kazakhstan" in a for a in actions[0].actors)


def test_a_body_reporting_a_strike_on_civilians_did_not_perform_it(extract: Any) -> None:
    text = (
        "The Northern Command of the Kazakh Armed Forces said an air strike on Wednesday hit a "
        "market near Shymkent, killing six shoppers."
    )
    for event in extract(text, published="2025-03-12").events:
        assert not any("Command" in a for a in event.actors)


def test_a_gunfight_with_the_army_is_the_state_action(extract: Any) -> None:
    text = (
        "Violence has risen in the north of Honduras this year. Two gang members were killed in "
        "a gunfight with the army near Tocoa on Monday, officials said."
    )
    actions = _of_type(extract(text, published="2025-03-18"), "military_action")
    assert actions
    assert "Honduras" in actions[0].actors


def test_clashes_between_two_named_groups_are_both_sides_attack(extract: Any) -> None:
    text = (
        "At least six fighters were killed on Sunday in clashes between Hayat Tahrir al-Sham and "
        "Hurras al-Din near Sarmin, a local monitor said."
    )
    attacks = _of_type(extract(text, published="2025-03-18"), "attack")
    assert attacks
    assert {"Hayat Tahrir al-Sham", "Hurras al-Din"} <= set(attacks[0].actors)


def test_clashes_between_troops_and_unnamed_fighters_give_no_group(extract: Any) -> None:
    text = "At least six people were killed on Sunday in clashes between troops and gunmen near Sarmin."
    for event in extract(text, published="2025-03-18").events:
        assert not any("gunmen" in a.lower() for a in event.actors)


def test_police_who_arrest_are_the_state_not_a_police_officer_named_before(extract: Any) -> None:
    text = (
        "Gunmen robbed a bank in Ndola, Zambia, on Monday, killing two guards, police commissioner "
        "Mwamba Chileshe said. In Kitwe, police arrested twelve men suspected of supplying the gang "
        "on Tuesday."
    )
    arrests = [
        e
        for e in _of_type(extract(text, published="2025-03-20"), "military_action")
        if e.trigger == "arrested"
    ]
    assert arrests
    assert "Mwamba Chileshe" not in arrests[0].actors
    assert "Zambia" in arrests[0].actors


@pytest.mark.parametrize("body", ["The camp administration", "The district administration"])
def test_an_institution_or_district_body_is_not_the_state(extract: Any, body: str) -> None:
    text = (
        "Gunmen killed four police officers at a checkpoint outside Osh, Kyrgyzstan, on Sunday. "
        f"{body} condemned the attack and blamed smugglers."
    )
    statements = _of_type(extract(text, published="2025-03-04"), "statement")
    assert all("Kyrgyzstan" not in s.actors for s in statements)


def test_a_named_command_reporting_its_troops_stands_beside_the_state(extract: Any) -> None:
    text = (
        "Fighting has spread across northern Paraguay this year. In a statement on Friday, the "
        "Paraguayan Joint Command of the Armed Forces said troops had killed three rebels in a raid "
        "near Concepción."
    )
    actions = _of_type(extract(text, published="2025-03-12"), "military_action")
    assert actions
    assert "Paraguay" in actions[0].actors
    assert any("Joint Command" in a for a in actions[0].actors)


def test_talks_between_the_government_and_a_group_are_both_sides(extract: Any) -> None:
    text = (
        "Hurras al-Din fighters attacked an army post near Saraqib, Syria, on Monday, killing four "
        "soldiers. Talks between the government and Hurras al-Din held in Ariha last year ended "
        "without agreement."
    )
    meetings = _of_type(extract(text, published="2025-03-18"), "meeting")
    assert meetings
    assert {"Syria", "Hurras al-Din"} <= set(meetings[0].actors)
