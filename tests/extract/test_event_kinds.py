"""Event detection and typing, one short report per kind of wording (whole pipeline).

Each case names what the report must give: events of a type with their day, place,
toll and actors, and how many events of a type there must be.
"""

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


# --- violent paraphrases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("Insurgents set ablaze a police station in Chibok on Sunday.", "2024-03-10", "Chibok"),
        ("Fighters set fire to a clinic in Mopti on Saturday, witnesses said.", "2024-03-09", "Mopti"),
        ("Men on camels mowed down herders near Kidal on Friday morning.", "2024-03-08", "Kidal"),
        ("Attackers hacked to death six farmers in Djugu on Thursday.", "2024-03-07", "Djugu"),
        ("A man hurled a grenade into a bar in Kampala on Sunday night.", "2024-03-10", "Kampala"),
        ("A bomb went off at a bus stop in Quetta on Saturday, police said.", "2024-03-09", "Quetta"),
        ("Gunmen sprayed a minibus with bullets outside Mardan on Friday.", "2024-03-08", "Mardan"),
    ],
)
def test_violent_paraphrases_are_attacks(extract: Any, text: str, day: str, place: str) -> None:
    extraction = extract(text, published="2024-03-12")
    _find(extraction, "attack", date=day, place=place)
    assert _count(extraction, "military_action") == 0


def test_a_bomb_that_went_off_needs_a_weapon(extract: Any) -> None:
    extraction = extract("The convoy went off the road near Gilgit on Sunday.", published="2024-03-12")
    assert _count(extraction, "attack") == 0


# --- security operations and clashes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Two soldiers and four insurgents died when troops engaged a band of militants in "
            "Razmak on Sunday.",
            "2024-03-10",
            "Razmak",
        ),
        ("Government forces liberated the town of Kayes from the rebels on Friday.", "2024-03-08", "Kayes"),
        ("Soldiers flushed out insurgents from a forest near Gwoza on Saturday.", "2024-03-09", "Gwoza"),
    ],
)
def test_security_operations_are_military_action(extract: Any, text: str, day: str, place: str) -> None:
    extraction = extract(text, published="2024-03-12")
    _find(extraction, "military_action", date=day, place=place)
    assert _count(extraction, "attack") == 0


def test_engaging_in_talks_is_no_clash(extract: Any) -> None:
    extraction = extract("The army engaged in talks with elders in Wana on Sunday.", published="2024-03-12")
    assert _count(extraction, "military_action") == 0


# --- assassinations by a state --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "state"),
    [
        (
            "The movement confirmed that its commander Karim Saad was killed in an assassination "
            "carried out by the United States in Deir ez-Zor.",
            "Deir ez-Zor",
            "United States",
        ),
        (
            "Hezbollah confirmed the death of commander Hadi Mourad, saying he was killed in a "
            "targeted strike carried out by Israel in Nabatieh.",
            "Nabatieh",
            "Israel",
        ),
    ],
)
def test_a_killing_carried_out_by_a_state_is_its_military_action(
    extract: Any, text: str, place: str, state: str
) -> None:
    extraction = extract(text, published="2024-03-12")
    action = _find(extraction, "military_action", place=place)
    assert state in action.actors
    assert action.killed is not None and (action.killed.value, action.killed.qualifier) == (1, "exact")
    assert _count(extraction, "attack") == 0


# --- generic mentions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Investigators say the cell funds attacks against police stations in the Sahel.",
        "The report says the charity finances bombings across the north of the country.",
    ],
)
def test_what_a_group_pays_for_is_no_event(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-03-12"), "attack") == 0


# --- gatherings that are no rallies ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said the gunman marched into the church and opened fire on worshippers in Kano on Sunday.",
        "Witnesses said soldiers marched into the village of Tera on Friday.",
    ],
)
def test_armed_people_walking_in_make_no_rally(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-03-12"), "rally") == 0


def test_young_people_marching_is_a_rally(extract: Any) -> None:
    extraction = extract("Youths marched through Jos on Sunday to demand justice.", published="2024-03-12")
    assert _count(extraction, "rally") == 1


# --- visits and meetings --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("Defence Minister Henrik Ostrom landed in Vilnius on Monday.", "2024-03-11", "Vilnius"),
        ("A team of investigators has been sent to Garoua to help the police.", None, "Garoua"),
        ("Interior Minister Paul Mbeki headed to Bunia on Sunday.", "2024-03-10", "Bunia"),
    ],
)
def test_journeys_are_visits(extract: Any, text: str, day: str | None, place: str) -> None:
    _find(extract(text, published="2024-03-12"), "visit", date=day, place=place)


