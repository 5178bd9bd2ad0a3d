"""Who spoke, by entity spans: bodies whose names hold another body's name, names written in
French or Spanish, a place and its office before a holder's name, given names set off after a
title, a local unit's place premodifier, an office named by its holder's possessive, and a
body's bare head noun ("the Command") standing for the body named before."""

from __future__ import annotations

from typing import Any

import pytest


def _names(extraction: Any) -> set[str]:
    return {e.name for e in extraction.entities}


def _events(extraction: Any, kind: str) -> list[Any]:
    return [e for e in extraction.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Secretariat of the UN Independent Panel on Water Sharing voiced alarm on "
            "Wednesday over the deaths of nine detainees in Kindia.",
            "Secretariat of the UN Independent Panel on Water Sharing",
        ),
        (
            "Medics attached to the Stabilisation Mission of the African Union lost three men near "
            "Galkayo on Tuesday, a commander said.",
            "Stabilisation Mission of the African Union",
        ),
    ],
)
def test_a_body_holding_a_known_body_is_one_name(extract: Any, text: str, body: str) -> None:
    names = _names(extract(text))
    assert body in names
    assert "Secretariat" not in names and "Stabilisation Mission" not in names


def test_an_army_of_a_state_stays_two_names(extract: Any) -> None:
    names = _names(extract("Soldiers of the Army of Chad patrolled the market in Bol on Saturday."))
    assert not any(name.startswith("Army of") for name in names)


@pytest.mark.parametrize(
    ("text", "movement"),
    [
        (
            "Students marched through Kisangani on Friday at the call of the youth collective "
            "Vigilance pour la Paix, which blames the army for the massacres.",
            "Vigilance pour la Paix",
        ),
        (
            "A drone operated by the Frente de Resistencia Popular hit a police post outside "
            "Popayán on Sunday, officials said.",
            "Frente de Resistencia Popular",
        ),
    ],
)
def test_a_name_in_another_tongue_runs_on_through_its_connectors(
    extract: Any, text: str, movement: str
) -> None:
    assert movement in _names(extract(text))


def test_a_place_and_its_governor_left_out_of_the_holders_name(extract: Any) -> None:
    extraction = extract(
        "Lanao del Norte Governor Imelda Quibranza Dimaporo said in Iligan late on Thursday that "
        "classes would resume after the grenade blast in Tubod."
    )
    names = _names(extraction)
    assert "Imelda Quibranza Dimaporo" in names
    assert not any("Governor" in name for name in names)


def test_a_local_units_place_premodifier_stays_in_its_defined_name(extract: Any) -> None:
    names = _names(
        extract(
            "Fighters of the Mingin Township Local Defence Force (LDF) overran an army post at "
            "Khampat on Saturday, killing five soldiers."
        )
    )
    assert "Mingin Township Local Defence Force" in names
    assert "Local Defence Force" not in names


def test_the_bare_head_of_a_body_speaks_for_the_body(extract: Any) -> None:
    extraction = extract(
        "ISIOLO, March 4 — The Upper Eastern Regional Security Committee said on Monday that two "
        "herders were shot dead near Merti on Sunday. The Committee has banned the carrying of "
        "firearms in Merti for a month. The Committee condemns the killings and urges calm."
    )
    assert "Committee" not in _names(extraction)
    statements = _events(extraction, "statement")
    assert statements
    assert all("Upper Eastern Regional Security Committee" in s.actors for s in statements)


def test_two_bodies_with_one_head_leave_the_bare_head_to_neither(extract: Any) -> None:
    extraction = extract(
        "The Northern Border Command and the Lakeside Joint Command met in Lodwar on Friday. "
        "The Command later said patrols would double."
    )
    for entity in extraction.entities:
        if entity.name in ("Northern Border Command", "Lakeside Joint Command"):
            assert "Command" not in entity.aliases


def test_a_town_named_before_a_local_force_stays_in_its_defined_name(extract: Any) -> None:
    names = _names(
        extract(
            "Men of the Monywa People's Liberation Front (PLF) blew up a bridge used by junta trucks "
            "near Budalin on Friday."
        )
    )
    assert "Monywa People's Liberation Front" in names


def test_a_word_of_the_language_before_a_defined_name_stays_out(extract: Any) -> None:
    names = _names(
        extract(
            "Engineers of the Union Ministry of Water Resources (MWR) reached the breached dam on "
            "Thursday after the sabotage."
        )
    )
    assert "Union Ministry of Water Resources" not in names


def test_given_names_between_a_title_and_a_lone_surname_join_it(extract: Any) -> None:
    extraction = extract(
        "The state's Public Works Secretary, Aurelio Benítez Carranza, condemned the blast at the "
        "toll booth and promised arrests within days."
    )
    names = _names(extraction)
    assert "Aurelio Benítez Carranza" in names
    assert "Carranza" not in names


def test_an_office_named_by_its_holders_possessive_is_a_body(extract: Any) -> None:
    extraction = extract(
        "The Chief Minister's Office warned late on Sunday that everyone behind the bombing of the "
        "ferry would face arrest."
    )
    assert "Chief Minister's Office" in _names(extraction)
    statements = _events(extraction, "statement")
    assert statements and "Chief Minister's Office" in statements[0].actors


def test_a_body_issuing_its_own_release_speaks_in_it(extract: Any) -> None:
    text = (
        "WESTERN RIFT BORDER COMMAND\nPRESS RELEASE\n\n1. The Western Rift Border Command regrets to "
        "report that a patrol lorry struck a landmine near Ishasha on Tuesday, injuring three "
        "rangers.\n\n2. The Command has suspended night travel on the Ishasha road until further "
        "notice.\n\n3. The Command condemns this cowardly act."
    )
    extraction = extract(text, published="2025-06-11", outlet="Western Rift Border Command")
    body = next(e for e in extraction.entities if e.name == "Western Rift Border Command")
    assert body.subtype != "media"
    statements = _events(extraction, "statement")
    assert statements and "Western Rift Border Command" in statements[0].actors


def test_an_outlet_named_as_a_news_service_stays_a_medium(extract: Any) -> None:
    text = "KAMPALA, June 11 (Lake Region News Service) — Two rangers were hurt near Ishasha on Tuesday."
    extraction = extract(text, published="2025-06-11", outlet="Lake Region News Service")
    outlet = [e for e in extraction.entities if e.name == "Lake Region News Service"]
    assert outlet and outlet[0].subtype == "media"
