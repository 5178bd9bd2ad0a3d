"""A back reference to a happening ("Friday's strikes", "a second strike") keeps its doer."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.actor_carry import refers_back


def _actors_by_date(extraction: Any, etype: str) -> dict[str, list[str]]:
    return {e.date.iso: sorted(e.actors) for e in extraction.events if e.type == etype and e.date}


def test_possessive_day_reference_takes_the_earlier_doer(extract: Any) -> None:
    text = (
        "Ethiopian jets bombed a fuel depot in Mekelle on Wednesday, regional officials said.\n"
        "The regional president condemned the bombing on Thursday.\n"
        "Friday's strikes killed four people in Adigrat, a doctor said."
    )
    found = _actors_by_date(extract(text, published="2024-02-10"), "military_action")
    assert found.get("2024-02-09") == ["Ethiopia"]


def test_second_strike_on_another_day_keeps_the_air_force(extract: Any) -> None:
    text = (
        "On March 2, a Kenya Air Force strike aimed at a militant camp hit the village of Dhobley, "
        "killing seven herders. A second strike on March 9 killed at least 11 people at Afmadow, "
        "local elders said."
    )
    extraction = extract(text, published="2024-03-15")
    found = _actors_by_date(extraction, "military_action")
    assert "2024-03-09" in found
    assert found["2024-03-09"] == found["2024-03-02"]
    assert found["2024-03-09"], "the later strike should have the earlier strike's doer"


def test_bare_indefinite_mention_takes_no_earlier_doer(extract: Any) -> None:
    text = (
        "Al-Shabaab fighters stormed a police post in Garissa on Monday, killing three officers. "
        "On Wednesday, an attack on a bus near Mandera killed two passengers, police said."
    )
    extraction = extract(text, published="2024-06-07")
    bus = [e for e in extraction.events if e.type == "attack" and e.date and e.date.iso == "2024-06-05"]
    assert bus, "the bus attack should be its own event"
    assert all(not e.actors for e in bus)


@pytest.mark.parametrize(
    ("sentence", "noun", "expected"),
    [
        ("Sunday's shelling damaged a school.", "shelling", True),
        ("The raid left many homes burnt.", "raid", True),
        ("Another strike hit the depot.", "strike", True),
        ("A third attack followed at dawn.", "attack", True),
        ("An attack hit the depot.", "attack", False),
        ("Strikes hit the depot.", "Strikes", False),
    ],
)
def test_refers_back_marks(nlp: Language, sentence: str, noun: str, expected: bool) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == noun)
    assert refers_back(token) is expected


def test_dated_reference_naming_its_own_place_keeps_the_doer(extract: Any) -> None:
    text = (
        "Turkish jets bombed a depot near Qandil on Friday, the ministry said.\n"
        "Local officials condemned the bombing on Saturday.\n"
        "Sunday's raids on the town of Zakho killed three shepherds, a mayor said."
    )
    found = _actors_by_date(extract(text, published="2024-07-08"), "military_action")
    assert found.get("2024-07-07") == ["Turkey"]


@pytest.mark.parametrize(
    "follow",
    [
        "The programme was organised by the Kovalla Teachers Union.",
        "The Kovalla Teachers Union organised the protest.",
    ],
)
def test_a_rally_takes_the_organiser_the_next_sentence_names(extract: Any, follow: str) -> None:
    text = (
        "Hundreds of teachers formed a human chain outside the education ministry in Kovalla on Monday, "
        f"demanding unpaid wages. {follow}"
    )
    rallies = [e for e in extract(text, published="2025-06-10").events if e.type == "rally"]
    assert rallies and rallies[0].actors == ["Kovalla Teachers Union"]


def test_a_rally_keeps_no_organiser_from_an_unrelated_next_sentence(extract: Any) -> None:
    text = (
        "Hundreds of teachers formed a human chain outside the education ministry in Kovalla on Monday, "
        "demanding unpaid wages. The Kovalla Teachers Union organised a strike in 2019."
    )
    rallies = [e for e in extract(text, published="2025-06-10").events if e.type == "rally"]
    assert rallies and rallies[0].actors == []


def test_a_claim_of_both_blasts_gives_each_blast_its_claimant(extract: Any) -> None:
    text = (
        "A bomb exploded outside a bank in Kovalla late on Monday, damaging two cars. "
        "Another device went off at a bus depot in Ardana on Tuesday night, wounding a guard. "
        "On Wednesday, the Ardana Liberation Front said in a statement that it had carried out both "
        "explosions."
    )
    attacks = [e for e in extract(text, published="2025-06-12").events if e.type == "attack"]
    assert len(attacks) == 2
    assert all(a.actors == ["Ardana Liberation Front"] for a in attacks)


def test_an_old_attack_claimed_in_the_next_sentence_takes_the_claimant(extract: Any) -> None:
    text = (
        "Police in Kovalla arrested two men on Tuesday over a plot against the town's fair.\n"
        "On March 3, 2019, a gunman armed with a rifle opened fire near the fair, killing four "
        "people. The Ardana Front later claimed the attack, although investigators found no link "
        "between the gunman and the group."
    )
    attacks = [e for e in extract(text, published="2024-12-12").events if e.type == "attack"]
    assert attacks and attacks[0].actors == ["Ardana Front"]


def test_a_claim_two_sentences_after_an_attack_is_not_carried_to_it(extract: Any) -> None:
    text = (
        "Police in Kovalla arrested two men on Tuesday over a plot against the town's fair.\n"
        "On March 3, 2019, a gunman armed with a rifle opened fire near the fair, killing four "
        "people. The town has since doubled its police patrols. The Ardana Front claimed a bombing "
        "in Ardana in May."
    )
    attacks = [e for e in extract(text, published="2024-12-12").events if e.type == "attack"]
    old = [a for a in attacks if a.date and a.date.iso == "2019-03-03"]
    assert old and old[0].actors == []


def test_a_claim_telling_its_own_attack_is_not_carried_to_the_one_before(extract: Any) -> None:
    text = (
        "A roadside bomb killed three police officers near Ardana on Friday. The Ardana Front, "
        "meanwhile, said its fighters had raided an army post in Kovalla on Thursday."
    )
    attacks = [e for e in extract(text, published="2025-06-14").events if e.type == "attack"]
    bomb = [a for a in attacks if a.date and a.date.iso == "2025-06-13"]
    assert bomb and "Ardana Front" not in bomb[0].actors


def test_attackers_tied_to_a_group_after_a_quote_and_more_of_the_incident(extract: Any) -> None:
    text = (
        "Gunmen abducted nine farmers from a hamlet near Binnish late on Sunday, residents said. "
        "One man who tried to flee was shot dead. "
        '"They came on foot and knew every house," a shepherd said. '
        "The attackers were believed to belong to a Hurras al-Din cell, a security source said."
    )
    attacks = [e for e in extract(text, published="2025-06-03").events if e.type == "attack"]
    assert attacks
    assert "Hurras al-Din" in attacks[0].actors


def test_a_tie_after_another_happening_is_not_carried_past_it(extract: Any) -> None:
    text = (
        "Gunmen abducted nine farmers from a hamlet near Binnish late on Sunday, residents said. "
        "On Monday, Hurras al-Din fighters stormed an army post near Taftanaz, killing three soldiers. "
        "The attackers were believed to belong to a Hurras al-Din cell, a security source said."
    )
    attacks = [e for e in extract(text, published="2025-06-03").events if e.type == "attack"]
    abduction = [e for e in attacks if e.trigger == "abducted"]
    assert abduction
    assert "Hurras al-Din" not in abduction[0].actors


def _attack_actors(extraction: Any) -> dict[str, list[str]]:
    return {e.date.iso: sorted(e.actors) for e in extraction.events if e.type == "attack" and e.date}


def test_residents_blame_names_the_doer_of_the_attack_just_told(extract: Any) -> None:
    text = (
        "A roadside bomb killed three soldiers near Kalemie on Friday, officials said. "
        "One soldier died in hospital. "
        "Residents blamed the Mai-Mai Yakutumba militia, which has mined roads in the area for years."
    )
    found = _attack_actors(extract(text, published="2025-04-28"))
    assert found.get("2025-04-25") == ["Mai-Mai Yakutumba"]


def test_hallmarks_of_a_group_cover_every_attack_they_name(extract: Any) -> None:
    text = (
        "Gunmen shot dead a teacher in Harar on Tuesday. "
        "On Wednesday night, a grenade exploded at a bar in Jijiga, wounding six people. "
        '"These attacks bear the hallmarks of the Ogaden Liberation Front," a police spokesman, '
        "Abdi Farah, said on Thursday."
    )
    found = _attack_actors(extract(text, published="2025-04-28"))
    assert found.get("2025-04-22") == ["Ogaden Liberation Front"]
    assert found.get("2025-04-23") == ["Ogaden Liberation Front"]


def test_suspicion_names_the_doer_and_hedges_the_attack(extract: Any) -> None:
    text = (
        "Four farmers were killed when attackers raided the village of Tuma on Sunday. "
        "Police commander Jonas Mwale said officers suspected the Mai-Mai Yakutumba militia, "
        "though the investigation was at an early stage."
    )
    attacks = [e for e in extract(text, published="2025-04-28").events if e.type == "attack"]
    assert [sorted(e.actors) for e in attacks] == [["Mai-Mai Yakutumba"]]
    assert attacks[0].attribution.hedged


def test_blame_of_a_state_or_a_negated_blame_names_no_group(extract: Any) -> None:
    text = (
        "A roadside bomb killed three soldiers near Kalemie on Friday, officials said. "
        "Residents did not blame the Mai-Mai Yakutumba militia, which has no fighters in the area."
    )
    attacks = [e for e in extract(text, published="2025-04-28").events if e.type == "attack"]
    assert attacks
    assert all(not e.actors for e in attacks)


def test_a_suspect_identified_by_name_is_the_doer_of_the_attack_just_told(extract: Any) -> None:
    text = (
        "A man stabbed two people near the station in Lille on Friday evening, prosecutors said. "
        "The suspect, a 31-year-old identified by prosecutors as Mehdi R., was overpowered by "
        "passers-by and arrested at the scene."
    )
    found = _attack_actors(extract(text, published="2025-04-28"))
    assert found.get("2025-04-25") == ["Mehdi R."]


def test_a_witness_identified_by_name_is_no_doer(extract: Any) -> None:
    text = (
        "A gunman opened fire at a bus stop near Ramallah on Tuesday, killing one man. "
        "A witness, identified as Samir Haddad, said he heard six shots."
    )
    attacks = [e for e in extract(text, published="2025-04-28").events if e.type == "attack"]
    assert attacks
    assert all(not e.actors for e in attacks)
