"""Session 46 (var46): constructions behind failing case variants, each in sentences of its own.

- a craft of the air as the subject of "hit" tells a strike ("died when warplanes hit his truck");
- the doer of a relative "in which" clause on a happening's noun is its actor ("a raid in which
  Kenyan forces killed two");
- a city as the subject of a hosting verb ("X played host to talks", "X hosted a round of talks")
  is a place, and the talks' place;
- the town a comparison frame says "had not seen such bloodshed" is the place of the happening
  the sentence compares, when that happening names none of its own.
"""

from __future__ import annotations

from typing import Any

import pytest


def _events(result: Any, kind: str) -> list[Any]:
    return [e for e in result.events if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "A rebel quartermaster died on Monday when Ethiopian warplanes hit his truck outside Gode.",
        "Two smugglers were buried in Gode after government jets hit their lorry on Monday evening.",
    ],
)
def test_warplanes_that_hit_a_vehicle_tell_a_strike(extract: Any, text: str) -> None:
    strikes = _events(extract(text, published="2025-03-05"), "military_action")
    assert strikes, "the craft's hit is a strike"
    assert strikes[0].date is not None and strikes[0].date.iso == "2025-03-03"


def test_a_bomb_that_hit_a_bus_is_no_strike(extract: Any) -> None:
    result = extract("A roadside bomb hit a crowded bus outside Gode on Monday, killing four passengers.")
    assert _events(result, "attack") and not _events(result, "military_action")


def test_a_strike_told_first_as_a_death_keeps_its_own_day_beside_an_earlier_one(extract: Any) -> None:
    result = extract(
        "A rebel quartermaster died on Monday when Ethiopian warplanes hit his truck outside Gode. "
        "Five days earlier, an Ethiopian drone had killed three rebels in Kebri Dahar.",
        published="2025-03-05",
    )
    days = sorted(e.date.iso for e in _events(result, "military_action") if e.date is not None)
    assert days == ["2025-02-26", "2025-03-03"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The blast came a week after a raid in which Kenyan forces killed two smugglers near Mandera.",
            "Kenya",
        ),
        (
            "Elders recalled an ambush during which the Crimson Lance Brigade seized a fuel tanker "
            "near Obeid.",
            "Crimson Lance Brigade",
        ),
    ],
)
def test_the_doer_of_an_in_which_clause_acts_in_the_happening(extract: Any, text: str, actor: str) -> None:
    result = extract(text, published="2025-03-05")
    actors = [a for e in result.events if e.type in ("attack", "military_action") for a in e.actors]
    assert actor in actors


def test_an_in_which_clause_of_dying_names_no_doer(extract: Any) -> None:
    result = extract("Officials recalled a raid on Friday in which eleven guards died near Obeid.")
    assert all(not e.actors for e in result.events if e.type in ("attack", "military_action"))


@pytest.mark.parametrize(
    "text",
    [
        "Gaborone played host on Tuesday to security talks between the two neighbours' police chiefs.",
        "Gaborone on Tuesday hosted fresh talks between Zambian and Angolan police chiefs.",
    ],
)
def test_a_city_hosting_talks_is_their_place(extract: Any, text: str) -> None:
    meetings = _events(extract(text, published="2025-03-05"), "meeting")
    assert meetings and meetings[0].place is not None and meetings[0].place.name == "Gaborone"
    assert meetings[0].place.country == "BW"


def test_a_name_hosting_talks_unknown_to_the_gazetteer_is_no_place(extract: Any) -> None:
    result = extract("Quimbrel on Tuesday hosted two days of talks between the rival delegations.")
    assert not any(e.name == "Quimbrel" and e.type == "PLACE" for e in result.entities)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Jalalabad had not seen such carnage since 2016, shopkeepers said after a truck bomb near the "
            "grain depot killed 19 people on Monday.",
            "Jalalabad",
        ),
        (
            "Never since 2011 has Tessit witnessed an attack as bloody as Monday's, when raiders on "
            "horseback shot 12 herders at the watering hole, a chief said.",
            "Tessit",
        ),
    ],
)
def test_the_town_that_had_not_seen_such_violence_places_the_happening(
    extract: Any, text: str, place: str
) -> None:
    attacks = [e for e in _events(extract(text, published="2025-03-05"), "attack") if e.date is not None]
    current = [e for e in attacks if e.date.iso == "2025-03-03"]
    assert current and current[0].place is not None and current[0].place.name == place
    assert not any(e.date.iso.startswith(("2016", "2011")) for e in attacks)


def test_a_happening_with_its_own_town_keeps_it_beside_the_comparison(extract: Any) -> None:
    result = extract(
        "Raiders shot 12 herders at a watering hole outside Lomba on Monday, the worst bloodshed Kenya "
        "has seen since 2011.",
        published="2025-03-05",
    )
    current = [e for e in _events(result, "attack") if e.date is not None and e.date.iso == "2025-03-03"]
    assert current and current[0].place is not None and current[0].place.name == "Lomba"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lawmaker Tamsin Okoro said the ambush showed the border was unguarded.", "Tamsin Okoro"),
        (
            "Gunmen shot two guards in Obeid.\n\nSpokeswoman Halima Dauda Kuru said patrols would resume.",
            "Halima Dauda Kuru",
        ),
    ],
)
def test_a_role_noun_opening_the_sentence_is_followed_by_a_name(
    extract: Any, text: str, speaker: str
) -> None:
    people = {e.name for e in extract(text).entities if e.type == "PERSON"}
    assert speaker in people
    assert not any(name.startswith(("Lawmaker", "Spokeswoman")) for name in people)


def test_a_boat_launched_by_a_group_names_the_doer(extract: Any) -> None:
    result = extract(
        "Three crewmen died on Friday when an armed skiff launched by Sudan's Kaya Liberation movement "
        "rammed their tanker near Obeid."
    )
    attacks = _events(result, "attack")
    assert attacks and attacks[0].actors and "Sudan" not in attacks[0].actors
    assert attacks[0].actors[0].startswith("Kaya Liberation")