@pytest.mark.parametrize(
    "text",
    [
        "The army sent troops to Bunia on Sunday.",
        "The group said in a message its spokesman sent to journalists on Sunday that it was behind it.",
        "Rockets landed in Sderot on Sunday.",
        "The plane landed in Entebbe on Sunday.",
    ],
)
def test_sending_troops_or_words_is_no_visit(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-03-12"), "visit") == 0


# --- sanctions -------------------------------------------------------------------------------


def test_declaring_an_envoy_persona_non_grata_is_a_sanction(extract: Any) -> None:
    extraction = extract(
        "Rwanda declared the Belgian ambassador persona non grata on Monday.", published="2024-03-12"
    )
    _find(extraction, "sanction", date="2024-03-11")


# --- meetings on several days, arrivals placed before ------------------------------------------


def test_each_partner_met_on_another_day_is_another_meeting(extract: Any) -> None:
    text = (
        "Ambassador Lena Fischer was in Baghdad on a two-day visit. Fischer, who arrived on Sunday, "
        "held talks that evening with the interior minister, Karim Hadi, and on Monday with "
        "Prime Minister Omar Saleh."
    )
    extraction = extract(text, published="2024-12-25")
    monday = _find(extraction, "meeting", date="2024-12-23", place="Baghdad")
    assert "Omar Saleh" in monday.actors and "Karim Hadi" not in monday.actors
    sunday = _find(extraction, "meeting", date="2024-12-22", place="Baghdad")
    assert "Karim Hadi" in sunday.actors
    _find(extraction, "visit", date="2024-12-22", place="Baghdad")


def test_meetings_one_trigger_tells_have_ids_of_their_own(extract: Any) -> None:
    """Two meetings told by one "held talks" must not share an id: a store keys reports by it."""
    text = "In Accra the trade envoy met the police chief on Tuesday and the governor on Wednesday."
    extraction = extract(text, published="2025-03-07")
    meetings = [e for e in extraction.events if e.type == "meeting"]
    assert len(meetings) == 2
    ids = [e.id for e in extraction.events]
    assert len(ids) == len(set(ids))


def test_met_one_on_a_day_and_another_the_next(extract: Any) -> None:
    text = "The envoy met the army chief on Monday and the president on Tuesday."
    assert _count(extract(text, published="2024-12-25"), "meeting") == 2


@pytest.mark.parametrize(
    "text",
    [
        "The envoy met the defence minister on Wednesday and the prime minister on Thursday.",
        "On Sunday the foreign minister met his Kenyan counterpart, and on Monday the president.",
        "The mediator, who reached Kigali on Friday, held talks that night with the army chief, "
        "Jean Habimana, and on Saturday with President Claire Uwase.",
    ],
)
def test_a_second_partner_on_a_later_day_is_a_second_meeting_whatever_the_parse(
    extract: Any, text: str
) -> None:
    """The parser hangs the second partner on the first day as often as on the verb."""
    meetings = [e for e in extract(text, published="2025-05-10").events if e.type == "meeting"]
    assert len(meetings) == 2
    assert len({m.date.iso for m in meetings if m.date is not None}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators held talks on Monday and Tuesday in Doha.",
        "The minister met the envoy on Monday and said on Tuesday that the dispute was settled.",
    ],
)
def test_one_meeting_over_two_days_or_followed_by_another_act_stays_one(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2025-05-10"), "meeting") == 1


def test_one_meeting_with_two_partners_stays_one(extract: Any) -> None:
    text = "The envoy met the army chief and the president in Juba on Monday."
    assert _count(extract(text, published="2024-12-25"), "meeting") == 1


def test_an_arrival_placed_nowhere_is_no_visit(extract: Any) -> None:
    text = "Koroma, who arrived on Monday, said the talks had been useful."
    assert _count(extract(text, published="2024-12-25"), "visit") == 0


# --- statements: links, shared views -----------------------------------------------------------


def test_linking_an_attack_and_sharing_the_view_are_statements(extract: Any) -> None:
    text = (
        "A bomb killed nine people in Goma on Monday. President Laila Amin linked the bombing "
        "to a recent arms seizure, a view Interior Minister Tarek Bashir shared."
    )
    extraction = extract(text, published="2024-09-19")
    speakers = {a for e in extraction.events if e.type == "statement" for a in e.actors}
    assert {"Laila Amin", "Tarek Bashir"} <= speakers


@pytest.mark.parametrize(
    "text",
    [
        "The new road linking Goma to the border town opened on Monday.",
        "The cell, tied to an Islamic State affiliate, was dismantled in March.",
        "Residents shared photographs of the damage on Monday.",
    ],
)
def test_links_without_a_speaker_are_no_statements(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-09-19"), "statement") == 0


def test_a_blame_after_a_link_is_the_statement(extract: Any) -> None:
    text = (
        "A bomb killed nine people in Goma on Monday. President Laila Amin first linked the bombing to "
        "a recent arms seizure but later blamed the Kivu Liberation Front."
    )
    extraction = extract(text, published="2024-09-19")
    (statement,) = [e for e in extraction.events if e.type == "statement"]
    assert statement.trigger == "blamed"


# --- handovers and recalled bombings -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Colombia handed over 12 suspected cartel members to the United States on Thursday.", "2025-02-27"),
        ("Ecuador transferred 14 prisoners to Peruvian custody on Wednesday.", "2025-02-26"),
    ],
)
def test_handovers_are_military_action(extract: Any, text: str, day: str) -> None:
    extraction = extract(text, published="2025-02-28")
    _find(extraction, "military_action", date=day)
    assert _count(extraction, "attack") == 0


