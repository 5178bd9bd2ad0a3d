"""Variants of the place, geocoding and dateline case kinds, in new words: each kind with other
regions, outlets' dateline forms and sentence shapes (what the event's place must and must not be)."""

from __future__ import annotations

from typing import Any

import pytest


def violent(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type in ("attack", "military_action")]


def names(extraction: Any) -> set[str | None]:
    return {e.place.name if e.place else None for e in violent(extraction)}


# places: destination is not the place ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "destination"),
    [
        (
            "Militants ambushed a minibus travelling to Peshawar near Kohat on Monday and killed six "
            "passengers.",
            "Kohat",
            "Peshawar",
        ),
        (
            "Gunmen opened fire on a truck heading for Goma near Rutshuru on Friday, killing three traders.",
            "Rutshuru",
            "Goma",
        ),
        (
            "Bandits stopped a lorry on its way to Sokoto near Gusau on Sunday and killed five drivers.",
            "Gusau",
            "Sokoto",
        ),
    ],
)
def test_destination_is_not_the_place(extract: Any, text: str, scene: str, destination: str) -> None:
    found = names(extract(text, published="2025-06-04"))
    assert scene in found
    assert destination not in found


# places: origin is not the place --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "origin"),
    [
        (
            "Fighters who had crossed from Mali attacked an army post in Djibo on Monday, killing eight "
            "soldiers.",
            "Djibo",
            "Mali",
        ),
        (
            "A man stabbed three passengers on a train travelling from Hamburg to Kiel shortly before it "
            "reached Neumünster station on Monday, police said.",
            "Neumünster",
            "Hamburg",
        ),
        (
            "Rockets fired from Lebanon struck the town of Metula on Tuesday, wounding three people.",
            "Metula",
            "Lebanon",
        ),
    ],
)
def test_origin_is_not_the_place(extract: Any, text: str, scene: str, origin: str) -> None:
    found = names(extract(text, published="2025-06-04"))
    assert origin not in found
    assert any(n and scene.split()[0] in n for n in found)


# datelines: every form --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "filed"),
    [
        (
            "PESHAWAR: Militants attacked a checkpost in Bajaur district on Wednesday, killing three "
            "soldiers, officials said.",
            "Bajaur",
            "Peshawar",
        ),
        (
            "Maiduguri, Nigeria (Wire) - Boko Haram fighters killed 11 fishermen near Monguno on "
            "Saturday, officials said.",
            "Monguno",
            "Maiduguri",
        ),
        (
            "KABUL, Afghanistan — A bomb exploded at a mosque in Kunduz on Friday, killing 14 "
            "worshippers, police said.",
            "Kunduz",
            "Kabul",
        ),
        (
            "Mogadishu — Al-Shabaab fighters attacked a military base in Middle Shabelle on Thursday, "
            "killing five soldiers.",
            "Middle Shabelle",
            "Mogadishu",
        ),
    ],
)
def test_dateline_city_is_not_the_place(extract: Any, text: str, scene: str, filed: str) -> None:
    found = {n.lower() for n in names(extract(text, published="2025-06-04")) if n}
    assert scene.lower() in found
    assert filed.lower() not in found


# places: where a witness was reached is not the place -----------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "reached"),
    [
        (
            "Gunmen killed eight herders in the village of Tondikiwindi on Sunday. A relative, contacted "
            "by phone from Niamey, said the attackers came on motorbikes.",
            "Tondikiwindi",
            "Niamey",
        ),
        (
            "Jihadists killed five people in the hamlet of Koumbri on Monday, a resident told reporters "
            "by phone from Ouahigouya.",
            "Koumbri",
            "Ouahigouya",
        ),
        (
            "Militants shot dead four teachers in the village of Kotulo on Friday. A survivor, speaking "
            "by telephone from Nairobi, said the gunmen separated them from the other passengers.",
            "Kotulo",
            "Nairobi",
        ),
    ],
)
def test_where_a_witness_was_reached_is_not_the_place(
    extract: Any, text: str, scene: str, reached: str
) -> None:
    found = names(extract(text, published="2025-06-04"))
    assert scene in found
    assert reached not in found


# places: a neighbour named for the border is not the place ------------------------------------


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        (
            "Seven soldiers were killed near the border with Afghanistan on Wednesday, the Pakistani "
            "military said.",
            "Afghanistan",
        ),
        (
            "Twelve gendarmes died in an ambush close to the frontier with Burkina Faso on Monday, "
            "Niger's defence ministry said.",
            "Burkina Faso",
        ),
        (
            "Nine soldiers were killed near the border with Somalia on Thursday, the Kenya Defence "
            "Forces said.",
            "Somalia",
        ),
    ],
)
def test_neighbour_named_for_the_border_is_not_the_place(extract: Any, text: str, neighbour: str) -> None:
    extraction = extract(text, published="2025-06-06")
    assert violent(extraction)
    assert neighbour not in names(extraction)


