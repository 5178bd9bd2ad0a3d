"""Event kinds of session 21, worded afresh (whole pipeline; places, names and numbers of no dev
file, case or training page): a conflict's running toll told with "it"; an earlier count a report
"first" gave; the items of a dated timeline; a decree suspending permits; combatants who "died in
fighting" with soldiers."""

from __future__ import annotations

from typing import Any

import pytest


def _events(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def _place(event: Any) -> str | None:
    return event.place.name if event.place is not None else None


def _iso(event: Any) -> str | None:
    return event.date.iso if event.date is not None else None


# --- "It has killed ...": the conflict named in the sentence before ------------------------------


def test_a_conflicts_toll_told_with_it_is_no_event(extract: Any) -> None:
    extraction = extract(
        "Gunmen shot dead two traders in Gombe on Monday, police said.\n"
        "The insurgency in the north-east began in 2009 after a dispute over grazing land. "
        "It has killed more than 35,000 people, according to the United Nations.",
        published="2025-03-12",
    )
    [attack] = _events(extraction, "attack")
    assert _place(attack) == "Gombe"
    assert _events(extraction, "military_action") == []
    assert all(e.killed is None or e.killed.value < 100 for e in extraction.events)


def test_it_after_a_group_still_tells_a_happening(extract: Any) -> None:
    extraction = extract(
        "The militia was formed in 2019 in the hills above Mubi. "
        "It killed six farmers near Mubi on Saturday, residents said.",
        published="2025-03-12",
    )
    [attack] = _events(extraction, "attack")
    assert attack.killed is not None and attack.killed.value == 6


def test_thousands_dead_in_the_fighting_over_years_is_no_event(extract: Any) -> None:
    extraction = extract("Thousands have died in the fighting since 2019.", published="2025-03-12")
    assert extraction.events == []


# --- "Officials had first said three were killed": an earlier count -------------------------------


def test_an_earlier_count_is_no_second_attack(extract: Any) -> None:
    extraction = extract(
        "Gunmen ambushed a police patrol on Sunday night near the village of Dawaki, killing four "
        "officers, police said on Monday.\n"
        "Officials had first said three policemen were killed; a fourth died of his wounds in "
        "hospital early on Monday.",
        published="2025-03-11",
    )
    [attack] = _events(extraction, "attack")
    assert _place(attack) == "Dawaki"
    assert attack.killed is not None and attack.killed.value == 4


def test_an_earlier_count_told_with_its_blast_keeps_the_blast(extract: Any) -> None:
    extraction = extract(
        "Police initially said two people were killed in the blast at a market in Hadejia on Monday.",
        published="2025-03-11",
    )
    [attack] = _events(extraction, "attack")
    assert _place(attack) == "Hadejia"


# --- a timeline's items: each dated by its label ---------------------------------------------------


def test_timeline_items_take_their_labels_dates(extract: Any) -> None:
    extraction = extract(
        "Three police officers were killed when their vehicle struck a roadside bomb near Garsen on "
        "Tuesday, police said.\n"
        "Past attacks\n"
        "- June 15, 2014: Gunmen killed at least 48 people in Kipini, the deadliest raid on the coast.\n"
        "- January 5, 2020: Militants attacked a camp at Biu, killing a soldier and two contractors.\n",
        published="2026-10-28",
    )
    dated = {_place(e): _iso(e) for e in _events(extraction, "attack")}
    assert dated.get("Kipini") == "2014-06-15"
    assert dated.get("Biu") == "2020-01-05"
    assert dated.get("Garsen") == "2026-10-27"


def test_a_line_that_is_more_than_a_date_labels_nothing(extract: Any) -> None:
    extraction = extract(
        "Gunmen ambushed a convoy near Garsen on Tuesday, police said.\n"
        "Residents recalled June 15, 2014:\n"
        "The attackers burned the market.\n",
        published="2026-10-28",
    )
    assert all(_iso(e) != "2014-06-15" for e in extraction.events)


# --- a decree suspending permits -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A state decree signed on Wednesday suspends all firearms permits in nine districts until April.",
        "The governor suspended all gun licences in the state on Wednesday.",
    ],
)
def test_suspending_permits_is_a_measure(extract: Any, sentence: str) -> None:
    extraction = extract(
        "Gunmen killed 12 villagers near Mubi on Monday, police said.\n" + sentence, published="2025-03-14"
    )
    [measure] = _events(extraction, "sanction")
    assert _iso(measure) == "2025-03-12"