def test_handing_over_a_letter_is_no_action(extract: Any) -> None:
    text = "The envoy handed over a letter from the president on Thursday."
    assert _count(extract(text, published="2025-02-28"), "military_action") == 0


def test_an_older_car_bomb_recalled_after_since_is_its_own_attack(extract: Any) -> None:
    text = (
        "A gunman killed three police officers in Lima on Monday. It was the worst attack on the city "
        "since a rebel car bomb hit a police station in Lima in May 2019."
    )
    extraction = extract(text, published="2025-02-28")
    _find(extraction, "attack", date="2025-02-24", place="Lima")
    old = [
        e for e in extraction.events if e.type == "attack" and e.date is not None and e.date.iso == "2019-05"
    ]
    assert len(old) == 1


def test_victims_of_a_bomb_set_off_are_its_targets(extract: Any) -> None:
    text = (
        "Six constables of the Border Security Force were killed on Monday when rebels set ablaze "
        "their post near Tura."
    )
    extraction = extract(text, published="2025-02-28")
    attack = _find(extraction, "attack", date="2025-02-24")
    assert any("Border Security Force" in t for t in attack.targets)


# --- clashes, round-ups, protests lodged, guests received, talks to come -----------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Soldiers and insurgents exchanged fire near Tillia on Thursday, leaving four fighters dead.",
            "2024-03-07",
            "Tillia",
        ),
        ("Security forces rounded up 30 people in Gao on Monday after the ambush.", "2024-03-11", "Gao"),
        ("Police nabbed two alleged gunmen in Anantnag on Friday.", "2024-03-08", "Anantnag"),
        ("Kenyan police picked up four suspects in Nakuru on Sunday.", "2024-03-10", "Nakuru"),
    ],
)
def test_clashes_and_round_ups_are_military_action(extract: Any, text: str, day: str, place: str) -> None:
    _find(extract(text, published="2024-03-12"), "military_action", date=day, place=place)


def test_exchanging_views_is_no_clash(extract: Any) -> None:
    text = "The two ministers exchanged views on border security in Accra on Monday."
    assert _count(extract(text, published="2024-03-12"), "military_action") == 0


def test_a_protest_lodged_with_an_envoy_is_no_rally(extract: Any) -> None:
    text = "Kenya lodged a strong protest with the Ugandan envoy in Nairobi on Monday over the raid."
    assert _count(extract(text, published="2024-03-12"), "rally") == 0


def test_a_visiting_leader_received_made_a_visit(extract: Any) -> None:
    text = (
        "The Ghanaian president received the visiting Togolese leader, Kofi Amegah, at the state "
        "house in Accra on Friday."
    )
    visit = _find(extract(text, published="2024-03-12"), "visit", date="2024-03-08")
    assert "Kofi Amegah" in visit.actors


def test_talks_that_would_come_are_no_meeting(extract: Any) -> None:
    text = "Ahead of a planned trip to Juba next month, the envoy said the talks would focus on oil."
    extraction = extract(text, published="2024-03-12")
    assert _count(extraction, "meeting") == 0
    assert _count(extraction, "visit") == 0


# --- more journeys, recaptures, blasts through gatherings --------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("Home Minister Ravi Menon rushed to Aizawl on Sunday after the ambush.", "2024-06-09", "Aizawl"),
        (
            "President Amina Sule reached Maiduguri on Sunday, a day after the bombing.",
            "2024-06-09",
            "Maiduguri",
        ),
        ("Interior Minister Joseph Kamau was flown to Garissa on Saturday.", "2024-06-08", "Garissa"),
        ("A forensic team from the Federal Police was deployed to Kaduna on Monday.", "2024-06-10", "Kaduna"),
    ],
)
def test_more_journeys_are_visits(extract: Any, text: str, day: str, place: str) -> None:
    _find(extract(text, published="2024-06-10"), "visit", date=day, place=place)


@pytest.mark.parametrize(
    "text",
    [
        "The wounded were rushed to hospital in Jos on Sunday.",
        "Troops were deployed to Jos on Sunday after the clashes.",
        "The two sides reached an agreement in Jos on Sunday.",
        "Prisoners were flown to Abuja on Sunday.",
    ],
)
def test_carried_people_troops_and_deals_are_no_visits(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-06-10"), "visit") == 0


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "The military regained control of the town of Damasak on Sunday, a spokesman said.",
            "2024-06-09",
            "Damasak",
        ),
        ("The army drove the rebels out of Rutshuru on Saturday.", "2024-06-08", None),
    ],
)
def test_recaptures_are_military_action(extract: Any, text: str, day: str, place: str | None) -> None:
    extraction = extract(text, published="2024-06-10")
    _find(extraction, "military_action", date=day, place=place)
    assert _count(extraction, "attack") == 0


def test_a_rally_a_blast_tore_through_is_its_target(extract: Any) -> None:
    text = "Nine people were killed as a blast ripped through a rally in Chaman on Sunday."
    extraction = extract(text, published="2024-06-10")
    _find(extraction, "attack", date="2024-06-09", place="Chaman")
    assert _count(extraction, "rally") == 0


