"""Fault kinds of session 20, worded afresh (whole pipeline; places, names and numbers of no dev
file, case or training page): armed men who "descended on" a village dated by that sentence, not
by the officials' report; a funding verb the parser read into the violent noun's phrase ("help
finance the group's kidnapping campaign"); a gunfight "between" state forces and militants; a
year inside a happening's name ("since the 2021 X bombing") and the claim of "the killings" kept
off that older happening; people "snatched" or "carried off"; bare plural bombings of sites
named with their towns; "helping plan attacks" as a plan."""

from __future__ import annotations

from typing import Any

import pytest


def _events(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def _place(event: Any) -> str | None:
    return event.place.name if event.place is not None else None


def _iso(event: Any) -> str | None:
    return event.date.iso if event.date is not None else None


# --- the attackers "descended on" the village: their day, not the report's --------------------


def test_armed_men_descending_on_a_village_date_the_raid(extract: Any) -> None:
    extraction = extract(
        "Officials in the state said on Monday that nine farmers had been killed in a militia raid. "
        "The attackers descended on the village of Dogondaji on Saturday night.",
        published="2024-06-18",
    )
    [attack] = _events(extraction, "attack")
    assert _iso(attack) == "2024-06-15"
    assert _place(attack) == "Dogondaji"
    assert attack.killed is not None and attack.killed.value == 9


@pytest.mark.parametrize(
    "text",
    [
        "Darkness descended on the town of Shinkafi on Saturday.",
        "Hundreds of fans descended on Shinkafi on Saturday for the final.",
    ],
)
def test_descending_without_armed_men_is_no_attack(extract: Any, text: str) -> None:
    assert _events(extract(text, published="2024-06-18"), "attack") == []


# --- people snatched or carried off -------------------------------------------------------------


@pytest.mark.parametrize("verb", ["snatched", "carried off"])
def test_people_snatched_or_carried_off_are_an_attack(extract: Any, verb: str) -> None:
    extraction = extract(
        f"In March 2022, bandits {verb} 41 passengers from a bus near Damasak.", published="2024-06-20"
    )
    [attack] = _events(extraction, "attack")
    assert _iso(attack) == "2022-03"
    assert _place(attack) == "Damasak"


@pytest.mark.parametrize(
    "text",
    [
        "A thief snatched a handbag at the market in Damasak on Tuesday.",
        "The home side carried off the trophy in Damasak on Tuesday.",
    ],
)
def test_things_snatched_or_carried_off_are_no_attack(extract: Any, text: str) -> None:
    assert _events(extract(text, published="2024-06-20"), "attack") == []


# --- a funding verb read into the noun's phrase ---------------------------------------------------


def test_money_that_helps_bankroll_a_bombing_campaign_tells_no_attack(extract: Any) -> None:
    extraction = extract(
        "Officials said the blacklisted money-transfer firms help bankroll al-Mourabitoun's bombing "
        "campaign against Malian civilians.",
        published="2024-06-20",
    )
    assert _events(extraction, "attack") == []


# --- a gunfight between state forces and militants --------------------------------------------------


@pytest.mark.parametrize(
    "sides", ["troops and insurgents", "insurgents and troops", "police officers and bandits"]
)
def test_a_gunfight_between_state_forces_and_militants_is_a_military_action(extract: Any, sides: str) -> None:
    extraction = extract(
        f"A firefight between {sides} near Bungudu on Sunday left six of the gunmen dead, officials said.",
        published="2024-06-20",
    )
    [action] = _events(extraction, "military_action")
    assert _place(action) == "Bungudu"
    assert _events(extraction, "attack") == []


def test_a_gunfight_between_two_gangs_stays_an_attack(extract: Any) -> None:
    extraction = extract(
        "A gunfight between two rival gangs near Bungudu on Sunday left three men dead.",
        published="2024-06-20",
    )
    assert len(_events(extraction, "attack")) == 1
    assert _events(extraction, "military_action") == []


# --- a year inside an older happening's name ----------------------------------------------------------


def test_the_older_bombing_named_with_its_year_is_its_own_event(extract: Any) -> None:
    extraction = extract(
        "Gunmen shot dead 15 villagers near Abala on Sunday, in one of the deadliest attacks in the "
        "region since the 2021 Filingue market bombing.\n\n"
        "The Islamic State Sahel Province claimed responsibility for the killings.",
        published="2024-06-20",
    )
    attacks = {_iso(a): a for a in _events(extraction, "attack")}
    assert set(attacks) == {"2024-06-16", "2021"}
    assert _place(attacks["2024-06-16"]) == "Abala"
    assert attacks["2024-06-16"].actors == ["Islamic State Sahel Province"]
    assert attacks["2021"].actors == []  # the claim is of Sunday's killings


# --- bare plural bombings of sites named with their towns ----------------------------------------------


def test_bombings_of_two_sites_in_two_towns_are_two_attacks(extract: Any) -> None:
    extraction = extract(
        "Prosecutors say Rudi Salim organised bombings of a church in Ambon and a market in Bima in 2019.",
        published="2024-06-20",
    )
    attacks = _events(extraction, "attack")
    assert sorted(_place(a) or "" for a in attacks) == ["Ambon", "Bima"]
    assert all(_iso(a) == "2019" and a.actors == ["Rudi Salim"] for a in attacks)


def test_bare_plural_attacks_on_a_kind_of_target_stay_no_event(extract: Any) -> None:
    extraction = extract(
        "Prosecutors say Rudi Salim organised attacks on foreign workers.", published="2024-06-20"
    )
    assert _events(extraction, "attack") == []


def test_helping_plan_attacks_is_a_plan(extract: Any) -> None:
    extraction = extract(
        "He is also accused of helping plan assaults on two hotels in Ambon.", published="2024-06-20"
    )
    assert _events(extraction, "attack") == []


# --- a running total since a year: many happenings or a campaign, not one ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rebels, who hold large parts of rural western Chad, have been under pressure from army "
        "offensives since 2019 but retain the ability to strike towns.",
        "The province has recorded more than 150 rebel deaths in police operations since March last year.",
        "Kenya's army has pursued the group inside Somalia since 2011 in a joint offensive with AMISOM.",
    ],
)
def test_a_running_total_since_a_year_tells_no_military_action(extract: Any, text: str) -> None:
    assert _events(extract(text, published="2024-06-20"), "military_action") == []


