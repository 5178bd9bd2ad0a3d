"""Events with their arguments, one per happening in a document."""

from __future__ import annotations

from typing import Any

import pytest


def events_of(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def test_attack_with_place_date_and_casualties(extract: Any) -> None:
    text = (
        "Gunmen attacked a bus carrying pilgrims near Quetta on Tuesday, killing at least 12 people "
        "and injuring 20, officials said."
    )
    (attack,) = events_of(extract(text, published="2025-03-13"), "attack")
    assert attack.date is not None and attack.date.iso == "2025-03-11"
    assert attack.place is not None and attack.place.name == "Quetta"
    assert attack.killed is not None and (attack.killed.value, attack.killed.qualifier) == (12, "at_least")
    assert attack.injured is not None and attack.injured.value == 20
    assert attack.evidence.sentence == text


def test_mentions_of_one_attack_are_merged(extract: Any) -> None:
    text = (
        "A suicide bomber attacked a market in Peshawar on Friday. "
        "The attack was the deadliest in the city this year. "
        "Police said the attack had been planned for weeks."
    )
    assert len(events_of(extract(text, published="2025-03-15"), "attack")) == 1


def test_claim_takes_the_claimant_as_actor_and_feeds_the_attack(extract: Any) -> None:
    text = (
        "Militants stormed a checkpoint in Quetta on Monday, killing five soldiers. "
        "The Balochistan Liberation Army claimed responsibility for the attack."
    )
    extraction = extract(text, published="2025-03-12")
    (claim,) = events_of(extraction, "claim")
    (attack,) = events_of(extraction, "attack")
    assert any("Balochistan Liberation Army" in a or "BLA" in a for a in claim.actors)
    assert claim.actors[0] in attack.actors


def test_strikes_by_a_state_are_military_action(extract: Any) -> None:
    text = "India launched missile strikes on camps in Muzaffarabad on Wednesday."
    extraction = extract(text, published="2025-05-07")
    assert events_of(extraction, "military_action")
    assert not events_of(extraction, "attack")


def test_each_sanction_measure_is_its_own_event(extract: Any) -> None:
    text = (
        "India suspended the Indus Waters Treaty, expelled Pakistani diplomats and closed the "
        "border crossing at Attari."
    )
    sanctions = events_of(extract(text), "sanction")
    assert len(sanctions) == 3
    assert all("India" in s.actors for s in sanctions)


def test_reportedly_hedges_the_event_it_modifies(extract: Any) -> None:
    text = "Militants reportedly attacked a police station in Bannu on Sunday."
    (attack,) = events_of(extract(text, published="2025-03-11"), "attack")
    assert attack.attribution.hedged


def test_asserter_is_recorded(extract: Any) -> None:
    text = "Gunmen killed three villagers in Kidal on Monday, according to local officials."
    (attack,) = events_of(extract(text, published="2025-03-11"), "attack")
    assert attack.attribution.asserter is not None and "officials" in attack.attribution.asserter


def test_days_after_is_counted_from_the_main_clause_date(extract: Any) -> None:
    text = (
        "The minister visited Solingen on Monday, three days after a man stabbed people at a festival there."
    )
    extraction = extract(text, published="2024-08-27")
    (attack,) = events_of(extraction, "attack")
    assert attack.date is not None and attack.date.iso == "2024-08-23"


def test_generic_plural_is_not_an_event(extract: Any) -> None:
    text = "The group said it was suspending attacks on foreign forces."
    assert not events_of(extract(text), "attack")


def test_killing_attackers_is_a_military_action(extract: Any) -> None:
    text = "Security forces killed four militants in Kupwara on Sunday."
    extraction = extract(text, published="2025-03-11")
    assert events_of(extraction, "military_action")
    assert not events_of(extraction, "attack")


def test_group_saying_its_fighters_did_it_is_a_claim(extract: Any) -> None:
    text = (
        "Gunmen stormed a hotel in Mogadishu on Friday, killing nine people. "
        "Al-Shabaab said its fighters had carried out the raid."
    )
    extraction = extract(text, published="2025-03-08")
    (claim,) = events_of(extraction, "claim")
    assert claim.actors == ["Al-Shabaab"]
    (attack,) = events_of(extraction, "attack")
    assert "Al-Shabaab" in attack.actors


def test_possessive_pronoun_resolves_to_the_group(extract: Any) -> None:
    text = "Islamic State has repeated its claim and released a video."
    (claim,) = events_of(extract(text), "claim")
    assert claim.actors == ["Islamic State"]


def test_statement_verb_joined_to_a_report_takes_the_speaker(extract: Any) -> None:
    text = (
        "Hezbollah leader Hassan Nasrallah said the blasts amounted to a declaration of war "
        "and vowed revenge."
    )
    statements = events_of(extract(text), "statement")
    assert statements and "Hassan Nasrallah" in statements[0].actors


def test_passive_arrest_without_agent_is_by_the_reports_country(extract: Any) -> None:
    text = "Two suspects were detained in Lahore, Pakistan, on Sunday."
    (arrest,) = events_of(extract(text, published="2025-03-11"), "military_action")
    assert arrest.actors == ["Pakistan"]


def test_evidence_is_the_trimmed_sentence_at_its_span(extract: Any) -> None:
    text = "Attack in Quetta\n\nGunmen attacked a checkpoint in Quetta on Monday.\nPolice arrested two men."
    extraction = extract(text, published="2025-03-11")
    for event in extraction.events:
        evidence = event.evidence
        assert evidence.sentence == evidence.sentence.strip()
        assert text[evidence.start : evidence.end] == evidence.sentence


def test_relative_pronoun_subject_is_the_person_named_before_it(extract: Any) -> None:
    text = (
        "The remarks came from Israel's envoy to India, Reuven Azar, who warned that militant groups "
        "were copying each other."
    )
    statements = events_of(extract(text), "statement")
    assert statements and statements[0].actors == ["Reuven Azar"]


def test_negated_claim_is_not_a_claim(extract: Any) -> None:
    text = "No group immediately claimed responsibility for the bombing in Quetta."
    assert not events_of(extract(text), "claim")


def test_militants_killing_soldiers_is_an_attack_even_when_misparsed(extract: Any) -> None:
    text = (
        "Islamist militants killed at least 20 soldiers in an attack on an army post in western Niger "
        "on Monday, the defence ministry said on Tuesday."
    )
    extraction = extract(text, published="2024-06-12")
    assert events_of(extraction, "attack")
    assert not events_of(extraction, "military_action")


def test_apposition_describing_the_speaker_adds_no_actor(extract: Any) -> None:
    text = "Al-Shabaab, al Qaeda's affiliate in East Africa, said its fighters had carried out the raid."
    (claim,) = events_of(extract(text), "claim")
    assert claim.actors == ["Al-Shabaab"]


def test_the_militants_are_the_armed_group_named_as_subject_before(extract: Any) -> None:
    text = (
        "Al-Shabaab, which is linked to al Qaeda, has fought the government since 2007. "
        "In June the militants stormed a hotel in Mogadishu, killing nine people."
    )
    (attack,) = events_of(extract(text, published="2025-08-03"), "attack")
    assert attack.actors == ["Al-Shabaab"]


def test_killed_in_shelling_is_the_shelling_not_a_separate_attack(extract: Any) -> None:
    text = "At least 13 civilians were killed in Indian shelling in Poonch on Wednesday, officials said."
    extraction = extract(text, published="2025-05-08")
    assert not events_of(extraction, "attack")
    (strike,) = events_of(extraction, "military_action")
    assert strike.killed is not None and strike.killed.value == 13


def test_it_can_refer_to_a_state(extract: Any) -> None:
    text = "Pakistan's army said on Saturday that it had launched a military operation against India."
    (operation,) = events_of(extract(text, published="2025-05-10"), "military_action")
    assert operation.actors == ["Pakistan"]


def test_retaliating_by_a_measure_is_only_the_measure(extract: Any) -> None:
    text = "Pakistan retaliated by suspending the Simla Agreement and restricting trade with India."
    extraction = extract(text)
    assert not events_of(extraction, "military_action")
    assert events_of(extraction, "sanction")


def test_what_someone_is_accused_of_is_not_a_reported_event(extract: Any) -> None:
    extraction = extract("Hamas accused Israel of deliberately targeting civilians in Gaza City.")
    assert not events_of(extraction, "attack")
    assert events_of(extraction, "statement")


def test_a_country_owning_a_groups_name_is_not_an_actor(extract: Any) -> None:
    text = "Yemen's Houthi rebels fired a missile at a British oil tanker in the Gulf of Aden on Friday."
    (attack,) = events_of(extract(text, published="2024-01-27"), "attack")
    assert "Yemen" not in attack.actors and attack.actors


def test_a_forecast_that_the_toll_may_rise_is_not_a_statement(extract: Any) -> None:
    text = "The regional governor warned that the number of dead could rise further."
    assert not events_of(extract(text), "statement")


def test_a_when_clause_after_since_tells_another_happening(extract: Any) -> None:
    text = (
        "Gunmen ambushed a police convoy near Kunduz on Monday, killing nine officers. "
        "The ambush was the heaviest loss for the police since June 2019, when Taliban fighters "
        "killed 30 officers in Baghlan."
    )
    attacks = [e for e in extract(text, published="2024-03-06").events if e.type == "attack"]
    older = [a for a in attacks if a.date is not None and a.date.iso == "2019-06"]
    current = [a for a in attacks if a.date is not None and a.date.iso == "2024-03-04"]
    assert len(older) == 1 and len(current) == 1
    assert older[0].trigger == "killed"  # "the ambush" is the current one, told again
    assert older[0].killed is not None and older[0].killed.value == 30
    assert current[0].killed is not None and current[0].killed.value == 9


@pytest.mark.parametrize(
    "text",
    [
        "Bombs exploded in Beirut on Monday, killing nine people. Hezbollah condemned Syria on Tuesday.",
        "Bombs exploded in Beirut on Monday, killing nine. The minister blamed Damascus for the blasts.",
        "Bombs exploded in Beirut on Monday. Syria has neither confirmed nor denied a role, "
        "but Hezbollah blamed it for the explosions.",
    ],
)
def test_a_party_a_statement_names_is_not_where_it_was_made(extract: Any, text: str) -> None:
    (statement,) = [e for e in extract(text, published="2024-03-06").events if e.type == "statement"]
    assert statement.place is None


def test_a_statement_made_somewhere_named_keeps_that_place(extract: Any) -> None:
    text = "Gunmen killed four guards in Kabul on Monday. In Islamabad, the minister condemned the attack."
    (statement,) = [e for e in extract(text, published="2024-03-06").events if e.type == "statement"]
    assert statement.place is not None and statement.place.name == "Islamabad"


# --- visits: the traveller is the actor, and nobody visits home -----------------------------


def test_a_host_is_not_the_visitor(extract: Any) -> None:
    text = (
        "President Hakainde Hichilema hosted Malawian President Lazarus Chakwera in Livingstone on Saturday."
    )
    extraction = extract(text, published="2025-02-03")
    (visit,) = events_of(extraction, "visit")
    assert visit.actors == ["Lazarus Chakwera"]
    assert "Hakainde Hichilema" not in visit.actors
    (meeting,) = events_of(extraction, "meeting")  # the host met the guest
    assert set(meeting.actors) == {"Hakainde Hichilema", "Lazarus Chakwera"}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's President John Mahama arrived in Accra on Sunday after a week of talks in Beijing.",
        "Nigerian President Bola Tinubu flew to Abuja on Sunday from a summit in Addis Ababa.",
    ],
)
def test_a_leader_in_his_own_capital_makes_no_visit(extract: Any, text: str) -> None:
    visits = events_of(extract(text, published="2025-02-03"), "visit")
    assert all(v.place is None or v.place.name not in ("Accra", "Abuja") for v in visits)