# --- a told happening judged again ---------------------------------------------------------------


def test_a_massacre_condemned_afar_is_the_one_told(extract: Any) -> None:
    text = (
        "Gunmen killed 40 villagers in Dogon Noma on Friday night. Speaking at a prayer service in "
        'Geneva on Sunday, the church leader condemned "a horrific massacre" and prayed for the victims.'
    )
    extraction = extract(text, published="2025-06-16")
    assert _count(extraction, "attack") == 1
    _find(extraction, "attack", date="2025-06-13")


def test_a_condemned_attack_with_its_own_place_and_day_is_told(extract: Any) -> None:
    text = "The United Nations condemned Sunday's bombing of a school in Kidal."
    _find(extract(text, published="2025-06-16"), "attack", date="2025-06-15")


# --- claims in a group's own words, added quotes, tallies, measures as subjects ---------------


def test_a_group_saying_it_attacked_claims_that_attack_only(extract: Any) -> None:
    text = (
        "A bomb killed five people at a bus stand in Sibi on Saturday, and no group claimed it. "
        "Separately, the Balochistan Liberation Army said it had attacked a police station in Panjgur "
        "on Thursday."
    )
    extraction = extract(text, published="2024-05-11")
    claim = _find(extraction, "claim", place="Panjgur")
    assert "Balochistan Liberation Army" in claim.actors
    assert not [e for e in extraction.events if e.type == "claim" and e.place and e.place.name == "Sibi"]


def test_an_enemy_striking_in_a_spokesman_s_words_is_no_claim(extract: Any) -> None:
    text = (
        'Colonel Ibrahim Sow, spokesman for the national armed forces, said that "the enemy suffered '
        'heavy losses" wherever it struck in the region on Tuesday.'
    )
    assert _count(extract(text, published="2024-05-11"), "claim") == 0


def test_a_quote_someone_added_is_a_statement(extract: Any) -> None:
    text = (
        '"Those behind this cowardly act will pay," Interior Minister Tobias Obi said on Saturday.\n\n'
        '"We will hunt them down," police chief Ada Eze added.'
    )
    extraction = extract(text, published="2024-05-11")
    assert _count(extraction, "statement") == 2
    assert _count(extraction, "attack") == 0


def test_a_yearly_tally_of_attacks_is_no_attack(extract: Any) -> None:
    text = "Insurgent attacks killed 1,310 people in Pakistan last year, a think tank said."
    assert _count(extract(text, published="2024-05-11"), "attack") == 0


