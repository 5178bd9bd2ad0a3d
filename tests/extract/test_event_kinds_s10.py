"""Detection, typing and actors: wordings found on held-out pages (session 10), in new words."""

from __future__ import annotations

from typing import Any

import pytest


def _find(extraction: Any, etype: str, *, date: str | None = None, place: str | None = None) -> Any:
    for event in extraction.events:
        if event.type != etype:
            continue
        if date is not None and (event.date is None or event.date.iso != date):
            continue
        if place is not None and (event.place is None or event.place.name != place):
            continue
        return event
    found = [(e.type, e.date and e.date.iso, e.place and e.place.name) for e in extraction.events]
    raise AssertionError(f"no {etype} on {date} at {place}: {found}")


def _count(extraction: Any, etype: str) -> int:
    return sum(1 for e in extraction.events if e.type == etype)


# --- irregular past forms the lemmatizer leaves as they are ---------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "day", "place"),
    [
        ("In March 2019, insurgents overran an army base in Tawara.", "attack", "2019-03", "Tawara"),
        ("Loyal troops retook Mbarako from rebels on Saturday.", "military_action", "2024-05-04", "Mbarako"),
        ("Militiamen overran a police station in Kerwani on Thursday.", "attack", "2024-05-02", "Kerwani"),
    ],
)
def test_unlemmatised_past_forms_trigger_with_their_place(
    extract: Any, text: str, etype: str, day: str, place: str
) -> None:
    _find(extract(text, published="2024-05-06"), etype, date=day, place=place)


def test_mended_lemma_is_the_verbs(extractor: Any) -> None:
    doc = extractor.nlp("Rebels retook the ridge and overran two outposts.")
    assert {t.lemma_ for t in doc if t.lower_ in ("retook", "overran")} <= {"retake", "overrun"}


# --- clashes between two sides named together -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("Police and bandits clashed on Tuesday in Tsafe, leaving five bandits dead.", "2024-05-07", "Tsafe"),
        ("Government troops and rebel fighters clashed near Bambari on Monday.", "2024-05-06", "Bambari"),
    ],
)
def test_two_sides_that_clashed_are_an_event(extract: Any, text: str, day: str, place: str) -> None:
    _find(extract(text, published="2024-05-09"), "military_action", date=day, place=place)


def test_a_lone_subject_that_clashed_over_words_is_no_event(extract: Any) -> None:
    extraction = extract("The two ministers clashed over the budget on Tuesday.", published="2024-05-09")
    assert _count(extraction, "military_action") == 0


# --- a state named by its nationality word on a weapon or an agent ------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A Turkish drone strike on a pickup near Amuda on Sunday killed two fighters.", "Turkey"),
        ("A Pakistani missile attack on a camp in Paktika on Friday killed six people.", "Pakistan"),
    ],
)
def test_a_nationality_on_the_weapon_names_the_state(extract: Any, text: str, state: str) -> None:
    (event,) = [e for e in extract(text, published="2024-05-12").events if e.type == "military_action"]
    assert state in event.actors


def test_agents_of_a_state_make_a_killing_the_states(extract: Any) -> None:
    text = "Officials said a physicist, Farid Tavakoli, had been assassinated by Israeli agents in Karaj."
    extraction = extract(text, published="2024-05-12")
    event = _find(extraction, "military_action", place="Karaj")
    assert "Israel" in event.actors
    assert _count(extraction, "attack") == 0


def test_a_weapon_made_elsewhere_does_not_name_the_state(extract: Any) -> None:
    text = "A Turkish-made drone struck a convoy near Gao on Sunday, killing four soldiers."
    for event in extract(text, published="2024-05-12").events:
        assert "Turkey" not in event.actors


# --- page words that are no event or no actor ------------------------------------------------------


def test_a_weapon_model_is_no_organisation(extract: Any) -> None:
    text = (
        "On Sunday, Jordanian F-16 jets bombed a smugglers' depot near Ruwaished, killing four men, "
        "the army said in a statement."
    )
    extraction = extract(text, published="2024-05-13")
    assert not [e for e in extraction.entities if "F-16" in e.name]
    event = _find(extraction, "military_action", date="2024-05-12")
    assert event.actors == ["Jordan"]
    assert _count(extraction, "claim") == 0