def test_a_leader_touring_a_province_of_his_country_visits(extract: Any) -> None:
    text = "Ghana's President John Mahama flew to Tamale on Sunday to meet flood victims."
    (visit,) = events_of(extract(text, published="2025-02-03"), "visit")
    assert visit.place is not None and visit.place.name == "Tamale"


# --- claims: dated by the text or the attack they claim, never by the report ---------------


def test_an_undated_claim_of_a_current_attack_takes_the_attack_date(extract: Any) -> None:
    text = (
        "A car bomb killed 11 people outside a court in Mogadishu on Thursday. "
        "Al-Shabaab claimed responsibility for the bombing."
    )
    (claim,) = events_of(extract(text, published="2025-02-08"), "claim")
    assert claim.date is not None and claim.date.iso == "2025-02-06"


def test_a_claim_with_no_attack_to_date_it_stays_undated(extract: Any) -> None:
    text = "The Islamic State group claimed responsibility in a message on its Amaq channel."
    claims = events_of(extract(text, published="2025-02-08"), "claim")
    assert all(c.date is None for c in claims)


def test_a_trailing_participle_keeps_the_main_clause_doer(extract: Any) -> None:
    text = (
        "A gunman opened fire outside a concert hall in Vienna on Friday as fans in Austria jerseys "
        "were queueing for the show, killing three people."
    )
    extraction = extract(text, published="2025-02-08")
    assert not events_of(extraction, "military_action")  # the fans' country did not shoot
    (attack,) = events_of(extraction, "attack")
    assert "Austria" not in attack.actors