def test_a_suspended_player_is_no_measure(extract: Any) -> None:
    extraction = extract(
        "The league suspended the striker for three matches on Wednesday.", published="2025-03-14"
    )
    assert _events(extraction, "sanction") == []


# --- "died in fighting with soldiers" --------------------------------------------------------------


def test_died_in_fighting_is_a_military_action(extract: Any) -> None:
    extraction = extract(
        "Five rebels died in fighting with soldiers near Mubi on Sunday, the army said.",
        published="2024-09-20",
    )
    [action] = _events(extraction, "military_action")
    assert _iso(action) == "2024-09-15"
    assert _place(action) == "Mubi"
    assert action.killed is not None and action.killed.value == 5


# --- markets shut or suspended as a security measure --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He also suspended the weekly cattle market at Hong on Tuesday, which officials say the gangs use.",
        "The state government also shut four weekly markets in Hong on Tuesday.",
    ],
)
def test_shutting_markets_is_a_measure(extract: Any, sentence: str) -> None:
    extraction = extract(
        "Gunmen killed 12 villagers near Mubi on Monday, police said.\n" + sentence, published="2025-02-12"
    )
    [measure] = _events(extraction, "sanction")
    assert _iso(measure) == "2025-02-11"


# --- a vehicle that ran into a planted bomb, in a report filed from the victims' country ----------


@pytest.mark.parametrize("verb", ["struck", "ran over"])
def test_a_vehicle_running_into_a_bomb_is_an_attack(extract: Any, verb: str) -> None:
    extraction = extract(
        f"GARISSA, Kenya - Three police officers were killed when their patrol vehicle {verb} a "
        "roadside bomb near Hadejia on Tuesday, police said.",
        published="2026-10-28",
    )
    [attack] = _events(extraction, "attack")
    assert _iso(attack) == "2026-10-27"
    assert _events(extraction, "military_action") == []


def test_soldiers_seizing_bombs_is_no_attack(extract: Any) -> None:
    extraction = extract(
        "GARISSA, Kenya - Soldiers raided a hideout near Hadejia on Tuesday and seized three bombs, "
        "the army said.",
        published="2026-10-28",
    )
    assert _events(extraction, "attack") == []


# --- a state's force "battling" with no foe named ---------------------------------------------------


def test_commandos_battling_to_clear_a_building_is_a_military_action(extract: Any) -> None:
    extraction = extract(
        "At least six people were killed when gunmen stormed a hotel in Hadejia on Wednesday evening, "
        "police said.\n"
        "On Thursday morning, commandos were still battling to clear the building.",
        published="2024-09-28",
    )
    [action] = _events(extraction, "military_action")
    assert _iso(action) == "2024-09-26"


def test_firefighters_battling_a_blaze_is_no_event(extract: Any) -> None:
    extraction = extract(
        "Firefighters battled a blaze at a depot in Hadejia on Thursday.", published="2024-09-28"
    )
    assert extraction.events == []


# --- bombings "at" two sites, the phrase hung on the verb ----------------------------------------


def test_bombings_at_two_sites_are_two_attacks(extract: Any) -> None:
    extraction = extract(
        "Investigators say Budi Santoso organised bombings at a church in Malang and a police station "
        "in Kediri in 2018.",
        published="2024-08-14",
    )
    attacks = _events(extraction, "attack")
    assert sorted(_place(a) or "" for a in attacks) == ["Kediri", "Malang"]
    assert all(_iso(a) == "2018" for a in attacks)


# --- the attackers' later deeds, told with their own day ------------------------------------------


