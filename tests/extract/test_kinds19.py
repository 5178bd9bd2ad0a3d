"""Fault kinds of session 19, worded afresh (whole pipeline unless said): a verb and its injury
noun misparsed as one noun phrase ("40 sustained wounds"), what is sprayed or hurled at a target,
money that pays for a "campaign" of violence, and a number hung on the first noun of a compound
("nine goat herders")."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def _violent(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type in ("attack", "military_action")]


def _figures(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    sent = next(iter(nlp(text).sents))
    return [(m.kind, m.count.value, m.count.qualifier) for m in find_casualties(sent) if not m.part]


# --- an injury verb read as the modifier of its noun ------------------------------------------


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("At least 12 people died and more than 40 sustained wounds in the explosion.", (41, "at_least")),
        ("Four soldiers died and 11 suffered injuries when a mine exploded near Dori.", (11, "exact")),
    ],
)
def test_who_sustained_wounds_are_injured_however_parsed(nlp: Language, text: str, injured: Any) -> None:
    assert ("injured", *injured) in _figures(nlp, text)


def test_wounds_counted_on_a_wall_are_no_people(nlp: Language) -> None:
    assert _figures(nlp, "The inspectors counted 30 bullet holes in the wall of the school.") == []


# --- what is sprayed or hurled is no target ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were killed on Monday when gunmen sprayed gunfire at a bank in Wajir.",
        "Gunmen fired a volley of shots at a minibus near Wajir on Monday, killing three passengers.",
    ],
)
def test_the_thing_fired_or_thrown_is_no_target(extract: Any, text: str) -> None:
    [event] = _violent(extract(text, published="2024-06-05"))
    assert not any(t.lower() in ("gunfire", "volley", "volley of shots") for t in event.targets)
    assert any(("bank" in t or "minibus" in t) for t in event.targets)


# --- money that pays for a campaign of violence ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Donations collected in the mosques finance the rebels' bombing campaign in the north, "
        "investigators said.",
        "Ransom money went towards the gang's kidnapping campaign along the highway, police said.",
    ],
)
def test_money_for_a_campaign_of_violence_tells_no_event(extract: Any, text: str) -> None:
    assert _violent(extract(text, published="2024-05-02")) == []


def test_a_campaign_that_killed_is_still_told(extract: Any) -> None:
    extraction = extract(
        "A bombing campaign by the rebels killed 12 people in Mardan last week, police said.",
        published="2024-05-02",
    )
    assert len(_violent(extraction)) == 1


# --- a number hung on the first noun of a compound --------------------------------------------


def test_a_number_on_the_first_noun_of_a_compound_counts_the_people(nlp: Language) -> None:
    assert _figures(nlp, "Armed men shot dead nine goat herders near Abala on Sunday.") == [
        ("killed", 9, "exact")
    ]


def test_vehicles_with_a_noun_modifier_are_no_victims(nlp: Language) -> None:
    assert _figures(nlp, "Gunmen burned five army trucks near Abala on Sunday.") == []


# --- the sentence's own verb read as a participle of its subject's noun ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Five people were hurt on Saturday when an assailant armed with a machete struck at a bus stop "
        "in Tartu.",
        "Three were hurt when a youth wielding an iron bar struck at commuters on a platform in Tartu.",
    ],
)
def test_an_armed_assailant_striking_is_an_attack(extract: Any, text: str) -> None:
    [event] = _violent(extract(text, published="2023-05-07"))
    assert event.type == "attack"


def test_troops_striking_stay_a_military_action(extract: Any) -> None:
    extraction = extract(
        "Troops backed by helicopters struck at rebel camps near Tartu on Saturday.", published="2023-05-07"
    )
    assert [e.type for e in _violent(extraction)] == ["military_action"]