def test_a_short_running_total_keeps_its_operation(extract: Any) -> None:
    extraction = extract(
        "Troops have killed 12 militants in an operation in the hills since Friday, the army said.",
        published="2024-06-20",
    )
    assert len(_events(extraction, "military_action")) == 1


def test_repeated_hung_on_the_compound_still_makes_strikes_a_kind(extract: Any) -> None:
    extraction = extract(
        "Greece regards the front as the armed wing of the party and has carried out repeated drone "
        "strikes on its commanders.",
        published="2024-06-20",
    )
    assert _events(extraction, "military_action") == []


# --- who fought decides attack or military action ---------------------------------------------------


def _types(extraction: Any) -> list[str]:
    return sorted(e.type for e in extraction.events if e.type in ("attack", "military_action"))


def test_raids_that_killed_civilians_with_no_doer_named_are_attacks(extract: Any) -> None:
    extraction = extract(
        "In May 2022, coordinated raids on the villages of Mwenga and Kalehe killed about 60 civilians.",
        published="2025-06-18",
    )
    assert _types(extraction) == ["attack", "attack"]


@pytest.mark.parametrize(
    ("sides", "expected"),
    [
        ("the Bahati Liberation Front and the Kalehe Defence Movement", ["attack"]),
        ("the army and the rebels", ["military_action"]),
    ],
)
def test_fighting_that_broke_out_between_sides_is_typed_by_the_sides(
    extract: Any, sides: str, expected: list[str]
) -> None:
    extraction = extract(
        f"Heavy fighting broke out between {sides} near Mwenga on Monday.", published="2025-06-18"
    )
    assert _types(extraction) == expected


@pytest.mark.parametrize(
    ("victims", "expected"),
    [
        ("Three gendarmes were", ["attack"]),
        ("A gendarme and three rebels were", ["military_action"]),
    ],
)
def test_a_firefight_with_no_side_named_is_typed_by_who_died(
    extract: Any, victims: str, expected: list[str]
) -> None:
    extraction = extract(f"{victims} killed in a firefight near Kalehe on Monday.", published="2025-06-18")
    assert _types(extraction) == expected


def test_one_man_who_struck_people_made_an_attack(extract: Any) -> None:
    extraction = extract(
        "The court heard that he struck four people outside a church in Vryheid on March 2, 2024.",
        published="2025-06-18",
    )
    assert _types(extraction) == ["attack"]


def test_armed_men_named_by_their_movement_killed_make_a_military_action(extract: Any) -> None:
    extraction = extract(
        "Two suspected Maoists were killed in an exchange of fire near Kalehe on Monday.",
        published="2025-06-18",
    )
    assert _types(extraction) == ["military_action"]


def test_a_statement_noun_that_blamed_someone_is_one_statement(extract: Any) -> None:
    extraction = extract(
        "A statement from the region's information bureau blamed the Kivu Liberation Front (KLF), adding "
        "that the attackers had fled into the forest.",
        published="2024-10-25",
    )
    assert len(_events(extraction, "statement")) == 1