def test_gunmen_dated_last_year_are_still_an_attack(extract: Any) -> None:
    text = "In June last year gunmen besieged a hotel in Kismayo, killing nine people."
    _find(extract(text, published="2024-05-11"), "attack", date="2023-06", place="Kismayo")


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions target businessmen who bankroll the militia's violence against civilians.",
        "The new measures hit traders in the border towns hardest.",
    ],
)
def test_measures_acting_on_people_are_no_attack(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-05-11"), "attack") == 0


# --- measures that would follow a condition, envoys declared unwelcome, arrests by a group ---------


def test_a_measure_that_would_follow_a_condition_is_no_sanction(extract: Any) -> None:
    text = "Chad said on Thursday it would close its border with Sudan if the raids continued."
    assert _count(extract(text, published="2025-04-24"), "sanction") == 0


def test_a_measure_announced_in_the_future_is_still_a_sanction(extract: Any) -> None:
    text = "Chad said on Thursday it would close its border with Sudan after the raids."
    assert _count(extract(text, published="2025-04-24"), "sanction") == 1


def test_recalling_an_envoy_and_declaring_diplomats_unwelcome_are_two_sanctions(extract: Any) -> None:
    text = (
        "After the bombing, Niger on Monday recalled its ambassador from Abuja and declared two "
        "Nigerian diplomats persona non grata."
    )
    assert _count(extract(text, published="2025-04-24"), "sanction") == 2


def test_an_arrest_a_ruling_group_reports_is_no_claim(extract: Any) -> None:
    text = (
        "Hayat Tahrir al-Sham's security service said it had arrested a cell of six Islamic State members "
        "in Kunduz on Saturday."
    )
    extraction = extract(text, published="2024-11-12")
    _find(extraction, "military_action", date="2024-11-09", place="Kunduz")
    assert _count(extraction, "claim") == 0
    assert _count(extraction, "attack") == 0


def test_a_claim_hung_on_the_attack_s_target_still_claims_the_attack(extract: Any) -> None:
    text = (
        "The attack on the checkpoint, which was claimed by Jaish al-Adl, killed five border guards "
        "in Rask on Tuesday."
    )
    extraction = extract(text, published="2024-05-08")
    attack = _find(extraction, "attack", date="2024-05-07", place="Rask")
    assert "Jaish al-Adl" in attack.actors
    claim = _find(extraction, "claim", place="Rask")
    assert "Jaish al-Adl" in claim.actors


def test_a_suspect_surrendering_to_the_police_is_an_arrest(extract: Any) -> None:
    text = "The suspected gunman surrendered to the police in Graz on Saturday, officials in Austria said."
    extraction = extract(text, published="2024-08-26")
    _find(extraction, "military_action", date="2024-08-24", place="Graz")
    assert _count(extraction, "attack") == 0


def test_a_date_beside_giving_figures_stays_the_meeting_s(extract: Any) -> None:
    text = (
        "President Daniel Otieno released the casualty count late on Wednesday in Kampala, where he "
        "was holding talks with the Ugandan leader."
    )
    _find(extract(text, published="2024-10-26"), "meeting", date="2024-10-23")


# --- a group's claim told through "said in a statement that its fighters ..." --------------


@pytest.mark.parametrize(
    "text",
    [
        # the "that" clause hangs on "statement" in the parse: still what the group said
        "The Kivu Valley Liberation Army (KVLA), the armed wing of the Free Kivu Organisation, said in "
        "a statement that its fighters had carried out both attacks and accused the guards of being "
        "informers for the police, a claim officials rejected.",
        "The Kivu Valley Liberation Army said in a communique that its men had carried out the ambush "
        "on the supply convoy near Walikale, a claim the army rejected.",
    ],
)
def test_a_group_statement_that_its_fighters_did_it_is_a_claim(extract: Any, text: str) -> None:
    extraction = extract(text, published="2025-06-12")
    claim = _find(extraction, "claim")
    assert any("Kivu Valley Liberation Army" in a for a in claim.actors)


def test_a_ministry_statement_about_its_troops_is_no_claim(extract: Any) -> None:
    text = (
        "The defence ministry said in a statement that its soldiers had carried out raids on "
        "hideouts near Walikale and arrested twelve suspects."
    )
    assert _count(extract(text, published="2025-06-12"), "claim") == 0


# --- "shot" read as a noun by the tagger (session 9) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("Two men riding pillion shot and wounded a grocer in Yarang on Tuesday.", "2024-03-12", "Yarang"),
        ("Two youths riding a scooter shot a tax collector in Mardan on Monday.", "2024-03-11", "Mardan"),
        ("Masked men on foot patrol shot and killed a herder near Tillia on Sunday.", "2024-03-10", "Tillia"),
        (
            "Two assailants on a scooter shot dead a notary outside his office in Sibi on Monday.",
            "2024-03-11",
            "Sibi",
        ),
    ],
)
def test_shot_misread_as_a_noun_is_still_an_attack(extract: Any, text: str, day: str, place: str) -> None:
    extraction = extract(text, published="2024-03-13")
    _find(extraction, "attack", date=day, place=place)
    assert _count(extraction, "military_action") == 0


def test_shot_misread_as_a_noun_by_a_patrol_of_gendarmes_is_their_action(extract: Any) -> None:
    extraction = extract(
        "Gendarmes on patrol shot and wounded a fuel smuggler near Zinder on Friday.", published="2024-03-13"
    )
    _find(extraction, "military_action", date="2024-03-08", place="Zinder")
    assert _count(extraction, "attack") == 0


@pytest.mark.parametrize(
    "text",
    [
        "The keeper fired a warning shot at the stray dogs near the depot in Mombasa on Monday.",
        "The nurse gave a flu shot to every pupil in Lusaka on Monday.",
    ],
)
def test_a_real_noun_shot_makes_no_attack(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-03-13"), "attack") == 0


# --- state forces whose killing hangs off another verb (session 9) --------------------------


@pytest.mark.parametrize(
    ("text", "day", "place", "killed"),
    [
        (
            "Police officers answering the emergency call shot dead a carjacker in Enugu on Sunday.",
            "2024-03-10",
            "Enugu",
            None,
        ),
        (
            "Soldiers deployed after the ambush shot dead three bandits in Zurmi on Monday.",
            "2024-03-11",
            "Zurmi",
            3,
        ),
        (
            "Gendarmes, who had sealed off the market, killed two assailants in Tera on Saturday.",
            "2024-03-09",
            "Tera",
            2,
        ),
        (
            "Marines answering the distress signal killed four pirates near Jolo on Friday.",
            "2024-03-08",
            "Jolo",
            4,
        ),
    ],
)
def test_a_force_whose_killing_hangs_off_another_verb_acts_for_the_state(
    extract: Any, text: str, day: str, place: str, killed: int | None
) -> None:
    extraction = extract(text, published="2024-03-13")
    event = _find(extraction, "military_action", date=day, place=place)
    if killed is not None:
        assert event.killed is not None and event.killed.value == killed
    assert not [e for e in extraction.events if e.type == "attack" and e.killed is not None]


def test_a_casualty_beside_a_gunfight_is_the_gunfights_toll(extract: Any) -> None:
    extraction = extract(
        "A constable was killed and two rebels were shot dead in a gunfight in Sopore on Wednesday.",
        published="2024-03-14",
    )
    _find(extraction, "military_action", date="2024-03-13", place="Sopore")
    assert _count(extraction, "attack") == 0


# --- idioms of other fields (session 9) -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The opposition launched an attack on the budget in the assembly on Tuesday.",
        "Senators mounted a fierce assault on the pension bill in Abuja on Monday.",
        "After a long debate, councillors launched an attack on the spending plan in Eldoret on Monday.",
        "The comedian shot to fame after a talent show in Accra last year.",
        "The new mall bombed in its first month, traders in Erbil said on Monday.",
        "Her debut film bombed at the box office, the producer said in Lagos on Monday.",
        "A strike by nurses shut clinics in Kisumu on Monday.",
    ],
)
def test_idioms_of_politics_business_and_fame_are_no_violence(extract: Any, text: str) -> None:
    extraction = extract(text, published="2024-03-13")
    assert _count(extraction, "attack") == 0
    assert _count(extraction, "military_action") == 0