def test_a_state_media_cell_reporting_a_strike_is_no_claim(extract: Any) -> None:
    text = (
        "Army helicopters struck a hideout in the Hamrin hills on Monday, killing three militants, "
        "the Security Media Cell said in a statement."
    )
    extraction = extract(text, published="2024-05-14")
    assert _count(extraction, "claim") == 0
    _find(extraction, "military_action", date="2024-05-13")


@pytest.mark.parametrize(
    "accusation",
    [
        "The ministry accused Ruritania of using its soil to sponsor terrorism in the province.",
        "The governor accused Ruritania of using its territory against the province.",
    ],
)
def test_an_accusation_of_help_does_not_make_the_state_the_bomber(extract: Any, accusation: str) -> None:
    text = (
        "Three policemen were killed on Monday when a bomb went off under their van near Turbat, "
        "officials said.\n\n" + accusation
    )
    extraction = extract(text, published="2024-05-14")
    event = _find(extraction, "attack", date="2024-05-13")
    assert "Ruritania" not in event.actors
    assert _count(extraction, "military_action") == 0


def test_an_unnamed_spokeswoman_citing_facts_is_no_statement(extract: Any) -> None:
    text = (
        "Federal prosecutors have taken over the case because of signs of an extremist motive; "
        "investigators found propaganda on his laptop, a spokeswoman said."
    )
    assert _count(extract(text, published="2024-05-14"), "statement") == 0


def test_an_owned_spokesman_taking_a_position_is_a_statement(extract: Any) -> None:
    text = "The government will never negotiate with kidnappers, a presidency spokesman said in a statement."
    assert _count(extract(text, published="2024-05-14"), "statement") == 1


# --- statements and meetings: one speaker's list, the convenor, the one briefed ----------------------


def test_an_accusation_hung_on_the_accused_is_no_new_killing(extract: Any) -> None:
    text = (
        "The rebels' northern command, in a statement on Thursday, rejected the army's account, "
        "accused the army of killing unarmed herders and called for a general strike on June 30."
    )
    extraction = extract(text, published="2024-06-21")
    assert _count(extraction, "attack") == 0
    assert _count(extraction, "statement") == 1


def test_a_loose_list_of_one_speakers_words_is_one_statement(extract: Any) -> None:
    text = (
        "Governor Amina Dauda condemned the ambush, pledged to hunt down the attackers and warned "
        'that "no one will escape".'
    )
    statements = [e for e in extract(text, published="2024-06-21").events if e.type == "statement"]
    assert len(statements) == 1 and "Amina Dauda" in statements[0].actors


def test_the_one_who_summons_a_meeting_holds_it(extract: Any) -> None:
    text = "Interior Minister Kwesi Ampofo has summoned police commanders to a security meeting in Tamale."
    meeting = _find(extract(text, published="2024-06-21"), "meeting")
    assert "Kwesi Ampofo" in meeting.actors


def test_the_person_briefed_is_at_the_meeting(extract: Any) -> None:
    text = (
        "Defence Minister Ruth Odhiambo flew to Lodwar on Wednesday. Army officers briefed her on "
        "the raids, and she later met local elders."
    )
    meeting = _find(extract(text, published="2024-06-21"), "meeting")
    assert "Ruth Odhiambo" in meeting.actors


def test_a_person_on_a_visit_is_the_visitor(extract: Any) -> None:
    text = "Prime Minister Ousmane Zerbo, on an official visit to Turkey, flew home to Bamako on Friday."
    visit = _find(extract(text, published="2024-06-23"), "visit", place="Turkey")
    assert "Ousmane Zerbo" in visit.actors


# --- claims and authors: the group behind a pronoun, an unclaimed attack, the accused -----------------


def test_it_that_claimed_is_the_group_not_the_capital_that_spoke(extract: Any) -> None:
    text = (
        "Australia on Tuesday listed the Sahel branch of Islamic State as a terrorist organisation, "
        "a step Canberra said followed a review of its attacks.\n\n"
        "The group claimed a raid on a gendarmerie post in Tera in 2019. It also claimed an attack "
        "on a convoy near Ayorou on Sunday, residents said."
    )
    extraction = extract(text, published="2024-07-03")
    for event in extraction.events:
        assert "Canberra" not in event.actors
    assert not [e for e in extraction.events if e.type == "attack" and e.place is None]