# --- an attack blamed on a state is that state's military action -----------------------------


@pytest.mark.parametrize(
    "blame",
    [
        "The Badr Organisation blamed Iran for the explosions.",
        "Iran kept silent, but the Badr Organisation blamed it for the explosions.",
    ],
)
def test_blasts_blamed_on_a_state_are_its_military_action(extract: Any, blame: str) -> None:
    text = "Dozens of phones carried by militia members exploded across Basra on Monday, killing seven. "
    text += blame
    extraction = extract(text, published="2025-02-11")
    assert not events_of(extraction, "attack")
    (action,) = events_of(extraction, "military_action")
    assert action.actors == ["Iran"]
    assert action.killed is not None and action.killed.value == 7


def test_a_bombing_blamed_on_a_group_stays_an_attack(extract: Any) -> None:
    text = (
        "A car bomb killed nine people at a bus stop in Mosul on Monday. "
        "Iraq blamed the Islamic State group for the bombing."
    )
    extraction = extract(text, published="2025-02-11")
    assert len(events_of(extraction, "attack")) == 1
    assert not events_of(extraction, "military_action")


def test_an_armed_wing_saying_its_unit_carried_out_the_raid_claims_the_attack(extract: Any) -> None:
    text = (
        "Gunmen attacked a police academy in Mardin on Monday, killing four cadets. "
        "The Free Mountain Command, the movement's armed wing, said on Tuesday that a team from its "
        "Eagle Company had carried out the raid."
    )
    extraction = extract(text, published="2025-02-12")
    assert len(events_of(extraction, "attack")) == 1  # "the raid" is the academy attack told again
    assert not events_of(extraction, "military_action")
    (claim,) = events_of(extraction, "claim")
    assert claim.actors and "Free Mountain Command" in claim.actors[0]