def test_an_attack_on_a_station_is_still_an_attack(extract: Any) -> None:
    text = "Militants launched an attack on a police station in Lakki on Monday."
    extraction = extract(text, published="2024-03-13")
    _find(extraction, "attack", date="2024-03-11", place="Lakki")


def test_killed_off_a_coast_is_no_idiom_of_ending(extract: Any) -> None:
    extraction = extract("Navy commandos killed three pirates off Socotra on Sunday.", published="2024-03-13")
    _find(extraction, "military_action", date="2024-03-10")
    sport = extract("A late goal killed off the tie in Cairo on Sunday.", published="2024-03-13")
    assert _count(sport, "attack") == 0


# --- probes of session 9: deployments, planned rounds, unnamed sources, headline verbs --------


def test_troops_who_were_sent_somewhere_make_no_visit(extract: Any) -> None:
    text = (
        "Kenyan soldiers, who were sent to the district after the raid, killed four militants "
        "near Kolbio on Monday, the army said."
    )
    extraction = extract(text, published="2024-03-13")
    assert _count(extraction, "visit") == 0
    _find(extraction, "military_action", date="2024-03-11")


def test_an_envoy_sent_to_a_capital_still_visits(extract: Any) -> None:
    extraction = extract("A special envoy was sent to Juba on Monday for talks.", published="2024-03-13")
    _find(extraction, "visit", date="2024-03-11")


@pytest.mark.parametrize(
    "text",
    [
        "The next round of talks between the army and the rebels is scheduled to take place in May.",
        "A second session of negotiations is due to open in Doha next week.",
        "The next round of peace talks was postponed in Addis Ababa on Monday.",
    ],
)
def test_a_round_of_talks_to_come_is_no_meeting(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-03-13"), "meeting") == 0


def test_a_round_of_talks_held_is_a_meeting(extract: Any) -> None:
    extraction = extract("A first round of talks was held in Doha on Monday.", published="2024-03-13")
    _find(extraction, "meeting", date="2024-03-11")


@pytest.mark.parametrize(
    "text",
    [
        '"They took our goats and burned the granary," he said by phone, asking not to be named.',
        '"The commanders must resign," an officer told the paper on condition of anonymity.',
        '"We will not return until the army comes," a farmer said, speaking anonymously.',
    ],
)
def test_an_unnamed_sources_words_are_no_statement(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-03-13"), "statement") == 0


def test_a_named_speakers_vow_stays_a_statement(extract: Any) -> None:
    text = '"Those behind this massacre will be hunted down," Governor Amina Waziri told reporters on Monday.'
    _find(extract(text, published="2024-03-13"), "statement", date="2024-03-11")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Roadside bomb wounds four rangers in Narathiwat", "Narathiwat"),
        ("Car bomb wounds two soldiers near Kirkuk", "Kirkuk"),
    ],
)
def test_a_headline_verb_read_as_a_plural_noun_is_an_attack(extract: Any, text: str, place: str) -> None:
    extraction = extract(text, published="2024-03-13")
    event = _find(extraction, "attack", place=place)
    assert event.injured is not None


@pytest.mark.parametrize(
    "text",
    [
        "Stab wounds three inches deep were found on the body in Nakuru, police said.",
        "The soldier's wounds two weeks later had healed, doctors in Juba said.",
    ],
)
def test_real_wounds_are_no_attack(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-03-13"), "attack") == 0


# --- more misreadings: participles read as adjectives, claim participles, arrests in raids ----


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen on horseback massacred villagers in Bokkos on Sunday night, residents said.", "Bokkos"),
        ("Fighters on pickups torched houses in Tongo on Sunday.", "Tongo"),
    ],
)
def test_a_violent_verb_read_as_an_adjective_is_an_attack(extract: Any, text: str, place: str) -> None:
    extraction = extract(text, published="2024-03-13")
    event = _find(extraction, "attack", date="2024-03-10", place=place)
    assert event.trigger.split()[0] in ("massacred", "torched")


