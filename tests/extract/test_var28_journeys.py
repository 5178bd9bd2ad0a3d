"""A conveyance's journey: where it came out of is no place of the harm done aboard, its own
leaving is no visit, and a blade's slash in a short report reaches the parser."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from nexus.extract import triage


def _events(extract: Any, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.place.name if e.place else None) for e in extract(text, published="2025-06-09").events]


@pytest.mark.parametrize(
    ("text", "scene", "origin"),
    [
        (
            "A man knifed four commuters on the night train out of Lyon as it pulled into Dijon "
            "station on Saturday, police said.",
            "Dijon",
            "Lyon",
        ),
        (
            "Two guards were shot dead aboard a cargo flight out of Kano shortly after it landed "
            "at Kaduna airport on Friday, officials said.",
            "Kaduna",
            "Kano",
        ),
    ],
)
def test_what_a_conveyance_came_out_of_is_no_place_of_the_harm(
    extract: Any, text: str, scene: str, origin: str
) -> None:
    found = _events(extract, text)
    places = {p for t, p in found if t == "attack"}
    assert scene in places, found
    assert origin not in places, found


def test_a_conveyance_leaving_for_a_town_is_no_visit(extract: Any) -> None:
    text = (
        "The ferry that had left Hull for Rotterdam on Sunday was boarded by armed men, "
        "who stabbed two deckhands, police said."
    )
    assert not [p for t, p in _events(extract, text) if t == "visit"]


@pytest.mark.parametrize(
    "text",
    [
        "The Federal Investigation Service has sent a team of forensic experts to Gulu to help "
        "the local police, a spokesman said on Tuesday.",
        "The Coastal Guard Service dispatched a team of divers to Mombasa on Monday to search the harbour.",
    ],
)
def test_a_body_named_service_sending_a_team_is_still_a_visit(extract: Any, text: str) -> None:
    assert [t for t, _p in _events(extract, text) if t == "visit"]


def test_a_person_leaving_for_a_capital_is_still_a_visit(extract: Any) -> None:
    text = "The foreign minister left Nairobi for Addis Ababa on Sunday for talks on the ceasefire."
    assert [t for t, _p in _events(extract, text) if t == "visit"]


@pytest.mark.parametrize(
    "text",
    [
        "On a late coach heading from Leeds to York, a youth slashed two riders with a blade on Friday, "
        "police said.",
        "A teenager slashed two shoppers with a razor outside a mall in Leeds on Friday, police said.",
    ],
)
def test_a_slash_beside_a_strong_cue_reaches_the_parser(text: str) -> None:
    [decision] = triage.decide([spacy.blank("en").make_doc(text)])
    assert decision.relevant, decision.reason


def test_prices_slashed_stay_out(extract: Any) -> None:
    text = "The chain slashed prices on bread and milk on Friday, its chief executive said."
    [decision] = triage.decide([spacy.blank("en").make_doc(text)])
    assert not decision.relevant, decision.reason


def test_what_troops_drove_an_enemy_out_of_is_the_place(extract: Any) -> None:
    text = (
        "Soldiers drove the insurgents out of Kalemie, 40 km south of Moba, killing nine of them, "
        "a colonel told reporters."
    )
    places = {p for t, p in _events(extract, text) if t == "military_action"}
    assert "Kalemie" in places, places
