"""Trigger faults of session 7: off-topic senses of violent and diplomatic words, reported plans
on matters other than security, phrasal triggers missed before and undone mentions.

Each test is a variant written for the kind (other names, places and wording than the reports
it was found in).
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.triggers import find_triggers, market_move, ruled_out, security_matter


def types(nlp: Language, text: str) -> list[str]:
    """Event types of the actual triggers of a text, in order."""
    return [etype for sent in nlp(text).sents for _, etype in find_triggers(sent)]


def triggers(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.text, etype) for sent in nlp(text).sents for t, etype in find_triggers(sent)]


# --- off-topic senses: charts, films, markets, sport, medicine, work stoppages ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Her debut single shot to the top of the streaming charts last week.",
        "The home defence was shot to pieces after the break.",
        "The actress was shot in black and white for a magazine cover.",
        "The supermarket chain is targeting budget shoppers with a new own-brand range.",
        "The new drug targets a protein found in aggressive tumours.",
        "The central bank targets inflation of three per cent.",
        "White blood cells attack the bacteria within hours.",
        "The remake bombed at the box office in its first weekend.",
        "The comedian killed it at the Dundee festival, selling out four nights.",
        "Fans stormed the ticket website within minutes of the sale opening.",
        "The club fired its head coach on Sunday after a fifth straight defeat.",
        "Firefighters rescued a dog trapped in a drain in Leeds on Tuesday.",
        "The probe captured images of the comet's tail.",
        "The striker killed off the contest with a second goal.",
    ],
)
def test_off_topic_senses_of_violent_words_are_no_events(nlp: Language, text: str) -> None:
    assert types(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A 48-hour strike by port workers stopped shipments on Thursday.",
        "Cabin crew at the airline staged a strike over pay on Monday.",
        "Air traffic control strikes grounded flights across Spain on Friday.",
        "The nurses' union launched a strike over staffing levels on Monday.",
    ],
)
def test_work_stoppages_are_no_military_strikes(nlp: Language, text: str) -> None:
    assert "military_action" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A gas leak explosion tore through a bakery in Porto on Friday, killing two people.",
        "An explosion caused by a faulty boiler killed three workers at a textile mill.",
        "A coal mine explosion trapped 20 miners in Zonguldak on Monday.",
        "A minibus plunged into a ravine near Kandy, killing 14 passengers.",
        "The cyclone killed 12 people along the coast on Sunday.",
        "Lightning struck a group of herders sheltering under a tree near Mbale, killing four of them.",
    ],
)
def test_accidents_and_weather_are_no_attacks(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert "attack" not in found
    assert "military_action" not in found


def test_a_rocket_crashing_into_a_house_is_still_an_attack(nlp: Language) -> None:
    text = "A rocket fired from the hills crashed into a house in Sirte, killing a woman."
    assert "attack" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Nikkei closed 1.2 per cent higher on Friday.",
        "Shares in the miner shot up 9% after the results.",
        "The rand closed down 40 cents against the dollar.",
    ],
)
def test_a_price_move_is_no_event(nlp: Language, text: str) -> None:
    assert types(nlp, text) == []
    doc = nlp(text)
    assert any(market_move(t) for t in doc if t.pos_ == "VERB")


def test_shooting_down_jets_is_no_price_move(nlp: Language) -> None:
    doc = nlp("The air force shot down four drones near the border.")
    assert not any(market_move(t) for t in doc)
    assert types(nlp, "The air force shot down four drones near the border.")


def test_a_game_report_gives_no_attack(nlp: Language) -> None:
    assert types(nlp, "The visitors' attack looked blunt until the striker's late goal.") == []


def test_a_gunman_at_a_game_is_still_an_attack(nlp: Language) -> None:
    text = "A gunman opened fire on supporters after the derby in Elbasan, killing two people."
    assert "attack" in types(nlp, text)


def test_a_simile_is_no_bombing(nlp: Language) -> None:
    text = "The manager described the result as a bomb going off in the squad and promised a reaction."
    assert types(nlp, text) == []


def test_criticism_is_no_gunfire(nlp: Language) -> None:
    assert types(nlp, "The mayor came under fire from opposition councillors over the parking fees.") == []


def test_the_learned_gate_rules_out_off_topic_words(nlp: Language) -> None:
    doc = nlp("Tram drivers in Graz ended their strike after the operator raised wages.")
    strike = next(t for t in doc if t.lower_ == "strike")
    assert ruled_out(strike, "rally")
    assert ruled_out(strike, "military_action")
    doc = nlp("A new leisure centre opened on Monday after a long campaign.")
    opened = next(t for t in doc if t.lower_ == "opened")
    assert ruled_out(opened, "attack")


# --- reported plans and positions: a statement is about security -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The tourism minister said the country would host three more film festivals next year.",
        "Lumara Airways said it would open routes to Accra and Lome in the autumn.",
        "The energy minister said in a statement that fuel prices would fall next month.",
        "The party's manifesto pledges free school meals and a cut in income tax.",
        "Teachers at the academy voted to strike over workloads, threatening the exam season.",
    ],
)
def test_plans_off_the_subject_of_security_are_no_statements(nlp: Language, text: str) -> None:
    assert "statement" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister said the army would stay in the border districts until the rebels disarmed.",
        "The police chief said officers would hunt down those behind the shooting.",
        "The interior ministry blamed a rival clan for the looting of the depot.",
    ],
)
def test_positions_on_security_stay_statements(nlp: Language, text: str) -> None:
    assert "statement" in types(nlp, text)


def test_a_security_word_in_a_simile_does_not_make_a_statement(nlp: Language) -> None:
    doc = nlp("The skipper described the loss as a bomb going off, but vowed to bounce back.")
    vowed = next(t for t in doc if t.lower_ == "vowed")
    assert not security_matter(vowed)


# --- phrasal triggers -------------------------------------------------------------------------


def test_setting_off_a_bomb_is_an_attack(nlp: Language) -> None:
    assert ("set", "attack") in triggers(
        nlp, "Two gunmen set off a bomb outside a bank in Peshawar on Sunday."
    )


def test_setting_off_for_home_is_no_attack(nlp: Language) -> None:
    assert types(nlp, "The pilgrims set off for home on Sunday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A fugitive rebel commander gave himself up to troops in Beni on Friday.",
        "Three suspects turned themselves in to police in Mombasa on Tuesday.",
        "The wanted man handed himself over to police in Kisumu.",
    ],
)
def test_giving_oneself_up_is_an_arrest(nlp: Language, text: str) -> None:
    assert "military_action" in types(nlp, text)


def test_giving_up_hope_is_no_arrest(nlp: Language) -> None:
    assert types(nlp, "The families gave up hope of finding the sailors on Monday.") == []


def test_sent_to_hell_is_a_military_action(nlp: Language) -> None:
    assert "military_action" in types(nlp, "Troops sent six insurgents to hell in a clash near Bannu.")
    assert "visit" not in types(nlp, "Troops sent six insurgents to hell in a clash near Bannu.")


def test_a_drone_slamming_into_a_depot_is_an_attack(nlp: Language) -> None:
    assert ("slammed", "attack") in triggers(nlp, "A drone slammed into a fuel depot in Belgorod on Monday.")


def test_coming_under_fire_is_an_attack_on_the_patrol(extract: Any) -> None:
    extraction = extract("An army patrol came under fire near Gao on Sunday.", published="2024-06-11")
    assert [e.type for e in extraction.events] == ["attack"]


def test_fire_returned_is_one_exchange(extract: Any) -> None:
    text = "A police patrol came under fire near Dera Bugti on Friday and retaliated, killing two gunmen."
    extraction = extract(text, published="2024-06-11")
    assert [e.type for e in extraction.events] == ["military_action"]


def test_a_fire_in_a_warehouse_is_no_attack(nlp: Language) -> None:
    assert types(nlp, "A fire broke out in a warehouse in Lodz on Monday.") == []


# --- undone and planned mentions --------------------------------------------------------------


def test_a_trip_called_off_and_rescheduled_is_no_visit(nlp: Language) -> None:
    text = "The premier's trip to Lusaka, which was called off because of the floods, has been moved to May."
    assert "visit" not in types(nlp, text)


def test_a_visit_postponed_then_held_is_a_visit(nlp: Language) -> None:
    text = "The foreign minister's visit, which had been postponed twice, went ahead on Monday."
    assert "visit" in types(nlp, text)


def test_a_visit_now_scheduled_is_planned(nlp: Language) -> None:
    assert "visit" not in types(nlp, "The envoy's visit is now scheduled for June.")


def test_the_learned_gate_rules_out_measures_off_the_subject(nlp: Language) -> None:
    doc = nlp("Sleet covered the passes above Tromso, closing two mountain roads.")
    closing = next(t for t in doc if t.lower_ == "closing")
    assert ruled_out(closing, "sanction")
    doc = nlp("The appliance maker recalled 40,000 kettles over a wiring fault.")
    recalled = next(t for t in doc if t.lower_ == "recalled")
    assert ruled_out(recalled, "sanction")
    doc = nlp("The junta expelled the foreign troops and turned to new partners.")
    expelled = next(t for t in doc if t.lower_ == "expelled")
    assert not ruled_out(expelled, "sanction")  # a measure on security: the model may judge it


def test_an_airline_named_jet_is_no_security_speaker(nlp: Language) -> None:
    text = "Cabin staff at Harbour Jet voted to walk out over rosters, threatening the holiday season."
    assert "statement" not in types(nlp, text)


def test_markets_in_a_sentence_keep_real_violence(nlp: Language) -> None:
    text = "Investors fled after militants bombed a pipeline near Port Harcourt on Monday."
    assert "attack" in types(nlp, text)


# --- visits: hosts at home, origins left out, the setting of a speech -------------------------


def test_a_city_hosting_a_delegation_is_the_place_not_the_guests_origin(extract: Any) -> None:
    extraction = extract("Dakar hosted a delegation from Gambia on Thursday.", published="2024-06-14")
    visits = [e for e in extraction.events if e.type == "visit"]
    assert visits and visits[0].place is not None and visits[0].place.name == "Dakar"


def test_a_team_sent_from_one_town_to_another_visits_the_second(extract: Any) -> None:
    text = "A team of investigators was dispatched from Gulu to Arua on Saturday."
    extraction = extract(text, published="2024-06-16")
    visits = [e for e in extraction.events if e.type == "visit"]
    assert visits and visits[0].place is not None and visits[0].place.name == "Arua"


def test_a_host_speaking_during_the_visit_makes_a_statement(nlp: Language) -> None:
    text = (
        "Hosting the Chadian leader in Niamey on Friday, President Mahamadou Sani said militants "
        "would find no refuge in the region."
    )
    found = types(nlp, text)
    assert "visit" in found
    assert "statement" in found


@pytest.mark.parametrize(
    "text",
    [
        "The retailer launched an offensive against its bigger rivals.",
        "The governor launched a charm offensive among investors in Singapore.",
        "The holders bombed out of the cup on Saturday.",
        "Rovers raided their neighbours' academy for young talent.",
    ],
)
def test_campaigns_and_sporting_idioms_are_no_operations(nlp: Language, text: str) -> None:
    assert types(nlp, text) == []


def test_an_army_offensive_is_still_an_operation(nlp: Language) -> None:
    assert "military_action" in types(nlp, "The army launched an offensive against the rebels near Goma.")


@pytest.mark.parametrize(
    "text",
    [
        "The opposition launched a fierce assault on the chancellor's spending plans.",
        "The senator's attack on the budget drew loud applause.",
        "Critics fired a broadside at the new housing policy.",
        "Canvassers targeted marginal seats in the south.",
        "The party's campaign was hijacked by a row over expenses.",
        "The committee shot down the proposal within minutes.",
        "The director said a legal battle over the rights had delayed the film.",
    ],
)
def test_political_idioms_are_no_violence(nlp: Language, text: str) -> None:
    assert types(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A gun battle broke out in Mardan on Sunday.",
        "Troops were locked in a fierce battle with insurgents near Kunduz on Sunday.",
        "Militants hijacked a bus carrying pilgrims near Chilas.",
    ],
)
def test_combat_and_hijackings_stay_events(nlp: Language, text: str) -> None:
    assert types(nlp, text)


def test_a_conference_hijacked_by_a_row_is_no_hijacking(nlp: Language) -> None:
    assert "attack" not in types(nlp, "The party's conference was hijacked by a row over expenses.")


def test_gunmen_attacking_a_meeting_is_an_attack(nlp: Language) -> None:
    assert "attack" in types(nlp, "Gunmen attacked a meeting of village elders near Wana on Sunday.")


def test_a_named_storm_kills_no_one_by_attack(nlp: Language) -> None:
    assert types(nlp, "Cyclone Belna battered the coast near Mahajanga, killing three people.") == []


# --- "the operation": a reference back to the action just told --------------------------------


def test_the_operation_refers_back_to_the_raid(extract: Any) -> None:
    text = (
        "Soldiers killed four gunmen in a raid on a hideout near Tank on Monday. "
        "The operation, launched on a tip-off, lasted six hours."
    )
    extraction = extract(text, published="2024-06-11")
    assert sum(1 for e in extraction.events if e.type == "military_action") == 1


def test_the_operation_after_arrests_is_the_arrests(nlp: Language) -> None:
    from nexus.extract.triggers import event_family

    doc = nlp(
        "Police arrested nine suspects in Sokoto on Friday. The operation followed weeks of surveillance."
    )
    operation = next(t for t in doc if t.lower_ == "operation")
    assert event_family(operation) == "arrest"


def test_a_search_operation_keeps_its_own_kind(nlp: Language) -> None:
    from nexus.extract.triggers import event_family

    doc = nlp("Police arrested nine suspects in Sokoto on Friday. A search operation began in the hills.")
    operation = next(t for t in doc if t.lower_ == "operation")
    assert event_family(operation) == "search"


# --- visits and meetings of trade, culture or ceremony in a text off security -----------------


@pytest.mark.parametrize(
    "text",
    [
        "The grand duke hosted the visiting premier at his residence, where they spoke about tourism.",
        "The trade delegation toured a vineyard and a technical college before heading home on Friday.",
        "Ministers at the forum agreed to halve plastic pollution in the bay by 2040.",
        "The president and his wife began a state visit to Chile, with a gala banquet in their honour.",
        "The chancellor met entrepreneurs in Porto to promote exports of cork and cheese.",
    ],
)
def test_courtesy_visits_and_meetings_off_security_are_no_events(nlp: Language, text: str) -> None:
    assert not {"visit", "meeting"} & set(types(nlp, text))


def test_a_visit_of_culture_in_a_security_report_stays_an_event(nlp: Language) -> None:
    text = (
        "Gunmen killed four soldiers at a checkpoint near the border on Sunday. "
        "The president began a two-day state visit to Chile on Monday, with a gala banquet in his honour."
    )
    assert "visit" in types(nlp, text)
