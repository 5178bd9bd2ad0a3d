"""A happening its own clause sets at an unnamed stretch away from towns ("near the border
crossing", "on the highway") is not placed at the dateline city nor at a town told elsewhere."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.places import away_from_towns


def violent_places(extraction: Any) -> list[str | None]:
    violent = ("attack", "military_action")
    return [e.place.name if e.place else None for e in extraction.events if e.type in violent]


@pytest.mark.parametrize(
    "sentence",
    [
        "Border guards said they had shot dead four traffickers in a gunfight near the frontier on Friday.",
        "Gunmen ambushed a fuel tanker on the highway late on Monday, killing its driver.",
    ],
)
def test_an_unnamed_stretch_away_from_towns_takes_no_dateline_city(extract: Any, sentence: str) -> None:
    text = "KHARTOUM, March 3 (Nile Desk) - " + sentence
    places = violent_places(extract(text, published="2025-03-03"))
    assert places, "the happening is read"
    assert "Khartoum" not in places and "KHARTOUM" not in places


def test_a_clash_near_the_border_does_not_take_the_city_of_a_meeting_told_before(extract: Any) -> None:
    text = (
        "TBILISI, May 12 (Caucasus Line) - The interior minister received his Armenian counterpart in "
        "Tbilisi on Sunday for talks on smuggling. Georgian police said they had killed two gunmen in "
        "a shootout near the border crossing last week."
    )
    places = violent_places(extract(text, published="2025-05-12"))
    assert places and "Tbilisi" not in places


def test_a_bombing_at_a_market_filed_from_its_city_keeps_the_city(extract: Any) -> None:
    text = (
        "PESHAWAR, June 4 (Frontier Post Wire) - A bomb exploded at a crowded market on Tuesday, "
        "killing six people."
    )
    assert "Peshawar" in {p.title() for p in violent_places(extract(text, published="2025-06-04")) if p}


def test_only_the_happenings_own_clause_counts(nlp: Any) -> None:
    doc = nlp("About twenty armed men burned the houses before escaping towards the forest.")
    burned = next(t for t in doc if t.lower_ == "burned")
    assert not away_from_towns([burned])
    doc = nlp("Troops fought the rebels in the forest on Sunday.")
    fought = next(t for t in doc if t.lower_ == "fought")
    assert away_from_towns([fought])


def test_a_verbless_line_is_read_to_its_root(nlp: Any) -> None:
    doc = nlp("Deadly clash near the northern frontier")
    clash = next(t for t in doc if t.lower_ == "clash")
    assert away_from_towns([clash])
