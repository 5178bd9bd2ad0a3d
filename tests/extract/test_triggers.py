"""Event triggers: which words name a happening, of which type, and with which modality."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.triggers import classify_triggers, find_triggers


def triggers(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(trigger text, type) of every actual trigger in a text."""
    return [(t.text, etype) for sent in nlp(text).sents for t, etype in find_triggers(sent)]


def types(nlp: Language, text: str) -> list[str]:
    return [etype for _, etype in triggers(nlp, text)]


def modalities(nlp: Language, text: str) -> dict[str, str]:
    return {c.token.text: c.modality for sent in nlp(text).sents for c in classify_triggers(sent)}


# --- modality: only what happened is an event -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister will visit Herat on Friday.",
        "The envoy is expected to visit the camps next month.",
        "The premier postponed his trip to Nairobi because of the unrest.",
        "Officials said the king plans to tour the flooded districts.",
    ],
)
def test_planned_visits_are_not_events(nlp: Language, text: str) -> None:
    assert "visit" not in types(nlp, text)


def test_a_visit_that_took_place_is_an_event(nlp: Language) -> None:
    assert "visit" in types(nlp, "The defence minister visited Herat on Friday.")


def test_conditional_operation_is_not_an_event(nlp: Language) -> None:
    text = "If the navy starts any offensive against the port, the captives will suffer, a rebel leader said."
    found = types(nlp, text)
    assert "military_action" not in found
    assert "attack" not in found


def test_modal_future_strike_is_planned(nlp: Language) -> None:
    assert modalities(nlp, "The militia said it would strike the convoy again.")["strike"] == "planned"


def test_threatened_attack_is_not_an_event(nlp: Language) -> None:
    assert "attack" not in types(nlp, "The rebels threatened to attack the capital within days.")


def test_negated_claim_is_not_a_claim(nlp: Language) -> None:
    text = "There was no claim of responsibility for the market blast in Kano."
    assert "claim" not in types(nlp, text)
    assert modalities(nlp, text)["claim"] == "negated"


def test_purpose_infinitive_is_not_a_meeting(nlp: Language) -> None:
    text = "The governor flew to Maiduguri on Monday to chair a security meeting."
    found = types(nlp, text)
    assert "visit" in found
    assert "meeting" not in found


def test_bare_verb_coordinated_with_an_intention_is_planned(nlp: Language) -> None:
    text = "He meant to steer a van into the market crowd and then attack shoppers with a machete."
    assert "attack" not in types(nlp, text)


def test_tried_to_storm_is_an_attempted_attack(nlp: Language) -> None:
    assert "attack" in types(nlp, "Six fighters were shot dead after they tried to storm the police station.")


def test_foiled_plot_object_is_negated(nlp: Language) -> None:
    assert "attack" not in types(nlp, "Police foiled an attack on a synagogue in Hamburg.")


# --- generic and restated mentions ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The region has seen a spate of bombings since the election.",
        "The charity was accused of bankrolling the movement's violence against farmers.",
        "The group regularly attacks army convoys on the highway.",
        "Analysts warned of the risk of attacks during the festival.",
    ],
)
def test_generic_mentions_are_not_attacks(nlp: Language, text: str) -> None:
    assert "attack" not in types(nlp, text)


def test_predicate_noun_restates_the_subject(nlp: Language) -> None:
    text = "The Sunday blast was the worst attack on the city in a decade."
    assert modalities(nlp, text)["attack"] == "restated"
    assert [t for t in triggers(nlp, text) if t[1] == "attack"] == [("blast", "attack")]


@pytest.mark.parametrize(
    "text",
    [
        "Mourners walked in a funeral procession through the old town.",
        "Our intelligence gathering failed, the senator said.",
        "The arrests demonstrate the resolve of the police, the minister said.",
    ],
)
def test_gatherings_that_are_no_rallies(nlp: Language, text: str) -> None:
    assert "rally" not in types(nlp, text)


def test_a_march_is_a_rally(nlp: Language) -> None:
    assert "rally" in types(nlp, "Thousands of students marched through Lagos on Tuesday.")


