"""Who did it: the actors of events, by kind of mention."""

from __future__ import annotations

from typing import Any


def events_of(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def test_a_capital_acting_is_its_state(extract: Any) -> None:
    text = (
        "Kenya and Uganda traded accusations over the border on Friday. "
        "Nairobi expelled two Ugandan diplomats, officials said."
    )
    sanctions = events_of(extract(text, published="2025-02-08"), "sanction")
    assert sanctions and "Kenya" in sanctions[0].actors


def test_a_capital_only_mentioned_as_a_place_is_no_actor(extract: Any) -> None:
    text = "Two car bombs near a hotel in Nairobi killed at least 15 people on Monday, Kenya's police said."
    (attack,) = events_of(extract(text, published="2025-02-11"), "attack")
    assert "Kenya" not in attack.actors


def test_they_in_a_reported_clause_is_every_named_speaker(extract: Any) -> None:
    text = (
        "Chad responded to Cameroon, Nigeria and Benin, which announced on Monday that they "
        "were recalling their ambassadors from Ndjamena."
    )
    sanctions = events_of(extract(text, published="2025-03-04"), "sanction")
    assert sanctions
    assert {"Cameroon", "Nigeria", "Benin"} <= set(sanctions[0].actors)
    assert "Chad" not in sanctions[0].actors


def test_a_name_in_a_linked_modifier_is_not_the_actor(extract: Any) -> None:
    text = "Islamic State-linked gunmen attacked a police post in Tillaberi on Sunday, killing nine officers."
    (attack,) = events_of(extract(text, published="2025-03-10"), "attack")
    assert "Islamic State" not in attack.actors


def test_its_fighters_belong_to_the_group_named_in_the_sentence(extract: Any) -> None:
    text = (
        "The foreign ministry of Kenya said on Monday it was monitoring the situation. "
        "The raid extended al-Shabaab's reach into Lamu, a week after its fighters attacked "
        "a police station in Mandera on May 3."
    )
    extraction = extract(text, published="2025-05-12")
    attacks = [a for a in events_of(extraction, "attack") if a.trigger == "attacked"]
    assert attacks and attacks[0].actors == ["al-Shabaab"]


def test_the_group_skips_a_name_that_only_describes_another_group(extract: Any) -> None:
    text = (
        "Fighters of Ansaroul Islam, al Qaeda's partner in the region, stormed a camp near Djibo "
        "on Monday. Last year the group killed 40 soldiers in an ambush near Arbinda."
    )
    extraction = extract(text, published="2025-05-12")
    killed = [a for a in events_of(extraction, "attack") if a.date and a.date.iso.startswith("2024")]
    assert killed and "al Qaeda" not in killed[0].actors


def test_it_referring_to_an_unnamed_noun_is_no_actor(extract: Any) -> None:
    text = (
        "The Somali National Army said on Friday that the enemy suffered heavy losses wherever "
        "it attacked in Hiraan region."
    )
    extraction = extract(text, published="2025-05-12")
    for event in extraction.events:
        if event.trigger == "attacked":
            assert "Somali National Army" not in event.actors


def test_it_after_a_states_army_is_that_state(extract: Any) -> None:
    text = (
        "Niger and Mali held talks on Monday. "
        "Niger's army says it killed 30 Boko Haram fighters near Diffa on Sunday."
    )
    actions = events_of(extract(text, published="2025-06-03"), "military_action")
    assert actions and "Niger" in actions[0].actors


def test_a_noun_trigger_takes_the_doer_of_its_relative_clause(extract: Any) -> None:
    text = "The accord lifted the closure Eritrea imposed on the border crossings in June 2020."
    sanctions = events_of(extract(text, published="2025-06-03"), "sanction")
    assert sanctions and "Eritrea" in sanctions[0].actors


def test_a_statement_issued_by_an_office_holder_is_the_persons(extract: Any) -> None:
    text = "A statement issued by Qatar's prime minister, Mohammed Al Thani, said both sides would halt fire."
    statements = events_of(extract(text, published="2025-06-03"), "statement")
    assert statements and statements[0].actors == ["Mohammed Al Thani"]


def test_a_visit_by_an_office_holder_is_the_persons(extract: Any) -> None:
    text = "The vote came during a visit to Ankara by Egypt's foreign minister, Badr Abdelatty, on Monday."
    visits = events_of(extract(text, published="2025-06-03"), "visit")
    assert visits and "Badr Abdelatty" in visits[0].actors
    assert "Egypt" not in visits[0].actors


def test_an_army_modifying_the_weapon_makes_the_strike_the_states(extract: Any) -> None:
    text = (
        "Nigeria's senate opened an inquiry on Tuesday. An army helicopter strike on a market "
        "near Maiduguri killed 12 traders last month."
    )
    actions = events_of(extract(text, published="2025-06-03"), "military_action")
    assert actions and "Nigeria" in actions[0].actors


def test_an_agent_hung_on_the_complement_of_a_passive_is_the_actor(extract: Any) -> None:
    text = (
        "Pakistan protested on Friday. The cleric had been named a terrorist by the United Kingdom "
        "in 2019, Pakistan said, and Pakistan rejected the decision."
    )
    sanctions = [
        e for e in events_of(extract(text, published="2025-06-03"), "sanction") if e.trigger == "named"
    ]
    assert not sanctions or "United Kingdom" in sanctions[0].actors


def test_a_nationality_and_government_spokesman_speak_for_the_state(extract: Any) -> None:
    text = (
        "A Syrian government spokesman said nine people were killed in the raids near Deir ez-Zor "
        "and condemned them as an aggression."
    )
    statements = [
        e for e in events_of(extract(text, published="2025-06-03"), "statement") if e.trigger == "condemned"
    ]
    assert statements and statements[0].actors == ["Syria"]


def test_a_group_claiming_the_operation_owns_the_main_attack(extract: Any) -> None:
    text = (
        "Saturday's jihadist assault on Kidal killed 30 people, a medical source said. "
        "Militants also hit the checkpoints in the Etambar district, witnesses said. "
        "Ansar Dine said a few dozen of its fighters carried out the raid and claimed the operation."
    )
    attacks = events_of(extract(text, published="2025-04-07"), "attack")
    assault = [a for a in attacks if a.trigger == "assault"]
    assert assault and "Ansar Dine" in assault[0].actors


def test_the_accused_mastermind_is_the_attacks_actor(extract: Any) -> None:
    text = (
        "He is a cousin of Lashkar commander Zaki Rehman, whom Delhi accuses of planning the 2006 "
        "Varanasi bombings."
    )
    attacks = events_of(extract(text, published="2025-04-07"), "attack")
    assert attacks and attacks[0].actors == ["Zaki Rehman"]


def test_a_visit_during_which_someone_spoke_is_the_speakers(extract: Any) -> None:
    text = "President William Ruto said during a visit to the Kakuma camp that aid would resume."
    visits = events_of(extract(text, published="2025-04-07"), "visit")
    assert visits and visits[0].actors == ["William Ruto"]


def test_a_resolution_condemning_is_the_body_that_passed_it(extract: Any) -> None:
    text = "The Senate of Pakistan on Monday passed a resolution condemning the bombing in Quetta."
    statements = events_of(extract(text, published="2025-04-07"), "statement")
    assert statements and any("Senate" in a for a in statements[0].actors)


def test_the_governments_filing_is_the_reports_state(extract: Any) -> None:
    text = (
        "Kenya's High Court heard the case on Monday in Nairobi, Kenya. "
        "The government's petition accused the group of recruiting children."
    )
    extraction = extract(text, published="2025-04-07")
    statements = [e for e in events_of(extraction, "statement") if e.trigger == "accused"]
    assert statements and statements[0].actors == ["Kenya"]


def test_unnamed_police_abroad_do_not_take_the_reports_main_country(extract: Any) -> None:
    text = (
        "Officers arrested a man in Lyon on Friday after a shooting. "
        "Police arrested two suspects in Graz on Saturday. "
        "France has raised its alert level, and France's interior minister met police chiefs."
    )
    extraction = extract(text, published="2025-04-07")
    graz = [e for e in events_of(extraction, "military_action") if e.place and e.place.name == "Graz"]
    assert graz and "France" not in graz[0].actors


def test_bare_insurgents_are_the_one_group_a_report_names(extract: Any) -> None:
    text = (
        "Fighters of Ahlu Sunnah Wal Jamaah (ASWJ), the Islamic State's local affiliate, raided "
        "Quissanga on Friday. On Sunday evening, insurgents attacked the village of Bilibiza, "
        "residents said."
    )
    attacks = [
        e for e in events_of(extract(text, published="2025-04-07"), "attack") if e.trigger == "attacked"
    ]
    assert attacks and "Islamic State" not in attacks[0].actors
    assert any("Ahlu Sunnah" in a or a == "ASWJ" for a in attacks[0].actors)


def test_bare_insurgents_stay_unnamed_when_two_groups_are_named(extract: Any) -> None:
    text = (
        "Boko Haram and Ansaru have both been active near Kaduna. "
        "On Sunday, insurgents attacked the village of Kauru, residents said."
    )
    attacks = [
        e for e in events_of(extract(text, published="2025-04-07"), "attack") if e.trigger == "attacked"
    ]
    assert attacks and attacks[0].actors == []


def test_a_security_body_reporting_detentions_made_them(extract: Any) -> None:
    text = (
        "Turkey mourned the victims on Sunday. The National Intelligence Organization (MIT) said "
        "nine people had been detained in Izmir."
    )
    actions = events_of(extract(text, published="2025-04-07"), "military_action")
    assert actions and any("National Intelligence" in a or a == "MIT" for a in actions[0].actors)
    assert "Turkey" not in actions[0].actors


def test_a_group_that_has_not_claimed_an_attack_is_not_its_actor(extract: Any) -> None:
    text = (
        "A bomb killed six worshippers at a mosque in Gwoza on Friday. "
        "Boko Haram has not claimed the bombing, police said."
    )
    extraction = extract(text, published="2025-03-09")
    for attack in events_of(extraction, "attack"):
        assert "Boko Haram" not in attack.actors
    assert not events_of(extraction, "claim")


def test_a_group_that_claimed_an_attack_is_its_actor(extract: Any) -> None:
    text = "A bomb killed six worshippers at a mosque in Gwoza on Friday. Boko Haram claimed the bombing."
    extraction = extract(text, published="2025-03-09")
    assert any("Boko Haram" in a.actors for a in events_of(extraction, "attack"))


def test_an_army_speaking_of_itself_is_never_the_group_last_named(extract: Any) -> None:
    text = (
        "Police blamed the Segunda Marquetalia, a rebel faction, for the attack on a police post "
        "in Argelia on Monday. The army said on Tuesday it had captured two suspected members "
        "of the faction near Tumaco."
    )
    extraction = extract(text, published="2025-04-15")
    actions = events_of(extraction, "military_action")
    assert actions
    for action in actions:
        assert "Segunda Marquetalia" not in action.actors


def test_an_operation_name_is_no_actor(extract: Any) -> None:
    text = "Troops of Operation Fansan Yamma killed eight bandits near Tsafe on Sunday, the army said."
    extraction = extract(text, published="2025-05-10")
    names = {e.name for e in extraction.entities}
    assert "Fansan Yamma" not in names
    for action in events_of(extraction, "military_action"):
        assert "Fansan Yamma" not in action.actors


def test_he_said_after_a_quote_is_the_official_quoted_before_not_a_victim(extract: Any) -> None:
    text = (
        "Gunmen killed a village head in Dogon Daji on Saturday.\n\n"
        "The state police spokesman, DSP Abubakar Sadiq, confirmed the attack in a statement.\n\n"
        "According to him, the gunmen shot the village head, Alhaji Musa Bello, at his home.\n\n"
        '"Those behind this killing will be caught and punished," he said.'
    )
    statements = events_of(extract(text, published="2025-03-10"), "statement")
    said = [s for s in statements if s.trigger == "said"]
    assert said and said[0].actors == ["Abubakar Sadiq"]


def test_no_group_saying_it_did_it_names_no_actor(extract: Any) -> None:
    text = (
        "Al-Shabaab fighters overran a base near Bardere on Monday, the army said. "
        "Separately, a bomb killed three traders at a market in Garbaharey. "
        "No group has said it carried out the market bombing."
    )
    events = extract(text, published="2025-04-08").events
    market = [e for e in events if e.type == "attack" and e.place and e.place.name == "Garbaharey"]
    assert market and market[0].actors == []


def test_the_country_where_unnamed_attackers_were_is_no_actor(extract: Any) -> None:
    text = "Three guards died in an ambush by gunmen in western Chad, a regional official said on Friday."
    (attack,) = events_of(extract(text, published="2025-03-08"), "attack")
    assert "Chad" not in attack.actors


def test_the_country_after_a_passive_agent_is_no_actor(extract: Any) -> None:
    text = "Five police officers were killed in an assault by insurgents in northern Mozambique on Thursday."
    (attack,) = events_of(extract(text, published="2025-03-08"), "attack")
    assert "Mozambique" not in attack.actors


def test_gunmen_belonging_to_a_faction_act_for_its_group(extract: Any) -> None:
    text = (
        "Gunmen belonging to an Ansar Wadi faction stormed a school near Dutsen Mari on Monday, "
        "killing four teachers."
    )
    attacks = events_of(extract(text, published="2025-03-11"), "attack")
    assert attacks and attacks[0].actors == ["Ansar Wadi"]


def test_a_passive_kill_in_a_raid_by_loyal_fighters_is_their_groups(extract: Any) -> None:
    text = (
        "Eleven herders were killed in a raid by fighters loyal to Jund al-Khilafa near Dutsen Mari "
        "on Thursday."
    )
    attacks = events_of(extract(text, published="2025-03-15"), "attack")
    assert attacks and attacks[0].actors == ["Jund al-Khilafa"]


def test_an_ambushed_convoy_meeting_bare_insurgents_was_hit_by_the_reports_one_group(extract: Any) -> None:
    text = (
        "Fighters of the Ansar Wadi movement seized the town of Kaloma on Friday. "
        "A Zambian convoy was sent from Mbeya on Saturday but was ambushed near Tunduru; "
        "the army said its soldiers had encountered insurgents and suffered no losses."
    )
    found = events_of(extract(text, published="2025-03-17"), "attack")
    attacks = [e for e in found if e.trigger == "ambushed"]
    assert attacks and attacks[0].actors == ["Ansar Wadi"]


def test_the_country_a_group_is_based_in_is_no_actor(extract: Any) -> None:
    text = (
        "Militants of the Kenya-based Ansar Wadi group attacked a police station in Kotido on Monday, "
        "killing three officers."
    )
    attacks = events_of(extract(text, published="2025-03-18"), "attack")
    assert attacks and "Kenya" not in attacks[0].actors


def test_suspected_islamists_in_a_country_are_no_state_action(extract: Any) -> None:
    text = "Nine people were killed in an attack by suspected Islamists in northern Chad, a chief said."
    extraction = extract(text, published="2025-03-18")
    assert not events_of(extraction, "military_action")
    attacks = events_of(extraction, "attack")
    assert attacks and "Chad" not in attacks[0].actors


def test_the_two_governments_at_a_meeting_are_the_two_countries_named_before(extract: Any) -> None:
    text = (
        "Ghana has delayed reopening its border with Togo, officials said. At a ministerial meeting in "
        "Accra on March 3, the two governments had agreed to reopen crossings in stages."
    )
    meetings = events_of(extract(text, published="2025-03-20"), "meeting")
    assert meetings and set(meetings[0].actors) == {"Ghana", "Togo"}


def test_both_countries_are_the_two_states_named_before(extract: Any) -> None:
    text = "Chad and Sudan traded accusations. Both countries later signed a deal at a meeting in Doha."
    meetings = events_of(extract(text, published="2025-03-20"), "meeting")
    assert meetings and set(meetings[0].actors) == {"Chad", "Sudan"}


def test_a_claim_clause_hung_on_the_kill_verb_names_the_attacker(extract: Any) -> None:
    text = (
        "Eight soldiers were killed in an ambush near Dori on Tuesday that was claimed by the "
        "Ansar Wadi group."
    )
    attacks = events_of(extract(text, published="2025-03-20"), "attack")
    assert attacks and attacks[0].actors == ["Ansar Wadi"]


def test_the_country_owning_the_place_of_the_victims_is_no_target(extract: Any) -> None:
    text = "On Monday, a gunman killed five people in Chile's Biobio region, police said."
    attacks = events_of(extract(text, published="2025-03-20"), "attack")
    assert attacks and "Chile" not in attacks[0].targets
    assert "Chile" not in attacks[0].actors


def test_a_weapon_aimed_at_a_site_is_no_target(extract: Any) -> None:
    text = "Attackers detonated a bomb at a bus station in Garoua on Sunday, killing six people."
    attacks = events_of(extract(text, published="2025-03-20"), "attack")
    assert attacks and not any("bomb" in t for t in attacks[0].targets)
    assert any("station" in t for t in attacks[0].targets)


def test_rockets_fired_at_a_base_are_no_target(extract: Any) -> None:
    text = "Militants fired rockets at a military base in Zabul on Monday, killing two soldiers."
    attacks = events_of(extract(text, published="2025-03-20"), "attack")
    assert attacks and not any("rocket" in t for t in attacks[0].targets)


def test_the_parent_before_an_affiliate_noun_is_no_actor(extract: Any) -> None:
    text = (
        "The Islamic State affiliate Ansar Wadi ambushed an army convoy near Boni on Tuesday, "
        "killing 15 soldiers."
    )
    attacks = events_of(extract(text, published="2025-03-20"), "attack")
    assert attacks and "Islamic State" not in attacks[0].actors


def test_a_leaders_ally_named_after_the_noun_stays_the_actor(extract: Any) -> None:
    text = (
        "On Tuesday, the president's nationalist ally Kemal Yurt urged the rebels to disarm, "
        "saying talks could follow."
    )
    extraction = extract(text, published="2025-03-20")
    assert any("Kemal Yurt" in e.actors for e in extraction.events)


def test_a_nationality_before_fired_weapons_is_the_state_that_fired_them(extract: Any) -> None:
    text = "Russian rockets killed four civilians in Kherson on Sunday, the regional governor said."
    (event,) = [e for e in extract(text, published="2024-07-08").events if e.type != "statement"]
    assert event.type == "military_action" and event.actors == ["Russia"]


def test_a_vow_hung_on_the_reported_clause_is_the_speakers(extract: Any) -> None:
    text = (
        "The Ogaden Freedom Front claimed Monday's raid on a police post in Degehabur. "
        "Speaking in the capital on Tuesday, Prime Minister Hailu Desta said the raid had been the "
        "group's deadliest this year. Returning from the scene, he told journalists that the raiders "
        "had slipped in from the desert and vowed to track them down."
    )
    vows = [e for e in extract(text, published="2024-07-10").events if e.trigger == "vowed"]
    assert vows and vows[0].actors == ["Hailu Desta"]


def test_a_country_told_to_act_in_a_clause_of_its_own_is_no_place(extract: Any) -> None:
    text = "President Maria Silva condemned the bombing and said Paraguay must explain its role."
    events = extract(text, published="2024-07-11").events
    assert all(e.place is None or e.place.name != "Paraguay" for e in events)


def test_a_wing_that_carried_out_an_attack_acts_for_its_group(extract: Any) -> None:
    text = (
        "The Sahara Freedom Party said on Friday that its armed wing, the Iron Guard Centre, "
        "had carried out the bombing in Tindouf."
    )
    found = extract(text, published="2024-09-14")
    (attack,) = [e for e in found.events if e.type in ("attack", "military_action")]
    assert attack.type == "attack"  # a group's wing, not an army's unit
    assert set(attack.actors) == {"Iron Guard Centre", "Sahara Freedom Party"}
    wing = next(e for e in found.entities if e.name == "Iron Guard Centre")
    assert wing.subtype == "armed_group"


def test_a_claim_by_the_groups_wing_is_the_groups_claim_too(extract: Any) -> None:
    text = (
        "The Ogaden Freedom Front claimed Monday's raid on a police post in Degehabur. On Tuesday, the "
        "Red Dawn Brigade, the group's armed wing, said its men had staged the raid."
    )
    claims = [e for e in extract(text, published="2024-09-18").events if e.type == "claim"]
    assert claims and all("Ogaden Freedom Front" in c.actors for c in claims)
    assert any("Red Dawn Brigade" in c.actors for c in claims)


def test_unnamed_forces_are_the_state_whose_military_reports_them(extract: Any) -> None:
    text = "Jets struck targets in Lebanon overnight, killing six fighters, the Israeli military said."
    (action,) = [e for e in extract(text, published="2024-10-02").events if e.type == "military_action"]
    assert action.actors == ["Israel"]
    assert action.place is not None and action.place.name == "Lebanon"


def test_police_reported_by_a_nationality_ministry_are_that_state(extract: Any) -> None:
    text = "Police arrested four suspects in Mombasa on Tuesday, the Kenyan interior ministry said."
    (action,) = [e for e in extract(text, published="2024-10-03").events if e.type == "military_action"]
    assert action.actors == ["Kenya"]


def test_troops_who_killed_in_a_clash_are_the_clashs_doer(extract: Any) -> None:
    text = "Peruvian troops killed four rebels in a clash in the VRAEM valley on Monday, the army said."
    (action,) = [e for e in extract(text, published="2024-10-08").events if e.type == "military_action"]
    assert action.actors == ["Peru"]


def test_its_forces_are_the_state_of_the_army_that_reports_them(extract: Any) -> None:
    text = "The Kenyan military said its troops had killed 12 al-Shabaab fighters in Somalia's Gedo region."
    (action,) = [e for e in extract(text, published="2024-10-09").events if e.type == "military_action"]
    assert action.actors == ["Kenya"]


def test_officials_of_a_nationality_speak_for_their_state(extract: Any) -> None:
    text = "Ghanaian officials blamed the Western Togoland Front for the bombing on Monday."
    statements = [e for e in extract(text, published="2024-10-15").events if e.type == "statement"]
    assert statements and statements[0].actors == ["Ghana"]


def test_the_state_of_an_army_named_by_its_nationality_is_no_place(extract: Any) -> None:
    text = "The Peruvian army condemned the attack and vowed to pursue those responsible."
    events = extract(text, published="2024-10-15").events
    assert all(e.place is None for e in events)


def test_a_country_that_admitted_a_role_is_no_place_of_the_ambush(extract: Any) -> None:
    text = "The Congolese government said Rwanda had acknowledged a part in the ambush."
    events = extract(text, published="2024-10-15").events
    assert all(e.place is None or e.place.name != "Rwanda" for e in events)


def test_a_regional_minister_named_after_the_region_speaks_himself(extract: Any) -> None:
    text = (
        "Gunmen ambushed an army truck near Datu Piang on Sunday, killing three soldiers, the army said. "
        "The commander, Ramon Tagle, said on Monday that those behind the ambush would be hunted down.\n"
        "Bangsamoro interior minister Rasul Mindalano condemned the ambush in a statement on Monday."
    )
    statements = events_of(extract(text, published="2025-04-28"), "statement")
    assert sorted(a for s in statements for a in s.actors) == ["Ramon Tagle", "Rasul Mindalano"]
