"""Event types decided by how the strike is told: from the air, and ground taken by whom."""

from __future__ import annotations

from typing import Any

import pytest


def types_of(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        "Wednesday's air attack against a funeral procession outside Kadugli left 14 mourners dead.",
        "An aerial raid hit the cattle market of Um Kadada on Friday, killing 11 traders.",
        "Eight farmers died when an air raid struck their fields near Wad Madani on Thursday.",
    ],
)
def test_a_strike_from_the_air_with_no_group_named_is_one_military_action(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2024-06-10"))
    assert found == ["military_action"]


def test_an_air_raid_by_a_named_armed_group_stays_an_attack(extract: Any) -> None:
    text = "An air raid by the Rapid Support Forces hit a hospital in Omdurman on Monday, killing six."
    found = types_of(extract(text, published="2024-06-11"))
    assert "attack" in found
    assert "military_action" not in found


def test_a_drone_attack_is_not_taken_for_the_state(extract: Any) -> None:
    text = "A drone attack on a crowded bus station in Gao killed nine people on Tuesday."
    found = types_of(extract(text, published="2024-06-12"))
    assert "military_action" not in found
    assert "attack" in found


@pytest.mark.parametrize(
    "text",
    [
        "The mining town of Nsama was captured by insurgents last October following a week-long siege.",
        "The village of Ntchinga was seized by rebels on Saturday, residents said.",
    ],
)
def test_ground_taken_in_the_passive_by_fighters_is_an_attack(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2024-06-13"))
    assert "attack" in found
    assert "military_action" not in found


def test_a_suspect_captured_by_officers_stays_an_arrest(extract: Any) -> None:
    text = "A suspected arms smuggler was captured by police officers in Mombasa on Friday."
    found = types_of(extract(text, published="2024-06-14"))
    assert "military_action" in found
    assert "attack" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Three attack helicopters flew low over Kalehe on Tuesday and fired on rebel trenches.",
        "Troops supported by attack drones chased the gunmen out of Tsafe on Wednesday.",
    ],
)
def test_an_event_noun_naming_a_machine_s_kind_is_no_attack(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2024-06-15"))
    assert "military_action" in found
    assert "attack" not in found


def test_a_raid_joined_to_an_arrest_under_one_subject_is_one_military_action(extract: Any) -> None:
    text = "Early on Tuesday, gendarmerie units raided two shops in Maradi and arrested a trader and his son."
    assert types_of(extract(text, published="2024-06-17")) == ["military_action"]


def test_fighters_joined_to_an_arrest_verb_still_attack(extract: Any) -> None:
    text = "Gunmen stormed the village of Kuru on Monday and detained the chief for hours, residents said."
    assert "attack" in types_of(extract(text, published="2024-06-18"))


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmerie teams stormed a smugglers' depot outside Agadez on Wednesday.",
        "Army special units stormed a warehouse in Goma on Thursday, killing two gunmen.",
    ],
)
def test_a_state_force_word_before_a_team_or_unit_makes_it_the_state_s(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2024-06-19"))
    assert "military_action" in found
    assert "attack" not in found


def test_a_team_of_gunmen_is_no_state_force(extract: Any) -> None:
    text = "A team of gunmen burst into a guesthouse in Beledweyne on Sunday, killing four guests."
    assert "attack" in types_of(extract(text, published="2024-06-20"))