def test_the_groups_claim_names_the_group(extract: Any) -> None:
    text = (
        "Germany on Friday banned Hizb al-Nasr as a terrorist group.\n\n"
        "Prosecutors cited the group's claim of a bombing at a bus station in Idlib in 2016."
    )
    claim = _find(extract(text, published="2024-07-06"), "claim")
    assert "Hizb al-Nasr" in claim.actors


def test_an_unclaimed_attack_keeps_no_doer_of_another(extract: Any) -> None:
    text = (
        "The Rovuma Liberation Front claimed an ambush that killed seven police officers near Mocimboa on "
        "Friday. Responsibility for Saturday's bombing of a ferry in Ibo, which killed five, "
        "remains unclaimed."
    )
    extraction = extract(text, published="2024-07-08")
    bombing = _find(extraction, "attack", date="2024-07-06")
    assert bombing.actors == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Tariq Mehsud is accused by investigators of planning the 2019 bombings of a bank in Bannu.",
            "Tariq Mehsud",
        ),
        ("Prosecutors say Jonas Berger directed the shooting at a mosque in Graz in 2015.", "Jonas Berger"),
    ],
)
def test_the_accused_or_director_is_the_author(extract: Any, text: str, person: str) -> None:
    events = [e for e in extract(text, published="2024-07-08").events if e.type == "attack"]
    assert events and all(person in e.actors for e in events)


def test_backs_with_an_including_list_links_every_member_and_its_base(extractor: Any) -> None:
    from nexus.extract.relations import extract_relations

    text = (
        "Eritrea backs several rebel movements, including Kanu Front in Zambia and the Lunda Front in Angola."
    )
    doc = extractor.nlp(text)
    found = {(d.source.name, d.type, d.target.name) for d in extract_relations(doc, doc._.nexus_entities)}
    assert ("Eritrea", "cooperation", "Kanu Front") in found
    assert ("Eritrea", "cooperation", "Lunda Front") in found
    assert ("Kanu Front", "based_in", "Zambia") in found
    assert ("Lunda Front", "based_in", "Angola") in found


# --- words that name no event: a participle read as a verb, the harmed arriving, stalled talks ---------


def test_fighters_linked_to_an_insurgency_state_nothing(extract: Any) -> None:
    text = (
        "No group has claimed the ambush, but police say gunmen linked to the insurgency across the "
        "border have carried out similar raids since 2021."
    )
    assert _count(extract(text, published="2024-08-02"), "statement") == 0


def test_a_position_linking_two_things_is_a_statement(extract: Any) -> None:
    text = "The interior minister linked the bombing to a gang based across the border, officials said."
    assert _count(extract(text, published="2024-08-02"), "statement") == 1


@pytest.mark.parametrize(
    "text",
    [
        "The toll climbed to 14 as more victims arrived at Kapsabet Hospital during the night.",
        "By evening the wounded had arrived at the district clinic in Moroto.",
    ],
)
def test_the_harmed_arriving_at_a_hospital_is_no_visit(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-08-02"), "visit") == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels' talks with the government have been stalled since March.",
        "Negotiations between the two sides broke down in April.",
        "The peace talks collapsed last year.",
    ],
)
def test_talks_at_a_standstill_are_no_meeting(extract: Any, sentence: str) -> None:
    text = "A roadside bomb wounded six soldiers near Bannu on Monday, police said. " + sentence
    assert _count(extract(text, published="2024-08-02"), "meeting") == 0


def test_talks_held_are_a_meeting(extract: Any) -> None:
    text = "Government envoys held talks with rebel leaders in Nairobi on Monday, officials said."
    assert _count(extract(text, published="2024-08-02"), "meeting") == 1


# --- forces battling attackers; a scene the NER left out ----------------------------------------------


def test_forces_battling_attackers_is_an_operation(extract: Any) -> None:
    text = (
        "Gunmen stormed the Sahel Palace hotel in Niamey on Tuesday night, killing at least nine guests. "
        "Special forces were still battling the assailants inside the hotel on Wednesday morning."
    )
    extraction = extract(text, published="2024-09-12")
    _find(extraction, "military_action", date="2024-09-11")


