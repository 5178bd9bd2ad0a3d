"""Event triggers: which words name a happening, of which type, and with which modality."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

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


def test_a_condition_opened_by_should_is_no_event(nlp: Language) -> None:
    text = (
        '"Should commandos try to rescue the hostages by force, they will be executed," '
        "a spokesman for the abductors warned."
    )
    assert "military_action" not in types(nlp, text)


def test_a_rescue_that_took_place_is_still_an_event(nlp: Language) -> None:
    assert "military_action" in types(
        nlp, "Commandos rescued nine hostages near Diffa on Sunday, the army said."
    )


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
        # a violent noun naming a kind of plural campaign: many happenings, none told
        "The foundation is accused of paying for the militia's bombing campaigns in the south.",
        "Funds raised abroad sustained the insurgents' bombing campaigns in the delta, the report found.",
        "Analysts compared the two groups' kidnapping sprees and attack waves.",
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
        # violent paraphrases: a blade, an armed doer or people cut down
        ("A drunk man slashed two bus passengers with a razor near the market in Vorkuta.", "attack"),
        ("A knifeman slashed a guard outside the consulate on Monday.", "attack"),
        ("Raiders armed with spears cut down farmers in the village of Kolwe on Tuesday.", "attack"),
        ("Gunmen cut down worshippers leaving the chapel at dawn.", "attack"),
        ("A youth swinging a hatchet wounded four commuters at a bus depot in Split.", "attack"),
        ("Two herders were clubbed to death by a gang near the river.", "attack"),
        # a harm verb the parser read as an adjective after a weapon noun ("an axe injured three")
        ("A youth brandishing an axe wounded two guards at the gate of a depot in Split.", "attack"),
        ("A woman waving a cleaver injured four diners at a cafe in Mostar on Sunday.", "attack"),
        ("We hold the rebel command responsible for the massacre, the minister said.", "statement"),
    ],
)
def test_new_trigger_verbs(nlp: Language, text: str, etype: str) -> None:
    assert etype in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The retailer slashed prices by a third and the council slashed its budget.",
        "Loggers cut down hundreds of trees near the lake last year.",
        "Doctors urged the soldiers to cut down on sugar.",
        "The club stoned its old rivals in the derby.",
        "The injured three were taken to hospital in Split.",
        "Two injured men were flown to the capital.",
    ],
)
def test_violent_paraphrases_keep_their_plain_senses(nlp: Language, text: str) -> None:
    assert "attack" not in types(nlp, text)


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


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Authority issued a statement on Friday saying patrol boats would search every ferry.",
        "The Defence Council released a statement after the ambush, saying troops were on alert.",
    ],
)
def test_an_issued_statement_is_a_statement(nlp: Language, text: str) -> None:
    assert types(nlp, text).count("statement") == 1


def test_an_issued_statement_with_its_own_position_verb_is_one_statement(nlp: Language) -> None:
    text = (
        "Hours after the ambush, the Defence Council released a statement vowing to hunt the attackers down."
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


def test_harm_verb_of_a_violent_noun_is_no_second_mention(nlp: Language) -> None:
    text = "In May, air strikes in Kunar killed nine people."
    assert triggers(nlp, text) == [("strikes", "military_action")]


def test_launched_attacks_are_the_attacks(nlp: Language) -> None:
    text = "Rebels launched coordinated attacks on three garrisons in the north."
    assert triggers(nlp, text) == [("attacks", "attack")]


def test_counted_attacks_are_no_single_event(nlp: Language) -> None:
    assert "attack" not in types(nlp, "Three attacks in five days shook the province.")


def test_a_year_is_no_count(nlp: Language) -> None:
    assert "attack" in types(nlp, "He was convicted over the 2015 Garissa attacks.")


def test_superlative_apposition_restates_the_headline_event(nlp: Language) -> None:
    text = "Eleven killed as rebels ambush army convoy in Tillaberi, deadliest strike on troops this year"
    assert "military_action" not in types(nlp, text)


def test_agentive_participle_stands_for_the_noun(nlp: Language) -> None:
    found = triggers(nlp, "He died in an assassination carried out by Israel in Gaza City.")
    assert found == [("carried", "attack")]


def test_leaving_and_arriving_is_one_visit(nlp: Language) -> None:
    text = "The defence minister left for Gao on Monday and arrived in the town with his army chief."
    assert types(nlp, text).count("visit") == 1


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Insurgents fired on a police post near Gao overnight.", "military_action"),
        ("Thirty villagers were killed in attacks on two hamlets near Tahoua.", "attack"),
        ("Two envoys were declared persona non grata on Friday.", "sanction"),
        ("Ottawa ordered out three diplomats of the embassy.", "sanction"),
        ("Australia listed four militias as terrorist organisations on Monday.", "sanction"),
    ],
)
def test_more_trigger_phrases(nlp: Language, text: str, etype: str) -> None:
    assert etype in types(nlp, text)


def test_singular_raid_is_an_attack_plural_raids_military(nlp: Language) -> None:
    assert types(nlp, "The raid on the border town lasted two hours.") == ["attack"]
    assert types(nlp, "Monday's raids on the port destroyed two cranes.") == ["military_action"]


def test_trigger_lexicon_has_no_yaml_booleans() -> None:
    """Unquoted on/off/yes/no in YAML lists become booleans and silently never match."""
    from nexus.extract.triggers import event_ontology

    def words(node: object) -> list[object]:
        if isinstance(node, dict):
            return [w for v in node.values() for w in words(v)]
        if isinstance(node, list):
            return [w for v in node for w in words(v)]
        return [node]

    assert not [w for w in words(event_ontology()) if isinstance(w, bool)]


def test_unnamed_speaker_with_a_modal_is_no_statement(nlp: Language) -> None:
    text = "A shopkeeper told the paper that nothing would be left behind."
    assert "statement" not in types(nlp, text)


def test_event_named_in_passing_does_not_block_the_statement(nlp: Language) -> None:
    text = "Minister Juan Ortega said the blast was the work of the Front in revenge for an army raid."
    assert "statement" in types(nlp, text)


def test_a_question_reports_no_event(nlp: Language) -> None:
    assert "military_action" not in types(nlp, '"Why has nobody been detained?" the widow asked.')


@pytest.mark.parametrize(
    "text",
    [
        "Morocco had asked for his extradition in 2021.",
        "She asked the governor why the killers had not been found.",
        "The Russian leader offered his condolences to the families.",
    ],
)
def test_requests_questions_and_condolences_are_statements(nlp: Language, text: str) -> None:
    assert "statement" in types(nlp, text)


def test_a_bomb_exploding_is_an_attack(nlp: Language) -> None:
    assert "attack" in types(nlp, "Nine people died when a bomb exploded at a bus stop in Kohat.")


def test_a_tyre_exploding_is_no_attack(nlp: Language) -> None:
    assert "attack" not in types(nlp, "A tyre exploded on the motorway near Lahore.")


def test_passive_claim_in_a_relative_clause(nlp: Language) -> None:
    text = "The ambush, which was claimed by the Pakistani Taliban, killed six soldiers."
    assert "claim" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause hangs on the place after the attack noun
        "Four guards died in Monday's raid on a checkpoint near Dolo, which was claimed by al-Shabaab.",
        "Seven police officers were killed in the ambush outside Garissa, which was claimed by the group.",
        # a fronted participle tells of the main clause's subject
        "Claimed by the Jaish-e-Noor, Friday's bombing of a bus near Bannu killed five people.",
        "Claimed by a little-known front, the attack on the depot in Tarhuna left three guards dead.",
    ],
)
def test_passive_claim_on_a_place_or_fronted_is_a_claim(nlp: Language, text: str) -> None:
    assert "claim" in types(nlp, text)


def test_fronted_participle_of_a_toll_is_no_claim(nlp: Language) -> None:
    text = "Claimed by floods, the bridge near Dolo collapsed on Monday."
    assert "claim" not in types(nlp, text)


def test_claiming_lives_is_no_claim(nlp: Language) -> None:
    text = "The blast, which claimed the lives of 14 people, shocked the city."
    assert "claim" not in types(nlp, text)


def test_statement_as_medium_of_a_reporting_verb(nlp: Language) -> None:
    text = "In its first statement, the army said two attackers had been shot dead."
    assert "statement" not in types(nlp, text)


def test_talks_are_plural_by_nature(nlp: Language) -> None:
    assert "meeting" in types(nlp, "Turkey hosted talks on the grain corridor.")


def test_talks_as_the_purpose_of_a_trip(nlp: Language) -> None:
    found = types(nlp, "The chancellor flew to Ankara for talks on migration.")
    assert found == ["visit"]


def test_said_in_a_statement_is_a_statement(nlp: Language) -> None:
    text = "The foreign ministry said in a statement that the expulsions were unjustified."
    assert "statement" in types(nlp, text)


def test_nobody_saying_it_was_behind_is_no_statement(nlp: Language) -> None:
    assert "statement" not in types(nlp, "No group has said it was behind the ambush.")


def test_running_tally_in_the_present_perfect_is_no_event(nlp: Language) -> None:
    assert "attack" not in types(nlp, "Bandits have killed more than 300 villagers in the state this year.")


def test_operation_under_way_since_a_day_is_an_event(nlp: Language) -> None:
    text = "Commandos have been combing the hills around Rajouri since Sunday night."
    assert "military_action" in types(nlp, text)


def test_fighting_attacks_for_years_is_generic(nlp: Language) -> None:
    text = "The poor coastal state has been battling insurgent attacks for years."
    assert "attack" not in types(nlp, text)


def test_agentless_blame_is_no_statement(nlp: Language) -> None:
    assert "statement" not in types(nlp, "The militias are blamed for hundreds of deaths since 2016.")


def test_two_speakers_two_statements(nlp: Language) -> None:
    text = (
        "The president condemned the bombing, and Governor Ali Khan said in a statement: "
        '"This war will continue until the last terrorist is eliminated."'
    )
    assert types(nlp, text).count("statement") == 2


def test_days_of_strikes_are_a_tally(nlp: Language) -> None:
    text = "The toll from four days of strikes has risen to 31, the ministry said."
    assert "military_action" not in types(nlp, text)


def test_expelled_from_a_party_is_no_sanction(nlp: Language) -> None:
    assert "sanction" not in types(nlp, "The mayor was expelled from the ruling party on Monday.")


def test_expelling_diplomats_is_a_sanction(nlp: Language) -> None:
    assert "sanction" in types(nlp, "Both countries expelled four of the other's diplomats.")


def test_demanded_designation_is_no_sanction(nlp: Language) -> None:
    text = "The students' union demanded that the militia be designated a terrorist group and banned."
    assert "sanction" not in types(nlp, text)


def test_existing_designation_is_no_new_sanction(nlp: Language) -> None:
    text = "The department added two aliases to the existing designation of the group."
    assert "sanction" not in types(nlp, text)


def test_attackers_arriving_is_no_visit(nlp: Language) -> None:
    text = "The gunmen torched the stalls after arriving from two directions at midnight."
    assert "visit" not in types(nlp, text)


def test_a_visit_that_never_took_place(nlp: Language) -> None:
    assert "visit" not in types(nlp, "The royal visit to Accra never took place.")


@pytest.mark.parametrize(
    "text",
    [
        "The envoys are scheduled to meet in Muscat on Sunday.",
        "The two delegations are set to hold talks in Vienna.",
        "The government ruled out talks with the kidnappers.",
    ],
)
def test_meetings_not_yet_held(nlp: Language, text: str) -> None:
    assert "meeting" not in types(nlp, text)


def test_denied_operation_gives_the_denier_no_attack(nlp: Language) -> None:
    assert "attack" not in types(nlp, "The movement denied carrying out the attack on the depot.")


def test_clause_is_actual_for_dates(nlp: Language) -> None:
    from nexus.extract.triggers import clause_is_actual

    doc = nlp("The minister vowed to crush the revolt by June 2027 and visited Gao on Monday.")
    verbs = {t.lemma_: t for t in doc if t.pos_ == "VERB"}
    assert not clause_is_actual(verbs["crush"])
    assert clause_is_actual(verbs["vow"])


# --- detection and typing: violence by vehicles, projectiles and crowds ---------------------


def test_vehicle_driven_into_a_crowd_is_an_attack(nlp: Language) -> None:
    text = "On Friday a 31-year-old man drove a pickup into a crowd of shoppers at the Leeds market."
    assert ("drove", "attack") in triggers(nlp, text)


def test_driving_into_a_town_is_no_attack(nlp: Language) -> None:
    assert "attack" not in types(nlp, "The convoy drove into Gao on Tuesday after a long delay.")


def test_march_hit_by_a_vehicle_is_no_rally(nlp: Language) -> None:
    text = "Three days after a lorry driver ploughed into a march of nurses in Lyon, the hospital reopened."
    found = types(nlp, text)
    assert "rally" not in found
    assert "attack" in found


def test_march_that_took_place_is_a_rally(nlp: Language) -> None:
    assert "rally" in types(nlp, "Thousands joined a march through Dakar on Sunday against the curfew.")


def test_rockets_landing_are_an_attack(nlp: Language) -> None:
    text = "Late on Monday three rockets landed in Kiryat Shmona, damaging a school."
    assert ("landed", "attack") in triggers(nlp, text)


def test_a_plane_landing_is_no_attack(nlp: Language) -> None:
    assert "attack" not in types(nlp, "The minister's plane landed in Kigali on Monday morning.")


def test_crowd_storming_a_building_is_a_rally(nlp: Language) -> None:
    text = "Last March a mob stormed the parliament building in Honiara."
    found = types(nlp, text)
    assert "rally" in found
    assert "attack" not in found


def test_gunfight_is_a_military_action(nlp: Language) -> None:
    text = "Two rebels died in a gunfight with police near Kohima on Sunday."
    assert ("gunfight", "military_action") in triggers(nlp, text)


def test_vaguely_counted_attacks_are_no_event(nlp: Language) -> None:
    assert "attack" not in types(nlp, "Several attacks on the pipeline have failed since the truce.")


def test_will_keep_striking_is_planned(nlp: Language) -> None:
    assert modalities(nlp, "The militia said it will keep firing at the port.")["firing"] == "planned"


def test_each_charge_of_an_accusation_is_no_event(nlp: Language) -> None:
    text = "Prosecutors accused the gang of extortion, kidnapping for ransom and attacks on traders."
    assert "attack" not in types(nlp, text)


# --- statements: who speaks, and what is a statement of its own ----------------------------


def test_concert_tour_is_no_visit(nlp: Language) -> None:
    text = "Four shows of the singer's Horizon tour, set for next week in Lisbon, were called off."
    assert "visit" not in types(nlp, text)
    assert "visit" not in types(nlp, "Her world tour reached Jakarta on Friday.")


def test_a_minister_tour_is_a_visit(nlp: Language) -> None:
    assert "visit" in types(nlp, "The interior minister began a tour of the flooded districts on Monday.")


def test_characterising_participle_is_no_statement(nlp: Language) -> None:
    text = "Canada listed the network as a terrorist entity in 2021, calling it a front for the militia."
    found = types(nlp, text)
    assert "statement" not in found
    assert "sanction" in found


def test_gloss_in_what_someone_called_is_no_statement(nlp: Language) -> None:
    text = "Jets hit four camps near Sirte on Friday, in what Tripoli called a reply to the ambush."
    assert "statement" not in types(nlp, text)


def test_unnamed_people_blaming_is_no_statement(nlp: Language) -> None:
    text = "Nobody has admitted the burning of the market, which villagers blame on a rival clan."
    assert "statement" not in types(nlp, text)


def test_a_named_party_blaming_is_a_statement(nlp: Language) -> None:
    assert "statement" in types(
        nlp, "The interior ministry blamed a rival clan for the burning of the market."
    )


def test_quoted_position_before_the_speaker_is_a_statement(nlp: Language) -> None:
    text = (
        '"This was a cowardly crime against children," Governor Amina Bello told reporters '
        "after arriving in Kano."
    )
    assert ("told", "statement") in triggers(nlp, text)


def test_quoted_figures_are_no_statement(nlp: Language) -> None:
    text = '"The number of dead has reached 19," police spokesman Ali Musa told a radio station.'
    assert "statement" not in types(nlp, text)


def test_findings_said_in_a_report_are_a_statement(nlp: Language) -> None:
    text = "In a report to the council, the monitoring team said it had seen a rise in arms smuggling."
    assert ("said", "statement") in triggers(nlp, text)


def test_wounding_with_a_weapon_is_an_attack(nlp: Language) -> None:
    text = "Officers arrested a woman after she wounded three guests with a machete in Nantes."
    assert ("wounded", "attack") in triggers(nlp, text)


def test_bare_plural_that_kills_is_a_happening(nlp: Language) -> None:
    assert "attack" in types(nlp, "On Friday, shootings killed seven people in the north of Haiti.")


def test_visiting_kin_is_no_visit(nlp: Language) -> None:
    text = "A shell killed Amal Haddad, 40, who was visiting her grandmother in the camp."
    assert "visit" not in types(nlp, text)


def test_recent_operations_are_no_event(nlp: Language) -> None:
    text = "Colonel Ade Bako said the ambush could be revenge for recent raids on the rebels' camps."
    found = types(nlp, text)
    assert "military_action" not in found
    assert "statement" in found


def test_release_on_a_technicality_is_no_rescue(nlp: Language) -> None:
    assert "military_action" not in types(nlp, "The smuggler was freed on bail in 2019 after two years.")


def test_troops_freeing_hostages_is_a_military_action(nlp: Language) -> None:
    assert "military_action" in types(nlp, "Commandos freed 40 hostages from the ship on Sunday.")


def test_handing_prisoners_to_another_state_is_a_military_action(nlp: Language) -> None:
    text = "Colombia sent 12 prisoners wanted in Spain to Madrid on Monday."
    assert ("sent", "military_action") in triggers(nlp, text)


def test_sending_troops_is_a_military_action_but_sending_aid_is_not(nlp: Language) -> None:
    assert "military_action" in types(nlp, "Rwanda sent troops into Cabo Delgado in 2021.")
    assert "military_action" not in types(nlp, "Qatar sent food aid to Gaza in March.")


def test_the_visit_as_a_setting_refers_back(nlp: Language) -> None:
    text = "The governor toured the camp on Monday. She spoke to the nurses during the visit."
    assert types(nlp, text).count("visit") == 1


def test_two_speakers_in_one_sentence_are_two_statements(nlp: Language) -> None:
    text = (
        "Kenyan officials said the group was responsible for the raid, and Uganda's minister "
        "Sam Okello said the attackers must be punished."
    )
    assert types(nlp, text).count("statement") == 2


def test_a_strike_aimed_at_a_target_happened(nlp: Language) -> None:
    found = modalities(
        nlp, "An army drone strike aimed at rebel camps hit two farms near Gao, killing six herders."
    )
    assert found["strike"] == "actual"


def test_an_offensive_planned_for_a_season_stays_planned(nlp: Language) -> None:
    found = modalities(nlp, "The generals discussed an offensive planned for the dry season.")
    assert found["offensive"] == "planned"


def test_security_forces_in_combat_are_a_military_action(nlp: Language) -> None:
    assert triggers(nlp, "Commandos were fighting gunmen inside the mall on Thursday.") == [
        ("fighting", "military_action")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have fought the government in the north of the country.",
        "Firefighters were fighting a blaze in the market on Monday.",
        "Police are fighting corruption in the port city.",
        "Troops have fought the insurgents for years.",
    ],
)
def test_fighting_is_no_event_without_forces_in_combat(nlp: Language, text: str) -> None:
    assert "military_action" not in types(nlp, text)


def test_an_operation_one_returns_from_is_told_in_passing(nlp: Language) -> None:
    from nexus.extract.triggers import told_in_passing

    doc = nlp("The patrol was returning from a joint operation when the bomb went off.")
    (operation,) = [t for t in doc if t.lower_ == "operation"]
    assert told_in_passing(operation)
    doc = nlp("Troops launched a joint operation in the hills.")
    (operation,) = [t for t in doc if t.lower_ == "operation"]
    assert not told_in_passing(operation)


@pytest.mark.parametrize(
    "text",
    [
        "The group has in the past claimed similar attacks on mosques.",
        "The group has claimed many bombings in the north.",
    ],
)
def test_claiming_a_kind_of_attack_is_no_claim(nlp: Language, text: str) -> None:
    assert not [t for t, etype in find_triggers(next(iter(nlp(text).sents))) if etype == "claim"]


def test_claiming_the_attack_is_a_claim(nlp: Language) -> None:
    sent = next(iter(nlp("The group claimed the attack on the mosque.").sents))
    assert [etype for _, etype in find_triggers(sent)].count("claim") == 1


# --- habitual and experiential sentences tell a kind of happening, not one ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels have ambushed aid convoys on this road before.",
        "The cartel has previously abducted journalists in Sinaloa.",
        "The faction has a long history of bombing rail lines in the east.",
        "Gangs in the delta usually kidnap oil workers for ransom.",
    ],
)
def test_habitual_and_experiential_violence_is_no_event(nlp: Language, text: str) -> None:
    assert not {"attack", "military_action"} & set(types(nlp, text))


def test_a_perfect_without_an_at_some_time_adverb_still_reports(nlp: Language) -> None:
    assert "attack" in types(nlp, "Rebels have ambushed an aid convoy near Beni, officials said.")


# --- orders are not the actions ordered ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The governor ordered a crackdown on the smuggling rings on Thursday.",
        "The defence minister authorised air strikes on the rebel camps.",
    ],
)
def test_an_order_for_an_action_is_no_action(nlp: Language, text: str) -> None:
    assert "military_action" not in types(nlp, text)


def test_an_action_carried_out_is_still_an_action(nlp: Language) -> None:
    assert "military_action" in types(nlp, "Police launched a crackdown on the smuggling rings on Thursday.")


# --- witnesses' accounts are part of the incident, not statements -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "'I saw smoke rising from the bus station,' said a fruit vendor, Musa Ibrahim.",
        "Fatima Okafor, a trader at the market, said the gunmen had fired at everyone.",
        "'We hid under the tables until the shooting stopped,' Peter Otieno told reporters.",
    ],
)
def test_witness_accounts_are_no_statements(nlp: Language, text: str) -> None:
    assert "statement" not in types(nlp, text)


def test_an_official_quote_is_still_a_statement(nlp: Language) -> None:
    text = "'Those behind this will pay a heavy price,' Interior Minister Musa Ibrahim said."
    assert "statement" in types(nlp, text)


# --- tallies over a period are no incident ------------------------------------------------


def test_a_tally_of_operations_over_a_year_is_no_event(nlp: Language) -> None:
    text = "Police killed 87 bandits in gunfights across Zamfara state last year, officials said."
    assert not {"attack", "military_action"} & set(types(nlp, text))


def test_one_raid_last_month_is_still_an_event(nlp: Language) -> None:
    text = "Police killed 14 bandits in a raid on a camp in Zamfara last month."
    assert {"attack", "military_action"} & set(types(nlp, text))


def test_hearing_of_the_attacks_tells_no_new_attack(nlp: Language) -> None:
    text = "The governor, who learned of the bombings during a dinner in Mombasa, flew back to Garissa."
    assert "attack" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cell is notorious for abducting engineers on the pipeline road.",
        "The brigade is known for shelling markets in the north.",
        "Armed herders raid farming villages in the valley every season.",
    ],
)
def test_reputations_and_recurrences_are_no_events(nlp: Language, text: str) -> None:
    assert not {"attack", "military_action"} & set(types(nlp, text))


def test_an_offence_charged_is_no_attack(nlp: Language) -> None:
    text = "Prosecutors said the driver had been arrested for assault in 2017."
    assert "attack" not in types(nlp, text)


def test_targets_struck_since_a_campaign_began_are_a_tally(nlp: Language) -> None:
    text = "Officials say 400 sites have been bombed since the air campaign started in June."
    found = modalities(nlp, text)
    assert found.get("bombed") == "generic"


def test_holding_a_treaty_in_abeyance_is_a_sanction(nlp: Language) -> None:
    text = "Dhaka held the river-sharing accord with Naypyidaw in abeyance on Monday."
    assert "sanction" in types(nlp, text)


def test_a_quote_the_parser_made_the_root_is_still_a_statement(nlp: Language) -> None:
    # the parse the small model sometimes gives: the quote's verb as root, "told" under it
    words = ["'", "This", "is", "a", "shameful", "crime", ",", "'", "Governor", "Lawal", "told",
             "reporters", "."]  # fmt: skip
    heads = [2, 2, 2, 5, 5, 2, 2, 2, 9, 10, 2, 10, 10]
    deps = ["punct", "nsubj", "ROOT", "det", "amod", "attr", "punct", "punct", "compound", "nsubj", "ccomp",
            "dobj", "punct"]  # fmt: skip
    pos = ["PUNCT", "PRON", "AUX", "DET", "ADJ", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB", "NOUN",
           "PUNCT"]  # fmt: skip
    lemmas = ["'", "this", "be", "a", "shameful", "crime", ",", "'", "Governor", "Lawal", "tell",
              "reporter", "."]  # fmt: skip
    tags = ["''", "DT", "VBZ", "DT", "JJ", "NN", ",", "''", "NNP", "NNP", "VBD", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, tags=tags)
    found = [(t.text, etype) for sent in doc.sents for t, etype in find_triggers(sent)]
    assert ("told", "statement") in found


def test_a_quote_with_figures_stays_attribution(nlp: Language) -> None:
    text = "'Four people died and nine were hurt,' the governor told reporters in Karbala."
    assert "statement" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Shopkeepers observed a strike in Baramulla on Friday to mourn the dead.",
        "Bus drivers went on strike in Peshawar after the shooting of a colleague.",
        "A hunger strike by detainees entered its third week in Kabul.",
    ],
)
def test_stoppages_are_no_military_strikes(nlp: Language, text: str) -> None:
    assert "military_action" not in types(nlp, text)


def test_violence_in_the_past_is_no_happening(nlp: Language) -> None:
    assert not {"attack", "military_action"} & set(
        types(nlp, "The militia ambushed army convoys on the Beni road in the past.")
    )


def test_violence_in_the_past_week_is_one(nlp: Language) -> None:
    text = "The militia ambushed an army convoy on the Beni road in the past week, killing nine soldiers."
    assert {"attack", "military_action"} & set(types(nlp, text))


def test_a_commanders_standing_charge_is_no_operation(nlp: Language) -> None:
    text = (
        "Colonel Moussa Sarr, who oversees the navy's operations against smugglers off Ziguinchor, "
        "spoke to reporters."
    )
    assert "military_action" not in types(nlp, text)


def test_a_missile_slamming_into_a_house_is_no_statement(nlp: Language) -> None:
    text = "The drone, launched from across the border, slammed into a school in Kharkiv on Friday."
    assert "statement" not in types(nlp, text)


def test_a_doer_holding_a_weapon_licenses_harm_verbs(extract: Any) -> None:
    armed = extract(
        "A man armed with a knife injured five passengers at a bus terminal in Mombasa on Friday."
    )
    assert [e.type for e in armed.events] == ["attack"]
    wielding = extract("A teenager wielding a knife wounded three pupils outside a school in Leeds.")
    assert [e.type for e in wielding.events] == ["attack"]
    # what the doer carries must be held for harm: a load or a document licenses nothing
    assert not extract("A lorry carrying cement injured two cyclists on the ring road.").events


def test_what_an_explosion_damaged_is_an_attack_and_a_storm_is_not(extract: Any) -> None:
    blast = extract("A homemade bomb damaged a railway bridge near Jhelum before dawn on Tuesday.")
    assert [e.type for e in blast.events] == ["attack"]
    storm = extract("Strong winds damaged hundreds of roofs across the coastal districts on Tuesday.")
    assert not storm.events


def test_storming_to_the_top_or_out_of_a_room_is_no_assault(extract: Any) -> None:
    assert not extract("Northgate Rovers stormed to the top of the table with a 3-0 win on Saturday.").events
    walkout = extract("The opposition leader stormed out of the meeting in Dodoma on Monday.")
    assert not [e for e in walkout.events if e.type in ("attack", "military_action")]
    raid = extract("Fighters stormed a police station in Dodoma on Monday, killing two officers.")
    assert [e.type for e in raid.events] == ["attack"]


def test_a_weapon_compounded_with_its_holding_verb_licenses_harm_verbs(extract: Any) -> None:
    """ "A knife-wielding man wounded three": the weapon stands before the participle."""
    for text in (
        "A machete-wielding youth injured four shoppers at a mall in Durban on Saturday.",
        "An axe-wielding attacker wounded two guards at a depot in Tampere on Monday.",
    ):
        assert "attack" in [e.type for e in extract(text).events], text


@pytest.mark.parametrize(
    "text",
    [
        "Six policemen were martyred when militants ambushed their van near Tank on Friday.",
        "Four soldiers were martyred in Awaran on Thursday, the military's media wing said.",
    ],
)
def test_martyred_is_killed(extract: Any, text: str) -> None:
    """South Asian reports say "martyred" where others say "killed"; it names the victims."""
    extraction = extract(text, published="2025-05-10")
    events = [e for e in extraction.events if e.type in ("attack", "military_action")]
    assert len(events) == 1
    assert events[0].killed is not None and events[0].killed.value in (4, 6)


def test_a_vehicle_that_hit_a_roadside_bomb_was_attacked(extract: Any) -> None:
    text = "Their convoy hit a roadside bomb near Panjgur on Sunday, killing three soldiers."
    (event,) = [e for e in extract(text, published="2025-05-10").events if e.type == "attack"]
    assert event.killed is not None and event.killed.value == 3
    assert event.method == "explosives"


# --- a noun "claim" that asserts something is no claim of responsibility -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry accused the insurgents of exaggerating their claims about the battle.",
        "Officials dismissed the movement's claim as a fabrication on Thursday.",
        "The rebels' claims could not be independently verified.",
        "The ministry's claim about the number of dead was contested by local elders.",
    ],
)
def test_assertions_called_claims_are_no_claim_events(nlp: Language, text: str) -> None:
    assert "claim" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The front's claim came within hours of the ambush on the convoy.",
        "The faction's claim of responsibility was posted on a messaging channel.",
    ],
)
def test_a_group_s_claim_of_its_attack_is_a_claim(nlp: Language, text: str) -> None:
    assert "claim" in types(nlp, text)


def test_the_deed_punished_took_place_whatever_the_punishment(nlp: Language) -> None:
    """ "will be sentenced for the attack": the sentence is planned, the attack happened."""
    found = modalities(nlp, "The two couriers will be sentenced in May for the bombing of the depot.")
    assert found["sentenced"] != "actual"
    assert found["bombing"] == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Two students were detained over a grenade attack plot against a stadium.",
        "The bombing plan was found on a laptop seized in Aarhus.",
    ],
)
def test_an_attack_compounded_with_a_plot_did_not_happen(nlp: Language, text: str) -> None:
    assert "attack" not in types(nlp, text)


# --- a speaker telling the incident again is attribution, not a statement ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The raiders escaped towards the swamp after the shooting, said Major Ilunga Kabeya, an army "
        "spokesman.",
        "Inspector Wanjiru Mwangi said the injured were flown to the provincial hospital in Garoua.",
        "The gunmen had hidden their rifles in a cart of maize, the district commissioner told reporters.",
        "Brigadier Sani Dauda said the suspects were being questioned at the divisional headquarters.",
        "'The van stopped outside the gate and two men jumped out,' police spokesman Tomas Okello said.",
        "Colonel Rustam Nazarov said in a briefing that the bodies were recovered from the riverbank.",
        "The patrol came under fire near the ferry crossing, he added.",
        "The suspects are being held at the anti-terrorism unit in the capital, she added.",
        "He said the troops had returned fire and the raiders withdrew after an hour.",
        "The suspect planned to set off a gas canister at the stadium gates, said prosecutor Lena Varga.",
    ],
)
def test_official_narrating_the_incident_makes_no_statement(nlp: Language, text: str) -> None:
    assert "statement" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Halima Yusuf said those who planned the massacre would be hunted down.",
        "The interior minister said the bombers had received orders from handlers abroad.",
        "Colonel Amadou Sangare told a news conference that the raid was a cowardly crime against farmers.",
        "'We will never bow to these killers,' President Ama Owusu told mourners.",
        "The foreign ministry said in a statement that the expulsion of its envoy was illegal.",
        "Minister Leila Haddad said the bombers had ties to the Sahel Liberation Front.",
        "Army spokesman Colonel Jean-Pierre Mbala said the rebels were armed by a neighbouring country.",
        "The chief minister said the bombing was an attempt to derail the talks in the province.",
        "President Yaw Darko said he was saddened by the killing of the rangers in the park.",
        "'The country stands united with its soldiers against the militants,' Premier Tahmina Qureshi said.",
    ],
)
def test_position_blame_or_verdict_is_a_statement(nlp: Language, text: str) -> None:
    assert "statement" in types(nlp, text)


def test_speaker_clause_coordinated_with_another_happening_is_still_a_statement(nlp: Language) -> None:
    text = (
        "The premier chaired a crisis meeting with army chiefs on Sunday, and his office said the "
        "government was determined to crush the insurgents."
    )
    assert sorted(types(nlp, text)) == ["meeting", "statement"]


# --- claims told as a group's report of its own fighters' deeds -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Vanguard Brigades said in a statement that its fighters had taken control of two "
        "army posts.",
        "In an online post, the group said its men had seized control of the garrison and killed "
        "twelve soldiers.",
    ],
)
def test_group_saying_its_fighters_took_control_is_a_claim(extract: Any, text: str) -> None:
    doc = "Insurgents attacked army positions near Dori on Monday. " + text
    events = extract(doc, published="2025-05-06").events
    assert [e.type for e in events].count("claim") == 1
    assert [e.type for e in events].count("attack") == 1  # the claimed killing is no second attack


def test_accusing_the_army_of_inflating_figures_is_no_claim(nlp: Language) -> None:
    text = "The rebels accused the army of inflating its claims about their losses."
    assert "claim" not in types(nlp, text)


def test_affiliate_that_claims_attacks_as_a_rule_names_no_happening(nlp: Language) -> None:
    text = (
        "The Lakes Province, which claims the rebels' raids, said in a statement that its fighters "
        "had attacked the village."
    )
    found = triggers(nlp, text)
    assert ("claims", "claim") not in found and ("raids", "attack") not in found


# --- words of pages that name no happening ----------------------------------------------


def test_topic_of_a_briefing_is_no_event(nlp: Language) -> None:
    text = "The army spokesman spoke at the weekly briefing on counter-insurgency operations in Yaounde."
    assert "military_action" not in types(nlp, text)


def test_met_with_fire_is_no_meeting(nlp: Language) -> None:
    text = "The raiders tried to scale the barracks wall but were met with heavy fire from the sentries."
    assert "meeting" not in types(nlp, text)


def test_meeting_with_an_envoy_stays_a_meeting(nlp: Language) -> None:
    assert "meeting" in types(nlp, "The foreign minister met with the UN envoy in Khartoum on Monday.")


def test_dismissing_a_claim_is_a_denial_not_a_statement(nlp: Language) -> None:
    text = "The garrison commander dismissed the rebels' account of the battle as propaganda."
    assert "statement" not in types(nlp, text)


def test_losses_in_earlier_clashes_name_no_happening(nlp: Language) -> None:
    text = "The insurgents accused the army of exaggerating their losses in previous clashes."
    assert "military_action" not in types(nlp, text) and "attack" not in types(nlp, text)


def test_pronoun_one_is_no_figure_that_makes_an_accusation_attribution(nlp: Language) -> None:
    text = (
        "Police chief Ruth Achieng told reporters that agents of a foreign state had used criminal "
        "gangs, including one run by a jailed smuggler, to intimidate exiles."
    )
    assert "statement" in types(nlp, text)


def test_adding_participle_speaks_for_the_subject_of_its_reporting_verb(nlp: Language) -> None:
    text = (
        "A search of the hills was under way to find the remaining insurgents, the army spokesman said, "
        "adding that the troops were determined to rid the district of terrorism."
    )
    assert "statement" in types(nlp, text)


def test_adding_that_the_toll_could_climb_is_a_forecast(nlp: Language) -> None:
    text = (
        "The number of people killed in the market bombing has risen to 40, the health minister said, "
        "adding that it could climb further because several people were missing."
    )
    assert "statement" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The press secretary was bombarded with questions about the slow deployment of troops.",
        "Parliament rejected a bill giving the gendarmerie wider powers of arrest.",
        "Villagers in the valley live under the constant threat of attack.",
    ],
)
def test_idioms_and_powers_name_no_security_action(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert "military_action" not in found and "attack" not in found


def test_an_assault_on_press_freedom_is_no_attack(nlp: Language) -> None:
    text = "Editors called the new media law an assault on press freedom and the constitution."
    assert "attack" not in types(nlp, text)


def test_ruling_out_a_motive_is_no_statement(nlp: Language) -> None:
    text = (
        "Prosecutor Anna Lindqvist said there were no indications of a religious motive and that the "
        "knifeman had been treated for depression."
    )
    assert "statement" not in types(nlp, text)


def test_gathering_in_a_participant_description_is_the_one_told(nlp: Language) -> None:
    text = "'We want the roads to be safe again,' said Joseph Mutombo, a trader who took part in the march."
    assert "rally" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal Wolves gang said in a message that it had nothing to do with the police post bombing.",
        "The Northern Vanguard Brigades said they were not behind the ambush on the convoy.",
        "The rebel commander Ahmat Djibrine said his men had played no role in the massacre.",
    ],
)
def test_disowning_a_part_in_an_attack_is_a_denial(nlp: Language, text: str) -> None:
    assert "statement" not in types(nlp, text)


# --- a counted group wounded, with the blow told in a clause of its own ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Eight guards were wounded when a rocket fired from the hills slammed into their compound.",
        "At least 14 villagers were injured as mortar shells landed near a water point outside Rabak.",
        "Six police officers were wounded after a grenade was hurled at their checkpoint in Dosso.",
        "Three nurses were injured when gunfire erupted near the clinic on Sunday.",
    ],
)
def test_counted_wounding_with_a_weapon_named_is_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Five passengers were injured when their minibus overturned near Koutiala.",
        "Two defenders were injured in the second half of the derby.",
        "Nine more fighters were wounded, the army statement said.",  # who was hurt is no weapon
        "Four cooks were injured when a gas cylinder exploded in a restaurant kitchen.",
    ],
)
def test_counted_wounding_without_a_blow_is_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in types(nlp, text)


def test_a_relative_clause_arrival_of_attackers_is_no_visit(nlp: Language) -> None:
    text = "The raiders, who arrived in three pickup trucks, set fire to the district office."
    assert "visit" not in types(nlp, text)
    text = "Gunmen who arrived at the cattle market shortly after noon shot dead four herders."
    assert "visit" not in types(nlp, text)


def test_a_named_visitor_arriving_in_a_city_is_still_a_visit(nlp: Language) -> None:
    text = "The Malawian foreign minister, who arrived in Lilongwe on Monday, held talks with the envoy."
    assert "visit" in types(nlp, text)


def test_a_prayer_vigil_is_no_rally(nlp: Language) -> None:
    # (a public vigil is a solidarity event, a rally, since session 25, as the annotated pages
    # code it; a prayer vigil is a service, and one attacked is the attack's target)
    text = "The militants struck the chapel during an evening prayer vigil, killing nine."
    assert "rally" not in types(nlp, text)


def test_a_public_vigil_for_victims_is_a_rally(nlp: Language) -> None:
    text = "Families held a candlelight vigil in Goma on Sunday for the victims of the shelling."
    assert "rally" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The border post at Malaba reopens on Thursday after a week-long closure.",
        "Ferry crossings resumed on Monday following a two-day suspension.",
    ],
)
def test_reopening_after_a_closure_is_no_sanction(nlp: Language, text: str) -> None:
    assert "sanction" not in types(nlp, text)


def test_an_imposed_closure_is_still_a_sanction(nlp: Language) -> None:
    assert "sanction" in types(nlp, "Uganda ordered the closure of its border with Rwanda on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "A knifeman wounded four commuters at a bus depot in Graz on Tuesday.",
        "A sniper wounded two guards at a checkpoint outside Marib on Monday.",
        "A number of farmers were wounded when mortar rounds hit a village near Kauda.",
    ],
)
def test_armed_doers_and_counted_groups_wounded_are_attacks(nlp: Language, text: str) -> None:
    assert "attack" in types(nlp, text)


def test_a_figurative_wounding_is_no_attack(nlp: Language) -> None:
    assert "attack" not in types(nlp, "The defeat wounded the pride of the whole squad.")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen have killed or kidnapped over 800 villagers in the region this year, a monitor said.",
        "Militants have abducted and killed 40 farmers in the district since March, elders said.",
    ],
)
def test_a_tally_told_by_two_coordinated_verbs_is_no_incident(extract: Any, text: str) -> None:
    assert not [e for e in extract(text, published="2024-08-30").events if e.type == "attack"]


def test_one_raid_told_by_two_coordinated_verbs_stays_an_incident(extract: Any) -> None:
    text = "Gunmen killed or abducted 30 villagers in Kebbi on Monday, police said."
    x = extract(text, published="2024-08-30")
    assert [e.type for e in x.events] == ["attack"]


def test_seizing_control_of_a_town_is_a_security_operation(extract: Any) -> None:
    x = extract("Army units seized control of Umm Qasr from the rebels on Sunday.", published="2024-06-21")
    action = next(e for e in x.events if e.type == "military_action")
    assert action.place is not None and action.place.name == "Umm Qasr"


def test_seized_goods_are_no_operation_of_their_own(extract: Any) -> None:
    text = "Customs officers seized cigarettes and phones at the port on Monday."
    x = extract(text, published="2024-06-21")
    assert not [e for e in x.events if e.type == "military_action"]


@pytest.mark.parametrize(
    "text",
    [
        '"Our brigades will take the fight to every barracks in the north," said Abu Talha al-Masri, '
        "a spokesman for Ansar al-Sharia, in a recorded message.",
        '"Our fighters will carry this war into the heart of the capital," Ali Dheere, a spokesman '
        "for al-Shabaab, said in a radio broadcast.",
        '"Our men will carry out more operations in the coastal towns," said Abu Talha al-Masri, '
        "a spokesman for Ansar al-Sharia, in a recorded message.",
    ],
)
def test_a_group_s_quoted_threat_is_a_statement_not_a_claim(extract: Any, text: str) -> None:
    found = [e.type for e in extract(text, published="2024-06-03").events]
    assert found == ["statement"]


def test_a_group_s_quoted_past_operation_is_no_statement(extract: Any) -> None:
    text = (
        '"Our fighters carried out the raid on the barracks," Ali Dheere, a spokesman for al-Shabaab, '
        "said in a radio broadcast."
    )
    assert "statement" not in [e.type for e in extract(text, published="2024-06-03").events]


@pytest.mark.parametrize(
    "text",
    [
        '"Every raid on our villages will be answered with blood," a rebel commander said in a video.',
        "Every offensive against the movement will fail, the spokesman warned.",
    ],
)
def test_every_raid_is_no_happening(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert "military_action" not in found
    assert "attack" not in found


@pytest.mark.parametrize(
    "text",
    [
        '"Today, terrorism has struck our republic once more," the prime minister said in Marseille.',
        "Extremism has hit the province hard, the governor told a news conference on Monday.",
    ],
)
def test_a_creed_as_subject_strikes_no_one(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert "military_action" not in found
    assert "attack" not in found


def test_a_bomber_striking_is_still_an_attack(nlp: Language) -> None:
    assert "attack" in types(nlp, "Gunmen struck a police post in Kano on Monday, killing two officers.")


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "A communique released by the Supreme Security Council after a late-night session said "
            'police units were "on high alert along the southern border".',
            "Supreme Security Council",
        ),
        (
            "A communique issued by the Northern Command on Sunday said the army was ready to respond "
            "to any incursion.",
            "Northern Command",
        ),
    ],
)
def test_an_issued_document_is_its_issuer_s_statement(extract: Any, text: str, issuer: str) -> None:
    events = extract(text, published="2024-03-12").events
    statements = [e for e in events if e.type == "statement"]
    assert len(statements) == 1
    assert issuer in statements[0].actors


@pytest.mark.parametrize(
    "text",
    [
        "Masked men riddled a pickup truck with bullets outside Maroua late on Tuesday.",
        "Unknown gunmen peppered a police checkpoint with gunfire outside Kolwezi on Friday night.",
    ],
)
def test_riddled_or_peppered_with_bullets_is_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The audit was riddled with errors, the opposition said.",
        "The minister peppered his speech with jokes about the budget.",
    ],
)
def test_riddled_with_errors_is_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in types(nlp, text)


def test_a_body_named_for_terrorism_still_arrests(nlp: Language) -> None:
    text = "The Counter Terrorism Department detained three men in Sukkur on Tuesday over a blast in March."
    assert "military_action" in types(nlp, text)


# --- a crowd's protest and its demands ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred residents blocked the highway out of Korvale with burning logs on Friday, "
        "demanding the release of their goods.",
        "Angry villagers blocked the bridge into Tesmar on Monday in protest at the killings.",
    ],
)
def test_a_crowd_blocking_a_road_in_protest_is_a_rally(nlp: Language, text: str) -> None:
    assert "rally" in types(nlp, text)


def test_a_road_blocked_for_another_purpose_is_no_rally(nlp: Language) -> None:
    assert "rally" not in types(nlp, "Farmers blocked the road with tractors to keep the herds out.")


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of mourners marched through Orlava on Saturday, chanting against the militants and "
        "calling on the army to protect their villages.",
        "Police dispersed a rally by nurses in Denvik who were demanding that the clinic be reopened.",
    ],
)
def test_the_demands_of_a_rally_are_part_of_it(nlp: Language, text: str) -> None:
    assert "statement" not in types(nlp, text)


def test_what_a_crowd_demands_of_the_army_is_no_deployment(nlp: Language) -> None:
    text = "Residents blocked the main street of Kelmo, demanding that the authorities send more troops."
    assert modalities(nlp, text)["send"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "The rebellion began in 2016. It has since killed more than 3,000 people.",
        "The war between the two militias erupted in Darvan in 2021 and has killed thousands of civilians.",
    ],
)
def test_a_conflicts_running_toll_is_no_happening(nlp: Language, text: str) -> None:
    assert not [t for t, m in modalities(nlp, text).items() if m == "actual" and t.startswith("kill")]


def test_a_court_ordering_suspects_detained_detains_them(nlp: Language) -> None:
    text = "The Varna Magistrate's Court ordered the three arrested in Darvi to be detained for 90 days."
    assert modalities(nlp, text)["detained"] == "actual"


def test_extending_a_proscription_is_a_sanction(nlp: Language) -> None:
    text = "The interior ministry issued an order extending the proscription of four militant groups."
    assert "sanction" in types(nlp, text)


def test_a_similar_bombing_campaign_is_a_kind_not_a_happening(nlp: Language) -> None:
    text = "The Red Hand, a faction that was outlawed in 2012 over a similar bombing campaign, denies links."
    assert modalities(nlp, text)["bombing"] == "generic"


@pytest.mark.parametrize(
    "text",
    [
        "The penalties include an asset freeze and a travel ban.",
        "The sanctions include an arms embargo.",
    ],
)
def test_the_parts_of_a_measure_told_before_are_no_new_sanction(nlp: Language, text: str) -> None:
    assert "sanction" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        (
            "Rebels triggered a roadside bomb as a police van passed near Kapchorwa, killing two officers.",
            True,
        ),
        ("Four guards died when insurgents triggered a landmine near Dantewada on Sunday.", True),
        ("The court ruling triggered protests in Nakuru on Monday.", False),
    ],
)
def test_triggering_a_device_is_an_attack_and_triggering_protests_is_not(
    extract: Any, text: str, attack: bool
) -> None:
    events = extract(text, published="2024-05-20").events
    assert any(e.type == "attack" for e in events) is attack


# --- measures and gatherings real pages tell in other words ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The county commissioner barred aid workers from entering the border villages on Friday.",
        "The press council suspended the daily newspaper Al-Fajr for two weeks over its coverage.",
        "The cabinet dissolved the Hamburg-based association Dar al-Huda by decree on Tuesday.",
    ],
)
def test_bans_in_other_words_are_sanctions(nlp: Language, text: str) -> None:
    assert "sanction" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president dissolved parliament on Monday and called early elections.",
        "The sugar dissolved slowly in the hot tea.",
        "Rain barred the way for hours.",
    ],
)
def test_dissolving_and_barring_without_a_banned_party_are_no_sanctions(nlp: Language, text: str) -> None:
    assert "sanction" not in types(nlp, text)


def test_travel_that_was_barred_is_no_visit(nlp: Language) -> None:
    text = "The governor barred journalists from travelling to Kidal and Menaka on Thursday."
    assert "visit" not in types(nlp, text)
    assert "sanction" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses gathered outside the ministry in Lilongwe on Monday, demanding unpaid wages.",
        "About 500 villagers formed a human chain along the highway near Mardan on Sunday.",
        "Thousands of traders and farmers took part in a march in Quetta on Tuesday.",
        "Shopkeepers observed a hartal across the valley on Friday to protest the killings.",
    ],
)
def test_crowds_gathering_in_protest_are_rallies(nlp: Language, text: str) -> None:
    assert "rally" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Guests had gathered in the courtyard for a wedding when the shooting began.",
        "Detectives gathered evidence at the scene for two days.",
        "Traders cheered a rally in bank shares as investors piled into stocks.",
    ],
)
def test_gatherings_without_protest_and_market_rallies_are_no_rallies(nlp: Language, text: str) -> None:
    assert "rally" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police chiefs from Uganda, Rwanda and Burundi gathered in Kampala on Monday to share intelligence.",
        "Tribal elders gathered in Wana on Sunday to discuss the curfew with the army.",
        "Foreign ministers of the bloc assembled in Accra on Friday.",
    ],
)
def test_office_holders_gathering_meet(nlp: Language, text: str) -> None:
    assert "meeting" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Commuters gathered at the railway station in Kisumu on Monday.",
        "Relatives gathered outside the morgue on Tuesday morning.",
    ],
)
def test_other_people_gathering_do_not_meet(nlp: Language, text: str) -> None:
    assert "meeting" not in types(nlp, text)


# --- statements: what a speaker's words are (session 13) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Marines stormed a warehouse near the docks and detained a smuggler responsible for arms "
        "trafficking, the Coastal Command said.",
        "Envoy Karim Haddadi met the head of the monitoring mission in Sirte on Monday to review the "
        "truce, his office said.",
    ],
)
def test_a_speaker_retelling_a_happening_makes_no_statement(nlp: Language, text: str) -> None:
    assert "statement" not in types(nlp, text)


def test_a_spokesman_telling_what_a_raid_destroyed_makes_no_statement(extract: Any) -> None:
    text = (
        "An army spokesman, Major Tomas Lindqvist, said the raid had destroyed fuel depots of the "
        "Northern Liberation Front and a drone workshop."
    )
    assert "statement" not in [e.type for e in extract(text, published="2024-05-01").events]


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Ines Barros said the attack would not go unanswered.",
        "The minister said the bombing was planned by handlers abroad.",
        "Minister Ana Petrova said the gunmen deliberately killed children in the school.",
        "Governor Amina Bello said bandits attacked the village in revenge for the arrest of their leader.",
    ],
)
def test_a_position_about_a_happening_is_still_a_statement(nlp: Language, text: str) -> None:
    assert "statement" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels hold three forts in the valley, which the soldiers call 'the teeth'.",
        "The militia swore loyalty to the caliphate in 2020, and the group now calls them the Savanna "
        "Province.",
    ],
)
def test_a_name_something_goes_by_is_no_statement(nlp: Language, text: str) -> None:
    assert "statement" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The bishop called the raid a crime against the faithful.",
        "The rights group calls the killings a war crime.",
    ],
)
def test_calling_a_raid_something_is_still_a_statement(nlp: Language, text: str) -> None:
    assert "statement" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"The gunmen tied the guards up and took their rifles," Pastor Elias Mwamba told the paper.',
        "The engineers were laying pipe along a track linking Kavala to the border post when the "
        "shooting began, district police chief Anil Perera said.",
    ],
)
def test_tying_up_or_a_track_linking_towns_is_no_link_to_a_side(nlp: Language, text: str) -> None:
    assert "statement" not in types(nlp, text)


def test_a_cell_tied_to_a_group_is_still_blame(nlp: Language) -> None:
    text = "Minister Oskar Brandt said the bombers were tied to the Crescent Front."
    assert "statement" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fishermen and teachers took part in a march through Galle on Friday, demanding "
        "that the navy end its patrols.",
        "Relatives of the missing formed a human chain outside the governor's office on Sunday, "
        "demanding the release of the detained youths.",
    ],
)
def test_the_demand_of_a_rally_is_no_statement_of_its_own(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert "rally" in found
    assert "statement" not in found


def test_a_leader_addressing_a_rally_with_a_demand_makes_a_statement(nlp: Language) -> None:
    text = (
        "Opposition leader Ana Silva addressed a rally of farmers in Beira on Friday, demanding that the "
        "army withdraw from the district."
    )
    assert "statement" in types(nlp, text)


def test_who_a_warning_is_about_makes_no_statement(nlp: Language) -> None:
    text = (
        "The defence council warned that it would use force against anyone who threatens the power stations."
    )
    assert types(nlp, text).count("statement") == 1


def test_a_threat_sent_as_a_voice_note_is_a_statement(nlp: Language) -> None:
    text = (
        "A spokesman for the rebel front, Musa Kanté, sent reporters an audio recording on Monday: "
        '"Our men will strike the airport next."'
    )
    found = types(nlp, text)
    assert found == ["statement"]


def test_a_video_sent_with_figures_is_no_statement(nlp: Language) -> None:
    text = "The army sent journalists a video of the seized weapons on Monday."
    assert "statement" not in types(nlp, text)


def test_words_after_a_meeting_are_a_statement_not_a_new_meeting(extract: Any) -> None:
    text = (
        "Defence Minister Lucia Ferraz chaired a meeting of army commanders in Braga on Sunday.\n\n"
        '"Whoever planted this bomb will be caught and punished," Ferraz told reporters after the meeting.'
    )
    events = extract(text, published="2024-09-02").events
    assert [e.type for e in events].count("meeting") == 1
    statements = [e for e in events if e.type == "statement"]
    assert len(statements) == 1


def test_speaking_after_the_meeting_is_no_new_meeting(nlp: Language) -> None:
    text = (
        "Speaking to reporters after the meeting, Minister Rosa Leal said the killers would be hunted down."
    )
    found = types(nlp, text)
    assert "meeting" not in found
    assert "statement" in found


def test_a_visit_and_what_the_visitor_said_are_two_events(nlp: Language) -> None:
    text = (
        "Governor Amara Diallo visited the wounded policemen at the clinic in Kindia on Friday and "
        "said the attack 'will not frighten this province'."
    )
    found = types(nlp, text)
    assert "visit" in found
    assert "statement" in found


def test_armed_groups_put_a_warning_on_security(nlp: Language) -> None:
    text = (
        "Adviser Rashed Kabir told reporters in Sylhet on Monday that the government would show no "
        "mercy to armed groups in the hills."
    )
    assert "statement" in types(nlp, text)


def test_zero_tolerance_is_no_figure(nlp: Language) -> None:
    text = "Minister Ana Petrova said the government would show zero tolerance to the militias."
    assert "statement" in types(nlp, text)


def test_attacks_after_a_gerund_of_planning_read_as_a_modifier_are_planned(nlp: Language) -> None:
    text = (
        "Investigators detained four students in Sylhet on Monday "
        "on suspicion of planning attacks on temples."
    )
    assert modalities(nlp, text)["attacks"] == "planned"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The army rejected claims that its jets had bombed a market in Idlib.", "bombed", "negated"),
        ("Officials denied reports that rebels had seized a village near Mosul.", "seized", "negated"),
        ("The army confirmed reports that its jets had bombed a market in Idlib.", "bombed", "actual"),
    ],
)
def test_a_denied_report_tells_no_happening(nlp: Language, text: str, word: str, expected: str) -> None:
    assert modalities(nlp, text).get(word) == expected


def test_a_modality_asked_again_is_the_one_worked_out_per_token_and_type(nlp: Language) -> None:
    from nexus.extract import triggers as trigger_rules

    doc = nlp(
        "Rebels did not attack the depot at Ormsby. If the convoy is ambushed, troops will "
        "retaliate. Gunmen stormed a clinic in Petrel on Sunday."
    )
    for token in doc:
        for etype in ("", "attack", "visit"):
            first = trigger_rules.modality(token, etype)
            assert first == trigger_rules._modality(token, etype)
            assert trigger_rules.modality(token, etype) == first
    kept = doc.user_data[trigger_rules._MODALITIES]
    assert len(kept) == 3 * len(doc)
    assert {kept[(t.i, "attack")] for t in doc} >= {"negated", "conditional", "actual"}