def test_a_group_reporting_an_act_done_to_it_claims_nothing(extract: Any) -> None:
    text = "Hezbollah said its commander was killed in a drone strike carried out by Israel near Tyre."
    extraction = extract(text, published="2025-02-12")
    assert not events_of(extraction, "claim")
    assert [e.actors for e in events_of(extraction, "military_action")] == [["Israel"]]


def test_a_witness_quote_adds_no_second_blast(extract: Any) -> None:
    text = (
        "A bomb went off at a bus park in Gombe on Saturday, killing six people. "
        "'Then came another explosion near the ticket office,' a vendor told reporters."
    )
    assert len(events_of(extract(text, published="2025-02-16"), "attack")) == 1


def test_residents_reporting_the_attack_keep_it(extract: Any) -> None:
    text = "Residents said gunmen stormed the village of Dogo in Plateau state on Sunday, killing 14 people."
    (attack,) = events_of(extract(text, published="2025-02-17"), "attack")
    assert attack.killed is not None and attack.killed.value == 14


def test_a_relative_clause_after_an_apposition_belongs_to_the_fighters(extract: Any) -> None:
    text = (
        "Fighters of Ansar al-Sunna, the local Islamic State affiliate, who stormed the town of Mocimboa "
        "on Monday withdrew on Tuesday, residents said."
    )
    (attack,) = events_of(extract(text, published="2025-03-20"), "attack")
    assert "Ansar al-Sunna" in attack.actors


