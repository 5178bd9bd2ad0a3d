"""Event kinds of real-shaped pages (session 22, second part): a designation written as "declared X a
terrorist group", a body dissolved, a claim told as a participle after an older attack ("...,
an attack also claimed by X") or as a passive joined to a relative clause. Invented reports,
whole pipeline; each case keeps the report's own event beside the one under test.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-04-10"  # a Thursday
LEAD = "Gunmen killed six traders at a market in Garissa on Tuesday, police said. "


def _of(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def _names(event: Any) -> set[str]:
    return {a.name if hasattr(a, "name") else str(a) for a in event.actors}


# --- designations and dissolutions ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'The cabinet declared the Red Lantern Brotherhood a "terrorist organisation" on Wednesday.',
        "On Wednesday the interior ministry declared 14 criminal gangs terrorist groups.",
        "The supreme court on Wednesday declared the Azure Path movement an extremist organisation.",
        "The council of ministers dissolved the Azure Path militia on Wednesday.",
    ],
)
def test_a_body_declared_terrorist_or_dissolved_is_a_sanction(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert len(_of(extraction, "sanction")) == 1
    assert _of(extraction, "attack")


@pytest.mark.parametrize(
    "sentence",
    [
        'The minister declared the killing "a terrorist act" on Wednesday.',
        "On Wednesday the governor declared that the market would reopen.",
    ],
)
def test_a_judgement_or_announcement_is_no_designation(extract: Any, sentence: str) -> None:
    assert not _of(extract(LEAD + sentence, published=PUBLISHED), "sanction")


def test_a_designation_beside_the_attack_it_followed_keeps_both(extract: Any) -> None:
    text = LEAD + (
        'The government had declared nine gangs "terrorist organisations" in March 2023, days '
        "after gunmen stormed a radio station in Mombasa."
    )
    extraction = extract(text, published=PUBLISHED)
    assert [e.date.iso for e in _of(extraction, "sanction")] == ["2023-03"]
    assert any(e.date is not None and e.date.iso == "2023-03" for e in _of(extraction, "attack"))


# --- claims told after an older attack -----------------------------------------------------------


def test_an_appended_claim_of_an_older_attack_is_a_claim_of_that_attack(extract: Any) -> None:
    text = LEAD + (
        "Tuesday's attack was the deadliest in Garissa since June 2019, when a bomb at a bus stop "
        "in Mandera killed 12 passengers, an attack also claimed by the Crimson Hand."
    )
    extraction = extract(text, published=PUBLISHED)
    claims = _of(extraction, "claim")
    assert len(claims) == 1 and "Crimson Hand" in _names(claims[0])
    assert claims[0].place is not None and claims[0].place.name == "Mandera"
    current = [e for e in _of(extraction, "attack") if e.date is not None and e.date.iso == "2025-04-08"]
    assert current and not any("Crimson Hand" in _names(e) for e in current)


def test_the_older_attack_keeps_its_toll_clause_beside_the_appended_claim(extract: Any) -> None:
    text = LEAD + (
        "Tuesday's attack was the deadliest in Garissa since June 2019, when a bomb at a bus stop "
        "in Mandera killed 12 passengers, an attack also claimed by the Crimson Hand."
    )
    older = [
        e for e in _of(extract(text, published=PUBLISHED), "attack") if e.date and e.date.iso == "2019-06"
    ]
    assert older and older[0].place is not None and older[0].place.name == "Mandera"


# --- a state's forces going into another country ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The militants have struck inside Kenya repeatedly since Kenyan troops entered Somalia in 2011.",
        "The group has waged its raids since Kenyan forces crossed into Somalia in 2011.",
    ],
)
def test_troops_entering_a_country_is_a_military_action(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    actions = _of(extraction, "military_action")
    assert len(actions) == 1 and actions[0].date is not None and actions[0].date.iso == "2011"
    assert actions[0].place is not None and actions[0].place.name == "Somalia"


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor entered the race for the senate in March.",
        "Soldiers crossed the road near Garissa on Wednesday to reach the market.",
        "The talks entered a second week on Wednesday.",
    ],
)
def test_entering_a_race_or_crossing_a_road_is_no_military_action(extract: Any, sentence: str) -> None:
    assert not _of(extract(LEAD + sentence, published=PUBLISHED), "military_action")


# --- raids and clashes that fall on civilians ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 2, 2024, coordinated raids on a dozen villages near Wajir killed about 90 people.",
        "Clashes in the hills outside Wajir on Wednesday left four civilians dead, the county said.",
    ],
)
def test_raids_on_villages_or_clashes_killing_civilians_are_attacks(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert len(_of(extraction, "attack")) == 2
    assert not _of(extraction, "military_action")


def test_a_state_raid_on_hideouts_stays_a_military_action(extract: Any) -> None:
    text = LEAD + "Army raids on militant hideouts near Wajir killed 14 fighters on Wednesday."
    assert len(_of(extract(text, published=PUBLISHED), "military_action")) == 1


# --- "the same province", "the same base" in a recalled happening -------------------------------

SAME_PLACE_LEAD = (
    "Six soldiers were killed when gunmen ambushed an army patrol near the village of Kotoko, in "
    "Lomara province, on Tuesday. On Wednesday, gunmen shot dead a shepherd near Sabou. "
)


def test_the_same_province_of_a_town_is_the_province_that_holds_it(extract: Any) -> None:
    text = SAME_PLACE_LEAD + (
        "The last major ambush came in July 2015, when nine soldiers were killed in an attack in "
        "the same province."
    )
    older = [
        e for e in extract(text, published=PUBLISHED).events if e.date is not None and e.date.iso == "2015-07"
    ]
    assert older and older[0].place is not None and older[0].place.name == "Lomara"


def test_the_same_base_is_where_the_base_told_before_was(extract: Any) -> None:
    text = (
        "Gunmen overran a military base in Kotoko on Tuesday, killing 12 soldiers. In a separate "
        "incident on Wednesday, gunmen killed four farmers at Sabou. Kotoko itself was hit in "
        "September 2023, when fighters killed three soldiers in a dawn raid on the same base."
    )
    older = [
        e for e in extract(text, published=PUBLISHED).events if e.date is not None and e.date.iso == "2023-09"
    ]
    assert older and older[0].place is not None and older[0].place.name == "Kotoko"


# --- the range a superlative compares within -----------------------------------------------------


def test_an_older_attack_placed_nowhere_else_lies_in_the_compared_range(extract: Any) -> None:
    text = (
        "Four policemen were killed on Tuesday when militants fired on a checkpoint on the main road "
        "in Garissa. Tuesday's ambush was the worst on the police in Garissa since March 3, when "
        "gunmen blew up a patrol car on a dirt track, killing six officers."
    )
    older = [
        e
        for e in extract(text, published=PUBLISHED).events
        if e.date is not None and e.date.iso == "2025-03-03"
    ]
    assert older and older[0].place is not None and older[0].place.name == "Garissa"


def test_an_older_attack_with_a_town_of_its_own_keeps_it(extract: Any) -> None:
    text = (
        "Four policemen were killed on Tuesday when militants fired on a checkpoint in Garissa. "
        "Tuesday's ambush was the worst on the police in Garissa since March 3, when gunmen blew up "
        "a patrol car in Mandera, killing six officers."
    )
    older = [
        e
        for e in extract(text, published=PUBLISHED).events
        if e.date is not None and e.date.iso == "2025-03-03"
    ]
    assert older and older[0].place is not None and older[0].place.name == "Mandera"


def test_the_capital_a_superlative_ranges_over_is_no_scene_told_before(extract: Any) -> None:
    text = (
        "A roadside bomb killed three shepherds in the desert near Wajir on Tuesday. Its deadliest "
        "attack in the capital in recent years was the March 2019 bombing at a bus station in "
        "Eastleigh, Nairobi, which killed 14 people."
    )
    older = [
        e for e in extract(text, published=PUBLISHED).events if e.date is not None and e.date.iso == "2019-03"
    ]
    assert older and older[0].place is not None and older[0].place.name in ("Eastleigh", "Nairobi")


def test_a_country_compared_within_gives_way_to_the_town_of_the_older_attack(extract: Any) -> None:
    text = (
        "Gunmen killed six traders at a market in Garissa on Tuesday. Its deadliest attack inside "
        "Kenya in years came in June 2023, when its fighters killed 20 students at a school in Mpeketoni."
    )
    older = [
        e for e in extract(text, published=PUBLISHED).events if e.date is not None and e.date.iso == "2023-06"
    ]
    assert older and older[0].place is not None and older[0].place.name != "Kenya"
