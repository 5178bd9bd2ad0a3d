"""Actors found from the parse (arguments.py): a projectile sent from a group's territory."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language


def _violent(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type in ("attack", "military_action")]


def test_missile_fired_from_a_groups_country_is_that_groups_attack(extract: Any) -> None:
    text = (
        "Lebanon's Hezbollah said on Monday it would answer every raid. "
        "A rocket, fired from Lebanon, crashed into an orchard outside Nahariya on Sunday night, police said."
    )
    events = _violent(extract(text, published="2024-06-11"))
    assert events
    rocket = events[0]
    assert rocket.type == "attack"
    assert rocket.actors == ["Hezbollah"]


def test_drone_launched_from_a_country_with_no_named_group_has_no_actor(extract: Any) -> None:
    text = "A drone launched from Syria killed a guard at a school in Eilat on Tuesday, police said."
    events = _violent(extract(text, published="2024-06-12"))
    assert events
    assert all("Israel" not in e.actors for e in events)
    assert all(not e.actors for e in events)


def test_two_groups_of_the_territory_leave_the_doer_open(extract: Any) -> None:
    text = (
        "Hamas and Palestinian Islamic Jihad both praised the barrage. "
        "A rocket fired from Gaza hit a house in Sderot on Friday, wounding a woman."
    )
    events = _violent(extract(text, published="2024-06-15"))
    assert events
    assert all(not e.actors for e in events)


def test_raid_by_unnamed_national_troops_is_their_states(extract: Any) -> None:
    text = "A raid by Cameroonian troops killed nine separatist fighters near Bamenda on Thursday."
    events = _violent(extract(text, published="2024-06-15"))
    assert events and events[0].type == "military_action"
    assert events[0].actors == ["Cameroon"]


def test_ambush_by_the_militants_is_the_group_last_named(extract: Any) -> None:
    text = (
        "ISWAP fighters were seen massing near the lake last week. "
        "An ambush by the militants killed five soldiers near Monguno on Saturday."
    )
    events = _violent(extract(text, published="2024-06-17"))
    ambush = [e for e in events if e.date and e.date.iso == "2024-06-15"]
    assert ambush and ambush[0].type == "attack"
    assert ambush[0].actors == ["ISWAP"]


def test_bombing_said_to_be_the_work_of_a_group_has_that_group(extract: Any) -> None:
    text = "The mayor said the bombing of the bus station in Tumaco on Monday was the work of the ELN."
    events = [e for e in extract(text, published="2025-03-05").events if e.type == "attack"]
    assert events and events[0].actors == ["ELN"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "The Harbour Authority issued a statement on Friday saying patrol boats would search ferries.",
            "Harbour Authority",
        ),
        (
            "After the depot raid, the Border Guard Service released a statement saying units were on alert.",
            "Border Guard Service",
        ),
    ],
)
def test_an_issued_statement_belongs_to_its_issuer(extract: Any, text: str, issuer: str) -> None:
    events = [e for e in extract(text, published="2025-03-07").events if e.type == "statement"]
    assert [e.actors for e in events] == [[issuer]]


def test_ambush_bearing_the_hallmarks_of_a_group(extract: Any) -> None:
    text = "Officials said Sunday's ambush near Menaka bore the hallmarks of JNIM."
    events = [e for e in extract(text, published="2025-03-04").events if e.type == "attack"]
    assert events and events[0].actors == ["JNIM"]


def test_no_group_claiming_names_no_actor(extract: Any) -> None:
    text = (
        "Al-Shabaab fighters stormed an army post near Kismayo on Monday, killing four soldiers. "
        "Separately, a bomb killed two traders in Baidoa on Tuesday. No group has claimed the Baidoa blast."
    )
    events = extract(text, published="2025-03-06").events
    baidoa = [e for e in events if e.type == "attack" and e.date and e.date.iso == "2025-03-04"]
    assert baidoa and baidoa[0].actors == []


def test_passive_toll_takes_the_doer_of_its_when_clause(extract: Any) -> None:
    text = (
        "Five herders were killed when Ethiopian jets swooped low over a market in Shire on Monday, "
        "hours after Ethiopia closed the road."
    )
    events = _violent(extract(text, published="2024-07-08"))
    assert events
    assert events[0].actors == ["Ethiopia"]


def test_bare_surname_the_tagger_missed_is_the_named_person(extract: Any) -> None:
    text = (
        "President William Ruto ordered a review of border security on Monday. "
        "Ruto flew to Garissa the next morning and met elders."
    )
    events = extract(text, published="2024-07-13").events
    visits = [e for e in events if e.type == "visit"]
    assert visits and visits[0].actors == ["William Ruto"]


def test_surname_shared_by_two_people_stays_unresolved(nlp: Language) -> None:
    from nexus.extract.arguments import _person_by_surname
    from nexus.extract.entities import cluster_entities, token_entity_index

    doc = nlp("Amina Yusuf met Omar Yusuf in Nairobi on Monday. Yusuf flew home on Tuesday.")
    clusters = cluster_entities(doc)
    index = token_entity_index(doc, clusters)
    people = {c.name for c in clusters if c.type == "PERSON"}
    assert {"Amina Yusuf", "Omar Yusuf"} <= people
    last = [t for t in doc if t.text == "Yusuf"][-1]
    assert _person_by_surname(last, index) is None


def test_instance_after_a_colon_takes_the_group_the_clause_before_names(extract: Any) -> None:
    text = (
        "JNIM claimed the ambush near Djibo on Friday. "
        "The militants have hit the same road before: in May 2023 gunmen attacked a convoy near Arbinda, "
        "killing seven drivers."
    )
    events = [e for e in extract(text, published="2024-07-13").events if e.type == "attack"]
    earlier = [e for e in events if e.date and e.date.iso == "2023-05"]
    assert earlier and earlier[0].actors == ["JNIM"]


def test_colon_clause_about_a_state_lends_no_actor(extract: Any) -> None:
    text = (
        "Chad's army has seen heavy losses this year: in May gunmen attacked a post near Bol, "
        "killing six soldiers."
    )
    events = [e for e in extract(text, published="2024-07-13").events if e.type == "attack"]
    assert events and events[0].actors == []


def test_the_two_armies_are_the_two_forces_named_before(extract: Any) -> None:
    text = (
        "The Zambia Defence Force and the Malawi Defence Force began joint operations against the rebels "
        "in March. On Sunday, a spokesman said, the two armies overran a rebel camp in the Luangwa valley "
        "and killed nine fighters."
    )
    events = [e for e in _violent(extract(text, published="2025-06-10")) if e.killed is not None]
    assert events
    assert set(events[0].actors) == {"Zambia Defence Force", "Malawi Defence Force"}


def test_detectives_of_a_named_division_are_the_arresting_body(extract: Any) -> None:
    text = "Detectives of the Crime Investigation Division arrested four men in Matara on Thursday."
    arrests = [e for e in extract(text, published="2025-06-10").events if e.type == "military_action"]
    assert arrests and arrests[0].actors == ["Crime Investigation Division"]


def test_members_of_a_named_gang_are_the_attackers(extract: Any) -> None:
    text = "In April, members of the Grand Ravine gang killed at least 30 people in Mirebalais."
    attacks = [e for e in extract(text, published="2025-06-10").events if e.type == "attack"]
    assert attacks and attacks[0].actors == ["Grand Ravine"]


def test_a_states_forces_are_also_the_one_army_of_it_the_report_names(extract: Any) -> None:
    text = (
        "The Kenya Defence Forces (KDF) said its jets had hit a camp on Sunday. "
        "Kenyan forces killed six fighters in an air strike near Bura on Monday, officials said."
    )
    strikes = [e for e in _violent(extract(text, published="2025-06-10")) if e.killed is not None]
    assert strikes and "Kenya Defence Forces" in strikes[0].actors


def test_a_states_forces_stay_the_states_when_two_armies_of_it_are_named(extract: Any) -> None:
    text = (
        "The Kenya Defence Forces (KDF) and the Kenya Air Force said they would patrol the coast. "
        "Kenyan forces killed six fighters in an air strike near Bura on Monday, officials said."
    )
    strikes = [e for e in _violent(extract(text, published="2025-06-10")) if e.killed is not None]
    assert strikes and "Kenya Defence Forces" not in strikes[0].actors


def test_officers_arresting_are_the_body_whose_spokesperson_reports_it(extract: Any) -> None:
    text = (
        "Ghana Police spokesperson Superintendent Kwame Boateng said officers had arrested four "
        "suspected cadres in a raid in Tamale on Wednesday."
    )
    arrests = [e for e in extract(text, published="2025-06-12").events if e.type == "military_action"]
    assert arrests and arrests[0].actors == ["Ghana Police"]


def test_officers_arresting_with_no_named_body_speaking_have_no_actor(extract: Any) -> None:
    text = "Residents said officers had arrested four men in Tamale on Wednesday."
    arrests = [e for e in extract(text, published="2025-06-12").events if e.type == "military_action"]
    assert arrests and arrests[0].actors == []


def test_it_after_a_name_the_tagger_missed_is_not_the_body_named_before(extract: Any) -> None:
    text = (
        "The Defence Council met in Colombo on Monday. The All Ceylon Majlis Ulama, the main body of "
        "clerics, said on Tuesday it condemned the plot."
    )
    statements = [e for e in extract(text, published="2025-06-14").events if e.type == "statement"]
    assert statements and "Defence Council" not in statements[-1].actors


def test_a_group_calling_itself_a_name_is_that_group(extract: Any) -> None:
    text = (
        "A bomb went off on Monday outside a bank in Butwal. On Wednesday, a group calling itself the "
        "Janamukti Krantikari Dal (People's Liberation Party) said it had carried out the bombing."
    )
    attacks = [e for e in extract(text, published="2025-06-14").events if e.type == "attack"]
    assert attacks and attacks[0].actors == ["People's Liberation Party"]


def test_a_speaker_visiting_a_town_speaks_there(extract: Any) -> None:
    text = (
        "State governor Ahmed Bello, visiting Maiduguri on Thursday, condemned the killing of nine "
        "farmers by bandits."
    )
    statements = [e for e in extract(text, published="2024-08-02").events if e.type == "statement"]
    assert [e.place.name if e.place else None for e in statements] == ["Maiduguri"]


def test_harm_in_a_clash_by_a_coordinated_verb_takes_the_shared_subject(extract: Any) -> None:
    text = (
        "Agents of the National Intelligence Agency surrounded a farmhouse near Kovalla on Friday "
        "and killed two smugglers in a gunfight."
    )
    actions = [e for e in extract(text, published="2025-06-14").events if e.type == "military_action"]
    assert actions and actions[0].actors == ["National Intelligence Agency"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of farmers marched through Kovalla on Friday at the call of the National Farmers "
        "Union, demanding lower fuel prices.",
        "Hundreds of farmers marched through Kovalla on Friday in a protest organised by the National "
        "Farmers Union, demanding lower fuel prices.",
    ],
)
def test_an_unnamed_crowd_rallies_for_the_body_that_called_it(extract: Any, text: str) -> None:
    rallies = [e for e in extract(text, published="2025-06-14").events if e.type == "rally"]
    assert rallies and rallies[0].actors == ["National Farmers Union"]


def _actors_of(nlp: Language, text: str, word: str) -> list[str]:
    from nexus.extract.arguments import actor_entities
    from nexus.extract.entities import cluster_entities, token_entity_index

    doc = nlp(text)
    index = token_entity_index(doc, cluster_entities(doc))
    token = next(t for t in doc if t.text == word)
    return [c.name for c in actor_entities(token, index)]


def test_a_measure_coordinated_with_another_has_the_same_imposer(nlp: Language) -> None:
    text = (
        "On Friday the Ministry of Home Affairs imposed a night curfew and a ban on public "
        "gatherings in Kovalla."
    )
    assert _actors_of(nlp, text, "ban") == ["Ministry of Home Affairs"]


def test_a_ban_renewed_by_a_published_notice_is_the_publishers(extract: Any) -> None:
    text = (
        "Last week the Ministry of Home Affairs published a notice renewing the ban on the Ardana "
        "Front for another year."
    )
    sanctions = [e for e in extract(text, published="2025-06-14").events if e.type == "sanction"]
    assert sanctions and sanctions[0].actors == ["Ministry of Home Affairs"]


def test_a_country_in_the_name_of_the_alliance_describing_the_group_is_no_claimant(extract: Any) -> None:
    text = (
        "Gunmen attacked a police post in Ardana on Monday, killing two officers. A spokesman for "
        "the Jamaat Mansoor group, a member of the Tehreek Pakistan alliance, claimed responsibility "
        "for the attack."
    )
    claims = [e for e in extract(text, published="2025-06-14").events if e.type == "claim"]
    assert claims and "Pakistan" not in claims[0].actors
    assert "Jamaat Mansoor" in claims[0].actors


def test_the_one_blamed_for_the_bombings_did_them(nlp: Language) -> None:
    text = (
        "Ivan Petrov was blamed by prosecutors for the bombings of March 3, 2019, when two devices "
        "exploded at a market in Kovalla."
    )
    assert _actors_of(nlp, text, "bombings") == ["Ivan Petrov"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's negotiating panel, led by Amos Wekesa, met rebel envoys in Arusha on Tuesday.",
        "A delegation headed by Amos Wekesa met rebel envoys in Arusha on Tuesday.",
    ],
)
def test_an_unnamed_body_led_by_a_person_acts_through_that_person(extract: Any, text: str) -> None:
    meetings = [e for e in extract(text, published="2025-06-14").events if e.type == "meeting"]
    assert meetings and meetings[0].actors[:1] == ["Amos Wekesa"]
    assert "Kenya" not in meetings[0].actors


def test_the_one_who_masterminded_the_attacks_is_their_actor(extract: Any) -> None:
    text = (
        "A court found on Monday that Budi Hartono masterminded the 2016 bombings of two churches in Medan."
    )
    attacks = [e for e in extract(text, published="2025-06-14").events if e.type == "attack"]
    assert attacks and all(a.actors == ["Budi Hartono"] for a in attacks)


def test_a_name_written_again_unlinked_still_names_the_doer(extract: Any) -> None:
    text = (
        "The Dorvan Liberation Army claimed the ambush on Monday. "
        "Dorvan Liberation Army fighters stormed a police post in Kelmora on Tuesday, killing two officers."
    )
    events = _violent(extract(text, published="2024-06-12"))
    assert events
    assert all(e.actors in ([], ["Dorvan Liberation Army"]) for e in events)


def test_subject_tokens_are_read_once_per_token_and_handed_out_as_copies(nlp: Language) -> None:
    from nexus.extract.arguments import _subject_tokens

    doc = nlp("Rebels ambushed a convoy near the river, and soldiers returned fire.")
    ambushed = next(t for t in doc if t.lower_ == "ambushed")
    returned = next(t for t in doc if t.lower_ == "returned")
    first = _subject_tokens(ambushed)
    assert [t.text for t in first] == ["Rebels"]
    assert [t.text for t in _subject_tokens(returned)] == ["soldiers"]
    first.clear()  # a caller's own list: changing it leaves the kept answer alone
    assert [t.text for t in _subject_tokens(ambushed)] == ["Rebels"]
    assert _subject_tokens(ambushed) is not _subject_tokens(ambushed)