# places: a descriptive region is not the place -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Gunmen attacked a village in Niger's west on Saturday, killing 20 people. The vast Sahel "
            "nation has struggled with jihadist violence since 2015.",
            "Niger",
        ),
        (
            "Armed men killed nine civilians in northern Burkina Faso on Tuesday. The impoverished Sahel "
            "state is ruled by a military junta.",
            "Burkina Faso",
        ),
        (
            "Fighters raided a market in Mali's centre on Monday, killing seven traders. The landlocked "
            "Sahel country has been fighting insurgents for a decade.",
            "Mali",
        ),
    ],
)
def test_descriptive_region_is_not_the_place(extract: Any, text: str, country: str) -> None:
    found = names(extract(text, published="2025-06-04"))
    assert country in found
    assert "Sahel" not in found


# geocoding: fragments and homonyms ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "village", "country"),
    [
        (
            "Jihadists raided a village in north-west Nigeria, killing several people.\n\nReports of the "
            "toll in Dan Sadau, Zamfara state, varied. A local official said six died but a resident said "
            "up to 20 were killed.",
            "Dan Sadau",
            "NG",
        ),
        (
            "Gunmen attacked a settlement in south-east Niger, killing several herders.\n\nAccounts of "
            "the toll in Toumour, Diffa region, differed. An official said five died while a resident "
            "said up to 12 were killed.",
            "Toumour",
            "NE",
        ),
        (
            "Militants stormed a village in north-east Kenya, killing several people.\n\nFigures for the "
            "toll in Elwak, Mandera county, differed. Police said three died but elders said up to nine "
            "were killed.",
            "Elwak",
            "KE",
        ),
    ],
)
def test_village_of_a_fragmented_report_keeps_its_country(
    extract: Any, text: str, village: str, country: str
) -> None:
    extraction = extract(text, published="2025-06-04")
    places = [e.place for e in violent(extraction) if e.place and e.place.name == village]
    assert places and places[0].country == country
    assert not {"north-", "north", "south-", "south"} & {e.name for e in extraction.entities}


# geocoding: admin1 of capitals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Officials of the two governments held talks in Islamabad on Monday.", "PK", "Islamabad"),
        ("The two defence ministers met in Abuja on Friday.", "NG", "Federal Capital Territory"),
        ("Negotiators from both sides met in Canberra on Wednesday.", "AU", "Australian Capital Territory"),
    ],
)
def test_capital_has_its_own_first_level_division(extract: Any, text: str, country: str, admin1: str) -> None:
    meetings = [e for e in extract(text, published="2025-06-06").events if e.type == "meeting"]
    assert meetings and meetings[0].place is not None
    assert (meetings[0].place.country, meetings[0].place.admin1) == (country, admin1)


# geocoding: short country names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen killed six soldiers in eastern Burkina on Monday.", "BF"),
        ("Militants killed four police officers in eastern Bosnia on Monday.", "BA"),
        ("Rebels killed eleven villagers in the east of the DRC on Sunday.", "CD"),
    ],
)
def test_short_country_name(extract: Any, text: str, country: str) -> None:
    events = violent(extract(text, published="2025-06-04"))
    assert events and events[0].place is not None and events[0].place.country == country


# entities: places after locative prepositions ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "doer"),
    [
        (
            "A Russian drone strike killed three people in Kramatorsk on Sunday, officials said.",
            "Kramatorsk",
            "Russia",
        ),
        (
            "A Pakistani drone strike killed five militants in Miranshah on Friday, officials said.",
            "Miranshah",
            "Pakistan",
        ),
        (
            "An Israeli air strike killed two men in Khan Yunis on Tuesday, medics said.",
            "Khan Yunis",
            "Israel",
        ),
    ],
)
def test_town_after_a_locative_preposition_is_the_strike_place(
    extract: Any, text: str, place: str, doer: str
) -> None:
    extraction = extract(text, published="2025-06-04")
    strikes = [e for e in extraction.events if e.type == "military_action"]
    assert strikes and strikes[0].place is not None and strikes[0].place.name == place
    assert any(e.name == place and e.type == "PLACE" for e in extraction.entities)
    assert not [e for e in extraction.events if e.type == "attack"]


