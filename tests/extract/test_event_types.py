"""Attack or military action: who acts decides (full pipeline)."""

from __future__ import annotations

from typing import Any

import pytest


def types_of(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


def test_group_named_with_its_country_still_attacks(extract: Any) -> None:
    text = "A drone attack by Syria's Hayat Tahrir al-Sham on an army post near Hama killed three soldiers."
    found = types_of(extract(text, published="2024-03-04"))
    assert "attack" in found
    assert "military_action" not in found


def test_terror_strike_is_an_attack(extract: Any) -> None:
    text = "Four guards were killed in a terror strike on a bank in Mosul on Tuesday."
    found = types_of(extract(text, published="2024-03-06"))
    assert found.count("attack") == 1
    assert "military_action" not in found


def test_arrest_by_state_forces_of_a_group_is_military_action(extract: Any) -> None:
    text = "Taliban security forces detained five men in Herat on Sunday over a blast at a mosque in August."
    extraction = extract(text, published="2024-10-08")
    found = types_of(extraction)
    assert "military_action" in found
    detention = next(e for e in extraction.events if e.type == "military_action")
    assert detention.trigger == "detained"


def test_confirming_an_attack_is_no_military_action(extract: Any) -> None:
    text = "Gunmen killed three police officers in Sokoto on Friday. The Nigerian army confirmed the attack."
    found = types_of(extract(text, published="2024-07-13"))
    assert "military_action" not in found
    assert found.count("attack") == 1


def test_assassination_by_a_state_is_military_action(extract: Any) -> None:
    text = "Hamas said its commander died in an assassination carried out by Israel in Khan Younis."
    found = types_of(extract(text, published="2024-07-13"))
    assert "military_action" in found
    assert "attack" not in found


def test_attackers_pronoun_keeps_the_attack(extract: Any) -> None:
    text = "Five militants were shot dead after they tried to storm an army camp in Bannu on Monday."
    found = types_of(extract(text, published="2024-07-16"))
    assert "attack" in found


def test_issued_statement_takes_its_issuer(extract: Any) -> None:
    text = (
        "A statement issued by the Defence Council on Friday said the army would answer any "
        "further provocation."
    )
    extraction = extract(text, published="2024-07-13")
    (statement,) = [e for e in extraction.events if e.type == "statement"]
    assert any("Defence Council" in a for a in statement.actors)


def test_headline_passive_takes_the_cause_clause_subject(extract: Any) -> None:
    text = "Five killed as Turkish jets pound positions near Duhok"
    assert "military_action" in types_of(extract(text, published="2024-07-13"))


def test_gunfire_by_militants_is_an_attack(extract: Any) -> None:
    text = "Militants fired on a police checkpoint in Bannu on Sunday, wounding two constables."
    assert "attack" in types_of(extract(text, published="2024-07-15"))


def test_group_reporting_its_operation_in_a_statement_is_a_claim(extract: Any) -> None:
    text = (
        "Gunmen attacked a police post in Tank on Monday. The Pakistani Taliban said in a statement "
        "that its fighters carried out the attack."
    )
    found = types_of(extract(text, published="2024-07-16"))
    assert "claim" in found
    assert "statement" not in found


def test_separatists_killing_soldiers_attack(extract: Any) -> None:
    text = (
        "Azawad separatists said they had killed 30 soldiers and 12 mercenary fighters near Kidal on Monday."
    )
    found = types_of(extract(text, published="2024-05-08"))
    assert "attack" in found
    assert "military_action" not in found


def test_group_based_in_a_country_attacks(extract: Any) -> None:
    text = "The ministry named Jaish al-Adl, the Iran-based group that carried out the 2019 Zahedan attacks."
    found = types_of(extract(text, published="2024-05-08"))
    assert "military_action" not in found


def test_police_shooting_a_knifeman_do_not_make_his_attack_theirs(extract: Any) -> None:
    text = "Police shot dead a man on Monday after he stabbed four people with a knife in Graz."
    found = types_of(extract(text, published="2024-06-12"))
    assert "attack" in found
    assert "military_action" in found


def test_private_people_firing_on_a_crowd_is_an_attack(extract: Any) -> None:
    text = "Two masked men fired at shoppers outside a bakery in Kirkuk on Sunday, wounding four."
    (event,) = [
        e for e in extract(text, published="2024-05-06").events if e.type in ("attack", "military_action")
    ]
    assert event.type == "attack"


def test_troops_firing_stays_a_military_action(extract: Any) -> None:
    text = "Iraqi troops fired on a smugglers' convoy near Rutba on Sunday, killing two drivers."
    (event,) = [
        e for e in extract(text, published="2024-05-06").events if e.type in ("attack", "military_action")
    ]
    assert event.type == "military_action"


def test_a_vehicle_hitting_a_planted_device_is_an_attack(extract: Any) -> None:
    for text in (
        "Six soldiers died on Friday when their truck hit a landmine near Kolofata.",
        "Three policemen were hurt on Friday when their patrol car ran over an IED near Kolofata.",
    ):
        attacks = [e for e in extract(text, published="2025-02-08").events if e.type == "attack"]
        assert len(attacks) == 1, text
        assert attacks[0].place is not None and attacks[0].place.name == "Kolofata"


def test_hitting_a_tree_or_a_target_is_no_attack(extract: Any) -> None:
    assert not [e for e in extract("A bus hit a tree near Kolofata.", published="2025-02-08").events]
    events = extract("Jets hit targets near Kolofata on Friday.", published="2025-02-08").events
    assert [e.type for e in events] == ["military_action"]


def test_a_military_jet_bombing_is_a_military_action(extract: Any) -> None:
    text = "A military jet bombed a school in Kyauk Ka village on Friday, killing 14 people, residents said."
    extraction = extract(text, published="2025-03-15")
    assert "military_action" in types_of(extraction)
    assert "attack" not in types_of(extraction)


def test_a_gunfight_between_armed_groups_is_an_attack(extract: Any) -> None:
    text = "Six people died in a gunfight between rival gangs in Culiacán on Sunday, officials said."
    assert types_of(extract(text, published="2025-03-04")) == ["attack"]


def test_an_air_strike_that_killed_is_one_military_action(extract: Any) -> None:
    text = "In March, an air strike on a market in Magway Region killed at least 15 traders."
    extraction = extract(text, published="2025-06-02")
    assert types_of(extraction) == ["military_action"]
    (strike,) = extraction.events
    assert strike.killed is not None and strike.killed.value == 15


def test_rockets_fired_by_nobody_named_are_one_attack(extract: Any) -> None:
    text = "Two rockets fired from Lebanon landed in an open field near Metula on Friday, the army said."
    found = types_of(extract(text, published="2024-07-13"))
    assert found == ["attack"]


def test_a_state_firing_missiles_stays_a_military_action(extract: Any) -> None:
    text = "Iran fired missiles at a base near Erbil on Friday, the Kurdish authorities said."
    found = types_of(extract(text, published="2024-07-13"))
    assert found == ["military_action"]


def test_accidental_explosions_and_criticism_are_no_attacks(extract: Any) -> None:
    assert not extract("A boiler explosion at a sugar mill in Mandya killed four workers on Monday.").events
    assert not extract("A gas cylinder blast in a hostel kitchen injured six students in Pune.").events
    criticism = extract("The opposition attacked the finance minister's budget in parliament on Monday.")
    assert not [e for e in criticism.events if e.type in ("attack", "military_action")]
    bomb = extract("A bomb explosion at a bus stop in Quetta killed four commuters on Monday.")
    assert [e.type for e in bomb.events] == ["attack"]


def test_a_groups_soldiers_are_no_state_force(extract: Any) -> None:
    text = "Soldiers of the caliphate set off a bomb outside a chapel in Jolo on Sunday, the group said."
    found = types_of(extract(text, published="2024-07-15"))
    assert "attack" in found
    assert "military_action" not in found


def test_an_armys_brigade_stays_a_state_force(extract: Any) -> None:
    text = "Troops of the army's 703rd Brigade killed six militants near Cotabato on Friday."
    assert types_of(extract(text, published="2024-07-15")) == ["military_action"]


def test_an_ambush_laid_by_troops_is_military_action(extract: Any) -> None:
    """The subject of "laid"/"set up" performs the ambush its object names; the intruders'
    answering fire in a relative clause is the same encounter, not an attack of its own."""
    text = (
        "Soldiers laid an ambush on a ridge near Zarbat on Sunday night and challenged a party of "
        "gunrunners, who opened fire, a military spokesman said."
    )
    found = types_of(extract(text, published="2025-06-03"))
    assert "military_action" in found
    assert "attack" not in found


def test_an_ambush_set_up_by_police_is_military_action(extract: Any) -> None:
    text = "Police set up an ambush on a forest track near Tolva on Friday and shot dead two bandits."
    found = types_of(extract(text, published="2025-06-03"))
    assert "military_action" in found
    assert "attack" not in found


def test_a_raid_framing_a_police_arrest_is_military_action(extract: Any) -> None:
    text = "In a raid on a warehouse in Kettering on Monday, policemen arrested four suspects."
    found = types_of(extract(text, published="2025-06-03"))
    assert "military_action" in found
    assert "attack" not in found


def test_an_ambush_by_gunmen_stays_an_attack(extract: Any) -> None:
    text = "Gunmen laid an ambush for a police convoy near Tolva on Friday, killing three officers."
    found = types_of(extract(text, published="2025-06-03"))
    assert "attack" in found
    assert "military_action" not in found


def test_police_officers_raiding_houses_is_military_action(extract: Any) -> None:
    """A state force word compounded with a generic head ("police officers") is state forces."""
    text = "Police officers raided two farmhouses near Halvik on Tuesday and detained three men."
    found = types_of(extract(text, published="2025-06-03"))
    assert "military_action" in found
    assert "attack" not in found


def test_a_killing_told_of_a_man_the_police_arrested_is_his_own_attack(extract: Any) -> None:
    """Only men the forces confronted answer with fire inside the forces' encounter; an arrested
    man's earlier killing is an attack of its own."""
    text = "Police on Friday arrested a man who killed three guards at a depot in Kisumu in 2022."
    found = types_of(extract(text, published="2025-06-03"))
    assert "military_action" in found and "attack" in found


def test_subject_parsed_inside_a_dateline_gives_way_to_the_body_subject(nlp: Any) -> None:
    from nexus.extract.event_types import _performer_tokens

    doc = nlp(
        "BUTEMBO, Democratic Republic of Congo, March 3 (Kivu Wire) - Rebels of the Allied Democratic "
        "Forces (ADF) killed nine farmers with machetes in a night raid on a village near Butembo, local "
        "officials said on Monday."
    )
    killed = next(t for t in doc if t.lower_ == "killed")
    assert [t.text for t in _performer_tokens(killed)] == ["Rebels"]


@pytest.mark.parametrize(
    "text",
    [
        "Three guards were wounded when an explosive device struck their pickup outside Baidoa on Friday.",
        "A landmine struck a lorry carrying traders near Menaka on Monday, killing four.",
    ],
)
def test_a_planted_weapon_with_no_state_named_is_an_attack(extract: Any, text: str) -> None:
    types = {e.type for e in extract(text, published="2025-06-12").events}
    assert "attack" in types and "military_action" not in types


def test_named_group_called_forces_attacks(extract: Any) -> None:
    # a named armed group whose name ends in "Forces" is no state's force
    text = (
        "Mortar and drone strikes by Sudan's paramilitary Rapid Support Forces killed six traders "
        "in Karbakh on Thursday."
    )
    found = types_of(extract(text, published="2024-11-08"))
    assert "attack" in found
    assert "military_action" not in found


def test_settlers_with_a_nationality_attack(extract: Any) -> None:
    # a nationality word before settlers does not make the raid a state's action
    text = (
        "Israeli troops raided the town of Qarawat on Sunday and detained two men. "
        "Separately, Israeli settlers attacked the hamlet of Khirbet Lasun on Sunday, wounding five farmers."
    )
    extraction = extract(text, published="2024-05-13")
    raid = next(e for e in extraction.events if "settlers" in e.evidence.sentence and e.trigger == "attacked")
    assert raid.type == "attack"


def test_state_forces_still_strike(extract: Any) -> None:
    text = "Ruritanian forces shelled the village of Dorvak on Sunday, killing two civilians."
    found = types_of(extract(text, published="2024-05-13"))
    assert "military_action" in found


def test_country_of_the_target_is_no_attacker(extract: Any) -> None:
    # "militants on a market in eastern X": the place is the target's, not the attackers' state
    text = (
        "Nine worshippers died in a raid by suspected Islamist gunmen on a mosque in western Benin, "
        "an official said."
    )
    extraction = extract(text, published="2024-07-03")
    assert [e.type for e in extraction.events] == ["attack"]
    assert "Benin" not in extraction.events[0].actors


@pytest.mark.parametrize(
    "text",
    [
        "Three police officers were killed on Monday when their truck struck a landmine near Garbatula.",
        "Five passengers died on Tuesday when a minibus bound for Gao hit an improvised explosive device "
        "near Tessit.",
    ],
)
def test_a_vehicle_running_into_a_planted_bomb_is_an_attack(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2025-04-28"))
    assert "attack" in found
    assert "military_action" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Drones loaded with explosives struck an army post in the hamlet of Tres Bocas on Sunday, "
        "killing two soldiers.",
        "Late on Wednesday, an explosive-laden drone struck the perimeter of the Army's Nariño cavalry "
        "base in Tumaco.",
    ],
)
def test_an_unclaimed_drone_strike_on_state_forces_is_an_attack(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2025-04-28"))
    assert "attack" in found
    assert "military_action" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Israeli drones struck a Syrian army position near Quneitra on Sunday.",
        "An air strike killed ten soldiers near Tessalit on Sunday.",
        "A court in Lome sentenced three soldiers to life in prison on Sunday.",
        "Troops shelled rebel positions near Kibati on Sunday.",
    ],
)
def test_state_strikes_and_acts_on_soldiers_stay_military_actions(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2025-04-28"))
    assert "military_action" in found
    assert "attack" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents captured the port town of Quissanga in August 2020 and held it for a year.",
        "Fighting between the two factions on Saturday around Baga killed at least 27 fighters, "
        "fishermen said.",
    ],
)
def test_ground_taken_by_insurgents_and_factions_fighting_are_attacks(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2025-04-28"))
    assert "attack" in found
    assert "military_action" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Troops captured the town of Anefis from the rebels on Sunday.",
        "Police captured two militants near Tessalit on Sunday.",
    ],
)
def test_captures_by_state_forces_stay_military_actions(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2025-04-28"))
    assert "military_action" in found
    assert "attack" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Four cadres of the outfit were killed in an exchange of fire near Kistaram on Thursday.",
        "In June, the movement's area secretary and nine other cadres were killed in the Koraput hills.",
        "Two commanders of the militia died in a gunfight outside Walikale on Thursday, the army said.",
    ],
)
def test_an_armed_groups_people_killed_with_no_doer_named_is_the_states_action(
    extract: Any, text: str
) -> None:
    found = types_of(extract(text, published="2024-07-13"))
    assert found == ["military_action"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two members of a village defence committee near Walikale on Thursday.",
        "Three members of one family died when armed men stormed their house near Koraput on Thursday.",
    ],
)
def test_members_of_no_armed_group_killed_is_an_attack(extract: Any, text: str) -> None:
    found = types_of(extract(text, published="2024-07-13"))
    assert "attack" in found and "military_action" not in found