# --- coverage ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The interior minister travelled to Kigali on Sunday.", "visit"),
        ("The vice-president left for Goma on Tuesday morning.", "visit"),
        ("The prime minister arrived in Bunia late on Monday.", "visit"),
        ("A forensic team has been dispatched to Mopti.", "visit"),
        ("The president spoke with elders at the town hall.", "meeting"),
        ("Army commanders briefed the minister on the offensive.", "meeting"),
        ("The army recaptured the village of Tessit from the jihadists.", "military_action"),
        ("Soldiers retook the airport after two days of fighting.", "military_action"),
        ("Police clashed with militants near the market.", "military_action"),
        ("Militants seized a clinic in Kidal on Friday.", "attack"),
        ("Gunmen took 40 worshippers hostage in a church.", "attack"),
        ("A man fatally stabbed two passers-by near the station.", "attack"),
        ("Attackers opened fire on a wedding party in the village.", "attack"),
        ("We hold the rebel command responsible for the massacre, the minister said.", "statement"),
    ],
)
def test_new_trigger_verbs(nlp: Language, text: str, etype: str) -> None:
    assert etype in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A bus travelling from Gao to Mopti was hit by a mine.",
        "The detainees were flown to the capital overnight.",
        "The suspect arrived in France in 2019.",
        "Reinforcements were dispatched to the border post.",
        "The president flew back to the capital on Friday.",
    ],
)
def test_movement_that_is_no_visit(nlp: Language, text: str) -> None:
    assert "visit" not in types(nlp, text)


def test_hosting_talks_is_a_meeting_not_a_visit(nlp: Language) -> None:
    found = types(nlp, "Qatar hosts fresh talks on the hostage crisis.")
    assert "visit" not in found
    assert "meeting" in found


def test_meeting_noun_under_its_verb_is_one_mention(nlp: Language) -> None:
    found = triggers(nlp, "The chancellor convened an emergency meeting of security chiefs in Bonn.")
    assert [etype for _, etype in found].count("meeting") == 1


# --- statements --------------------------------------------------------------------------


def test_one_speaker_one_statement(nlp: Language) -> None:
    text = (
        "The mayor denounced the bombing and pledged to rebuild the market, "
        "vowing that the city would not be cowed."
    )
    assert types(nlp, text).count("statement") == 1


def test_quoted_threat_is_a_statement_not_a_strike(nlp: Language) -> None:
    text = '"We will hit them harder next time," a rebel spokesman told journalists by phone.'
    found = types(nlp, text)
    assert found == ["statement"]


def test_reported_position_about_an_event_is_a_statement(nlp: Language) -> None:
    text = 'The interior minister said on Monday that those behind the shooting "will face justice".'
    assert "statement" in types(nlp, text)


def test_reported_figures_are_attribution(nlp: Language) -> None:
    assert "statement" not in types(nlp, "Police said 14 people were killed in the bombing.")


def test_issued_statement_with_a_position(nlp: Language) -> None:
    text = "A statement issued by the defence council said the army would answer any provocation."
    assert "statement" in types(nlp, text)


def test_issued_statement_with_figures_is_no_statement(nlp: Language) -> None:
    text = "A statement issued by the army on Sunday said 12 more fighters were wounded."
    assert "statement" not in types(nlp, text)


def test_claim_in_a_statement_is_no_statement(nlp: Language) -> None:
    text = "The Islamic State group claimed the bombing in a statement carried by its news agency."
    assert "statement" not in types(nlp, text)


def test_named_person_saying_something_is_a_statement(nlp: Language) -> None:
    text = "Foreign Minister Lena Varga said the gunmen had been in touch with handlers abroad."
    assert "statement" in types(nlp, text)


def test_person_reporting_figures_is_attribution(nlp: Language) -> None:
    text = "Governor Ahmed Sule said 12 villagers had been found dead."
    assert "statement" not in types(nlp, text)


def test_accused_as_a_description_is_no_statement(nlp: Language) -> None:
    text = "The 17-year-old accused of planning a bombing at a concert appeared in court on Monday."
    assert "statement" not in types(nlp, text)


def test_pledging_allegiance_is_no_statement(nlp: Language) -> None:
    assert "statement" not in types(nlp, "The faction pledged allegiance to al Qaeda in 2019.")


def test_addressing_a_problem_is_no_meeting(nlp: Language) -> None:
    assert "meeting" not in types(nlp, "The ministry addressed the shortage of fuel in the north.")


def test_addressing_parliament_is_a_meeting(nlp: Language) -> None:
    assert "meeting" in types(nlp, "The Hamas envoy addressed Parliament in Islamabad.")


def test_summit_hosting_talks_is_their_setting(nlp: Language) -> None:
    text = "The president held talks with the Kenyan leader at the African Union summit."
    assert types(nlp, text).count("meeting") == 1


def test_due_on_a_tour_is_planned(nlp: Language) -> None:
    assert "visit" not in types(nlp, "The pope is due in Jakarta next week on his longest tour abroad.")
