"""One dateline parser: filing places, outlet and date, for every stage that must skip them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from nexus.extract.dateline import parse_dateline


def test_places_and_outlet_are_found_with_their_offsets() -> None:
    text = "ISLAMABAD/NEW DELHI, May 7 (Frontier Wire) - India struck nine sites."
    found = parse_dateline(text)
    assert found is not None
    assert found.places == "ISLAMABAD/NEW DELHI" and found.places_start == 0
    assert found.outlet == "Frontier Wire"
    assert text[found.outlet_start : found.outlet_start + len(found.outlet)] == "Frontier Wire"
    assert text[found.end :].startswith("India")


def test_country_after_city_double_dash_and_no_outlet() -> None:
    found = parse_dateline("PESHAWAR, Pakistan -- A bomb exploded.")
    assert found is not None and found.places == "PESHAWAR" and found.outlet is None


def test_ordinary_opening_sentence_is_no_dateline() -> None:
    assert parse_dateline("Gunmen attacked a checkpoint in Quetta on Monday.") is None


@pytest.mark.parametrize(
    ("text", "places", "body"),
    [
        ("GARISSA: Two teachers were shot dead at a school.", "GARISSA", "Two"),
        ("Kandahar : A roadside bomb hit a police van.", "Kandahar", "A roadside"),
        ("MAIDUGURI – Insurgents raided a camp overnight.", "MAIDUGURI", "Insurgents"),
        ("ZAMBOANGA CITY: Soldiers clashed with gunmen.", "ZAMBOANGA CITY", "Soldiers"),
        ("MOSUL (Tigris Post) - A car bomb exploded.", "MOSUL", "A car"),
        ("GOMA, Congo - Rebels shelled the outskirts.", "GOMA", "Rebels"),
        ("Herat – Gunmen attacked a mosque.", "Herat", "Gunmen"),
        ("New Delhi: Police arrested two men.", "New Delhi", "Police"),
        ("Kano, Nigeria - Gunmen attacked a mosque.", "Kano", "Gunmen"),
        ("KISMAYO—Gunmen stormed a hotel.", "KISMAYO", "Gunmen"),
        ("(Lakes Wire) - Rebels shelled the outskirts.", "", "Rebels"),
    ],
)
def test_every_place_first_form(text: str, places: str, body: str) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert found.places == places
    assert text[found.end :].startswith(body)


def test_city_country_and_date_before_the_outlet() -> None:
    text = "BENI, Congo, Oct 3 (Lakes Wire) - Rebels killed 11 villagers."
    found = parse_dateline(text)
    assert found is not None and found.places == "BENI" and found.outlet == "Lakes Wire"
    assert found.date_text == "Oct 3"
    assert found.filed(date(2024, 10, 4)) == date(2024, 10, 3)
    assert found.filed(None) is None  # no year, no publication date: no filing day


@pytest.mark.parametrize(
    ("text", "outlet", "filed"),
    [
        ("Nov 12 (Delta Courier) -- Gunmen seized a ferry.", "Delta Courier", None),
        ("Tue 05 March 2024: Gunmen seized a ferry.", None, date(2024, 3, 5)),
        ("Friday, 9 August 2024 - Gunmen seized a ferry.", None, date(2024, 8, 9)),
    ],
)
def test_date_first_forms(text: str, outlet: str | None, filed: date | None) -> None:
    found = parse_dateline(text)
    assert found is not None and found.places == "" and found.outlet == outlet
    assert found.filed(None) == filed
    assert text[found.end :].startswith("Gunmen")


@pytest.mark.parametrize(
    "text",
    [
        "ANALYSIS: The war has entered a new phase.",
        "WATCH LIVE: The minister addresses parliament.",
        "LAHORE-based traders closed their shops.",
        "UPDATE: Adds the minister's comments.",
        "Police said: the attackers fled on foot.",
        "Police Chief Musa Bello: the attackers fled on foot.",
        "March 3 - the day the ceasefire collapsed - is remembered.",
        "Posted March 4, 2026 | Source: Office of the Provincial Governor",
        "Published 12 May 2025 | Regional desk",
        "Tuesday 9 June - Roadside bomb near the ferry landing",
    ],
)
def test_labels_speakers_and_sentences_are_no_datelines(text: str) -> None:
    assert parse_dateline(text) is None


def test_a_dateline_is_read_at_the_start_of_any_line() -> None:
    text = "Ferry hijacked on Lake Kivu\n\nGOMA, June 2 (Lakes Wire) - Gunmen seized a ferry."
    start = text.index("GOMA")
    found = parse_dateline(text, start)
    assert found is not None and found.start == start and found.places_start == start
    assert text[found.end :].startswith("Gunmen")


def test_a_spanish_or_french_dated_dateline_is_a_dateline() -> None:
    found = parse_dateline("QUITO, 4 de agosto (Agencia Sur) - Tres soldados murieron.")
    assert found is not None and found.places == "QUITO" and found.outlet == "Agencia Sur"
    assert found.date_text == "4 de agosto"
    found = parse_dateline("NIAMEY, 17 juillet (Sahel Info) - Gunmen killed six.")
    assert found is not None and found.date_text == "17 juillet"


def test_the_day_of_a_foreign_dateline_is_no_casualty_figure(extract: Any) -> None:
    text = (
        "LIMA, 12 de mayo (Agencia Sur) - Three soldiers were killed on Sunday "
        "when rebels ambushed a patrol in Vizcatán."
    )
    (attack,) = [e for e in extract(text, published="2025-05-12").events if e.type == "attack"]
    assert attack.killed is not None and attack.killed.value == 3


@pytest.mark.parametrize(
    ("text", "places", "outlet", "body"),
    [
        ("HARGEISA, Somaliland, June 3 (Horn Courier) - Troops moved.", "HARGEISA", "Horn Courier", "Troops"),
        ("BENI (Kivu Wire) — Rebels killed ten villagers.", "BENI", "Kivu Wire", "Rebels"),
        ("Tamale, Ghana — Police arrested two suspects.", "Tamale", None, "Police"),
        ("Nouakchott (Sahara Desk) — A court jailed three men.", "Nouakchott", "Sahara Desk", "A court"),
        ("KOHAT: A bomb went off near a mosque.", "KOHAT", None, "A bomb"),
        ("Herat :  Gunmen shot a cleric.", "Herat", None, "Gunmen"),
    ],
)
def test_more_dateline_styles(text: str, places: str, outlet: str | None, body: str) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert (found.places, found.outlet) == (places, outlet)
    assert text[found.end :].lstrip().startswith(body)


def test_a_dateline_city_is_no_place_for_the_body_event(extract: Any) -> None:
    text = (
        "Suicide blast kills nine in Somalia\n\n"
        "KISMAYO — A suicide bomber killed nine people at a livestock market in Afmadow on Tuesday, "
        "police said."
    )
    extraction = extract(text, published="2024-07-10")
    places = {e.place.name if e.place else None for e in extraction.events if e.type == "attack"}
    assert "Afmadow" in places
    assert not places & {"Kismayo", "KISMAYO", "Somalia"}


def test_a_date_first_dateline_dates_the_report(extract: Any) -> None:
    text = "Thu 11 July 2024: Gunmen killed six farmers in Riyom, Plateau State, on Wednesday night."
    extraction = extract(text, published=None)
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert attacks and attacks[0].date is not None and attacks[0].date.iso == "2024-07-10"
    assert attacks[0].place is not None and attacks[0].place.name == "Riyom"


@pytest.mark.parametrize(
    ("text", "places", "outlet", "date_text"),
    [
        ("Jammu, Oct 14 (NWA) Three militants were killed.", "Jammu", "NWA", "Oct 14"),
        ("LUCKNOW (Ganga Wire) Police arrested two men.", "LUCKNOW", "Ganga Wire", None),
        ("Nov 2 (Deccan Desk) Gunmen shot a trader.", "", "Deccan Desk", "Nov 2"),
    ],
)
def test_outlet_bracket_without_a_separator_ends_the_dateline(
    text: str, places: str, outlet: str, date_text: str | None
) -> None:
    """Indian wire copy puts no dash after the outlet: "City, Mon D (Agency) Body..."."""
    found = parse_dateline(text)
    assert found is not None
    assert (found.places, found.outlet, found.date_text) == (places, outlet, date_text)
    assert text[found.end :][0].isupper() and not text[found.end :].startswith(" ")


def test_a_sentence_opening_with_a_name_and_its_acronym_is_no_dateline() -> None:
    assert parse_dateline("Harkat Sena (HS) Commander Imran Dar was arrested on Monday.") is None


@pytest.mark.parametrize(
    ("text", "places", "outlet", "body"),
    [
        ("Mosul / NINA / Two shepherds were found dead.", "Mosul", "NINA", "Two shepherds"),
        ("HODEIDAH/SPA/ A fishing boat sank.", "HODEIDAH", "SPA", "A fishing boat"),
    ],
)
def test_agency_set_between_slashes(text: str, places: str, outlet: str, body: str) -> None:
    found = parse_dateline(text)
    assert found is not None and found.places == places and found.outlet == outlet
    assert text[found.outlet_start : found.outlet_start + len(outlet)] == outlet
    assert text[found.end :].startswith(body)


def test_place_joined_by_slash_is_still_two_places() -> None:
    found = parse_dateline("KABUL/TEHRAN (Frontier Wire) - Talks resumed.")
    assert found is not None and found.places == "KABUL/TEHRAN" and found.outlet == "Frontier Wire"


@pytest.mark.parametrize(
    ("text", "outlet", "date_text"),
    [
        ("QUITO, 7 abr (Andes Wire). — Soldiers found a depot.", "Andes Wire", "7 abr"),
        ("LA PAZ, 22 dic (Andes Wire) - Police raided a farm.", "Andes Wire", "22 dic"),
        ("NIAMEY, 9 janv (Sahel Wire) - A convoy was hit.", "Sahel Wire", "9 janv"),
    ],
)
def test_wire_month_abbreviations_and_a_dot_after_the_outlet(text: str, outlet: str, date_text: str) -> None:
    found = parse_dateline(text)
    assert found is not None and found.outlet == outlet
    assert found.date_text == date_text
    assert not text[found.end :].startswith(("(", ".", "-", "—"))


def test_place_stamp_line_with_a_country() -> None:
    text = "Jos, Nigeria | Updated: Wed, 5 Feb 2025 18:20 WAT\nHerders clashed with farmers."
    found = parse_dateline(text)
    assert found is not None and found.places == "Jos"
    assert found.filed() == date(2025, 2, 5)


def test_place_stamp_with_a_latin_american_time_zone() -> None:
    text = "Pasto | Published 3 Jun 2024 07:15 COT\nA grenade hit a police post."
    found = parse_dateline(text)
    assert found is not None and found.places == "Pasto" and found.filed() == date(2024, 6, 3)


def test_a_place_alone_on_its_line_is_read_by_the_dateline_grammar() -> None:
    from nexus.extract.dateline import parse_lone_place

    found = parse_lone_place(40, "DERA GHAZI KHAN")
    assert found is not None and (found.places, found.start, found.end) == ("DERA GHAZI KHAN", 40, 55)
    capped = parse_lone_place(0, "GAROUA, CAMEROON")
    assert capped is not None and capped.places == "GAROUA, CAMEROON"
    assert parse_lone_place(0, "Garoua") is not None  # a town by its very name
    assert parse_lone_place(0, "Adamawa") is None  # title case: a region is no lone dateline
    assert parse_lone_place(0, "BREAKING") is None  # a label
    assert parse_lone_place(0, "Police said the attackers fled") is None