def test_battling_a_blaze_is_no_operation(extract: Any) -> None:
    text = "Firefighters battled a blaze at a warehouse in Kumasi on Tuesday."
    assert _count(extract(text, published="2024-09-12"), "military_action") == 0


def test_an_untagged_town_where_a_bomber_struck_is_the_place(extract: Any) -> None:
    text = "A suicide bomber struck a funeral in Kot Sabzal on Sunday, killing nine mourners, police said."
    _find(extract(text, published="2024-09-12"), "attack", date="2024-09-08", place="Kot Sabzal")


def test_the_scene_reader_finds_a_name_under_a_striking_verb(extractor: Any) -> None:
    from nexus.extract.entities import _untagged_scenes

    doc = extractor.nlp("A bomber struck a wedding party in Pir Koh on Sunday, killing nine guests.")
    assert [s.text for s in _untagged_scenes(doc, set())] == ["Pir Koh"]
    assert _untagged_scenes(doc, {t.i for t in doc}) == []
    quiet = extractor.nlp("The minister spoke to elders in Pir Koh on Sunday.")
    assert _untagged_scenes(quiet, set()) == []


# --- hostility stated in words ------------------------------------------------------------------------


def _relations(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    from nexus.extract.relations import extract_relations

    doc = extractor.nlp(text)
    return {(d.source.name, d.type, d.target.name) for d in extract_relations(doc, doc._.nexus_entities)}


@pytest.mark.parametrize(
    "text",
    [
        "President Amadou Sow said the massacre was the work of Ansarul Islam.",
        "President Amadou Sow said Ansarul Islam had carried out the massacre.",
        "President Amadou Sow vowed to crush Ansarul Islam before the rains.",
        "President Amadou Sow said the army would hunt down Ansarul Islam fighters in the north.",
        "President Amadou Sow linked the massacre to Ansarul Islam.",
    ],
)
def test_a_speaker_naming_a_group_as_the_enemy_is_hostile_to_it(extractor: Any, text: str) -> None:
    assert ("Amadou Sow", "hostility", "Ansarul Islam") in _relations(extractor, text)


def test_a_speaker_reporting_a_group_elsewhere_is_not_hostile(extractor: Any) -> None:
    text = "President Amadou Sow said Ansarul Islam had recruited in the north for years."
    assert not [r for r in _relations(extractor, text) if r[1] == "hostility"]


# --- what has not happened yet; a relative's account; two towns tagged as one -------------------------


def test_a_pursuit_until_the_enemy_is_neutralised_is_no_operation(extract: Any) -> None:
    text = (
        "Gunmen ambushed a police patrol near Upi on Friday, killing two officers. The provincial "
        'police director vowed to hunt the gunmen "until they are neutralised or give up."'
    )
    extraction = extract(text, published="2025-01-19")
    assert _count(extraction, "military_action") == 0


def test_a_fight_that_ended_when_the_enemy_was_neutralised_is_told(extract: Any) -> None:
    text = "Soldiers fought the raiders near Upi on Friday until they were neutralised, the army said."
    assert _count(extract(text, published="2025-01-19"), "military_action") >= 1


def test_a_widows_account_is_no_second_raid(extract: Any) -> None:
    text = (
        "Soldiers shot dead five men in the village of Mbve on Thursday, residents said.\n\n"
        '"They dragged my son outside and shot him by the well," one widow told reporters.'
    )
    extraction = extract(text, published="2025-01-19")
    violent = [e for e in extraction.events if e.type in ("attack", "military_action")]
    assert len(violent) == 1


def test_a_known_town_outside_another_name_is_split_off(extractor: Any) -> None:
    from spacy.tokens import Span

    from nexus.extract.entities import _split_at_in

    doc = extractor.nlp("Fighters overran Gajiram outside Maiduguri on Sunday.")
    start = next(t.i for t in doc if t.text == "Gajiram")
    merged = Span(doc, start, start + 3, label="ORG")
    assert [s.text for s in _split_at_in(merged)] == ["Gajiram", "Maiduguri"]


def test_the_outcome_restated_in_a_quote_is_no_new_operation(extract: Any) -> None:
    text = (
        "Security forces launched an operation in Khasavyurt on Sunday, and two gunmen were killed in a "
        'shootout, the committee said on Monday.\n\n"The militants were eliminated. Their rifles have '
        'been seized," the committee said in a statement.'
    )
    extraction = extract(text, published="2025-11-18")
    assert _count(extraction, "military_action") == 1


def test_an_outcome_with_its_own_count_stays(extract: Any) -> None:
    text = (
        "Police raided a house in Khasavyurt on Sunday night, the ministry said. Four militants were "
        "eliminated in a second raid in Buynaksk on Monday."
    )
    assert _count(extract(text, published="2025-11-18"), "military_action") == 2


def test_a_raid_framing_an_arrest_is_the_arrest(extract: Any) -> None:
    text = "Intelligence agents detained four men wanted on kidnap charges in a raid in Tarmiyah on Sunday."
    extraction = extract(text, published="2025-07-15")
    assert _count(extraction, "attack") == 0
    _find(extraction, "military_action", date="2025-07-13")


def test_raids_at_two_towns_framing_one_arrest_are_one_event(extract: Any) -> None:
    text = "Police detained five suspects in raids in Machala and Pasaje early on Friday, officials said."
    extraction = extract(text, published="2025-08-23")
    assert _count(extraction, "military_action") == 1


def test_a_gang_demanding_levies_states_nothing(extract: Any) -> None:
    text = (
        "Nobody has owned up to the kidnapping, but locals said the abductors were part of a gang that "
        "has been demanding levies from cattle owners around Tsafe since the dry season began."
    )
    assert _count(extract(text, published="2025-07-28"), "statement") == 0


def test_a_toll_told_before_its_when_clause_is_no_second_event(extract: Any) -> None:
    text = (
        "Three fighters of the Popular Defence Forces (PDF) were killed and two others wounded when rebels "
        "attacked their outpost in the Um Dukhun area, near the border with Chad, late on Friday, a "
        "security source told Darfur TV."
    )
    extraction = extract(text, published="2025-07-28")
    violent = [e for e in extraction.events if e.type in ("attack", "military_action")]
    assert len(violent) == 1 and violent[0].type == "attack"


def test_a_count_of_the_victims_told_before_is_no_new_attack(extract: Any) -> None:
    text = (
        "Gunmen attacked a police checkpoint outside Tikrit on Tuesday night, killing three officers, "
        "officials said. Two of the officers were killed on the spot, and a third died in hospital on "
        "Wednesday."
    )
    extraction = extract(text, published="2025-11-20")
    assert _count(extraction, "attack") == 1


def test_a_count_killed_in_a_new_ambush_stays_an_event(extract: Any) -> None:
    text = (
        "Gunmen attacked a police checkpoint outside Tikrit on Tuesday, officials said. Two of the "
        "soldiers sent to the area were killed in an ambush near Samarra on Thursday."
    )
    assert _count(extract(text, published="2025-11-22"), "attack") == 2


def test_a_judge_ordering_detention_is_an_event_apart_from_the_arrest(extract: Any) -> None:
    text = (
        "Police arrested a 31-year-old man at the scene of the stabbing in Graz on Friday. On Saturday, "
        "an investigating judge in Vienna ordered the man to be held in pre-trial detention."
    )
    extraction = extract(text, published="2025-03-16")
    _find(extraction, "military_action", place="Graz")
    _find(extraction, "military_action", place="Vienna")


def test_a_minister_ordering_troops_to_detain_is_no_detention(extract: Any) -> None:
    text = "The interior minister ordered police to detain anyone found carrying weapons near the stadium."
    assert _count(extract(text, published="2025-03-16"), "military_action") == 0


def test_a_mission_named_by_its_seat_and_acronym_is_one_body(extractor: Any) -> None:
    doc = extractor.nlp("The UN Verification Mission in Colombia (UNVMC) condemned the killing on Friday.")
    names = [(c.name, c.type) for c in doc._.nexus_entities]
    assert ("UN Verification Mission in Colombia", "ORG") in names
    assert ("Colombia", "PLACE") not in names