# entities: peoples are not places ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "peoples"),
    [
        (
            "Tajiks, Uighurs and Pakistanis were among the militants killed in the raid on Tuesday, "
            "officials said.",
            {"Tajiks", "Uighurs", "Pakistanis"},
        ),
        (
            "Somalis and Kenyans were among the victims of the bombing on Sunday, police said.",
            {"Somalis", "Kenyans"},
        ),
        (
            "Chadians and Sudanese were among the fighters captured by troops on Monday.",
            {"Chadians", "Sudanese"},
        ),
    ],
)
def test_peoples_are_not_places(extract: Any, text: str, peoples: set[str]) -> None:
    extraction = extract(text, published="2025-06-04")
    assert not {e.name for e in extraction.entities if e.type == "PLACE"} & peoples


# places: the speaker's city is not the place --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "speaker_city"),
    [
        (
            "An attacker stabbed three people at a tram stop in Gerlingen on Monday. Police spokeswoman "
            "Anna Weber from the nearby city of Ludwigsburg said one victim died.",
            "Gerlingen",
            "Ludwigsburg",
        ),
        (
            "A man stabbed two women outside a bakery in Bocholt on Thursday. Prosecutor Lena Vogt from "
            "the nearby city of Münster said both were seriously hurt.",
            "Bocholt",
            "Münster",
        ),
        (
            "A knifeman wounded four people at a station in Herford on Friday. A police spokesman from "
            "the nearby city of Bielefeld said the suspect was detained.",
            "Herford",
            "Bielefeld",
        ),
    ],
)
def test_speakers_city_is_not_the_place(extract: Any, text: str, scene: str, speaker_city: str) -> None:
    extraction = extract(text, published="2025-06-07")
    found = names(extraction)
    assert scene in found
    assert speaker_city not in found
    assert not any(e.name == speaker_city and e.type == "PERSON" for e in extraction.entities)


# datelines: the dateline is no target -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "filed", "scene"),
    [
        (
            "NAIROBI, Kenya - Four militants were killed in clashes with troops in Lamu on Thursday, the "
            "military said.",
            "NAIROBI",
            "Lamu",
        ),
        ("ABUJA, Nigeria – Troops killed 12 insurgents in Borno on Monday, the army said.", "ABUJA", "Borno"),
        (
            "JAKARTA, Indonesia - Two rebels were killed in a gunfight with soldiers in Intan Jaya on "
            "Saturday, the military said.",
            "JAKARTA",
            "Intan Jaya",
        ),
    ],
)
def test_dateline_is_no_target(extract: Any, text: str, filed: str, scene: str) -> None:
    events = violent(extract(text, published="2025-06-04"))
    assert events and events[0].place is not None and events[0].place.name == scene
    assert all(filed.lower() not in {t.lower() for t in e.targets} for e in events)


# places: an ungeocoded village is kept ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "village", "country"),
    [
        (
            "Gunmen attacked a police post in Tinzouli, in southern Niger, on Monday, killing nine "
            "gendarmes, officials said. JNIM claimed responsibility for the raid.",
            "Tinzouli",
            "NE",
        ),
        (
            "Militants attacked a checkpoint in Dargakolo, in northern Burkina Faso, on Sunday, killing 12 "
            "soldiers, security sources said. The Islamic State Sahel Province claimed the attack.",
            "Dargakolo",
            "BF",
        ),
        (
            "Insurgents overran an army base in Kwatangi, in north-eastern Nigeria, on Friday, killing "
            "seven soldiers. ISWAP claimed responsibility for the assault.",
            "Kwatangi",
            "NG",
        ),
    ],
)
def test_ungeocoded_village_is_kept_for_the_attack_and_its_claim(
    extract: Any, text: str, village: str, country: str
) -> None:
    extraction = extract(text, published="2025-06-04")
    attacks = [e for e in extraction.events if e.type == "attack"]
    claims = [e for e in extraction.events if e.type == "claim"]
    assert attacks and attacks[0].place is not None and attacks[0].place.name == village
    assert attacks[0].place.country == country
    assert claims and claims[0].place is not None and claims[0].place.name == village


# places: sites, and places carried over from the same happening -----------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "At least seven people were killed when gunmen stormed the Palm Court Hotel in Beledweyne on "
            "Saturday night, police said.\n\nOn Sunday morning, troops were still fighting to end the hotel "
            "siege. Soldiers later cordoned off the area and launched a clearance operation for the "
            "remaining attackers.",
            "Palm Court Hotel",
        ),
        (
            "Gunmen stormed the Lido Garden restaurant in Baidoa on Thursday evening, killing at least five "
            "diners, officials said.\n\nOn Friday morning, security forces were still fighting to end the "
            "restaurant siege, a police officer said.",
            "Lido Garden",
        ),
    ],
)
def test_site_is_carried_to_the_operation_of_the_same_happening(extract: Any, text: str, site: str) -> None:
    extraction = extract(text, published="2025-06-09")
    ops = [e for e in extraction.events if e.type == "military_action"]
    assert any(e.place is not None and site in e.place.name for e in ops)


