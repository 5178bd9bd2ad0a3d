"""Fault kinds of session 19, worded afresh (whole pipeline unless said): a verb and its injury
noun misparsed as one noun phrase ("40 sustained wounds"), what is sprayed or hurled at a target,
money that pays for a "campaign" of violence, and a number hung on the first noun of a compound
("nine goat herders")."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def _violent(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type in ("attack", "military_action")]


def _figures(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    sent = next(iter(nlp(text).sents))
    return [(m.kind, m.count.value, m.count.qualifier) for m in find_casualties(sent) if not m.part]


# --- an injury verb read as the modifier of its noun ------------------------------------------


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("At least 12 people died and more than 40 sustained wounds in the explosion.", (41, "at_least")),
        ("Four soldiers died and 11 suffered injuries when a mine exploded near Dori.", (11, "exact")),
    ],
)
def test_who_sustained_wounds_are_injured_however_parsed(nlp: Language, text: str, injured: Any) -> None:
    assert ("injured", *injured) in _figures(nlp, text)


def test_wounds_counted_on_a_wall_are_no_people(nlp: Language) -> None:
    assert _figures(nlp, "The inspectors counted 30 bullet holes in the wall of the school.") == []


# --- what is sprayed or hurled is no target ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were killed on Monday when gunmen sprayed gunfire at a bank in Isiolo.",
        "Gunmen fired a volley of shots at a minibus near Isiolo on Monday, killing three passengers.",
    ],
)
def test_the_thing_fired_or_thrown_is_no_target(extract: Any, text: str) -> None:
    [event] = _violent(extract(text, published="2024-06-05"))
    assert not any(t.lower() in ("gunfire", "volley", "volley of shots") for t in event.targets)
    assert any(("bank" in t or "minibus" in t) for t in event.targets)


# --- money that pays for a campaign of violence ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Donations collected in the mosques finance the rebels' bombing campaign in the north, "
        "investigators said.",
        "Ransom money went towards the gang's kidnapping campaign along the highway, police said.",
    ],
)
def test_money_for_a_campaign_of_violence_tells_no_event(extract: Any, text: str) -> None:
    assert _violent(extract(text, published="2024-05-02")) == []


def test_a_campaign_that_killed_is_still_told(extract: Any) -> None:
    extraction = extract(
        "A bombing campaign by the rebels killed 12 people in Mardan last week, police said.",
        published="2024-05-02",
    )
    assert len(_violent(extraction)) == 1


# --- a number hung on the first noun of a compound --------------------------------------------


def test_a_number_on_the_first_noun_of_a_compound_counts_the_people(nlp: Language) -> None:
    assert _figures(nlp, "Armed men shot dead nine goat herders near Abala on Sunday.") == [
        ("killed", 9, "exact")
    ]


def test_vehicles_with_a_noun_modifier_are_no_victims(nlp: Language) -> None:
    assert _figures(nlp, "Gunmen burned five army trucks near Abala on Sunday.") == []


# --- the sentence's own verb read as a participle of its subject's noun ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Five people were hurt on Saturday when an assailant armed with a machete struck at a bus stop "
        "in Tartu.",
        "Three were hurt when a youth wielding an iron bar struck at commuters on a platform in Tartu.",
    ],
)
def test_an_armed_assailant_striking_is_an_attack(extract: Any, text: str) -> None:
    [event] = _violent(extract(text, published="2023-05-07"))
    assert event.type == "attack"


def test_troops_striking_stay_a_military_action(extract: Any) -> None:
    extraction = extract(
        "Troops backed by helicopters struck at rebel camps near Tartu on Saturday.", published="2023-05-07"
    )
    assert [e.type for e in _violent(extraction)] == ["military_action"]


# --- one speaker, one statement -----------------------------------------------------------------


def _statements(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "statement"]


@pytest.mark.parametrize(
    "follow_up",
    [
        "He promised free treatment for every injured trader.",
        "He urged the federal government to send more troops to the highway.",
        "He accused the gang of working with smugglers from across the border.",
    ],
)
def test_the_speaker_going_on_by_a_pronoun_makes_no_second_statement(extract: Any, follow_up: str) -> None:
    text = (
        "Gunmen abducted eleven traders on the road to Bajoga on Monday. "
        "Gombe State Governor Aminu Dauda condemned the abduction on Tuesday and called it "
        '"an attack on our livelihoods". ' + follow_up
    )
    statements = _statements(extract(text, published="2025-04-30"))
    assert len(statements) == 1
    assert statements[0].date is not None and statements[0].date.iso == "2025-04-29"


def test_a_plain_he_said_may_tell_news_of_its_own(extract: Any) -> None:
    text = (
        "Gunmen abducted eleven traders on the road to Bajoga on Monday. "
        "Gombe State Governor Aminu Dauda condemned the abduction on Tuesday. "
        "He said he would ask neighbouring states to list the gang as a terrorist group."
    )
    assert len(_statements(extract(text, published="2025-04-30"))) == 2


def test_a_party_and_its_member_quoted_next_make_one_statement(extract: Any) -> None:
    text = (
        "Bandits abducted eleven traders near Bajoga on Monday. "
        "The opposition Social Democratic Party accused the state government of abandoning the "
        'highway. "Those who did this must face justice," Social Democratic Party senator Umaru '
        "Kangiwa said."
    )
    statements = _statements(extract(text, published="2025-04-30"))
    assert len(statements) == 1


def test_words_in_the_same_statement_are_that_statement(extract: Any) -> None:
    text = (
        "Fighters stormed an army post near Ngala on Sunday, killing four soldiers. "
        "The Sahel Liberation Front said on Monday that the assault was revenge for air strikes on "
        "its villages. The Front's commander, Idrissa Maiga, said in the same statement that "
        "government bases would have no peace this season."
    )
    statements = _statements(extract(text, published="2025-04-30"))
    assert len(statements) == 1


def test_an_accusation_the_speaker_repeats_in_the_sentence_is_her_statement(extract: Any) -> None:
    text = (
        "Speaking in Kumasi on Friday, government spokeswoman Efua Mensah condemned the ambush, but "
        "repeated her cabinet's accusation that the militia is armed by smugglers."
    )
    assert len(_statements(extract(text, published="2025-01-23"))) == 1


def test_two_speakers_keep_their_own_statements(extract: Any) -> None:
    text = (
        "Bandits abducted eleven traders near Bajoga on Monday. "
        "Gombe State Governor Aminu Dauda condemned the abduction on Tuesday. "
        'Opposition senator Umaru Kangiwa accused the police of negligence. "Those who did this must '
        'face justice," he said.'
    )
    speakers = {a for s in _statements(extract(text, published="2025-04-30")) for a in s.actors}
    assert {"Aminu Dauda", "Umaru Kangiwa"} <= speakers


def test_a_quote_under_the_first_of_two_surnames_joins_the_speaker(extract: Any) -> None:
    text = (
        "Gunmen killed five people at a market in Irapuato on Sunday. "
        "State Attorney General Ernesto Villaseñor Galindo told a news conference on Monday that a "
        'local cell of a cartel carried out the attack. "We know who sent them, and they will answer '
        'for it," Villaseñor said.'
    )
    extraction = extract(text, published="2025-06-03")
    assert len(_statements(extraction)) == 1
    assert "Villaseñor" not in {e.name for e in extraction.entities}


def test_words_said_on_a_visit_take_its_day_and_place(extract: Any) -> None:
    text = (
        "Raiders burned a customs post near Ogoja on Sunday, killing three officers. "
        "Cross River police commissioner Bassey Etim visited injured officers at a clinic in Ikom on "
        'Monday. "No one who burns our posts will escape," he told reporters there.'
    )
    [statement] = _statements(extract(text, published="2025-06-11"))
    assert statement.date is not None and statement.date.iso == "2025-06-09"
    assert statement.place is not None and statement.place.name == "Ikom"
    assert "Bassey Etim" in statement.actors


# --- what makes words a position -----------------------------------------------------------------


def test_laying_responsibility_on_a_group_is_a_statement(extract: Any) -> None:
    text = (
        "Interior Minister Halvard Stene told reporters in Tromso that the Northern Workers League "
        'bore "sole responsibility for the deaths of these students".'
    )
    [statement] = _statements(extract(text, published="2024-03-05"))
    assert "Halvard Stene" in statement.actors


def test_no_claim_of_responsibility_is_no_statement(extract: Any) -> None:
    text = (
        "Police said no group had claimed responsibility for the blast that killed two people in Galle "
        "on Sunday."
    )
    assert _statements(extract(text, published="2024-03-05")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghanaian officials have said that the gang buys its rifles from traffickers in the north.",
        "Prosecutors say both suspects were trained by the group in a forest camp.",
    ],
)
def test_what_sources_hold_in_general_is_no_statement(extract: Any, sentence: str) -> None:
    text = "Gunmen killed six people at a cattle market near Yendi on Sunday. " + sentence
    assert _statements(extract(text, published="2025-02-11")) == []


# --- meetings called and weapons sent ----------------------------------------------------------


def test_calling_chiefs_to_talks_holds_a_meeting(extract: Any) -> None:
    text = "The defence minister, Soren Dahl, called his army commanders to urgent talks in Aarhus on Friday."
    [meeting] = [e for e in extract(text, published="2024-10-02").events if e.type == "meeting"]
    assert "Soren Dahl" in meeting.actors


def test_inviting_to_talks_next_week_is_no_meeting(extract: Any) -> None:
    text = "Interior Minister Soren Dahl invited police chiefs to talks in Aarhus next week."
    assert [e for e in extract(text, published="2024-10-02").events if e.type == "meeting"] == []


def test_the_group_that_launched_the_drone_is_the_doer(extract: Any) -> None:
    text = "A drone launched by Sudan's Rapid Support Forces struck a fuel depot near Kosti on Friday."
    [event] = _violent(extract(text, published="2025-03-09"))
    assert event.type == "attack"
    assert "Rapid Support Forces" in event.actors
    assert "Sudan" not in event.actors


# --- a month named on the noun, and happenings at several sites ----------------------------------


def test_a_month_on_the_noun_dates_it_and_that_month_follows(extract: Any) -> None:
    text = (
        "In 2021, a June raid on a tin mine near Walikale killed six miners. Later that month the "
        "rebels ambushed a convoy near Pinga, killing four drivers."
    )
    events = sorted(_violent(extract(text, published="2024-09-10")), key=lambda e: e.evidence.start)
    assert [e.date.iso if e.date else None for e in events] == ["2021-06", "2021-06"]


def test_bombings_at_two_sites_hung_on_the_verb_are_two_events(extract: Any) -> None:
    text = (
        "Prosecutors allege that Juma Otieno masterminded the 2016 bombings at a church in Kitui "
        "and a bus depot in Malindi."
    )
    events = _violent(extract(text, published="2024-01-15"))
    assert sorted(e.place.name for e in events if e.place) == ["Kitui", "Malindi"]


# --- what a measure or an offensive holds against its targets ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Britain froze the assets of a banker and three charities it accused of hiding donations "
        "to the Ansar Front.",
        "The rebels opened an offensive against a rival faction and villagers it accused of helping "
        "the army.",
    ],
)
def test_the_grounds_held_against_targets_make_no_statement(extract: Any, text: str) -> None:
    assert _statements(extract(text, published="2025-03-20")) == []