def test_the_attackers_deeds_date_the_raid_reported_days_later(extract: Any) -> None:
    extraction = extract(
        "Fighters killed at least 26 civilians in an overnight raid on Kisima, a farming village near "
        "Mubi, local leaders said on Thursday.\n"
        "The attackers entered the village late on Tuesday, went from house to house and set fire to "
        "a health centre, survivors said.",
        published="2026-09-18",
    )
    [attack] = _events(extraction, "attack")
    assert _iso(attack) == "2026-09-15"
    assert attack.killed is not None and attack.killed.value == 26


# --- a court allowing detention ----------------------------------------------------------------------


def test_a_magistrate_allowing_detention_detains(extract: Any) -> None:
    extraction = extract(
        "A magistrate in Hadejia on Tuesday allowed the police to detain four suspects for 14 days "
        "over a roadside bombing.",
        published="2026-10-28",
    )
    [action] = _events(extraction, "military_action")
    assert _iso(action) == "2026-10-27"


def test_a_magistrate_allowing_bail_detains_nobody(extract: Any) -> None:
    extraction = extract(
        "A magistrate in Hadejia on Tuesday allowed the four suspects to go home on bail.",
        published="2026-10-28",
    )
    assert _events(extraction, "military_action") == []


# --- a group's outlet telling what "fighters of its" branch did -----------------------------------


def test_fighters_of_its_branch_in_the_groups_words_are_a_claim(extract: Any) -> None:
    extraction = extract(
        "Gunmen killed at least 19 villagers in a raid on Kisima, near Mubi, on Monday night, local "
        "leaders said.\n"
        "The Islamic State's news agency said on Wednesday that fighters of its West Africa Province "
        'had killed "25 Christians" in the village.',
        published="2026-09-18",
    )
    [attack] = _events(extraction, "attack")
    assert attack.killed is not None and attack.killed.value == 19
    [claim] = _events(extraction, "claim")
    assert _iso(claim) == "2026-09-16"


# --- "The encounter broke out on Tuesday": the gunfight told before, on its own day ----------------


def test_the_encounter_breaking_out_dates_the_gunfight(extract: Any) -> None:
    extraction = extract(
        "Two militants were killed in a gunfight in the forests above Kisima, officials said on "
        "Wednesday.\n"
        "The encounter broke out on Tuesday evening when soldiers laid a cordon around the hamlet.",
        published="2026-06-04",
    )
    [action] = _events(extraction, "military_action")
    assert _iso(action) == "2026-06-02"


# --- a position held, told in a present-tense relative clause -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The raiders have long attacked farms in the area to punish villagers they accuse of informing "
        "on the army.",
        "The militia, which accuses the army of killing civilians, has not commented.",
    ],
)
def test_a_standing_accusation_is_no_statement(extract: Any, sentence: str) -> None:
    extraction = extract(
        "Gunmen killed 12 villagers near Mubi on Monday, police said.\n" + sentence, published="2025-06-18"
    )
    assert _events(extraction, "statement") == []


def test_a_past_accusation_in_a_relative_clause_stays_a_statement(extract: Any) -> None:
    extraction = extract(
        "Gunmen killed 12 villagers near Mubi on Monday, police said.\n"
        "The governor, who accused the militia of the killings on Tuesday, promised more troops.",
        published="2025-06-18",
    )
    assert any(_iso(s) == "2025-06-17" for s in _events(extraction, "statement"))


# --- an official's words on record in a security report, with no security word of their own ---------


def test_a_spokespersons_quote_in_a_security_report_is_a_statement(extract: Any) -> None:
    extraction = extract(
        "Gunmen killed 12 soldiers at an army post near Bida on Wednesday, the army said.\n"
        '"We will not give up a single metre of our land," government spokesperson Adama Kone told '
        "reporters in Keffi on Thursday.",
        published="2025-06-06",
    )
    [statement] = _events(extraction, "statement")
    assert _iso(statement) == "2025-06-05"
    assert statement.actors == ["Adama Kone"]


def test_the_same_quote_off_security_is_no_statement(extract: Any) -> None:
    extraction = extract(
        '"We will not give up a single metre of our land," spokesperson Adama Kone told reporters in '
        "Keffi on Thursday, as the farming season opened.",
        published="2025-06-06",
    )
    assert _events(extraction, "statement") == []