# places: origin; visits by persons -----------------------------------------------------------------


def test_crossing_from_a_neighbour_and_a_state_visit(extract: Any) -> None:
    text = (
        "Gunmen from Mali crossed into Niger's Tillaberi region on Monday and attacked herders in "
        "Bankilare, killing 11 people, officials said.\n\nPresident Abdourahamane Tiani, who was on a "
        "visit to Turkey, returned to Niamey on Tuesday."
    )
    extraction = extract(text, published="2025-06-04")
    assert "Bankilare" in names(extraction)
    assert "Mali" not in names(extraction)
    visits = [e for e in extraction.events if e.type == "visit"]
    assert visits and visits[0].place is not None and visits[0].place.name == "Turkey"


# datelines and headlines: the body's precise place --------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "wider"),
    [
        (
            "Market blast kills seven in Khyber Pakhtunkhwa\n\nPESHAWAR – A bomb tore through a vegetable "
            "market in Bajaur district on Monday, killing seven people.",
            "Bajaur",
            {"Khyber Pakhtunkhwa", "Peshawar"},
        ),
        (
            "Ambush kills six soldiers in Borno\n\nMAIDUGURI – Insurgents ambushed an army patrol in Gwoza "
            "local government area on Sunday, killing six soldiers.",
            "Gwoza",
            {"Borno", "Maiduguri"},
        ),
    ],
)
def test_body_names_the_precise_place(extract: Any, text: str, scene: str, wider: set[str]) -> None:
    found = names(extract(text, published="2025-06-04"))
    assert scene in found
    assert not found & wider


# datelines: every form; districts of a city -----------------------------------------------------


def test_district_of_a_city_after_a_date_first_wire_dateline(extract: Any) -> None:
    text = (
        "March 4 (Example Wire) -- A gunman opened fire at a cafe in Karachi's Lyari district on "
        "Tuesday, killing three people."
    )
    events = violent(extract(text, published="2025-03-04"))
    assert events and events[0].place is not None and events[0].place.name == "Lyari"
    assert events[0].place.country == "PK"


# datelines: a dated dateline dates the report ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "scene"),
    [
        (
            "Tue 03 June 2025: Bandits killed nine villagers in Maru, Zamfara State, on Monday night, "
            "police said.",
            "2025-06-02",
            "Maru",
        ),
        (
            "Friday, 30 May 2025 — Gunmen killed four traders in Chibok, Borno State, on Thursday, "
            "police said.",
            "2025-05-29",
            "Chibok",
        ),
    ],
)
def test_dated_dateline_dates_the_report(extract: Any, text: str, day: str, scene: str) -> None:
    events = violent(extract(text, published=None))
    assert events and events[0].date is not None and events[0].date.iso == day
    assert events[0].place is not None and events[0].place.name == scene


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "A convoy bound for Maiduguri was attacked outside Damboa on Sunday, and gunmen killed nine "
            "drivers.",
            "Damboa",
        ),
        ("A man wounded two shoppers with a knife in a supermarket in Hemer on Saturday.", "Hemer"),
        (
            "Bandits stopped a lorry on its way to Sokoto near Gusau on Sunday and killed five drivers.",
            "Gusau",
        ),
    ],
)
def test_untagged_town_after_a_locative_preposition_is_a_place(extract: Any, text: str, town: str) -> None:
    extraction = extract(text, published="2025-06-04")
    assert any(e.name == town and e.type == "PLACE" for e in extraction.entities)


# places: a town's own police tell of a happening there -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police in Graz said a man with an axe wounded four shoppers at a supermarket on Friday.",
        "A knifeman wounded two guards at a museum on Friday, police in Graz said.",
    ],
)
def test_a_towns_police_place_a_happening_told_nowhere_else(extract: Any, text: str) -> None:
    assert names(extract(text, published="2024-03-12")) == {"Graz"}


def test_a_spokesmans_seat_never_beats_the_scene(extract: Any) -> None:
    text = "Police in Graz said a man with an axe wounded four shoppers in Leoben on Friday."
    assert names(extract(text, published="2024-03-12")) == {"Leoben"}