def test_a_claimed_toll_in_a_claim_adds_no_attack(extract: Any) -> None:
    text = (
        "Ansarul Islam claimed responsibility for a November 26 raid on a gendarmerie post at Tin-Akoff, "
        "saying it had killed 40 gendarmes; the government later said 11 gendarmes had died."
    )
    extraction = extract(text, published="2025-03-20")
    (attack,) = events_of(extraction, "attack")
    assert attack.killed is not None and attack.killed.value == 11


def test_a_description_parsed_as_the_subject_leaves_the_named_group_the_actor(extract: Any) -> None:
    text = (
        "Troops said they killed 40 militants on Sunday after fighters of Ansaru (ANS), "
        "al Qaeda's ally in Nigeria, stormed police posts in four towns."
    )
    (attack,) = events_of(extract(text, published="2025-03-24"), "attack")
    assert attack.actors == ["Ansaru"]


def test_a_spokesman_saying_the_groups_forces_fired_claims_for_the_group(extract: Any) -> None:
    text = (
        "A drone struck a fuel depot in Eilat on Sunday. "
        "Hezbollah spokesman Ali Hamdan said the group's forces had launched the drone at the depot."
    )
    extraction = extract(text, published="2025-03-24")
    (claim,) = events_of(extraction, "claim")
    assert "Hezbollah" in claim.actors
    assert all("Ali Hamdan" not in e.actors for e in events_of(extraction, "attack"))


def test_a_group_threatening_to_strike_claims_nothing(extract: Any) -> None:
    text = '"We will strike their bases again," a Hezbollah commander, Ali Hamdan, told reporters.'
    assert not events_of(extract(text, published="2025-03-24"), "claim")


def test_a_witness_quote_after_a_colon_adds_no_second_blast(extract: Any) -> None:
    text = (
        "A bomb went off at a bus park in Gombe on Saturday, killing six people. "
        "A vendor, Hauwa Sani, said: 'Then came another explosion by the ticket office.'"
    )
    assert len(events_of(extract(text, published="2025-02-16"), "attack")) == 1


# --- court-ordered custody is military_action ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A tribunal in Ghent on Tuesday sentenced a 27-year-old courier to 14 years in prison "
            "for hiding the explosives used in the cafe bombing.",
            "2025-04-08",
        ),
        ("A former guard was jailed for life on Wednesday for planting a device at a temple.", "2025-04-09"),
        (
            "Three alleged recruiters were remanded in custody by magistrates in Kisumu on Monday.",
            "2025-04-07",
        ),
        ("The preacher was imprisoned for nine years on Tuesday for inciting attacks.", "2025-04-08"),
    ],
)
def test_sentences_and_custody_orders_are_military_action(extract: Any, text: str, day: str) -> None:
    """A court's sentence or remand is dated by its own clause, not by the crime it punishes."""
    (action,) = events_of(extract(text, published="2025-04-11"), "military_action")
    assert action.date is not None and action.date.iso == day


def test_a_jailed_leader_is_no_new_sentence(extract: Any) -> None:
    text = "The movement's jailed founder, Idris Kamalov, called on his supporters to disarm on Sunday."
    assert events_of(extract(text, published="2025-04-11"), "military_action") == []


# --- "killed in an attack near X in Y claimed by Z": both the attack and the claim --------------


@pytest.mark.parametrize(
    "text",
    [
        "Eleven gendarmes were killed on Saturday in an ambush on a supply road near the village of "
        "Torvani in southern Vellmark claimed by the Sahel Brigades, the regional prefect said on Sunday.",
        "Six guards were killed on Thursday in a raid near the hamlet of Osmera in eastern Vellmark "
        "claimed by the Sahel Brigades, local sources said.",
    ],
)
def test_a_claimed_attack_in_a_long_phrase_gives_attack_and_claim(extract: Any, text: str) -> None:
    extraction = extract(text, published="2025-06-09")
    (attack,) = events_of(extraction, "attack")
    (claim,) = events_of(extraction, "claim")
    assert attack.killed is not None and attack.killed.value in (6, 11)
    assert any("Sahel Brigades" in a for a in attack.actors)
    assert any("Sahel Brigades" in a for a in claim.actors)