@pytest.mark.parametrize(
    "text",
    [
        "The wounded soldiers were flown to Niamey on Sunday.",
        "Rescuers found burned houses in Tongo on Sunday.",
    ],
)
def test_real_adjectives_stay_adjectives(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-03-13"), "attack") == 0


def test_a_claimed_raid_keeps_its_own_word(extract: Any) -> None:
    extraction = extract(
        "The ambush, claimed by the Islamic State, killed eleven soldiers near Menaka on Monday.",
        published="2024-03-13",
    )
    event = _find(extraction, "attack", date="2024-03-11")
    assert event.trigger == "ambush"
    assert event.killed is not None and event.killed.value == 11
    _find(extraction, "claim")


@pytest.mark.parametrize(
    "text",
    [
        "A police spokesman said the suspects were arrested in a raid on a flat in Eastleigh on Monday.",
        "Commandos detained two suspects during a night raid in Garissa on Monday.",
    ],
)
def test_an_arrest_in_a_raid_is_one_security_operation(extract: Any, text: str) -> None:
    extraction = extract(text, published="2024-03-13")
    _find(extraction, "military_action", date="2024-03-11")
    assert _count(extraction, "attack") == 0


# --- case kinds, session 9 variants (claims, types, statements, triggers, modality) -------------


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed six people at a market in Mardan on Saturday. "
        "No group immediately claimed responsibility for the bombing.",
        "Gunmen killed four guards at a bank in Garissa on Monday. Nobody has claimed the attack so far.",
        "A roadside bomb killed three soldiers near Kidal on Friday. There was no claim of responsibility.",
    ],
)
def test_claims_negated_make_no_claim(extract: Any, text: str) -> None:
    extraction = extract(text, published="2024-03-13")
    assert _count(extraction, "attack") == 1
    assert _count(extraction, "claim") == 0


def test_claims_passive_claim_gives_the_group_and_a_claim(extract: Any) -> None:
    extraction = extract(
        "The ambush, which was claimed by al-Shabaab, killed seven soldiers near Jowhar on Tuesday.",
        published="2024-03-13",
    )
    attack = _find(extraction, "attack", date="2024-03-12", place="Jowhar")
    assert "al-Shabaab" in attack.actors
    assert attack.killed is not None and attack.killed.value == 7
    _find(extraction, "claim", place="Jowhar")


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot dead three policemen in Sidon on Monday. The army later confirmed the attack.",
        "Militants stormed a checkpoint in Arish on Sunday, killing five soldiers. "
        "Egyptian officials confirmed the raid on Monday.",
    ],
)
def test_types_confirming_is_no_new_event(extract: Any, text: str) -> None:
    extraction = extract(text, published="2024-03-13")
    assert _count(extraction, "attack") == 1
    assert _count(extraction, "military_action") == 0


@pytest.mark.parametrize(
    "text",
    [
        '"We will attack again soon," a spokesman for the rebels told reporters by telephone.',
        '"Our fighters will strike the enemy everywhere," the group\'s commander said in an audio message.',
    ],
)
def test_statements_quoted_threats_are_no_violence(extract: Any, text: str) -> None:
    extraction = extract(text, published="2024-03-13")
    assert _count(extraction, "attack") == 0
    assert _count(extraction, "military_action") == 0
    assert _count(extraction, "statement") == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The defence minister flew to Nairobi on Monday for talks on border security.", "Nairobi"),
        ("The foreign minister travelled to Ankara on Monday for security talks.", "Ankara"),
    ],
)
def test_triggers_travel_for_talks_is_a_visit(extract: Any, text: str, place: str) -> None:
    extraction = extract(text, published="2024-03-13")
    _find(extraction, "visit", date="2024-03-11", place=place)
    assert _count(extraction, "meeting") == 0  # the talks are the purpose of the trip


@pytest.mark.parametrize(
    ("text", "place", "killed"),
    [
        (
            "Troops clashed with bandits in Sabon Birni, Sokoto, on Monday, leaving five bandits dead.",
            "Sabon Birni",
            5,
        ),
        (
            "Soldiers fought militants in Barangay Tubig, Indanan, on Monday, killing two of them.",
            "Barangay Tubig",
            2,
        ),
    ],
)
def test_triggers_clashes_below_the_town(extract: Any, text: str, place: str, killed: int) -> None:
    event = _find(extract(text, published="2024-03-13"), "military_action", date="2024-03-11", place=place)
    assert event.killed is not None and event.killed.value == killed


def test_triggers_retaking_a_town_is_a_security_operation(extract: Any) -> None:
    extraction = extract(
        "The army said it had recaptured the town of Kidal from rebels on Monday.", published="2024-03-13"
    )
    _find(extraction, "military_action", date="2024-03-11", place="Kidal")


def test_modality_cancelled_expected_and_conditional(extract: Any) -> None:
    text = (
        "Foreign Minister Leila Haddad cancelled her trip to Cairo as fighting intensified. "
        "President Omar Sami is expected to visit the injured in hospital on Friday. "
        '"If the government deploys troops against us, we will kill the hostages," '
        "the rebels' spokesman warned."
    )
    extraction = extract(text, published="2024-03-13")
    assert _count(extraction, "visit") == 0
    assert _count(extraction, "military_action") == 0
    assert _count(extraction, "statement") == 1


