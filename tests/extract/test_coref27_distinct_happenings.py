"""A second happening is not the first: a court's later order stays apart from the arrest it
follows, while a retelling of the arrest still joins it."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-03-14"

ARREST = "Counter-terrorism police arrested five men in raids on two houses in Mastung, officials said."


def actions(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "military_action"]


def iso(event: Any) -> str | None:
    return event.date.iso if event.date else None


@pytest.mark.parametrize(
    "court_sentence",
    [
        # the order's verb hangs the detention on it without "to"
        "On Wednesday a magistrate in Quetta ordered the five suspects detained for fourteen days.",
        # the court as the "by" agent of a remand
        "The five suspects were remanded on Wednesday by a judge of the anti-terrorism court.",
        # the court as the subject of a verb coordinated with the order
        "On Wednesday an investigating judge charged the five with conspiracy and then ordered all "
        "five detained until trial.",
    ],
)
def test_a_courts_later_order_is_not_the_arrest_it_follows(extract: Any, court_sentence: str) -> None:
    found = actions(extract(f"{ARREST} {court_sentence}", published=PUBLISHED))
    assert len(found) == 2
    court = next(a for a in found if "judge" in a.evidence.sentence or "magistrate" in a.evidence.sentence)
    assert iso(court) == "2025-03-12"


def test_a_courts_order_is_no_part_of_the_raids_an_arrest_was_told_in(extract: Any) -> None:
    text = (
        "Four men were arrested on Monday in coordinated raids across the Kayes region, a prosecutor "
        "told reporters. On Monday evening a judge in Bamako ordered the four men detained until "
        "their trial."
    )
    found = actions(extract(text, published=PUBLISHED))
    assert sorted(a.place.name for a in found if a.place is not None) == ["Bamako", "Kayes"]


def test_a_retold_arrest_still_joins_the_arrest(extract: Any) -> None:
    text = f"{ARREST} The arrests followed a tip-off from residents, a police spokesman said."
    (arrest,) = actions(extract(text, published=PUBLISHED))
    assert arrest.place is not None and arrest.place.name == "Mastung"


def test_a_second_court_telling_joins_the_courts_order(extract: Any) -> None:
    text = (
        "On Wednesday a magistrate in Quetta ordered the five suspects detained for fourteen "
        "days. The magistrate remanded them at the request of prosecutors."
    )
    (order,) = actions(extract(text, published=PUBLISHED))
    assert iso(order) == "2025-03-12"


def attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


@pytest.mark.parametrize(
    ("answer", "killed"),
    [
        ("Two of the assailants were shot dead by reinforcements from Habaswein, police said.", 2),
        ("Three of the intruders were killed as officers returned fire, according to a police statement.", 3),
    ],
)
def test_attackers_killed_by_the_forces_answer_are_an_action_at_the_attacks_scene(
    extract: Any, answer: str, killed: int
) -> None:
    text = f"Gunmen overran the main police post of Wajir on Monday, killing three officers. {answer}"
    extraction = extract(text, published=PUBLISHED)
    (attack,) = attacks(extraction)
    (action,) = actions(extraction)
    assert iso(action) == iso(attack) == "2025-03-10"
    assert action.place is not None and action.place.name == "Wajir"
    assert action.killed is not None and action.killed.value == killed


def test_attackers_killed_by_their_own_device_are_no_action(extract: Any) -> None:
    text = (
        "Gunmen overran the main police post of Wajir on Monday, killing three officers. Two of the "
        "assailants were killed by their own explosives while fleeing."
    )
    extraction = extract(text, published=PUBLISHED)
    assert len(attacks(extraction)) == 1
    assert actions(extraction) == []


def test_those_with_a_plural_noun_retells_the_older_happening_told_just_before(extract: Any) -> None:
    text = (
        "In March 2022, gunmen raided three villages near Bandiagara. Dozens of people were killed "
        "in those raids, and soldiers later shot four of the attackers. On Tuesday, militants "
        "attacked a market in Bandiagara, killing nine."
    )
    found = attacks(extract(text, published=PUBLISHED))
    assert sorted(iso(a) or "" for a in found) == ["2022-03", "2025-03-11"]
    current = next(a for a in found if iso(a) == "2025-03-11")
    assert current.killed is not None and current.killed.value == 9


def test_a_clause_inside_an_older_noun_tells_the_older_happening(extract: Any) -> None:
    text = (
        "Militants raided the village of Maikoro on Tuesday, killing eleven farmers. Police said the "
        "raid resembled the 2021 massacre at a nearby market, in which 30 traders died after men "
        "on motorbikes opened fire."
    )
    found = attacks(extract(text, published=PUBLISHED))
    older = next(a for a in found if iso(a) == "2021")
    current = next(a for a in found if iso(a) == "2025-03-11")
    assert older.killed is not None and older.killed.value == 30
    assert current.place is not None and current.place.name == "Maikoro"


AMBUSH = (
    "Gunmen ambushed a police patrol near Tillaberi on Monday, killing six officers. The Katiba "
    "Gourma faction claimed the ambush on Tuesday."
)


def claims(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "claim"]


def test_a_claim_of_a_raid_elsewhere_in_the_same_message_is_another_claim(extract: Any) -> None:
    text = (
        f"{AMBUSH} In the same message, the group said its men had also overrun a gendarmerie post in Dosso."
    )
    found = claims(extract(text, published=PUBLISHED))
    assert sorted(c.place.name for c in found if c.place is not None) == ["Dosso", "Tillaberi"]


def test_a_claim_naming_another_scene_is_another_claim(extract: Any) -> None:
    text = f"{AMBUSH} The group also claimed the burning of a school in Dosso."
    assert len(claims(extract(text, published=PUBLISHED))) == 2


def test_a_claim_retold_at_the_same_scene_stays_one(extract: Any) -> None:
    text = f"{AMBUSH} In its message, the group said its men had shot six officers dead near Tillaberi."
    (claim,) = claims(extract(text, published=PUBLISHED))
    assert claim.place is not None and claim.place.name == "Tillaberi"


def test_attackers_shot_by_the_forces_during_the_raid_are_the_forces_toll(extract: Any) -> None:
    text = (
        "Gunmen raided the farming village of Tsauni late on Friday, killing 30 people, police said. "
        "The commissioner said three of the raiders were shot dead by an army unit during the raid."
    )
    extraction = extract(text, published=PUBLISHED)
    (attack,) = attacks(extraction)
    (action,) = actions(extraction)
    assert attack.killed is not None and attack.killed.value == 30
    assert action.killed is not None and action.killed.value == 3
    assert action.place is not None and action.place.name == "Tsauni"