@pytest.mark.parametrize(
    "text",
    [
        "A tribunal in Ghent on Monday handed the courier a 16-year sentence for hiding explosives.",
        "The court gave the bomber's cousin an eight-year prison term on Friday.",
    ],
)
def test_a_sentence_handed_down_is_military_action(extract: Any, text: str) -> None:
    assert len(events_of(extract(text, published="2025-04-11"), "military_action")) == 1


def test_a_sentence_is_not_the_arrest_months_before(extract: Any) -> None:
    text = (
        "Police arrested the courier in a raid on a flat in Ghent in January. "
        "A tribunal in Ghent sentenced him to 16 years in prison on Monday for hiding explosives."
    )
    actions = events_of(extract(text, published="2025-04-11"), "military_action")
    assert sorted(a.date.iso for a in actions if a.date) == ["2025-01", "2025-04-07"]


def test_a_sentence_being_served_is_no_new_event(nlp: Any) -> None:
    from nexus.extract.triggers import find_triggers

    doc = nlp("The bomb-maker is serving a life sentence in a prison near the capital.")
    assert [t.text for s in doc.sents for t, _ in find_triggers(s)] == []


def test_group_saying_it_captured_the_base_claims_it(extract: Any) -> None:
    text = (
        "Insurgents attacked an army base near Menaka on Sunday. "
        "The Azawad Liberation Army said it had captured the base and taken eight soldiers prisoner."
    )
    claims = events_of(extract(text, published="2025-03-04"), "claim")
    assert [c.actors for c in claims] == [["Azawad Liberation Army"]]


def test_group_saying_it_was_not_behind_an_attack_makes_no_claim(extract: Any) -> None:
    text = (
        "Gunmen attacked a convoy near Gao on Sunday. "
        "The Azawad Liberation Army said it was not behind the attack and blamed a rival faction."
    )
    assert events_of(extract(text, published="2025-03-04"), "claim") == []


def test_two_days_named_in_one_sentence_are_two_happenings(extract: Any) -> None:
    text = (
        "A mortar round killed two guards at a depot outside Baidoa on Saturday, and on Sunday gunmen "
        "shot dead seven traders at a market in the same town."
    )
    x = extract(text, published="2024-07-23")
    attacks = sorted(
        (e.date.iso, e.killed.value if e.killed else None) for e in x.events if e.type == "attack" and e.date
    )
    assert attacks == [("2024-07-20", 2), ("2024-07-21", 7)]


def test_a_day_and_its_restated_toll_stay_one_happening(extract: Any) -> None:
    x = extract(
        "Gunmen stormed a village near Baidoa on Saturday; 12 people were killed.", published="2024-07-23"
    )
    assert [e.type for e in x.events] == ["attack"]


def test_a_gang_leader_saying_his_men_took_a_town_is_a_claim(extract: Any) -> None:
    text = (
        "Gunmen overran the hill town of Morvay on Monday, killing six residents. "
        "In an audio message on Tuesday, the leader of the Zanbe gang, Tito Loral, said his men had "
        "seized Morvay and would push on to the coast."
    )
    extraction = extract(text, published="2025-03-12")
    assert len(events_of(extraction, "claim")) == 1
    assert not events_of(extraction, "statement")


def test_a_self_named_group_owning_both_blasts_is_one_claim(extract: Any) -> None:
    text = (
        "Two bombs went off at a power substation in Halbek late on Sunday, damaging a transformer. "
        "In a letter sent to newspapers on Tuesday, a group calling itself the Red Dawn Front said it "
        "had carried out both explosions and warned of more attacks on foreign firms."
    )
    extraction = extract(text, published="2025-03-12")
    assert len(events_of(extraction, "claim")) == 1
    assert len(events_of(extraction, "attack")) == 1


def test_a_group_owning_the_gunman_claims_his_attack(extract: Any) -> None:
    text = (
        "A gunman opened fire at a checkpoint near Orsha on Friday, wounding two guards. "
        "The Sword Brigades, the movement's armed wing, said on Saturday that the gunman was one of "
        "its members."
    )
    (claim,) = events_of(extract(text, published="2025-03-16"), "claim")
    assert any("Sword Brigades" in a for a in claim.actors)