def test_modality_future_and_postponed(extract: Any) -> None:
    text = (
        "The prime minister will travel to Kampala next week. The army said it would launch an offensive "
        "if the militants did not surrender. The minister's planned visit to Bosaso was postponed."
    )
    extraction = extract(text, published="2024-03-13")
    assert _count(extraction, "visit") == 0
    assert _count(extraction, "military_action") == 0


# --- criticism, computers and a game's run of play are no violence -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party came under attack from civil society groups over the new tax law on Monday.",
        "The governor came under attack from lawmakers in Kaduna on Monday for the fuel price rise.",
        "Hackers attacked the websites of three ministries in Dodoma on Monday.",
        "The coach said his side was ambushed by a fast start from the visitors in Durban on Saturday.",
    ],
)
def test_criticism_computers_and_play_make_no_attack(extract: Any, text: str) -> None:
    extraction = extract(text, published="2024-03-13")
    assert _count(extraction, "attack") == 0
    assert _count(extraction, "military_action") == 0


@pytest.mark.parametrize(
    "text",
    [
        "The convoy came under attack from an armed group near Menaka on Monday.",
        "The convoy came under fire from an armed group near Menaka on Monday.",
    ],
)
def test_coming_under_attack_from_an_armed_group_is_an_attack(extract: Any, text: str) -> None:
    _find(extract(text, published="2024-03-13"), "attack", date="2024-03-11")


# --- a happening named again inside an accusation ---------------------------------------------


def test_the_bombing_inside_an_accusation_is_the_one_told_before(extract: Any) -> None:
    text = (
        "A suicide bomber killed 14 people at a rally in Chaman on Monday. Islamabad accused Kabul "
        "of sheltering the militants behind the bombing."
    )
    extraction = extract(text, published="2024-03-13")
    assert _count(extraction, "attack") == 1
    _find(extraction, "attack", date="2024-03-11", place="Chaman")
    _find(extraction, "statement")


def test_an_accusation_about_another_dated_bombing_keeps_it(extract: Any) -> None:
    text = (
        "A bomb killed four soldiers in Bannu on Monday. Police blamed the Taliban for the bombing "
        "of a school in Tank on Sunday."
    )
    extraction = extract(text, published="2024-03-13")
    assert _count(extraction, "attack") == 2


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader launched a blistering attack on the president in Bulawayo on Saturday.",
        "The senator made a scathing attack on the interior minister in Abuja on Tuesday.",
        "The team's attack was blunted by a stubborn defence in Kampala on Sunday.",
    ],
)
def test_speech_and_a_sides_forward_line_are_no_attack(extract: Any, text: str) -> None:
    assert _count(extract(text, published="2024-03-13"), "attack") == 0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("No one was killed in the attack on the police post in Khost on Monday, officials said.", "Khost"),
        ("Nobody was hurt in the blast at a bus stop in Kisumu on Monday.", "Kisumu"),
    ],
)
def test_an_attack_that_killed_no_one_still_happened(extract: Any, text: str, place: str) -> None:
    _find(extract(text, published="2024-03-13"), "attack", date="2024-03-11", place=place)


def test_no_one_killed_in_the_attack_told_before_is_no_second_attack(extract: Any) -> None:
    text = (
        "Gunmen attacked a police post in Khost on Monday. No one was killed in the attack, officials said."
    )
    assert _count(extract(text, published="2024-03-13"), "attack") == 1


@pytest.mark.parametrize(
    "second",
    [
        "Troops responding to the raid killed four of the gunmen, the army said on Tuesday.",
        "Soldiers responding to the attack killed four suspects, the army said on Tuesday.",
    ],
)
def test_a_force_responding_to_the_raid_told_before_has_its_own_action(extract: Any, second: str) -> None:
    text = "Gunmen raided the village of Tse-Agber on Sunday night, killing nine people. " + second
    extraction = extract(text, published="2024-03-13")
    attack = _find(extraction, "attack", date="2024-03-10")
    assert attack.killed is not None and attack.killed.value == 9
    action = _find(extraction, "military_action")
    assert action.killed is not None and action.killed.value == 4


def test_shot_dead_with_dead_read_as_a_preposition_counts_the_dead(extract: Any) -> None:
    extraction = extract(
        "Gunmen on motorbikes shot dead a trader in Digos on Monday.", published="2024-03-13"
    )
    event = _find(extraction, "attack", date="2024-03-11")
    assert event.killed is not None and event.killed.value == 1
    assert event.injured is None


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Mali, Niger to hold border security talks next week", "meeting"),
        ("Army to launch offensive against bandits in Katsina", "military_action"),
        ("Police to raid illegal mining sites in Obuasi", "military_action"),
    ],
)
def test_a_headline_infinitive_is_planned(extract: Any, text: str, etype: str) -> None:
    assert _count(extract(text, published="2024-03-13"), etype) == 0


def test_a_headline_in_the_present_is_a_happening(extract: Any) -> None:
    extraction = extract("Troops launch offensive against bandits in Katsina", published="2024-03-13")
    _find(extraction, "military_action")


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
