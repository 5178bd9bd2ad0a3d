"""Event coreference within a document: one happening per event, however often it is told."""

from __future__ import annotations

from datetime import date
from typing import Any

from nexus.extract.coreference import is_background
from nexus.model import DateValue


def events_of(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def iso(event: Any) -> str | None:
    return event.date.iso if event.date else None


def test_two_attacks_in_one_city_on_different_days_stay_two(extract: Any) -> None:
    text = (
        "A roadside bomb killed six soldiers near a market in Kandahar on Thursday. "
        "On Wednesday, gunmen killed three traders in the same city."
    )
    attacks = events_of(extract(text, published="2024-03-08"), "attack")
    assert sorted(iso(a) or "" for a in attacks) == ["2024-03-06", "2024-03-07"]
    assert all(a.place is not None and a.place.name == "Kandahar" for a in attacks)  # "the same city"


def test_anaphors_join_the_happening_they_refer_to(extract: Any) -> None:
    text = (
        "Gunmen stormed a police station in Kalat on Monday, killing four officers. "
        "Provincial leaders condemned the attack, and the interior minister said the assault "
        "showed the need for more patrols."
    )
    (attack,) = events_of(extract(text, published="2024-10-15"), "attack")
    assert iso(attack) == "2024-10-14"
    assert attack.place is not None and attack.place.name == "Kalat"


def test_an_anaphor_does_not_take_a_place_from_another_clause(extract: Any) -> None:
    text = (
        "A car bomb killed nine people at a bus stand in Quetta on Sunday. "
        "The premier, who was on a visit to Beijing, condemned the bombing."
    )
    attacks = events_of(extract(text, published="2024-06-10"), "attack")
    assert len(attacks) == 1
    assert attacks[0].place is not None and attacks[0].place.name == "Quetta"


def test_a_separate_incident_is_its_own_event(extract: Any) -> None:
    text = (
        "Militants ambushed an army patrol in Bannu on Tuesday, killing three soldiers. "
        "In a separate incident, a bomb killed two policemen in Lakki Marwat."
    )
    attacks = events_of(extract(text, published="2024-07-17"), "attack")
    assert len(attacks) == 2


def test_a_background_attack_keeps_its_own_date_and_figures(extract: Any) -> None:
    text = (
        "Gunmen killed eleven farmers in a village near Maiduguri on Saturday. "
        "In March 2019, a truck bombing at a market in Konduga killed 22 people."
    )
    extraction = extract(text, published="2024-09-09")
    attacks = {iso(a): a for a in events_of(extraction, "attack")}
    assert set(attacks) == {"2024-09-07", "2019-03"}
    current, older = attacks["2024-09-07"], attacks["2019-03"]
    assert current.killed is not None and current.killed.value == 11
    assert older.killed is not None and older.killed.value == 22


def test_a_comparison_year_is_not_a_date_of_the_attack(extract: Any) -> None:
    text = (
        "A suicide bomber killed 14 people at a shrine in Mastung on Friday. "
        "It was the deadliest attack in the district since 2018."
    )
    attacks = events_of(extract(text, published="2024-02-17"), "attack")
    assert [iso(a) for a in attacks] == ["2024-02-16"]


def test_the_reporting_day_is_not_the_day_of_the_attack(extract: Any) -> None:
    text = (
        "Fourteen villagers died when gunmen raided a hamlet in central Niger, officials said on Friday. "
        "The gunmen struck Tillaberi on Thursday night."
    )
    attacks = events_of(extract(text, published="2024-04-13"), "attack")
    assert [iso(a) for a in attacks] == ["2024-04-11"]


def test_a_date_counted_from_the_previous_happening(extract: Any) -> None:
    text = (
        "An Israeli air strike killed a Hamas commander in Rafah on Tuesday. "
        "The strike came three days after Israeli jets killed two militants in Deir al-Balah."
    )
    strikes = events_of(extract(text, published="2024-05-16"), "military_action")
    assert sorted(iso(s) or "" for s in strikes) == ["2024-05-11", "2024-05-14"]


def test_that_same_month_takes_the_month_of_the_previous_happening(extract: Any) -> None:
    text = (
        "In April 2022, militants bombed a power station in Mosul. "
        "That same month, gunmen ambushed a police convoy in Kirkuk, killing six officers."
    )
    attacks = events_of(extract(text, published="2024-02-01"), "attack")
    assert sorted(iso(a) or "" for a in attacks) == ["2022-04", "2022-04"]


def test_a_claim_goes_to_the_attack_it_names(extract: Any) -> None:
    text = (
        "A bomb killed seven people at a bus terminal in Kohat on Monday. "
        "There was no immediate claim of responsibility. "
        "Tehreek-e-Taliban Pakistan said it carried out a separate attack on a police post in Tank on Sunday."
    )
    extraction = extract(text, published="2024-04-16")
    attacks = {a.place.name if a.place else None: a for a in events_of(extraction, "attack")}
    assert "Tehreek-e-Taliban Pakistan" not in attacks["Kohat"].actors
    assert "Tehreek-e-Taliban Pakistan" in attacks["Tank"].actors


def test_a_statement_with_two_verbs_by_one_speaker_is_one_statement(extract: Any) -> None:
    text = (
        "Interior Minister Lena Sorensen condemned the shooting and vowed to find those responsible, "
        "promising that they would face justice."
    )
    assert len(events_of(extract(text, published="2024-05-02"), "statement")) == 1


def test_background_is_measured_from_the_news_day() -> None:
    news = date(2024, 9, 9)
    assert is_background(DateValue(iso="2019-03", precision="month"), news)
    assert is_background(DateValue(iso="2023", precision="year"), news)
    assert not is_background(DateValue(iso="2024-09-07", precision="day"), news)
    assert not is_background(DateValue(iso="2024-09", precision="month"), news)
    assert not is_background(None, news)
    assert not is_background(DateValue(iso="2019", precision="year"), None)


def test_bombings_at_two_towns_are_two_events_with_their_mastermind(extract: Any) -> None:
    text = (
        "Investigators say Idris Bello was the mastermind behind suicide bombings at a church in Jos "
        "and a market in Kaduna in 2014."
    )
    attacks = events_of(extract(text, published="2024-02-01"), "attack")
    assert sorted(a.place.name for a in attacks if a.place) == ["Jos", "Kaduna"]
    assert all(a.actors == ["Idris Bello"] for a in attacks)
    assert len({a.id for a in attacks}) == 2


def test_a_when_clause_takes_the_date_of_the_killing_it_explains(extract: Any) -> None:
    text = (
        "Gunmen shot dead four guards at a depot in Garoua on Sunday. "
        "In June 2022, 17 soldiers were killed when insurgents ambushed a convoy near Mora."
    )
    attacks = {iso(a) for a in events_of(extract(text, published="2024-10-08"), "attack")}
    assert "2022-06" in attacks


def test_a_clause_on_a_date_is_that_dates_happening(extract: Any) -> None:
    text = (
        "The raid on Monday was the worst loss for the army since May 2021, "
        "when jihadists killed about 60 soldiers near Tahoua."
    )
    attacks = events_of(extract(text, published="2024-10-08"), "attack")
    assert any(iso(a) == "2021-05" for a in attacks)


def test_days_earlier_at_the_head_of_a_sentence_count_from_the_previous_happening(extract: Any) -> None:
    text = (
        "An air strike killed nine fighters near Gwoza on January 20. "
        "Four days earlier, troops killed a bandit leader in a gunfight at Kwatarkwashi."
    )
    strikes = events_of(extract(text, published="2025-01-30"), "military_action")
    assert sorted(iso(s) or "" for s in strikes) == ["2025-01-16", "2025-01-20"]


def test_two_attacks_in_one_sentence_each_take_their_own_town(extract: Any) -> None:
    text = (
        "The stabbing follows a shooting at a cafe in Hanau on March 3, in which a gunman "
        "killed four people, and a knife attack in a park in Bremen on February 11."
    )
    attacks = events_of(extract(text, published="2025-03-20"), "attack")
    places = {iso(a): a.place.name if a.place else None for a in attacks}
    assert places.get("2025-03-03") == "Hanau"
    assert places.get("2025-02-11") == "Bremen"


def test_a_state_visit_is_the_visitors_not_the_states(extract: Any) -> None:
    text = "President Amina Sule, who was on a state visit to Japan, flew back to Abuja on Friday."
    (visit,) = events_of(extract(text, published="2024-11-10"), "visit")
    assert visit.actors == ["Amina Sule"]


def test_an_attack_by_a_group_named_with_its_country_is_the_groups(extract: Any) -> None:
    text = "A drone attack by Syria's Liwa Fatemiyoun militia on a base near Deir ez-Zor killed three guards."
    (attack,) = events_of(extract(text, published="2024-11-10"), "attack")
    assert "Syria" not in attack.actors


def test_raids_on_many_towns_told_with_one_toll_are_one_event_in_their_country(extract: Any) -> None:
    text = (
        "Jihadists stormed army posts in several towns of Niger at dawn on Monday, the army said. "
        "The assaults on Tillaberi, Ayorou, Tera, Kollo and Filingue were claimed by the group."
    )
    attacks = events_of(extract(text, published="2025-03-05"), "attack")
    assert len(attacks) == 1
    assert attacks[0].place is None or attacks[0].place.kind in ("country", "admin")


def test_a_tally_over_a_period_is_no_incident(extract: Any) -> None:
    text = "Bandits have killed more than 200 villagers across the state so far this year, officials said."
    assert events_of(extract(text, published="2024-08-01"), "attack") == []


def test_the_next_morning_counts_from_the_previous_sentences_happening(extract: Any) -> None:
    text = (
        "Gunmen overran an army base near Diffa on the night of March 3, killing 20 soldiers. "
        "The president flew to the scene the next morning and launched an offensive against the attackers."
    )
    extraction = extract(text, published="2025-03-10")
    (visit,) = events_of(extraction, "visit")
    assert iso(visit) == "2025-03-04"
    assert all(iso(m) == "2025-03-04" for m in events_of(extraction, "military_action"))


def test_a_date_naming_another_strike_is_not_the_barrage_day(extract: Any) -> None:
    text = (
        "BEIRUT, May 20 (Test Wire) - The militia fired dozens of rockets at the border town overnight, "
        "retaliating for the May 9 strike on its headquarters."
    )
    extraction = extract(text, published="2025-05-20")
    dates = {iso(e) for e in extraction.events if e.type in ("attack", "military_action")}
    assert "2025-05-20" in dates or "2025-05-19" in dates


def test_a_visit_to_the_scene_is_placed_where_the_happening_was(extract: Any) -> None:
    text = (
        "Gunmen overran a police post in Bosso on Friday night, killing nine officers. "
        "The interior minister flew to the scene on Saturday."
    )
    (visit,) = events_of(extract(text, published="2025-02-10"), "visit")
    assert visit.place is not None and visit.place.name == "Bosso"


def test_a_when_clause_on_a_time_phrase_takes_its_day(extract: Any) -> None:
    text = (
        "The army had been on alert since the early hours of Saturday, when about 20 militants "
        "attacked a checkpoint in Bannu, killing six soldiers."
    )
    attacks = events_of(extract(text, published="2025-02-12"), "attack")
    assert [iso(a) for a in attacks] == ["2025-02-08"]


def test_a_dated_happening_avenged_is_its_own_event_and_keeps_its_anaphor(extract: Any) -> None:
    text = (
        "Militia fighters shelled an army base near Kirkuk overnight, saying they were avenging "
        "the March 3 drone strike that hit their convoy outside Mosul. "
        "Two soldiers at the base were wounded, officers said. "
        "The Mosul strike, which the militia blamed on Washington, killed four of its commanders."
    )
    extraction = extract(text, published="2024-03-12")
    (avenged,) = events_of(extraction, "military_action")
    (barrage,) = events_of(extraction, "attack")  # fighters of a militia: violence by a non-state actor
    assert iso(avenged) == "2024-03-03"
    assert iso(barrage) == "2024-03-12"
    assert avenged.place is not None and avenged.place.name == "Mosul"
    assert avenged.killed is not None and avenged.killed.value == 4  # the anaphor joins the avenged strike
    # the wounded of the next sentence belong to the sentence's own happening, not the one avenged
    assert barrage.injured is not None and barrage.injured.value == 2
    assert avenged.injured is None


def test_claimed_responsibility_for_a_bombing_still_anchors_what_follows(extract: Any) -> None:
    text = (
        "In 2022, the Pakistani front claimed responsibility for the bombing of a rail bridge "
        "in Gwadar in May, which killed three guards. "
        "Later that month, its men raided a customs post in Turbat, killing two officials."
    )
    attacks = {e.place.name: e for e in events_of(extract(text, published="2024-02-01"), "attack") if e.place}
    assert iso(attacks["Gwadar"]) == "2022-05"
    assert iso(attacks["Turbat"]) == "2022-05"


def test_months_after_a_named_happening_dates_it_back_from_the_current_one(extract: Any) -> None:
    text = (
        "Gunmen opened fire on worshippers at a mosque in Herat on Friday, killing nine people. "
        "The shooting came four months after the Karte Sakhi bombing in Kabul, and two years after "
        "militants stormed a shrine in Jalalabad."
    )
    attacks = events_of(extract(text, published="2024-05-11"), "attack")
    dated = {a.place.name: iso(a) for a in attacks if a.place}
    assert dated["Herat"] == "2024-05-10"
    assert dated["Kabul"] == "2024-01"  # four months before the shooting, month precision
    assert dated["Jalalabad"] == "2022"  # a sibling offset counts from the same clause


def test_an_anaphoric_subject_counts_the_months_from_the_happening_told_last(extract: Any) -> None:
    text = (
        "Militants stormed a police station in Bannu on Monday, killing six officers. "
        "The bloodshed came five months after a suicide bombing at a rally in Bajaur."
    )
    attacks = events_of(extract(text, published="2024-12-10"), "attack")
    dated = {a.place.name: iso(a) for a in attacks if a.place}
    assert dated == {"Bannu": "2024-12-09", "Bajaur": "2024-07"}


def test_a_comparison_frame_does_not_lend_its_place_to_the_current_event(extract: Any) -> None:
    text = (
        "In one of the deadliest attacks in Pakistan since the 2014 Peshawar school massacre, "
        "14 passengers were shot dead near Quetta on Saturday. "
        "The Baloch Liberation Army claimed responsibility for the attack."
    )
    extraction = extract(text, published="2024-04-14")
    attacks = {iso(a): a for a in events_of(extraction, "attack")}
    assert set(attacks) == {"2014", "2024-04-13"}
    current = attacks["2024-04-13"]
    assert current.place is not None and current.place.name == "Quetta"
    assert current.killed is not None and current.killed.value == 14
    assert attacks["2014"].place is not None and attacks["2014"].place.name == "Peshawar"
    (claim,) = events_of(extraction, "claim")
    assert claim.place is not None and claim.place.name == "Quetta"


def test_a_crime_an_arrest_is_for_keeps_its_own_date_and_toll(extract: Any) -> None:
    text = (
        "Police detained four men in Kano on Friday over a bombing that killed nine worshippers "
        "outside a mosque in March."
    )
    extraction = extract(text, published="2024-06-10")
    (arrest,) = events_of(extraction, "military_action")
    (bombing,) = events_of(extraction, "attack")
    assert iso(arrest) == "2024-06-07" and arrest.killed is None
    assert iso(bombing) == "2024-03" and bombing.date.precision == "month"
    assert bombing.killed is not None and bombing.killed.value == 9
    assert bombing.place is not None and bombing.place.name == "Kano"  # where the suspects were held


def test_in_connection_with_names_the_crime_of_an_arrest(extract: Any) -> None:
    text = (
        "Troops arrested five suspects in Mombasa on Sunday in connection with an explosion "
        "that wounded 14 people in a bar in February."
    )
    (blast,) = events_of(extract(text, published="2024-05-20"), "attack")
    assert iso(blast) == "2024-02"
    assert blast.injured is not None and blast.injured.value == 14
    assert blast.place is not None and blast.place.name == "Mombasa"


def test_an_undated_definite_mention_at_an_older_happenings_town_is_that_happening(extract: Any) -> None:
    text = (
        "Gunmen killed 12 pilgrims in Kerman in January. "
        "On Monday, police arrested two suspects in Tehran. "
        "Iraq has denied any link to the Kerman attack."
    )
    (attack,) = events_of(extract(text, published="2024-06-10"), "attack")
    assert iso(attack) == "2024-01"
    assert attack.killed is not None and attack.killed.value == 12


def test_a_relative_clause_on_a_name_does_not_date_the_event(extract: Any) -> None:
    text = (
        "The Resistance Front, which was formed in Kashmir in 2019, withdrew its claim "
        "for the ambush on Tuesday."
    )
    extraction = extract(text, published="2024-07-12")
    assert all(iso(e) != "2019" for e in extraction.events)


def test_a_siege_and_the_search_after_it_are_placed_at_the_site(extract: Any) -> None:
    text = (
        "Boko Haram gunmen seized the Grand Hotel in Maiduguri on Tuesday evening, killing at least "
        "six guests.\n\nOn Wednesday, soldiers were still fighting to retake the hotel. Police later "
        "sealed off the district and began a search operation for the attackers."
    )
    extraction = extract(text, published="2024-03-14")
    (attack,) = events_of(extraction, "attack")
    assert iso(attack) == "2024-03-12" and attack.place is not None and attack.place.name == "Grand Hotel"
    actions = events_of(extraction, "military_action")
    assert actions and all(iso(a) == "2024-03-13" for a in actions)
    assert all(a.place is not None and a.place.name == "Grand Hotel" for a in actions)


def test_an_older_happening_at_the_same_junction_is_placed_there(extract: Any) -> None:
    text = (
        "A bomb exploded at the Kencom junction in Nairobi on Saturday, killing seven people. "
        "It was the worst attack in the city since a car bomb at the same junction killed 40 people "
        "eight years ago."
    )
    attacks = {iso(a): a for a in events_of(extract(text, published="2024-03-03"), "attack")}
    assert set(attacks) == {"2024-03-02", "2016"}
    older = attacks["2016"]
    assert older.place is not None and older.place.name == "Kencom"
    assert older.killed is not None and older.killed.value == 40


def test_the_campus_recalls_the_university_named_before(extract: Any) -> None:
    text = (
        "The minister spoke on Monday to students at Moi University. "
        "The campus was where gunmen killed 30 people in May 2016."
    )
    (attack,) = events_of(extract(text, published="2024-03-06"), "attack")
    assert iso(attack) == "2016-05"
    assert attack.place is not None and attack.place.name == "Moi University"


def test_the_village_recalls_the_village_named_before_not_a_victims_home(extract: Any) -> None:
    text = (
        "Troops on Thursday killed two militants hiding in Sarvanpora village in Ramban district. "
        "The men had fired on houses in the village on Wednesday night, wounding a farmer. "
        "Sergeant Ravi Kumar, a native of Patna in Bihar, was hit and died in hospital."
    )
    (attack,) = events_of(extract(text, published="2024-06-14"), "attack")
    assert iso(attack) == "2024-06-12"
    assert attack.place is not None and attack.place.name == "Sarvanpora"
    assert attack.killed is not None and attack.killed.value == 1  # the sergeant


def test_a_counter_attack_that_followed_is_at_the_ambush_not_the_dateline(extract: Any) -> None:
    text = (
        "BAMAKO, Mali (Wire) - Jihadists killed 12 soldiers in an ambush near Boulkessi on Sunday, "
        "the army said on Monday.\n\n"
        "The army said its troops killed 20 of the assailants in the counter-attack that followed."
    )
    actions = [e for e in extract(text, published="2025-06-03").events if e.type == "military_action"]
    assert actions
    assert all(e.place is not None and e.place.name == "Boulkessi" for e in actions)


def test_on_the_same_night_dates_an_incident_by_the_one_before(extract: Any) -> None:
    text = (
        "Gunmen killed 30 villagers in Dogo Nahawa on the night of March 7. "
        "On the same night, two soldiers were killed when their patrol was ambushed near Bokkos."
    )
    events = extract(text, published="2025-03-20").events
    bokkos = [e for e in events if e.place is not None and e.place.name == "Bokkos"]
    assert bokkos and all(e.date is not None and e.date.iso == "2025-03-07" for e in bokkos)


def test_a_headline_neither_merges_nor_re_places_last_weeks_killing(extract: Any) -> None:
    text = (
        "Gunmen abduct 20 worshippers, kill catechist in Kaduna church attack\n\n"
        "Gunmen have killed a catechist and abducted at least 20 worshippers during a Sunday service "
        "at a church in Maro village, Kajuru Local Government Area of Kaduna State.\n\n"
        "Police said the bandits stormed the church at about 9am and marched the worshippers "
        "into the bush.\n\n"
        "Last week, bandits killed nine farmers in neighbouring Kachia LGA."
    )
    attacks = [e for e in extract(text, published="2025-02-11").events if e.type == "attack"]
    by_place = {e.place.name if e.place else None: e for e in attacks}
    assert set(by_place) == {"Maro", "Kachia LGA"}
    assert by_place["Kachia LGA"].killed is not None and by_place["Kachia LGA"].killed.value == 9
    assert by_place["Maro"].killed is None or by_place["Maro"].killed.value != 9


def test_a_standfirst_adds_no_actor_to_those_the_body_gives(extract: Any) -> None:
    # "president blames" in the standfirst reads as the state; the body says who did it
    text = (
        "Bomb at football stadium in Maradi kills five\n\n"
        'Islamic State claims blast at stadium; president blames "foreign terrorists"\n\n'
        "MARADI, Niger, March 9, 2025 (Sahel Courier) - A bomb exploded in the stands of the municipal "
        "stadium in Maradi on Saturday evening, killing five spectators, police said on Sunday.\n\n"
        "The Islamic State group claimed the bombing on Telegram.\n\n"
        'President Amadou Sani condemned the attack and blamed "foreign terrorists".'
    )
    attacks = [e for e in extract(text, published="2025-03-09").events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].actors == ["Islamic State"]


def test_in_the_same_region_is_the_region_of_the_happening_before(extract: Any) -> None:
    text = (
        "A jet bombed a monastery in Kan Gyi village, Sagaing Region, on Friday, killing 12 people. "
        "In March, an air strike on a school in the same region killed at least 15 pupils."
    )
    events = extract(text, published="2025-06-02").events
    march = [e for e in events if e.date is not None and e.date.iso.startswith("2025-03")]
    assert march and all(e.place is not None and e.place.name == "Sagaing Region" for e in march)


def test_a_caption_recalling_an_older_attack_lends_nothing_to_the_body(extract: Any) -> None:
    text = (
        "Gunmen kill villagers in northern Benin\n\n"
        "TANGUIETA – Gunmen killed at least 20 villagers near Porga on Sunday, June 8, 2025, local "
        "officials said.\n\n"
        "Caption: Troops guard a market in Kerou, where a bomb killed 12 traders in 2022.\n\n"
        "Separately, attackers shot dead four farmers at a field near Materi, a mayor said."
    )
    attacks = [e for e in extract(text, published=None).events if e.type == "attack"]
    assert all(e.date is None or not e.date.iso.startswith("2022") for e in attacks)
    assert all(e.killed is None or e.killed.value != 12 for e in attacks)


def test_a_sentence_opening_separately_tells_another_happening(extract: Any) -> None:
    text = (
        "Rebels ambushed an army convoy on Tuesday, killing seven soldiers, the army said. "
        "Separately, gunmen attacked a health centre in Nyunzu, killing two nurses."
    )
    attacks = [e for e in extract(text, published="2025-04-09").events if e.type == "attack"]
    assert len(attacks) == 2
    assert sorted(e.killed.value for e in attacks if e.killed) == [2, 7]


def test_next_day_in_a_second_clause_counts_from_the_first_clause(extract: Any) -> None:
    text = (
        "Rebel drones struck a depot near Goma on Monday. "
        "Few such raids succeed: in March last year a rebel drone killed two guards in Bukavu, "
        "and the army shelled Rutshuru the following day."
    )
    extraction = extract(text, published="2024-06-12")
    killing = [a for a in events_of(extraction, "attack") if a.place is not None and a.place.name == "Bukavu"]
    assert [iso(a) for a in killing] == ["2023-03"]  # its own clause's date, not the anchor's
    shelling = [m for m in events_of(extraction, "military_action") if m.trigger == "shelled"]
    assert shelling and all((iso(m) or "").startswith("2023-03") for m in shelling)


def test_hours_before_dates_from_the_happening_told_just_before(extract: Any) -> None:
    text = (
        "On Saturday, soldiers killed four gunmen near Tessalit. "
        "On Thursday, militants attacked a school in Kidal, killing three pupils. "
        "Hours before, gunmen attacked a market in Aguelhok, wounding a trader."
    )
    attacks = events_of(extract(text, published="2024-02-11"), "attack")
    market = [a for a in attacks if a.place is not None and a.place.name == "Aguelhok"]
    assert market and iso(market[0]) == "2024-02-08"


def test_that_same_month_counts_from_the_main_happening_not_one_told_in_passing(extract: Any) -> None:
    text = (
        "At talks in Kampala on March 9, the two sides agreed to reopen the road, ending a closure "
        "Rwanda imposed in June 2019. That same month, rebels claimed responsibility for an ambush "
        "at Bunagana that killed seven soldiers."
    )
    claims = events_of(extract(text, published="2024-04-20"), "claim")
    assert claims and all(iso(c) == "2024-03" for c in claims)


def test_time_of_a_blame_does_not_split_the_happening_it_names(extract: Any) -> None:
    text = (
        "Car bombs exploded outside two hotels in Mosul on Monday, killing 14 people. "
        "Officials denied any warning, but the militia blamed the army for the bombings hours later."
    )
    attacks = events_of(extract(text, published="2024-02-07"), "attack")
    assert len(attacks) == 1


def test_a_written_day_wins_over_a_counted_opening(extract: Any) -> None:
    text = (
        "The army said it had first spotted the group near Maradi in October. "
        "Soldiers arrested its spokesman in Zinder on Saturday. "
        "A day later, on October 14, the fighters raided Dakoro, killing nine herders."
    )
    attacks = events_of(extract(text, published="2025-01-20"), "attack")
    assert [iso(a) for a in attacks] == ["2024-10-14"]


def test_a_claim_of_an_older_attack_stays_apart_from_the_claim_of_the_new_one(extract: Any) -> None:
    text = (
        "Gunmen stormed a police academy in Dera on Friday, killing six recruits. "
        "The Ittehad-ul-Mujahideen group claimed the raid in a message to reporters. "
        "The group also claimed the March 3 bombing of the Tirah checkpoint, in which four guards died."
    )
    claims = events_of(extract(text, published="2025-06-14"), "claim")
    assert len(claims) == 2
    assert any(c.place is not None and c.place.name == "Tirah" for c in claims)


def test_a_frame_naming_an_earlier_raid_by_its_town_counts_from_that_raid(extract: Any) -> None:
    text = (
        "Herders killed 30 villagers in Agatu on June 9, officials said. "
        "On Tuesday, police arrested four suspects in Makurdi. "
        "Three days before the raid on Agatu, gunmen had shot dead 12 people in Ogwule and Ologba Adeke."
    )
    attacks = events_of(extract(text, published="2025-06-20"), "attack")
    earlier = [a for a in attacks if a.place is not None and a.place.name != "Agatu"]
    assert [iso(a) for a in earlier] == ["2025-06-06"]


def test_an_ambush_away_from_the_town_stays_apart_from_the_raid_on_it(extract: Any) -> None:
    text = (
        "Insurgents overran the district town of Mueda on Friday, burning the market. "
        "On Friday a relief column heading from Montepuez to Mueda was ambushed some 15 kilometres "
        "short of the town. The raid on Mueda was the bloodiest there since January."
    )
    attacks = events_of(extract(text, published="2024-05-13"), "attack")
    assert len(attacks) == 2
    assert sorted((a.place.name if a.place else "") for a in attacks) == ["", "Mueda"]


def test_an_ambush_in_a_clause_set_a_day_before_stays_its_own(extract: Any) -> None:
    text = (
        "Gunmen tried to storm the Bannu cantonment on Saturday. "
        "The raid came a day after nine policemen were killed when insurgents ambushed a patrol "
        "near Turbat in Kech district."
    )
    attacks = events_of(extract(text, published="2023-11-05"), "attack")
    ambush = [a for a in attacks if a.place is not None and a.place.name == "Turbat"]
    assert ambush and iso(ambush[0]) == "2023-11-03"
    assert all(a is ambush[0] or a.place is None or a.place.name != "Turbat" for a in attacks)


def test_earlier_on_that_day_opens_another_happening(extract: Any) -> None:
    text = (
        "Militants ambushed a police patrol near Lakki on Friday, killing four officers. "
        "Earlier on Friday, a bomb went off next to a bus near Bannu, killing two passengers."
    )
    attacks = events_of(extract(text, published="2023-11-05"), "attack")
    assert len(attacks) == 2


def test_an_older_offensive_of_the_filing_country_is_placed_in_it(extract: Any) -> None:
    text = (
        "NAIROBI, Nov 2 (Wire) - A bomb killed six people at a market in Nairobi on Tuesday. "
        "Kenya's government launched an offensive against the group in March, officials recalled."
    )
    actions = events_of(extract(text, published="2022-11-02"), "military_action")
    older = [m for m in actions if iso(m) == "2022-03"]
    assert older and all(m.place is not None and m.place.name == "Kenya" for m in older)


def test_an_opening_anchor_dates_every_clause_and_each_clause_keeps_its_place(extract: Any) -> None:
    text = (
        "On May 2, four soldiers were killed when their truck hit a mine at Dhobley, officials said. "
        "Earlier that day, bandits shot at a lorry travelling from Isiolo to Moyale at "
        "Kulan in Marsabit County, and raiders attacked a police post near "
        "Sololo in Moyale, wounding two officers."
    )
    attacks = events_of(extract(text, published="2023-05-20"), "attack")
    by_place = {a.place.name: iso(a) for a in attacks if a.place is not None}
    assert by_place.get("Kulan") == "2023-05-02"
    assert by_place.get("Sololo") == "2023-05-02"


def test_an_explosive_hitting_an_army_column_and_its_claim_are_one_attack(extract: Any) -> None:
    text = (
        "An improvised explosive device struck an army truck outside Garoua on Friday, killing "
        "seven soldiers, local officials said. The Eastern Dawn Front said it carried out the attack."
    )
    result = extract(text, published="2025-09-13")
    assert events_of(result, "military_action") == []
    (attack,) = events_of(result, "attack")
    assert iso(attack) == "2025-09-12"
    assert attack.killed is not None and attack.killed.value == 7


def test_troops_firing_back_stay_a_military_action_beside_the_attack(extract: Any) -> None:
    text = (
        "Insurgents attacked a checkpoint in Dikwa on Sunday, and troops killed five of the "
        "insurgents as they fled, the army said."
    )
    result = extract(text, published="2025-02-10")
    assert len(events_of(result, "attack")) == 1
    assert len(events_of(result, "military_action")) == 1


def test_a_toll_clause_on_an_older_bombing_is_that_bombing(extract: Any) -> None:
    text = (
        "Police questioned two men on Tuesday. Officials blamed the cell for the 2023 bombing "
        "of a bus station in Lokoja, which killed 12 commuters."
    )
    attacks = events_of(extract(text, published="2025-05-21"), "attack")
    assert len(attacks) == 1
    (older,) = attacks
    assert iso(older) == "2023"
    assert older.killed is not None and older.killed.value == 12


def test_a_follow_up_without_a_place_takes_the_happening_it_continues_not_the_dateline(
    extract: Any,
) -> None:
    text = (
        "MOMBASA (Coast Wire) — Militants attacked a police post in Garsen late on Monday, killing "
        "three officers, police said.\n"
        "Troops ended the standoff early on Tuesday after killing the two attackers, the army said."
    )
    events = extract(text, published="2025-03-11").events
    (response,) = [e for e in events if e.type == "military_action"]
    assert response.place is not None and response.place.name == "Garsen"


def test_an_older_happening_without_a_place_does_not_take_todays(extract: Any) -> None:
    text = (
        "MOMBASA (Coast Wire) — Militants attacked a police post in Garsen late on Monday, killing "
        "three officers, police said.\n"
        "In January, soldiers killed nine fighters after a raid on a convoy."
    )
    events = extract(text, published="2025-03-11").events
    older = [e for e in events if e.date is not None and e.date.iso.startswith("2025-01")]
    assert older and all(e.place is None or e.place.name != "Garsen" for e in older)


def test_an_elaboration_by_a_definite_doer_joins_the_lead_and_names_its_town(extract: Any) -> None:
    text = (
        "Insurgents ambushed a lorry carrying police recruits in the hills of Paktia province on "
        "Sunday, killing seven of them and wounding five, officials said.\n"
        "A local rights group said the gunmen fired mortars at the lorry near the town of Gardez "
        "before escaping into the forest."
    )
    (attack,) = events_of(extract(text, published="2024-05-13"), "attack")
    assert iso(attack) == "2024-05-12"
    assert attack.place is not None and attack.place.name == "Gardez"
    assert attack.killed is not None and attack.killed.value == 7


def test_a_duration_before_the_next_deed_anchors_nothing(extract: Any) -> None:
    text = (
        "Armed men overran a border outpost near Menaka on Saturday, killing 14 guards, a local "
        "official said on Sunday.\n"
        "The raiders came on pick-up trucks at first light and fought for several hours before "
        "torching the outpost's fuel depot, he said."
    )
    attacks = events_of(extract(text, published="2024-09-15"), "attack")
    assert len(attacks) == 1
    assert iso(attacks[0]) == "2024-09-14"
    assert attacks[0].place is not None and attacks[0].place.name == "Menaka"


def test_a_claim_of_the_older_attack_told_at_the_time_is_that_attack_s(extract: Any) -> None:
    text = (
        "A court in Graz on Wednesday jailed a man for 14 years for hiding the rifle of the gunman "
        "who killed three people at a bus station in Linz on March 5, 2022.\n"
        "The Islamic State claimed the attack at the time.\n"
        "The defence said the man had not known what the weapon was for."
    )
    x = extract(text, published="2025-06-11")
    (claim,) = events_of(x, "claim")
    assert iso(claim) == "2022-03-05"
    assert claim.place is not None and claim.place.name == "Linz"
    attacks = events_of(x, "attack")
    assert [iso(a) for a in attacks] == ["2022-03-05"]  # "the attack" is no new attack of the report's day


def test_claimed_it_after_an_older_dated_bombing_is_that_bombing_s_claim(extract: Any) -> None:
    text = (
        "Prosecutors in Mopti on Friday charged two men over the bombing of a hotel in Sevare on "
        "August 14, 2023, which killed six guests.\n"
        "An al-Qaeda affiliate claimed it two days later."
    )
    x = extract(text, published="2025-02-07")
    (claim,) = events_of(x, "claim")
    assert claim.date is not None and claim.date.iso.startswith("2023-08")


def test_a_clash_told_from_the_side_fired_upon_is_the_clash(extract: Any) -> None:
    text = (
        "A gun battle between soldiers and insurgents left four soldiers dead in Zabul province "
        "on Monday, officials said.\n"
        "The soldiers were escorting a fuel convoy when they came under fire from about 40 fighters, "
        "a provincial spokesman said."
    )
    x = extract(text, published="2024-06-11")
    violent = [e for e in x.events if e.type in ("attack", "military_action")]
    assert len(violent) == 1
    assert iso(violent[0]) == "2024-06-10"


def test_a_relative_clause_of_place_places_the_killing_and_they_are_the_raiders(extract: Any) -> None:
    text = (
        "Jihadist fighters raided two hamlets near Menaka this week, residents said on Friday.\n"
        "The gunmen rode into a market on Tuesday and killed four traders, a local official said. "
        "On Wednesday they moved on to Anderamboukane, where three herders were shot dead and a "
        "grain store was burned."
    )
    x = extract(text, published="2024-11-22")
    wednesday = [e for e in x.events if iso(e) == "2024-11-20"]
    assert len(wednesday) == 1
    assert wednesday[0].type == "attack"  # the raiders', not a state's action
    assert wednesday[0].place is not None and wednesday[0].place.name == "Anderamboukane"


def test_a_figure_only_sentence_after_an_elaboration_continues_the_lead(extract: Any) -> None:
    text = (
        "Gunmen killed eight border guards at a post outside Diffa on Saturday, the interior "
        "ministry said on Sunday.\n"
        "The attackers opened fire from three pick-up trucks before burning a patrol car, a security "
        "source said. Five other guards were wounded and flown to a hospital in the capital."
    )
    x = extract(text, published="2024-07-14")
    assert [e.type for e in x.events] == ["attack"]  # the wounded's flight is no visit of the report's day
    (attack,) = x.events
    assert iso(attack) == "2024-07-13"
    assert attack.injured is not None and attack.injured.value == 5
    assert attack.killed is not None and attack.killed.value == 8


def test_a_clash_dated_by_its_report_takes_the_day_and_sector_its_start_is_told_with(extract: Any) -> None:
    text = (
        "Three militants were killed as the army foiled an infiltration attempt in Kishtwar district, "
        "officials said on Friday.\n"
        "Troops laid an ambush in the Gurez sector on Thursday night and challenged the intruders, "
        "who opened fire, an army spokesman said."
    )
    x = extract(text, published="2024-05-10")
    violent = [e for e in x.events if e.type in ("attack", "military_action")]
    assert len(violent) == 1
    assert iso(violent[0]) == "2024-05-09"
    assert violent[0].place is not None and violent[0].place.name == "Gurez"


def test_an_attack_told_as_before_a_security_action_stays_its_own(extract: Any) -> None:
    text = (
        "Soldiers killed three suspected jihadists during a sweep in the Dosso region on Monday, "
        "the army said.\n"
        "The insurgents had ambushed a gendarmerie post in the area, killing five gendarmes."
    )
    x = extract(text, published="2024-04-16")
    assert sorted(e.type for e in x.events if e.type in ("attack", "military_action")) == [
        "attack",
        "military_action",
    ]


def test_a_later_claim_of_it_after_an_arrest_is_the_older_bombing_s(extract: Any) -> None:
    text = (
        "Police on Monday arrested a man suspected of funding the bombing of a bus park in "
        "Jinja in April 2021 that killed five people.\n"
        "The Lakeside Liberation Front later claimed it."
    )
    (claim,) = events_of(extract(text, published="2025-03-04"), "claim")
    assert claim.date is not None and claim.date.iso.startswith("2021-04")


def test_a_claim_of_an_older_shooting_charged_over_takes_its_day_and_town(extract: Any) -> None:
    text = (
        "Prosecutors on Tuesday charged a woman over the shooting at a concert hall in Tampere on "
        "May 3, 2023, in which three people died.\n"
        "A jihadist group claimed the shooting in an online post soon afterwards."
    )
    x = extract(text, published="2025-04-15")
    (attack,) = events_of(x, "attack")
    assert iso(attack) == "2023-05-03"  # the charge's Tuesday is not the shooting's day
    (claim,) = events_of(x, "claim")
    assert iso(claim) == "2023-05-03"
    assert claim.place is not None and claim.place.name == "Tampere"


def test_a_plural_anaphor_after_two_older_raids_joins_neither_alone(extract: Any) -> None:
    text = (
        "Warplanes bombed a fuel depot in Taiz on January 4. A week later, warplanes struck a "
        "bridge near Qaflan on January 11. Officials say the raids killed at least 40 people."
    )
    actions = events_of(extract(text, published="2025-04-28"), "military_action")
    at_the_bridge = [e for e in actions if iso(e) == "2025-01-11"]
    assert len(at_the_bridge) == 1
    assert at_the_bridge[0].killed is None or at_the_bridge[0].killed.value != 40  # the toll spans both raids


def test_the_same_gunmen_striking_again_elsewhere_is_a_further_happening(extract: Any) -> None:
    text = (
        "Gunmen killed five villagers in Bungoma on Monday, police said.\n"
        "The gunmen also attacked a police station in Kisumu, wounding two officers."
    )
    attacks = events_of(extract(text, published="2024-05-08"), "attack")
    assert sorted(a.place.name for a in attacks if a.place is not None) == ["Bungoma", "Kisumu"]


def test_an_elaboration_keeps_the_lead_toll_over_another_source_s(extract: Any) -> None:
    text = (
        "Militants ambushed a minibus carrying soldiers in eastern Hama province on Friday, killing "
        "12 of them and wounding six, a war monitor said.\n"
        "The monitor said the attackers fired rockets at the minibus near the town of Salamiyah. "
        "The official news agency put the toll at 10 dead."
    )
    (attack,) = events_of(extract(text, published="2024-05-04"), "attack")
    assert attack.killed is not None and attack.killed.value == 12
    assert attack.place is not None and attack.place.name == "Salamiyah"


# --- summary leads: a lead that sums up several happenings told one by one after it


def _killed(event: Any) -> int | None:
    return event.killed.value if event.killed else None


def test_a_summary_lead_is_no_third_event_and_its_total_goes_to_no_part(extract: Any) -> None:
    text = (
        "Armed bandits killed 14 villagers in two raids in the Velor area this week, a local "
        "official said on Friday. On Tuesday night, the bandits stormed the hamlet of Quisa, "
        "killing nine people. In the second raid, on Thursday, gunmen shot dead five farmers "
        "near Orbeli."
    )
    attacks = events_of(extract(text, published="2025-02-14"), "attack")
    assert sorted((iso(a), _killed(a)) for a in attacks) == [("2025-02-11", 9), ("2025-02-13", 5)]


def test_a_series_told_in_the_passive_is_summed_up_by_its_parts(extract: Any) -> None:
    text = (
        "At least 20 people were killed in a series of attacks on farming settlements in the "
        "north this week. Gunmen shot dead twelve men in Tarbek on Monday. On Wednesday, eight "
        "more were killed when a bomb went off at a well near Usmani."
    )
    attacks = events_of(extract(text, published="2025-08-08"), "attack")
    assert sorted(_killed(a) or 0 for a in attacks) == [8, 12]
    assert all(_killed(a) != 20 for a in attacks)


def test_parts_dated_by_a_counted_offset_keep_their_own_days(extract: Any) -> None:
    text = (
        "Insurgents killed 11 soldiers in three ambushes in the east. On Saturday, fighters "
        "attacked a convoy near Dorvik, killing six. Two days later, a bomb killed three troops "
        "at a checkpoint in Ramsa. A day after that, two soldiers died in an ambush outside Kelto."
    )
    attacks = events_of(extract(text, published="2025-10-22"), "attack")
    days = sorted(iso(a) or "" for a in attacks)
    assert len(attacks) == 3 and days[0] == "2025-10-18"


def test_one_of_two_attacks_is_a_part_not_a_summary(extract: Any) -> None:
    text = (
        "Rebels shot dead four road workers near Lembaga on Friday, police said, in one of two "
        "attacks in the province that day. Hours later, gunmen set fire to a school in Torivo."
    )
    attacks = events_of(extract(text, published="2025-05-16"), "attack")
    assert len(attacks) == 2
    assert any(_killed(a) == 4 for a in attacks)


def test_a_summary_with_no_parts_told_stays_one_event(extract: Any) -> None:
    text = "Militants killed 10 people in twin bombings at a bus depot in Harnai on Sunday, police said."
    (attack,) = events_of(extract(text, published="2025-03-10"), "attack")
    assert _killed(attack) == 10 and iso(attack) == "2025-03-09"


def test_a_summary_with_one_part_retold_keeps_the_part_in_it(extract: Any) -> None:
    text = (
        "Gunmen killed seven people in two attacks on villages in Sokal district, officials said "
        "on Wednesday. The attackers, who came on motorbikes, torched houses in Maru village."
    )
    attacks = events_of(extract(text, published="2025-07-09"), "attack")
    assert len(attacks) == 1 and _killed(attacks[0]) == 7


# --- an older happening told after the lead never merges with it


def test_earlier_this_month_is_another_happening_even_in_the_same_province(extract: Any) -> None:
    text = (
        "Separatist fighters shot dead two surveyors in the early hours of Saturday in Kavara "
        "province, police said. The surveyors were attacked in their tents near the town of Olbe. "
        "Earlier this month, fighters killed a police officer in an ambush in Sanderi district."
    )
    attacks = events_of(extract(text, published="2025-06-14"), "attack")
    assert sorted(iso(a) or "" for a in attacks) == ["2025-06", "2025-06-14"]
    older = next(a for a in attacks if iso(a) == "2025-06")
    assert _killed(older) == 1


def test_an_older_happening_told_there_takes_the_scene_just_named(extract: Any) -> None:
    text = (
        "Militants stormed a police academy in Vareno late on Friday, killing seven cadets. "
        "It was not the first assault on the academy; in 2022, a car bomb killed 12 recruits there."
    )
    attacks = events_of(extract(text, published="2025-10-06"), "attack")
    older = next(a for a in attacks if iso(a) == "2022")
    assert older.place is not None and older.place.name == "Vareno"
    assert older.killed is not None and older.killed.value == 12


def test_two_older_attacks_recalled_one_by_month_then_one_by_year_stay_apart(extract: Any) -> None:
    text = (
        "Gunmen killed eight guards at a border post near Mokolo in Cameroon's Far North region on "
        "Sunday. It was the deadliest attack in the region since October, when militants killed 11 "
        "soldiers in a raid on a barracks in the same region. The group also claimed last year's "
        "bombing of a customs office in the town of Kousseri, in which three people died."
    )
    attacks = events_of(extract(text, published="2025-02-10"), "attack")
    dates = sorted(iso(a) or "" for a in attacks)
    assert dates == ["2024", "2024-10", "2025-02-09"]


def test_an_older_killing_told_by_year_then_by_month_is_one(extract: Any) -> None:
    text = (
        "The two countries recalled their envoys on Tuesday over the 2022 killing of an exiled "
        "activist in Lorvia province. He was shot dead outside his home in the town of Brask in "
        "May 2022."
    )
    older = [a for a in events_of(extract(text, published="2024-11-12"), "attack") if (iso(a) or "") < "2024"]
    assert len(older) == 1


def test_the_same_district_is_the_last_attacks_not_a_strike_told_between(extract: Any) -> None:
    text = (
        "Militants killed six soldiers at a checkpoint near the town of Harib in Marwa province "
        "on Sunday. In a separate incident, a drone strike killed two men in Kobran province. "
        "In June, militants killed nine soldiers at a post in the same province."
    )
    attacks = events_of(extract(text, published="2025-09-02"), "attack")
    june = next(a for a in attacks if iso(a) == "2025-06")
    assert june.place is None or june.place.name != "Kobran"


def test_victims_told_with_their_own_day_join_a_happening_dated_by_its_report(extract: Any) -> None:
    text = (
        "Rebels killed four border guards near the Selo crossing, the interior ministry said on "
        "Friday. The guards were attacked late on Wednesday as they patrolled the river bank."
    )
    events = extract(text, published="2025-03-14").events
    violent = [e for e in events if e.type in ("attack", "military_action")]
    assert len(violent) == 1
    assert violent[0].type == "attack" and iso(violent[0]) == "2025-03-12"


def test_an_incident_told_as_separate_stays_apart_even_in_the_same_town_and_day(extract: Any) -> None:
    text = (
        "A truck bomb killed 14 people outside a bank in Merov on Thursday. In a separate incident "
        "on Thursday, gunmen shot dead a judge in Merov."
    )
    attacks = events_of(extract(text, published="2025-05-09"), "attack")
    assert sorted(_killed(a) or 0 for a in attacks) == [1, 14]


def test_a_meanwhile_opening_tells_another_incident_in_another_province(extract: Any) -> None:
    text = (
        "Bandits killed seven herders near the village of Ulto on Sunday. Meanwhile, in Garsa "
        "province, a roadside bomb killed three policemen."
    )
    attacks = events_of(extract(text, published="2025-05-12"), "attack")
    assert sorted(_killed(a) or 0 for a in attacks) == [3, 7]


def test_also_on_the_same_day_opens_another_incident(extract: Any) -> None:
    text = (
        "Militants killed five miners in Delbar on Tuesday. Also on Tuesday, a bomb killed two "
        "soldiers in the same town."
    )
    attacks = events_of(extract(text, published="2025-05-14"), "attack")
    assert sorted(_killed(a) or 0 for a in attacks) == [2, 5]


def test_a_retelling_names_the_village_of_a_raid_the_lead_placed_in_a_region(extract: Any) -> None:
    text = (
        "Five herders were killed when armed men raided a settlement in Cameroon's Adamawa region "
        "late on Friday, officials said. The assailants, who came on horseback, entered the hamlet "
        "of Wokabi around midnight and opened fire on families sleeping outside."
    )
    (attack,) = events_of(extract(text, published="2025-09-15"), "attack")
    assert attack.place is not None and attack.place.name == "Wokabi"


def test_a_retelling_that_names_two_towns_does_not_place_a_spread_attack(extract: Any) -> None:
    text = (
        "Gunmen attacked police posts and a church in the Kelvar region on Sunday, killing nine "
        "officers. The coordinated assaults began in the town of Orsk and spread to Delmi."
    )
    attacks = events_of(extract(text, published="2025-09-15"), "attack")
    assert len(attacks) == 1
    assert attacks[0].place is None or attacks[0].place.name not in ("Orsk", "Delmi")


def test_the_operation_retold_by_its_own_word_is_one_action(extract: Any) -> None:
    text = (
        "Troops killed nine insurgents in an operation in the Sarvi hills, the army said on Monday. "
        "The operation followed Friday's ambush of a supply convoy that killed four soldiers."
    )
    events = extract(text, published="2025-11-03").events
    actions = [e for e in events if e.type == "military_action"]
    assert len(actions) == 1 and actions[0].killed is not None and actions[0].killed.value == 9
    (ambush,) = events_of(extract(text, published="2025-11-03"), "attack")
    assert iso(ambush) == "2025-10-31"


def test_a_time_opening_may_still_retell_the_happening_named_before(extract: Any) -> None:
    text = (
        "Police on Thursday detained four men over last week's raid on a bank in Pradel. Last week, "
        "gunmen killed two guards at the bank in Pradel."
    )
    attacks = events_of(extract(text, published="2025-06-19"), "attack")
    assert len(attacks) == 1 and _killed(attacks[0]) == 2


def test_a_previously_told_attack_is_an_undated_older_one_not_the_lead(extract: Any) -> None:
    text = (
        "Rebels overran a police post in Darnek on Saturday, killing four officers. The same rebels "
        "previously attacked the post in a raid that killed nine recruits."
    )
    attacks = events_of(extract(text, published="2025-08-11"), "attack")
    assert sorted(_killed(a) or 0 for a in attacks) == [4, 9]
    older = next(a for a in attacks if _killed(a) == 9)
    assert older.date is None


def test_older_attacks_opened_by_a_time_are_no_parts_of_a_summary_lead(extract: Any) -> None:
    text = (
        "Insurgents killed 13 soldiers in two ambushes in Kesh province on Tuesday, the army said. "
        "Last week, insurgents killed six policemen in the same province. Earlier this month, a "
        "bomb killed two soldiers near Varda."
    )
    attacks = events_of(extract(text, published="2025-07-17"), "attack")
    assert sorted(_killed(a) or 0 for a in attacks) == [2, 6, 13]


def test_a_retelling_between_a_summary_and_its_parts_makes_no_event_of_its_own(extract: Any) -> None:
    text = (
        "Raiders killed 11 herders in two attacks in the Tamsa hills this week, an official said on "
        "Thursday. The raiders came on horseback and drove off hundreds of cattle. On Monday, they "
        "shot dead seven herders near Ulbi. In the second attack, on Wednesday, four herders were "
        "killed at a well outside Morsa."
    )
    attacks = events_of(extract(text, published="2025-08-14"), "attack")
    assert sorted(_killed(a) or 0 for a in attacks) == [4, 7]


def test_a_toll_whose_when_clause_tells_a_strike_is_that_strike(extract: Any) -> None:
    text = (
        "At least 14 villagers were killed and dozens hurt when a military jet bombed a livestock fair "
        "in the town of Wardabo on Friday, elders told reporters. "
        "The air force said it had hit a rebel camp."
    )
    result = extract(text, published="2025-03-16")
    assert events_of(result, "attack") == []
    (strike,) = events_of(result, "military_action")
    assert iso(strike) == "2025-03-14"


def test_a_toll_with_a_when_clause_on_the_same_attack_stays_one_attack(extract: Any) -> None:
    text = (
        "Nine pilgrims were killed in the village of Soroko when gunmen opened fire on their bus "
        "on Tuesday, police said."
    )
    (attack,) = events_of(extract(text, published="2025-05-08"), "attack")
    assert iso(attack) == "2025-05-06"


def test_a_reported_toll_and_an_overnight_raid_of_one_sentence_are_one_attack(extract: Any) -> None:
    text = (
        "Eleven police officers were killed and 20 wounded in an overnight raid by insurgents on a "
        "checkpoint outside Kembara, the interior ministry said on Saturday. "
        "The governor visited the wounded in hospital."
    )
    (attack,) = events_of(extract(text, published="2025-08-19"), "attack")
    assert iso(attack) == "2025-08-16"  # not the day of publication


def test_a_dated_retelling_near_an_unknown_spot_joins_a_lead_placed_in_a_regency(extract: Any) -> None:
    text = (
        "Insurgents killed at least eight loggers in an attack on a forest camp in Tambrauwo regency, "
        "the police said on Wednesday. "
        "The attack took place on Monday morning near the Kelowe river, "
        "military spokesman Major Arno Tebay said."
    )
    (attack,) = events_of(extract(text, published="2025-09-11"), "attack")
    assert iso(attack) == "2025-09-08"


def test_the_same_regency_is_the_division_named_with_that_noun(extract: Any) -> None:
    text = (
        "Gunmen killed six road workers in Tambrauwo regency in the highlands region of Westmark "
        "on Tuesday, police said. In May 2023, rebels killed four teachers in the same regency."
    )
    older = [a for a in events_of(extract(text, published="2025-09-11"), "attack") if iso(a) == "2023-05"]
    assert len(older) == 1 and older[0].place is not None and older[0].place.name == "Tambrauwo"


def test_deadliest_since_a_month_last_year_when_recalls_that_older_attack(extract: Any) -> None:
    text = (
        "Gunmen killed seven border guards near Qalvan on Sunday. "
        "Sunday's attack was the deadliest in the region since August last year, when gunmen killed "
        "nine soldiers in an ambush in Sarbaz county."
    )
    attacks = events_of(extract(text, published="2025-06-10"), "attack")
    assert sorted(iso(a) or "" for a in attacks) == ["2024-08", "2025-06-08"]


def test_a_passive_toll_in_a_when_clause_after_last_year_is_an_older_attack(extract: Any) -> None:
    text = (
        "A gang killed 40 villagers in Bois-Tambour on Friday. The Bois-Tambour massacre is the deadliest "
        "in the country since March last year, when more than 60 people, most of them fishermen, were "
        "killed by a gang in the harbour area of Port-Lumiere."
    )
    attacks = events_of(extract(text, published="2025-06-10"), "attack")
    assert "2024-03" in {iso(a) for a in attacks}
    assert "2025-06-06" in {iso(a) for a in attacks}


def test_the_attackers_fleeing_after_a_firefight_adds_no_military_action(extract: Any) -> None:
    text = (
        "Gunmen attacked a border post near Kalgan on Tuesday, killing four guards, officials said. "
        "The attackers escaped into the hills after a firefight that lasted three hours, a police "
        "commander said."
    )
    result = extract(text, published="2025-06-12")
    assert events_of(result, "military_action") == []
    (attack,) = events_of(result, "attack")
    assert iso(attack) == "2025-06-10"


def test_a_gun_battle_in_the_sentence_of_an_attack_is_that_attack(extract: Any) -> None:
    text = (
        "Insurgents stormed a police station in Merkin on Sunday, killing three officers. "
        "The raiders opened fire from a rooftop and withdrew after a gun battle that lasted an hour."
    )
    assert events_of(extract(text, published="2025-06-12"), "military_action") == []


def test_troops_in_a_gun_battle_of_their_own_stay_a_military_action(extract: Any) -> None:
    text = (
        "Gunmen attacked a border post near Kalgan on Tuesday, killing four guards. "
        "On Thursday, soldiers killed six militants in a gun battle near Morvan."
    )
    assert len(events_of(extract(text, published="2025-06-14"), "military_action")) == 1


def test_a_count_back_from_that_goes_on_from_the_older_happening(extract: Any) -> None:
    text = (
        "Masked men shot dead three shopkeepers in a market in Ventana on Friday. "
        "The attack came a week after a shooting at a bar in Olmedo in which five men were killed. "
        "Two days before that, gunmen had burned a delivery truck outside Quebrada, killing its driver."
    )
    attacks = events_of(extract(text, published="2025-03-12"), "attack")
    by_day = {iso(a): a for a in attacks}
    assert set(by_day) == {"2025-03-07", "2025-02-28", "2025-02-26"}
    assert by_day["2025-02-28"].killed is not None and by_day["2025-02-28"].killed.value == 5
    assert by_day["2025-03-07"].killed is not None and by_day["2025-03-07"].killed.value == 3


def test_three_days_after_that_counts_from_the_happening_told_last(extract: Any) -> None:
    text = (
        "Rebels ambushed a supply convoy near Kerebe on Friday, killing seven drivers. "
        "Last month's bombing of a bus station in Lodoma killed 14 people. "
        "Three days after that, gunmen burned a clinic in Marsa, killing a nurse."
    )
    attacks = events_of(extract(text, published="2024-10-02"), "attack")
    assert sorted(iso(a) or "" for a in attacks) == ["2024-09", "2024-09", "2024-09-27"]


def test_a_clause_on_an_older_attack_noun_keeps_its_toll_apart_from_the_lead(extract: Any) -> None:
    text = (
        "Bandits killed four farmers in Dakoro on Monday. The killings came days after a raid on a "
        "cattle market in Tessa, in which eleven herders died, officials said."
    )
    attacks = events_of(extract(text, published="2025-04-09"), "attack")
    lead = next(a for a in attacks if a.place is not None and a.place.name == "Dakoro")
    assert lead.killed is not None and lead.killed.value == 4


def test_hours_after_a_shooting_a_raid_takes_the_shooting_day_not_the_report_day(extract: Any) -> None:
    text = (
        "A gunman opened fire on a police post near Kafr Dan on Saturday, wounding two officers. "
        "Hours after the shooting, troops raided Kafr Dan and detained five men, the army said on Monday. "
        "On Friday, a driver rammed a crowd at a bus stop in Ramot Hadar, injuring four people."
    )
    result = extract(text, published="2025-03-03")
    (raid,) = events_of(result, "military_action")
    assert iso(raid) == "2025-03-01"
    attacks = events_of(result, "attack")
    assert sorted(iso(a) or "" for a in attacks) == ["2025-02-28", "2025-03-01"]


def test_a_quote_the_next_sentence_gives_to_the_same_speaker_is_one_statement(extract: Any) -> None:
    text = (
        "Gunmen killed three customs officers near Birni Kebbe on Sunday. "
        "Finance Minister Sani Maikudi said on Monday that the border post would be rebuilt. "
        '"We will not abandon the frontier to criminals," he said.'
    )
    statements = events_of(extract(text, published="2025-02-04"), "statement")
    assert len(statements) == 1
    assert iso(statements[0]) == "2025-02-03"


def test_a_quote_added_by_a_pronoun_in_a_news_style_joins_the_speech_before(extract: Any) -> None:
    text = (
        "Police chief Ana Kovalenko condemned the bombing of a rail depot in Stavna on Friday and "
        "promised more patrols. \u201cThose responsible will face justice,\u201d she told reporters."
    )
    statements = events_of(extract(text, published="2024-09-14"), "statement")
    assert len(statements) == 1


def test_another_speaker_quoted_next_stays_a_statement_of_its_own(extract: Any) -> None:
    text = (
        "Bandits abducted 40 pupils from a school in Kafur on Monday. "
        "Governor Idris Bawa vowed on Tuesday to hunt down the kidnappers. "
        "Opposition leader Halima Tanko accused the government of failing the children. "
        '"Those who ordered this will pay," Tanko said.'
    )
    statements = events_of(extract(text, published="2025-05-07"), "statement")
    speakers = {a for s in statements for a in s.actors}
    assert {"Idris Bawa", "Halima Tanko"} <= speakers


def test_a_quote_told_on_another_day_stays_apart(extract: Any) -> None:
    text = (
        "Militants overran an army camp in Gubio on Sunday, killing nine soldiers. "
        "Army spokesman Olu Fashe vowed on Monday to punish the attackers. "
        '"Whoever raises a gun against our troops will pay with his life," he warned on Wednesday.'
    )
    statements = events_of(extract(text, published="2025-05-08"), "statement")
    assert sorted(iso(s) or "" for s in statements) == ["2025-05-05", "2025-05-07"]


def _draft(kind: str, token: Any) -> Any:
    from nexus.extract.events import EventDraft

    return EventDraft(type=kind, trigger=token, sent=token.sent, mentions=[token])


def test_a_participle_toll_of_a_shelling_is_no_attack_of_its_own(nlp: Any) -> None:
    from nexus.extract.coreference import _tolls_of_actions

    doc = nlp("On Saturday, army tanks shelled the outskirts of Hasra, killing two boys.")
    shelled = next(t for t in doc if t.lower_ == "shelled")
    killing = next(t for t in doc if t.lower_ == "killing")
    events = [_draft("military_action", shelled), _draft("attack", killing)]
    _tolls_of_actions(events)
    assert [e.type for e in events] == ["military_action"]
    assert [t.lower_ for t in events[0].mentions] == ["shelled", "killing"]


def test_a_participle_of_an_attack_verb_stays_with_the_attack(nlp: Any) -> None:
    from nexus.extract.coreference import _tolls_of_actions

    doc = nlp("Gunmen stormed a market in Odda, killing nine, and troops later raided a hideout nearby.")
    stormed = next(t for t in doc if t.lower_ == "stormed")
    killing = next(t for t in doc if t.lower_ == "killing")
    raided = next(t for t in doc if t.lower_ == "raided")
    events = [_draft("attack", killing), _draft("military_action", raided)]
    assert killing.head.i == stormed.i
    _tolls_of_actions(events)
    assert [e.type for e in events] == ["attack", "military_action"]


def test_a_when_clause_of_a_toll_is_the_same_shooting_whatever_places_each_names(nlp: Any) -> None:
    from nexus.extract.entities import EntityCluster
    from nexus.extract.events import _merge_in_sentence

    doc = nlp("Six people were shot dead and two others wounded when gunmen opened fire at a bar in Lomas.")
    shot = next(t for t in doc if t.lower_ == "shot")
    opened = next(t for t in doc if t.lower_ == "opened")
    first, second = _draft("attack", shot), _draft("attack", opened)
    first.places = [EntityCluster(type="PLACE", subtype="city")]
    second.places = second.own_places = [EntityCluster(type="PLACE", subtype="city")]
    merged = _merge_in_sentence([first, second])
    assert len(merged) == 1
    assert {t.lower_ for t in merged[0].mentions} == {"shot", "opened"}


def test_a_when_clause_dated_elsewhere_in_a_sentence_of_two_shootings_stays_apart(nlp: Any) -> None:
    from nexus.extract.events import _merge_in_sentence

    doc = nlp("Police shot dead two robbers, a week after gunmen opened fire on a bus in Lomas.")
    shot = next(t for t in doc if t.lower_ == "shot")
    opened = next(t for t in doc if t.lower_ == "opened")
    assert not any(c.lower_ == "when" for c in opened.children)
    first, second = _draft("military_action", shot), _draft("attack", opened)
    assert len(_merge_in_sentence([first, second])) == 2


def test_the_town_shooting_names_the_shooting_there_not_the_last_one_told(extract: Any) -> None:
    text = (
        "A gunman opened fire at a checkpoint near Azzun on Sunday, wounding two soldiers. "
        "A day earlier, a guard was stabbed and lightly hurt outside a settlement; the assailant fled. "
        "A local militia praised the Azzun shooting but did not say whether its members took part."
    )
    attacks = events_of(extract(text, published="2025-02-10"), "attack")
    assert sorted(iso(a) or "" for a in attacks) == ["2025-02-08", "2025-02-09"]
    stabbing = next(a for a in attacks if iso(a) == "2025-02-08")
    assert stabbing.place is None or stabbing.place.name != "Azzun"


def test_captives_freed_after_a_raid_are_freed_by_that_raid(extract: Any) -> None:
    text = (
        "Police commandos raided a farmhouse near Kindia on Tuesday, killing two kidnappers. "
        "Four abducted traders were freed."
    )
    (raid,) = events_of(extract(text, published="2025-11-06"), "military_action")
    assert raid.killed is not None and raid.killed.value == 2


def test_a_rescue_with_a_day_and_a_place_of_its_own_stays_apart(extract: Any) -> None:
    text = (
        "Troops raided a militant hideout in Kolwezi on Monday, killing four fighters. "
        "On Wednesday, police freed two kidnapped engineers in Likasi."
    )
    actions = events_of(extract(text, published="2025-11-06"), "military_action")
    assert len(actions) == 2


def test_what_was_done_during_the_operation_is_that_operation(extract: Any) -> None:
    text = (
        "Soldiers mounted an operation in the hills around Djugu on Thursday after a night of looting. "
        "During the operation, nine militiamen were sent to hell."
    )
    (operation,) = events_of(extract(text, published="2025-11-04"), "military_action")
    assert operation.killed is not None and operation.killed.value == 9
    assert operation.place is not None and operation.place.name == "Djugu"


def test_the_attack_named_in_an_opening_frame_keeps_its_own_place(extract: Any) -> None:
    text = (
        "Gunmen killed three police officers at a checkpoint near Izberbash on Sunday. "
        "Three days after the attack, police arrested two men in Buynaksk."
    )
    ext = extract(text, published="2025-10-21")
    (attack,) = events_of(ext, "attack")
    assert attack.place is not None and attack.place.name == "Izberbash"
    (arrest,) = events_of(ext, "military_action")
    assert iso(arrest) == "2025-10-22"


def test_a_standfirsts_rescue_without_day_or_place_is_the_leads_raid(extract: Any) -> None:
    text = (
        "Commandos free nine hostages held in a clinic\n\n"
        "Special forces freed nine hostages after a night-long stand-off\n\n"
        "Special forces stormed a clinic in Mahdia at dawn on Monday, killing two gunmen who had held "
        "nine patients and nurses hostage since Sunday evening, the ministry said.\n\n"
        "All nine hostages were freed unharmed, the ministry said."
    )
    actions = events_of(extract(text, published="2025-11-04"), "military_action")
    assert len(actions) == 1
    assert iso(actions[0]) == "2025-11-03"


def test_a_speakers_list_of_verbs_is_one_statement_even_when_misparsed(extract: Any) -> None:
    text = (
        "Governor Ada Okafor condemned the raid, vowed to hunt down the gunmen and urged residents "
        "to stay calm."
    )
    statements = events_of(extract(text, published="2024-06-25"), "statement")
    assert len(statements) == 1


def test_a_town_on_the_shore_places_a_happening_first_placed_on_the_lake(extract: Any) -> None:
    text = (
        "Officials said on Thursday that eleven fishermen had been killed by insurgents on Lake Chad. "
        "The gunmen attacked their camp near Marte on Tuesday night."
    )
    (attack,) = events_of(extract(text, published="2024-02-09"), "attack")
    assert attack.place is not None and attack.place.name == "Marte"
    assert iso(attack) == "2024-02-06"


def test_an_arrest_at_the_scene_takes_the_day_and_place_of_the_happening_before(extract: Any) -> None:
    text = (
        "Gunmen killed four guards at a depot near Khasavyurt on Saturday. Troops cornered the attackers "
        "in a house in Kizlyar on Sunday and shot two of them dead in a firefight. "
        "Their driver was detained at the scene."
    )
    actions = events_of(extract(text, published="2025-10-21"), "military_action")
    arrests = [a for a in actions if a.trigger.startswith("detain")]
    assert arrests and iso(arrests[0]) == "2025-10-19"
    assert arrests[0].place is not None and arrests[0].place.name == "Kizlyar"


def test_a_raid_on_the_building_the_next_day_is_placed_at_the_seized_site(extract: Any) -> None:
    text = (
        "Militants seized a school in Bobo-Dioulasso on Monday, holding 40 pupils. "
        "The standoff ended the next day when police stormed the building."
    )
    ext = extract(text, published="2025-10-23")
    (attack,) = events_of(ext, "attack")
    (raid,) = events_of(ext, "military_action")
    assert iso(attack) == "2025-10-20" and iso(raid) == "2025-10-21"
    assert raid.place is not None and raid.place.name == "Bobo-Dioulasso"


def test_a_frame_naming_another_places_attack_keeps_it_apart(extract: Any) -> None:
    text = (
        "Gunmen killed five traders in Herat on Sunday. "
        "A day after the attack in Kabul, police arrested two men in Kandahar."
    )
    attacks = events_of(extract(text, published="2025-10-21"), "attack")
    assert sorted(a.place.name for a in attacks if a.place is not None) == ["Herat", "Kabul"]


def test_a_toll_told_by_its_report_day_takes_the_day_the_anaphor_hit_on(extract: Any) -> None:
    text = (
        "The death toll from a drone strike on a village market in Oromia has risen to at least 17, "
        "residents said on Wednesday, after four of the wounded died in hospital.\n\n"
        "The strike hit the weekly market at Gindeberet shortly before noon on Monday, when hundreds "
        "of people had gathered. Residents said 13 people were killed on the spot and 25 were injured."
    )
    result = extract(text, published="2025-08-06")
    violent = [e for e in result.events if e.type in ("attack", "military_action")]
    assert len(violent) == 1
    assert iso(violent[0]) == "2025-08-04"
    assert violent[0].killed is not None and violent[0].killed.value == 17


def test_a_blast_tearing_through_a_site_on_its_day_dates_the_blast(extract: Any) -> None:
    text = (
        "Police said on Sunday that 12 people had died in a bombing in Quetta. The blast tore "
        "through a crowded bus terminal on Friday evening."
    )
    attacks = events_of(extract(text, published="2024-11-10"), "attack")
    assert [iso(a) for a in attacks] == ["2024-11-08"]


def test_a_toll_after_an_incident_opened_as_separate_stays_apart(extract: Any) -> None:
    text = (
        "A suicide bomber struck a checkpoint in Khost on Monday, killing four soldiers. "
        "In a separate incident, three people were killed in Paktia province."
    )
    attacks = events_of(extract(text, published="2024-11-12"), "attack")
    assert len(attacks) == 2


def test_a_suspect_killed_right_after_a_raid_is_the_raids_toll(extract: Any) -> None:
    text = (
        "Before dawn on Tuesday, counter-terrorism police raided a farmhouse near Mardan and arrested "
        "three men accused of building the bomb, a spokesman said. A fourth suspect was killed after "
        "opening fire on the officers."
    )
    ext = extract(text, published="2025-05-14")
    actions = events_of(ext, "military_action")
    assert not events_of(ext, "attack")
    assert len(actions) == 1 and actions[0].killed is not None and actions[0].killed.value == 1


def test_a_standfirst_placing_the_attack_in_its_commune_joins_the_town_in_that_commune(extract: Any) -> None:
    text = (
        "Police post attacked in Kouande\n\n"
        "Gunmen on motorbikes stormed the police station in the commune of Kouande on Thursday night. "
        "The group JNIM has claimed the attack.\n\n"
        "Two police officers were killed when gunmen attacked the police station at Kemba, in the "
        "commune of Kouande (Atacora department), on Thursday night, officials said."
    )
    attacks = [e for e in extract(text, published="2025-11-08").events if e.type == "attack"]
    assert [(a.place.name if a.place else None) for a in attacks] == ["Kemba"]


def test_a_month_of_that_year_dates_a_background_happening_to_its_month(extract: Any) -> None:
    text = (
        "Separatists blew up a rail bridge near Kandahar in 2018, killing three guards. "
        "In August that year, a suicide bomber killed six worshippers at a mosque in Herat."
    )
    attacks = events_of(extract(text, published="2025-03-11"), "attack")
    herat = [a for a in attacks if a.place is not None and a.place.name == "Herat"]
    assert [iso(a) for a in herat] == ["2018-08"]


def test_days_earlier_on_a_raid_noun_count_from_the_happening_told_before(extract: Any) -> None:
    text = (
        "An air strike killed a rebel commander in Maiduguri on Friday, officials said. "
        "It came after a raid six days earlier in which soldiers killed four gunmen in Damboa."
    )
    events = extract(text, published="2025-05-20").events
    damboa = [e for e in events if e.place is not None and e.place.name == "Damboa"]
    assert [iso(e) for e in damboa] == ["2025-05-10"]  # Friday the 16th, six days before


def test_a_claim_days_later_counts_from_the_older_attacks_it_claims(extract: Any) -> None:
    text = (
        "On March 9, 2022, gunmen set off two bombs at a bus station in Peshawar, killing nine people. "
        "The Tahrir Brigade claimed those bombings three days later."
    )
    (claim,) = events_of(extract(text, published="2025-06-02"), "claim")
    assert iso(claim) == "2022-03-12"


def test_a_toll_announced_later_takes_the_day_of_the_raid_the_next_sentence_tells(extract: Any) -> None:
    text = (
        "The regional governor announced on Friday that 11 herders had been killed in an attack "
        "in the north of the country. According to witnesses, gunmen stormed the cattle market "
        "at Maradi on Tuesday night."
    )
    (attack,) = events_of(extract(text, published="2025-07-19"), "attack")
    assert iso(attack) == "2025-07-15"


def test_an_undated_sentence_after_a_background_one_goes_on_with_the_older_story(extract: Any) -> None:
    text = (
        "Militants killed two herders near Orvik on Monday, police said.\n"
        "In March 2021, gunmen stormed the central prison in Tessaly. Forty guards were killed "
        "before troops retook the building."
    )
    extraction = extract(text, published="2025-06-11")
    assert [iso(a) for a in events_of(extraction, "military_action")] == ["2021-03"]  # the retaking
    assert sorted(iso(a) or "" for a in events_of(extraction, "attack")) == ["2021-03", "2025-06-09"]


def test_a_count_of_days_after_a_recalled_claim_counts_from_the_older_attack(extract: Any) -> None:
    text = (
        "Police arrested two men in Vell on Tuesday over a plot against a concert.\n"
        "On May 3, 2019, a gunman killed four people at a market in Vell. The Islamic State later "
        "claimed the attack. The gunman was shot dead by police two days later after a manhunt."
    )
    actions = events_of(extract(text, published="2025-06-11"), "military_action")
    assert "2019-05-05" in [iso(a) for a in actions]


def test_a_happening_an_anaphor_is_counted_from_is_told_apart(nlp: Any) -> None:
    from nexus.extract.coreference import _counted_from_a_named_one

    doc = nlp(
        "The raid came two days after a gunman opened fire at a bus stop near Orrin. "
        "The governor spoke two days after a gunman opened fire at a bus stop near Orrin."
    )
    opened = [t for t in doc if t.text == "opened"]
    assert [_counted_from_a_named_one(t) for t in opened] == [True, False]


def test_a_definite_noun_in_an_opening_after_frame_refers_back(extract: Any) -> None:
    # the frame's "the raid" names the attack just told; the army's operation is the only military action
    text = (
        "Gunmen attacked a police post in Ramban district late on Friday, killing five officers, "
        "police said. "
        "Hours after the raid, Indian security forces launched an operation in the Thanamandi area of "
        "Ramban and killed six militants, the army said on Saturday."
    )
    extraction = extract(text, published="2024-06-09")
    actions = events_of(extraction, "military_action")
    assert len(actions) == 1
    assert actions[0].killed is not None and actions[0].killed.value == 6


def test_an_air_strike_with_its_own_day_and_place_is_not_the_siege_told_before(extract: Any) -> None:
    text = (
        "Gunmen stormed a guesthouse in Garowe on Thursday evening, killing nine people, officials said. "
        "Police ended the siege after four hours, killing two of the gunmen. "
        "The attackers had arrived in two pick-up trucks, witnesses said. "
        "In the far north, the US military said an air strike on Wednesday in the Golis mountains of Sanaag "
        "region killed five fighters of a militant cell."
    )
    actions = events_of(extract(text, published="2025-05-10"), "military_action")
    kills = sorted(a.killed.value for a in actions if a.killed is not None)
    assert 5 in kills
    assert len(actions) == 2