def test_a_state_agency_reporting_its_own_raid_makes_no_claim(extract: Any) -> None:
    text = (
        "The Taliban's intelligence directorate said its forces had killed three militants in a raid "
        "on a hideout in Baghlan on Sunday."
    )
    extraction = extract(text, published="2025-03-18")
    assert not events_of(extraction, "claim")


def test_a_later_claim_of_an_older_attack_is_a_second_claim(extract: Any) -> None:
    text = (
        "A car bomb exploded outside a market in Tavrin on Saturday, killing nine people. "
        "The Sinai Front claimed the bombing on Sunday. "
        "In March, gunmen stormed a hotel in the city of Belosk, killing four guests. "
        "The Sinai Front later claimed that attack too."
    )
    extraction = extract(text, published="2025-06-10")
    claims = events_of(extraction, "claim")
    assert len(claims) == 2
    older = [c for c in claims if c.place is not None and c.place.name == "Belosk"]
    assert older
    attacks = events_of(extraction, "attack")
    (hotel,) = [a for a in attacks if a.place is not None and a.place.name == "Belosk"]
    assert any("Sinai Front" in a for a in hotel.actors)


def test_a_raid_condemned_as_a_massacre_is_no_new_attack(extract: Any) -> None:
    text = (
        "Soldiers raided the Kafr Dana camp on Tuesday, killing four men. "
        'A spokesman for the regional council condemned the raid as "a new massacre".'
    )
    extraction = extract(text, published="2025-03-19")
    assert not events_of(extraction, "attack")


def test_a_quote_closing_in_its_sentence_recounting_they_is_witness_content(nlp: Any) -> None:
    from nexus.extract.events import _witness_content

    doc = nlp(
        '"The gunmen came on motorbikes. They shot the men before burning the huts," Paul Meru, '
        "the district administrator, told the Kolva Herald by telephone."
    )
    second = list(doc.sents)[-1]
    shot = next(t for t in second if t.lower_ == "shot")
    assert shot.i in _witness_content(second)


# --- a happening noun whose own clause blames or claims it names its doer ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "In May 2018, some 40 herders were killed in Dalwa, in the Koro district, in a massacre blamed on "
        "the Red Hills Liberation Front.",
        "In July 2017, three car bombs blamed on the Red Hills Liberation Front hit the central market "
        "of Dalwa, killing 22 traders.",
    ],
)
def test_a_happening_blamed_on_a_group_in_its_own_clause_is_the_groups(extract: Any, text: str) -> None:
    (attack,) = events_of(extract(text, published="2025-06-09"), "attack")
    assert any("Red Hills Liberation Front" in a for a in attack.actors)


def test_a_blame_with_no_attack_named_goes_to_the_attack_just_told(extract: Any) -> None:
    text = (
        "Gunmen of the Sahel Brigades stormed the village of Kerou on Monday, killing nine farmers, "
        "officials said. The brigades said they had targeted informers. "
        "Separately, late on Tuesday, mortar rounds landed near the river port at Dalwa, wounding three "
        "dockers. Port officials blamed the Coastal Liberation Front."
    )
    attacks = events_of(extract(text, published="2025-06-11"), "attack")
    port = next(a for a in attacks if a.injured is not None and a.injured.value == 3)
    assert any("Coastal Liberation Front" in a for a in port.actors)


def test_a_blamed_gang_of_no_known_class_is_the_attacks_author(extract: Any) -> None:
    text = (
        "Gunmen stormed the hillside market of Kerou on Monday, killing seven traders, officials said. "
        "Police blamed the Grand Ravine gang for the assault."
    )
    (attack,) = events_of(extract(text, published="2025-06-11"), "attack")
    assert any("Grand Ravine" in a for a in attack.actors)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Among those detained was a local commander known as Abu Hamza.", "detained", True),
        ("Of those killed, four were soldiers.", "killed", True),
        ("Police detained those suspected of planning the attack.", "detained", False),
    ],
)
def test_a_participle_on_those_restates_a_happening_told_before(
    nlp: Any, text: str, word: str, expected: bool
) -> None:
    from nexus.extract.events import _restated_outcome

    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    assert _restated_outcome(verb, verb.sent) is expected
